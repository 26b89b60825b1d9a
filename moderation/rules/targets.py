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


def swears(text: str) -> bool:
    """Whether normalised ``text`` has a swear word."""
    return bool(_SWEARS.search(text))
