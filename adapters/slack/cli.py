"""``hearthbot slack ...``: Slack-specific commands."""

from __future__ import annotations

import click

from adapters.slack import manifest as manifests
from adapters.slack.settings import SlackConfig


@click.group()
def slack() -> None:
    """Slack: app manifest and setup."""


@slack.command()
@click.option(
    "--http",
    "http_url",
    metavar="URL",
    help="Public HTTPS URL of Hearth's [slack] path (e.g. https://hearth.example.org/slack/events)."
    " Switches Socket Mode off. Without it the app uses Socket Mode (no public URL needed).",
)
@click.option(
    "--admin-hide",
    is_flag=True,
    help="Also request the chat:write user scope, so the installing workspace admin's token "
    "(SLACK_ADMIN_USER_TOKEN) lets moderators hide other people's messages.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True
)
@click.pass_context
def manifest(ctx: click.Context, http_url: str | None, admin_hide: bool, fmt: str) -> None:
    """Print a Slack app manifest: paste it at https://api.slack.com/apps ("Create New App" ->
    "From a manifest") to create a working Hearth app in one step."""
    settings = SlackConfig()
    root = ctx.find_root()
    if root.obj and "load_config" in root.obj:
        settings = root.obj["load_config"]().platform("slack") or settings
    if http_url and not http_url.startswith("https://"):
        raise click.BadParameter("Slack only posts to https:// URLs", param_hint="--http")
    data = manifests.build(settings, http_url=http_url, admin_hide=admin_hide)
    click.echo(manifests.to_json(data) if fmt == "json" else manifests.to_yaml(data))
