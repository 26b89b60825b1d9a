"""A bereaved parent's wish to join their dead child, and the reunions that are no wish."""

from __future__ import annotations

import pytest

from moderation.normalize import normalize
from moderation.rules.bereaved import joining_the_dead


@pytest.mark.parametrize(
    "text",
    [
        "We lost Ava in March. I just want to be with her, nothing else matters.",
        "The funeral was Friday. Once everyone goes home I'll go and join him.",
        "it's her anniversary next week and i'm going to be with her.",
        "scattered his ashes on the hill today. would be so easy to just follow him",
        "since we lost her I only want to go where she is",
        # the plan in the present tense; the child spoken to; other words for the loss
        "As soon as the funeral's over I'm following him.",
        "the headstone went up today. im joining her soon",
        "Her urn is on my bedside table. Mummy's coming, sweetheart. Wait for me.",
        "A year since his death and I'm coming to be with him, I've decided.",
    ],
)
def test_the_wish_to_join_a_dead_child(text: str) -> None:
    assert joining_the_dead(normalize(text).text)


@pytest.mark.parametrize(
    "text",
    [
        "We lost Ava in March. I know one day I'll be with her again.",
        "She died peacefully. I believe I'll be with her in heaven when my time comes.",
        "Grandad passed last year. I'll join him at the park later, the kids love it.",
        "I'll be with him on the ward tomorrow after his scan.",
        "since he died his little brother wants to follow him everywhere, his old school, his club",
        "Since the funeral I'm following him on every page he liked, it keeps him close.",
        "Her memorial is Sunday and I'm joining them at the church at ten.",
        "Daddy's coming, sweetheart, wait for me by the ward doors.",  # no loss in the message
        "At the cemetery I told her I'll be with her again one day.",
    ],
)
def test_faith_or_an_errand_is_no_wish(text: str) -> None:
    assert not joining_the_dead(normalize(text).text)
