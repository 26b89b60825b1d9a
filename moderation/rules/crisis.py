"""Crisis: suicidal ideation, plans, means, goodbyes and self-harm, of the parent or their child.

Errs on the side of care: a missed crisis is far worse than an extra look, and a crisis is
never punished (the assessor forces its action to ``review``). Two things lower a score:
negation right before a first-person phrase ("I'm not suicidal") and support addressed to
others ("if anyone feels suicidal, call 988") when the author says nothing about themselves.
"""

from __future__ import annotations

import re

from ..normalize import Normalized
from .attempts import ATTEMPTS
from .attempts import GATES as ATTEMPT_GATES
from .base import NEAR, Signal, sentence_at, window_before
from .bereaved import joining_the_dead
from .burden import BURDEN
from .mortality import apply_illness_reason, cancer_talk
from .plan_timing import GATES as PLAN_GATES
from .plan_timing import PLAN_TIMING
from .registers import MISSED_OR_ASKED_TO_STAY
from .safety import clause_at, clauses, denials
from .someone_close import TOLD_BY_RULE
from .told_view import told_of_child
from .unsaid import GATES as UNSAID_GATES
from .unsaid import UNSAID
from .warning_signs import (
    BE_HERE,
    BORN_WHEN,
    FAREWELL_TO_GROUP,
    FIGURATIVE,
    HYPERBOLE_CAUSE,
    NO_INJURY_CAUSE,
    NOT_FOR_A_WHILE,
    NOT_THE_MORNING,
    SAFETY,
    WARNING_SIGNS,
    WHERE_TO_DIE,
)

CRISIS = "crisis"

_I = r"(?:i|i'm|im|i\s+am|i've|ive|i\s+have|i\s+was|i'd|id|i\s+had|me|myself|i\s+really|i\s+just)"
_CHILD = (
    r"(?:my|our)\s+(?:\d+\s*(?:year|yr)[\s-]*old|son|daughter|kid|child|boy|girl|baby|teen|"
    r"teenager|little\s+one|(?:\w+\s+)?(?:son|daughter|kid|boy|girl))"
)
# "What's the point of going on with the chemo": a question about treatment, not about living.
_NOT_TREATMENT = (
    r"(?!\s+(?:of|in)\s+(?:[\w']+\s+){0,4}?(?:chemo|treatment|radiation|radiotherapy|surgery|scans?|"
    r"trials?|appointments?|meds|transplant|physio|therapy|another\s+round)\b)"
)
# A negation shortly before a sign denies it ("I'm not suicidal"); doubt or not caring does
# not ("I don't know, maybe they'd be better off without me", "I don't care anymore, I just
# want to die"), as a doubt before a safety statement is no denial (``safety.denials``).
# A negation's scope ends at the sentence's end, at "but", and at a new clause of the
# author's own after a comma ("No, I want to die", "not gonna lie, I want to die", "I'm not
# scared anymore, I've decided"), as NegEx ends a negation at its termination terms (Chapman
# et al. 2001); "I'm not, and never have been, suicidal" keeps its denial.
_SUBJECT = r"(?:i|i'm|im|i've|ive|i'll|i'd|id)\b"
_CLAUSE = r"[,;:]\s*(?:(?:and|so|because|cos|cuz)\s+)?"
_SCOPE_END = rf"[.!?]|\b(?:but|however|though|although)\b|{_CLAUSE}{_SUBJECT}"
_CLAUSE_OPEN = re.compile(rf"{_CLAUSE}$")
_OWN_CLAUSE = re.compile(_SUBJECT)
_SUBJECT_LAST = re.compile(rf"\b{_SUBJECT}\s+(?:[\w']+\s+){{0,3}}$")
_IF_NOT = re.compile(
    r"\b(?:if|unless|when|once)\s+(?:(?![\w']*n't\b|(?:not|never|no)\b)[\w']+\s+){0,5}?"
    r"(?:not|never|no|isn'?t|aren'?t|don'?t|dont|"
    r"won'?t|wont|wouldn'?t|ain'?t|doesn'?t|didn'?t)\b"
    # and no negation of the author's clause after it
    r"(?:(?!n't|\b(?:dont|wont|cant|isnt|not|never|no)\b)[^.!?,;]){0,30}$"
)
_NEG = re.compile(
    r"\b(?:not|never|no\s+longer|don'?t|dont|do\s+not|won'?t|wont|wouldn'?t|isn'?t|ain'?t|"
    r"nothing\s+like|stopped|used\s+to|no|without)\b(?!\s+(?:idea|clue)\b)"
    # "it's not even that, I just want ...": more than that, not a denial
    r"(?!\s+(?:even\s+|just\s+|only\s+)?(?:that|this)\s*[,;:])"
    rf"(?!\s+(?:really\s+|even\s+)?(?:know|care|mind)\b)(?:(?!{_SCOPE_END}).){{0,25}}$"
    # "I couldn't hurt myself" denies; "I couldn't stop thinking about it" does not
    r"|\b(?:couldn'?t|couldnt|could\s+(?:not|never))\s+(?:ever\s+)?$"
)
_THIRD_PARTY = re.compile(
    r"\b(?:if\s+(?:any\s*one|anybody|someone|you|u|your\s+\w+)|call\s+(?:or\s+text\s+)?988|"
    r"text\s+988|988\b|hotline|lifeline|crisis\s+(?:line|text)|you\s+are\s+not\s+alone|"
    r"you'?re\s+not\s+alone|reach\s+out|please\s+(?:don'?t|talk|get\s+help|stay)|"
    r"(?:don'?t|dont)\s+(?:do\s+it|kill\s+yourself|hurt\s+yourself|end\s+your)|"
    r"you\s+(?:don'?t|dont)\s+(?:need|have)\s+to)"
)
# "it's harming myself and others": the harm has another agent (drink, a habit), not the author.
_OTHER_AGENT = re.compile(
    r"\b(?:it'?s|its|it\s+(?:is|was)|that'?s|that\s+(?:is|was)|this\s+is|which\s+is)\s*$"
)
# A sign inside a question someone asked the author ("the nurse asked if I'd had thoughts of
# ending my life"): the clinician's screening question (C-SSRS is asked this way), not the
# author's word, unless the answer told after it is yes ("... and I said yes"), none, or a
# lie ("I said no but that's not true").
_ASKED_IF = re.compile(
    r"\b(?:asked|asks|ask|asking)\s+(?:(?:me|us|everyone|every\s+parent|all\s+of\s+us)\s+)?"
    # the question ends where the negation's scope would, or at "and I"
    rf"(?:if|whether)\b(?:(?!{_SCOPE_END}|\band\s+{_SUBJECT}).){{0,60}}"
)
_SAID_YES = re.compile(
    r"[^\n]{0,60}?\b(?:(?:i|and\s+i)\s+(?:said|told\s+(?:him|her|them)|answered|admitted)\s+"
    r"(?:(?:honestly|truthfully)\s+)?(?:yes|yeah|yep|that\s+i\s+(?:had|have|was|am|do))\b|"
    r"(?:^|[,.]\s*)(?:yes|yeah|yep)\b|"
    # no answer, or a "no" that was not the truth
    r"\b(?:couldn'?t|could\s+not|didn'?t|did\s+not|can'?t)\s+(?:answer|say\s+no|deny)|\blied\b|"
    r"\bsaid\s+no\s+but\b)"
)
# "if I'm not careful I'll end up hurting myself": an accident foreseen (not "without it I'm
# gonna end up cutting myself").
_END_UP = re.compile(r"\bcareful\b[^.!?]{0,20}\bend\s+up\s+$")
_NEG_IN = re.compile(r"\b(?:not|never|no\s+longer|isn'?t|wasn'?t|won'?t|wont)\b")
# A negation that is the sign's own wording ("thoughts of not being here", "never wake up"),
# not a denial of it.
_OWN_NOT = re.compile(
    r"\b(?:not|never)\s+(?:being|be)\s+(?:here|alive|around)\b|\b(?:not|never)\s+(?:have\s+to\s+)?"
    r"(?:wak(?:e|ing)\s+up|face\s+(?:any\s+of\s+)?(?:it|this|anything|tomorrow|another\s+day))\b|"
    # an end told by not going on: "I'm not carrying on", "I won't be around anymore"
    r"\b(?:not|won'?t|wont)\s+(?:carrying|going|carry|go)\s+on\b|\b(?:won'?t|wont)\s+be\s+(?:here|around)\b|"
    r"\bnot\s+(?:sticking|staying|hanging)\s+around\b|\bnot\s+(?:going\s+to|gonna)\s+be\s+(?:here|around)\b|"
    r"\b(?:won'?t|wont)\s+have\s+to\s+(?:do|face|carry|feel)\b|\bnot\s+(?:scared|afraid|frightened)\s+any\s*more\b"
)
_YOU = re.compile(r"\b(?:you|your|yours|u|ur|yourself|you'?re|you'?ve|you'?ll|you'?d|ya)\b")
# Dying as hyperbole, the word right after the sign: "want to die of embarrassment", "wanted to
# die laughing". A wish to die said of a feeling of the moment is a figure of speech.
_DIE_END = re.compile(r"\b(?:die|died|dying|dead)$")
_FIGURATIVE = re.compile(rf"\s+{HYPERBOLE_CAUSE}")
# A sign told with "you" as its subject ("I noticed you said you don't see the point
# anymore"): in a message that offers support (``_THIRD_PARTY``), the reader's state as the
# author repeats it back to them, not the author's own.
_YOU_SUBJECT = re.compile(r"\b(?:you|u|ya)(?:'?re|'?ve|'?d|'?ll|r)?\s+(?:\w+\s+){0,2}$")
# Words of support for someone else: the embedding model reads them as the register of a
# crisis forum, but alone they say nothing about the author being in danger.
_SUPPORT = re.compile(
    r"\b(?:it\s+(?:\w+\s+)?(?:will|can|does|gets?|is\s+going\s+to)\s+(?:\w+\s+)?(?:get\s+)?better|"
    r"(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:always\s+)?here\s+for\s+you|(?:pm|message|dm)\s+me|"
    r"talk\s+to\s+(?:someone|somebody|a\s+(?:therapist|counsel+or|professional|doctor))|"
    r"(?:someone|somebody|people)\s+to\s+talk\s+to|"
    # training in how to help: "how to ask someone directly if they're thinking about it"
    r"how\s+to\s+(?:ask|talk\s+to|support|help|spot|check\s+(?:in\s+)?on|reach)\s+(?:someone|somebody|"
    r"people|a\s+friend|others|a\s+person)|"
    r"(?:i\s+)?(?:hope|wish)\s+(?:it\s+works\s+out|things\s+get|you\s+(?:the\s+best|well|luck|"
    r"feel|get|find|can|are|will))|best\s+of\s+luck|good\s+luck|stay\s+strong|hang\s+in\s+there|"
    r"sending\s+(?:love|hugs|strength)|you'?re\s+not\s+alone|you\s+are\s+not\s+alone|"
    r"i\s+(?:would|'?d)\s+(?:\w+\s+)?(?:suggest|recommend|try|take\s+some\s+time|talk\s+to|look\s+into)|"
    r"i\s+(?:suggest|recommend|advise)|"
    rf"{MISSED_OR_ASKED_TO_STAY})\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|me|my|myself|i've|ive|i'd|id|i'll|ill)\b")
