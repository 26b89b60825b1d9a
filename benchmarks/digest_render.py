"""How long the organizers' digest takes for a community of 500 members with a year of weekly
check-ins, beside baselines run in the same process: an empty figure of the same size saved as
PNG (matplotlib's fixed cost), and the text-only digest (what a platform without images gets).

Builds the synthetic community (bot.digest.synthetic) in a migrated SQLite file, then times,
each ``--runs`` times (median and worst): the queries (``store.collect``), drawing and saving
the six-panel PNG, and the two together (what ``/digest`` and the weekly job do). Also the
check-in summary chart, for comparison. Target: the digest under one second.

    python -m benchmarks.digest_render [--members 500] [--weeks 52] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import func, select

from bot.charts.moods import summary_chart
from bot.charts.render import figure, png, styled
from bot.checkins.models import CheckinResponse
from bot.digest import render, store, synthetic
from bot.storage.database import Database

NOW = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, float, Any]:
    """(median wall s, worst wall s, median CPU s, last result) over ``runs`` calls after one
    warm-up call. CPU time (this process) is shown because a shared machine stretches wall
    time by however many other processes want the cores."""
    result = fn()
    walls, cpus = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), max(walls), statistics.median(cpus), result


def empty_png() -> bytes:
    with styled():
        fig = figure(render.WIDTH, render.HEIGHT, layout=None)
    return png(fig)


Row = tuple[str, tuple[float, float, float, Any]]


def measure(database: Database, community_id: int, name: str, runs: int) -> list[Row]:
    def collect() -> store.DigestData:
        with database.session() as session:
            return store.collect(
                session,
                community_id=community_id,
                community=name,
                end=NOW,
                period=timedelta(days=7),
                weeks=8,
                floor=render.FLOOR,
            )

    data = collect()
    return [
        ("baseline: empty figure -> PNG", timed(empty_png, runs)),
        (
            "baseline: text-only digest",
            timed(lambda: render.message(collect(), images=False), runs),
        ),
        ("queries (store.collect)", timed(collect, runs)),
        ("draw + PNG (6 panels)", timed(lambda: render.digest_chart(data).png, runs)),
        ("digest: queries + draw + PNG", timed(lambda: render.digest_chart(collect()).png, runs)),
        (
            "check-in summary chart",
            timed(lambda: summary_chart([3, 8, 12, 6, 2], list(data.weeks), "Check-in").png, runs),
        ),
    ]


def report(rows: list[Row]) -> None:
    print(f"  (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    for label, (median, worst, cpu, _) in rows:
        print(
            f"  {label:<30}: median {median * 1000:7.1f} ms   worst {worst * 1000:7.1f} ms"
            f"   CPU {cpu * 1000:7.1f} ms"
        )
    digest = rows[4][1]
    print(
        f"  digest / empty-figure baseline: {digest[0] / rows[0][1][0]:.1f}x; "
        f"digest / text-only digest: {digest[0] / rows[1][1][0]:.1f}x"
    )
    print(
        f"  PNG {len(digest[3]) // 1024} KiB; under 1 s: median wall "
        f"{'yes' if digest[0] < 1.0 else 'NO'}, median CPU {'yes' if digest[2] < 1.0 else 'NO'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        database = Database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        database.upgrade()
        started = time.perf_counter()
        with database.session() as session:
            community = synthetic.build(session, now=NOW, members=args.members, weeks=args.weeks)
            community_id, name = community.id or 0, community.name
        built = time.perf_counter() - started
        with database.session() as session:
            answers = session.exec(select(func.count()).select_from(CheckinResponse)).one()
        rows = measure(database, community_id, name, args.runs)
        database.dispose()
    print(
        f"digest for {args.members} members, {args.weeks} weeks of check-ins ({answers} answers; "
        f"community built in {built:.1f} s); {args.runs} runs each, after one warm-up"
    )
    report(rows)


if __name__ == "__main__":
    main()
