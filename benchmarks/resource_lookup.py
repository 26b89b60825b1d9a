"""Resource lookup speed on a large directory: today's scan beside the inverted index.

Builds a deterministic directory of N entries (default 5,000: tags, titles and summaries drawn
from a fixed vocabulary, mixed regions), then times, in the same process and on the same
queries, (1) ``bot.resources.search.rank``, the scan over every entry that ``/resources`` used
until now (kept as the reference), and (2) ``SearchIndex.rank``, the index built once at load.
It checks that both give the same top results for every query, then times whole ``/resources``
commands through the core (Hearth + SQLite + the community layer) on the same directory.

    python -m benchmarks.resource_lookup [--entries 5000] [--queries 300]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import parse_config
from bot.resources.directory import Resource, load, to_csv
from bot.resources.search import SearchIndex, rank
from bot.storage.database import Database
from tests.support.recording import RecordingAdapter

TOPICS = [
    "financial",
    "bills",
    "transport",
    "childcare",
    "nausea",
    "vomiting",
    "chemo",
    "eating",
    "siblings",
    "camp",
    "school",
    "bereavement",
    "grief",
    "funeral",
    "crisis",
    "hotline",
    "lodging",
    "housing",
    "travel",
    "diagnosis",
    "treatment",
    "leukemia",
    "lymphoma",
    "brain",
    "tumour",
    "sarcoma",
    "neuroblastoma",
    "radiotherapy",
    "surgery",
    "fertility",
    "insurance",
    "benefits",
    "parking",
    "meals",
    "respite",
    "counselling",
    "sleep",
    "anxiety",
    "fatigue",
    "pain",
    "fever",
    "infection",
    "hair",
    "wigs",
    "clinical",
    "trials",
    "palliative",
    "hospice",
    "legacy",
    "memory",
    "fundraising",
    "education",
    "tutoring",
    "work",
    "employment",
    "rights",
    "carers",
    "volunteering",
    "holidays",
    "wishes",
]
FILLER = [f"word{n}" for n in range(2000)]
REGIONS = ("US", "UK", "IE", "CA", "AU", "global")


def directory(entries: int, seed: int = 7) -> tuple[Resource, ...]:
    rng = random.Random(seed)
    out = []
    for n in range(entries):
        tags = tuple(rng.sample(TOPICS, 3))
        title = " ".join([*rng.sample(TOPICS, 2), *rng.sample(FILLER, 2)]).capitalize()
        summary = " ".join(rng.sample(FILLER, 14) + rng.sample(TOPICS, 2))
        out.append(
            Resource(
                title=f"{title} {n}",
                url=f"https://example.org/r/{n}",
                summary=summary,
                source=f"Org {n % 300}",
                last_reviewed=date(2026, 1, 1 + n % 28),
                tags=tags,
                region=rng.choice(REGIONS).upper(),
            )
        )
    return tuple(out)


def queries(count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    everyday = ["help with bills", "money", "my brother", "grief", "hotline", "travel costs"]
    made = []
    for _ in range(count):
        kind = rng.random()
        if kind < 0.5:
            made.append(" ".join(rng.sample(TOPICS, rng.choice((1, 2)))))
        elif kind < 0.75:
            made.append(rng.choice(everyday))
        elif kind < 0.9:
            made.append(f"{rng.choice(TOPICS)} {rng.choice(FILLER)}")
        else:
            made.append("unicorns and rainbows")
    return made


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(fn: Callable[[str], object], qs: list[str]) -> list[float]:
    out = []
    for q in qs:
        started = time.perf_counter()
        fn(q)
        out.append((time.perf_counter() - started) * 1000)
    return out


def show(name: str, ms: list[float]) -> None:
    print(
        f"{name:<34} p50 {p(ms, 0.5):8.3f} ms   p95 {p(ms, 0.95):8.3f} ms   "
        f"mean {statistics.fmean(ms):8.3f} ms"
    )


async def through_core(entries: tuple[Resource, ...], qs: list[str]) -> list[float]:
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as tmp:
        path = Path(tmp) / "directory.csv"
        path.write_text(to_csv(entries), encoding="utf-8")
        config = parse_config({"resources": {"directory": str(path)}}, platform_models={})
        database = Database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        database.upgrade()
        hearth = Hearth(
            config, database, clock=FakeClock(), features=["bot.resources.feature:ResourcesFeature"]
        )
        recorder = RecordingAdapter(hearth)
        await recorder.command("maria", "/resources warm up")
        out = []
        for q in qs:
            started = time.perf_counter()
            await recorder.command("maria", f"/resources {q}")
            out.append((time.perf_counter() - started) * 1000)
        database.dispose()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    logging.disable(logging.INFO)
    entries = directory(args.entries)
    qs = queries(args.queries)
    started = time.perf_counter()
    index = SearchIndex(entries)
    built = (time.perf_counter() - started) * 1000
    for q in qs:  # the index must rank exactly as the scan does
        want = [(m.resource.url, m.score) for m in rank(entries, q, region="US")[:3]]
        got = [(m.resource.url, m.score) for m in index.rank(q, region="US", limit=3)]
        assert want == got, f"index and scan disagree on {q!r}"
    print(f"# {len(entries)} entries, {len(qs)} queries; index built once in {built:.1f} ms")
    scan = timed(lambda q: rank(entries, q, region="US")[:3], qs)
    indexed = timed(lambda q: index.rank(q, region="US", limit=3), qs)
    show("baseline: scan (today's rank)", scan)
    show("inverted index (SearchIndex)", indexed)
    print(f"speed-up at p95: {p(scan, 0.95) / p(indexed, 0.95):.0f}x")
    show("/resources through the core", asyncio.run(through_core(entries, qs)))
    print(f"sample directory still loads: {len(load(None).entries)} entries")


if __name__ == "__main__":
    main()
