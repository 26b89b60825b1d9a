"""Warning signs told with their purpose left unsaid (C-SSRS 3-6; 988/AFSP).

In a group where everyone reads, a parent in crisis rarely names the act. They tell the
preparation and leave the rest out, or deny an ordinary purpose so the reader hears the other
one. Each reading is a taxonomy item plus the shape that leaves its purpose unsaid:

- ``READY_AFTER_AFFAIRS`` (988/AFSP: putting affairs in order, saying goodbye; C-SSRS 4):
  notes, letters, videos, a will or the insurance seen to by the author, then "I'm ready"
  closing its clause ("written a note for my husband and sorted out the insurance. I'm
  ready."). Not "ready for" something, not "ready to go home". A patient's own legacy work
  is gated like every goodbye (``mortality``).
- ``NO_MORE_CONTACT`` (988/AFSP: saying goodbye): the group told it will not hear from the
  author again, closing the clause ("you won't hear from me again."); not "until after the
  surgery".
- ``MEANS_PURPOSE_DENIED`` (988/AFSP: obtaining means; C-SSRS 6): a rope or hose got, and its
  ordinary use denied or its reason kept from everyone ("a length of rope. Not for camping.",
  "didn't tell anyone why").
- ``PILLS_BOUGHT_UNSEEN`` (988/AFSP: stockpiling pills): pills bought at several chemists so
  nobody notices how many.
- ``EXHAUST_MEANS`` (C-SSRS 6, preparatory behaviour): a hose and tape together with the car
  or the garage.
- ``HEIGHT_LOOKED_UP`` (C-SSRS 3: researching a method): how high or deep a place is looked
  up and found enough ("Looked up how high the multistorey is. High enough."); not a van's
  clearance, which names what must fit.
- ``WRONG_SIDE`` (988/AFSP: being at a dangerous place): the author on the far side of a
  barrier, railing or fence with a height in the message ("bit chilly on this side of the
  barrier" at the top of the multistorey).
- ``INTO_TRAFFIC`` (988/AFSP: a dangerous place; C-SSRS 2-3): by a road or the tracks,
  thinking of just stepping out ("Lorries flying past. Thinking about just stepping out.").
- ``END_DATE`` (C-SSRS 5): an end date set for the author ("setting an end date for myself
  has taken all the pressure off"), or their plan to end things named; not a project's end
  date.
- ``ADULT_DOSE_HIDDEN`` (C-SSRS 3 with secrecy): how much of a medicine an adult would need,
  looked up, and the search deleted or the medicine hidden.
- ``SUDDEN_CALM`` (AFSP, mood: relief or sudden calm): calm, peace or a night's sleep with
  a plan made, a way out found, or not having to do this much longer, in one sentence with no
  treatment named (the relief of a treatment decided or finished is a look-alike).
- ``ACTING_ON_URGES`` (C-SSRS 4: intent to act): the thoughts or urges named, then the
  author acting on "it" or "them" ("next time the dark stuff comes i'm going to act on it").
- ``STEPPING_OUT`` (988/AFSP: being a burden; Joiner: perceived burdensomeness): the author
  thinking of stepping out of the family's picture, or doing it for good.
"""

from __future__ import annotations

from .places import BUILDINGS, CAR_PARKS, HEIGHTS, WATER
from .warning_signs import _I_AM

