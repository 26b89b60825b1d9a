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
