"""A sentence near the warning-sign classifier's line raises only with a weak rule sign, or
with the whole-text model's crisis reading (a short message's box, or a long one's)."""

from __future__ import annotations

import pytest

from moderation.normalize import normalize
from moderation.rules.base import Signal
from moderation.warning_signs.corroborate import (
    AGREE_FROM,
    CHOSEN_FOR,
    COMBINED,
    LONG_AGREE_FROM,
    LONG_MODEL_AGREES,
    MODEL_AGREES,
    NEAR,
    SHORT_UPTO,
    agreement_box,
    corroborated,
    near_line,
    weak_rule_signs,
)


def near(score: float = 0.68) -> Signal:
    return Signal("crisis", 0.3, NEAR, 0, 10, f"(score {score:.2f}; being a burden)", score)


def weak(signal: str = "withdrawal", detail: str = "withdrawing from people [988/AFSP]") -> Signal:
    return Signal("crisis", 0.45, signal, 12, 20, detail)


def test_a_near_sentence_and_a_weak_sign_raise_together() -> None:
    found = corroborated([near(0.66), near(0.70), weak()], "i cut everyone off. bye.")
    assert found is not None and found.signal == COMBINED and found.score >= 0.5
    assert "0.70" in found.detail


def test_either_alone_raises_nothing() -> None:
    assert corroborated([near()], "x") is None
    assert corroborated([weak()], "x") is None


def test_a_negated_sign_a_safety_statement_or_a_raise_already_there_do_not() -> None:
    negated = weak(detail="withdrawing from people (negated)")
    assert corroborated([near(), negated], "x") is None
    safe = Signal("crisis", 0.0, "safe", 0, 5, "says they are safe")
    assert corroborated([near(), weak(), safe], "x") is None
    over = Signal("crisis", 0.9, "ideation", 0, 5, "wish to die")
    assert corroborated([near(), weak(), over], "x") is None


def test_distress_about_cancer_corroborates_nothing() -> None:
    distress = weak("distress", "distress, not ideation")
    assert weak_rule_signs([distress], "chemo round 5 and i'm done") == []
    assert weak_rule_signs([distress], "everyone is against me and i'm done") == [distress]
    farewell = weak("goodbye", "a farewell to the group [988/AFSP: saying goodbye]")
    assert weak_rule_signs([farewell], "chemo's done. goodbye all") == [farewell]


def test_the_near_line_is_the_lowest_within_budget() -> None:
    scores = [0.72, 0.70, 0.65, 0.60, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1]
    weak_rows = [True, False, True, True, True, False, False, False, False, False]
    # budget 10%: one weak row of ten between the line and 0.73
    assert near_line(scores, weak_rows, 0.73, 0.1) == 0.66
    assert near_line(scores, weak_rows, 0.73, 0.0) == 0.73
    assert near_line(scores, [False] * 10, 0.73, 0.0) == 0.43


def test_the_whole_text_reading_vouches_for_a_near_sentence_in_a_short_message() -> None:
    short = "left the kids' things with my sister. easier that way."
    found = corroborated([near(AGREE_FROM)], short, MODEL_AGREES)
    assert found is not None and found.signal == COMBINED and "whole-text model" in found.detail
    assert corroborated([near(AGREE_FROM)], short, MODEL_AGREES - 0.01) is None
    assert corroborated([], short, 0.9) is None  # the model alone is its own gate's business


def test_the_whole_text_reading_vouches_only_from_its_own_line() -> None:
    short = "left the kids' things with my sister. easier that way."
    assert corroborated([near(AGREE_FROM - 0.005)], short, 0.9) is None
    # a weak rule sign still corroborates the whole band from the near line
    assert corroborated([near(AGREE_FROM - 0.005), weak()], short, 0.0) is not None


def test_the_box_was_chosen_for_the_shipped_head() -> None:
    """A retrained warning-sign head moves its lines; the box must then be chosen again
    (``python -m moderation.training.agreement``), as it was not on 2026-12-06."""
    from moderation.warning_signs.head import load_head

    loaded = load_head()
    assert loaded is not None
    head, figures = loaded
    assert (round(head.threshold, 3), round(float(figures["near_line"]), 3)) == CHOSEN_FOR
    assert CHOSEN_FOR[1] <= AGREE_FROM < CHOSEN_FOR[0]
    assert CHOSEN_FOR[1] <= LONG_AGREE_FROM < CHOSEN_FOR[0]


