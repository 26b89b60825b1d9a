"""Raised rate on patient-voice posts and consumer health questions, per topic and per stage.

    python scripts/moderation_patient_voice.py [--failures] [--meaning-off]

Sets: ``patient_voice.DEV`` + ``DEV_LONG``, ``patient_posts.DEV``, ``DEV_PATIENTS``,
``DEV_END_OF_LIFE`` and ``patient_forum.DEV`` (tuned on: per-topic rates, the stage that
raised each flag, and with ``--failures`` the texts and reasons), ``patient_posts.HELD_BACK``
and ``patient_forum.HELD_BACK`` (never tuned on: per-topic counts and stages, never texts) and
``patient_voice.HELD_BACK`` + ``LONG_POSTS`` (never tuned on: totals only).
``CRISIS_DEV`` / ``CRISIS_HELD_BACK`` must raise crisis; their misses are counted (dev ones
listed with ``--failures``).

A *stage* is the signal of the highest-scoring reason of each raised category, e.g.
``crisis/warning_sign:<sign>`` (by meaning), ``crisis/model:minilm`` or a rule name.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderation import Assessor, ModerationSettings
from moderation.types import Assessment
from tests.moderation.functional.patient_forum import DEV as FORUM_DEV
from tests.moderation.functional.patient_forum import HELD_BACK as FORUM_HELD_BACK
from tests.moderation.functional.patient_posts import DEV as POSTS_DEV
from tests.moderation.functional.patient_posts import DEV_END_OF_LIFE as POSTS_DEV_END_OF_LIFE
from tests.moderation.functional.patient_posts import DEV_PATIENTS as POSTS_DEV_PATIENTS
from tests.moderation.functional.patient_posts import HELD_BACK as POSTS_HELD_BACK
from tests.moderation.functional.patient_voice import (
    CRISIS_DEV,
    CRISIS_HELD_BACK,
    DEV,
    DEV_LONG,
    HELD_BACK,
    LONG_POSTS,
)
from tests.moderation.functional.support import Case, passes


def stages(a: Assessment) -> list[str]:
    """One label per raised category: ``category/signal`` of its strongest reason."""
    out = []
    for category in a.raised:
        reasons = [r for r in a.reasons if r.category == category]
        out.append(f"{category}/{reasons[0].signal}" if reasons else f"{category}/?")
    return out


def _stage_key(stage: str) -> str:
    """Group warning signs by kind, not by the individual sign."""
    return stage.split(":")[0] + (":*" if ":" in stage and "warning" in stage else "")


def _report(assessor: Assessor, name: str, cases: list[Case], texts: bool) -> list[str]:
    """Print the raised rate of ``cases`` per topic and per stage; return the false alarms,
    text and reasons, when ``texts`` (never for a held-back set)."""
    results = assessor.assess_many([c.text for c in cases])
    by_topic: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_stage: Counter[str] = Counter()
    failures: list[str] = []
    for case, a in zip(cases, results, strict=True):
        by_topic[case.function][1] += 1
        if a.raised:
            by_topic[case.function][0] += 1
            by_stage.update(_stage_key(s) for s in stages(a))
            reasons = "; ".join(
                f"{r.category}/{r.signal}: {r.quote!r} {r.detail}" for r in a.reasons
            )
            failures.append(f"  [{case.function}] {case.text[:100]!r}\n      -> {reasons}")
    raised = sum(r for r, _ in by_topic.values())
    print(f"{name} raised {raised}/{len(cases)} ({raised / len(cases):.1%})")
    for topic, (hits, n) in by_topic.items():
        print(f"  {topic:34s} {hits:>2d}/{n}")
    print(f"{name} stages:", dict(by_stage) or "none")
    return failures if texts else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list dev false alarms")
    parser.add_argument("--meaning-off", action="store_true", help="crisis_by_meaning = false")
    args = parser.parse_args()
    settings = ModerationSettings(crisis_by_meaning=False) if args.meaning_off else None
    assessor = Assessor(settings or ModerationSettings())

    failures: list[str] = []
    for name, dev in (
        ("dev", DEV + DEV_LONG),
        ("posts-dev", POSTS_DEV),
        ("posts-patients", POSTS_DEV_PATIENTS),
        ("posts-end-of-life", POSTS_DEV_END_OF_LIFE),
        ("forum-dev", FORUM_DEV),
    ):
        failures += _report(assessor, name, dev, texts=True)
    _report(assessor, "posts-held", POSTS_HELD_BACK, texts=False)
    _report(assessor, "forum-held", FORUM_HELD_BACK, texts=False)

    held = HELD_BACK + LONG_POSTS
    held_results = assessor.assess_many([c.text for c in held])
    raised_held = sum(bool(a.raised) for a in held_results)
    print(f"held-back raised {raised_held}/{len(held)} ({raised_held / len(held):.1%})")

    for name, table in (("crisis-dev", CRISIS_DEV), ("crisis-held", CRISIS_HELD_BACK)):
        results = assessor.assess_many([c.text for c in table])
        ok = [passes(c, a.raised) for c, a in zip(table, results, strict=True)]
        print(f"{name} raised crisis {sum(ok)}/{len(table)}")
        if name == "crisis-dev":
            failures += [
                f"  MISSED crisis: {c.text!r}" for c, k in zip(table, ok, strict=True) if not k
            ]
    if args.failures:
        print("dev failures:")
        print("\n".join(failures) or "  none")


if __name__ == "__main__":
    main()
