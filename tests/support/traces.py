"""Find traces of a person anywhere in the database: every table, every column, every row.

Data rights are only as good as the table nobody remembered. These helpers read the schema
from the database itself (not from our models), so a table added by a feature, the outbox,
APScheduler's job store or a test is searched too. Every value is turned into text (bytes are
decoded leniently, so a pickled job's strings are still found) and searched case-insensitively
for each needle: a platform id, a display name, words a person wrote.

    from tests.support.traces import assert_no_trace
    assert_no_trace(database, "u-zephyrine", "Zephyrine", "marrow transplant")

Choose needles that cannot occur by chance (``"sam"`` is inside ``"same"``). Nothing here
writes: it only reads through one connection.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Engine, MetaData, select

from bot.storage.database import Database

#: Characters of the row shown around a trace in a failure message.
SHOWN = 160


@dataclass(frozen=True, slots=True)
class Trace:
    """One needle found in one cell."""

    table: str
    column: str
    needle: str
    row: str

    def __str__(self) -> str:
        return f"{self.table}.{self.column} holds {self.needle!r}: {self.row[:SHOWN]}"


def as_text(value: object) -> str:
    """A cell as searchable text: bytes decoded leniently, None as the empty string."""
    if value is None:
        return ""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", "backslashreplace")
    return str(value)


def _engine(database: Database | Engine) -> Engine:
    return database.engine if isinstance(database, Database) else database


def dump(database: Database | Engine) -> dict[str, list[dict[str, str]]]:
    """Every row of every table, each cell as text, keyed by table name (sorted)."""
    engine = _engine(database)
    meta = MetaData()
    meta.reflect(bind=engine)
    out: dict[str, list[dict[str, str]]] = {}
    with engine.connect() as conn:
        for name in sorted(meta.tables):
            table = meta.tables[name]
            out[name] = [
                {column: as_text(value) for column, value in row._mapping.items()}
                for row in conn.execute(select(table))
            ]
    return out


def find_traces(database: Database | Engine, needles: Iterable[str]) -> list[Trace]:
    """Every cell that contains one of ``needles`` (case-insensitive)."""
    wanted = [n for n in needles if n]
    if not wanted:
        raise ValueError("give at least one non-empty needle")
    found: list[Trace] = []
    for table, rows in dump(database).items():
        for row in rows:
            shown = ", ".join(f"{k}={v}" for k, v in row.items())
            for column, value in row.items():
                lowered = value.lower()
                found.extend(
                    Trace(table, column, needle, shown)
                    for needle in wanted
                    if needle.lower() in lowered
                )
    return found


def assert_no_trace(database: Database | Engine, *needles: str) -> None:
    """Fail, naming the table, column and row, if any needle is anywhere in the database."""
    found = find_traces(database, needles)
    assert not found, "traces left in the database:\n" + "\n".join(str(t) for t in found)


def assert_trace(database: Database | Engine, needle: str) -> None:
    """The opposite check, so a test proves its needle was really stored before deletion."""
    assert find_traces(database, [needle]), f"{needle!r} is nowhere in the database"
