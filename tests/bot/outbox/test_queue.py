"""The outbox: idempotent enqueue, paced delivery, retries, and at-most-once after a crash."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import timedelta

import pytest
from sqlmodel import select

from bot.actions import Action, DirectMessage, Outcome, Post
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.messages import Message
from bot.outbox.models import OutboxItem
from bot.outbox.queue import Entry, Outbox, OutboxSettings
from bot.storage.database import Database

FEATURES = ["bot.resources.feature:ResourcesFeature"]


def dm(n: int) -> Entry:
    return Entry(
        f"test:{n}", "test", "c1", DirectMessage(user_id=f"u{n}", message=Message(text=f"hi {n}"))
    )


class Sink:
    """A platform's delivery function that records, and can fail or 'crash' on cue."""

    def __init__(self) -> None:
        self.got: list[Action] = []
        self.outcomes: list[str] = []  # reasons to report for the next deliveries
        self.crash_after: int | None = None

    async def __call__(self, community: str, actions: Sequence[Action]) -> list[Outcome]:
        if self.crash_after is not None and len(self.got) >= self.crash_after:
            raise asyncio.CancelledError  # the process is going down mid-delivery
        if self.outcomes:
            reason = self.outcomes.pop(0)
            return [Outcome(actions[0], ok=False, reason=reason, detail="")]
        self.got.extend(actions)
        return []


def make(config: Config, database: Database, clock: FakeClock, sink: Sink) -> Outbox:
    hearth = Hearth(config, database, clock=clock, features=FEATURES)
    hearth.register_platform("test", hearth.capabilities("test"), sink)
    return Outbox(hearth, OutboxSettings(rates={"test": 1000.0}, backoff=timedelta(seconds=30)))


def enqueue(database: Database, outbox: Outbox, entries: list[Entry]) -> None:
    """Enqueue ``entries`` in a unit of work of their own, as a feature's handler would."""
    with database.session() as session:
        outbox.enqueue(session, entries)


def rows(database: Database) -> list[OutboxItem]:
    with database.session() as session:
        return list(session.exec(select(OutboxItem).order_by(OutboxItem.id)).all())


async def test_enqueue_twice_creates_no_duplicates(config, database, clock) -> None:
    sink = Sink()
    outbox = make(config, database, clock, sink)
    for _ in range(2):
        enqueue(database, outbox, [dm(n) for n in range(5)])
    assert len(rows(database)) == 5
    report = await outbox.drain()
    assert report.sent == 5
    assert [a.user_id for a in sink.got] == [f"u{n}" for n in range(5)]  # type: ignore[attr-defined]
    assert all(r.status == "sent" and r.payload == "" for r in rows(database))
    enqueue(database, outbox, [dm(0)])  # enqueued again after sending: still nothing new
    assert (await outbox.drain()).sent == 0


async def test_rate_limited_is_retried_with_backoff(config, database, clock) -> None:
    sink = Sink()
    outbox = make(config, database, clock, sink)
    enqueue(database, outbox, [dm(1)])
    sink.outcomes = ["rate_limited", "rate_limited"]
    report = await outbox.drain()
    assert report.retried == 1 and not sink.got
    (row,) = rows(database)
    assert row.status == "pending" and row.attempts == 1
    assert row.next_attempt_at == clock.now() + timedelta(seconds=30)
    assert (await outbox.drain()).retried == 0  # not due yet
    clock.advance(seconds=31)
    await outbox.drain()
    (row,) = rows(database)
    assert row.attempts == 2 and row.next_attempt_at == clock.now() + timedelta(seconds=60)
    clock.advance(seconds=61)
    assert (await outbox.drain()).sent == 1
    assert len(sink.got) == 1


async def test_gives_up_after_max_attempts(config, database, clock) -> None:
    sink = Sink()
    outbox = make(config, database, clock, sink)
    outbox.settings.max_attempts = 2
    enqueue(database, outbox, [dm(1)])
    sink.outcomes = ["rate_limited"] * 5
    await outbox.drain()
    clock.advance(hours=1)
    report = await outbox.drain()
    assert report.failed == 1
    assert rows(database)[0].status == "failed"


async def test_refusal_fails_without_retry_and_is_reported(config, database, clock) -> None:
    sink = Sink()
    outbox = make(config, database, clock, sink)
    reported: list[Outcome] = []

    async def on_outcome(platform, community, outcome):  # type: ignore[no-untyped-def]
        reported.append(outcome)

    outbox.hearth.router.on_outcome(on_outcome)
    enqueue(database, outbox, [dm(1)])
    sink.outcomes = ["dms_closed"]
    report = await outbox.drain()
    assert report.failed == 1 and not sink.got
    assert rows(database)[0].status == "failed" and rows(database)[0].last_reason == "dms_closed"
    assert [o.reason for o in reported] == ["dms_closed"]


async def test_crash_mid_fanout_resumes_without_sending_twice(
    config, database, clock, caplog
) -> None:
    sink = Sink()
    outbox = make(config, database, clock, sink)
    enqueue(database, outbox, [dm(n) for n in range(10)])
    sink.crash_after = 4
    with pytest.raises(asyncio.CancelledError):
        await outbox.drain()
    statuses = [r.status for r in rows(database)]
    assert statuses.count("sent") == 4 and statuses.count("sending") == 1

    # A new process over the same database; the crashed row's lease runs out.
    second = Sink()
    restarted = make(config, database, clock, second)
    assert (await restarted.drain()).recovered_unknown == 0  # still within the lease
    assert len(second.got) == 5  # the 5 never touched
    clock.advance(minutes=6)
    with caplog.at_level(logging.WARNING, logger="bot.outbox.queue"):
        report = await restarted.drain()
    assert report.recovered_unknown == 1 and report.sent == 0
    assert "marked unknown and not resent" in caplog.text
    everyone = [a.user_id for a in sink.got + second.got]  # type: ignore[attr-defined]
    assert len(everyone) == len(set(everyone)) == 9  # nobody twice; one unknown, not resent
    assert [r.status for r in rows(database)].count("unknown") == 1


async def test_only_connected_platforms_are_drained(config, database, clock) -> None:
    sink = Sink()
    outbox = make(config, database, clock, sink)
    entry = Entry("other:1", "slack", "T1", Post(channel="general", message=Message(text="x")))
    enqueue(database, outbox, [entry])
    assert (await outbox.drain()).sent == 0
    assert rows(database)[0].status == "pending"


async def test_cancel_and_forget_member(config, database, clock) -> None:
    sink = Sink()
    outbox = make(config, database, clock, sink)
    with database.session() as session:
        outbox.enqueue(
            session,
            [
                Entry("checkin:a", "test", "c1", dm(1).action, member_id=7),
                Entry("other:b", "test", "c1", dm(2).action, member_id=7),
            ],
        )
        assert outbox.cancel_member(session, 7, "checkin:") == 1
    assert [r.status for r in rows(database)] == ["cancelled", "pending"]
    with database.session() as session:
        outbox.forget_member(session, 7)
    assert rows(database) == []
