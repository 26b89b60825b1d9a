"""Which sentences may be a warning sign about the author: pure regex gates on normalised text.

Only a sentence about the author (first person, or a parent about their own child) is worth
embedding. A sentence is then left quiet when it is negated or says the author is safe ("I'm
not going to hurt myself", "I'm safe"), when it supports someone else ("if you ever feel like
a burden, talk to someone"), when it tells of a character, a song or the news, or when the
illness or its treatment is what kills or dies ("the chemo is killing his blasts"), or when
death is a figure of speech ("dying inside", "this is killing me").
"""

from __future__ import annotations

import re

from ..rules.crisis import _SUPPORT, _THIRD_PARTY, _YOU
from ..rules.safety import denials
from ..rules.warning_signs import FIGURATIVE, SAFETY

_SELF = re.compile(r"\b(?:i|i'm|im|me|my|myself|i've|ive|i'd|id|i'll|ill|mine)\b")
# A disclosure asked as a question to the group: "is it normal to feel like they'd be better off
# without you?", "does anyone else lie awake hoping they won't wake up?". The generic "you" and
# "they" of such a question are the author.
_HEDGE = re.compile(
    r"^\s*(?:(?:honestly|so|and|but|idk|tbh)\s+)?(?:is\s+it\s+(?:normal|bad|wrong|weird|okay|ok|"
    r"common)\s+(?:to|that|for|if)|does\s+any\s*(?:one|body)\s+else|has\s+any\s*(?:one|body)\s+"
    r"else|any\s*(?:one|body)\s+else|am\s+i\s+the\s+only\s+one|is\s+it\s+just\s+me)\b"
)
# Chat drops the subject: "bought a rope today", "standing by the tracks" are about the author.
_NO_SUBJECT = re.compile(
    r"^\s*(?:(?:just|finally|been|already|now|still|so)\s+)?(?:[a-z]{3,}ed|[a-z]{3,}ing|bought|"
    r"got|gave|went|took|found|sat|stood|left|wrote|drove|kept|hid|put|sold|told|said|felt|"
    r"thought|can'?t|cant|don'?t|dont|want|wish|need|(?:up\s+)?on\s+the|at\s+the|by\s+the)\b|"
    # chat that drops "I": "been havin...", "feel so trapped", "cut again", "thoughts of ..."
    r"^\s*(?:been|feel|feeling|cut|hurt|thinking|thinkin|thinkn)\b|^\s*(?:suicidal\s+)?thoughts\s+"
    r"(?:of|about|abt)\b|^\s*(?:there'?s\s+|theres\s+)?no\s+(?:way\s+out|point|reason)\b|"
    r"^\s*what'?s\s+the\s+point\b|^\s*this\s+is\s+(?:goodbye|it)\b"
)
# A gerund as the subject of a statement ("stopping chemo early is how people die"): a claim
# about anyone, not chat about what the author is doing.
_GERUND_SUBJECT = re.compile(
    r"^\s*[a-z]{3,}ing\b[^,;:]{0,60}?\b(?:is|are|was|were|can|could|will|would|may|might|"
    r"means?|makes?|leads?)\b"
)
_CHILD = re.compile(
    r"\b(?:my|our)\s+(?:\d+\s*(?:year|yr)[\s-]*old|son|daughter|kid|child|boy|girl|baby|teen|"
    r"teenager|little\s+one|(?:\w+\s+)?(?:son|daughter|kid|boy|girl))\b|^\s*(?:dd|ds)\d*\b"
)
# A sentence whose subject is "he" or "she": in a parents' group, a parent telling of their child
# ("she told the nurse she wants to die"), the C-SSRS parent-report voice without the noun.
_TOLD_OF = re.compile(
    r"^\s*(?:(?:and|so|but|then|now|today|tonight|yesterday|last\s+night)\s+)?"
    r"(?:he|she|he'?s|she'?s|hes|shes)\b"
)
# Someone besides the author: a third-person pronoun, a child or a relative.
_ANOTHER = re.compile(
    r"\b(?:he|she|him|her|his|hers|they|them|their|he'?s|she'?s|they'?re|son|daughter|kid|kids|"
    r"child|children|boy|girl|baby|teen|teenager|toddler|little\s+one|\d+\s*(?:year|yr)[\s-]*old|"
    r"brother|sister|sibling|nephew|niece|grandson|granddaughter|dd|ds)\b"
)
_SAFE = re.compile(
    SAFETY + r"|\b(?:not|never|no|don'?t|dont|won'?t|wont|wouldn'?t|nowhere\s+near|far\s+from)\s+"
    r"(?:\w+\s+){0,3}(?:(?:hurt\w*|harm\w*|kill\w*)\s+(?:my\s*self|me|my\s+life|him\s*self|"
    r"her\s*self)|end\w*\s+(?:it|my)|suicidal|doing\s+anything|do\s+anything|going\s+anywhere)\b|"
    r"\b(?:i'?m|im|i\s+am)\s+(?:okay|ok|fine|safe)\b|"
    # Another's safety quiets a sentence when it is said, not when it is the condition of the
    # author's act: "while she's safe with family", "once he's safe at his dad's".
    r"(?<!\bwhile\s)(?<!\bonce\s)(?<!\bwhen\s)(?<!\buntil\s)(?<!\blong\sas\s)(?<!\bknowing\s)"
    r"\b(?:he'?s|she'?s|he\s+is|she\s+is)\s+(?:okay|ok|fine|safe)\b"
)
_ELSEWHERE = re.compile(
    r"\b(?:character|characters|novel|book|movie|film|show|series|episode|song|lyrics?|"
    r"article|news|headline|documentary|video\s+game|podcast|poem)\b"
)
# A bounded absence is a break, not a wish to be gone: "better off without me for a night",
# "disappear for a week", "run away for an afternoon".
_BOUNDED_ABSENCE = re.compile(
    r"\b(?:without\s+me|away|disappear\w*|vanish\w*|gone|escape|off\s+somewhere)\s+"
    r"(?:\w+\s+){0,3}?for\s+(?:a|one|the|an|a\s+few|a\s+couple\s+of|two|three|\d+)\s+"
    r"(?:night|day|weekend|week|while|hour|afternoon|evening|morning|few|couple)s?\b"
)
_ILLNESS_AGENT = re.compile(
    r"\b(?:chemo\w*|blasts?|tumou?rs?|cancer|leuk\w*|radiation|treatment|drugs?|meds|"
    r"infection|disease|cells?)\b[^.!?]{0,25}\b(?:kill\w*|die|dies|dying|dead|gone|destroy\w*)\b"
)


