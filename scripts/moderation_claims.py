"""Calibrate misinformation-by-meaning on the development sets (benign sources + dev misinfo).

    python scripts/moderation_claims.py /work/shared/eval [--limit N]

For every row of the benign sources (label ``ok``) and every ``misinfo`` row, keeps the
sentences the matcher would embed (``ClaimMatcher.told``: told as advice on a health topic,
with direction words, medicine names read as their class), embeds them with the
MiniLM encoder, and prints, per source, how many rows would raise misinformation at several
similarity floors (with the kind's direction words required, as the matcher does), plus the
highest-scoring benign sentences, and the lowest floor at which the benign health and support
rows that raise stay within a budget (``--budget``, default 1 in 10,000 rows). Reads the data by
path; copies nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderation.claims.matcher import SIMILARITY_MIN, ClaimMatcher
from moderation.claims.shape import EXPLICIT
from moderation.embedding.minilm import shared_encoder
from moderation.evaluation import load_rows
from moderation.normalize import normalize

SOURCES = ("medquad", "counselchat", "goemotions", "esconv", "conan", "domain")
BUDGET_SOURCES = ("medquad", "counselchat", "goemotions", "esconv")
FLOORS = (0.52, 0.55, 0.58, 0.60, 0.62, 0.65, 0.70)
BONUSES = (0.0, 0.02, 0.04, 0.06, 0.08, 0.10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="rows per source (0: all)")
    parser.add_argument(
        "--budget",
        type=float,
        default=1e-4,
        help="benign rows allowed to raise, as a share of the benign health and support rows",
    )
    args = parser.parse_args()
    rows = [
        r
        for r in load_rows(args.data)
        if r["source"] in SOURCES and r["label"] in ("ok", "misinfo")
    ]
    if args.limit:
        seen: dict[str, int] = defaultdict(int)
        kept = []
        for r in rows:
            seen[r["source"]] += 1
            if seen[r["source"]] <= args.limit:
                kept.append(r)
        rows = kept
    matcher = ClaimMatcher(shared_encoder())
    told: list[tuple[int, str]] = []
    for i, r in enumerate(rows):
        told += [(i, s) for _, _, s in matcher.told(normalize(r["text"]))]  # as run time reads
    print(f"{len(rows)} rows, {len(told)} told sentences", flush=True)
    sims = matcher.encoder.embed([s for _, s in told]) @ matcher.vectors.T
    benign_n = sum(1 for r in rows if r["source"] in BUDGET_SOURCES)
    allowed = int(args.budget * benign_n)
    print(f"benign rows raised at floor {SIMILARITY_MIN:.2f} per explicit-claim bonus "
          f"(budget {allowed} of {benign_n}):")  # fmt: skip
    within = 0.0
    for bonus in BONUSES:
        raised = set()
        for (i, s), row in zip(told, sims, strict=True):
            if (
                rows[i]["source"] in BUDGET_SOURCES
                and matcher.candidate(s, row, SIMILARITY_MIN, bonus) is not None
            ):
                raised.add(i)
        spelled = sum(1 for i, s in told if rows[i]["source"] in BUDGET_SOURCES
                      and any(p.search(s) for p in EXPLICIT.values()))  # fmt: skip
        print(f"  bonus {bonus:.2f}: {len(raised)} raised ({spelled} told texts spell a claim out)")
        if len(raised) <= allowed:
            within = bonus
    print(f"largest bonus within the budget (grid up to {BONUSES[-1]:.2f}): {within:.2f}")
    best: dict[int, tuple[float, str, str]] = {}
    for (i, s), row in zip(told, sims, strict=True):
        j = matcher.candidate(s, row)  # the matcher's own gates: direction words, urgency
        score = float(matcher.scores(s, row)[j]) if j is not None else 0.0
        if j is not None and score > best.get(i, (0.0, "", ""))[0]:
            best[i] = (score, s, matcher.phrasings[j])
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        counts[(r["source"], r["label"])] += 1
    print(f"{'source':12s} {'label':8s} {'n':>6s} " + " ".join(f"{f:>7.2f}" for f in FLOORS))
    for (source, label), n in sorted(counts.items()):
        hits = [
            sum(1 for i, b in best.items() if rows[i]["source"] == source
                and rows[i]["label"] == label and b[0] >= f)
            for f in FLOORS
        ]  # fmt: skip
        print(f"{source:12s} {label:8s} {n:6d} " + " ".join(f"{h:7d}" for h in hits))
    for f in FLOORS:
        raised = sum(
            1 for i, b in best.items() if rows[i]["source"] in BUDGET_SOURCES and b[0] >= f
        )
        if raised <= allowed:
            print(f"lowest floor within the budget ({allowed} of {benign_n} rows): {f:.2f} "
                  f"({raised} raised)")  # fmt: skip
            break
    print("highest benign sentences:")
    benign = sorted(((b, i) for i, b in best.items() if rows[i]["label"] == "ok"), reverse=True)
    for (sim, s, p), i in benign[:15]:
        print(f"  {sim:.3f} [{rows[i]['source']}] {s[:110]!r} ~ {p!r}")


if __name__ == "__main__":
    main()
