"""A child's warning sign told by the parent, read by the author's own rules.

The crisis rules are written in the first person ("everyone would be better off without me",
"I googled ways to die"), as the C-SSRS and the 988/AFSP lists phrase the signs. A parent tells
the same signs of their child in the third person ("my daughter keeps saying everyone would
be better off without her", "he's giving away his games, says he won't need them where he's
going"). Rather than a second, third-person copy of every rule, ``told_of_child`` reads each
sentence about the child from the child's side: "my son" / "he" / "she" become "I", "his" /
"her" become "my", "him" / "her" "me", the verb agrees ("says" -> "say"), and the first-person
rules run on that view. A sign they find is the child's (``someone_close.TOLD_BY_RULE``: the
care message speaks to the parent helping them).

Only in a message that names the author's child ("my son", "our 15yo"), and only for a
sentence with no words of the author's own left in it ("we found the blades" stays the
author's sentence, read by the rules as it is), so a sentence never mixes two speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from .base import Signal, phrase_alternation

CRISIS = "crisis"

_CHILD_NP = (
    r"(?:\b(?:my|our)\s+(?:\d+\s*(?:year|yr)s?[\s-]*old|\d+\s*(?:yo|y/o)|(?:\w+\s+)?(?:son|daughter|"
    r"kid|child|boy|girl|teen|teenager|baby|little\s+one|eldest|youngest|toddler)|ds\d?|dd\d?)\b"
    r"(?:\s+\d{1,2}\b)?|\bthe\s+(?:teenager|teen|eldest|youngest)\b|"
    # a child named with their age: "Maya (12)", "Leo, 9,"
    r"\b[a-z]+\s*(?:\(\s*\d{1,2}\s*(?:yo|y/o|yrs?|years?(?:\s+old)?)?\s*\)|,\s*\d{1,2}\s*,))"
    r"(?:\s*\([^)]{0,30}\))?"
)
_CHILD = re.compile(_CHILD_NP)
# A child's age said after the name ("Leah said ... She's nine."): the message tells of a child.
_AGE = re.compile(
    r"\b(?:he|she)(?:'s|\s+is|s)\s+(?:only\s+|just\s+)?(?:[1-9]|1[0-7]|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
    r"(?:\s+(?:years?\s+old|yo))?\s*(?:[.,!?]|$)"
)
# The parent's frame around the child's words ("she told me that", "informed me over breakfast
# that"): read as "said", so the sentence is the child's alone.
_REPORT_FRAME = re.compile(
    r"\b(told|tells|informed|informs|said\s+to|says\s+to|admitted\s+to|confessed\s+to|"
    r"whispered\s+to)\s+(?:me|us)\b(?:[^.!?'\"]{0,30}?\bthat\b)?"
)
# Other people a parent tells of: a "she" after "my mother-in-law" is not the child.
_OTHER_PEOPLE = (
    "mother-in-law", "father-in-law", "mum", "mom", "mother", "dad", "father", "husband", "wife",
    "partner", "ex", "friend", "sister", "brother", "nan", "gran", "grandma", "grandmother",
    "grandad", "grandfather", "aunt", "uncle", "cousin", "boss", "neighbour", "neighbor", "nurse",
    "doctor", "therapist", "oncologist", "consultant", "teacher", "colleague",
)  # fmt: skip
_OTHER = re.compile(rf"\b(?:my|our)\s+(?:[\w-]+\s+)?{phrase_alternation(_OTHER_PEOPLE)}\b")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_AUTHOR = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|id|i'll|me|my|mine|myself|we|we're|our|us)\b")
_ABOUT_CHILD = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b")
# Signals of the view that are not a sign of the child's own: a safety statement, a mention,
# distress short of a sign, and the rules' own combinations.
_NOT_SIGNS = frozenset({"safe", "mention", "distress", "combined", "child crisis"})
# A warning sign weak alone (``warning_signs``: 0.45, raised with a second sign); distress short
# of a sign scores below it.
_WEAK_SIGN = 0.4
# Words after "her" that end a phrase: there "her" is the object ("without her"), not "my".
_OBJECT_END = (
    r"(?=\s*(?:[.,!?;:)]|$|\b(?:and|but|or|to|if|when|because|so|that|than|more|anymore|again|"
    r"too|all|alone|now|then|here|there|on|off|up|down|out|in|at|with|about|for|from|of|by)\b))"
)
_SWAPS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in (
        (r"\b(?:he|she)(?:'s|’s)\s+(?=been\b|got\b|gotten\b)", "i've "),
        (r"\b(?:he|she)(?:'s|’s)\b|\b(?:hes|shes)\b", "i'm"),
        (r"\b(?:he|she)(?:'d|’d)\b", "i'd"),
        (r"\b(?:he|she)(?:'ll|’ll)\b", "i'll"),
        (r"\b(?:he|she)\s+is\b", "i am"),
        (r"\b(?:he|she)\s+has\b", "i have"),
        (r"\b(?:he|she)\s+does\b", "i do"),
        (r"\b(?:he|she)\s+goes\b", "i go"),
        (r"\b(?:himself|herself)\b", "myself"),
        (rf"\bher\b{_OBJECT_END}", "me"),
        (r"\b(?:his|her)\b", "my"),
        (r"\bhim\b", "me"),
        (r"\b(?:he|she)\b", "i"),
        (r"\bi\s+has\b", "i have"),
        (r"\bi\s+(?:doesn'?t|does\s+not)\b", "i don't"),
        (r"\bi\s+is\b", "i am"),
        (r"\bi\s+does\b", "i do"),
        (r"\bi\s+goes\b", "i go"),
    )
]
# A verb agreeing with "he" or "she" after it became "I": "i keeps" -> "i keep".
_AGREE = re.compile(
    r"\b(i\s+(?:just\s+|still\s+|really\s+|always\s+|never\s+|even\s+)?)(\w+?)(ies|s)\b"
)
_NOT_VERBS = frozenset({"wa", "ha", "i", "thi", "bu", "ye", "pu"})


def _agree(m: re.Match[str]) -> str:
    stem, ending = m.group(2), m.group(3)
    if stem.endswith(("she", "che", "xe", "sse", "zze")):
        stem = stem[:-1]  # "wishes" -> "wish", "watches" -> "watch"
    elif stem in _NOT_VERBS or stem.endswith("s") or len(stem) < 2:
        return m.group(0)
    return m.group(1) + stem + ("y" if ending == "ies" else "")


def child_view(sentence: str) -> str | None:
    """The sentence told from the child's side, or None when it is not about the child alone
    (no child named or pronoun, or words of the author's own left in it)."""
    sentence = _REPORT_FRAME.sub("said", sentence)
    without_child = _CHILD.sub(" ", sentence)
    if _AUTHOR.search(without_child):
        return None
    if not (_CHILD.search(sentence) or _ABOUT_CHILD.search(sentence)):
        return None
    view = _CHILD.sub("i", sentence)
    for pattern, replacement in _SWAPS:
        view = pattern.sub(replacement, view)
    return _AGREE.sub(_agree, view)


def names_child(message: str) -> bool:
    """The message names the author's child ("my son", "our 15 year old"): only there is a
    sentence read from the child's side."""
    child, _, aged = _people(message)
    return bool(child) or aged


@lru_cache(maxsize=512)
def _people(message: str) -> tuple[tuple[int, ...], tuple[int, ...], bool]:
    """Where the message names the child and other people (match ends), and whether it says a
    child's age: read once per message, not once per sentence (long posts)."""
    child = tuple(m.end() for m in _CHILD.finditer(message))
    other = tuple(m.end() for m in _OTHER.finditer(message))
    return child, other, bool(_AGE.search(message))


def _child_in_mind(message: str, start: int, sentence: str) -> bool:
    """The sentence names the author's child, or the last person named before it is the child
    (not "my mother-in-law" or "my husband": their "she" and "he" are theirs). By recency only:
    in "my mother-in-law wants to babysit our son. She cuts herself." the son is last named."""
    if _CHILD.search(sentence):
        return True
    child_ends, other_ends, aged = _people(message)
    child = child_ends[: bisect_right(child_ends, start)]
    other = other_ends[: bisect_right(other_ends, start)]
    if not child and aged:
        return not other  # the child is named by age only, after: no one else is named first
    return bool(child) and (not other or child[-1] > other[-1])


def view_in(message: str, start: int, sentence: str) -> str | None:
    """``child_view`` of the sentence of ``message`` at ``start``, when the child is the one
    it tells of (``_child_in_mind``)."""
    return child_view(sentence) if _child_in_mind(message, start, sentence) else None


def told_of_child(text: str, detect: Callable[[str], list[Signal]]) -> list[Signal]:
    """The crisis signs ``detect`` (the first-person rules) finds in the child's view of each
    sentence, as signs told of the author's child, spanning that sentence."""
    if not names_child(text):
        return []
    out: list[Signal] = []
    weak: dict[str, tuple[int, int]] = {}  # the child's weak signs by kind, and their sentence
    for m in _SENTENCE.finditer(text):
        view = view_in(text, m.start(), m.group())
        if view is None:
            continue
        signs = [
            s
            for s in detect(view)
            if s.category == CRISIS
            and s.score >= _WEAK_SIGN
            and s.signal not in _NOT_SIGNS
            and "(" not in s.detail
        ]
        strong = [s for s in signs if s.score >= 0.5]
        if strong:
            best = max(strong, key=lambda s: s.score)
            detail = f"told of their child: {best.detail}"
            out.append(Signal(CRISIS, min(best.score, 0.85), "child crisis", *m.span(), detail))
        for s in signs:
            weak.setdefault(s.detail, m.span())
    if not out and len(weak) >= 2:
        # Two different signs, each weak alone, told of the child across the message ("giving
        # her things away ... hugging everyone goodbye"): together they raise, as the author's
        # own weak signs do (``crisis.detect_crisis``, "combined").
        spans = weak.values()
        start, end = min(a for a, _ in spans), max(b for _, b in spans)
        kinds = "; ".join(sorted(weak))
        out.append(
            Signal(CRISIS, 0.55, "child crisis", start, end, f"told of their child: {kinds}")
        )
    return out
