"""Pass rates of the crisis paraphrase sets through the whole pipeline, by-meaning off and on.

    python scripts/moderation_crisis_paraphrases.py [--failures]

Sets: ``crisis_meaning.DEV`` / ``HELD_BACK``, the crisis rows of ``fresh.FRESH`` and
``crisis_heldback2.HELD_BACK2``, ``crisis_heldback3.HELD_BACK3``,
``crisis_heldback4.HELD_BACK4``, ``crisis_indirect.DEV`` / ``HELD_BACK``,
``crisis_final.HELD_BACK``, ``crisis_final2.HELD_BACK``, ``crisis_final3.HELD_BACK``,
``crisis_means.HELD_BACK``, ``crisis_final4.HELD_BACK`` (written blind to the detector),
``crisis_final5.HELD_BACK`` (written blind 2026-12-07),
``crisis_final6.DEV`` / ``HELD_BACK`` (written blind 2026-12-07, third session, after the
readings of that day were written), ``crisis_final7.DEV`` / ``HELD_BACK`` (written blind the
same day, after all of them),
``crisis_dev5.DEV``, ``crisis_dev6.DEV`` and ``crisis_dev7.DEV`` (written blind, read by the
engineer), and the
death talk that is no crisis of ``illness_mortality`` (``DEV``, ``HELD_BACK``,
``LONG_POSTS``). Pipelines: the rule floor alone, the default pipeline with
``crisis_by_meaning`` off, and with it on.
``--failures`` lists failing cases of every set but the held-back ones (``HIDDEN``): they are
never tuned on, so their failures are counted per function, not shown.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderation import Assessor, ModerationSettings
from tests.moderation.functional.crisis_dev5 import DEV as DEV5
from tests.moderation.functional.crisis_dev6 import DEV as DEV6
from tests.moderation.functional.crisis_dev7 import DEV as DEV7
from tests.moderation.functional.crisis_final import HELD_BACK as FINAL_HELD_BACK
from tests.moderation.functional.crisis_final2 import HELD_BACK as FINAL2_HELD_BACK
from tests.moderation.functional.crisis_final3 import HELD_BACK as FINAL3_HELD_BACK
from tests.moderation.functional.crisis_final4 import HELD_BACK as FINAL4_HELD_BACK
from tests.moderation.functional.crisis_final5 import HELD_BACK as FINAL5_HELD_BACK
from tests.moderation.functional.crisis_final6 import DEV as FINAL6_DEV
from tests.moderation.functional.crisis_final6 import HELD_BACK as FINAL6_HELD_BACK
from tests.moderation.functional.crisis_final7 import DEV as FINAL7_DEV
from tests.moderation.functional.crisis_final7 import HELD_BACK as FINAL7_HELD_BACK
from tests.moderation.functional.crisis_heldback2 import HELD_BACK2
from tests.moderation.functional.crisis_heldback3 import HELD_BACK3
from tests.moderation.functional.crisis_heldback4 import HELD_BACK4
from tests.moderation.functional.crisis_indirect import DEV as INDIRECT_DEV
from tests.moderation.functional.crisis_indirect import HELD_BACK as INDIRECT_HELD_BACK
from tests.moderation.functional.crisis_meaning import DEV, HELD_BACK
from tests.moderation.functional.crisis_means import HELD_BACK as MEANS_HELD_BACK
from tests.moderation.functional.fresh import FRESH
from tests.moderation.functional.illness_mortality import DEV as MORTALITY_DEV
from tests.moderation.functional.illness_mortality import DEV_LONG as MORTALITY_DEV_LONG
from tests.moderation.functional.illness_mortality import HELD_BACK as MORTALITY_HELD_BACK
from tests.moderation.functional.illness_mortality import LONG_POSTS as MORTALITY_LONG
from tests.moderation.functional.illness_mortality import PATIENT_DEV, PATIENT_HELD_BACK
from tests.moderation.functional.support import Case, passes

_CRISIS_FUNCTIONS = {"negated_safe", "illness_talk", "support_other"}
SETS: dict[str, list[Case]] = {
    "meaning-dev": DEV,
    "meaning-heldback": HELD_BACK,
    "fresh-crisis": [c for c in FRESH if c.expect == "crisis" or c.function in _CRISIS_FUNCTIONS],
    "heldback2": HELD_BACK2,
    "heldback3": HELD_BACK3,
    "heldback4": HELD_BACK4,
    "indirect-dev": INDIRECT_DEV,
    "indirect-held": INDIRECT_HELD_BACK,
    "final-held": FINAL_HELD_BACK,
    "final2-held": FINAL2_HELD_BACK,
    "final3-held": FINAL3_HELD_BACK,
    "final4-held": FINAL4_HELD_BACK,
    "means-held": MEANS_HELD_BACK,
    "mortality-dev": MORTALITY_DEV + MORTALITY_DEV_LONG,
    "mortality-held": MORTALITY_HELD_BACK,
    "mortality-long": MORTALITY_LONG,
    "patient-dev": PATIENT_DEV,
    "patient-held": PATIENT_HELD_BACK,
    "dev5": DEV5,
    "dev6": DEV6,
    "dev7": DEV7,
    "final5-held": FINAL5_HELD_BACK,
    "final6-dev": FINAL6_DEV,
    "final6-held": FINAL6_HELD_BACK,
    "final7-dev": FINAL7_DEV,
    "final7-held": FINAL7_HELD_BACK,
}
HIDDEN = frozenset(
    {
        "heldback2",
        "heldback3",
        "heldback4",
        "indirect-held",
        "final-held",
        "final2-held",
        "final3-held",
        "final4-held",
        "final5-held",
        "final6-held",
        "final7-held",
        "means-held",
        "mortality-held",
        "mortality-long",
        "patient-held",
    }
)
PIPELINES = {
    "rules": ModerationSettings(backends=["rules"]),
    "meaning-off": ModerationSettings(crisis_by_meaning=False),
    "meaning-on": ModerationSettings(crisis_by_meaning=True),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list failing cases (not HIDDEN)")
    parser.add_argument("--functions", action="store_true", help="per-function pass counts")
    args = parser.parse_args()
    assessors = {name: Assessor(s) for name, s in PIPELINES.items()}
    print(f"{'set':18s} {'part':8s} {'n':>3s} " + " ".join(f"{p:>12s}" for p in PIPELINES))
    failures: list[str] = []
    per_function: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for set_name, table in SETS.items():
        results = {p: a.assess_many([c.text for c in table]) for p, a in assessors.items()}
        for part, keep in (("crisis", True), ("quiet", False)):
            idx = [i for i, c in enumerate(table) if bool(c.expect) == keep]
            cells = []
            for p in PIPELINES:
                ok = sum(passes(table[i], results[p][i].raised) for i in idx)
                cells.append(f"{ok:>5d}/{len(idx):<6d}")
            print(f"{set_name:18s} {part:8s} {len(idx):3d} " + " ".join(f"{c:>12s}" for c in cells))
        for i, case in enumerate(table):
            row = per_function[(set_name, case.function)]
            row["n"] += 1
            for p in PIPELINES:
                ok = passes(case, results[p][i].raised)
                row[p] += ok
                if not ok and set_name not in HIDDEN:
                    failures.append(f"[{p}] {set_name}/{case.function}: {case.text!r}")
    if args.functions:
        for (set_name, function), row in per_function.items():
            counts = " ".join(f"{row[p]:>3d}/{row['n']}" for p in PIPELINES)
            print(f"  {set_name:18s} {function:24s} {counts}")
    if args.failures:
        print("failures:")
        print("\n".join(f"  {f}" for f in failures) or "  none")


if __name__ == "__main__":
    main()