# The author or their family ("our son"): what the embedding model's crisis score needs.
FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|me|my|myself|i've|ive|i'd|id|i'll|ill|we|our|us)\b")

# Where or with whom one lives: "don't want to live in a country where ...", "near the
# hospital", "with my parents after uni" is about a home, not about being alive ("in a world
# without her", "with this pain", "like this" still are).
LIVE_WHERE = (
    r"(?!\s+(?:in|near|next\s+to|close\s+to)\s+(?:(?:a|an|the|this|that|my|our|their|his|her|such\s+"
    r"a)\s+)?(?:\w+\s+)?(?:country|town|city|village|house|flat|apartment|area|street|"
    r"neighbou?rhood|estate|road|county|state|caravan|suburbs?|countryside|hospital|ward)\b|"
    r"\s+(?:with|near|"
    r"next\s+to)\s+(?:them|him|her|my\s+(?:parents|mum|mom|dad|in-laws|ex|sister|brother|family)|"
    r"those\s+people)\b|\s+(?:abroad|nearby|there)\b)"
)

# No way out, not of a place one is kept in for a while ("no way out of this ward until his
# counts recover", "no way out till the ANC is over 500"): a ward's isolation is not despair.
NO_WAY_OUT = (
    r"\bno\s+way\s+out\b(?!\s+(?:of\s+(?:this|the|here|our|his|her|their|my)\s+(?:\w+\s+)?(?:ward|"
    r"hospital|room|unit|isolation|bay|cubicle|building|car\s*park|parking|garage|traffic|lift|"
    r"queue|contract|lease|deal|job|house|flat)\b|(?:until|till|til|before)\b|for\s+(?:now|a\s+"
    r"while|(?:another|a|the\s+next)\s+\w+)\b))"
)

