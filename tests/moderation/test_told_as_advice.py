"""Dangerous treatment advice told to a member is misinformation, not abuse of them."""

from __future__ import annotations

import pytest

from moderation.assessor import _told_as_advice
from moderation.member_abuse.matcher import SIGNAL
from moderation.rules.base import Signal


def by_meaning(start: int, end: int) -> Signal:
    return Signal("abuse", 0.62, SIGNAL, start, end, "abuse classifier score 0.72")


def claim(start: int, end: int, score: float = 0.86) -> Signal:
    return Signal("misinformation", score, "claim", start, end, "stop or delay treatment")


def test_a_sentence_the_claims_stage_reads_as_advice_is_not_abuse_by_meaning() -> None:
    gated = _told_as_advice([claim(0, 30)], by_meaning(0, 25))
    assert gated.score == 0.45 and "treatment advice" in gated.detail


def test_another_sentence_a_weak_claim_or_a_quiet_signal_keeps_its_score() -> None:
    assert _told_as_advice([claim(40, 60)], by_meaning(0, 25)).score == 0.62
    assert _told_as_advice([claim(0, 30, 0.4)], by_meaning(0, 25)).score == 0.62
    quiet = Signal("abuse", 0.3, SIGNAL, 0, 25, "below the line")
    assert _told_as_advice([claim(0, 30)], quiet) is quiet


@pytest.mark.parametrize(
    "text",
    [
        "honestly you should stop the chemo, it's poison, we did and he's thriving",
        "you should stop giving him chemo, it's poison. we did and he's thriving",
    ],
)
def test_stop_treatment_advice_raises_misinformation_only(assessor, text) -> None:
    result = assessor.assess(text)
    assert "misinformation" in result.raised
    assert "abuse" not in result.raised


def test_advice_with_an_insult_is_still_abuse(assessor) -> None:
    result = assessor.assess("you should stop the chemo, it's poison, you stupid cow")
    assert {"abuse", "misinformation"} <= set(result.raised)
