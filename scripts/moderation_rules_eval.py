"""Rules-only figures per source, and which rule raised each false alarm on benign sources.

    python scripts/moderation_rules_eval.py /work/shared/eval [--sources a,b] [--examples N]

Runs the rule floor alone (``backends = ["rules"]``, no model) over the labeled JSONL files:
recall per positive source/label, false-positive rate per benign source/label, then for the
benign rows that raised something, the count per rule (category, signal and the rule's
detail, which names its taxonomy item), with up to N example texts for the top rules
(``--examples``; prints message text: content warning). Rules are not trained, so these are
in-sample figures for hand-written rules. Reads the data by path; copies nothing.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderation import Assessor, ModerationSettings
from moderation.evaluation import NEGATIVE, TARGET, load_rows

_LOWERED = re.compile(r"\s*\((?:score|negated|support|not about|quoted|asked|the author)[^)]*\)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sources", default="", help="comma-separated source names (default all)")
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args()
    wanted = {s for s in args.sources.split(",") if s}
    rows = [r for r in load_rows(args.data) if not wanted or r["source"] in wanted]
    assessor = Assessor(ModerationSettings(backends=["rules"]))
    per: dict[tuple[str, str], Counter] = defaultdict(Counter)
    rules: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(rows), 512):
        batch = rows[start : start + 512]
        for row, a in zip(batch, assessor.assess_many([r["text"] for r in batch]), strict=True):
            c = per[(row["source"], row["label"])]
            c["n"] += 1
            target = TARGET.get(row["label"])
            c["hit"] += (target in a.raised) if target else bool(a.raised)
            if row["label"] in NEGATIVE and a.raised:
                for r in a.reasons:
                    if r.category in a.raised:
                        key = f"{r.category}/{r.signal}: {_LOWERED.sub('', r.detail)}"
                        rules[row["source"]][key] += 1
                        examples[key].append(row["text"][:160])
    print(f"{'source':26s} {'label':10s} {'n':>6s}  metric   value")
    for (source, label), c in sorted(per.items()):
        metric = "recall" if label in TARGET else ("fp_rate" if label in NEGATIVE else "flagged")
        print(f"{source:26s} {label:10s} {c['n']:6d}  {metric:7s} {c['hit'] / c['n']:7.2%}")
    print("\nRules behind false alarms on benign rows (per source):")
    for source, counter in sorted(rules.items()):
        print(f"  {source}")
        for key, n in counter.most_common(8):
            print(f"    {n:5d}  {key}")
            for text in examples[key][: args.examples]:
                print(f"             | {text!r}")


if __name__ == "__main__":
    main()