# (pattern, score, signal, detail, negatable)
_PATTERNS: list[tuple[str, float, str, str, bool]] = [
    # explicit ideation
    (
        r"\b(?:kill|killing|hang|hanging|shoot|shooting|offing|end|ending)\s+(?:my\s*self|meself)\b|"
        # slang "off myself", not "take the pressure off myself"
        r"\b(?:to|gonna|wanna|will|i'?ll|ill|should|could|might|just)\s+off\s+(?:my\s*self|meself)\b",
        0.95,
        "ideation",
        "talk of killing oneself",
        True,
    ),
    (
        # the words between are no one else ("wants her daddy to die" wishes another's death)
        r"\b(?:want|wanna|wanted|wish|plan|planning|ready|trying|tried|decided|deserve|longing|long)"
        r"\s+(?:(?!(?:him|her|them|you|u|my|his|their|your|ur|the|every\w*|people|some\w*)\b)\w+\s+)"
        r"{0,2}?(?:to\s+)?(?:die|be\s+dead|not\s+(?:be\s+)?(?:here|alive|"
        r"exist|wake\s+up)|disappear\s+(?:for\s+good|forever)|end\s+(?:it|it\s+all|my\s+life|"
        r"everything)|sleep\s+forever|(?:finally\s+)?(?:rest|sleep|be\s+at\s+rest)\s+(?:for\s+good|"
        r"forever)|never\s+wake\s+up|stop\s+existing)\b"
        # ending a relationship, not a life: "decided to end it with him"
        r"(?!\s+(?:with|between)\b)",
        0.9,
        "ideation",
        "wish to die",
        True,
    ),
    (
        r"\b(?:i'?m|im|i\s+am)\s+(?:going|gonna)\s+(?:to\s+)?(?:end\s+(?:it|it\s+all|my\s+life)|"
        r"kill\s+my\s*self|do\s+it\s+tonight)\b(?!\s+(?:with|between)\b)",
        0.95,
        "plan",
        "announces ending their life",
        True,
    ),
    (
        r"\b(?:end|take|ending|taking|ended|took)\s+my\s+(?:own\s+)?life\b",
        0.95,
        "ideation",
        "ending one's life",
        True,
    ),
    (r"\bsuicid(?:e|al)\b", 0.4, "mention", "mentions suicide", True),
    (
        r"\b(?:commit|committing|attempt(?:ed|ing)?|thoughts?\s+of|thinking\s+(?:of|about)|"
        r"considering|contemplating)\s+(?:\w+\s+)?suicide\b",
        0.8,
        "ideation*",
        "suicidal thoughts",
        True,
    ),
    # not "I just think you got suicidal with that trade": the second person is not the author
    (
        rf"\b{_I}\s+(?:(?!(?:you|u|ya|y'?all)\b)\w+\s+){{0,3}}suicidal\b",
        0.9,
        "ideation",
        "says they are suicidal",
        True,
    ),
    # The author's suicidal feelings as chat tells them: no subject ("feeling suicidal again"),
    # thoughts owned or fought ("can't stop the suicidal thoughts", "my suicidal urges").
    (
        r"(?:^|[.!?,;:]\s*|\b(?:and|but|so|still|been|just|now|tbh|honestly)\s+)(?:feel\w*|felt|"
        r"getting)\s+(?:\w+\s+){0,2}?suicidal\b|\b(?:can'?t|cannot|cant)\s+(?:stop|shake|escape|"
        r"get\s+rid\s+of|fight)\s+(?:the|these|my|those|all\s+the)\s+suicidal\s+(?:thoughts?|urges?|"
        r"feelings?)\b|\bmy\s+suicidal\s+(?:thoughts?|urges?|feelings?|ideation)\b|\b(?:stave|keep|"
        r"hold|fight\w*)\s+off\s+(?:these|the|my)\s+suicidal\b",
        0.85,
        "ideation",
        "has suicidal thoughts [C-SSRS 2]",
        True,
    ),
    (
        r"\b(?:wish|wished)\s+(?:i|i'd|id)\s+(?:was|were|had\s+(?:never|not)\s+been|could|would)\s+"
        rf"(?:dead|die|never\s+been\s+born{BORN_WHEN}|not\s+alive|disappear|gone)\b",
        0.9,
        "ideation",
        "wishes to be dead",
        True,
    ),
    (
        rf"\bbetter\s+off\s+(?:dead|without\s+me{NOT_FOR_A_WHILE}|if\s+i\s+(?:just\s+)?"
        r"(?:(?:was|were)\s+(?:gone|dead|not\s+(?:here|around|alive))|(?:wasn'?t|weren'?t|wasnt|"
        r"werent)\s+(?:here|around|alive|born)|died|disappeared))\b",
        0.9,
        "ideation",
        "others 'better off' without them",
        True,
    ),
    (
        r"\b(?:no|don'?t\s+see\s+(?:the|any)|dont\s+see\s+(?:the|any)|what'?s\s+the|whats\s+the|"
        r"lost\s+(?:the|any))\s+(?:point|reason)\s+(?:of|in|to)\s+(?:living|life|going\s+on|"
        r"being\s+alive|live|carry\s+on|keep\s+going|anything)(?!\s+with\b)",
        0.85,
        "ideation",
        "sees no point in living",
        False,
    ),
    (
        rf"^\s*what'?s\s+the\s+point\b{_NOT_TREATMENT}|\bwhats\s+the\s+point\s*[.?!]",
        0.6,
        "hopelessness",
        "'what's the point'",
        False,
    ),
    (
        r"\b(?:can'?t|cant|cannot)\s+(?:do\s+this|go\s+on|keep\s+going|take\s+(?:it|this)|handle\s+"
        r"(?:it|this|life))\s*(?:any\s*more|much\s+longer|any\s+longer|like\s+this)\b",
        0.45,
        "hopelessness",
        "cannot go on",
        False,
    ),
    (
        r"\b(?:nobody|no\s+one|noone)\s+would\s+(?:even\s+)?(?:notice|care|miss\s+me)\s+if\s+i\b",
        0.85,
        "ideation",
        "nobody would notice if they were gone",
        False,
    ),
    (
        r"\b(?:life|living)\s+(?:is|isn'?t)\s+(?:not\s+)?worth\s+(?:living|it)\b|\bnot\s+worth\s+"
        r"living\b",
        0.8,
        "ideation",
        "life not worth living",
        True,
    ),
    (
        rf"\b(?:don'?t|dont|do\s+not)\s+want\s+to\s+(?:be\s+alive|live\b{LIVE_WHERE}|exist|wake\s+up|"
        rf"{BE_HERE})\b",
        0.9,
        "ideation",
        "does not want to live",
        False,
    ),
    (
        # C-SSRS 1 told as unworthiness: "I don't deserve to be alive" (not "to live like this")
        r"\b(?:don'?t|dont|do\s+not)\s+deserve\s+to\s+(?:be\s+alive|live|exist|be\s+here)\b"
        r"(?!\s+(?:like|in|with|this|that|on|under|here))",
        0.85,
        "ideation",
        "does not deserve to live",
        False,
    ),
    (
        r"\bif\s+(?:she|he|they)\s+(?:dies|die|doesn'?t\s+make\s+it|passes)\s*,?\s*i'?m\s+"
        r"(?:going|gonna|coming|following)\b|\bgoing\s+with\s+(?:her|him|them)\b.{0,20}\bmean\s+it",
        0.9,
        "ideation",
        "plans to follow their child in death",
        False,
    ),
    (
        r"\bif\s+(?:she|he|they)\s+(?:dies|die|doesn'?t\s+make\s+it)\b.{0,40}\b(?:i'?m|i\s+am|im)\s+"
        r"(?:going\s+with|going\s+too|done|gone|out)\b",
        0.9,
        "ideation",
        "plans to follow their child in death",
        False,
    ),
    # plans, means, goodbyes
    (
        r"\b(?:goodbye|suicide|farewell)\s+(?:letters?|notes?|messages?|videos?)\b",
        0.9,
        "goodbye",
        "goodbye letters",
        False,
    ),
    (
        r"\b(?:wrote|writing|write|left)\s+(?:a\s+|my\s+)?(?:note|letters?)\s+(?:to|for)\s+(?:my|everyone)"
        r".{0,30}\b(?:goodbye|in\s+case|when\s+i'?m\s+gone)",
        0.85,
        "goodbye",
        "writing goodbyes",
        False,
    ),
    (
        r"\b(?:saying|said|say)\s+(?:my\s+)?goodbyes?\b.{0,30}\b(?:for\s+good|forever|last\s+time)\b",
        0.8,
        "goodbye",
        "saying goodbye for good",
        False,
    ),
    (
        r"\b(?:pills?|meds|medication|painkillers|oxy\w*|morphine)\s+(?:\w+\s+){0,2}(?:saved|stocked|"
        r"stockpiled|hoarded|stashed)\b|\b(?:saved|saving|stockpil\w*|hoard\w*|stash\w*)\s+"
        r"(?:up\s+)?(?:\w+\s+){0,3}(?:pills?|meds|painkillers|tablets)\b",
        0.9,
        "means",
        "gathering pills",
        False,
    ),
    (
        r"\b(?:overdose|od)\s+on\b|\btake\s+(?:all|every|the\s+whole\s+bottle\s+of)\s+(?:\w+\s+){0,2}"
        r"(?:pills|meds|tablets)\b|\bwhole\s+bottle\s+of\s+(?:pills|meds)\b|"
        # someone else's medicine, or a dangerous kind ("all my meds today" is adherence)
        r"\bi\s+(?:just\s+)?(?:took|swallowed)\s+(?:all|every\s+one)\s+(?:of\s+)?(?:(?:her|his|their|"
        r"\w+'s)\s+(?:\w+\s+)?|(?:my|the)\s+(?:leftover|sleeping|pain|remaining|spare)\s+)(?:pills|meds|"
        r"tablets)\b(?!\s+(?:to|back|out|down|with|into|in|for|from)\b)",
        0.9,
        "means",
        "overdose",
        True,
    ),
    (
        r"\b(?:driv\w*|crash\w*|steer\w*|swerv\w*)\s+(?:(?:my|the|our)\s+car\s+|my\s*self\s+)?(?:into|off)\s+(?:the\s+|a\s+)?"
        r"(?:river|lake|tree|wall|bridge|cliff|traffic|oncoming|truck|overpass|ocean|sea)\b",
        0.85,
        "plan",
        "thinks of crashing the car",
        True,
    ),
    (
        r"\b(?:jump|jumping)\s+(?:off|from|in\s+front\s+of)\s+(?:the\s+|a\s+)?(?:top\s+of\s+(?:the\s+|a\s+)?)?"
        r"(?:bridge|roof|building|train|balcony|cliff|ledge|car|bus|parking|multi[\s-]?stor[e]?y|"
        r"tower|flyover|overpass|motorway|viaduct|window)",
        0.85,
        "plan",
        "thinks of jumping",
        True,
    ),
    # C-SSRS 4 (intent): an act done in order to die, whatever the place ("going to jump off
    # the climbing frame to die", "walk into the sea so I die"). Going home or to a hospice to
    # die is end-of-life care, so those words may not come between.
    (
        r"\b(?:jump\w*|throw\w*\s+my\s*self|hang\w*\s+my\s*self|drown\w*|walk\w*\s+(?:into|in\s+front|off|out)|"
        r"step\w*\s+(?:into|in\s+front|off|out)|driv\w*\s+(?:into|off)|drove\s+(?:into|off)|crash\w*|cut\w*\s+"
        r"my|swallow\w*|stab\w*)\s+(?:(?!home\b|hospice\b|hospital\b|ward\b|him\b|her\b|them\b|other\b|person\b|"
        r"someone\b|somebody\b|expect\w*\b)[\w']+\s+){0,6}?(?:to|so\s+(?:that\s+)?"
        rf"(?:i|he|she)(?:\s*(?:can|could|would|will|'?d|'?ll))?)\s+die\b(?!\s+(?:for|a\s+little|inside)\b)"
        rf"(?!\s+{HYPERBOLE_CAUSE}){WHERE_TO_DIE}",
        0.85,
        "plan",
        "an act done in order to die [C-SSRS 4: intent]",
        True,
    ),
    (
        r"\b(?:buy|bought|get|got|have)\s+(?:a\s+)?(?:gun|rope|noose)\b.{0,40}\b(?:myself|end\s+it|"
        r"die)\b|\b(?:rope|noose)\s+(?:ready|tied)\b",
        0.9,
        "means",
        "access to means",
        False,
    ),
    (
        r"\b(?:i|i'?ve|ive|i\s+have|i\s+do\s+have|i\s+just)\s+(?:\w+\s+){0,3}(?:have|got|bought|buying|"
        r"buy|own|holding|keep)\s+(?:a|my|the)\s+(?:\.?\d+\s+)?(?:gun|pistol|revolver|rifle|"
        r"shotgun|\.357|357|rope|noose|razor|blade)s?\b",
        0.75,
        "means",
        "has access to means",
        True,
    ),
    (
        r"\b(?:poison|overdose|od|drown|starve|suffocate|gas)\s+my\s*self\b|\bfinish\s+the\s+job\b"
        r"|\bswallow(?:ed)?\s+(?:all|the\s+whole|a\s+bottle)",
        0.9,
        "means",
        "method of suicide",
        True,
    ),
    (
        r"\b(?:took|taken|swallowed|take|taking)\s+(?:\d+|another|some)\s+(?:more\s+)?(?:pills|tablets|"
        r"of\s+(?:them|my\s+pills))|\bgonna\s+take\s+more\b",
        0.75,
        "means",
        "taking pills",
        False,
    ),
    (
        r"\b(?:don'?t|dont|do\s+not|can'?t|cant)\s+(?:even\s+)?see\s+(?:the|any)\s+(?:point|way\s+out|"
        r"light|future|reason\s+to\s+(?:live|go\s+on|keep\s+going|carry\s+on|be\s+here|stay|get\s+up|"
        rf"bother))\b|{NO_WAY_OUT}|\bno\s+reason\s+to\s+(?:live|go\s+on|stay)\b",
        0.6,
        "hopelessness",
        "sees no way out",
        False,
    ),
    (
        r"\bwhy\s+(?:prolong|go\s+on|keep\s+going|bother\s+living|even\s+live|am\s+i\s+(?:still\s+)?"
        r"(?:alive|here))\b|\bwalk\s+away\s+from\s+life\b|\bdon'?t\s+know\s+why\s+i\s+"
        r"(?:want\s+to\s+)?(?:live|keep\s+going|am\s+alive)\b",
        0.7,
        "ideation",
        "questions staying alive",
        False,
    ),
    (
        r"\b(?:life|everything|it\s+all)\s+(?:is|feels|seems)\s+(?:so\s+|really\s+)?(?:hopeless|"
        r"pointless|meaningless)\b|\bfeels?\s+(?:really\s+|so\s+)?hopeless\b",
        0.45,
        "hopelessness",
        "feels life is hopeless",
        True,
    ),
    # 988/AFSP "feeling hopeless": a future in which nothing gets better, said of life itself,
    # not of a symptom or a week ("the nausea won't get better until the cycle ends").
    (
        r"\b(?:nothing|things|life|anything)\s+(?:is\s+(?:ever\s+|never\s+)?going\s+to|will\s+(?:ever|never)|"
        r"won'?t\s+(?:ever\s+)?|wont\s+(?:ever\s+)?|isn'?t\s+(?:ever\s+)?going\s+to|'?s\s+never\s+(?:going\s+to|"
        r"gonna)|(?:is\s+)?ever\s+gonna)\s*(?:(?:get|be|feel)\s+(?:any\s+)?(?:better|easier|ok(?:ay)?|"
        r"good\s+again))\b(?!\s+(?:until|till|til|for\s+a|before|after|this|today|tonight|tomorrow|"
        r"soon|yet|overnight)\b)(?![^.!?]{0,30}\b(?:but|until|till)\b)",
        0.45,
        "hopelessness",
        "a future where nothing gets better [988/AFSP: feeling hopeless]",
        False,
    ),
    (
        r"\b(?:i|i'?ve|ive)\s+(?:\w+\s+){0,3}(?:attempted(?!\s+to\s+(?!kill|end|take))"
        # an attempt at something named is not one: "attempted the stairs", "attempted a smile"
        r"(?!\s+(?:the|a|an|my|his|her|their|our|this|that|these|those|some|every|another|"
        r"(?:\w+)'s)\s+(?!suicide|overdose|od\b)\w)|"
        r"tried\s+to\s+kill|tried\s+to\s+end|overdosed|od'd)\b",
        0.85,
        "attempt",
        "past attempt",
        True,
    ),
    (
        r"\b(?:thoughts?|thinking)\s+(?:of|about)\s+(?:dying|death|ending\s+it|killing\s+myself|"
        r"not\s+being\s+(?:here|alive))\b",
        0.7,
        "ideation*",
        "thoughts of death",
        True,
    ),
    (
        r"\bwant(?:ed)?\s+(?:it|it\s+all|everything|all\s+of\s+(?:it|this)|the\s+pain)\s+to\s+"
        r"(?:end|stop|be\s+over)\b|\bwant(?:ed)?\s+to\s+end\s+it\s+all\b",
        0.6,
        "ideation*",
        "wants it all to end",
        True,
    ),
    (
        r"\b(?:put|putting|held|hold|holding|pressed|pressing|had)\s+(?:a|the|my|\w+'?s)\s+(?:gun|pistol|"
        r"revolver|rifle|shotgun|barrel)\s+(?:to|in|into|against|under)\s+(?:my|his|her)\s+(?:head|"
        r"mouth|temple|chin|chest|heart)\b|\b(?:my|the)\s+gun\s+jammed\b",
        0.9,
        "attempt",
        "a gun held to oneself",
        True,
    ),
    (
        r"\b(?:balls|courage|guts|nerve|strength)\s+to\s+(?:\w+\s+){0,3}?(?:the\s+trigger|the\s+gun|"
        r"swallow\s+(?:all\s+)?(?:the|those|my)\s+pills|take\s+all\s+(?:the|those|my)\s+pills|"
        r"jump\s+(?:off|from|in\s+front)|end\s+it|end\s+my\s+life|kill\s+my\s*self)\b",
        0.85,
        "plan",
        "lacks only the courage to act",
        False,
    ),
    (
        r"\btempted\s+to\s+(?:[\w']+\s+){0,4}?(?:guns?|pistol|rifle|(?:a|the)\s+rope|overdose|od|"
        r"jump\s+(?:off|from|in\s+front)|end\s+it|end\s+my\s+life|kill\s+my\s*self|die)\b",
        0.85,
        "means",
        "tempted to reach for means",
        True,
    ),
    (
        r"\b(?:my|the)\s+(?:method|means)\s+(?:is|are|isn'?t\s+going|aren'?t\s+going)\s+"
        r"(?:ready|here|waiting|in\s+place|set|anywhere)\b",
        0.85,
        "plan",
        "has a method ready",
        False,
    ),
    (
        r"\b(?:if|whether)\s+i\s+(?:tried|try|were\s+to|was\s+to|did|actually|finally)\s+(?:to\s+)?"
        r"(?:od|overdose|kill\s+my\s*self|end\s+it|end\s+my\s+life|hang\s+my\s*self)\b",
        0.75,
        "ideation",
        "imagines an attempt",
        False,
    ),
    (
        r"\b(?:hope|hoping|pray|praying|wish|wishing)\s+(?:that\s+)?i\s+(?:don'?t|dont|won'?t|wont|"
        rf"never|do\s+not|will\s+not|wouldn'?t)\s+wake\s+up\b{NOT_THE_MORNING}",
        0.9,
        "ideation",
        "hopes not to wake up",
        False,
    ),
    (
        r"\b(?:not\s+existing|dying|death|not\s+being\s+(?:here|alive|around)|never\s+waking\s+up|"
        r"ending\s+it(?:\s+all)?)\s+(?:sounds?|seems?|feels?|looks?)\s+(?:so\s+|really\s+|pretty\s+)?"
        r"(?:good|nice|better|great|appealing|peaceful|tempting|like\s+(?:a\s+)?relief)\b",
        0.85,
        "ideation",
        "death sounds appealing",
        False,
    ),
    (
        r"\b(?:don'?t|dont|do\s+not)\s+want\s+to\s+be\s+around\s*(?:any\s*more|right\s+now|now|"
        r"much\s+longer)?(?=\s*(?:[.,!?;]|$|but\b|and\b|if\b))",
        0.75,
        "ideation",
        "does not want to be around",
        False,
    ),
    (
        r"\b(?:no|lost\s+(?:all\s+|any\s+|the\s+)?)\s*(?:meaning|purpose)\s+(?:in|to|of)\s+my\s+life\b|"
        r"\b(?:can'?t|cant|cannot)\s+(?:just\s+)?(?:keep\s+going(?:\s+on)?|go\s+on)\s+(?:without|with\s+out)\s+"
        r"(?:her|him|them)\b",
        0.45,
        "hopelessness",
        "no meaning left",
        False,
    ),
    # Algospeak for the act as a verb ("wanna s-word so bad rn"; ``normalize`` reads "unalive"
    # and "sewer slide")
    (
        r"\b(?:wanna|want\s+to|going\s+to|gonna|gna|will|might|could)\s+(?:just\s+)?(?:do\s+(?:the\s+)?)?"
        r"s[\s-]?word\b(?!\s+(?:is|was|for|in|at|on|around)\b)",
        0.85,
        "ideation",
        "the act named by a word said in its place (algospeak)",
        True,
    ),
    # self-harm
    (
        r"\b(?:cut|cutting|hurt|hurting|harm|harming|burn|burning|injure|injuring|punish|punishing|"
        r"starve|starving|scratch|scratching)\s+(?:my\s*self|meself)\b"
        r"(?!\s*-?\s*(?:esteem|worth|confidence|image|respect|care))",
        0.9,
        "self-harm",
        "harming oneself",
        True,
    ),
    (
        r"\bself[\s-]*(?:harm\w*|injur\w*|mutilat\w*)\b|\bsh\s+(?:relapse|urges?)\b|"
        # "sh", self-harm's short form where recovery is counted: "relapsed on sh", "did sh again"
        r"\brelaps\w*\s+(?:on|with|into|back\s+into)\s+(?:my\s+)?sh\b|\b(?:did|done|doing)\s+sh\b|"
        r"\bsh\s+again\b",
        0.7,
        "self-harm",
        "mentions self-harm",
        True,
    ),
    (
        r"\b(?:the|my|these|fresh|new)\s+cuts\s+(?:are|were|on)\b|\bcuts\s+(?:are|were)\s+getting\s+"
        r"deeper\b|\b(?:cut|cutting)\s+(?:again\s+)?(?:on\s+|into\s+)?my\s+(?:wrists?|arms?|legs?|"
        r"thighs?|skin|stomach|hips?)\b|\b(?:started|start|been|began|i'?m|im|am)\s+cutting\s+"
        r"again\b",
        0.85,
        "self-harm",
        "describes cutting",
        False,
    ),
    (
        # C-SSRS self-injury by its method on the body, marked as deliberate or as wounding
        r"\b(?:scratch\w*|carv\w*|slash\w*|burn\w*|cut|cutting|bit|bite|biting|hit|hitting|bang\w*|"
        r"punch\w*|(?:dug|dig\w*)\s+(?:my\s+|her\s+|his\s+)?(?:finger)?nails\s+into)\s+(?:at\s+)?(?:my|her|his)\s+(?:own\s+)?(?:wrists?|arms?|legs?|thighs?|skin|"
        r"stomach|face|head|knuckles)\s+(?:\w+\s+){0,4}?(?:(?:until|till|til)\s+(?:(?:they|it|"
        r"the\s+skin)\s+(?:bled|bleeds?|bleed|broke)|i\s+(?:see|saw)\s+stars|i\s+(?:bleed|bled|pass\w*\s+out|"
        r"black\w*\s+out))|on\s+purpose|to\s+feel\s+(?:something|"
        r"better|pain))\b",
        0.85,
        "self-harm",
        "injuring the body on purpose",
        True,
    ),
    (
        r"\brelaps\w*\s+(?:on|into)\s+(?:self[\s-]*harm|cutting)\b",
        0.85,
        "self-harm",
        "self-harm relapse",
        False,
    ),
    # the child
    (
        rf"\b{_CHILD}\s+(?:\w+\s+){{0,4}}(?:wants?|wanted|want|tried|trying|talked\s+about|talks\s+about|"
        r"said\s+(?:he|she)\s+wants?|keeps\s+saying\s+(?:he|she)\s+wants?)\s+(?:\w+\s+){0,2}?"
        r"(?:to\s+)?(?:die|kill\s+(?:him|her|them)self|end\s+(?:his|her|their)\s+life|hurt\s+(?:him|her)"
        r"self|not\s+be\s+alive|be\s+dead|suicide)\b",
        0.95,
        "child crisis",
        "their child talks of dying or self-harm",
        False,
    ),
    (
        # the frame may name a listener or a place ("told the play specialist she", "wrote in
        # her diary that she"), and the wish may follow another clause ("she hates herself and
        # wants to die")
        r"\b(?:(?:he|she)\s+)?(?:told\s+me|told|said|says|saying|keeps\s+saying|(?:was\s+|is\s+|kept\s+)?"
        r"(?:screaming|screamed|yelling|yelled|shouting|shouted|crying|cried|sobbing|sobbed|"
        r"whispering|whispered|texted|wrote|writes|typed|admitted|confessed|begging|begged))\s+"
        r"(?:[\w']+\s+){0,4}?(?:that\s+|out\s+that\s+)?(?:he|she)\s+(?:(?:[\w']+\s+){1,3}?and\s+)?"
        r"(?:wants?|wanted|wishes|wished)\s+(?:(?:he|she)\s*(?:'?d|had)\s+never\s+been\s+born|(?:he|she)\s+"
        rf"(?:wasn'?t|was\s+not|weren'?t|were\s+not)\s+(?:here|alive|around)|to\s+(?:die{WHERE_TO_DIE}|"
        r"kill\s+(?:him|her)self|end\s+(?:his|her)\s+life|be\s+dead|not\s+wake\s+up)|(?:he|she)\s+"
        r"(?:was|were)\s+dead)\b",
        0.9,
        "child crisis",
        "their child talks of dying",
        False,
    ),
    (
        r"\b(?:has\s+been|is|'s|keeps|started|been)\s+(?:cutting|burning)\s+(?:his|her|their)\s+"
        r"(?:arms?|legs?|wrists?|thighs?|stomach|hips?)\b|"
        r"\b(?:wants?|wanted)\s+to\s+kill\s+(?:him|her)self\b|\b(?:cutting|hurting|harming|burning|"
        r"starving|punishing)\s+(?:him|her)self\b|\b(?:he|she)\s+(?:tried|attempted)\s+to\s+(?:kill|hang|"
        r"overdose)|\b(?:he|she)\s+(?:\w+\s+){0,2}?(?:thinks?|thinking|thought)\s+(?:about|of)\s+"
        r"(?:killing\s+(?:him|her)self|ending\s+(?:his|her)\s+(?:own\s+)?life|suicide|being\s+dead)\b|"
        r"\b(?:he|she)\s+(?:wishes|wished|wish)\s+(?:he|she)\s+(?:was|were)\s+(?:dead|never\s+born)\b|"
        r"\b(?:he|she)(?:\s+(?:is|has\s+been|was)|'s|s)\s+(?:(?!not\b|never\b)\w+\s+)?suicidal\b|"
        r"\b(?:he|she)(?:\s+(?:has|is|keeps|kept|started|was)|'s)?\s+(?:been\s+)?(?:talk\w*|say\w*)\s+"
        r"(?:about\s+|that\s+)?(?:not\s+wanting|(?:he|she)\s+(?:doesn'?t|does\s+not|didn'?t)\s+want)"
        rf"\s+to\s+(?:{BE_HERE}|be\s+alive|live|wake\s+up|go\s+on)\b",
        0.85,
        "child crisis",
        "someone close talks of suicide or self-harm",
        False,
    ),
]
_PATTERNS += WARNING_SIGNS
# A child's self-injury as a parent reports it (C-SSRS non-suicidal self-injury; the parent's
# evidence, the act, its function "to feel something", an overdose on purpose).
_KID = rf"(?:{_CHILD}|(?:my|our)\s+\d+\s*(?:yo|y/o|yr\s+old|yrs?\s+old)|he|she)"
_OWN_BODY = r"(?:arms?|forearms?|wrists?|legs?|thighs?|skin|stomach|hips?|hands?|knuckles|head)"
# Injuries found on a child where self-injury is hidden: who saw them, then where they are.
_FOUND = r"\b(?:found|find|saw|see|noticed|notice|discovered|spotted)\s+(?:[\w']+\s+){0,5}?"
_ON_CHILDS_BODY = (
    r"\s+(?:both\s+(?:of\s+)?)?(?:the\s+(?:inside|insides|back|top|tops)\s+of\s+)?(?:his|her|their|"
    r"(?:(?:my|our)\s+)?\w+'?s)\s+(?:\w+\s+)?(?:arms?|forearms?|wrists?|thighs?|legs|stomach|tummy|"
    r"hips?)\b"
)
CHILD_SELF_HARM = [
    (
        rf"\b{_KID}(?:'s|’s|\s+(?:has|is|was|keeps|started|admitted|says|said))?\s+(?:\w+\s+){{0,2}}?"
        r"(?:self[\s-]?harm\w*|hurting\s+(?:him|her)self|been\s+cutting(?!\s+(?:back|down|out|up|"
        r"the|her\s+hair|his\s+hair|hair|paper|fabric|carbs|sugar|class|school\s+short)))\b",
        0.85,
        "child crisis",
        "their child harms themself [C-SSRS non-suicidal self-injury]",
        False,
    ),
    (
        rf"\b(?:scratch\w*|bang\w*|hit\w*|punch\w*|bit\w*|burn\w*)\s+(?:(?:his|her|their)\s+"
        rf"{_OWN_BODY}|(?:him|her)self|the\s+wall)\b[^.!?]{{0,40}}?\b(?:until|till|til|so)\s+"
        r"(?:it|they|he|she)\s+(?:bleeds?|bled|broke|break|bruised)|\b(?:scratch\w*|pick\w*|bang\w*|"
        rf"hit\w*|punch\w*|burn\w*|cut\w*)\s+(?:(?:his|her)\s+{_OWN_BODY}|(?:him|her)self|the\s+wall)\b"
        r"[^.!?]{0,60}?\b(?:to\s+feel\s+something|(?:he|she)\s+deserves?\s+it|to\s+punish\s+(?:him|her)"
        r"self|with\s+(?:a\s+)?(?:broken\s+)?(?:ruler|compass|blade|razor|sharpener|glass|lighter|hot\s+"
        r"spoon|knife|scissors))",
        0.85,
        "child crisis",
        "their child injures themself on purpose [C-SSRS non-suicidal self-injury]",
        False,
    ),
    (
        r"\b(?:found|find|saw|noticed|discovered)\s+(?:\w+\s+){0,2}?(?:razor\s+blades?|blades|a\s+razor|"
        r"sharpener\s+blades)\s+(?:hidden|stashed|tucked)\b|\b(?:fresh|new)\s+(?:lines|cuts|marks|scars|"
        r"burns)\s+(?:on|up|across)\s+(?:both|his|her)\s+(?:\w+\s+)?(?:arms?|forearms?|wrists?|thighs?|"
        r"legs?|stomach)\b|"
        # blades taken out of pencil sharpeners (a sign named in self-harm guidance for parents),
        # or the child caught with a blade and marks on the body where self-injury is hidden
        r"\b(?:found|find|saw|noticed|discovered|spotted)\s+(?:[\w']+\s+){0,5}?(?:(?:pencil\s+)?sharpener\s+"
        r"blades|blades?\s+(?:taken\s+)?(?:from|out\s+of)\s+(?:a|his|her|the|their)\s+(?:pencil\s+)?"
        r"sharpeners?)\b|\bcaught\s+(?:him|her|them)\s+with\s+(?:[\w']+\s+){0,3}?sharpener\s+blades?\b|"
        r"\b(?:found|caught|saw)\s+(?:him|her|them)\s+with\s+(?:[\w']+\s+){0,3}?"
        r"(?:blades?|razors?)\b[^.!?]{0,80}?\b(?:marks|cuts|lines|scratches|scars)\s+(?:on|up|across)\s+"
        r"(?:both\s+)?(?:his|her|their)\s+(?:\w+\s+)?(?:arms?|forearms?|wrists?|thighs?|legs?|stomach)\b",
        0.8,
        "child crisis",
        "signs of self-injury on their child [C-SSRS non-suicidal self-injury]",
        False,
    ),
    # Cuts or burns found where self-injury is hidden (forearms, wrists, thighs, stomach), with
    # nothing in the sentence that made them: not "marks on her arms from the cannulas", "burns
    # on his chest from radiotherapy", "cuts on her legs from shaving", "scratches from the cat".
    (
        rf"{_FOUND}(?:cuts|cut\s+marks|burns|burn\s+marks)\s+(?:on|up|across|all\s+over)"
        rf"{_ON_CHILDS_BODY}{NO_INJURY_CAUSE}",
        0.8,
        "child crisis",
        "self-injury found on their child [C-SSRS non-suicidal self-injury]",
        False,
    ),
    # The same injuries found, and their cause kept from the parent: "says it's nothing",
    # "won't let me see", "the cat did it but we don't have a cat", long sleeves in the heat.
    # Secrecy and an explanation that does not fit are what self-harm guidance for parents
    # names (NHS, YoungMinds); the occasion of finding them ("when I was doing her PICC
    # dressing") is no cause.
    (
        rf"{_FOUND}(?:cuts|cut\s+marks|scratch(?:es|\s+marks)|burns|burn\s+marks|marks|lines|scars)\s+"
        rf"(?:on|up|across|all\s+(?:over|up|along)){_ON_CHILDS_BODY}(?!\s+(?:from|by|after|where)\b)"
        r"[^.!?]{0,80}[.!?,]?\s*[^.!?]{0,60}?\b(?:(?:says|said|swears|swore|"
        r"insists|claims)\s+(?:it'?s|its|it\s+was|they'?re|they\s+are|theyre)\s+(?:nothing|fine|"
        r"nothing\s+to\s+worry\s+about)|(?:won'?t|wont|wouldn'?t|will\s+not|refuses\s+to)\s+(?:tell|say|"
        r"talk|explain|let\s+me\s+(?:see|look))|(?:keeps|kept|been)\s+(?:hiding|covering)\s+(?:them|it|"
        r"her|his)|long\s+sleeves|lied|lying|but\s+we\s+(?:don'?t|do\s+not|dont)\s+(?:have|own)\s+a)\b",
        0.8,
        "child crisis",
        "self-injury found on their child, its cause kept hidden [C-SSRS non-suicidal self-injury]",
        False,
    ),
    (
        rf"\b{_KID}\s+(?:\w+\s+){{0,3}}?(?:takes?|took|taking|swallowed|swallows)\s+(?:extra|more|too\s+many|"
        r"a\s+handful|all)\s+(?:of\s+)?(?:(?:his|her|my|the)\s+)?(?:meds|pills|tablets|medication|medicine)"
        r"\b[^.!?]{0,40}?\b(?:on\s+purpose|deliberately|to\s+(?:make\s+it|sleep\s+forever|not\s+wake|"
        r"die|disappear|feel\s+nothing))",
        0.9,
        "child crisis",
        "their child overdoses on purpose [C-SSRS actual attempt / self-injury]",
        False,
    ),
]
_PATTERNS += CHILD_SELF_HARM
_PATTERNS += ATTEMPTS
_PATTERNS += BURDEN
_PATTERNS += PLAN_TIMING
_PATTERNS += UNSAID
_COMPILED = [(re.compile(p), s, sig, d, neg) for p, s, sig, d, neg in _PATTERNS]
# A reading searched only where its gate word is (``unsaid.GATES``, ``plan_timing.GATES``,
# ``attempts.GATES``).
_GATE_OF = {**UNSAID_GATES, **PLAN_GATES, **ATTEMPT_GATES}
_GATES = [re.compile(_GATE_OF[p]) if p in _GATE_OF else None for p, *_ in _PATTERNS]
_SAFETY = re.compile(SAFETY)
_SHORT_CLAUSES = 3
# Signs too weak to stand against the author's own word that they are safe.
_WEAK = ("hopelessness", "distress", "combined", "mention")

