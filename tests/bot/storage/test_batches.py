"""Bulk work in short transactions: each batch commits on its own."""

from __future__ import annotations

import pytest
from sqlmodel import Session, col, func, select

from bot.storage.batches import in_batches
from bot.storage.database import Database
from bot.storage.models import Community


def _communities(database: Database, n: int) -> None:
    with database.session() as session:
        for i in range(n):
            session.add(Community(platform="test", external_id=f"c{i}", name="old"))


def _rename(session: Session, size: int) -> int:
    rows = session.exec(select(Community).where(Community.name == "old").limit(size)).all()
    for row in rows:
        row.name = "new"
    return len(rows)


def _count(database: Database, name: str) -> int:
    with database.session() as session:
        return session.exec(select(func.count()).where(col(Community.name) == name)).one()


def test_handles_every_row_in_batches_of_the_given_size(database: Database) -> None:
    _communities(database, 25)
    sizes: list[int] = []

    def batch(session: Session, size: int) -> int:
        done = _rename(session, size)
        sizes.append(done)
        return done

    assert in_batches(database, batch, size=10) == 25
    assert sizes == [10, 10, 5]
    assert _count(database, "new") == 25


def test_a_failure_part_way_keeps_the_batches_already_committed(database: Database) -> None:
    _communities(database, 25)
    calls = 0

    def batch(session: Session, size: int) -> int:
        nonlocal calls
        calls += 1
        done = _rename(session, size)
        if calls == 3:
            raise RuntimeError("the machine went down")
        return done

    with pytest.raises(RuntimeError):
        in_batches(database, batch, size=10)
    assert _count(database, "new") == 20  # two batches committed, the third rolled back
    assert in_batches(database, _rename, size=10) == 5  # the next run finishes the rest


def test_an_exact_multiple_ends_with_an_empty_batch(database: Database) -> None:
    _communities(database, 20)
    assert in_batches(database, _rename, size=10) == 20
    assert in_batches(database, _rename, size=10) == 0
