"""Abuse in a support group by function (``abuse_sets.DEV``): the full pipeline's rates must
not fall below what was measured when the set arrived (2026-12-05: 66 of 110 abusive
messages raised, 64 of 70 look-alikes quiet). The set shows what the pipeline misses (threats
told as consequences, faking accusations, implicit contempt): it is a measure, and its
misses are open work, not asserted one by one. ``HELD_BACK`` is only counted."""

from __future__ import annotations

from .abuse_sets import DEV
from .support import pipeline

ABUSE_CAUGHT_MIN = 66
QUIET_MIN = 64


def test_abuse_rates_hold() -> None:
    verdicts = pipeline("full").assess_many([c.text for c in DEV])
    caught = sum(c.expect in a.raised for c, a in zip(DEV, verdicts, strict=True) if c.expect)
    quiet = sum(a.raised == () for c, a in zip(DEV, verdicts, strict=True) if not c.expect)
    assert caught >= ABUSE_CAUGHT_MIN, caught
    assert quiet >= QUIET_MIN, quiet


def test_a_threat_after_say_one_more_word_is_not_reported_speech() -> None:
    a = pipeline("rules").assess("say one more word to me and ur gonna regret it")
    assert "abuse" in a.raised