# "Done" with a treatment is finishing it ("then I am done with chemo forever"), not distress.
_AMBIGUOUS = re.compile(
    r"\b(?:i'?m|im|i\s+am)\s+(?:so\s+)?(?:done(?!\s+in\b)(?!\s+with\s+(?:(?:my|the|this|her|his|all\s+the)\s+)?"
    r"(?:\w+\s+)?(?:chemo\w*|radiation|radiotherapy|rads|treatment|surgery|infusions?|rounds?|"
    r"cycles?|steroids|tamoxifen|injections?|transfusions?|scans?|meds|tablets|week|weekend|day|today|"
    r"month|year|morning|shift|admissions?|ward|hospital|clinic|appointments?|paperwork|insurance|nhs|"
    r"school|drama|rant)\b)|exhausted|"
    r"broken|empty|numb|hopeless|worthless|a\s+burden|drowning)\b|\b(?:give|giving)\s+up\b|"
    rf"{NO_WAY_OUT}"
)


def detect_crisis(norm: Normalized, views: bool = True) -> list[Signal]:
    """Crisis signals in a normalised text; with ``views``, also the signs of the author's
    child told in the third person, read from the child's side (``told_view``)."""
    text = norm.text
    third_party = bool(_THIRD_PARTY.search(text))
    asked = [m.span() for m in _ASKED_IF.finditer(text)]
    out: list[Signal] = []
    for (pattern, score, signal, detail, negatable), gate in zip(_COMPILED, _GATES, strict=True):
        if gate is not None and not gate.search(text):
            continue
        for m in pattern.finditer(text):
            before = window_before(text, m.start(), 30)
            s, d = score, detail
            if negatable and (
                _denied(text, m.start(), before, m.group())
                or _NEG_IN.search(_OWN_NOT.sub("", m.group()))
            ):
                s, d = 0.3, detail + " (negated)"
            elif any(a <= m.start() < b for a, b in asked) and not _SAID_YES.match(text, m.end()):
                # "my GP asked if I'd had any thoughts of harming myself and I said no"
                s, d = min(s, 0.4), detail + " (asked in a screening question)"
            elif signal == "self-harm" and _END_UP.search(window_before(text, m.start(), 50)):
                s, d = 0.3, detail + " (an accident foreseen)"
            elif signal == "self-harm" and _OTHER_AGENT.search(before):
                s, d = 0.3, detail + " (something else is the cause)"
            elif third_party and signal in ("ideation", "self-harm", "hopelessness", "burden"):
                # "if anyone feels suicidal, call 988" / "don't kill yourself": support for others.
                sentence = sentence_at(text, m.start())
                if (
                    not _FIRST_PERSON.search(sentence)
                    or _THIRD_PARTY.search(sentence)
                    or _YOU_SUBJECT.search(before)
                ):
                    s, d = min(s, 0.35), detail + " (support for others)"
            elif detail == "overdose" and health_question(sentence_at(text, m.start())):
                s, d = 0.4, detail + " (a health question about anyone, not about the author)"
            elif _OVERDOSE_WORD.search(m.group()) and accidental(sentence_at(text, m.start())):
                s, d = 0.4, detail + " (an accidental dose, not self-harm)"
            if _DIE_END.search(m.group()) and _FIGURATIVE.match(text, m.end()):
                s, d = min(s, 0.3), d + " (a figure of speech)"
            if signal.endswith("*"):
                signal = signal[:-1]
                sentence = sentence_at(text, m.start())
                if not _FIRST_PERSON.search(sentence) or _YOU.search(sentence):
                    s, d = min(s, 0.4), d + " (not about the author)"
            out.append(Signal(CRISIS, s, signal, m.start(), m.end(), d))
    out += joining_the_dead(text)
    for m in _AMBIGUOUS.finditer(text):
        if _NOT_RIGHT_BEFORE.search(window_before(text, m.start(), 60)) or _named(
            text, m.start(), m.end()
        ):
            continue  # "I'm not giving up", the feeling of 'giving up' named in quotation marks
        out.append(Signal(CRISIS, 0.3, "distress", m.start(), m.end(), "distress, not ideation"))
    out = apply_illness_reason(text, out)
    if views:
        told = [s for s in out if s.signal == TOLD_BY_RULE and s.score >= 0.5]
        out += [
            t
            for t in told_of_child(text, lambda view: detect_crisis(_plain(view), views=False))
            if not any(s.start < t.end and t.start < s.end for s in told)
        ]
    own = [s for s in out if s.score >= 0.3 and s.signal != "mention" and "(" not in s.detail]
    kinds = {s.detail for s in own}  # different signs, not one weak word said twice
    kinds |= _told_whole(text, own)
    if len(kinds) >= 2 and max(s.score for s in out) < 0.5:
        first = min(out, key=lambda s: s.start)
        last = max(out, key=lambda s: s.end)
        out.append(Signal(CRISIS, 0.55, "combined", first.start, last.end,
                          "several signs of distress together"))  # fmt: skip
    found = denials(text)
    if found:
        # A plain safety statement, or a denial that is most of a short message, speaks for the
        # whole message: distress anywhere yields, and the "safe" signal keeps the whole-text
        # model below threshold (crisis_model_gate). In a long post a denial speaks only for
        # its own clause: the model's reading cannot be pinned on the one sentence that denies.
        plain = _SAFETY.search(text)
        whole = bool(plain) or len(clauses(text)) <= _SHORT_CLAUSES
        out = _apply_denials(text, out, found, whole)
        if whole:
            start, end = plain.span() if plain else found[0]
            out.append(Signal(CRISIS, 0.0, "safe", start, end, "says they are safe"))
    return out


