"""How long a fan-out of personal check-ins takes through the paced outbox, against the floor
the rate limit allows (messages / rate), in the same process.

Builds a migrated SQLite database with N members who all opted in to a check-in at the same
local time, moves a FakeClock to that time and runs the real due-check (which enqueues N
outbox rows) and the real outbox drain (token bucket, ``sending``/``sent`` commits per row)
into a fake delivery sink. Then drains a second fan-out with an effectively unlimited rate to
measure the per-message overhead on its own.

    python -m benchmarks.checkin_fanout [--members 10000] [--rate 2000] [--db PATH]

The default rate is high so the run finishes in seconds; ``--rate 50`` shows a realistic
Discord-like pace (10,000 messages then take at least 200 s).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert

from bot.actions import Action, Outcome
from bot.app import Hearth
from bot.capabilities import Capabilities
from bot.checkins.models import PersonalCheckin
from bot.clock import FakeClock
from bot.config import parse_config
from bot.scheduling.rules import next_fire, personal_rule
from bot.storage.database import Database
from bot.storage.models import Community, Member

FEATURES = ["bot.resources.feature:ResourcesFeature", "bot.checkins.feature:CheckinsFeature"]
START = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


class Sink:
    def __init__(self) -> None:
        self.count = 0

    async def __call__(self, community: str, actions: Sequence[Action]) -> list[Outcome]:
        self.count += len(actions)
        return []


def seed(database: Database, members: int, now: datetime) -> None:
    rule = personal_rule("daily", "19:00", "America/Chicago")
    first = next_fire(rule, now)
    with database.engine.begin() as conn:
        conn.execute(
            insert(Community),
            [{"platform": "bench", "external_id": "G1", "name": "bench", "created_at": now}],
        )
        conn.execute(
            insert(Member),
            [
                {
                    "community_id": 1,
                    "external_id": f"U{i:06d}",
                    "display_name": f"parent{i}",
                    "role": 1,
                    "timezone": "America/Chicago",
                    "consent": True,
                    "onboarded": True,
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(members)
            ],
        )
        conn.execute(
            insert(PersonalCheckin),
            [
                {
                    "community_id": 1,
                    "member_id": i + 1,
                    "days": "*",
                    "local_time": "19:00",
                    "timezone": "America/Chicago",
                    "timezone_assumed": False,
                    "status": "active",
                    "sent_count": 0,
                    "next_fire_at": first,
                    "created_at": now,
                }
                for i in range(members)
            ],
        )


async def fan_out(hearth: Hearth, clock: FakeClock, rate: float) -> tuple[int, float, float, int]:
    """One due fire for everyone: (queued, enqueue seconds, drain seconds, delivered)."""
    feature = hearth.features["checkins"]
    feature.outbox.settings.rates["bench"] = rate  # type: ignore[attr-defined]
    feature.outbox._buckets.clear()  # type: ignore[attr-defined]
    sink = Sink()
    hearth.register_platform("bench", Capabilities(), sink)
    with hearth.db.session() as session:
        (fire,) = set(session.exec(_next_fire_query()).all())
    clock.set(fire)
    started = time.perf_counter()
    with hearth.db.session() as session:
        queued = feature.jobs.fan_out_personal(session, clock.now())  # type: ignore[attr-defined]
    enqueued = time.perf_counter()
    await feature.outbox.drain()  # type: ignore[attr-defined]
    drained = time.perf_counter()
    return queued, enqueued - started, drained - enqueued, sink.count


def _next_fire_query():  # type: ignore[no-untyped-def]
    from sqlmodel import select

    return select(PersonalCheckin.next_fire_at).distinct()


async def main_async(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "bench.db"
        database = Database(f"sqlite:///{path}")
        database.upgrade()
        config = parse_config({}, platform_models={})
        config.base_dir = Path(tmp)
        clock = FakeClock(START)
        seed(database, args.members, START)
        hearth = Hearth(config, database, clock=clock, features=FEATURES)

        queued, enqueue_s, drain_s, delivered = await fan_out(hearth, clock, args.rate)
        if delivered != args.members or queued != args.members:
            raise SystemExit(f"expected {args.members} deliveries, got {delivered}/{queued}")
        floor = args.members / args.rate
        total = enqueue_s + drain_s
        print(f"check-in fan-out: {args.members} members, rate limit {args.rate:g} msg/s")
        print(
            f"  due-check + enqueue : {enqueue_s:8.3f} s  "
            f"({enqueue_s / args.members * 1e6:7.1f} µs/member)"
        )
        print(f"  paced drain         : {drain_s:8.3f} s")
        print(f"  rate-limit floor    : {floor:8.3f} s  (messages / rate)")
        print(f"  drain / floor       : {drain_s / floor:8.3f}x")
        print(f"  total / floor       : {total / floor:8.3f}x")

        # The next day's fire, drained with no effective limit: the outbox's own cost.
        _queued2, _enqueue2, drain2, delivered2 = await fan_out(hearth, clock, 1e9)
        if delivered2 != args.members:
            raise SystemExit(f"unlimited run delivered {delivered2}")
        per_message = drain2 / args.members
        print(
            f"unlimited drain       : {drain2:8.3f} s  ({per_message * 1e6:7.1f} µs/message: "
            "claim + deliver + mark sent)"
        )
        print(
            f"  max sustainable rate: {1 / per_message:8.0f} msg/s per process "
            f"({1 / per_message / args.rate:.1f}x the configured limit)"
        )
        database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=2000.0, help="messages per second")
    parser.add_argument("--db", help="SQLite file to use (default: a temporary one)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
