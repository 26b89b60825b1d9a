"""Abuse types written from hate-speech and harassment typologies, one group per type.

Types follow the usual typologies of abusive language (threats, derogation, dehumanisation,
animosity and negative generalisation about a protected group, exclusion; Waseem et al.'s
directed/generalised split; Vidgen et al.'s categories of derogation, animosity, threatening
language and dehumanisation) plus two kinds of member-directed harassment a support group
sees: telling a member to leave, and mocking someone's grief.

A match inside reported or condemned speech stays quiet: "saying Muslims are terrorists is
ignorant", "someone sent me 'you'll regret this'", "no one should tell a grieving parent to
get over it" (counter-speech and quoting, ``reported_or_condemned``).

Each entry is ``(pattern, score, signal, detail)``; details name the typology item.
"""

from __future__ import annotations

import re

from .base import alternation
from .lexicon import GROUP_NOUNS, GROUP_TRAITS

_YOU = r"(?:you|u|ya|yall|y'all|@\w+)"
_YOUR = r"(?:your|ur|yer|@\w+'?s?)"
_YOU_WILL = (
    r"(?:you'?ll|youll|u'?ll|you\s+will|u\s+will|you'?re\s+(?:going\s+to|gonna)|youre\s+"
    r"(?:going\s+to|gonna)|ur\s+gonna|u\s+r\s+gonna|you\s+(?:are\s+)?gonna|you\s+are\s+going\s+to)"
)
_I_WILL = (
    r"(?:i'?ll|ill|i\s+will|i'?m\s+(?:going\s+to|gonna)|im\s+(?:going\s+to|gonna)|i\s+am\s+"
    r"(?:going\s+to|gonna)|we'?ll|we\s+will|gonna)"
)
_PLURAL = alternation(re.escape(g).replace(r"\ ", r"\s+") for g in GROUP_NOUNS)
_SINGULAR = alternation(
    re.escape(g[:-1] if g.endswith("s") and not g.endswith("ss") else g).replace(r"\ ", r"\s+")
    for g in GROUP_NOUNS
)
_TRAIT = alternation(re.escape(t).replace(r"\ ", r"\s+") for t in GROUP_TRAITS)
_GROUP_REF = rf"(?:(?:all|most|these|those|the)\s+)?(?:{_PLURAL}|(?:those|these)\s+people)"
_DEAD_CHILD = r"(?:dead|dying|sick)\s+(?:kid|baby|son|daughter|child|boy|girl)"
_IMPERATIVE_START = (
    r"(?:^|[.!?,;:]\s*|\b(?:just|please|pls|so|now|then|and)\s+|\bdo\s+(?:us|every(?:one|body))"
    r"\s+(?:all\s+)?a\s+fav(?:ou)?r\s+and\s+|\bwhy\s+(?:don'?t|dont)\s+(?:you|u)\s+)"
)