def _denied(text: str, start: int, before: str, sign: str) -> bool:
    """A negation in the words before the sign whose scope reaches it: a comma and a sign
    that opens a clause of its own ("i'm not fighting it, i'm going to ..."), or a negation in
    a condition before the author's clause ("if the scan isn't clear I'm going to end it"),
    end the scope. ``before``: the 30 characters before the sign."""
    if not _NEG.search(before):
        return False
    if _CLAUSE_OPEN.search(before) and _OWN_CLAUSE.match(sign):
        return False
    return not (
        _IF_NOT.search(window_before(text, start, 60))
        and (_OWN_CLAUSE.match(sign) or _SUBJECT_LAST.search(before))
    )


# A weak sign told whole, in different words: three parts of a farewell ("thank you for
# everything", "take care of each other", "goodbye"), each weak alone, are the 988/AFSP sign
# "saying goodbye" in full, unless the author names a leaving that is no farewell to life
# (``_NOT_FAREWELL``); two tellings of an attempt left unsaid ("I nearly did it on Tuesday. The
# only reason I didn't was ...") are the C-SSRS behaviour told, not an ordinary sense of one.
_FAREWELL_PARTS = 3
_ATTEMPT_PARTS = 2
_NOT_FAREWELL = re.compile(
    r"\b(?:leav\w*|left|quit\w*|stepping\s+(?:back|away)|step\s+back|taking\s+a\s+break|"
    r"logging\s+off|signing\s+off|deleting\s+(?:the\s+)?app|mute|muting|unfollow\w*)\b"
)


