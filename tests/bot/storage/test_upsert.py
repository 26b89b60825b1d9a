"""Race-free creation: two engines (as two processes would) meet a new member at the same
moment; both get the same community and member rows, and nobody gets a unique-constraint
error (the old check-then-insert failed with ``UNIQUE constraint failed: community``)."""

from __future__ import annotations

import threading

from sqlmodel import func, select

from bot.storage import upsert
from bot.storage.database import Database
from bot.storage.models import Community, Member

ROUNDS = 20


def _create(database: Database, who: str, barrier: threading.Barrier, out: list[object]) -> None:
    try:
        barrier.wait(10)
        with database.session() as session:
            community = upsert.community(session, "test", "race", "Race")
            member = upsert.member(session, community, who, display_name=who)
            out.append((community.id, member.id))
    except Exception as exc:  # the test reports it
        out.append(exc)


def test_two_engines_create_the_same_member_at_once(database: Database) -> None:
    other = Database(database.url)
    try:
        for n in range(ROUNDS):
            barrier, out = threading.Barrier(2), list[object]()
            threads = [
                threading.Thread(target=_create, args=(db, f"u{n}", barrier, out))
                for db in (database, other)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(30)
            assert not [o for o in out if isinstance(o, Exception)], out
            assert len(out) == 2 and out[0] == out[1]
        with database.session() as session:
            assert session.exec(select(func.count()).select_from(Community)).one() == 1
            assert session.exec(select(func.count()).select_from(Member)).one() == ROUNDS
    finally:
        other.dispose()


def test_an_existing_member_is_found_without_writing(database: Database) -> None:
    with database.session() as session:
        community = upsert.community(session, "test", "c", "C")
        first = upsert.member(session, community, "u1", display_name="One")
    with database.session() as session:
        community = upsert.community(session, "test", "c", "Another name")
        again = upsert.member(session, community, "u1", display_name="Changed")
        assert again.id == first.id and again.display_name == "One"
        assert community.name == "C"
        assert not session.new and not session.dirty
