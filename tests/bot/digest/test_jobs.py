"""The weekly digest by DM at the organizer's local time, through the outbox: sent once per
fire time however often the check runs, late within the grace, skipped (and logged) beyond it."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

import pytest

from bot.actions import DirectMessage
from bot.app import Hearth
from bot.checkins.feature import CheckinsFeature
from bot.clock import FakeClock
from bot.config import Config
from bot.digest import render
from bot.digest.feature import DigestFeature
from bot.roles import Role
from bot.storage.database import Database
from tests.bot.digest.support import FEATURES
from tests.support.charts import decode_png
from tests.support.recording import RecordingAdapter, of

# The fixture clock starts Sunday 2026-03-01 12:00 UTC; Monday 09:00 in Chicago is 15:00 UTC.
MONDAY_CHICAGO = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


async def subscribe(rec: RecordingAdapter) -> None:
    await rec.command("olivia", "/digest weekly mon@09:00 America/Chicago", role=Role.ORGANIZER)
    rec.delivered.clear()


async def test_sent_once_at_local_time(
    rec: RecordingAdapter, clock: FakeClock, community: None
) -> None:
    await subscribe(rec)
    clock.set(datetime(2026, 3, 2, 14, 59, tzinfo=UTC))
    await rec.hearth.tick()
    assert of(rec.delivered, DirectMessage) == []
    clock.set(MONDAY_CHICAGO)
    await rec.hearth.tick()
    await rec.hearth.tick()
    (dm,) = of(rec.delivered, DirectMessage)
    assert dm.user_id == "olivia" and dm.message.title == "Weekly digest: Sunflower parents"
    assert dm.message.image is not None
    assert decode_png(dm.message.image.data) == (render.WIDTH, render.HEIGHT)
    assert "23 Feb – 02 Mar 2026" in dm.message.text
    clock.set(datetime(2026, 3, 9, 15, 0, tzinfo=UTC))
    await rec.hearth.tick()
    assert len(of(rec.delivered, DirectMessage)) == 2  # the next week


async def test_late_within_grace_skipped_beyond(
    rec: RecordingAdapter,
    clock: FakeClock,
    config: Config,
    database: Database,
    caplog: pytest.LogCaptureFixture,
) -> None:
    await subscribe(rec)
    await rec.hearth.stop()  # Hearth goes down before Monday's digest...
    clock.set(datetime(2026, 3, 2, 23, 0, tzinfo=UTC))  # ...and is back 8 h late (grace 12 h)
    restarted = RecordingAdapter(Hearth(config, database, clock=clock, features=FEATURES))
    await restarted.hearth.tick()
    assert len(of(restarted.delivered, DirectMessage)) == 1
    await restarted.hearth.stop()
    clock.set(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))  # down again: back 18 h after the next
    again = RecordingAdapter(Hearth(config, database, clock=clock, features=FEATURES))
    with caplog.at_level(logging.WARNING, logger="bot.digest.jobs"):
        await again.hearth.tick()
    assert of(again.delivered, DirectMessage) == []
    assert "missed while Hearth was down, skipped" in caplog.text
    clock.set(datetime(2026, 3, 16, 15, 0, tzinfo=UTC))
    await again.hearth.tick()
    assert len(of(again.delivered, DirectMessage)) == 1  # back on schedule


async def test_coarse_tick_while_running_still_sends(
    rec: RecordingAdapter, clock: FakeClock
) -> None:
    await subscribe(rec)
    clock.set(datetime(2026, 3, 4, 12, 0, tzinfo=UTC))  # the demo's "!clock +3d": no downtime
    await rec.hearth.tick()
    assert len(of(rec.delivered, DirectMessage)) == 1


async def test_stopped_digest_is_not_sent(rec: RecordingAdapter, clock: FakeClock) -> None:
    await subscribe(rec)
    await rec.command("olivia", "/digest off", role=Role.ORGANIZER)
    clock.set(MONDAY_CHICAGO)
    await rec.hearth.tick()
    assert of(rec.delivered, DirectMessage) == []


async def test_weekly_jobs_share_the_check_ins_job_store(
    config: Config, database: Database, clock: FakeClock, community: None
) -> None:
    """Production: one APScheduler (check-ins') holds the digest's slot job and its hourly
    safety net; a fired slot job runs the same due check and sends the digest."""
    config.checkins.scheduler = "on"  # the production driver, even with a test clock
    hearth = Hearth(config, database, clock=clock, features=FEATURES)
    rec = RecordingAdapter(hearth)
    await hearth.start()
    try:
        await subscribe(rec)
        await asyncio.sleep(0)  # the job sync runs after the command's unit of work
        digest = hearth.features["digest"]
        assert isinstance(digest, DigestFeature)
        checkins = hearth.features["checkins"]
        assert isinstance(checkins, CheckinsFeature) and digest.scheduler is checkins.scheduler
        assert digest.scheduler is not None
        ids = digest.scheduler.job_ids("digest")
        assert "digest-tick" in ids and len([i for i in ids if i.startswith("digest:")]) == 1
        (slot,) = [i for i in ids if i.startswith("digest:")]
        clock.set(MONDAY_CHICAGO)
        digest.scheduler.apscheduler.modify_job(slot, next_run_time=datetime.now(UTC))
        for _ in range(200):
            if of(rec.delivered, DirectMessage):
                break
            await asyncio.sleep(0.05)
        assert of(rec.delivered, DirectMessage)[0].message.image is not None
    finally:
        await hearth.stop()