def _told_whole(text: str, own: list[Signal]) -> set[str]:
    """The weak signs told whole (``_FAREWELL_PARTS``, ``_ATTEMPT_PARTS``), as extra kinds."""
    leaving = bool(_NOT_FAREWELL.search(text))
    parts: dict[str, set[str]] = {}
    for sig in own:
        if (sig.detail == FAREWELL_TO_GROUP and not leaving) or sig.signal == "attempt":
            parts.setdefault(sig.detail, set()).add(text[sig.start : sig.end].strip(" .,!x"))
    return {
        f"{detail} (told whole)"
        for detail, said in parts.items()
        if len(said) >= (_FAREWELL_PARTS if detail == FAREWELL_TO_GROUP else _ATTEMPT_PARTS)
    }


def _plain(text: str) -> Normalized:
    """Already normalised text as a ``Normalized`` of its own."""
    return Normalized(text, text, tuple(range(len(text))))


# A negation right before the distress words: "I'm not giving up", "we won't give up".
_NOT_RIGHT_BEFORE = re.compile(r"\b(?:not|never|won'?t|wont|can'?t|cant|n't)\s+(?:\w+\s+)?$")
_QUOTES = "'\"\u2018\u2019\u201c\u201d"


def _named(text: str, start: int, end: int) -> bool:
    """The words are named in quotation marks, not said: the feeling of 'giving up'."""
    return start > 0 and text[start - 1] in _QUOTES and end < len(text) and text[end] in _QUOTES