_CLOSE = r"(?=\s*(?:[.!?,;:)]|$|x+\b|\s+(?:now|tbh|honestly)\s*(?:[.!?,;]|$)))"
# What the author sees to before going: notes, letters, videos, a will, the insurance.
_AFFAIRS = (
    r"\b(?:wr(?:ote|itten|iting)|left|recorded|sorted(?:\s+out)?|made|signed|finished|done|told\s+(?:\w+\s+){1,3}?"
    r"where)\b[^.!?]{0,60}?\b(?:a\s+note|notes|letters?|videos?|(?:my\s+|a\s+)?will|insurance|"
    r"life\s+insurance|passwords|guardianship|the\s+phone|affairs)\b"
)
READY_AFTER_AFFAIRS = (
    rf"{_AFFAIRS}[^.!?]{{0,120}}?[.!?]?\s*(?:(?:and|so|i\s+think|think|now|finally)\s+)*{_I_AM}\s+"
    r"(?:finally\s+|really\s+|just\s+)?ready(?!\s+(?:for|to)\b)(?:\s+now)?"
    rf"{_CLOSE}"
)
NO_MORE_CONTACT = (
    r"\b(?:you|u)\s+(?:all\s+)?(?:won'?t|wont|will\s+not)\s+(?:be\s+)?(?:hear(?:ing)?|see(?:ing)?)\s+"
    r"(?:from\s+)?(?:me|of\s+me)\s+(?:again|any\s*more)(?:\s+after\s+(?:today|tonight))?"
    rf"{_CLOSE}"
)
_ROPE = r"(?:(?:a\s+)?(?:length\s+of\s+|bit\s+of\s+|some\s+)?(?:rope|hose\s*(?:pipe)?|cord))"
MEANS_PURPOSE_DENIED = (
    rf"\b(?:bought|buy|buying|got|ordered|picked\s+up)\s+(?:[\w']+\s+){{0,8}}?{_ROPE}\b"
    # no purpose told between ("rope for the treehouse, not for climbing")
    r"(?:(?!\bfor\b)[^.!?]){0,60}?"
    r"[.!?,]?\s*(?:(?:and|but|i)\s+)?(?:not\s+for\s+(?:camping|the\s+garden|work|a\s+project|climbing|"
    r"anything|the\s+boat|the\s+washing|the\s+swing)|(?:didn'?t|didnt|did\s+not)\s+(?:need\s+it\s+for\s+"
    r"anything|tell\s+(?:any\s*one|anybody|my\s+\w+|him|her)\s+why)|(?:nobody|no\s+one|noone)\s+"
    r"(?:knows|asked)\s+why)\b"
)
# Pills bought so that nobody notices how many (988/AFSP: stockpiling pills).
PILLS_BOUGHT_UNSEEN = (
    r"\b(?:different|separate|several|three|four|two|other)\s+(?:chemists?|pharmac(?:y|ies)|shops|"
    r"supermarkets)\b[^.!?]{0,80}?\b(?:so|so\s+that)\s+(?:nobody|no\s+one|noone|they)\s+(?:would|"
    r"wouldn'?t|could|couldn'?t|will|won'?t)\s+(?:notice|see|know|ask|twig|clock)|\b(?:nobody|no\s+one)\s+"
    r"(?:would\s+)?notices?\s+how\s+many\s+(?:\w+\s+){0,2}?(?:pills|tablets|paracetamol|painkillers|"
    r"packets|boxes)\b"
)
_IN_CAR = r"(?:(?:in|into)\s+(?:the\s+|my\s+)?(?:car|boot|garage)|exhaust)"
EXHAUST_MEANS = (
    r"\bhose\s*(?:pipe)?\b(?:(?!\bfor\b)[^.!?]){0,60}?\b(?:tape|gaffer|duct)\b[^.!?]{0,40}?\b"
    rf"{_IN_CAR}\b|\b{_IN_CAR}\b[^.!?]{{0,60}}?\bhose\s*(?:pipe)?\b[^.!?]{{0,40}}?\b(?:tape|gaffer|duct)\b"
)
# A height or deep water, and the words for them where one stands: "the drop", "up here".
_HIGH = rf"(?:{HEIGHTS}|{CAR_PARKS}|{BUILDINGS}|balcony|drop|fall|water|{WATER}|up\s+here)"
HEIGHT_LOOKED_UP = (
    r"\b(?:look\w*\s+up|googl\w*|check\w*|research\w*|search\w*|work\w*\s+out|measur\w*|found\s+out)\s+"
    rf"how\s+(?:high|tall|deep|far\s+down|long\s+the\s+drop)\s+(?:[\w']+\s+){{0,6}}?{_HIGH}\b"
    r"[^.!?]{0,40}?[.!?,]?\s*(?:it'?s\s+|its\s+|definitely\s+|def\s+|easily\s+|more\s+than\s+)?"
    rf"(?:high|deep|far|tall)?\s*enough{_CLOSE}"
)
# The author there: "on this side of the barrier", "I'm on the wrong side of the railing".
_SIDE = (
    r"(?:\bon\s+this|(?:^|(?<=[.!?]\s))on\s+the\s+(?:wrong|other|far)|(?:\bi'?m|\bim|\bi\s+am|\bsitting|\bstanding|\bstood|\bsat|\bclimbed|\bclimbing|"
    r"\bbeen|\bgot)\s+(?:\w+\s+){0,3}?(?:on|over\s+to|onto)\s+(?:the\s+other|the\s+wrong|wrong|other|"
    r"the\s+far))\s+side\s+of\s+the\s+(?:barrier|railings?|rail|"
    r"fence|guard\s*rail|parapet|wall)\b(?!\s+(?:at|in|for|to)\s+(?:arrivals|the\s+exit|the\s+entrance|"
    r"pick\s*up|the\s+ticket))"
)
# The height named before or after the barrier, within a few sentences.
WRONG_SIDE = rf"\b{_HIGH}\b[\s\S]{{0,200}}?{_SIDE}|{_SIDE}(?=[\s\S]{{0,200}}?\b{_HIGH}\b)"
_TRAFFIC = (
    r"(?:lorr(?:y|ies)|trucks?|traffic|motorway|dual\s+carriageway|hard\s+shoulder|main\s+road|"
    r"trains?|tracks|platform|level\s+crossing)"
)
# A step into traffic or off a platform thought of: "On the hard shoulder of the M6. Lorries
# flying past. Thinking about just stepping out." Not "stepping out for a coffee".
_STEP_THOUGHT = (
    r"\b(?:think\w*|thought)\s+(?:about|of|abt)\s+(?:just\s+)?(?:stepping|walking)\s+(?:out|off)"
    rf"(?:\s+in\s+front(?:\s+of\s+(?:one|them|it|a\s+\w+))?)?{_CLOSE}"
)
INTO_TRAFFIC = (
    rf"\b{_TRAFFIC}\b[\s\S]{{0,160}}?{_STEP_THOUGHT}|"
    rf"{_STEP_THOUGHT}(?=[\s\S]{{0,160}}?\b{_TRAFFIC}\b)"
)
STEPPING_OUT = (
    r"\b(?:think\w*|thought)\s+(?:a\s+lot\s+|lots\s+|more\s+and\s+more\s+)?(?:about|of|abt)\s+"
    r"(?:just\s+)?(?:stepping|bowing|getting)\s+out\s+of\s+(?:the\s+picture|(?:every\w*'?s|their|"
    r"the\s+kids'?|my\s+\w+'?s)\s+li(?:fe|ves))\b(?!\s+(?:at|in|on|with|for|from)\b)|\b(?:step|stepped|stepping|bow|bowed|bowing)\s+out\s+"
    r"of\s+the\s+picture\s+(?:for\s+good|permanently|forever)\b|\b(?:take|taking|took)\s+my\s*self\s+out\s+"
    r"of\s+(?:the\s+picture|(?:every\w*'?s|their|the\s+kids'?)\s+li(?:fe|ves))(?:\s+(?:for\s+good|"
    r"permanently|forever))?(?=\s*(?:[.!?,;]|$|for\s+good|permanently|forever))"
)

