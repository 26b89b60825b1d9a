"""Which stage raises crisis on benign health and support texts, and what the readings remove.

    nice python scripts/moderation_benign_classes.py ../shared/eval [--max-rows 3000]

For the benign rows (label ``ok``) of CounselChat, MedQuAD, GoEmotions (sad) and ESConv,
prints per source: rows, rows raising crisis, those rows by stage (the signal of their
strongest crisis reason: a rule name, ``warning sign`` for the by-meaning stage,
``model:minilm`` for the whole-text model), and how many by-meaning sentence signals each
counselling reading (``moderation.rules.counselling``) removed. Counts only, never texts.
Shipped heads, so rows they were trained on score in-sample; ``hearthbot moderation eval
--oof`` gives the out-of-fold figures.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderation import Assessor
from moderation.normalize import normalize
from moderation.rules.base import sentence_at
from moderation.rules.counselling import reading

SOURCES = ("counselchat", "medquad", "goemotions_sad", "esconv")


def ok_texts(path: Path, max_rows: int) -> list[str]:
    rows = [r for r in map(json.loads, path.open(encoding="utf-8")) if r["label"] == "ok"]
    if len(rows) > max_rows:
        rows = random.Random(0).sample(rows, max_rows)
    return [r["text"] for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", type=Path)
    parser.add_argument("--max-rows", type=int, default=3000)
    args = parser.parse_args()
    assessor = Assessor()
    matcher = assessor._warning_signs  # the by-meaning stage, before the readings
    for source in SOURCES:
        texts = ok_texts(args.eval_dir / f"{source}.jsonl", args.max_rows)
        stages: Counter[str] = Counter()
        raised = 0
        for a in assessor.assess_many(texts):
            if "crisis" in a.raised:
                raised += 1
                top = [r for r in a.reasons if r.category == "crisis"]
                stages[top[0].signal if top else "?"] += 1
        readings: Counter[str] = Counter()
        if matcher is not None:
            norms = [normalize(t) for t in texts]
            for norm, signals in zip(norms, matcher.signals(norms), strict=True):
                for s in signals:
                    readings[reading(sentence_at(norm.text, s.start), norm.text) or "kept"] += 1
        print(f"{source}: {len(texts)} rows, crisis raised {raised} ({raised / len(texts):.2%})")
        print(f"  by stage: {dict(stages.most_common()) or 'none'}")
        print(f"  by-meaning signals: {dict(readings.most_common()) or 'none'}")


if __name__ == "__main__":
    main()
