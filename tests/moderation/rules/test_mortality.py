"""The illness-reason gate: legacy work and death anxiety are no warning sign; the rest stands."""

from __future__ import annotations

import pytest

from moderation.normalize import normalize
from moderation.rules.crisis import detect_crisis


def top(text: str) -> float:
    return max((s.score for s in detect_crisis(normalize(text))), default=0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Wrote goodbye letters to both kids before my surgery, just in case.",
        "since the diagnosis I keep thinking about death and who will raise them",
        "I'm recording videos for when I'm gone, the oncologist says months not years.",
    ],
)
def test_illness_named_as_the_reason_is_a_mention(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Wrote goodbye letters to both kids. I'm going to end it tonight.",
        "I keep thinking about death, I want to die.",
        "wrote my goodbye letters and I have the pills ready",
        "I keep thinking about ending it since his diagnosis.",
    ],
)
def test_another_sign_or_a_thought_of_suicide_still_raises(text: str) -> None:
    assert top(text) >= 0.5


def test_without_the_illness_a_goodbye_letter_raises() -> None:
    assert top("Wrote goodbye letters to both kids last night.") >= 0.5


def test_words_of_ending_ones_life_keep_the_illness_the_setting() -> None:
    from moderation.rules.mortality import illness_reason

    assert illness_reason("since the diagnosis i keep thinking about death")
    assert not illness_reason("been thinking about killing myself since the relapse")
    assert not illness_reason("after the last chemo i'm going to end it")


def test_a_burden_told_as_the_tasks_others_do_is_a_mention() -> None:
    assert top("I feel like a burden on my husband, he does all the school runs and cooking.") < 0.5
    assert top("I feel like a burden on my family.") >= 0.5
    assert top("I'm a burden, they do everything for me, they'd be better off without me.") >= 0.5


def test_one_weak_word_twice_is_not_several_signs() -> None:
    assert top("Finished radiation! I'm exhausted but I'm DONE.") < 0.5