# C-SSRS 5: a date set for the author's end, named as such: "setting an end date for myself".
END_DATE = (
    r"\b(?:set|setting|picked|picking|chose|chosen|choosing|have|got|gave\s+myself)\s+(?:my\s*self\s+)?"
    r"(?:an|my|the)\s+(?:own\s+)?end\s+date\s+(?:for\s+(?:my\s*self|me)|now|already)\b|\bmy\s+(?:own\s+)?"
    r"end\s+date\s+(?:is|was)\s+(?:set|decided|picked|chosen)\b|\bmy\s+(?:own\s+)?plan\s+to\s+(?:end\s+"
    r"(?:things|it\s+all|everything)|go|not\s+be\s+here)\b"
)

# AFSP (mood): sudden calm or relief, with the reason left as a decision, a plan or a way out:
# "strangely peaceful, the plan is made", "calmest I've been, now I've got a way out". Not the
# relief of a treatment decided or finished ("lighter now the decision about surgery is made").
_CALM = (
    r"(?:calm\w*|peace\w*|lighter|relie\w+|settled|at\s+ease|slept\s+(?:properly|well|through)|"
    r"not\s+(?:scared|afraid|frightened)\s+any\s*more)"
)
_WAY_OUT = (
    r"(?:(?:the|my)\s+plan\s+(?:is|'s)\s+(?:made|set|in\s+place|sorted|ready)|(?:got|found|have|there'?s)\s+"
    r"(?:a|my)\s+way\s+out(?!\s+of\b)|(?:won'?t|wont|will\s+not)\s+have\s+to\s+(?:do|face|carry|feel)\s+(?:this|it|"
    r"any\s+of\s+(?:it|this))\s+(?:much\s+|for\s+much\s+)?longer|"
    # a date picked for the author's going: "once you've picked your date to check out"
    r"(?:picked|chosen|set|decided\s+on)\s+(?:a|the|my|your)\s+(?:own\s+)?(?:date|day)\s+to\s+(?:check\s+out|"
    r"go|end\s+(?:it|things)|leave\s+for\s+good)(?=\s*(?:[.!?,;]|$|\s+(?:there'?s|theres|and|so|now)\b)))"
)
_TREATMENT_WORDS = (
    r"(?:treatment|chemo\w*|surgery|operation|scans?|results?|radio\w*|transplant|cycles?|rounds?|"
    r"maintenance|remission|doctors?|consultant|oncolog\w*|team)"
)
_NO_TREATMENT = rf"(?![^.!?]*\b{_TREATMENT_WORDS}\b)"
# Anchored at a sentence's start, so the veto scans each sentence once (not from every letter).
_SENTENCE_START = r"(?:^|(?<=[.!?\n]))\s*"
SUDDEN_CALM = (
    # the calm and its reason in one sentence or the next ("calmest I've been in months. once
    # you've picked your date to check out ...")
    rf"{_SENTENCE_START}{_NO_TREATMENT}[^.!?]*?\b{_CALM}\b[^.!?]{{0,80}}?(?:[.!?]\s*{_NO_TREATMENT}"
    rf"[^.!?]{{0,80}}?)?\b{_WAY_OUT}"
    rf"{_NO_TREATMENT}"
)

