"""Mocking a member's grief, read by its parts.

In a group of parents of children with cancer, some members are bereaved. The cruelty they
meet has three forms that the research names: grief *policed*, told it has gone on too long
or should be over (Doka's disenfranchised grief: "get over it", "move on", "we get it",
"it's been two years"); grief *accused* of being used, for attention, sympathy or likes
(memorial trolling, Phillips 2011: "milking it", "for the likes", "pity party"); and grief
*derided*, laughed or sneered at ("boo hoo", baby talk, "not exactly a warrior"). The
harassment typologies file all three under derogation of a person.

A phrase list catches its own wording only, so this rule reads the two parts: a *loss* that
belongs to someone other than the author ("your dead son", "ur kid died", "her angel
anniversary post", "your grief", the community's words of honour in scare quotes: "ur
daughter's 'brave fight'") and a *mockery* cue, in one sentence or two neighbouring
ones. Look-alikes it leaves alone: the author's own loss ("sorry, another post about my angel,
I know nobody cares" is self-talk, not a target); a cue denied or defended against ("don't let
anyone tell you to move on", "you never have to get over it"); a cue quoted, reported or
condemned ("someone told me to get over it"); and a warm message ("lol, your son's memorial
playlist made me smile, thinking of you"). The phrases were written from the typology; three
were widened after reading development cases (the idiom "milk it", a grief "show", the honour
word after the child: "ur daughter's 'brave fight'") and tested with paraphrases of my own.
"""

from __future__ import annotations

import re

from .base import windows_read

