"""A member told to leave is read by its parts: the act of leaving told to the reader and the
group turned against them. Each look-alike keeps one part."""

from __future__ import annotations

import pytest

from moderation.normalize import normalize
from moderation.rules.told_to_leave import told_to_leave


def _told(text: str) -> bool:
    return bool(told_to_leave(normalize(text).text))


@pytest.mark.parametrize(
    "text",
    [
        "pls just leave, every1 is sick of u",
        "Honestly you should just find another group. Nobody here wants to read your posts.",
        "u shud log off n never come back tbh, every thread u touch turns into ur pity party",
        "Do everyone a kindness and delete your account. We were nicer before you turned up.",
        "go dump your drama on some other server",
        "If I were you I'd leave. Nobody here likes you and everyone's too polite to say it.",
        "Log off and don't come back. You were never welcome here.",
        "just leave already, we'd all be happier without you",
    ],
)
def test_a_member_told_to_leave(text: str) -> None:
    assert _told(text), text


@pytest.mark.parametrize(
    "text",
    [
        # leaving with no hostility
        "If it's too much, it's okay to leave the chat for a while, we'll be here.",
        "If the chat is too much for you, you can mute it or leave, no hard feelings.",
        "You should try the dads' group too, they're lovely.",
        # the author leaving
        "I'm going to leave the group for a bit, it's all too much right now.",
        # hostility to no one told to leave
        "Nobody here likes the new parking rules at the hospital.",
        # no leaving at all
        "Please leave a review for the charity shop, it helps them.",
        "Leave it with me, I'll ask the nurse.",
    ],
)
def test_lookalikes_are_not_read(text: str) -> None:
    assert not _told(text), text