# C-SSRS 3 with secrecy: an amount of a medicine looked up for an adult (the author, not the
# child it was prescribed for), and the search or the medicine hidden ("googling how much of
# her oramorph it would take for an adult. deleted the history after"). Not a child's dose
# checked against an adult's, which names the child's weight or dose.
_ADULT_AMOUNT = (
    r"\b(?:look\w*\s+up|googl\w*|research\w*|search\w*|check\w*|work\w*\s+out|"
    r"read\w*\s+(?:up\s+)?(?:on|about))\s+"
    r"(?:\w+\s+){0,3}?how\s+(?:much|many)\s+(?:[\w']+\s+){0,4}?(?:(?:it\s+)?would\s+(?:take|be\s+needed)\s+for\s+"
    r"(?:an?\s+)?(?:adult|grown[\s-]*up|someone\s+my\s+size)|(?:an?\s+)?(?:adult|grown[\s-]*up)\s+would\s+"
    r"(?:need|take))\b(?!\s+(?:for|to\s+(?:treat|help|ease|stop))\s)"
)
_HIDDEN = (
    r"(?:delet\w*|clear\w*|wip\w*)\s+(?:the|my)\s+(?:search\s+|browser\s+)?history|incognito|"
    r"(?:in|into)\s+my\s+(?:bedside\s+)?(?:drawer|handbag|bag|wardrobe|car)|hid\w*(?![^.!?]{0,30}\bfrom\s+"
    r"(?:the|my|our)\s+(?:toddler|kids?|children|baby|little\s+ones?|dog|cat)\b)|(?:nobody|no\s+one)\s+"
    r"knows|(?:didn'?t|did\s+not)\s+tell"
)
ADULT_DOSE_HIDDEN = (
    rf"{_ADULT_AMOUNT}[\s\S]{{0,120}}?\b(?:{_HIDDEN})\b|"
    rf"\b(?:{_HIDDEN})\b[\s\S]{{0,120}}?{_ADULT_AMOUNT}"
)