def _apply_denials(
    text: str, out: list[Signal], found: list[tuple[int, int]], whole: bool
) -> list[Signal]:
    """Quiet what a safety or denial statement (``safety.DENIAL``) speaks of, and no more.

    A sign inside the statement ("nowhere near *hurting myself*") is denied; a passive wish or
    distress in the same clause yields to it; elsewhere in the message only the weakest signs
    (distress, hopelessness, a mention) yield, and only when the statement speaks for the whole
    message (``whole``), so a disclosure in another sentence still raises.
    """
    spans = clauses(text)
    denied = {clause_at(spans, start) for start, _ in found}
    kept: list[Signal] = []
    for sig in out:
        if any(sig.start < end and start < sig.end for start, end in found):
            kept.append(says_safe(sig, "the author denies it"))
        elif (whole and sig.signal in _WEAK) or (
            _weak(sig) and clause_at(spans, sig.start) in denied
        ):
            kept.append(says_safe(sig))
        else:
            kept.append(sig)
    return kept


def _weak(sig: Signal) -> bool:
    """Passive wishes and distress yield to "I'm safe"; plans, means, attempts, self-harm do not."""
    return sig.signal in _WEAK or (sig.signal in ("ideation", "burden") and sig.score <= 0.9)


def says_safe(sig: Signal, why: str = "the author says they are safe") -> Signal:
    """``sig`` capped below the line (0.3), its detail saying why (also ``rules.recovered``)."""
    detail = f"{sig.detail} ({why})"
    return Signal(sig.category, min(sig.score, 0.3), sig.signal, sig.start, sig.end, detail)


