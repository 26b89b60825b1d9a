"""Being a burden read by its parts (988/AFSP; Joiner's perceived burdensomeness).

The warning sign has two parts: the others' relief ("they'd all be better off", "the girls
would have calmer lives") and the author's absence ("without me", "once I'm out of the
picture", "if I wasn't in their lives"). People put words between them and in either order,
so the list patterns of ``warning_signs`` (the two parts side by side) miss most of what is
said. Here the two parts are read apart and must meet in one sentence, the relief said of
others (not "I'd be better off"), the absence of the author for good (not "without me for a
night": ``NOT_FOR_A_WHILE``).

The relief words are comparatives of the others' lives (better off, calmer, easier, less
trouble), not "fine" or "okay": a parent who is the patient says "the kids will be okay when
I'm gone" of their prognosis, and that is no sign.

A second reading: the author as the family's extra load ("I'm just one more thing for my
family to deal with"), the burden in its own noun.
"""

from __future__ import annotations

from .warning_signs import NOT_BOUNDED, NOT_FOR_A_WHILE

_OTHERS = (
    r"(?:they|he|she|everyone|everybody|every1|we|(?:the|my|our)\s+(?:\w+\s+)?(?:family|husband|wife|"
    r"partner|kids|children|girls|boys|son|daughter|mum|mom|dad|parents|household|house)|(?!i\b)[a-z]+)"
)
_HEDGE = r"(?:(?:all|honestly|so|just|really|probably|definitely|genuinely|actually|truly)\s+)*"
_COMPARATIVE = r"(?:better|happier|calmer|easier|simpler|lighter|freer|more\s+peaceful)"
# The others' relief: "they'd all be better off", "my wife would have an easier life", "the kids
# would have less trouble", "he'd cope better".
RELIEF = (
    rf"\b{_OTHERS}\s*(?:'d|’d|d|would|wud|will|'ll|’ll)\s+{_HEDGE}(?:(?:be\s+)?{_HEDGE}(?:so\s+much\s+|"
    rf"much\s+|a\s+lot\s+|far\s+)?(?:{_COMPARATIVE}(?:\s+off)?|relieved|less\s+(?:stressed|"
    rf"burdened))|have\s+(?:a\s+|an\s+)?(?:so\s+much\s+|much\s+|a\s+lot\s+|far\s+)?(?:{_COMPARATIVE}|"
    rf"less)\s+(?:lives?|life|time|trouble|hassle|stress|worry|days|future)|"
    # the family's grief short: "they'd move on quicker than they think"
    r"(?:move\s+on|get\s+over\s+(?:it|me))\s+(?:so\s+much\s+|much\s+|a\s+lot\s+|far\s+)?(?:quick(?:er|ly)?|"
    rf"fast(?:er)?|soon(?:er)?|in\s+no\s+time)|(?:run|go)\s+{_HEDGE}"
    r"(?:so\s+much\s+|much\s+|a\s+lot\s+|far\s+)?(?:smoother|more\s+smoothly)|(?:cope|manage|do|get\s+on)"
    rf"\s+{_HEDGE}(?:so\s+much\s+|much\s+|a\s+lot\s+|far\s+)?better)\b"
)
ABSENCE_WITHOUT = (
    r"\b(?:without|w/o|w/out)\s+me\b|\bwith\s+me\s+(?:gone|out\s+of\s+the\s+(?:picture|way))\b"
)
ABSENCE_IF = (
    r"\b(?:(?:once|if|when|after)\s+i(?:'m|’m|m|\s+am|\s+was|\s+were)?\s+(?:(?:just|finally|"
    r"really|properly)\s+)?(?:gone|dead|out\s+of\s+the\s+(?:picture|way)|not\s+(?:here|around)|"
    r"no\s+longer\s+(?:here|around))|if\s+i\s+(?:just\s+)?(?:wasn'?t|weren'?t|wasnt|werent|"
    r"was\s+not|were\s+not)\s+(?:here|around|in\s+(?:the\s+picture|them|it|their\s+lives|the\s+"
    r"way))|if\s+i\s+(?:just\s+)?(?:disappeared|vanished|stepped\s+out|left\s+for\s+good|"
    r"stopped\s+existing))\b"
)
# The author gone for good: "without me" not for a night or at the appointment
# (``NOT_FOR_A_WHILE``), "once I'm out of the picture" not during rounds or alone every night
# (``NOT_BOUNDED``).
ABSENCE = rf"(?:(?:{ABSENCE_WITHOUT}){NOT_FOR_A_WHILE}|(?:{ABSENCE_IF}){NOT_BOUNDED})"
_GAP = r"[^.!?;]{0,80}?"
BURDEN_BY_PARTS = rf"(?:{RELIEF}{_GAP}{ABSENCE}|{ABSENCE}{_GAP}{RELIEF})"
# The author as the family's extra load: "I'm just one more thing for my family to deal with".
EXTRA_LOAD = (
    r"\b(?:i'?m|im|i\s+am|i\s+feel\s+like|feel\s+like)\s+(?:just\s+|only\s+)?(?:one\s+more|another|"
    r"an\s+extra|the\s+extra)\s+(?:thing|problem|person|mouth|worry|weight|mess|job)\s+for\s+(?:my\s+"
    r"(?:\w+\s+)?(?:family|husband|wife|partner|kids|children|mum|mom|parents)|everyone|everybody|"
    r"them)\s+to\s+(?:deal\s+with|worry\s+about|look\s+after|carry|handle|manage|sort\s+out|"
    r"put\s+up\s+with|cope\s+with)\b"
)

