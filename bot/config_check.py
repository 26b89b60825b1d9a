"""What ``hearthbot check-config`` checks beyond the file's own validation: everything
``run`` opens at start, so a config that passes does not then fail to start.

* the database: a SQLite path that is a directory, or whose folder cannot be created or
  written; with ``connect=True`` a real connection (an unreachable PostgreSQL server, a wrong
  password) and the schema version ``run`` would refuse;
* the resource directory, through the loader ``run`` uses (:func:`bot.resources.directory.load`):
  a missing file, a directory, a broken CSV row, wrong types, a date and time where a date goes.

Each problem is one line naming the key (with its line in the file when known), what is wrong
and the fix. Nothing here raises for a bad config, and nothing is created unless ``connect``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.bootstrap import database_url
from bot.config import Config, locate
from bot.resources.directory import load, validate
from bot.storage.database import Database


@dataclass(slots=True)
class Report:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def check(config: Config, source: str = "", *, connect: bool = False) -> Report:
    report = Report()
    _database(config, source, report, connect=connect)
    _directory(config, source, report)
    return report


def _key(source: str, *keys: str) -> str:
    line = locate(source, keys)
    return f"line {line}: {'.'.join(keys)}" if line else ".".join(keys)


def _database(config: Config, source: str, report: Report, *, connect: bool) -> None:
    url = database_url(config)
    where = _key(source, "database", "url")
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        problem = _sqlite_path_problem(Path(str(parsed.database)))
        if problem:
            report.problems.append(f"{where}: {problem}")
            return
    if connect:
        _connect(url, where, report)


def _sqlite_path_problem(path: Path) -> str | None:
    if path.is_dir():
        return f"{path} is a folder: name a file inside it, e.g. {path / 'hearthbot.db'}"
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            return f"{path} cannot be read and written by this user: fix its permissions"
        return None
    ancestor = path.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        return f"{ancestor} is a file, so {path} cannot be created: choose another path"
    if not os.access(ancestor, os.W_OK | os.X_OK):
        return f"{path} cannot be created: {ancestor} is not writable by this user"
    return None


def safe_url(url: str) -> str:
    """``url`` with any password masked."""
    return make_url(url).render_as_string(hide_password=True)


def _connect(url: str, where: str, report: Report) -> None:
    database: Database | None = None
    try:
        database = Database(url)
        current, heads = database.current_revisions(), database.head_revisions()
        empty = database.is_empty()
    except (SQLAlchemyError, OSError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:300]
        report.problems.append(
            f"{where}: cannot connect to {safe_url(url)}: {reason}. Check that the server "
            "runs and the host, port, user, password and database name (or the SQLite path)"
        )
        return
    finally:
        if database is not None:
            database.dispose()
    if empty:
        report.notes.append("connected; the database is empty and run will create the schema")
    elif current != heads:
        have, need = ", ".join(sorted(current)) or "no version", ", ".join(sorted(heads))
        report.problems.append(
            f"{where}: the schema is at {have} and this Hearth needs {need}: run "
            "hearthbot db upgrade --config THIS_FILE (run refuses an out-of-date schema)"
        )
    else:
        report.notes.append("connected; schema up to date")


def _directory(config: Config, source: str, report: Report) -> None:
    configured = config.resources.directory
    where = _key(source, "resources", "directory")
    path = config.resolve(configured) if configured else None
    if path is not None and path.is_dir():
        report.problems.append(f"{where}: {path} is a folder: name the .toml or .csv file")
        return
    problems = validate(path)
    if problems:
        report.problems.extend(
            f"{where}: {problem} (run would not start with it)" for problem in problems
        )
        return
    try:
        directory = load(path)
    except Exception as exc:  # the loader's own gaps must not become a traceback here
        report.problems.append(
            f"{where}: {path} cannot be loaded ({type(exc).__name__}): check it against "
            "the sample directory's format"
        )
        return
    count = len(directory.entries)
    report.notes.append(f"resource directory: {count} entr{'y' if count == 1 else 'ies'}")