# Beck Suicide Intent Scale (isolation, timing, precautions against discovery): the act left
# as "it", or a means named, with the author making sure nobody will be there to intervene
# ("gonna do it friday while hes at his dads ... nobodys due round", "bought rope today ... just
# need the house empty"). A chore done while the house is empty names what is done.
_UNINTERRUPTED = (
    r"(?:(?:the\s+)?house\s+(?:is\s+|will\s+be\s+|'?s\s+)?(?:empty|to\s+my\s*self)|(?:nobody|no\s*one|noone)"
    r"(?:'?s|s|\s+is|\s+will\s+be|'?ll\s+be)\s+(?:due|home|around|in|coming|about|expected)(?:\s+round)?|"
    r"(?:nobody|no\s*one|noone)\s+(?:will|would|'?ll|can|could)\s+(?:find|check\s+on|walk\s+in\s+on|stop)"
    r"\s+me|won'?t\s+be\s+found\s+(?:till|until|for))"
    # closing its clause: not "nobody's around to watch me cry"
    r"(?=\s*(?:[.!?,;]|$|\s+(?:then|so|and|till|until|tonight|today|tomorrow|on|in|at|after|before|"
    r"for|all|again|anyway)\b))"
)
_ACT_AS_IT = r"(?:(?:do|doing)\s+it|go\s+through\s+with\s+it|end\s+it)"
_MEANS_OR_ACT = (
    rf"(?:{_ACT_AS_IT}|rope|noose|hose\s*(?:pipe)?|ligature|"
    r"tablets|pills|meds|oramorph|morphine|oxy\w*|paracetamol|the\s+beam|the\s+garage)"
)
UNINTERRUPTED = (
    rf"\b{_MEANS_OR_ACT}\b[^.!?]{{0,100}}?(?:[.!?]\s*[^.!?]{{0,80}}?)?\b{_UNINTERRUPTED}\b|"
    rf"\b{_UNINTERRUPTED}\b[^.!?]{{0,80}}?(?:[.!?]\s*[^.!?]{{0,60}}?)?\b{_ACT_AS_IT}"
    r"\b(?=\s*(?:[.!?,;]|$|\s+(?:then|for\s+good|properly)\b))"
)
# C-SSRS 4, the intent to act, with the thoughts named earlier and the act on them told as
# "it" or "them" ("next time the dark stuff comes i'm going to act on it"); gated on the
# thoughts or urges being named (``GATES``), not "thanks for the tips, I'll act on them".
ACTING_ON_URGES = (
    r"\b(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will)\s+(?:going\s+to\s+|gonna\s+|finally\s+|just\s+)?"
    r"(?:act\s+on|give\s+in\s+to)\s+(?:it|them)\b(?!\s+(?:with|by|through|at\s+work)\b)"
)
_URGES = (
    r"dark\s+(?:stuff|thoughts?|place|side)|suicidal\s+(?:thoughts|urges|feelings)|thoughts\s+of\s+"
    r"(?:ending|killing|dying|not\s+being|suicide|self[\s-]?harm|hurting)|urges?\s+to\s+(?:end|die|"
    r"hurt|cut|harm|self|jump)|intrusive\s+thoughts|the\s+voices?"
)

