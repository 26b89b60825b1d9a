"""A bereaved parent's wish to join their dead child (C-SSRS 1-2 told of the child).

"Six months since we lost Eli and I'm counting the days until I can be with him", "her
anniversary is on the 14th, that's the day I'll join her", "where we scattered his ashes. so
easy to just follow him", "I want to go where she is", "as soon as the funeral's over I'm
following him", "Mummy's coming, sweetheart. Wait for me.": the wish is told as a reunion,
with no word of dying (the wish to join the dead is the bereaved's sign of suicidal risk in
complicated grief, Latham and Prigerson 2004). It needs the loss in the message (lost, died,
funeral, ashes, anniversary, headstone, urn), and it is not the comfort of faith ("one day I'll
be with her again", "in heaven") or an errand ("I'll join him at the hospital later", "I'm
joining them at the church at ten").
"""

from __future__ import annotations

import re

from .base import Signal, sentence_at

CRISIS = "crisis"

_CHILD = (
    r"(?:her|him|them|(?:she|he|they)\s+(?:is|are|went)|my\s+(?:boy|girl|baby|son|daughter|angel))"
)
_JOIN = re.compile(
    r"\b(?:i'?ll|i\s+will|i\s+can|i\s+could|i'?m\s+going\s+to|i\s+(?:just\s+|only\s+|really\s+)?want\s+to|"
    r"i\s+need\s+to|until\s+i\s+(?:can|get\s+to)|(?:so\s+|too\s+)?(?:easy|easier|tempting)\s+to)\s+"
    r"(?:just\s+)?(?:finally\s+|go\s+(?:and\s+)?)?(?:join|be\s+with|follow|go\s+where)\s+"
    rf"{_CHILD}\b|"
    # the plan told in the present tense: "I'm following him", "I'm coming to be with her"
    r"\b(?:i'?m|im|i\s+am)\s+(?:following|joining)\s+"
    rf"{_CHILD}\b(?!\s+(?:on|around|everywhere|into|to|up|out|home|back|in|at|for|from|with|there|"
    r"later|after)\b)|"
    r"\b(?:i'?m|im|i\s+am)\s+coming\s+to\s+(?:be\s+with|join|find)\s+"
    rf"(?:{_CHILD}|you)\b|"
    # the dead child spoken to: "Mummy's coming, sweetheart. Wait for me."
    r"\b(?:mummy|mommy|mum|mom|mama|daddy|dad|papa)(?:'s|\s+is)\s+coming(?:\s+to\s+(?:you|find\s+you|"
    r"be\s+with\s+you))?\b[^.!?]{0,40}[.!?,]?\s*(?:please\s+)?wait\s+for\s+me\b"
)
_LOSS = re.compile(
    r"\b(?:lost|died|passed|funeral|ashes|grave|anniversary|since\s+(?:she|he|they)\s+(?:went|left)|"
    r"without\s+(?:her|him)|headstone|memorial|buried|burial|cemetery|urn|angelversary|"
    r"(?:his|her|their)\s+death)\b"
)
# Faith's reunion, or being with the child somewhere today.
_NOT_A_WISH = re.compile(
    r"\b(?:one\s+day|someday|some\s+day|in\s+heaven|when\s+my\s+time|again\s+one\s+day|hospital|"
    r"ward|clinic|school|lunch|dinner|tomorrow|tonight\s+at|later|this\s+(?:afternoon|evening|"
    r"morning)|at\s+\d|the\s+(?:park|beach|car)|on\s+(?:the\s+)?(?:ward|sofa|couch))\b"
)


def joining_the_dead(text: str) -> list[Signal]:
    """The wish to join a dead child, as a crisis signal (0.85), or nothing."""
    if not _LOSS.search(text):
        return []
    out = []
    for m in _JOIN.finditer(text):
        if _NOT_A_WISH.search(sentence_at(text, m.start())):
            continue
        out.append(Signal(CRISIS, 0.85, "ideation", m.start(), m.end(),
                          "wishes to join their dead child [C-SSRS 1-2]"))  # fmt: skip
    return out