ABUSE_TYPES: list[tuple[str, float, str, str]] = [
    # Threats: direct harm
    (
        rf"\b(?:beat|kick|knock|slap|punch|smack)\s+(?:the\s+)?[\w*]+\s+(?:out\s+of|outta)\s+{_YOU}\b|"
        rf"\b(?:break|smash|bash|punch|cave\s+in|rip\s+off)\s+{_YOUR}\s+(?:\w+\s+)?(?:face|head|"
        r"legs?|neck|teeth|nose|jaw|skull|arms?)\b",
        0.9,
        "threat",
        "threat of violence [typology: threatening language]",
    ),
    (
        rf"\b{_I_WILL}\s+(?:\w+\s+){{0,2}}?(?:find|hunt\s+down|track\s+down|come\s+for)\s+{_YOU}\b"
        r".{0,40}\b(?:suffer|pay|regret|sorry|hurt)\b",
        0.9,
        "threat",
        "threat to find and harm [typology: threatening language]",
    ),
    # Threats: retaliation in plain words
    (
        rf"\b{_YOU_WILL}\s+(?:\w+\s+)?(?:regret|be\s+sorry|pay\s+for)\b(?!\s+(?:not|never|missing|"
        r"skipping|it\s+if\s+(?:you|u)\s+(?:don'?t|dont|do\s+not)))",
        0.85,
        "threat",
        "threat of retaliation [typology: threatening language]",
    ),
    (
        rf"\b{_I_WILL}\s+(?:\w+\s+)?(?:make\s+{_YOU}\s+(?:pay|regret|sorry|suffer)|get\s+{_YOU}\s+"
        rf"back|get\s+even\s+with\s+{_YOU}|ruin\s+{_YOUR}\s+life)\b",
        0.9,
        "threat",
        "threat of retaliation [typology: threatening language]",
    ),
    (
        rf"\b{_YOU}\s+(?:had\s+|'?d\s+)?(?:better|best)\s+watch\s+{_YOUR}\s+(?:back|step|mouth)\b|"
        r"(?:^|[.!?]\s*)watch\s+(?:your|ur|yer)\s+(?:back|step|mouth)\s*(?:[.!,]|$)|\bwatch\s+(?:your|ur)"
        rf"\s+back\s*,?\s+(?:bitch|idiot|{_YOU})\b",
        0.8,
        "threat",
        "veiled threat [typology: threatening language]",
    ),
    (
        r"\b(?:keep\s+(?:talking|it\s+up|posting|pushing)|try\s+(?:me|that\s+again)|say\s+that\s+"
        r"again|post\s+that\s+again|one\s+more\s+(?:word|post))\b.{0,30}\b(?:and\s+)?see\s+what\s+"
        rf"happens\b|\bsee\s+what\s+happens\s+to\s+{_YOU}\b",
        0.85,
        "threat",
        "threat of retaliation [typology: threatening language]",
    ),
    (
        rf"\b{_YOU}\s+(?:had\s+|'?d\s+)?(?:better|best)\s+(?:hope|pray)\s+(?:i|we)\s+(?:never|don'?t|"
        r"dont|do\s+not)\s+(?:meet|see|find|run\s+into)\b|\b(?:just\s+)?wait\s+(?:till|until|til)\s+"
        rf"i\s+(?:find|see|get\s+(?:my\s+hands\s+on|to))\s+{_YOU}\b",
        0.85,
        "threat",
        "threat of retaliation [typology: threatening language]",
    ),
    # Wishing harm on a member or their child
    (
        rf"\b(?:hope|wish|pray)\s+(?:that\s+)?{_YOUR}\s+(?:[\w']+\s+){{0,2}}?(?:cancer|tumou?r|"
        r"leukemia|illness|disease)\s+(?:comes\s+back|returns|spreads|kills)",
        0.9,
        "threat",
        "wishing harm on a member's family [typology: threatening language]",
    ),
    # Dehumanisation and negative generalisation about a protected group (no slur needed)
    (
        rf"\b{_GROUP_REF}\s+(?:are|r)\s+(?:all\s+|just\s+|nothing\s+but\s+|naturally\s+|"
        rf"always\s+|basically\s+|inherently\s+)?(?:(?!\w+ing\b)\w+\s+){{0,2}}?{_TRAIT}\b",
        0.85,
        "hate",
        "negative generalisation about a group [typology: derogation, dehumanisation]",
    ),
    (
        rf"\b(?:all|every)\s+(?:{_PLURAL}|{_SINGULAR})\s+(?:are|is|r)\s+(?:(?!\w+ing\b)\w+\s+){{0,2}}?"
        rf"{_TRAIT}\b",
        0.85,
        "hate",
        "negative generalisation about a group [typology: derogation]",
    ),
    (
        rf"\b(?:never|can'?t|cannot|don'?t|dont|shouldn'?t)\s+(?:ever\s+)?trust\s+(?:a|an|any)\s+"
        rf"{_SINGULAR}\b|\btypical\s+{_SINGULAR}\b|\b{_PLURAL}\s+(?:always|never)\s+(?:\w+\s+)?"
        r"(?:lie|lying|steal|stealing|cheat|cheating|want\s+handouts|breed)",
        0.8,
        "hate",
        "animosity towards a group [typology: animosity]",
    ),
    (
        r"\b(?:those|these)\s+people\s+(?:are|r)\s+(?:\w+\s+){0,2}?(?:animals|vermin|rats|"
        r"cockroaches|parasites|savages|subhuman|a\s+disease|a\s+plague|filth)\b",
        0.85,
        "hate",
        "dehumanising 'those people' [typology: dehumanisation]",
    ),
    # Exclusion: telling a member to leave
    (
        rf"{_IMPERATIVE_START}(?:get\s+out|gtfo|leave|go\s+away|get\s+lost|piss\s+off|fuck\s+off|"
        r"buzz\s+off|clear\s+off)\s+(?:of\s+|from\s+)?(?:this|the|our)\s+(?:group|server|channel|"
        r"chat|community|forum)\b",
        0.85,
        "exclusion",
        "telling a member to leave [typology: exclusion]",
    ),
    (
        rf"\b{_YOU}\s+(?:don'?t|dont|do\s+not)\s+belong\s+(?:here|in\s+(?:this|our))\b|"
        rf"(?:^|[.!?]\s*)(?:just\s+|please\s+|now\s+)?(?:leave|go\s+away|get\s+lost|get\s+out)\s*"
        r"(?:now\s*)?[.!]*\s*$|(?:^|[.!?]\s*)(?:go\s+away|get\s+lost|piss\s+off)\s+and\s+take\s+"
        rf"{_YOUR}\b",
        0.8,
        "exclusion",
        "telling a member to leave [typology: exclusion]",
    ),
    # Mocking grief
    (
        r"\bboo+\s*-?\s*hoo+\b|\bcry\s+me\s+a\s+river\b|\bimagine\s+(?:still\s+)?(?:crying|whining|"
        r"moaning|sobbing)\b",
        0.75,
        "harassment",
        "mocking someone's grief [typology: derogation]",
    ),
    (
        r"\b(?:still\s+)?(?:crying|whining|moaning|sobbing|complaining|going\s+on)\s+(?:about|over)\s+"
        rf"(?:a|your|ur|her|his|their|that)\s+{_DEAD_CHILD}\b",
        0.85,
        "harassment",
        "mocking someone's grief [typology: derogation]",
    ),
    (
        rf"\b(?:{_YOUR}\s+(?:\w+\s+)?(?:kid|son|daughter|child|baby)\s+(?:died|is\s+dead)|"
        r"it'?s\s+been\s+(?:a|one|two|\d+)\s+(?:year|month)s?)\b.{0,30}\b(?:get\s+over\s+it|"
        r"move\s+on|nobody\s+cares)\b",
        0.85,
        "harassment",
        "mocking someone's grief [typology: derogation]",
    ),
]

