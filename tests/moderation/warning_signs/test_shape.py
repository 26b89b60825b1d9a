"""Which sentences the warning-sign stage embeds."""

from __future__ import annotations

import pytest

from moderation.warning_signs.shape import candidate


@pytest.mark.parametrize(
    "sentence",
    [
        "stopping chemo early for a natural cure is how people die.",
        "skipping the er with a fever can kill a kid on chemo",
        "i could kill for one full night of sleep.",
        "id honestly kill for a coffee right now",
    ],
)
def test_generic_claims_and_idioms_are_not_embedded(sentence: str) -> None:
    assert not candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "standing by the tracks again",
        "bought a rope today",
        "sitting on the bridge is all i can do tonight",
        "i want to kill myself",
        "been havin dark thoughts since the relapse ngl",
        "feel so trapped, only way out is 2 end it",
        "cut again in the hospital bathroom",
        "thoughts of ending it again tonight",
        "no way out of this except ending it",
        "what's the point of living now",
        "ds (12) keeps sayin he wants 2 die",
    ],
)
def test_chat_about_the_author_is_embedded(sentence: str) -> None:
    assert candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "the kids would be better off without me for a night",
        "i just want to disappear for a week and sleep",
        "wish i could run away for an afternoon",
    ],
)
def test_a_bounded_absence_is_a_break(sentence: str) -> None:
    assert not candidate(sentence)


def test_an_unbounded_absence_is_embedded() -> None:
    assert candidate("the kids would be better off without me")


@pytest.mark.parametrize(
    ("sentence", "another"),
    [
        ("my boy said he'd rather die than have more chemo.", True),
        ("she keeps saying she wants to die.", True),
        ("my 12 year old has been cutting.", True),
        ("day 3 after chemo is always the worst, i can't keep anything down.", False),
        ("i'd rather die than have more chemo.", False),
    ],
)
def test_names_another(sentence: str, another: bool) -> None:
    from moderation.warning_signs.shape import names_another

    assert names_another(sentence) is another


@pytest.mark.parametrize(
    "sentence",
    [
        "she told the nurse she wants to die and showed her the cuts",
        "he's been hiding razor blades in his pencil case",
        "and she says she'd rather not wake up",
    ],
)
def test_a_child_told_of_as_he_or_she_is_embedded(sentence: str) -> None:
    # In a parents' group a sentence whose subject is "he" or "she" is a parent's report.
    assert candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "she said she was never going to hurt herself, she is safe",  # a safety statement
        "the nurse said the chemo is killing his blasts",  # the illness dying
        "if she ever feels like a burden, call 988",  # support for someone else
    ],
)
def test_the_quiet_gates_still_apply_to_he_or_she(sentence: str) -> None:
    assert not candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "is it normal to lie awake on the ward hoping you just won't wake up?",
        "does anyone else get thoughts about ending their life during the long nights?",
        "anyone else imagine stepping in front of a train on the way to clinic?",
        "am i the only one who has thought about driving off the road?",
    ],
)
def test_a_disclosure_asked_as_a_question_to_the_group_is_embedded(sentence: str) -> None:
    """The generic "you" and "they" of "is it normal ...?" and "does anyone else ...?" are the
    author: a hedged question is a common way to tell the group of a warning sign."""
    assert candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "is it normal for the port site to be this red?",
        "does anyone else get nauseous on day 3 after chemo?",
        "anyone else not sleeping, the pump beeped all night",
    ],
)
def test_a_question_to_the_group_is_embedded_and_left_to_the_head(sentence: str) -> None:
    """The gate lets the question through; whether it is a sign is the classifier's call."""
    assert candidate(sentence)
