"""Several processes draining one outbox on PostgreSQL: throughput, at-most-once, total rate.

Enqueues N direct messages, then drains them with P real processes (each its own Hearth,
engine and event loop, delivering into a sink that records what it sent), and as the baseline
the same N with one process, in the same run. Every row must be sent exactly once (none lost,
none twice) and the messages per second must stay at or under the configured total rate:
the rate is shared through the database (``outbox_pace``), not per process.

    python -m benchmarks.outbox_drain --database-url postgresql+psycopg://postgres@127.0.0.1/DB
        [--messages 20000] [--processes 3] [--rate 1000]

The database must be a scratch one: its schema is dropped and re-created.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import col, func, select

from bot.actions import Action, DirectMessage, Outcome
from bot.app import Hearth
from bot.capabilities import Capabilities
from bot.checkins.feature import CheckinsFeature
from bot.config import parse_config
from bot.messages import Message
from bot.outbox.models import SENT, OutboxItem
from bot.outbox.queue import Entry
from bot.storage.database import Database

FEATURES = ["bot.checkins.feature:CheckinsFeature"]


def _hearth(url: str, rate: float) -> Hearth:
    config = parse_config({"checkins": {"rates": {"bench": rate}}}, platform_models={})
    return Hearth(config, Database(url), features=FEATURES)


def _checkins(hearth: Hearth) -> CheckinsFeature:
    feature = hearth.features["checkins"]
    assert isinstance(feature, CheckinsFeature)
    return feature


def _drain(url: str, rate: float, out: str, ready: Any) -> None:
    """One process: drain until nothing is due, writing each delivered user id to ``out``.
    Waits on ``ready`` (a barrier) so start-up is not counted."""
    sent: list[str] = []

    async def sink(community: str, actions: Sequence[Action]) -> list[Outcome]:
        sent.extend(a.user_id for a in actions if isinstance(a, DirectMessage))
        return []

    async def run() -> None:
        hearth = _hearth(url, rate)
        hearth.register_platform("bench", Capabilities(), sink)
        ready.wait()
        await _checkins(hearth).outbox.drain()
        hearth.db.dispose()

    asyncio.run(run())
    Path(out).write_text("\n".join(sent))


def _reset(url: str, messages: int, rate: float) -> None:
    database = Database(url)
    with database.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    database.upgrade()
    hearth = _hearth(url, rate)
    entries = [
        Entry(
            f"bench:{n}", "bench", "G1", DirectMessage(user_id=f"U{n}", message=Message(text="hi"))
        )
        for n in range(messages)
    ]
    with database.session() as session:
        _checkins(hearth).outbox.enqueue_many(session, entries)
    database.dispose()


def _run(url: str, messages: int, processes: int, rate: float, folder: Path) -> dict[str, float]:
    _reset(url, messages, rate)
    context = multiprocessing.get_context("spawn")
    outs = [str(folder / f"sent-{processes}-{i}.txt") for i in range(processes)]
    ready = context.Barrier(processes + 1)
    workers = [context.Process(target=_drain, args=(url, rate, out, ready)) for out in outs]
    for worker in workers:
        worker.start()
    ready.wait(timeout=120)
    started = time.perf_counter()
    for worker in workers:
        worker.join(timeout=max(300.0, 5 * messages / rate))
        if worker.is_alive():
            worker.kill()
            raise SystemExit("a drain process did not finish in time")
    elapsed = time.perf_counter() - started
    sent = Counter(
        line for out in outs for line in Path(out).read_text().splitlines() if line.strip()
    )
    database = Database(url)
    with database.session() as session:
        marked = session.exec(
            select(func.count()).select_from(OutboxItem).where(col(OutboxItem.status) == SENT)
        ).one()
    database.dispose()
    return {
        "elapsed": elapsed,
        "unique": len(sent),
        "twice": sum(1 for c in sent.values() if c > 1),
        "marked": marked,
        "per_second": len(sent) / elapsed,
    }


def _line(name: str, r: dict[str, float], messages: int) -> str:
    lost = messages - int(r["unique"])
    return (
        f"{name:<22} {r['elapsed']:7.2f} s  {r['per_second']:7.1f} msg/s  "
        f"sent {int(r['unique'])}  lost {lost}  twice {int(r['twice'])}  marked sent "
        f"{int(r['marked'])}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get("HEARTH_BENCH_DATABASE_URL"),
        help="a scratch PostgreSQL database (or HEARTH_BENCH_DATABASE_URL)",
    )
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--rate", type=float, default=1000.0, help="total messages per second")
    args = parser.parse_args()
    if not args.database_url or not args.database_url.startswith("postgresql"):
        raise SystemExit("--database-url must name a scratch PostgreSQL database")
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as tmp:
        base = _run(args.database_url, args.messages, 1, args.rate, Path(tmp))
        ours = _run(args.database_url, args.messages, args.processes, args.rate, Path(tmp))
    print(
        f"outbox drain on PostgreSQL: {args.messages} messages, total rate limit "
        f"{args.rate:g} msg/s (floor {args.messages / args.rate:.1f} s)"
    )
    print(_line("baseline, 1 process", base, args.messages))
    print(_line(f"{args.processes} processes", ours, args.messages))
    print(
        f"speed-up {base['elapsed'] / ours['elapsed']:.2f}x; rate held: "
        f"{'yes' if ours['per_second'] <= args.rate * 1.02 else 'NO'} "
        f"({ours['per_second'] / args.rate:.0%} of the limit)"
    )


if __name__ == "__main__":
    main()
