"""A parent blamed for their child's illness or death, read by its parts.

Parents of children with cancer already ask themselves whether they caused it; the research on
parental guilt in childhood cancer (e.g. the self-blame parents report for missed signs,
diet or the home) is why blame from another member is among the cruellest things said in
such a group. The harassment typologies file it under derogation of a person.

The rule reads two parts in one sentence or two neighbouring ones: the *child's illness or
death* named (the illness, and the child as the reader's or as "he" or "she": "your son got
leukaemia", "she is sick", "he doesn't make it"),
and a *blame* cue aimed at the reader ("this is on you", "your own fault", "because of you",
"you did this", "you failed her", "what did you expect", "you deserve this", "karma"). It
leaves alone what shares the words: the cue denied or defended against ("it's not your fault",
"nothing you did caused this", "don't blame yourself", "no one could have known"), the
author's own guilt ("I keep thinking it's my fault" has no "you"), a cue reported ("my
mother-in-law said it was my fault") and a question.
"""

from __future__ import annotations

import re

from .base import windows_read

_CHILD = r"(?:kid|child|son|daughter|baby|boy|girl|little\s+one)"
_ILLNESS = (
    r"(?:cancer|leuk\w*|lymphoma|tumou?rs?|sarcoma|\w*blastoma|relaps\w*|sick|ill|dying|died|"
    r"dead|(?:doesn'?t|won'?t|didn'?t|does\s+not|will\s+not)\s+(?:make\s+it|pull\s+through|"
    r"survive)|the\s+lump|it\s+spread|spread)"
)
_ILLNESS_NAMED = re.compile(rf"\b{_ILLNESS}\b")
# The reader's child: named as theirs, or as "he", "she", "him", "her", "they".
_CHILD_REF = re.compile(
    rf"\b(?:(?:your|ur|yer|her|his|their)\s+(?:[\w']+\s+){{0,2}}?{_CHILD}|he|she|him|her|they)\b"
)
_BLAME = re.compile(
    r"\b(?:(?:this|that|it)(?:'s|s|\s+is|\s+was)\s+(?:all\s+|entirely\s+)?on\s+(?:you|u)|"
    r"(?:your|ur)\s+(?:own\s+)?fault|(?:you|u)\s+(?:basically\s+|literally\s+)?(?:did|caused)\s+"
    r"(?:this|that|it)|(?:you|u)\s+failed\s+(?:him|her|them|(?:your|ur)\s+\w+)|"
    r"what\s+did\s+(?:you|u)\s+expect|(?:you|u)\s+(?:only\s+)?have\s+(?:yourself|urself)\s+to\s+"
    r"blame|(?:you|u)\s+brought\s+(?:this|it)\s+on|(?:you|u)\s+deserve\s+(?:this|it|every)|"
    r"serves\s+(?:you|u)\s+right|look\s+in\s+(?:a|the)\s+mirror|karma(?:'s|\s+is)?\s+(?:real|a\s+"
    r"bitch|coming)|(?:that'?s|it'?s|this\s+is)\s+(?:just\s+)?karma)\b"
)
# The cue denied, defended against or asked about, earlier in its clause.
_DENIED = re.compile(
    r"\b(?:not|never|no\s*one|nobody|don'?t|dont|do\s+not|isn'?t|wasn'?t|nothing|none\s+of|"
    r"didn'?t|did\s+not|no\s+way|stop|who\s+says|people\s+who|anyone\s+who|whoever|"
    r"(?:said|says|told|tells|telling|wrote|commented)\b[^.!?;]{0,30})\b[^.!?;,]{0,40}$"
)


_SENTENCE_REST = re.compile(r"[^.!?]*[.!?]?")
_DETAIL = "blaming a parent for their child's illness [typology: derogation]"


def _blames(window: str) -> bool:
    """True when ``window`` names the child's illness and blames the reader for it, the blame
    neither denied, reported nor asked (a rhetorical "what did you expect?" still blames)."""
    if not (_ILLNESS_NAMED.search(window) and _CHILD_REF.search(window)):
        return False
    for m in _BLAME.finditer(window):
        if _DENIED.search(window[: m.start()]):
            continue
        asked = _SENTENCE_REST.match(window, m.end()).group().endswith("?")
        if asked and not m.group().startswith("what"):
            continue
        return True
    return False


def parent_blamed(text: str) -> list[tuple[int, int, str]]:
    """Windows of normalised ``text`` that blame the reader for their child's illness."""
    return windows_read(text, _read)


def _read(window: str) -> str | None:
    return _DETAIL if _blames(window) else None
