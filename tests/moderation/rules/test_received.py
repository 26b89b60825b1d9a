"""Abuse received through the group's messages and shared: a reason to tell, not to hide."""

from __future__ import annotations

import pytest

from moderation.normalize import normalize
from moderation.rules.abuse import detect_abuse
from moderation.rules.received import received


def _received(text: str) -> bool:
    norm = normalize(text)
    return received(norm.text, detect_abuse(norm)) is not None


@pytest.mark.parametrize(
    "text",
    [
        '"ur son died 2 yrs ago, get over it" <- this was in my DMs',
        "got this dm: \"you're a disgusting attention seeker, your kid isn't even sick\"",
        'someone messaged me saying "go kill yourself you useless cow". I\'m shaking.',
        'One of the members sent me "you\'re a pathetic excuse for a mother" after my post.',
        'Just had a reply from some member: "shut up you lying scammer". Is this allowed here?',
        # the report first, then the quote: a reading of the sentence is the quote's alone
        'got this in my DMs: "ur son died 2 yrs ago, get over it"',
        "someone replied to my post: 'your son died two years ago, get over it already'",
    ],
)
def test_abuse_told_as_sent_to_the_author_is_received(text: str) -> None:
    assert _received(text)


@pytest.mark.parametrize(
    "text",
    [
        # met elsewhere: nobody here can act on it
        'a woman in the car park said to me "you\'re a disgusting attention seeker"',
        # condemned in general, not received
        'people who say "get over it" to grieving parents are vile',
        # a message received with no abuse in it
        "got a lovely message from the ward nurse today, made my week",
        # abuse said, not quoted: the rules raise it instead
        "you're a disgusting attention seeker, check your dms",
    ],
)
def test_abuse_not_received_through_the_group_is_not(text: str) -> None:
    assert not _received(text)


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ('got this in my DMs: "ur son died 2 yrs ago, get over it"', False),
        ("someone replied to my post: 'your son died two years ago, get over it already'", False),
        # said, with a quotation beside it: the reading holds outside the quotation
        ('Your son died 2 years ago, get over it. "Grief" is not an excuse.', True),
        (
            'She said "he\'s in a better place" and honestly your kid died ages ago, get over it.',
            True,
        ),
    ],
)
def test_a_reading_of_the_quoted_words_alone_is_not_the_authors(text: str, hidden: bool) -> None:
    signals = detect_abuse(normalize(text))
    assert (max((s.score for s in signals), default=0.0) >= 0.5) is hidden
