"""The ``hearthbot`` command line."""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import sys
import tempfile
import time
import tomllib
from collections.abc import Coroutine
from importlib import resources as pkg_resources
from pathlib import Path
from typing import Any

import click
from sqlalchemy.exc import SQLAlchemyError

from bot import __version__, config_check, lifecycle, platforms
from bot.app import Hearth
from bot.bootstrap import build, database_url
from bot.clock import FakeClock, SystemClock
from bot.config import DEFAULT_CONFIG_NAME, Config, load_config
from bot.errors import ConfigError, SchemaOutOfDate
from bot.logs import configure as configure_logging
from bot.resources.cli import resources as resources_cli
from bot.resources.directory import DirectoryError
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
    except DirectoryError as exc:
        click.echo(f"hearthbot: resources.directory: {exc}", err=True)
        ctx.exit(2)
    except ConfigError as exc:  # another feature's own file
        click.echo(f"hearthbot: {exc}", err=True)
        ctx.exit(2)
    except (SQLAlchemyError, OSError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:300]
        click.echo(
            f"hearthbot: database.url: cannot open the database: {reason} "
            "(hearthbot check-config --connect says more)",
            err=True,
        )
        ctx.exit(2)


async def _serve(hearth: Hearth, *runs: Coroutine[Any, Any, None]) -> None:
    """Serve until the runs end or SIGTERM/SIGINT, then stop cleanly (:mod:`bot.lifecycle`)."""
    await lifecycle.serve(hearth, *runs)


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
@click.option(
    "--connect", is_flag=True, help="Also connect to the database and check its schema version."
)
@click.pass_context
def check_config(ctx: click.Context, path: str | None, connect: bool) -> None:
    """Validate a config file and what run opens with it (database path, resource
    directory; with --connect the database itself). Problems exit 2, each naming the key, its
    line and the fix."""
    path = path or ctx.obj["config_path"] or DEFAULT_CONFIG_NAME
    try:
        config = load_config(path)
    except ConfigError as exc:
        click.echo(str(exc), err=True)
        ctx.exit(2)
    source = Path(path).read_text("utf-8") if Path(path).is_file() else ""
    report = config_check.check(config, source, connect=connect)
    if report.problems:
        click.echo(str(ConfigError(report.problems, path)), err=True)
        ctx.exit(2)
    sections = ", ".join(sorted(tomllib.loads(source))) if source else "none (built-in defaults)"
    details = "; ".join([f"sections: {sections}", *report.notes])
    url = config_check.safe_url(database_url(config))
    click.echo(f"{path}: OK (database {url}; {details})")


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


def _config_after_subcommand(ctx: click.Context, _: click.Parameter, value: str | None) -> None:
    """``hearthbot run --config X``: the same as ``hearthbot --config X run``."""
    if value is None:
        return
    root = ctx.find_root()
    root.obj["config_path"] = value
    if "moderation_settings" in root.obj:  # loaded by the group before this option was seen
        root.obj["moderation_settings"] = _load(root).moderation


def accept_config_everywhere(group: click.Group) -> None:
    """Give every subcommand (plugins' too) its own ``--config``, so the README's "works
    everywhere" holds after the subcommand as well as before it."""
    for command in group.commands.values():
        if not any(p.name == "subcommand_config" for p in command.params):
            command.params.append(
                click.Option(
                    ["--config", "subcommand_config"],
                    type=click.Path(dir_okay=False),
                    expose_value=False,
                    is_eager=True,
                    callback=_config_after_subcommand,
                    help="Config file (TOML); the same as --config before the subcommand.",
                )
            )
        if isinstance(command, click.Group):
            accept_config_everywhere(command)


def _mount_plugins() -> None:
    from moderation.cli import moderation

    cli.add_command(moderation)
    for plugin in platforms.available().values():
        if plugin.cli is not None:
            cli.add_command(plugin.cli)
    accept_config_everywhere(cli)


accept_config_everywhere(cli)


def main() -> None:
    _mount_plugins()
    cli(prog_name="hearthbot")


if __name__ == "__main__":
    sys.exit(main())
