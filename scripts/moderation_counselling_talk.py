"""Counselling-style look-alikes and their genuine crises, per class, through the pipeline.

    python scripts/moderation_counselling_talk.py [--failures] [--meaning-off]

Sets (``tests/moderation/functional/counselling_talk.py``): ``DEV`` look-alikes must raise
nothing and ``CRISIS_DEV`` must raise crisis (with ``--failures`` their failures are listed
with the stage that raised); ``HELD_BACK`` and ``CRISIS_HELD_BACK`` are never tuned on, so
only their totals per class are printed.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderation import Assessor, ModerationSettings
from tests.moderation.functional.counselling_talk import (
    CRISIS_DEV,
    CRISIS_HELD_BACK,
    DEV,
    HELD_BACK,
)
from tests.moderation.functional.support import Case, passes

SETS: dict[str, list[Case]] = {
    "quiet-dev": DEV,
    "crisis-dev": CRISIS_DEV,
    "quiet-held": HELD_BACK,
    "crisis-held": CRISIS_HELD_BACK,
}
SHOWN = ("quiet-dev", "crisis-dev")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list dev failures")
    parser.add_argument("--meaning-off", action="store_true", help="crisis_by_meaning = false")
    args = parser.parse_args()
    assessor = Assessor(ModerationSettings(crisis_by_meaning=not args.meaning_off))
    classes = sorted({c.function for table in SETS.values() for c in table})
    counts: dict[str, dict[str, list[int]]] = {s: defaultdict(lambda: [0, 0]) for s in SETS}
    failures: list[str] = []
    for name, table in SETS.items():
        for case, a in zip(table, assessor.assess_many([c.text for c in table]), strict=True):
            ok = passes(case, a.raised)
            counts[name][case.function][0] += ok
            counts[name][case.function][1] += 1
            if not ok and name in SHOWN:
                why = "; ".join(f"{r.category}/{r.signal}: {r.detail[:90]}" for r in a.reasons)
                failures.append(f"  [{name} {case.function}] {case.text!r}\n      -> {why}")
    print(f"{'class':18s} " + " ".join(f"{s:>12s}" for s in SETS) + "   (passing/n)")
    for cls in [*classes, "total"]:
        cells = []
        for name in SETS:
            if cls == "total":
                ok = sum(v[0] for v in counts[name].values())
                n = sum(v[1] for v in counts[name].values())
            else:
                ok, n = counts[name][cls]
            cells.append(f"{ok:>5d}/{n:<6d}")
        print(f"{cls:18s} " + " ".join(f"{c:>12s}" for c in cells))
    if args.failures:
        print("dev failures:")
        print("\n".join(failures) or "  none")


if __name__ == "__main__":
    main()
