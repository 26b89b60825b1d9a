"""The stale review in production: its jobs go on the shared APScheduler (check-ins' driver,
SQLAlchemy job store), and a fired job runs the same due-check ``tick()`` runs."""

from __future__ import annotations

import asyncio
import pickle
from datetime import UTC, datetime

from sqlalchemy import text

from bot.actions import AlertOrganizers
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.scheduling import jobs
from bot.scheduling.scheduler import JOB_TABLE
from bot.storage.database import Database
from tests.bot.resources.support import checkins_of
from tests.support.recording import RecordingAdapter, of

FEATURES = ["bot.resources.feature:ResourcesFeature", "bot.checkins.feature:CheckinsFeature"]


async def test_review_jobs_registered_on_the_shared_scheduler_and_run_the_due_check(
    config: Config, database: Database, clock: FakeClock
) -> None:
    config.checkins.scheduler = "on"
    config.resources.stale_after_days = 30  # the sample's placeholder dates are stale by then
    hearth = Hearth(config, database, clock=clock, features=FEATURES)
    recorder = RecordingAdapter(hearth)
    await hearth.start()
    try:
        for _ in range(50):
            await asyncio.sleep(0.05)
            if checkins_of(hearth).scheduler.job_ids("resources:"):
                break
        ids = sorted(checkins_of(hearth).scheduler.job_ids("resources:"))
        assert ids == ["resources:stale-review", "resources:stale-review:hourly"]
        with database.engine.connect() as conn:
            row = conn.execute(
                text(f"SELECT job_state FROM {JOB_TABLE} WHERE id = 'resources:stale-review'")
            ).one()
        state = pickle.loads(row[0])
        assert state["args"] == ("resources", "tick") and state["coalesce"] is True
        await recorder.command("maria", "/resources nausea")
        await jobs.run("resources", "tick")  # what APScheduler calls
        clock.set(datetime(2027, 1, 1, 9, 1, tzinfo=UTC))
        await jobs.run("resources", "tick")
        cards = of(recorder.delivered, AlertOrganizers)
        assert cards and all(c.message.title == "Resource to review" for c in cards)
    finally:
        await hearth.stop()