# Reported or condemned speech: the words before the match, or the verdict after it.
_REPORTED_BEFORE = re.compile(
    r"\b(?:say(?!\s+(?:that|it|this)\s+again)|says|said|saying|call|calls|called|calling|claim\w*|tell|tells|told|telling|"
    r"think\w*\s+that|believe\w*\s+that|idea\s+that|myth\s+that|(?:not|isn'?t)\s+true\s+that|"
    r"stereotyp\w*|heard|wrote|writes|sent\s+(?:me|us)|assum\w*\s+that|posted|messaged|"
    r"accus\w*|suggest\w*|impl(?:y|ies|ying|ied)|means?\s+that|the\s+case\s+that|prov(?:e|es|ing)|"
    r"argu\w*|pretend\w*|generali[sz]\w*|(?:notion|charge|evidence|proof|opinion|view|belief|"
    r"point|lie|idea|thought|narrative|propaganda)\s+(?:\w+\s+){0,2}that|in\s+(?:your|his|their)\s+"
    r"(?:opinion|view|mind)|(?!i\b|we\b)\w+\s+(?:think|thinks|believes?|assumes?|claims?|hears?|"
    r"hear\s+that))\b[^.!?]*$|['\"]\s*$|\bnot\s+(?:all\s+|every\s+)?$"
)
# A generalisation denied in its own words: "Muslims are not violent", "are never criminals".
_DENIED = re.compile(
    r"\b(?:are|is|r)\b.*?(?:\b(?:not|never|no|nor|neither|nothing|considered|seen\s+as)\b|n't\b)"
)
_CONDEMNED_AFTER = re.compile(
    r"^\s*['\"]?\s*(?:is|are|was|were)\s+(?:so\s+|just\s+|really\s+|deeply\s+)?(?:ignorant|racist|"
    r"wrong|hurtful|false|untrue|not\s+true|a\s+myth|bigoted|hateful|dehumani[sz]ing|disgusting|"
    r"cruel|unacceptable|a\s+(?:lie|stereotype)|(?:simply\s+|just\s+)?not\s+supported|nonsense|"
    r"absurd|ridiculous|prejudice\w*|unfair|a\s+generali[sz]ation|a\s+comment\s+that)\b"
)


def reported_or_condemned(text: str, start: int, end: int) -> bool:
    """True when the words at ``text[start:end]`` are quoted, reported or condemned."""
    sentence_start = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    before = text[sentence_start:start]
    return bool(_REPORTED_BEFORE.search(before) or _CONDEMNED_AFTER.search(text[end : end + 60]))


def denied(text: str, start: int, end: int) -> bool:
    """True when the matched generalisation negates itself ("X are not Y")."""
    return bool(_DENIED.search(text[start:end]))
