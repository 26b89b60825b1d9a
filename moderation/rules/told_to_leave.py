"""A member told to leave, read by its parts.

Exclusion is one of the hate-speech typologies' kinds (Vidgen et al.: "exclusion"; in a support
group the member pushed out is the target). Said to a member it has two parts: the *act* of
leaving told to the reader (an order, "leave", "log off and don't come back", "delete your
account"; advice, "you should just find another group", "if I were you I'd leave"; a place
elsewhere, "go dump your drama on some other server", "there's the door"), and the *group
turned against them*, which makes it an expulsion rather than a suggestion: the group said not
to want them ("nobody here likes you", "none of us can stand u", "every1 is sick of u"), to be
better off without them ("we were a much nicer group before you turned up", "we'll be happier
when you're gone"), a favour asked ("do us all a favour"), a dismissal ("bye", "good
riddance"), or their posts scorned (drama, whining, a pity party, attention seeking).

Look-alikes keep one part: "it's ok to leave the chat for a while if it's too much" (no
hostility), "you should try the dads' group too, they're lovely" (a referral), "I'm leaving the
group" (the author), "nobody here likes the new parking rules" (no act told to anyone), "leave
a review" (no leaving). Quoted, reported or condemned, the abuse rules' stance check reads it.
"""

from __future__ import annotations

import re

from .base import windows_read

_YOU = r"(?:you|u|ya)"
_PLACES = r"(?:group|server|chat|channel|forum|community|space|place|sub|page)"
# Leaving as a clause of its own: "leave.", "leave now", "leave and don't come back".
_LEAVING = (
    rf"(?:leave|go\s+away|get\s+out|clear\s+off|log\s+off|pack\s+up|unsubscribe|disappear|"
    rf"f+(?:uck)?\s+off|sod\s+off|jog\s+on|do\s+one|bugger\s+off|delete\s+(?:your|ur)\s+account|"
    rf"stop\s+posting)(?=\s*(?:[.!?,;]|$|now\b|already\b|and\b|before\b|n\b|(?:this|the|our)\s+"
    rf"{_PLACES}|here\b|for\s+good\b))"
)
_ACT = re.compile(
    # an order, at the start of a clause
    rf"(?:^|[.!?,;:]\s*|\b(?:and|so|just|pls|plz|please|now|honestly|seriously|go\s+on)\s+)"
    rf"(?:just\s+|pls\s+|please\s+)?{_LEAVING}|"
    # advice to the reader
    rf"\b{_YOU}\s+(?:should|shud|need\s+to|could|ought\s+to|better|might\s+as\s+well|can)\s+"
    rf"(?:just\s+|really\s+|honestly\s+)?(?:{_LEAVING}|find\s+(?:another|a\s+new|a\s+different|"
    rf"some\s+other)\s+{_PLACES})|\bif\s+i\s+(?:were|was)\s+{_YOU},?\s+i'?d\s+(?:just\s+)?"
    rf"{_LEAVING}|"
    # a place elsewhere
    rf"\b(?:find|try|join)\s+(?:another|a\s+different|some\s+other)\s+{_PLACES}|"
    rf"\b(?:find|try|join)\s+a\s+{_PLACES}\s+for\s+(?:people|parents|someone)\b[^.!?]{{0,60}}?"
    rf"\b(?:isn'?t|is\s+not)\s+(?:this|here)|"
    rf"\bgo\s+(?:and\s+)?(?:dump|take|post|put|spread|share)\b[^.!?]{{0,40}}?\b(?:some\s*where\s+else|"
    rf"elsewhere|(?:on|in|to)\s+(?:another|some\s+other|a\s+different)\s+{_PLACES})|"
    r"\bthere'?s\s+the\s+door\b|\b(?:don'?t|never)\s+come\s+back\b"
)
_HOSTILE = re.compile(
    # the group said not to want the reader
    rf"\b(?:no\s*(?:one|1|body)|none\s+of\s+us|every\s*(?:one|1|body)|all\s+of\s+us)\s+"
    rf"(?:here\s+|in\s+here\s+)?(?:\w+\s+)?(?:wants?|likes?|can\s+stand|is\s+sick\s+of|is\s+tired\s+"
    rf"of|needs?|cares?\s+about|is\s+fed\s+up\s+with)\s+(?:to\s+\w+\s+)?(?:{_YOU}|your|ur)\b|"
    # better off without them
    rf"\b(?:we|we'?d|we'?ll|we\s+were|this\s+(?:group|place|chat)\s+was)\s+(?:all\s+)?(?:be\s+)?"
    rf"(?:so\s+|much\s+|a\s+lot\s+|a\s+much\s+)?(?:happier|better(?:\s+off)?|nicer|calmer|"
    r"quieter)\b[^.!?]{0,30}?\b(?:when|once|without|before|until)\b|"
    # a favour asked, a dismissal
    r"\bdo\s+(?:us\s+all|every\s*(?:one|body)|us|the\s+(?:group|rest\s+of\s+us))\s+a\s+"
    r"(?:favou?r|kindness)\b|(?:^|[.!?,]\s*)bye+[.!]*\s*$|\bgood\s+riddance\b|"
    rf"\bnever\s+welcome\b|\bnot\s+welcome\b|"
    # their posts scorned
    r"\b(?:drama|whining|whinging|moaning|pity\s+part(?:y|ies)|sob\s+stor(?:y|ies)|attention\s+"
    r"seek\w*|endless\s+posts|drag\w*\s+every\s*(?:one|body)\s+down|clogging)\b"
)


def _read(window: str) -> str | None:
    if _ACT.search(window) and _HOSTILE.search(window):
        return "telling a member to leave [typology: exclusion]"
    return None


def told_to_leave(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, detail)`` of each window of normalised ``text`` that tells the reader to
    leave with the group turned against them (see the module docstring)."""
    return windows_read(text, _read)
