"""The ``hearthbot`` command line."""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import sys
import tempfile
import time
from collections.abc import Coroutine
from importlib import resources as pkg_resources
from pathlib import Path
from typing import Any

import click

from bot import __version__, platforms
from bot.app import Hearth
from bot.bootstrap import build, database_url
from bot.clock import FakeClock, SystemClock
from bot.config import DEFAULT_CONFIG_NAME, Config, load_config
from bot.errors import ConfigError, SchemaOutOfDate
from bot.logs import configure as configure_logging
from bot.resources.cli import resources as resources_cli
from bot.storage.database import Database


def _load(ctx: click.Context) -> Config:
    path = ctx.obj["config_path"]
    try:
        config = load_config(path)
    except ConfigError as exc:
        click.echo(f"hearthbot: {exc}", err=True)
        ctx.exit(2)
    configure_logging("DEBUG" if ctx.obj["verbose"] else config.logging.level)
    return config


def _build(ctx: click.Context, config: Config, **kwargs: Any) -> Hearth:
    try:
        return build(config, config_path=ctx.obj["config_path"], **kwargs)
    except SchemaOutOfDate as exc:
        click.echo(f"hearthbot: {exc}", err=True)
        ctx.exit(3)
    except ConfigError as exc:  # a feature's own file, e.g. a broken resource directory
        click.echo(f"hearthbot: {exc}", err=True)
        ctx.exit(2)


async def _serve(hearth: Hearth, *runs: Coroutine[Any, Any, None]) -> None:
    await hearth.start()
    try:
        await asyncio.gather(*runs)
    finally:
        await hearth.stop()
        hearth.db.dispose()


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="hearthbot")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    envvar="HEARTHBOT_CONFIG",
    help=f"Config file (TOML). Default: ./{DEFAULT_CONFIG_NAME} if present, else built-in "
    "defaults.",
)
@click.option("-v", "--verbose", is_flag=True, help="Debug logging (never message text or tokens).")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, verbose: bool) -> None:
    """Hearth: the gatekeeper and organizer's helper for peer-support groups of parents of
    children with cancer, on Discord, Slack and a local console.

    \b
    Try it:     hearthbot demo
    Talk to it: hearthbot console      (lines like  maria: /resources nausea)
    Go live:    hearthbot run          (platforms with credentials in the environment)
    """
    ctx.obj = {"config_path": config_path, "verbose": verbose, "load_config": lambda: _load(ctx)}
    if ctx.invoked_subcommand == "moderation":
        ctx.obj["moderation_settings"] = _load(ctx).moderation


@cli.command()
@click.pass_context
def run(ctx: click.Context) -> None:
    """Start every platform whose credentials are in the environment (the console if none)."""
    config = _load(ctx)
    chosen = [
        p
        for name, p in platforms.available().items()
        if name != "console" and p.credentials_present(os.environ)
    ]
    if not chosen:
        click.echo(
            "No platform credentials found (DISCORD_TOKEN, SLACK_BOT_TOKEN...): "
            "starting the console.",
            err=True,
        )
        chosen = [platforms.get("console")]
    hearth = _build(ctx, config)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(hearth, *(p.run(hearth, config) for p in chosen)))


@cli.command()
@click.pass_context
def console(ctx: click.Context) -> None:
    """Talk to Hearth in this terminal as several people (NAME: TEXT per line).

    Reads standard input until its end, so it also works with piped input:

    \b
      printf 'maria: /resources financial help\\n' | hearthbot console
    """
    config = _load(ctx)
    hearth = _build(ctx, config)
    asyncio.run(_serve(hearth, platforms.get("console").run(hearth, config)))


@cli.command()
@click.option(
    "--script", type=click.File("r"), help="Play this script instead of the built-in tour."
)
@click.pass_context
def demo(ctx: click.Context, script: io.TextIOBase | None) -> None:
    """Print a scripted tour through every feature (temporary database, no network)."""
    started = time.perf_counter()
    config = _load(ctx)
    if not ctx.obj["verbose"]:
        configure_logging("ERROR")  # the conversation is the output; keep stderr quiet
    text = (
        script.read()
        if script
        else (pkg_resources.files("bot").joinpath("demo_script.txt").read_text("utf-8"))
    )
    with tempfile.TemporaryDirectory(prefix="hearth-demo-") as tmp:
        config.database.url = f"sqlite:///{Path(tmp) / 'demo.db'}"
        # The tour's cast (maria, sam, alex, olivia) are long-standing members: only the
        # newcomer who joins during the tour is welcomed, so each section reads on its own.
        config.onboarding.welcome_on_first_message = False
        hearth = _build(ctx, config, clock=FakeClock(SystemClock().now()))
        ready = time.perf_counter() - started
        click.echo(f"# Hearth demo: {config.community.name} (ready in {ready:.2f}s)\n")
        asyncio.run(
            _serve(
                hearth,
                platforms.get("console").run(hearth, config, stdin=io.StringIO(text), echo=True),
            )
        )


@cli.command("check-config")
@click.argument("path", required=False, type=click.Path(dir_okay=False))
@click.pass_context
def check_config(ctx: click.Context, path: str | None) -> None:
    """Validate a config file; on error name the key, the value and what is expected."""
    path = path or ctx.obj["config_path"] or DEFAULT_CONFIG_NAME
    try:
        config = load_config(path)
    except ConfigError as exc:
        click.echo(str(exc), err=True)
        ctx.exit(1)
    sections = ", ".join(sorted(set(config.model_fields_set) | set(config.platforms)))
    click.echo(
        f"{path}: OK (database {Database(database_url(config)).safe_url}; sections: {sections})"
    )


@cli.group()
def db() -> None:
    """Database schema: upgrade and status."""


@db.command()
@click.pass_context
def upgrade(ctx: click.Context) -> None:
    """Bring the database schema up to date (safe to run repeatedly)."""
    config = ctx.find_root().obj["load_config"]()
    database = Database(database_url(config))
    before = database.current_revisions() or {"empty"}
    database.upgrade()
    after = database.current_revisions()
    click.echo(f"{database.safe_url}: {', '.join(sorted(before))} -> {', '.join(sorted(after))}")


@db.command()
@click.pass_context
def status(ctx: click.Context) -> None:
    """Show the database's schema version against this code's."""
    config = ctx.find_root().obj["load_config"]()
    database = Database(database_url(config))
    current, heads = database.current_revisions(), database.head_revisions()
    state = "up to date" if current == heads else "OUT OF DATE: run hearthbot db upgrade"
    click.echo(
        f"{database.safe_url}: at {', '.join(sorted(current)) or 'nothing'}; "
        f"code needs {', '.join(sorted(heads))}: {state}"
    )
    if current != heads:
        ctx.exit(1)


cli.add_command(resources_cli)


def _mount_plugins() -> None:
    from moderation.cli import moderation

    cli.add_command(moderation)
    for plugin in platforms.available().values():
        if plugin.cli is not None:
            cli.add_command(plugin.cli)


def main() -> None:
    _mount_plugins()
    cli(prog_name="hearthbot")


if __name__ == "__main__":
    sys.exit(main())
