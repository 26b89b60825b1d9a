"""Registers in which a threat's words are not a threat, and no one's crisis.

The look-alikes of the threat typology (``threats``) and of the member-abuse kind heads
(``member_abuse.matcher``): play and warmth, an offer of practical help or things given away,
standing up for the reader, a report to those who keep the group safe. The crisis stage reads
one of them too: an offer of help to someone is not the author's crisis
(``warning_signs.corroborate``).
"""

from __future__ import annotations

import re

# The register of play and warmth in which a threat's words are not a threat: laughter, a
# kiss, a joke declared ("I'll fight you for the last biscuit 😂", "see you at clinic, coffee's
# on you x"), and food, drink or a hug offered ("I'll be waiting by the lifts with a coffee").
# Friendly teasing and kind offers are the threat typology's look-alikes (CAD's affectionate
# banter is not abuse). The member-abuse kind heads and the threat rule defer to it; contempt and
# mockery laugh too, and the main member-abuse head reads them.
_PLAYFUL = re.compile(
    "[\U0001f602\U0001f923\U0001f606\U0001f605\U0001f61c\U0001f61d\U0001f61b\U0001f609"
    "\U0001f643\U0001f618\u2764\U0001f495\U0001f917]|"
    r"\b(?:lol|lmao|haha\w*|hehe\w*|jk|only\s+joking|just\s+kidding)\b|(?:^|\s)x{1,3}\s*$|"
    r"\b(?:coffee|cuppa|brew|tea|cake|lasagne|meal|dinner|lunch|biscuits?|hugs?|flowers)\b"
)


# The reader told they would be missed, or asked to stay: "we'd all miss you", "don't leave!",
# "please don't go". Support, in the crisis stage's support register and the member-abuse one.
# "Would miss" needs a caring subject: "nobody would miss you" is no support.
MISSED_OR_ASKED_TO_STAY = (
    r"(?:we|i|every\s*(?:one|body)|they|people|the\s+\w+)\s*(?:'d|'ll|would|will)\s+(?:all\s+|so\s+|"
    r"really\s+)?miss\s+(?:you|u)|(?:please\s+)?(?:don'?t|dont|do\s+not)\s+(?:leave|go)(?=\s*(?:[!.,]|$))"
)


def playful(text: str) -> bool:
    """True when the message laughs, sends a kiss or offers food, drink or a hug."""
    return bool(_PLAYFUL.search(text))


# An offer of practical help (Cutrona and Suhr's tangible support: lifts, childcare, errands,
# lending, keeping an eye out): "happy to drive you to clinic on Thursday", "I can have your
# other two on Saturday", "it's yours if you want it". A threat's kind heads read knowledge of
# someone's day, children or car; an offer holds the same knowledge and gives.
_HELP = re.compile(
    r"\b(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:more\s+than\s+|very\s+|so\s+)?happy\s+to|happy\s+to\s+"
    r"(?:help|drive|take|sit|pick|drop|have|mind|lend|give|bring|cover|watch|run)|(?:i|we)\s+(?:can|could)"
    r"\s+(?:always\s+|easily\s+|happily\s+)?(?:drive|sit\s+with|take|pick\s+up|drop|have|mind|lend|bring|"
    r"watch|cover|look\s+after|babysit|collect|do\s+(?:the|a|your))|(?:do\s+you\s+|d'?you\s+|u\s+)?want\s+"
    r"me\s+to|let\s+me\s+know\s+if|(?:it'?s|its)\s+(?:yours|urs)\s+if|if\s+(?:you|u)\s+(?:want|need|"
    r"fancy|like)\s+(?:it|them|one|a\s+lift|a\s+hand|help|company)|look\s+out\s+for\s+(?:him|her|them)|"
    r"offer(?:ing)?\s+(?:to|you|u)|spare\s+(?:\w+\s+)?(?:permit|seat|room|bed|car\s+seat|charger))\b"
)


# Things given away to whoever wants them ("we're giving away his hospital bed, message me and
# I'll arrange pickup"): an offer to the group; for crisis, giving possessions away is a
# warning sign, so only the help above is read there (``helping``).
_GIVEN = re.compile(
    r"\b(?:giv(?:e|ing)\s+away|free\s+to\s+(?:a\s+)?good\s+home|(?:message|dm|text|pm)\s+me\s+"
    r"(?:and|&|n)\s+(?:i'?ll|we'?ll))\b"
)


def helping(text: str) -> bool:
    """True when the message offers someone practical help (``_HELP``)."""
    return bool(_HELP.search(text))


def offered(text: str) -> bool:
    """True when the message offers practical help or gives things away."""
    return bool(_HELP.search(text) or _GIVEN.search(text))


# Those who keep the group safe, and the law.
AUTHORITY = r"(?:mods?|moderators?|admins?|police|the\s+group\s+owner)"
# A member saying they will report, flag or block: the lever handed to those who keep the group
# safe ("if you message me again I'll report you to the mods").
_REPORTING = re.compile(
    rf"\b(?:report|flag|block|mute)\w*\b[^.!?]{{0,40}}?\b{AUTHORITY}\b|"
    r"\b(?:tell|telling|told|message|messaging)\s+the\s+(?:mods|moderators|admins)\b"
)


def reporting(text: str) -> bool:
    """True when the message reports, or says it will report, to moderators or the police."""
    return bool(_REPORTING.search(text))


# The author standing between the reader and whoever would hurt them: "I'll batter anyone
# who hurts you", "they'll have me to deal with", "they'll have to get through me first". The
# threat typology's protective look-alike: the reader is the one protected, not the target.
_PROTECTIVE = re.compile(
    r"\b(?:anyone|anybody|whoever|someone|somebody|any\s+\w+)\s+(?:who|that)?\s*(?:\w+\s+){0,3}?"
    r"(?:hurts?|messes?\s+with|upsets?|touch(?:es)?|says?|said|bothers?|picks?\s+on|comes?\s+for|"
    r"gives?|talks?\s+to|treats?)\s+(?:you|u|your|ur)\b|\bhave\s+me\s+to\s+(?:deal|answer)\s+with\b|"
    r"\bget\s+through\s+me\s+first\b"
)


def protective(text: str) -> bool:
    """True when the message stands up for the reader against whoever would hurt them."""
    return bool(_PROTECTIVE.search(text))
