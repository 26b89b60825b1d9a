"""The production driver: APScheduler 3 (``AsyncIOScheduler``) with its SQLAlchemy job store
on Hearth's own database (table ``apscheduler_jobs``, kept out of Alembic by the
``include_object`` hook in ``bot/storage/migrations/env.py``).

Jobs wake the features at the right moment; the features then decide what is due with
:func:`bot.scheduling.due.check` against ``hearth.clock.now()`` — the same code tests drive with
a FakeClock and ``hearth.tick()``. Every job uses ``coalesce=True`` and
``misfire_grace_time`` = the configured grace, matching the documented misfire rule.

Because the job store is shared through the database, jobs survive a restart. APScheduler 3
does not coordinate several schedulers on one job store, so only the process that leads
(:mod:`bot.scheduling.leader`: a PostgreSQL advisory lock; on SQLite the one process) starts
APScheduler; the others stand by, never touching the job store, and take over within
``runtime.leader_poll_seconds`` when the leader dies. On taking over, every feature with a
``sync_jobs`` method re-syncs its jobs. Sending stays idempotent besides (outbox keys include
the fire time).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from datetime import UTC, timedelta
from typing import Any

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import Engine

from bot.scheduling import jobs
from bot.scheduling.leader import Leadership
from bot.scheduling.rules import Rule

log = logging.getLogger(__name__)

JOB_TABLE = "apscheduler_jobs"
JOB_FUNC = "bot.scheduling.jobs:run"


class Scheduler:
    def __init__(self, engine: Engine, *, grace: timedelta) -> None:
        self.grace = grace
        self.jobstore = SQLAlchemyJobStore(engine=engine, tablename=JOB_TABLE)
        self.apscheduler = AsyncIOScheduler(
            jobstores={"default": self.jobstore},
            job_defaults={
                "coalesce": True,
                "misfire_grace_time": max(1, int(grace.total_seconds())),
                "max_instances": 1,
            },
            timezone=UTC,
        )
        self.leadership = Leadership(engine)
        self._hearth: Any = None
        self._watch: asyncio.Task[None] | None = None
        self._paused = False

    @property
    def running(self) -> bool:
        """Running jobs: this process leads and APScheduler processes its store."""
        return self.apscheduler.running and self.leadership.leading and not self._paused

    def start(self, hearth: Any) -> None:
        """Run the jobs if this process leads, else stand by (and keep trying)."""
        jobs.bind(hearth)
        self._hearth = hearth
        poll = float(hearth.config.runtime.leader_poll_seconds)
        if self.leadership.try_lead():
            self._lead()
        else:
            log.info("another process runs the scheduled jobs; standing by")
        if self.leadership.shared:
            self._watch = asyncio.get_running_loop().create_task(self._watch_lead(poll))

    def shutdown(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
            self._watch = None
        if self.apscheduler.running:
            self.apscheduler.shutdown(wait=False)
        self.leadership.release()
        jobs.bind(None)

    def _lead(self) -> None:
        if not self.apscheduler.running:
            self.apscheduler.start()
        elif self._paused:
            self.apscheduler.resume()
        self._paused = False
        log.info("scheduler started with %d stored job(s)", len(self.apscheduler.get_jobs()))
        for feature in getattr(self._hearth, "features", {}).values():
            sync = getattr(feature, "sync_jobs", None)
            if callable(sync) and getattr(feature, "scheduler", None) is self:
                sync()

    def _step_down(self) -> None:
        if self.apscheduler.running and not self._paused:
            self.apscheduler.pause()
        self._paused = True

    async def _watch_lead(self, poll: float) -> None:
        """Standby: try to take the lead; leader: check the lock's connection still lives."""
        while True:
            await asyncio.sleep(poll)
            was = self.leadership.leading
            with contextlib.suppress(Exception):
                now = await asyncio.to_thread(self.leadership.try_lead)
                if now and (not was or self._paused):
                    self._lead()
                elif not now and was:
                    self._step_down()

    def cron(self, job_id: str, rule: Rule, feature: str, method: str, *args: Any) -> None:
        """Add or replace a job firing on ``rule`` (same CronTrigger the due-check uses)."""
        self.apscheduler.add_job(
            JOB_FUNC,
            trigger=rule.trigger(),
            args=(feature, method, *args),
            id=job_id,
            name=job_id,
            replace_existing=True,
        )

    def every(self, job_id: str, seconds: float, feature: str, method: str) -> None:
        self.apscheduler.add_job(
            JOB_FUNC,
            trigger=IntervalTrigger(seconds=seconds, timezone=UTC),
            args=(feature, method),
            id=job_id,
            name=job_id,
            replace_existing=True,
        )

    def remove(self, job_id: str) -> None:
        if self.apscheduler.get_job(job_id) is not None:
            self.apscheduler.remove_job(job_id)

    def job_ids(self, prefix: str = "") -> list[str]:
        return [j.id for j in self.apscheduler.get_jobs() if j.id.startswith(prefix)]

    def sync(self, prefix: str, wanted: dict[str, tuple[Rule, str, str, Sequence[Any]]]) -> None:
        """Make the jobs under ``prefix`` exactly ``wanted`` (id -> rule, feature, method, args)."""
        for job_id in self.job_ids(prefix):
            if job_id not in wanted:
                self.remove(job_id)
        for job_id, (rule, feature, method, args) in wanted.items():
            self.cron(job_id, rule, feature, method, *args)