def about_author(sentence: str) -> bool:
    """First person (or no subject), a disclosure asked as a question to the group, or a
    parent about their child (named, or "he"/"she" as the subject); not mainly about "you"."""
    if _HEDGE.search(sentence):
        return True
    own = len(_SELF.findall(sentence)) or int(
        bool(_NO_SUBJECT.search(sentence)) and not _GERUND_SUBJECT.search(sentence)
    )
    if not own and not _CHILD.search(sentence) and not _TOLD_OF.search(sentence):
        return False
    return len(_YOU.findall(sentence)) <= own


def quiet(sentence: str) -> bool:
    """Negated or safe, support for someone else, a story or the news, or the illness dying."""
    return bool(
        _SAFE.search(sentence)
        or denials(sentence)
        or _THIRD_PARTY.search(sentence)
        or _SUPPORT.search(sentence)
        or _ELSEWHERE.search(sentence)
        or _ILLNESS_AGENT.search(sentence)
        or FIGURATIVE.search(sentence)
        or _BOUNDED_ABSENCE.search(sentence)
    )


def candidate(sentence: str) -> bool:
    """A sentence to embed and compare with the catalogue."""
    return len(sentence.split()) >= 3 and about_author(sentence) and not quiet(sentence)


def names_another(sentence: str) -> bool:
    """The sentence names someone besides its author (a pronoun, a child, a relative)."""
    return bool(_ANOTHER.search(sentence))
