"""Which sentences the member-abuse stage embeds: told to someone, not reported or denied."""

from __future__ import annotations

import pytest

from moderation.member_abuse.shape import candidate, reported, supportive
from moderation.normalize import normalize
from moderation.rules.registers import playful


@pytest.mark.parametrize(
    "sentence",
    [
        "nobody wants you in here",
        "ur kid is sick cos of u",
        "people like her should not be parents",
        "just leave already",
        "get lost",
        "boo hoo, same story every week",
        "attention seeking again",
        "you're not a real parent",
        "you're not welcome here",
    ],
)
def test_told_to_someone_is_a_candidate(sentence: str):
    assert candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "we had a long night on the ward",  # nobody addressed
        "i blame myself for not seeing it",
        "she told me to get out of the group",  # received, not said
        "he called me an attention seeker",
        "you did nothing to cause this",  # blame denied
        "it's not your fault, it never was",
        "nobody blames you",
        "you're not a bad mom, you're exhausted",  # judgement denied
        "you aren't alone in this",
        "fuck you cancer, you don't get her",  # the illness addressed
        "it's cruel to call grieving parents attention seekers",  # counter-speech
        " ".join(["you"] * 41),  # too long to be one remark
        "how do you tell a 6 year old that mummy has cancer?",  # the "you" of a how-to question
        "how did you all decide between the two surgeries?",
        "you won't hear from me again after tonight.",  # a farewell, read by the crisis rules
        "love to all your little warriors",
        "bye for now, see you all at the fundraiser",  # the author's own parting words
        "right, off to bed. talk to you all tomorrow",
        "catch you later x",
    ],
)
def test_not_a_candidate(sentence: str):
    assert not candidate(sentence)


def test_words_quoted_in_a_report_are_reported():
    text = "Someone commented 'your kid would still be alive if you'd listened' on my post."
    assert reported(text, 0, len(text))
    text = 'my ex texted "nobody wants you, just leave"'
    assert reported(text, 0, len(text))


def test_words_said_by_the_author_are_not_reported():
    for text in ("nobody wants you here", '"nobody wants you here" - get out, you'):
        assert not reported(text, 0, len(text))


@pytest.mark.parametrize(
    ("text", "support"),
    [
        ("if your kid spikes a fever on chemo, don't panic. ring the ward.", True),
        ("try not to worry too much, the first cycle is the hardest", True),
        ("no need to stress, we've all been there", True),
        ("don't worry about my kids, worry about yours", False),  # not reassurance
        ("do not worry she will get what she deserves", False),
    ],
)
def test_reassurance_is_the_support_register(text: str, support: bool):
    assert supportive(text) is support


@pytest.mark.parametrize(
    "sentence",
    ["how do you sleep at night?", "how do you cope with your own failure as a mother?"],
)
def test_a_taunt_asked_as_how_is_still_a_candidate(sentence: str):
    assert candidate(sentence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i'll race you to the vending machine 😂", True),
        ("see you at clinic, first brew is on me x", True),
        ("ha only joking, you know i love you", True),
        ("lol", True),
        ("one more post about my son and you'll regret it", False),
        ("i know your ward and your clinic day", False),
        ("texas is lovely this time of year", False),
    ],
)
def test_playful_reads_laughter_kisses_and_offers(text: str, expected: bool):
    assert playful(text) is expected


@pytest.mark.parametrize(
    ("text", "support"),
    [
        ("we've all got your back, ask anything", True),
        ("the whole ward team is right behind you on this", True),
        ("you're not alone, half this group has been there", True),
        ("you don't have to sit through that meeting alone, I'll come", True),
        ("you did nothing wrong by asking for a second opinion", True),
        ("nobody gets to speak to you like that, not even a consultant", True),
        ("I won't let them fob you off again", True),
        ("watch your back", False),  # a threat's words, not solidarity
        ("someone was right behind you in the car park, be careful", False),
        ("I won't let him near my kids again", False),
    ],
)
def test_standing_with_the_reader_is_the_support_register(text: str, support: bool):
    assert supportive(normalize(text).text) is support


@pytest.mark.parametrize(
    ("text", "support"),
    [
        ("Don't leave! We'd all miss you so much.", True),
        ("we'd miss you, honestly", True),
        ("please don't go, we'll really miss you here", True),
        ("don't leave the dressing on longer than a day", False),
        ("nobody would miss you", False),
        ("no one would care if you died", False),
        ("people here would care if you weren't around", True),
        ("I'll miss the old ward when they move us", False),
    ],
)
def test_missing_the_reader_and_a_plea_to_stay_are_the_support_register(text: str, support: bool):
    assert supportive(normalize(text).text) is support


@pytest.mark.parametrize(
    ("text", "support"),
    [
        ("If you're where I was, please tell someone.", True),
        ("please talk to someone, your GP or the ward social worker", True),
        ("reach out to someone you trust before it gets that bad", True),
        ("pls just call your team if the thoughts come", True),
        ("tell someone and see what happens to you", False),
        ("I'll make sure everyone knows where you live", False),
        ("go ahead, ask for help, nobody here will give it to you", False),
    ],
)
def test_urging_help_seeking_is_the_support_register(text: str, support: bool):
    assert supportive(normalize(text).text) is support
