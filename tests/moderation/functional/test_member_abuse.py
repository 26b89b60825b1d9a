"""Abuse aimed at a member (``member_abuse``): floors on its DEV part, look-alikes kept quiet.

Measured when the by-meaning stage was added (``scripts/moderation_functional.py
--hatecheck``): DEV accuracy rules 0.721, full 0.894 (0.731 with ``abuse_by_meaning`` off);
the floors sit a little under. HELD_BACK is reported by the script, never asserted or tuned on.
"""

from __future__ import annotations

from .hate_functional import HATEFUL, NOT_HATEFUL
from .member_abuse import DEV, HELD_BACK
from .support import pipeline

FLOOR_FULL = 0.85
# A hidden kind message costs more than a missed taunt: at most 2 of DEV's 56 look-alikes.
LOOK_ALIKES_RAISED_MAX = 2


def test_dev_accuracy_floor_and_look_alikes() -> None:
    verdicts = pipeline("full").assess_many([c.text for c in DEV])
    ok = [c.passes(a.raised) for c, a in zip(DEV, verdicts, strict=True)]
    failed = [c.text for c, good in zip(DEV, ok, strict=True) if not good]
    assert sum(ok) / len(ok) >= FLOOR_FULL, failed
    raised = [c.text for c, good in zip(DEV, ok, strict=True) if not good and c.label != HATEFUL]
    assert len(raised) <= LOOK_ALIKES_RAISED_MAX, raised


def test_stage_adds_recall_over_the_rest_of_the_pipeline() -> None:
    """The by-meaning stage is what carries this suite: off, most abuse at a member passes."""
    hateful = [c.text for c in DEV if c.label == HATEFUL]
    on = pipeline("full").assess_many(hateful)
    off = pipeline("full", abuse_by_meaning=False).assess_many(hateful)
    caught_on = sum("abuse" in a.raised for a in on)
    caught_off = sum("abuse" in a.raised for a in off)
    assert caught_on >= caught_off + len(hateful) // 4


def test_suite_is_disjoint_and_covers_both_sides() -> None:
    assert {c.functionality for c in HELD_BACK} == {c.functionality for c in DEV}
    assert not {c.text for c in DEV} & {c.text for c in HELD_BACK}
    assert {c.label for c in DEV} == {HATEFUL, NOT_HATEFUL}