UNSAID: list[tuple[str, float, str, str, bool]] = [
    (
        UNINTERRUPTED,
        0.85,
        "plan",
        "means or the act, and nobody there to intervene [Beck SIS: precautions against "
        "discovery; C-SSRS 5]",
        True,
    ),
    (
        ADULT_DOSE_HIDDEN,
        0.85,
        "method",
        "an adult's amount of a medicine looked up, and hidden [C-SSRS 3: researching a method]",
        False,
    ),
    (
        SUDDEN_CALM,
        0.8,
        "plan",
        "a sudden calm with a way out decided [AFSP: mood, sudden relief]",
        True,
    ),
    (
        END_DATE,
        0.85,
        "plan",
        "an end date set for the author [C-SSRS 5: a plan with timing]",
        True,
    ),
    (
        READY_AFTER_AFFAIRS,
        0.8,
        "goodbye",
        "affairs put in order, then ready [988/AFSP: putting affairs in order; C-SSRS 4]",
        True,
    ),
    (
        NO_MORE_CONTACT,
        0.8,
        "goodbye",
        "telling the group it will not hear from them again [988/AFSP: saying goodbye]",
        False,
    ),
    (
        MEANS_PURPOSE_DENIED,
        0.85,
        "means",
        "a rope or hose got, its purpose kept unsaid [988/AFSP: obtaining means]",
        False,
    ),
    (
        PILLS_BOUGHT_UNSEEN,
        0.85,
        "means",
        "pills bought so nobody notices how many [988/AFSP: stockpiling pills]",
        False,
    ),
    (
        EXHAUST_MEANS,
        0.85,
        "means",
        "a hose and tape with the car [C-SSRS preparatory behaviour]",
        False,
    ),
    (
        HEIGHT_LOOKED_UP,
        0.85,
        "method",
        "a height looked up and found enough [C-SSRS 3: researching a method]",
        False,
    ),
    (
        WRONG_SIDE,
        0.8,
        "dangerous place",
        "on the far side of a barrier up high [988/AFSP: being at a dangerous place]",
        False,
    ),
    (
        INTO_TRAFFIC,
        0.8,
        "dangerous place",
        "a step into traffic thought of [988/AFSP: a dangerous place; C-SSRS 2-3]",
        True,
    ),
    (
        ACTING_ON_URGES,
        0.75,
        "plan",
        "intent to act on the thoughts named before [C-SSRS 4]",
        True,
    ),
    (
        STEPPING_OUT,
        0.8,
        "burden",
        "thinking of stepping out of the family's life [988/AFSP: being a burden]",
        True,
    ),
]

# A word each of the costlier readings cannot do without: ``rules.crisis`` searches a reading
# only in a text that has its word (one quick search instead of the reading's alternations at
# every word of a long post).
GATES: dict[str, str] = {
    UNINTERRUPTED: (
        r"empty|to\s+my\s*self|due|home|around|coming|expected|find|check\s+on|walk\s+in|stop\s+me|found"
    ),
    SUDDEN_CALM: r"calm|peace|lighter|relie|settled|ease|slept|scared|afraid|frightened",
    WRONG_SIDE: r"side\s+of",
    INTO_TRAFFIC: r"stepping|walking",
    # the thoughts named, and no advice given that "them" could be
    ACTING_ON_URGES: (
        rf"^(?![\s\S]*\b(?:tips|advice|suggestions|ideas|recommendations)\b)[\s\S]*(?:{_URGES})"
    ),
}
