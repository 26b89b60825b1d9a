"""Bulk work in short transactions: retention purges commit every few hundred rows.

One transaction over a year of closed cases would hold SQLite's write lock (or PostgreSQL row
locks) for as long as the purge runs, and every member's command waiting to write would wait
with it. Each batch is its own unit of work, so a crash part-way keeps the batches done and the
next run picks up the rest: a batch changes rows so that they no longer match its selection.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session

from bot.storage.database import Database

#: Rows per transaction: small enough to keep each write short, big enough to keep the number
#: of commits low (a year of a large group's cases is a few thousand rows).
BATCH_SIZE = 200


def in_batches(db: Database, batch: Callable[[Session, int], int], size: int | None = None) -> int:
    """Call ``batch(session, size)`` in one transaction after another until it handles fewer
    than ``size`` rows; returns the total it handled. ``batch`` must leave the rows it
    handled outside its own selection, or this would never end."""
    size = size or BATCH_SIZE
    total = 0
    while True:
        with db.session() as session:
            done = batch(session, size)
        total += done
        if done < size:
            return total
