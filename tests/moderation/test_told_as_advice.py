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


ADVICE = "you should stop the chemo, it's poison, we did and he's thriving"
ACCUSATION = "you gave him cancer by letting him use his phone all day"


def test_a_sentence_the_claims_stage_reads_as_advice_is_not_abuse_by_meaning() -> None:
    gated = _told_as_advice(ADVICE, [claim(0, 30)], by_meaning(0, 25))
    assert gated.score == 0.45 and "treatment advice" in gated.detail


def test_another_sentence_a_weak_claim_or_a_quiet_signal_keeps_its_score() -> None:
    assert _told_as_advice(ADVICE, [claim(40, 60)], by_meaning(0, 25)).score == 0.62
    assert _told_as_advice(ADVICE, [claim(0, 30, 0.4)], by_meaning(0, 25)).score == 0.62
    quiet = Signal("abuse", 0.3, SIGNAL, 0, 25, "below the line")
    assert _told_as_advice(ADVICE, [claim(0, 30)], quiet) is quiet


def test_an_accusation_with_a_false_claim_gives_no_advice_and_stays_abuse() -> None:
    assert _told_as_advice(ACCUSATION, [claim(0, 40)], by_meaning(0, 40)).score == 0.62


@pytest.mark.parametrize(
    "text",
    [
        "you gave him cancer by letting him use his phone all day",
    ],
)
def test_blame_for_the_illness_is_still_abuse(assessor, text) -> None:
    assert "abuse" in assessor.assess(text).raised


@pytest.mark.parametrize(
    "text",
    [
        "honestly you should stop the chemo, it's poison, we did and he's thriving",
        "you should stop giving him chemo, it's poison. we did and he's thriving",
        "Honestly, if I were you I'd stop the chemo. It's poison and it's destroying her little "
        "body faster than the cancer ever could.",
    ],
)
def test_stop_treatment_advice_raises_misinformation_only(assessor, text) -> None:
    result = assessor.assess(text)
    assert "misinformation" in result.raised
    assert "abuse" not in result.raised


def test_advice_with_an_insult_is_still_abuse(assessor) -> None:
    result = assessor.assess("you should stop the chemo, it's poison, you stupid cow")
    assert {"abuse", "misinformation"} <= set(result.raised)
