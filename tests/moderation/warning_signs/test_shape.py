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
