"""Safety and denial statements (C-SSRS "denies" wording): quiet only what they deny."""

from __future__ import annotations

import pytest

from moderation.normalize import normalize
from moderation.rules.safety import clause_at, clauses, denials, reason_for_living
from tests.moderation.functional.support import QUIET, Case, cases, check, param_ids, params

DENIES = [
    "i'm not going to hurt myself",
    "no thoughts of killing myself at all",
    "nowhere near hurting myself",
    "i have never once thought about ending my life",
    "i don't want to die",
    "not in any danger",
    "i'm not suicidal",
    "i won't do anything stupid",
    "far from doing anything to myself",
]

NOT_DENIALS = [
    "no one would care if i killed myself",
    "i've never wanted to die more than today",
    "i'm not sure i won't hurt myself",
    "i can't promise i won't do anything",
    "nobody would notice if i ended it",
    "there is no point in living",
]


@pytest.mark.parametrize("text", DENIES)
def test_denial_found(text: str) -> None:
    assert denials(text), text


@pytest.mark.parametrize("text", NOT_DENIALS)
def test_not_a_denial(text: str) -> None:
    assert not denials(text), text


def test_clauses_cut_at_sentence_ends_and_contrast() -> None:
    text = "i'm safe tonight. but i kept his pills, though i shouldn't"
    spans = clauses(text)
    assert [text[s:e].strip() for s, e in spans] == [
        "i'm safe tonight",
        "i kept his pills,",
        "i shouldn't",
    ]
    assert text[slice(*clause_at(spans, text.index("kept")))].strip() == "i kept his pills,"


# Written with the gate, in new words; a denial alone raises nothing through either pipeline.
QUIET_DENIALS: list[Case] = cases(
    "denial",
    QUIET,
    "Honestly I'm nowhere near hurting myself, I just had an awful day at clinic.",
    "No thoughts of ending my life, none, I'm just worn out from the night shifts on the ward.",
    "not gonna do anything to myself ok, just needed to rant",
    "I have never once thought about killing myself, even with everything going on.",
    "I'm far from doing anything stupid. It's the waiting for results that gets me.",
)

# A denial in one sentence does not hide a disclosure in another.
DISCLOSURE_KEPT: list[Case] = cases(
    "denial_then_disclosure",
    "crisis",
    "I'm not going to hurt anyone. But I wish I was dead.",
    "Not suicidal today. I have been stockpiling his old oxycodone though.",
    "no thoughts of harming myself right now. i want to die tho, most nights",
    "I'm safe at the moment. I bought a rope to end it on Friday.",
)


@pytest.mark.parametrize(("case", "mode"), params(QUIET_DENIALS), ids=param_ids(QUIET_DENIALS))
def test_denial_alone_stays_quiet(case: Case, mode: str) -> None:
    check(case, mode)


@pytest.mark.parametrize(("case", "mode"), params(DISCLOSURE_KEPT), ids=param_ids(DISCLOSURE_KEPT))
def test_disclosure_beside_a_denial_raises(case: Case, mode: str) -> None:
    check(case, mode)


def test_denial_names_itself_in_the_reasons() -> None:
    from moderation.rules.crisis import detect_crisis

    signals = detect_crisis(normalize("I'm nowhere near hurting myself, promise."))
    assert max(s.score for s in signals) < 0.5
    assert any("denies" in s.detail for s in signals), signals


@pytest.mark.parametrize(
    "sentence",
    [
        "the kids need me.",
        "my girls keep me going, even on the worst days.",
        "i've got too much to live for.",
        "i'd never leave them.",
        "i have to be here for my son.",
    ],
)
def test_a_reason_for_living_is_a_protective_factor(sentence: str) -> None:
    assert reason_for_living(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "the kids are the only reason i'm still here.",
        "honestly the only thing stopping me is that the kids still need me.",
        "without her there's nothing left that keeps me going.",
        "they used to keep me going.",
        "my kids don't need me anymore.",
    ],
)
def test_a_reason_held_against_a_wish_or_lost_is_not(sentence: str) -> None:
    assert not reason_for_living(sentence)


def test_a_protective_sentence_after_a_denial_raises_nothing(assessor) -> None:
    text = "I can't keep doing this, but don't worry, I'd never hurt myself. The kids need me."
    assert "crisis" not in assessor.assess(text).raised
