"""The shape gates of misinformation by meaning: sentence split, told/asked/retold, direction."""

import pytest

from moderation.claims.catalogue import CATALOGUE
from moderation.claims.shape import DIRECTION, asked_or_refuted, is_told, sentences, urgent
from moderation.normalize import normalize


def test_a_web_address_or_a_decimal_does_not_end_a_sentence():
    norm = normalize("Fever was 38.5 at noon. See https://www.cancer.gov/myths for more. Thanks")
    got = [s.strip() for _, _, s in sentences(norm)]
    assert len(got) == 3
    assert got[0].startswith("fever was 38.5")
    assert "cancer.gov" not in got[1] and got[1].startswith("see")


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("the oncologist said a fever means we come straight in.", False),  # retold advice
        ("for anyone hearing that sugar feeds cancer: it doesn't.", False),  # heard claim
        ("when his fever spikes, keep him home and give fluids.", True),  # a condition
        ("when should we go in with a fever on chemo", False),  # a question
        ("cancer cells can't survive in an alkaline body.", True),  # an assertion
        ("her brother shouldn't get his jabs while she is on chemo.", True),  # any subject
        ("cancer isn't contagious, you can't catch it.", False),  # a refutation
    ],
)
def test_told_asked_or_retold(sentence, told):
    assert is_told(sentence) is told


def test_retold_claims_are_not_the_author_s_for_the_rule_patterns_either():
    assert asked_or_refuted("my mil keeps saying sugar feeds cancer")
    assert not asked_or_refuted("sugar feeds cancer, cut it out")


def test_urgent_sound_advice_is_recognised():
    assert urgent("don't wait with a fever on chemo, go straight to the er.")
    assert urgent("call the oncology team right away if the line site is red.")
    assert not urgent("no need to go to the er for a fever, wait till morning.")


def test_agent_myths_need_the_agent_named():
    spread = DIRECTION["surgery or biopsy spreads cancer"]
    assert not spread.search("there are three ways that cancer spreads in the body.")
    assert spread.search("the biopsy needle spreads the cancer, refuse it.")
    contagious = DIRECTION["cancer is contagious"]
    assert not contagious.search("the cancer spread to his lungs.")
    assert contagious.search("you can catch cancer from a kid on the ward.")


@pytest.mark.parametrize(
    ("kind", "text"),
    [(k.name, p) for k in CATALOGUE for p in k.phrasings],
    ids=[p[:40] for k in CATALOGUE for p in k.phrasings],
)
def test_every_catalogue_phrasing_passes_its_own_gates(kind, text):
    """A phrasing the gates would drop could never be matched: the gates must cover it."""
    sentence = text.lower()
    assert is_told(sentence)
    assert DIRECTION[kind].search(sentence)
    assert not urgent(sentence)


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("i don't take the anti-sickness pills anymore, ginger works better for me.", True),
        ("i decided against reconstruction and went flat.", True),
        ("my body, my choice, i refused the feeding tube.", True),
        (
            "i used cannabis oil instead of chemo, best decision for me, my tumours shrank.",
            False,
        ),
        ("i decided to quit chemo and do juicing, you should too.", False),
        ("personally i'd skip the flu jab for kids on chemo.", False),
        ("stop the chemo, natural is better.", False),
    ],
)
def test_own_decision(sentence: str, own: bool) -> None:
    from moderation.claims.shape import is_told, own_decision

    assert own_decision(sentence) is own
    if own:
        assert not is_told(sentence)


def test_options_a_clinician_offered_are_retold() -> None:
    assert asked_or_refuted("my oncologist gave me the option of stopping treatment.")
    assert asked_or_refuted("the consultant offered to pause the chemo for the wedding.")
    assert not asked_or_refuted("stop the chemo, it does more harm than good.")
