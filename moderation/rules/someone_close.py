"""Whose crisis it is: the author's own, or someone close the author tells of.

In this community the most common report of suicidal talk or self-harm is a parent's about
their child ("she told the nurse she wants to die", "I found cuts on his arms"). The message
is a crisis, and a person should reach out, but the care differs: the parent needs to hear
how to help their child tonight (stay with them, put medicines and sharps away, call the
lines together), not "if you are thinking of ending your life". The 988 Lifeline and AFSP
both answer the helper as well as the person at risk.

``someone_close`` says so when every crisis sign strong enough to raise on its own is told
of someone else (the parent's report: rule signal ``child crisis``, or a by-meaning sign
nearest the catalogue item of a child's self-harm or death wish). A sign of the author's own
that reaches the line keeps the author's care ("my daughter said she wants to die and
honestly so do I"), since the author may be at risk too. Weak signs ("I can't do this
anymore", a whole-text model's reading) do not: a frightened parent says them. Two readings
of attribution keep the split honest: a sign of the author's form owned by someone else
("I found my son's goodbye letter", "her suicide note", "cuts on her arms") is told of
them, and "me too" after a told sign ("so do I", "same here") makes it the author's as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .base import BY_MEANING, Signal

CRISIS = "crisis"

#: The rule signal of a sign told about the author's child or someone close.
TOLD_BY_RULE = "child crisis"
#: The by-meaning stage's signal for a sentence nearest a sign told about someone else.
TOLD_BY_MEANING = "warning sign, someone close"
#: The reason added to a raised crisis that is about someone close.
SIGNAL = "someone close"
DETAIL = (
    "every crisis sign that raises is told about someone else (a child, a partner): "
    "the care message speaks to the person helping them"
)

_TOLD = frozenset({TOLD_BY_RULE, TOLD_BY_MEANING})
# Signals that do not say whose crisis it is: a statement of safety, distress short of a
# sign, and whole-text readings of the message.
_NEITHER = frozenset({"safe", "distress"})

_CLOSE = (
    r"son|daughter|kid|child|boy|girl|baby|teen|teenager|husband|wife|partner|brother|sister|"
    r"friend|mum|mom|dad"
)
# Signs whose object is the act itself: "his goodbye letter", "cuts on her arms" are his and
# hers. Not means: "her leftover oxy" in the author's drawer is the author's sign.
_POSSESSED = frozenset({"goodbye", "self-harm"})
# The words just before such a sign that give it another owner: "my son's", "his", "her own".
_OWNED_BY_ANOTHER = re.compile(
    rf"(?:\b(?:his|her|their)|\b(?:my|our)\s+(?:\w+\s+)?(?:{_CLOSE})(?:'s|s'|’s))\s+"
    r"(?:own\s+)?(?:\w+\s+)?$"
)
# Another subject just before any sign: "she wrote a suicide note", "he's been self harming".
_DONE_BY_ANOTHER = re.compile(r"\b(?:he|she)(?:'s|’s)?\s+(?:\w+\s+){0,2}$")
# The words just after: the sign is on another's body ("fresh cuts on my daughter's arms").
_ON_ANOTHER = re.compile(
    rf"^\s*(?:(?:on|in)\s+(?:his|her|their)\b|(?:(?:on|in)\s+)?(?:my|our)\s+(?:\w+\s+)?"
    rf"(?:{_CLOSE})(?:'s|s'|’s))"
)
# The author says the sign is theirs too.
_ME_TOO = re.compile(
    r"\b(?:so\s+do\s+i|so\s+am\s+i|me\s+too|i\s+do\s+too|i\s+do\s+as\s+well|same\s+here|"
    r"i\s+feel\s+the\s+same)\b"
)


def _neutral(signal: Signal) -> bool:
    """A signal that does not say whose crisis it is (``_NEITHER``, a whole-text model)."""
    return signal.signal in _NEITHER or signal.signal.startswith("model:")


def _own(signal: Signal, text: str, signals: Sequence[Signal] = ()) -> bool:
    """A sign of the author's own: not told of another, not neutral, not done by another.
    The by-meaning stage reads a whole sentence; a sentence whose sign the rules read as
    another's ("I found my son's goodbye letter") is that sign, not a second one of the
    author's (``signals``: the others that raise)."""
    if signal.signal in _TOLD or _neutral(signal):
        return False
    if signal.signal == BY_MEANING and any(
        s is not signal
        and signal.start <= s.start
        and s.end <= signal.end
        and not _neutral(s)
        and not _own(s, text)
        for s in signals
    ):
        return False
    before = text[max(0, signal.start - 60) : signal.start]
    if _DONE_BY_ANOTHER.search(before):
        return False
    return signal.signal not in _POSSESSED or not (
        _OWNED_BY_ANOTHER.search(before) or _ON_ANOTHER.match(text[signal.end : signal.end + 60])
    )


def someone_close(signals: Iterable[Signal], threshold: float, text: str) -> Signal | None:
    """A reason saying the raised crisis is someone else's, or None when it is (also) the
    author's. Only signals at or above the crisis ``threshold`` count either way; ``text``
    is the normalised text the signals' offsets point into."""
    crisis = [s for s in signals if s.category == CRISIS and s.score >= threshold]
    if any(_own(s, text, crisis) for s in crisis):
        return None
    told = [s for s in crisis if not _neutral(s)]  # with no sign of the author's: all told
    if not told or _ME_TOO.search(text, min(s.end for s in told)):
        return None
    first = min(told, key=lambda s: s.start)
    return Signal(CRISIS, 0.0, SIGNAL, first.start, first.end, DETAIL)


def about_someone_close(reasons: Iterable[dict[str, str]]) -> bool:
    """Whether stored reasons (``Reason.to_dict``) say the crisis is someone close's."""
    return any(r.get("category") == CRISIS and r.get("signal") == SIGNAL for r in reasons)