def test_in_a_long_post_the_whole_text_reading_vouches_from_the_long_box() -> None:
    long = " ".join(f"sentence {k} of a long post." for k in range(SHORT_UPTO + 1))
    assert agreement_box(SHORT_UPTO) == (AGREE_FROM, MODEL_AGREES)
    assert agreement_box(SHORT_UPTO + 1) == (LONG_AGREE_FROM, LONG_MODEL_AGREES)
    found = corroborated([near(LONG_AGREE_FROM)], long, LONG_MODEL_AGREES)
    assert found is not None and "of a long message" in found.detail
    assert corroborated([near(LONG_AGREE_FROM)], long, LONG_MODEL_AGREES - 0.01) is None
    assert corroborated([near(LONG_AGREE_FROM - 0.005)], long, 0.9) is None


@pytest.mark.parametrize(
    "text",
    [
        "Round four of chemo starts Monday. The ward moved his bed by the window. His counts "
        "are up. The nurses are lovely. I'm so tired of all of it.",
        "Two years since we lost our daughter. The house is quiet. I still set four plates. "
        "Her brother asks about her. Some days I just stay in bed.",
    ],
)
def test_the_long_box_does_not_vouch_in_a_post_about_cancer_or_a_death(text: str) -> None:
    """The community's long posts: the whole-text model reads illness and grief as crisis
    (``corroborate.long_register``); a weak rule sign still corroborates there."""
    assert corroborated([near(0.72)], text, 0.9) is None
    assert corroborated([near(0.72), weak()], text, 0.0) is not None


def test_the_whole_text_reading_does_not_vouch_past_a_safety_statement() -> None:
    safe = Signal("crisis", 0.0, "safe", 0, 5, "says they are safe")
    assert corroborated([near(0.70), safe], "i'm safe. bye.", 0.9) is None
    over = Signal("crisis", 0.9, "ideation", 0, 5, "wish to die")
    assert corroborated([near(0.70), over], "bye.", 0.9) is None


@pytest.mark.parametrize(
    "text",
    [
        "Honestly I'd be relieved to just not exist anymore.",
        "at the cliffs again. tide comin in. cant make myself go back to the car",
    ],
)
def test_a_short_sign_raises_when_both_readings_agree(assessor, text) -> None:
    result = assessor.assess(text)
    assert "crisis" in result.raised
    assert any("whole-text model" in r.detail for r in result.reasons if r.signal == COMBINED)


@pytest.mark.parametrize(
    "text",
    [
        "I can't keep doing this. Sorry for everything.",
        "Wrote to my brother to say sorry for everything. Feels like closure.",
    ],
)
def test_a_short_apology_under_the_box_is_a_known_miss(assessor, text) -> None:
    """Raised by the box chosen for the head before its retrain (from the near line, model
    0.40), which raised 33 benign rows out of fold against a budget of 19; their sentences
    score 0.70, under the box chosen again (``AGREE_FROM``). Listed so a fix is noticed."""
    assert "crisis" not in assessor.assess(text).raised


@pytest.mark.parametrize(
    "text",
    [
        "I can't keep doing this. Sorry for everything. I'm safe though, "
        "I'm not going to do anything.",
        "Round four starts Monday. The ward moved his bed by the window. His counts are up. "
        "The nurses are lovely. I can't keep doing this. Sorry for everything.",
    ],
)
def test_no_agreement_past_a_safety_statement_or_in_a_long_post(assessor, text) -> None:
    assert "crisis" not in assessor.assess(text).raised


@pytest.mark.parametrize(
    "text",
    [
        "Happy to drive you to the childrens hospital on Thursday, Im going that way anyway.",
        "I can sit with your other two on Saturday so you can be on the ward, I'm free all day.",
    ],
)
def test_the_whole_text_reading_does_not_vouch_in_an_offer_of_help(assessor, text) -> None:
    """An offer of practical help to someone (``rules.registers.helping``) is not the author's
    crisis, whatever a sentence of it ("I'm going that way anyway") scores near the line;
    a weak rule sign still corroborates there."""
    said = normalize(text).text
    assert corroborated([near(0.74)], said, 0.9) is None
    assert corroborated([near(0.74), weak()], said, 0.0) is not None
    assert "crisis" not in assessor.assess(text).raised
