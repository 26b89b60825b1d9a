"""Exactly one process runs scheduled jobs; a standby takes over when the leader dies.

On PostgreSQL (CI's second run, or HEARTH_TEST_DATABASE_URL) with real processes: a leader in
a child process, two standbys on engines of their own, ``kill -9`` of the leader. On SQLite a
single process is assumed and always leads."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.scheduling.leader import Leadership
from bot.scheduling.scheduler import Scheduler
from bot.storage.database import Database

ROOT = Path(__file__).resolve().parents[3]
CHILD = """
import sys, time
from bot.scheduling.leader import Leadership
from bot.storage.database import Database
lead = Leadership(Database(sys.argv[1]).engine)
print("leading" if lead.try_lead() else "standby", flush=True)
time.sleep(120)
"""


def _leader_process(url: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, url],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "leading"
    return child


def _until(predicate: Callable[[], bool], within: float = 15.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_one_leader_and_a_standby_takes_over_after_kill_9(database: Database) -> None:
    if not Leadership(database.engine).shared:
        assert Leadership(database.engine).try_lead()  # SQLite: the one process leads
        return
    child = _leader_process(database.url)
    standbys = [Database(database.url), Database(database.url)]
    leads = [Leadership(d.engine) for d in standbys]
    try:
        assert [lead.try_lead() for lead in leads] == [False, False]
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        assert _until(lambda: any(lead.try_lead() for lead in leads))
        assert sum(lead.try_lead() for lead in leads) == 1  # exactly one took over
    finally:
        child.kill()
        for lead in leads:
            lead.release()
        for d in standbys:
            d.dispose()


async def test_standby_scheduler_starts_its_jobs_when_the_leader_goes(
    config: Config, database: Database
) -> None:
    config.runtime.leader_poll_seconds = 0.1
    hearth = Hearth(config, database, clock=FakeClock(), features=[])
    other = Database(database.url)
    holder = Leadership(other.engine)
    scheduler = Scheduler(database.engine, grace=timedelta(minutes=5))
    try:
        assert holder.try_lead()
        scheduler.start(hearth)
        assert scheduler.running is not holder.shared  # standby while another process leads
        holder.release()
        for _ in range(100):
            if scheduler.running:
                break
            await asyncio.sleep(0.05)
        assert scheduler.running
    finally:
        scheduler.shutdown()
        holder.release()
        other.dispose()
