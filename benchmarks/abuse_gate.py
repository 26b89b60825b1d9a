"""The abuse rules with and without the group-word gate, in the same process.

``rules.prefilter.Gate`` skips the group typology patterns on a text that names no group.
This times ``rules.abuse.detect_abuse`` on the bench's long posts and on a sample of real
posts (SDCNL, when ``--data-dir`` holds it), alternating gate on and off round by round, and
checks that both give the same signals on every post. Prints the median time per post and
the ratio (gated / ungated).

    python -m benchmarks.abuse_gate [--rounds 5] [--data-dir ../shared/eval]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

from moderation.bench import long_posts
from moderation.normalize import Normalized, normalize
from moderation.rules import abuse


def _time(posts: Sequence[Normalized]) -> float:
    start = time.perf_counter()
    for norm in posts:
        abuse.detect_abuse(norm)
    return (time.perf_counter() - start) / len(posts) * 1000


def compare(name: str, posts: Sequence[Normalized], rounds: int) -> None:
    gated_signals = [abuse.detect_abuse(n) for n in posts]
    with abuse._GROUP_GATE.bypassed():
        ungated_signals = [abuse.detect_abuse(n) for n in posts]
    if gated_signals != ungated_signals:
        raise SystemExit(f"{name}: the gate changed what the rules found")
    on: list[float] = []
    off: list[float] = []
    for _ in range(rounds):
        with abuse._GROUP_GATE.bypassed():
            off.append(_time(posts))
        on.append(_time(posts))
    gated, ungated = statistics.median(on), statistics.median(off)
    closed = sum(not abuse._GROUP_GATE.words.search(abuse.medical_mask(n.text)) for n in posts)
    print(
        f"{name}: {len(posts)} posts, gate closed on {closed}; detect_abuse {ungated:.2f} ms "
        f"per post ungated, {gated:.2f} gated, ratio {gated / ungated:.2f}; same signals"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/eval"))
    args = parser.parse_args()
    compare("bench long posts", [normalize(p) for p in long_posts(32)], args.rounds)
    sdcnl = args.data_dir / "sdcnl.jsonl"
    if sdcnl.exists():
        with sdcnl.open() as f:
            texts = [json.loads(line)["text"] for line in f][:300]
        compare("SDCNL posts", [normalize(t) for t in texts], args.rounds)


if __name__ == "__main__":
    main()
