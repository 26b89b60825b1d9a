"""Counselling-talk readings: which sentences leave the by-meaning signs, and which never do."""

from __future__ import annotations

import pytest

from moderation.normalize import normalize
from moderation.rules.abuse import detect_abuse
from moderation.rules.base import Signal
from moderation.rules.counselling import apply_counselling_readings, reading
from moderation.rules.crisis import detect_crisis


def read(text: str) -> str:
    t = normalize(text).text
    return reading(t, t)


@pytest.mark.parametrize(
    "text",
    [
        "I keep going over it all day.",
        "That comment haunts me day and night.",
        "The idea of existing for eternity, even somewhere good, overwhelms me.",
        "I'm scared of what happens when we die.",
        "We live on forever, they said at church. Living forever scares me.",
        "Maybe if I had stayed with him that night he would still be alive.",
        "I want to give my kids a better life than I had.",
        "My boyfriend moved away. It hurts all over.",
    ],
)
def test_counselling_talk_is_read(text: str) -> None:
    assert read(text)


@pytest.mark.parametrize(
    "text",
    [
        # the thought's object is death, or the message gives "it" a death to stand for
        "I spend all day thinking about killing myself.",
        "Suicide. I think about it all day.",
        # a wish stands in the sentence or the message
        "I think about heaven a lot, I want to die and be there.",
        "Life is hell. I think about the afterlife and I'm ready to go.",
        "my son told me he wants to go to heaven so he doesnt have to feel sick",
        "Mum passed in May. I just want to be where she is.",
        "She died because of me. It should have been me.",
        "He passed last year and I want to join him.",
        "My family would have a better life without me.",
        "they'd have a better life if i wasn't around",
        "My ex left. It hurts so much I want it all to end.",
        # no class at all
        "I can't do this anymore.",
    ],
)
def test_signs_are_not_read_away(text: str) -> None:
    assert not read(text)


def test_only_by_meaning_signals_are_dropped() -> None:
    text = normalize("I keep going over it all day.").text
    by_meaning = Signal("crisis", 0.8, "warning sign", 0, len(text), "")
    rule = Signal("crisis", 0.8, "ideation", 0, len(text), "")
    assert apply_counselling_readings(text, [by_meaning, rule]) == [rule]


@pytest.mark.parametrize(
    "text",
    ["I don't deserve to be alive.", "honestly i dont deserve to live"],
)
def test_not_deserving_to_live_raises(text: str) -> None:
    assert max(s.score for s in detect_crisis(normalize(text))) >= 0.5


def test_deserving_better_is_no_sign() -> None:
    text = "I don't deserve to live like this, I deserve better."
    assert max((s.score for s in detect_crisis(normalize(text))), default=0.0) < 0.5


@pytest.mark.parametrize(
    "text,raised",
    [
        ("What is the point of life if we all just die in the end?", False),
        ("people just die sometimes, it's sad", False),
        ("just die already", True),
        ("go die in a hole", True),
    ],
)
def test_telling_someone_to_die_is_an_imperative(text: str, raised: bool) -> None:
    found = [s for s in detect_abuse(normalize(text)) if s.detail == "telling someone to die"]
    assert bool(found) == raised