# The author's absence as a gift to the family: "the kindest thing I could do for my wife and
# Noah is to stop being here" (Joiner: the death seen as worth more to others than the life).
# Not "the best thing I can do for her is be there", "... is to let him go" (a child's death
# allowed in palliative care), nor leaving for a while.
ABSENCE_AS_GIFT = (
    r"\b(?:best|kindest|most\s+loving|fairest|only\s+(?:decent|good|useful)|right|greatest)\s+(?:thing|"
    r"gift)\s+(?:that\s+)?i\s+(?:could|can|would|'d)\s+(?:ever\s+|possibly\s+|really\s+)?(?:do(?:\s+(?:for|"
    # the beneficiary named or not: "the kindest thing I could do is stop being here"
    r"to)\s+(?:[\w']+\s+){1,4}?|\s+)|give(?:\s+to)?\s+(?:[\w']+\s+){1,4}?)(?:is|would\s+be|was)\s+"
    r"(?:to\s+)?(?:just\s+|simply\s+)?"
    r"(?:stop\s+(?:being\s+(?:here|around|alive)|existing|breathing)|not\s+(?:be\s+)?(?:here|around|"
    r"alive)|disappear|vanish|go(?:\s+away)?(?:\s+for\s+good)?|leave\s+(?:for\s+good|forever|this\s+"
    r"world)|be\s+gone|get\s+out\s+of\s+(?:their|the|his|her)\s+(?:way|lives?)|remove\s+my\s*self|"
    r"take\s+my\s*self\s+out\s+of\s+(?:the\s+picture|their\s+lives))"
    r"(?=\s*(?:[.!?,;:]|$|\s+(?:and|so|then|forever|permanently|now|already|for\s+(?:them|everyone|"
    r"all|us|him|her))\b))"
)

BURDEN: list[tuple[str, float, str, str, bool]] = [
    (
        BURDEN_BY_PARTS,
        0.85,
        "burden",
        "others' relief at the author gone for good [988/AFSP: being a burden]",
        False,
    ),
    (
        ABSENCE_AS_GIFT,
        0.85,
        "burden",
        "the author's absence as the kindest thing for the family [988/AFSP: being a burden]",
        True,
    ),
    (
        EXTRA_LOAD,
        0.75,
        "burden",
        "the author as the family's extra load [988/AFSP: being a burden]",
        True,
    ),
]
