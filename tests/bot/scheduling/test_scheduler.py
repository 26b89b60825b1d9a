"""The production driver: real APScheduler (AsyncIOScheduler) with its SQLAlchemy job store on
Hearth's database. Jobs are stored by reference with plain ids, survive a restart, and run the
same due-check tests drive with ``tick()``."""

from __future__ import annotations

import asyncio
import pickle
from datetime import UTC, datetime

from alembic import command
from sqlalchemy import inspect, text

from bot.actions import Post
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.roles import Role
from bot.scheduling import jobs
from bot.scheduling.scheduler import JOB_FUNC, JOB_TABLE
from bot.storage.database import Database
from tests.support.recording import RecordingAdapter, only

FEATURES = ["bot.resources.feature:ResourcesFeature", "bot.checkins.feature:CheckinsFeature"]
WEEKLY = "/checkin schedule weekly general sun@18:00 America/Chicago How was your week?"


def build(config: Config, database: Database, clock: FakeClock) -> Hearth:
    config.checkins.scheduler = "on"  # the production driver, even with a test clock
    config.checkins.rates["test"] = 1000.0
    return Hearth(config, database, clock=clock, features=FEATURES)


async def test_jobs_persist_in_the_database_and_survive_restart(
    config: Config, database: Database, clock: FakeClock
) -> None:
    hearth = build(config, database, clock)
    rec = RecordingAdapter(hearth)
    await hearth.start()
    await rec.command("olivia", WEEKLY, role=Role.ORGANIZER)
    await rec.command("maria", "/checkin on mon,thu 19:00 America/Chicago")
    await rec.command("sam", "/checkin on mon,thu 19:00 America/Chicago")  # same slot
    await asyncio.sleep(0)  # the job sync runs after the command's unit of work
    feature = hearth.features["checkins"]
    ids = sorted(feature.scheduler.job_ids())  # type: ignore[attr-defined]
    assert ids[0] == "checkins-tick" and ids[1] == "checkins:channel:1"
    assert len([i for i in ids if i.startswith("checkins:personal:")]) == 1
    await hearth.stop()

    assert JOB_TABLE in inspect(database.engine).get_table_names()
    with database.engine.connect() as conn:
        stored = conn.execute(text(f"SELECT id, job_state FROM {JOB_TABLE} ORDER BY id")).all()
    assert [row[0] for row in stored] == ids
    state = pickle.loads(stored[1][1])
    assert state["func"] == JOB_FUNC and state["args"] == ("checkins", "run_channel_job", 1)
    assert state["coalesce"] is True
    assert state["misfire_grace_time"] == config.checkins.misfire_grace_minutes * 60
    assert str(state["trigger"].timezone) == "America/Chicago"

    restarted = build(config, database, clock)
    await restarted.start()
    again = sorted(restarted.features["checkins"].scheduler.job_ids())  # type: ignore[attr-defined]
    await restarted.stop()
    assert again == ids


async def test_a_fired_job_runs_the_due_check(
    config: Config, database: Database, clock: FakeClock
) -> None:
    hearth = build(config, database, clock)
    rec = RecordingAdapter(hearth)
    await hearth.start()
    try:
        await rec.command("olivia", WEEKLY, role=Role.ORGANIZER)
        await asyncio.sleep(0)
        clock.set(datetime(2026, 3, 2, 0, 0, tzinfo=UTC))  # the prompt's time, on the fake clock
        aps = hearth.features["checkins"].scheduler.apscheduler  # type: ignore[attr-defined]
        aps.modify_job("checkins:channel:1", next_run_time=datetime.now(UTC))  # wake it now
        for _ in range(100):
            if rec.delivered:
                break
            await asyncio.sleep(0.05)
        assert only(rec.delivered, Post).channel == "general"
    finally:
        await hearth.stop()
    assert jobs.bound() is None


async def test_unbound_or_unknown_jobs_are_ignored(caplog) -> None:  # type: ignore[no-untyped-def]
    jobs.bind(None)
    await jobs.run("checkins", "tick")
    assert "no Hearth bound" in caplog.text


async def test_alembic_autogenerate_leaves_the_job_table_alone(
    config: Config, database: Database, clock: FakeClock
) -> None:
    hearth = build(config, database, clock)
    await hearth.start()
    await hearth.stop()
    captured: list[str] = []

    def capture(context, revision, directives) -> None:  # type: ignore[no-untyped-def]
        for op in directives[0].upgrade_ops.ops:
            captured.append(getattr(op, "table_name", "") or "")
        directives[:] = []  # write nothing

    command.revision(
        database._alembic_config(), autogenerate=True, process_revision_directives=capture
    )
    assert JOB_TABLE not in captured
