"""Who a message is aimed at, from the typologies' direction axis (Waseem et al. 2017).

Abusive language is *directed* (at a person: "you", an @mention inside the text, "she is a
...") or *generalised* (at a group named by an identity word, a group noun or a slur);
swearing at nobody, at things or at the illness has neither target. ``message_target``
returns the first that applies: ``"you"`` (second person or an @mention inside the text; a
leading run of @mentions is only the reply's address), ``"group"``, ``"third"`` (a
third-person pronoun or a person noun), else ``"none"``.
"""

from __future__ import annotations

import re

from .base import alternation, compile_words
from .lexicon import GROUP_NOUNS, IDENTITY_TERMS, SLURS, SWEARS

# A reply's address, unless the mention is the subject ("@sam is a liar").
_LEADING_MENTIONS = re.compile(
    r"^(?:\s*(?:rt\s+)?@\w+\b:?)+(?!\s*(?:is|was|'s|has|keeps|should|needs|you|ur|u)\b)"
)
_YOU = re.compile(
    r"\b(?:you|u|ya|your|youre|you're|ur|yours|yourself|urself|yourselves|y'?all|thou)\b|@\w+"
)
_GROUP = compile_words((*GROUP_NOUNS, *IDENTITY_TERMS, *SLURS))
_THOSE_PEOPLE = re.compile(
    r"\b(?:those|these|such|you)\s+people\b|\bpeople\s+like\s+(?:them|that)\b"
)
_THIRD = re.compile(
    r"\b(?:she|he|him|her|hers|his|they|them|their|she's|he's|they're|shes|hes|theyre|"
    r"this\s+(?:guy|girl|woman|man|bitch|dude|person)|that\s+(?:guy|girl|woman|man|bitch|dude|"
    r"person))\b"
)
_SWEARS = re.compile(r"\b" + alternation(re.escape(w) for w in SWEARS) + r"\b")

TARGETS = ("you", "group", "third", "none")


def message_target(text: str) -> str:
    """The most direct target of normalised (lower-case) ``text``: see the module docstring."""
    body = _LEADING_MENTIONS.sub(" ", text)
    if _YOU.search(body):
        return "you"
    if _GROUP.search(body) or _THOSE_PEOPLE.search(body):
        return "group"
    if _THIRD.search(body):
        return "third"
    return "none"


# A reply that only agrees or acknowledges ("that's true", "good point", "fair enough",
# "you're right", "thanks"): the dialogue act of agreement or a backchannel (the SWBD-DAMSL
# tags "agree/accept", "acknowledge"), which carries no target and no claim of its own.
_INTERJECTION = r"(?:yeah|yea|yes|yep|yup|oh|ah|ok|okay|lol|haha+|so|and|well|hmm+|mm+|omg|wow)"
_DEGREE = r"(?:so|very|really|totally|absolutely|completely|100%|quite|too)"
_AGREEMENT = (
    rf"(?:(?:that'?s|thats|that\s+is|it'?s|its|it\s+is|this\s+is|how|you'?re|youre|you\s+are|"
    rf"ur|u\s+r)\s+)?(?:{_DEGREE}\s+)?(?:true|right|correct|fair|(?:a\s+)?(?:good|great|fair|"
    r"valid)\s+point|fair\s+enough|exactly|agreed|i\s+agree|"
    r"same(?:\s+here)?|me\s+too|(?:that\s+)?makes\s+sense|true\s+that|"
    r"thank\s+(?:you|u)(?:\s+so\s+much)?|thanks(?:\s+so\s+much)?|ty|sure|definitely|indeed|"
    r"absolutely|i\s+see|got\s+it|understood|noted)"
)
_QUALIFIER = (
    r"(?:\s+(?:in|for)\s+(?:some|many|a\s+lot\s+of|most)\s+(?:ways|aspects?|respects?|cases))"
)
_ACKNOWLEDGEMENT = re.compile(
    rf"^\W*(?:{_INTERJECTION}\W+){{0,3}}{_AGREEMENT}{_QUALIFIER}?(?:\W+{_INTERJECTION})*[\W_]*$"
)


def acknowledgement(text: str) -> bool:
    """Whether normalised ``text`` only agrees or acknowledges (``_ACKNOWLEDGEMENT``)."""
    return bool(_ACKNOWLEDGEMENT.match(text.strip()))


def swears(text: str) -> bool:
    """Whether normalised ``text`` has a swear word."""
    return bool(_SWEARS.search(text))
