"""How fast a crisis message is answered while a big check-in fan-out runs (SQLite).

Seeds a migrated SQLite database with N members who all opted in to a personal check-in at
the same time, then runs the fan-out as the scheduler does (the jobs thread: due-check,
every due member's prompt enqueued in short batches) and, one second in, posts a crisis
disclosure through the core. The figure is the time until the core returned the member's
care DM and the moderators' urgent alert, beside the same message answered with nothing else
running (the baseline), in the same process. Issue 11 saw "database is locked" and the generic
error after 5 s here, when the fan-out was one 22-second write transaction.

    python -m benchmarks.crisis_during_fanout [--members 20000]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
from pathlib import Path

from benchmarks.checkin_fanout import START, Sink, _next_fire_query, seed
from bot.actions import AlertModerators, DirectMessage
from bot.app import Hearth
from bot.capabilities import Capabilities
from bot.checkins.feature import CheckinsFeature
from bot.clock import FakeClock
from bot.config import parse_config
from bot.events import Actor, MessagePosted, Place
from bot.storage.database import Database

CRISIS = "I can't go on anymore, I want to end my life"
LIMIT = 2.0


async def _crisis(hearth: Hearth, who: str) -> tuple[float, bool]:
    event = MessagePosted(
        actor=Actor("bench", "G1", who, who.title()),
        place=Place("G1", "general", "general"),
        message_id=f"m-{who}",
        text=CRISIS,
    )
    started = time.perf_counter()
    actions = await hearth.handle(event)
    took = time.perf_counter() - started
    cared = any(isinstance(a, DirectMessage) for a in actions) and any(
        isinstance(a, AlertModerators) and a.urgent for a in actions
    )
    return took, cared


async def main_async(members: int) -> None:
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as tmp:
        database = Database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        database.upgrade()
        config = parse_config({}, platform_models={})
        config.base_dir = Path(tmp)
        clock = FakeClock(START)
        seed(database, members, START)
        hearth = Hearth(config, database, clock=clock)
        hearth.register_platform("bench", Capabilities(), Sink())
        await hearth.features["moderation"].start()  # the models load before timing
        with database.session() as session:
            (fire,) = set(session.exec(_next_fire_query()).all())
        clock.set(fire)

        await _crisis(hearth, "warm-up")  # first assessment warms the models up
        alone, alone_ok = await _crisis(hearth, "baseline-parent")
        feature = hearth.features["checkins"]
        assert isinstance(feature, CheckinsFeature)

        async def fan_out_job() -> int:
            with database.session() as session:
                return feature.jobs.fan_out_personal(session, clock.now())

        started = time.perf_counter()
        fan_out = asyncio.ensure_future(hearth.dispatcher.job(fan_out_job))
        await asyncio.sleep(1.0)
        during, during_ok = await _crisis(hearth, "parent-in-crisis")
        running = not fan_out.done()
        queued = await fan_out
        total = time.perf_counter() - started
        await hearth.stop()
        database.dispose()

    print(f"crisis during a check-in fan-out: {members} members on SQLite")
    print(f"  baseline (nothing else running): answered in {alone * 1000:7.1f} ms  ok={alone_ok}")
    print(
        f"  during the fan-out             : answered in {during * 1000:7.1f} ms  ok={during_ok}"
        f"  (fan-out still running: {'yes' if running else 'no'})"
    )
    print(f"  fan-out: {queued} prompts due-checked and queued in {total:.1f} s")
    verdict = "within" if during_ok and during <= LIMIT else "OVER"
    print(f"crisis DM and alert {verdict} {LIMIT:.0f} s ({during / alone:.1f}x the baseline)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=20_000)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main_async(args.members))


if __name__ == "__main__":
    main()
