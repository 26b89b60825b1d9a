"""A 20,000-member check-in fan-out commits in short batches: a crisis message posted while it
runs still gets its care DM and its urgent alert (issue 11 item 6, issue 12 short
transactions). On the old code the fan-out held SQLite's one write lock for its whole run and
the crisis answer was the generic error."""

from __future__ import annotations

import asyncio
from datetime import datetime

from sqlmodel import col, func, select

from benchmarks.checkin_fanout import START, seed
from bot.actions import AlertModerators, DirectMessage
from bot.app import Hearth
from bot.checkins.feature import CheckinsFeature
from bot.checkins.models import PersonalCheckin
from bot.clock import FakeClock
from bot.config import Config
from bot.outbox.models import OutboxItem
from bot.storage.database import Database
from tests.bot.moderation_review.conftest import CRISIS
from tests.support.recording import RecordingAdapter, only

MEMBERS = 20_000


def _fan_out(hearth: Hearth) -> int:
    feature = hearth.features["checkins"]
    assert isinstance(feature, CheckinsFeature)
    with hearth.db.session() as session:
        return feature.jobs.fan_out_personal(session, hearth.clock.now())


def _first_fire(database: Database) -> datetime:
    with database.session() as session:
        return session.exec(select(func.min(col(PersonalCheckin.next_fire_at)))).one()


async def test_crisis_is_answered_while_a_20000_member_fan_out_runs(
    config: Config, database: Database
) -> None:
    clock = FakeClock(START)
    seed(database, MEMBERS, START)
    clock.set(_first_fire(database))
    hearth = Hearth(config, database, clock=clock)
    recorder = RecordingAdapter(hearth)
    await hearth.features["moderation"].start()  # load the assessor before the race

    fan_out = asyncio.ensure_future(asyncio.to_thread(_fan_out, hearth))
    await asyncio.sleep(1.0)  # well inside the fan-out (it takes several seconds)
    assert not fan_out.done()
    actions = await recorder.say("sam", CRISIS)

    assert not fan_out.done(), "the crisis was answered only after the fan-out finished"
    care = only(actions, DirectMessage)
    assert care.user_id == "sam" and "988" in care.message.plain()
    assert only(actions, AlertModerators).urgent
    assert await fan_out == MEMBERS
    with database.session() as session:
        assert session.exec(select(func.count()).select_from(OutboxItem)).one() == MEMBERS


async def test_fan_out_pages_commit_each_batch(hooked: Hearth, database: Database) -> None:
    """A page size smaller than the fan-out: every member still queued exactly once."""
    seed(database, 1_234, START)
    assert isinstance(hooked.clock, FakeClock)
    hooked.clock.set(_first_fire(database))
    feature = hooked.features["checkins"]
    assert isinstance(feature, CheckinsFeature)
    feature.outbox.settings.batch = 100
    assert _fan_out(hooked) == 1_234
    assert _fan_out(hooked) == 0  # nothing due twice
    with database.session() as session:
        keys = session.exec(select(OutboxItem.key)).all()
        assert len(keys) == len(set(keys)) == 1_234
        counts = session.exec(select(PersonalCheckin.sent_count)).all()
        assert set(counts) == {1}