# The embedding model raises crisis on its own only when well past its threshold (calibrated
# score); with any phrase of distress from the rules, its ordinary threshold applies. 0.62 was
# chosen on out-of-fold scores (5 folds by author): from 0.65 it finds 2 more of 151 C-SSRS
# users in crisis for 1 more flag on 784 counselling questions (care first).
MODEL_ALONE_MIN = 0.62


# A consumer health question about anyone ("can you overdose on vitamin D?", "what happens if
# someone takes all their tablets?"): asked of "you" in general, never about the author.
# "How" questions are left out: "how do you overdose on insulin" asks for a method.
_HEALTH_QUESTION = re.compile(
    r"^\W*(?:so\s+|but\s+|and\s+|also\s+|quick\s+question:?\s+)?(?:can|could|is\s+it|are\s+there|"
    r"what|whats|what'?s|will|would|does|do|is\s+there|at\s+what)\b[^.!?]*?\b(?:you|your|u|someone|"
    r"somebody|a\s+person|people|one|anyone|an?\s+(?:adult|child|kid|dog|cat|teen\w*))\b"
)


# A dose taken by mistake ("I accidentally took two doses, did I overdose?", "I overdosed on
# my insulin by mistake"), or a doubt about a dose ("I may have overdosed on vitamin D"): a
# medication-safety question, not self-harm, unless the accident is denied.
_OVERDOSE_WORD = re.compile(r"\b(?:overdos\w*|od|od'd)\b")
_ACCIDENTAL = re.compile(
    r"\b(?:by\s+(?:mistake|accident)|accidental(?:ly)?|mistakenly|in\s+error|without\s+"
    r"realis\w*|without\s+realiz\w*|forgot\s+(?:i|that\s+i)\s*(?:'?d|had)\s+(?:already\s+)?taken|"
    r"double[\s-]+dos\w*|(?:two|2)\s+doses|extra\s+(?:dose|tablet|pill)|(?:may|might|could)\s+"
    r"have\s+(?:accidentally\s+)?overdosed)\b"
)
_NOT_ACCIDENT = re.compile(
    r"\b(?:(?:not|n'?t|wasn'?t|never)\s+(?:\w+\s+){0,2}(?:an?\s+)?(?:accident\w*|mistake)|"
    r"on\s+purpose|deliberate\w*|intentional\w*|want\w*\s+to|wanna|going\s+to|gonna|plan\w*|"
    r"look\w*\s+like|so\s+(?:nobody|no\s*one|they)|pretend\w*)"
)


def accidental(sentence: str) -> bool:
    """An overdose told as a mistake or a doubt about a dose; not when the accident is denied,
    the act deliberate, wished or planned ("overdose by mistake so nobody blames me")."""
    return bool(_ACCIDENTAL.search(sentence)) and not _NOT_ACCIDENT.search(sentence)


def health_question(sentence: str) -> bool:
    """A question about anyone (see ``_HEALTH_QUESTION``) with nothing in the first person."""
    return bool(_HEALTH_QUESTION.search(sentence)) and not _FIRST_PERSON.search(sentence)


def crisis_model_gate(norm: Normalized, signals: list[Signal], p: float) -> tuple[float, str]:
    """Temper the embedding model's crisis score with what the rules know.

    The model reads the register of despair but not who it is about: when the rules saw
    only negated or support-for-others phrasing, or the text is addressed to someone else
    and says nothing in the first person, the model alone does not raise crisis. Nor does it
    when the text is about cancer, its treatment or bodily pain with no words of ending one's
    life (``mortality.cancer_talk``) and the rules found no more than distress ("I can't do
    this anymore, the chemo is wrecking me"): the register of despair is this community's
    ordinary register for symptoms and treatment, so there the rules and the warning signs by
    meaning, which read who and what a sentence is about, decide.
    """
    detail = f"p={p:.2f}"
    if p < 0.5:
        return p, detail
    text = norm.text
    # A sentence near the warning-sign line is no rule's reading (``corroborate``).
    rule = [s for s in signals if s.category == CRISIS and s.signal != NEAR]
    if any(s.signal == "safe" for s in rule) and max(s.score for s in rule) < 0.5:
        return min(p, 0.45), detail + "; the author says they are safe"
    if rule and all("(" in s.detail for s in rule) and max(s.score for s in rule) < 0.5:
        return min(p, 0.45), detail + "; rules found only negated or supportive phrasing"
    own = len(FIRST_PERSON.findall(text))
    if not own:
        return min(p, 0.45), detail + "; nothing in the first person"
    you = len(_YOU.findall(text))
    if you > own:
        return min(p, 0.45), detail + "; addressed to someone else more than about the author"
    if not any(s.score >= 0.3 and "(" not in s.detail for s in rule):
        if FIGURATIVE.search(text):
            return min(p, 0.45), f"{detail}; model alone, and its death words are a figure"
        if p < MODEL_ALONE_MIN:
            return min(p, 0.45), f"{detail}; model alone, unsure without a phrase of distress"
        if _SUPPORT.search(text):
            return min(p, 0.45), f"{detail}; model alone, and the words support someone else"
        if you >= own:
            return min(
                p, 0.45
            ), f"{detail}; model alone, and as much to someone else as about the author"
    if not any(s.score >= 0.5 for s in rule) and cancer_talk(text):
        return min(p, 0.45), f"{detail}; no sign beyond distress, and the text is about the illness"
    return p, detail