_CHILD = r"(?:kid|child|son|daughter|baby|boy|girl|angel|little\s+one)"
# Someone other than the author: the addressee or a third person.
_OTHERS = r"(?:your|ur|yer|her|his|their)"
_DEATH = r"(?:died|dead|gone|passed(?:\s+away)?|buried|in\s+heaven|an\s+angel)"
_GRIEF = (
    r"(?:grief|grieving|mourning|crying|tears|sob\s+stor(?:y|ies)|sad\s+stor(?:y|ies)|"
    r"tragic\s+(?:[\w']+\s+){0,2}?stor(?:y|ies)|memorial\w*|anniversar(?:y|ies)|angelversary|"
    r"angel\s+(?:date|day|anniversary|birthday)|candles?|funeral|grave|loss)"
)
# The community's words of honour for a child who is ill or has died.
_HONOUR = (
    r"(?:(?:brave|little|tiny|strong|sweet)\s+)?(?:fight|battle|warrior|fighter|angel|hero|journey)"
)
_LOSS = re.compile(
    # "your dead son", "ur precious late daughter"
    rf"\b{_OTHERS}\s+(?:[\w']+\s+){{0,2}}?(?:dead|late|deceased)\s+{_CHILD}|"
    # "your kid died", "ur daughter's been gone two years", "her baby is in heaven"
    rf"\b{_OTHERS}\s+(?:[\w']+\s+){{0,2}}?{_CHILD}(?:'s|s)?\s+(?:(?:has|had|is|was)\s+)?"
    rf"(?:been\s+)?{_DEATH}|"
    # "you lost your son", "she buried her boy"
    rf"\b(?:buried|lost)\s+{_OTHERS}\s+(?:[\w']+\s+){{0,2}}?{_CHILD}|"
    # "your grief", "her angel anniversary post", "ur constant crying"
    rf"\b{_OTHERS}\s+(?:[\w']+\s+){{0,2}}?{_GRIEF}\b|"
    # her "little warrior": the honour word itself, of another's child
    rf"\b{_OTHERS}\s+(?:{_CHILD}(?:'?s)?\s+)?['\"\u2018\u201c]{_HONOUR}"
)
# The griever's own words held up in scare quotes ('another "my angel" post'): irony's mark,
# and not the author's words, so the author's "my" is not read in them.
_SCARE_QUOTED = r"['\"\u2018\u201c][^'\"\u2019\u201d.!?]{1,30}['\"\u2019\u201d]"
# ... and the idiom of exasperation, whose "we" is nobody's grief ("oh here we go again").
_QUOTED_WORDS = re.compile(rf"{_SCARE_QUOTED}|\bhere\s+we\s+go(?:\s+again)?\b")
# Grief posts counted by a third person: "another memorial post", "the daily angel post"; only
# where the window has no word of the author's own ("sorry, another sob story from me").
_GRIEF_POSTS = re.compile(
    rf"\b(?:another|more|yet\s+another|the\s+(?:daily|weekly|usual))\s+(?:(?:[\w']+\s+){{0,2}}?"
    rf"{_GRIEF}|{_SCARE_QUOTED})\s*(?:post|thread|update|story)s?\b"
)
_OWN = re.compile(r"\b(?:i|i'?m|im|me|my|mine|we|our)\b")
_POLICED = (
    r"get\s+over\s+(?:it|yourself|urself|him|her|them)|move\s+on|moved\s+on\s+by\s+now|"
    r"we\s+(?:all\s+)?get\s+it|change\s+the\s+record|give\s+it\s+a\s+rest|let\s+it\s+go|"
    r"get\s+a\s+(?:new\s+)?(?:hobby|life|grip)|(?:no\s*one|nobody)\s+(?:\w+\s+)?cares|"
    r"like\s+any\s*(?:one|body)\s+(?:\w+\s+)?cares|enough\s+already|grow\s+up|"
    r"should\s+(?:be\s+)?(?:over\s+it|moved\s+on)|still\s+(?:crying|whining|moaning|going\s+on|"
    r"banging\s+on|harping\s+on)"
)
_ACCUSED = (
    r"for\s+(?:the\s+)?(?:attention|sympathy|pity|likes|clout|views|followers)|"
    r"(?:sympathy|pity)\s+(?:likes|points|card|votes|party)|milking|milk(?:s|ed)?\s+(?:it|that|this)|"
    r"play(?:s|ing)?\s+the\s+(?:victim|grief|sympathy)\s+card|attention[\s-]*(?:seek\w*|hog)|"
    r"(?:loving|love|enjoying|enjoy)\s+(?:all\s+)?the\s+(?:attention|sympathy|likes)|"
    r"follower\s+count|misery\s+(?:show|olympics|tourism)|"
    r"(?:grief|misery|sadness)\s+(?:tourist|junkie|addict|queen|olympics|show|performance)"
)
_DERIDED = (
    r"boo+\s*-?\s*hoo+|cry\s+me\s+a\s+river|widdle|so\s+dramatic|"
    r"drama\s+queen|cringe|yawn|imagine\s+(?:still\s+)?\w+ing|"
    r"not\s+(?:exactly|much\s+of)\s+a\s+(?:warrior|fighter|hero|battle)"
)
_MOCKERY = re.compile(rf"\b(?:{_POLICED}|{_ACCUSED}|{_DERIDED})\b|\U0001f644|\U0001f971")
# The cue denied or defended against, just before it in its clause: "don't let anyone tell you
# to move on", "you never have to get over it", "no one gets to say 'we get it'", "people who
# say ... are cruel".
_DEFENDED = re.compile(
    r"\b(?:don'?t|dont|do\s+not|never|no\s*one|nobody|not|won'?t|shouldn'?t|should\s+not|"
    r"doesn'?t|does\s+not|no\s+need\s+to|ignore|whoever|anyone\s+who|people\s+who|those\s+who|"
    r"how\s+dare|no\s+such\s+thing\s+as|there'?s\s+no|isn'?t\s+about)\b[^.!?;]{0,40}$"
)
# Reported: the cue is what someone said or wrote to the author or to another member.
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|telling|wrote|commented|posted|messaged|dm'?d|asked)\b"
    r"[^.!?;]{0,40}$"
)
# Warmth in the message: condolence, love, prayer, a hug.
_WARM = re.compile(
    r"\b(?:thinking\s+of\s+(?:you|u)|hugs?|love(?:d|ly)?|beautiful|sorry\s+for\s+(?:your|ur)\s+"
    r"loss|condolences|rest\s+in\s+peace|rip|fly\s+high|made\s+me\s+(?:smile|laugh|cry)|"
    r"sending\s+(?:you\s+)?(?:strength|love)|here\s+for\s+(?:you|u)|proud\s+of\s+(?:you|u))\b|"
    "[\u2764\U0001f49c\U0001f49b\U0001f499\U0001f64f\U0001f90d\U0001f497]"
)


def _mocks(window: str) -> bool:
    """True when ``window`` names another's loss and mocks it, the mockery neither denied,
    defended against nor reported."""
    others = _GRIEF_POSTS.search(window) and not _OWN.search(_QUOTED_WORDS.sub(" ", window))
    if not (_LOSS.search(window) or others):
        return False
    for m in _MOCKERY.finditer(window):
        before = window[: m.start()]
        if not (_DEFENDED.search(before) or _REPORTED.search(before)):
            return True
    return False


def grief_mocked(text: str) -> list[tuple[int, int, str]]:
    """Windows of normalised ``text`` (a sentence, or a sentence with the one before) that
    mock a member's grief; nothing in a warm message."""
    if _WARM.search(text):
        return []
    return windows_read(text, _read)


def _read(window: str) -> str | None:
    return "mocking someone's grief [typology: derogation]" if _mocks(window) else None
