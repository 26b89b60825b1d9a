"""``hearthbot resources export PATH`` and ``import PATH``: the directory in a spreadsheet.

``export`` writes the directory a community sees (the organizers' file with that community's
approved suggestions, edits and re-review dates, without retired entries) as CSV or TOML, by
PATH's suffix, in the same columns as the directory file. ``import`` checks every row of PATH
first and reports each bad row by line and field (exit 2, nothing changed); when all rows are
good it replaces the configured directory file in one step (written beside it, then renamed),
in that file's format. Running Hearth processes pick the new file up by themselves.
"""

from __future__ import annotations

import os
from pathlib import Path

import click
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlmodel import select

from bot.bootstrap import database_url
from bot.config import Config
from bot.resources import store
from bot.resources.directory import Directory, DirectoryError, load, parse_file, serialise
from bot.storage.database import Database
from bot.storage.models import Community


def _config(ctx: click.Context) -> Config:
    return ctx.find_root().obj["load_config"]()


def _configured_file(config: Config) -> Path | None:
    configured = config.resources.directory
    return config.resolve(configured) if configured else None


def _community_directory(config: Config, base: Directory, community: str | None) -> Directory:
    """``base`` with the chosen community's layer applied (the only one, or ``--community``)."""
    database = Database(database_url(config))
    try:
        with database.session() as session:
            communities = session.exec(select(Community)).all()
            if community:
                chosen = [c for c in communities if f"{c.platform}:{c.external_id}" == community]
                if not chosen:
                    raise click.UsageError(f"no community {community} in the database")
            elif len(communities) > 1:
                names = ", ".join(f"{c.platform}:{c.external_id}" for c in communities)
                raise click.UsageError(
                    f"several communities; choose one with --community ({names})"
                )
            else:
                chosen = list(communities)
            if not chosen:
                return base
            return store.apply(base, store.layer(session, chosen[0]))
    except (OperationalError, ProgrammingError):
        return base  # no database yet: the file alone is the directory
    finally:
        database.dispose()


@click.group("resources")
def resources() -> None:
    """The resource directory: export it to edit in a spreadsheet, import it back."""


@resources.command("export")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--community", help="PLATFORM:ID when the database holds several communities.")
@click.pass_context
def export_command(ctx: click.Context, path: Path, community: str | None) -> None:
    """Write the community's directory to PATH (.csv or .toml)."""
    config = _config(ctx)
    try:
        base = load(_configured_file(config))
    except DirectoryError as exc:
        for problem in exc.directory_problems:
            click.echo(str(problem), err=True)
        ctx.exit(2)
    directory = _community_directory(config, base, community)
    path.write_text(serialise(directory, path), encoding="utf-8")
    click.echo(f"Exported {len(directory.entries)} resources to {path}.")


@resources.command("import")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def import_command(ctx: click.Context, path: Path) -> None:
    """Check PATH (.csv or .toml) and, if every row is good, make it the directory file."""
    config = _config(ctx)
    target = _configured_file(config)
    directory, problems = parse_file(path)
    if problems or directory is None:
        for problem in problems:
            click.echo(str(problem), err=True)
        click.echo(f"hearthbot: {len(problems)} problem(s); nothing was changed.", err=True)
        ctx.exit(2)
    if target is None:
        click.echo(
            "hearthbot: no directory file is configured; set [resources] directory in the "
            "config first (the built-in sample is never overwritten). Nothing was changed.",
            err=True,
        )
        ctx.exit(2)
    staged = target.with_name(f".{target.name}.importing")
    staged.write_text(serialise(Directory(directory.entries, str(target)), target), "utf-8")
    os.replace(staged, target)
    click.echo(f"Imported {len(directory.entries)} resources into {target}.")
