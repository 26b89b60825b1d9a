"""A past episode the author says has ended (C-SSRS lifetime, not recent) yields; anything that
brings it into the present, or a sign in another sentence, still raises."""

from __future__ import annotations

import pytest

from moderation import Assessor, ModerationSettings
from moderation.normalize import normalize
from moderation.rules.base import BY_MEANING, Signal
from moderation.rules.recovered import recovered_spans, yield_recovered

RECOVERED = [
    "I attempted suicide when I was 19. Therapy saved me and I've been well for over a decade.",
    "Years ago I was suicidal after my divorce, I got help and I'm in a really good place now.",
    "as a teen i used to cut, got help tho and havent done it since",
    "Back in college I wanted to kill myself. It got better, I promise.",
    "I had suicidal thoughts at uni, got proper help, and haven't had them since.",
    "I overdosed in 2009. Therapy and meds helped and I've been stable ever since.",
    "Ten years ago I wanted to die. Today I'm grateful I didn't, and it gets better.",
    "There was a time I wanted to die every day. A good therapist changed that.",
    "I survived an attempt in my twenties. I'm sharing because it's okay to ask for help.",
    "Years ago I stood on a bridge and thought about jumping. So glad I called the helpline.",
    "At my lowest I cut every night. I got help and I haven't done it in years.",
    # a season or last year as the distance, "n" for "and", survival said as "still here"
    "Last year I wanted to die after the relapse. I got help and I'm still here for my kids.",
    "last summer i thought about ending it. counselling n meds helped, im doing ok now",
    "Last Christmas I stood on the bridge. Therapy works, please ask for it.",
    # distance put between the author and the episode; a present told as an ordinary hard day
    "I used to think about ending it when I was younger. I'm nowhere near there now, just tired "
    "tonight.",
    "years ago i overdosed. thats not where i am now, promise. today was just a rough day",
    # "in the first year", improvement told with "now", a reason for living
    "In the first year after her diagnosis I didn't want to live. Now I've got a counsellor and "
    "it's so much better.",
    "At the start I wanted to die every day. I want to live for my boys now.",
    # the story told on in the past tense, then a concession
    "When I was 22 I was hoarding my tablets. I had a date picked. I'm not saying it's easy, but "
    "I'm genuinely okay.",
]
RETURNED = [
    "I tried to kill myself years ago and lately the thoughts are back.",
    "I attempted suicide when I was 19 and I've been thinking about it again this week.",
    "Years ago I was suicidal, I got help, but since his relapse I'm not sure I can keep going.",
    "When I was 20 I overdosed. Therapy helped me then, but now I want to die.",
    "As a teen I cut myself and got help, but since the diagnosis I have started cutting again.",
    "Years ago I overdosed, therapy helped, and today I have the pills ready.",
    "I had suicidal thoughts at uni and got help, but this week they came back.",
    "There was a time I wanted to die. Lately it's back and I'm scared.",
    "Last year I wanted to die. I got help, but I still feel like that most days.",
    "Last winter I took an overdose. Therapy works for some, but I still want to die.",
    "I used to cut. I'm nowhere near there now, but last night I cut myself again.",
    "years ago i overdosed. thats not where i am now. but i have the pills ready tonight",
    "When I was 22 I was hoarding my tablets. I got help. Lately I am hoarding them again.",
    "In the first year I wanted to die. It's much better now, but this week I want to die again.",
    "Today was just a bad day. Years ago I wanted to die, I got help, and the thoughts are back.",
]
# Brought into the present, with signs that only the whole-text and by-meaning readings raise.
RETURNED_BY_MEANING = [
    "Last night I stood on a bridge and thought about jumping. So glad I called the helpline.",
    "I survived an attempt in my twenties and now I'm thinking about it again.",
]


@pytest.mark.parametrize("text", RECOVERED)
def test_a_recovered_past_is_found(text: str) -> None:
    assert recovered_spans(normalize(text).text)


@pytest.mark.parametrize("text", RETURNED + RETURNED_BY_MEANING)
def test_a_past_brought_into_the_present_is_not(text: str) -> None:
    assert recovered_spans(normalize(text).text) == []


def test_no_resolution_no_reading() -> None:
    assert recovered_spans("i attempted suicide when i was 19.") == []


def test_only_signs_inside_the_past_sentence_yield() -> None:
    text = "years ago i tried to kill myself, therapy saved me. i bought a rope."
    inside = Signal("crisis", 0.85, "attempt", 10, 30, "past attempt")
    outside = Signal("crisis", 0.8, "warning sign", 52, 66, "gathering means")
    out = yield_recovered(text, [inside, outside])
    assert [s.score for s in out[:2]] == [0.3, 0.8]
    assert not any(s.signal == "safe" for s in out)  # a sign is left over the line


def test_a_safe_marker_when_nothing_is_left() -> None:
    text = "years ago i tried to kill myself, therapy saved me."
    out = yield_recovered(text, [Signal("crisis", 0.85, "attempt", 10, 30, "past attempt")])
    assert out[-1].signal == "safe" and out[-1].score == 0.0


@pytest.fixture(scope="module")
def rules() -> Assessor:
    return Assessor(ModerationSettings(backends=["rules"]))


@pytest.mark.parametrize("text", RECOVERED)
def test_lived_experience_does_not_raise_crisis(rules: Assessor, text: str) -> None:
    assert "crisis" not in rules.assess(text).raised


@pytest.mark.parametrize("text", RETURNED)
def test_a_return_still_raises_crisis(rules: Assessor, text: str) -> None:
    assert "crisis" in rules.assess(text).raised


def test_a_present_sign_beside_the_story_still_raises(rules: Assessor) -> None:
    text = "When I was 19 I tried to kill myself and therapy saved me. I want to die."
    assert "crisis" in rules.assess(text).raised


def test_the_story_goes_on_in_the_past_tense_until_the_present() -> None:
    text = normalize(
        "When I was 22 I fell apart. By the spring I was stockpiling pills. "
        "Therapy saved me. I bought a rope."
    ).text
    told = [text[a:b].strip() for a, b in recovered_spans(text)]
    assert told == ["when i was 22 i fell apart.", "by the spring i was stockpiling pills."]


def test_a_reading_of_two_sentences_yields_only_with_the_story_and_its_end() -> None:
    text = "years ago i wanted to end it. i'm nowhere near there now. i bought a rope."
    story = Signal("crisis", 0.8, BY_MEANING, 0, 55, "active thoughts")
    beside = Signal("crisis", 0.8, BY_MEANING, 30, 73, "gathering means")
    out = yield_recovered(text, [story, beside])
    assert [s.score for s in out[:2]] == [0.3, 0.8]
