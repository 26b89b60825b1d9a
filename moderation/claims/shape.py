"""The shape of a sentence: advice or assertion, question, refutation; and its topic.

Pure regex checks on normalised text. A claim is misinformation when it is *told* (advice,
a recommendation, an assertion of a cure or a cause), not when it is asked about ("is it
true that sugar feeds cancer?") or refuted ("sugar doesn't feed cancer", "it's a myth").
Each catalogue kind also names the words that give its direction (``DIRECTION``): "go to the
ER right away" is about the same topic as "no need to go to the ER", with the opposite sense.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..normalize import Normalized

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")

_QUESTION = re.compile(
    r"\?\s*$|^\s*(?:is|are|does|do|did|can|could|should|would|will|has|have|anyone|any\s+one|"
    r"what|how|why|when|where|who|which|whether)\b"
)
_REFUTATION = re.compile(
    r"\b(?:myth|myths|no\s+(?:evidence|proof|studies|research|data)|not\s+(?:true|proven)|"
    r"isn'?t\s+true|is\s+false|debunk\w*|unproven|misinformation|(?:does|do)(?:\s+not|n'?t)\s+"
    r"(?:feed|cure|work|cause|make|help|shrink|kill|starve)|(?:won'?t|can'?t|cannot|will\s+not)\s+"
    r"(?:cure|shrink|starve|kill|heal)|is\s+how\s+(?:people|kids|children)\s+die|please\s+(?:don'?t|"
    r"do\s+not)|never\s+(?:cured|worked|shrunk)|(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+a\s+cure|"
    r"there\s+is\s+no\s+cure\s+in|scared\s+(?:of|that)|worried\s+(?:about|that)|someone\s+told\s+me|"
    r"people\s+(?:say|keep\s+saying|told\s+me))\b"
)
# Imperatives start a sentence or a clause ("..., just give him fluids").
_ADVICE = re.compile(
    r"(?:^|[,;:]|\band\b|\bbut\b|\bthen\b)\s*(?:(?:so|just|honestly|seriously|please|pls|and|"
    r"but|then|instead)\s+)*(?:stop|quit|"
    r"skip|delay|refuse|don'?t|dont|do\s+not|never|cut|starve|replace|swap|throw|use|try|give|"
    r"put|let|avoid|ditch|drop|forget|get|keep|no\s+need|no|switch|go|take|wait|start)\b|"
    r"\b(?:you|u|they|she|he|we|i)\s+(?:should|shouldn'?t|need\s+to|must|have\s+to|don'?t\s+need|"
    r"doesn'?t\s+need|do\s+not\s+need|does\s+not\s+need|stopped|quit|skipped|refused|replaced|"
    r"swapped)\b|\b(?:better\s+to|i\s+(?:would|'?d)|i\s+(?:recommend|suggest)|no\s+need\s+(?:to|for)|"
    r"there'?s\s+no\s+need|instead\s+of|rather\s+than|better\s+than|works?\s+better)\b|"
    r"\b(?:cures?|cured|curing|heals?|healed|shrinks?|shrank|shrunk|kills?|killed|dissolves?|"
    r"reverses?|feeds?|fuels?|causes?|caused|gave|makes?\s+(?:\w+\s+)?grow|is\s+(?:normal|nothing|"
    r"poison|fine)|are\s+(?:normal|nothing|poison|fine)|(?:isn'?t|aren'?t|is\s+not|are\s+not)\s+"
    r"(?:an?\s+)?(?:emergency|emergencies|serious|a\s+big\s+deal))\b"
)
TOPIC = re.compile(
    r"\b(?:chemo\w*|treatment|protocol|radiation|radiotherapy|surgery|transplant|cancer|"
    r"tumou?rs?|leuk(?:a)?emia|lymphoma|blasts|fever|temp(?:erature)?|port|line|picc|er|a&e|"
    r"hospital|emergency|oncolog\w*|vaccin\w*|shots?|jabs?|immuni\w*|sugar|carbs?|"
    r"carbohydrates?|fruit|diet|fasting|keto\w*|meds|medicines?|medications?|antibiotics|"
    r"steroids|pills|cure[sd]?|remed\w*|herb\w*|oils?|vitamin\w*|seeds|tea|detox\w*|"
    r"nosebleeds?|bleeding|bruis\w*|counts|neutropeni\w*|immune|homeopath\w*|supplements?|"
    r"tylenol|paracetamol|ibuprofen|anti-nausea|nausea|anti\w+|prescri\w*|doses?|infections?)\b"
)

# Words too common to mark an organizer's claim as the topic of a sentence.
_COMMON = frozenset(
    [
        "about",
        "after",
        "again",
        "always",
        "before",
        "being",
        "could",
        "doctor",
        "doctors",
        "every",
        "going",
        "great",
        "their",
        "there",
        "these",
        "thing",
        "think",
        "those",
        "instead",
        "never",
        "other",
        "should",
        "since",
        "still",
        "their",
        "where",
        "which",
        "while",
        "would",
        "years",
        "child",
        "children",
        "daughter",
        "really",
        "right",
    ]
)

# The words that give each catalogue kind its dangerous direction.
DIRECTION: dict[str, re.Pattern[str]] = {
    "stop or delay treatment": re.compile(
        r"\b(?:stop\w*|quit\w*|skip\w*|delay\w*|refus\w*|ditch\w*|drop\w*|don'?t\s+need|"
        r"doesn'?t\s+need|no\s+need|put\s+off|postpon\w*|hold\s+off|more\s+harm|poison\w*|"
        r"instead|on\s+its\s+own|heal\s+itself|naturally)\b"
    ),
    "natural cure": re.compile(
        r"\b(?:cur\w*|heal\w*|shr[iau]nk\w*|kill\w*|dissolv\w*|revers\w*|disappear\w*|"
        r"better\s+than|works?\s+better|instead|wiped\s+out|got\s+rid)\b"
    ),
    "vaccines during treatment": re.compile(
        r"\b(?:caus\w*|gave|don'?t|do\s+not|never|skip\w*|avoid\w*|refus\w*|keep\s+(?:them|it)"
        r"\s+away|away\s+from|dangerous|relapse|naturally|make\s+\w+\s+come\s+back)\b"
    ),
    "skip emergency care": re.compile(
        r"\b(?:don'?t|do\s+not|no\s+need|not\s+(?:an?\s+)?emergenc\w*|(?:isn'?t|aren'?t)\s+(?:an?\s+)?"
        r"emergenc\w*|is\s+normal|are\s+normal|is\s+nothing|are\s+nothing|wait\w*|sleep\s+it\s+off|"
        r"skip\w*|instead\s+of|stay\s+(?:at\s+)?home|at\s+home|bother|settle|bring\s+it\s+down|"
        r"ride\s+it\s+out|tough\s+it\s+out)\b"
    ),
    "starve the tumour": re.compile(
        r"\b(?:feeds?|fuels?|grow\w*|starv\w*|dies|die|kill\w*|instead|cut\w*|no\s+(?:sugar|fruit|"
        r"carbs?))\b"
    ),
    "home remedy instead of medicine": re.compile(
        r"\b(?:replac\w*|swap\w*|instead|don'?t\s+give|stop\w*|throw\w*|better\s+than|"
        r"works?\s+better|same\s+job|do\s+the\s+same|poison\w*|gentler)\b"
    ),
}


def sentences(norm: Normalized) -> list[tuple[int, int, str]]:
    """(start, end, text) of each sentence of the normalised text."""
    return [(m.start(), m.end(), m.group()) for m in _SENTENCE.finditer(norm.text) if m.group()]


def topic_words(claims: Sequence[str]) -> re.Pattern[str] | None:
    """The content words of organizers' claims (5+ letters), as a topic of their own."""
    words = {w for c in claims for w in re.findall(r"[a-z][a-z'-]{4,}", c.lower())}
    words -= _COMMON
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b")


def is_told(sentence: str, extra_topic: re.Pattern[str] | None = None) -> bool:
    """Advice or an assertion, on a health topic, that is neither a question nor a refutation."""
    on_topic = TOPIC.search(sentence) or (extra_topic is not None and extra_topic.search(sentence))
    return (
        bool(on_topic)
        and not _QUESTION.search(sentence)
        and not _REFUTATION.search(sentence)
        and bool(_ADVICE.search(sentence))
    )


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence(s) around ``text[start:end]``."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[left : min(rights) + 1 if rights else len(text)]


def asked_or_refuted(sentence: str) -> bool:
    return bool(_QUESTION.search(sentence) or _REFUTATION.search(sentence))
