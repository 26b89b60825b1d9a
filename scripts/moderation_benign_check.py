"""Quick false-alarm check: share of benign (``ok``) rows the default pipeline raises abuse on.

    nice python scripts/moderation_benign_check.py ../shared/eval [--max-rows 4000] [--save F]

A faster stand-in for ``hearthbot moderation eval`` when only abuse false alarms on ordinary
text matter (a rule change for identity terms must not raise new ones). Large sources are
subsampled with a fixed seed so two runs compare the same rows; ``--save`` writes the ids of
raised rows, one per line, so two runs can be diffed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderation import Assessor
from moderation.settings import ModerationSettings

SOURCES = (
    "olid_train",
    "davidson",
    "toxigen",
    "conan",
    "medquad",
    "counselchat",
    "esconv",
    "goemotions_sad",
)


def ok_rows(path: Path, max_rows: int) -> list[dict[str, str]]:
    rows = [r for r in map(json.loads, path.open()) if r["label"] == "ok"]
    if len(rows) > max_rows:
        rows = random.Random(0).sample(rows, max_rows)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", type=Path)
    parser.add_argument("--max-rows", type=int, default=4000)
    parser.add_argument("--save", type=Path, help="write the ids of rows raising abuse here")
    parser.add_argument(
        "--abuse-meaning-off", action="store_true", help="abuse_by_meaning = false (before it)"
    )
    args = parser.parse_args()
    assessor = Assessor(ModerationSettings(abuse_by_meaning=not args.abuse_meaning_off))
    raised_ids: list[str] = []
    print(f"{'source':15s} {'ok rows':>7s} {'abuse':>7s} {'anything':>8s}")
    for source in SOURCES:
        rows = ok_rows(args.eval_dir / f"{source}.jsonl", args.max_rows)
        verdicts = assessor.assess_many([r["text"] for r in rows])
        abuse = [r["id"] for r, a in zip(rows, verdicts, strict=True) if "abuse" in a.raised]
        anything = sum(bool(a.raised) for a in verdicts)
        raised_ids += abuse
        n = len(rows)
        print(f"{source:15s} {n:7d} {len(abuse) / n:7.2%} {anything / n:8.2%}")
    if args.save:
        args.save.write_text("".join(f"{i}\n" for i in raised_ids))


if __name__ == "__main__":
    main()
