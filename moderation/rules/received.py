"""Abuse a member received and shares with the group: not theirs, but the moderators' to know.

A member sent abuse often shows it to the group ('got this in my DMs: "ur son died 2 yrs ago,
get over it"'). The abuse rules read those words as quoted or reported and leave the message
up: hiding it would silence the person harmed. That left the moderators unaware that someone
is sending abuse. ``received`` finds the quoted abuse told as received by the author through
the group's own channels (direct messages, replies, comments), so the bot can tell the
moderators without hiding anything. Abuse met elsewhere ("a stranger in the car park said to
me ...") is the author's to share and nobody's case: moderators cannot act on it.
"""

from __future__ import annotations

import re

from .base import Signal

ABUSE = "abuse"
SIGNAL = "received"
DETAIL = "abuse the author received in the group's messages, shared with the group"
# What the rules mark quoted or reported (``rules.abuse``), not what they find denied.
_QUOTED = "quoted"
# The group's own channels, told as the way the words reached the author.
_CHANNEL = r"(?:dms?|inbox|messages|pms?|private\s+messages?|replies|comments|mentions|chat)"
_RECEIVED = re.compile(
    rf"\b(?:in|into|to|on|from)\s+my\s+{_CHANNEL}\b|"
    r"\b(?:someone|somebody|a\s+member|one\s+of\s+(?:you|the\s+members)|this\s+person|they|"
    r"he|she)\s+(?:just\s+|has\s+|have\s+|had\s+)?(?:sent|messaged|dm'?d|dmed|pm'?d|pmed|"
    r"replied\s+to|commented\s+on)\s+(?:me|my\s+post)\b|"
    r"\b(?:i\s+)?(?:just\s+)?(?:got|received|was\s+sent|had)\s+(?:this|these|a|an|another)\s+"
    r"(?:\w+\s+)?(?:dm|message|pm|reply|comment)s?\b|"
    r"\b(?:dm|message|pm|reply|comment)s?\s+(?:i\s+(?:just\s+)?(?:got|received)|from\s+(?:a|one|"
    r"some|another)\s+(?:member|person|user))\b"
)


def told_received(text: str) -> bool:
    """The author tells of words sent to them through the group's channels (``_RECEIVED``)."""
    return bool(_RECEIVED.search(text))


def received(text: str, signals: list[Signal]) -> Signal | None:
    """A signal spanning the quoted abuse when the author tells it was sent to them through the
    group's channels; None otherwise. Scored 0: it raises nothing, it is a reason to tell."""
    quoted = [s for s in signals if s.category == ABUSE and _QUOTED in s.detail and s.score < 0.5]
    if not quoted or not told_received(text):
        return None
    start = min(s.start for s in quoted)
    end = max(s.end for s in quoted)
    return Signal(ABUSE, 0.0, SIGNAL, start, end, DETAIL)
