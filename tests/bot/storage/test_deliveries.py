"""Event ids already taken up, shared by every process on one database."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlmodel import func, select

from bot.app import Hearth
from bot.clock import FakeClock
from bot.storage import deliveries
from bot.storage.database import Database
from bot.storage.models import DeliveredEvent

ROUNDS = 20


def _first(database: Database, event_id: str, clock: FakeClock) -> bool:
    with database.session() as session:
        return deliveries.first_delivery(session, "slack", event_id, clock.now())


def test_only_the_first_delivery_counts(database: Database, clock: FakeClock) -> None:
    assert _first(database, "Ev1", clock)
    assert not _first(database, "Ev1", clock)
    assert _first(database, "Ev2", clock)
    with database.session() as session:
        assert deliveries.first_delivery(session, "discord", "Ev1", clock.now())  # per platform


def test_two_engines_handed_the_same_event_at_once_take_it_up_once(
    database: Database, clock: FakeClock
) -> None:
    other = Database(database.url)
    try:
        for n in range(ROUNDS):
            barrier, won = threading.Barrier(2), list[bool]()

            def deliver(db: Database, event_id: str = f"Ev{n}", barrier=barrier, won=won) -> None:  # type: ignore[no-untyped-def]
                barrier.wait(10)
                won.append(_first(db, event_id, clock))

            threads = [threading.Thread(target=deliver, args=(db,)) for db in (database, other)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(30)
            assert sorted(won) == [False, True]
    finally:
        other.dispose()


async def test_ids_are_forgotten_after_a_day(
    hearth: Hearth, database: Database, clock: FakeClock
) -> None:
    assert await hearth.first_delivery("slack", "EvOld")
    clock.advance(hours=20)
    assert await hearth.first_delivery("slack", "EvNew")
    clock.advance(hours=5)
    await hearth.tick()
    with database.session() as session:
        kept = session.exec(select(DeliveredEvent.event_id)).all()
        assert kept == ["EvNew"]
        assert session.exec(select(func.count()).select_from(DeliveredEvent)).one() == 1
    assert timedelta(days=1) == deliveries.KEEP_FOR
