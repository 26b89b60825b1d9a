"""Crisis warning signs written from published taxonomies, one group per taxonomy item.

Sources (each pattern group names its item):
- C-SSRS screener (Columbia Suicide Severity Rating Scale): 1 wish to be dead, 2 non-specific
  active thoughts, 3 method, 4 intent, 5 plan; suicidal behaviour: preparatory acts, aborted or
  actual attempts; non-suicidal self-injury.
- 988 Suicide & Crisis Lifeline warning signs: talking about wanting to die, feeling empty or
  hopeless or having no reason to live, feeling trapped or unbearable pain, being a burden,
  looking for a way to kill oneself (searching online, obtaining a gun, stockpiling pills),
  saying goodbye, giving away important items, putting affairs in order.
- AFSP warning signs: talk (being a burden, feeling trapped, unbearable pain, no reason to
  live), behaviour (looking for a way, researching methods online, visiting or calling people
  to say goodbye, giving away prized possessions, withdrawing), of the parent or their child.

Each entry is ``(pattern, score, signal, detail, negatable)`` like ``crisis._PATTERNS``.
Scores: 0.75-0.9 a sign that alone warrants care; 0.45 a sign that counts only with another
one (``crisis.detect_crisis`` combines two signs into a raise). Text-speak forms ("abt",
"w/o", "wud b") are part of the patterns; leetspeak and masks are undone by ``normalize``.
"""

from __future__ import annotations

import re

from ..claims.drugs import CLASSES
from .places import BUILDINGS, CAR_PARKS, HEIGHTS, RAIL

# The errands of a high place in a hospital's day: parking because the rest was full, the lift,
# the ticket, the roof garden or cafe. Said in the sentence, they make the place a place.
ERRAND_AT_PLACE = (
    r"\b(?:(?:was|were|is|are|all)\s+full|lifts?|tickets?|pay\s+(?:machine|station)|parking\s+"
    r"(?:fees?|charges?|permit|pass)|spaces?|roof\s+garden|highly\s+recommend)\b"
)
_PLACE_SIGN = (
    r"\b(?:jump\w*|fall\w*|edge|end\s+it|die|dead|kill\w*|goodbye|(?:coming|come|get|getting)\s+back|"
    r"last\s+time|look\w*\s+down|drop)\b"
)


_ERRAND_RE = re.compile(ERRAND_AT_PLACE)
_PLACE_SIGN_RE = re.compile(_PLACE_SIGN)


def errand_at_place(sentence: str) -> bool:
    """A high place told with its everyday errand (parking, the lift, the roof garden) and no
    word of falling, of the edge or of not coming back."""
    return bool(_ERRAND_RE.search(sentence)) and not _PLACE_SIGN_RE.search(sentence)


# A medicine kept after the treatment it was for, never handed back.
_LEFTOVER = (
    r"\b(?:still\s+(?:have|got)|left\s*over|never\s+(?:took|gave|handed)\s+(?:\w+\s+)?back|kept)\b"
)
# Found "more than enough" of it, closing the clause with nothing it is enough for.
_ENOUGH = (
    r"(?:more\s+than|easily|plenty|just\s+about|definitely)\s+enough(?:\s+(?:now|already|left|there|"
    r"i\s+think)){0,2}(?=\s*(?:[.!,;]|$))"
)
# Where to die is end-of-life care, not a wish to be dead: "die at home", "in her own bed".
WHERE_TO_DIE = (
    r"(?!\s+(?:at\s+home|in\s+(?:his|her|their|the|my)\s+(?:own\s+)?(?:bed|sleep|room|garden|hospice|"
    r"house)|peacefully|with\s+(?:us|me|dignity|family|his\s+family|her\s+family)|in\s+hospice))"
)
# What one "dies of" in hyperbole: "die of embarrassment", "dying of boredom", "die laughing".
HYPERBOLE_CAUSE = (
    r"(?:(?:of|from|with)\s+(?:embarrassment|shame|boredom|cringe|laughter|laughing|happiness|"
    r"excitement|jealousy|envy|cuteness|curiosity|suspense|hunger|thirst)|laughing)\b"
)
# Text-speak and short forms.
_ABOUT = r"(?:about|abt|bout|of)"
_WOULD = r"(?:would|wud|wld|'d|d|will|are\s+going\s+to|r)"
_BE = r"(?:be|b)"
_WITHOUT_ME = r"(?:without|w/o|w/out|wo|w\s+o)\s+me\b"
_I_AM = r"(?:i'?m|im|i\s+am)"
# "if I were gone": the condition of the burden sign (988/AFSP), as others would be better off.
_IF_I_WERE_GONE = (
    r"(?:if\s+i\s+(?:just\s+|simply\s+|only\s+)?(?:(?:was|were)\s+(?:gone|dead|not\s+(?:here|around|"
    r"alive)|out\s+of\s+the\s+(?:picture|way)|never\s+born)|(?:wasn'?t|weren'?t|wasnt|werent|"
    r"was\s+not|were\s+not)\s+(?:here|around|alive|born|in\s+(?:it|the\s+picture|their\s+lives|"
    r"the\s+way))|died|disappeared|didn'?t\s+exist|didnt\s+exist)|"
    # never there at all: "if I'd never been born", "if I had never existed"
    r"if\s+(?:i'?d|id|i\s+had)\s+(?:never|not)\s+(?:been\s+born|existed|been\s+here|come\s+along)|"
    r"if\s+i\s+(?:hadn'?t|hadnt)\s+(?:been\s+born|existed))"
)
# Born at a time, in a place or as someone: a wish about the circumstance of the birth ("I wish
# I'd never been born in the winter", "... born a girl"), not a wish not to exist.
BORN_WHEN = (
    r"(?!\s+(?:in|on|at|during|as|a|an|into\s+(?:a|an|the)\s+(?:\w+\s+)?(?:era|world|century))\b)"
)
# Marks on a child's body with what made them told after them: "marks on her arms from the
# cannulas", "burns on his chest from radiotherapy", "cuts on her legs from shaving",
# "scratches from the cat" are care, accidents and pets, not self-injury.
NO_INJURY_CAUSE = (
    r"(?![^.!?]{0,80}\b(?:cannulas?|iv|drips?|needles?|bloods?|lines?|port|picc|radio\w*|radiation|"
    r"cats?|kittens?|dogs?|pupp(?:y|ies)|shav\w*|razor\s+burn|eczema|rash\w*|gvhd|fell|fall|"
    r"bike|trampoline|oven|stove|kettle|iron|curling|straighteners|sunburn\w*|sun)\b)"
)

# A conditional absence bounded by a place, a time or company: "if I wasn't here during rounds",
# "if I wasn't here alone every night".
NOT_BOUNDED = (
    r"(?!\s+(?:at|during|for(?!\s+(?:good|ever|keeps)\b)|on|in|when|while|whenever|tonight|today|"
    r"tomorrow|this|next|until|till|alone|by\s+myself|on\s+my\s+own|all\s+the\s+time|every|so\s+"
    r"much)\b)"
)
# An absence bounded in time or place: "without me for a night", "without me at the
# appointment" is a break or an errand, not being gone.
NOT_FOR_A_WHILE = (
    r"(?!\s+(?:\w+\s+){0,2}?for\s+(?:a|one|the|an|a\s+few|a\s+couple\s+of|two|three|\d+)\s+"
    r"(?:night|day|weekend|week|while|hour|afternoon|evening|morning|few|couple|shift|stay|"
    r"admission)s?\b|\s+(?:at|during|on|in|while|when)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+|"
    r"our\s+|this\s+|that\s+)?(?!(?:lives|life|picture|way|world|it|them)\b)[a-z]+)"
)
# "Be here" about a place, not about living: a child or parent tired of the ward says "I don't
# want to be here at the hospital", "she doesn't want to be here, she wants to go home".
BE_HERE = (
    r"be\s+here(?!\s+(?:at|in|on)\s+(?:the\s+|this\s+)?(?:hospital|ward|clinic|unit|icu|picu|"
    r"room|place)\b|\s+for\s+(?:another|more|one\s+more)\s+(?:round|cycle|dose|chemo|treatment|"
    r"scan|night\s+(?:in|on)))(?![^.!?]{0,50}\b(?:go(?:ing)?\s+home|(?:own|my|his|her)\s+(?:own\s+)?bed|"
    r"(?:the|this)\s+(?:ward|hospital))\b)"
)
# A leaving told with a reason to be glad or a return: "bye for now", "see you at the picnic",
# "she's in remission so we're stepping back".
_LEAVING_WELL = (
    r"(?![^.!?]{0,40}\b(?:for\s+now|see\s+(?:you|u|y'?all)|talk\s+soon|catch\s+up|til|till|until)\b)"
    r"(?![\s\S]*\b(?:remission|ned|all\s+clear|clear\s+scans?|cancer[\s-]free|finished\s+"
    r"treatment|end\s+of\s+treatment|ringing\s+the\s+bell|rang\s+the\s+bell|moving|new\s+job|"
    r"holiday|vacation|back\s+(?:soon|next|in|on|after)|check\s+in|pop\s+in|discharg\w*|"
    r"last\s+(?:day|night)\s+(?:of|on|in|at)\s+(?:the\s+)?(?:ward|hospital|unit|chemo|treatment|"
    r"school|term|camp))\b)"
)
# A goodbye at a day's ordinary parting: "hugging everyone goodbye at the school gate".
_ORDINARY_PARTING = (
    r"(?![^.!?]{0,30}\b(?:school\s+(?:gate|run|bus)|drop[\s-]?off|airport|station|before\s+"
    r"(?:school|work|(?:the|his|her|my)\s+(?:trip|flight|camp)))\b)"
)
# The detail of the farewell to the group (``crisis._told_whole`` counts its parts).
FAREWELL_TO_GROUP = "a farewell to the group [988/AFSP: saying goodbye]"
# Medicines a home has in quantity: the generic words, and by name the pain, fever, anxiety and
# sleep classes of the supportive-care list (``claims.drugs``: "oramorph", "hydromorphone",
# "zopiclone" are gathered and researched as "pills" are).
MEDICINE = (
    r"(?:pills?|meds|medications?|medicines?|painkillers?|tablets|tabs|capsules|oxy\w*|morphine|"
    r"opioids?|insulin|sleeping\s+(?:pills|tablets)|antidepressants|benzos?|xanax|"
    + "|".join(
        sorted(
            {
                name
                for kind in ("pain medication", "fever medicine", "anxiety or sleep medicine")
                for name in CLASSES[kind].split()
            },
            # longest first, then by name: the same pattern in every process (a set's order
            # follows the string hash seed)
            key=lambda name: (-len(name), name),
        )
    )
    + r")"
)
# "wake up" that is about the morning, not about dying: "wake up the baby", "early", "at 4am"
# ("at all" is the wish). FIGURATIVE reads these words as the morning; the wish patterns also
# stop at "for", "till", "when", "with" and "to" after "wake up" (NOT_THE_MORNING).
_MORNING = r"(?:the|her|him|them|my|his|our|early|in\s+time|before|at(?!\s+all)|\d)"
# "To another day (of this)" is waking to more of life, the wish itself, not the morning.
_ANOTHER_DAY = (
    r"(?:another|one\s+more)\s+(?:day|morning)(?:\s+(?:of\s+(?:this|it|life|living|all\s+this)|like\s+"
    r"this))?(?=\s*(?:[.,!?;]|$))"
)
NOT_THE_MORNING = rf"(?!\s+(?:{_MORNING}|for|till|until|when|with|to(?!\s+{_ANOTHER_DAY}))\b)"
_FIREARM = r"(?:gun|pistol|revolver|rifle|shotgun|firearm|handgun)"
_DEATH_PURPOSE = (
    r"(?:for\s+me|to\s+(?:die|not\s+wake\s+up|never\s+wake\s+up|end\s+(?:it|my\s+life)|"
    r"kill\s+(?:me|(?:my|him|her)\s*self)|do\s+it|be\s+(?:lethal|fatal|enough\s+to)))"
)
# A place sign's places (``places``): heights, the railway ("tracks" alone too), a top floor.
_PLACE = rf"(?:{HEIGHTS}|{RAIL}|tracks|top\s+floor|parking\s+(?:garage|structure|deck)\s+roof)"
# Other high places, named only where looked for by their fences ("which car parks ...")
_HIGH_PLACE = rf"(?:{CAR_PARKS}|{BUILDINGS})"
_SAID = (
    r"\s+(?:said|says|told\s+(?:me|us|(?:the|her|his|their|my|our)\s+\w+)|tells\s+me|"
    r"keeps\s+saying|wrote|texted)(?:\s+that)?\s+"
    r"(?:he|she|they)"
)
# The child named ("my son", "our 14 year old"), or a pronoun with a verb of telling.
_CHILD_SUBJECT = (
    rf"(?:(?:my|our)\s+(?:\d+\s*(?:year|yr)[\s-]*old|son|daughter|kid|child|boy|girl|teen)(?:{_SAID})?|"
    rf"(?:he|she|they){_SAID})"
)

WARNING_SIGNS: list[tuple[str, float, str, str, bool]] = [
    # C-SSRS 1 (wish to be dead); 988 "talking about wanting to die"
    (
        r"\b(?:wish\w*|want\w*|wanna|hop\w*|pray\w*|long\w*)\s+(?:\w+\s+){0,3}?(?:go\s+to\s+sleep|"
        r"fall\s+asleep|sleep)\s+and\s+(?:never|not)\s+wake\s+up\b(?!\s+(?:for|till|until)\b)",
        0.9,
        "ideation",
        "wish to be dead (C-SSRS 1): sleep and never wake up",
        False,
    ),
    (
        r"\b(?:wish\w*|hop\w*|pray\w*)\s+(?:that\s+)?i\s+(?:\w+\s+){0,2}?(?:not|never|\w*n'?t)\s+"
        rf"(?:ever\s+)?(?:(?:wake|waking)\s+up\b{NOT_THE_MORNING}|"
        # the same wish in other words: "hope I won't open my eyes again"
        r"open(?:ing)?\s+my\s+eyes(?:\s+(?:ever\s+)?again)?(?=\s*(?:[.!?,;]|$|\s+(?:tomorrow|in\s+the\s+"
        r"morning|and|but)\b)))",
        0.9,
        "ideation",
        "wish to be dead (C-SSRS 1): hopes not to wake up",
        False,
    ),
    (
        r"\bwish\s+(?:i|i'?d|id)\s+(?:(?:was|were)n'?t|wasnt|werent|was\s+not|were\s+not)\s+"
        r"(?:here|alive|around|born)\b|\bwish\s+(?:i|i'?d)\s+could\s+(?:just\s+)?(?:die|dis+ap+e+ar|"
        r"vanish|stop\s+existing|not\s+exist|go\s+to\s+sleep\s+forever)\b",
        0.9,
        "ideation",
        "wish to be dead [C-SSRS 1]",
        False,
    ),
    (
        # rather be dead than go on; never born; tired of being alive; would not mind dying
        r"\b(?:i'?d|id|i\s+would)\s+(?:honestly\s+|much\s+|just\s+)?rather\s+(?:just\s+)?(?:be\s+dead|"
        rf"not\s+(?:exist|be\s+alive|wake\s+up{NOT_THE_MORNING})|die\s+than\s+(?:keep|go\s+on|carry\s+on|live|feel|face|"
        r"do\s+this|be\s+here))\b|"
        rf"\bwish\s+(?:i'?d|id|i\s+had)\s+never\s+been\s+born\b{BORN_WHEN}|"
        r"\b(?:i'?m|im|i\s+am)\s+(?:so\s+|just\s+|really\s+)?(?:tired|sick|done)\s+(?:of|with)\s+"
        r"(?:being\s+alive|existing|life|living)(?=\s*(?:[.!?,;]|$|anymore|any\s+more|at\s+all))|"
        r"(?:^|[.!?,;]\s*)(?:just\s+|so\s+)?(?:tired|sick)\s+of\s+(?:being\s+alive|existing)"
        r"(?=\s*(?:[.!?,;]|$|anymore|any\s+more|at\s+all))|"
        r"(?<!\bshe\s)(?<!\bhe\s)(?<!\bthey\s)(?<!\bit\s)(?<!\bwe\s)(?<!\byou\s)"
        r"\b(?:wouldn'?t|would\s+not|wudnt|wouldnt)\s+(?:even\s+)?(?:care|mind|be\s+sad)\s+(?:if\s+i\s+"
        r"(?:just\s+)?(?:died|didn'?t\s+wake\s+up|never\s+woke\s+up|was\s+gone|wasn'?t\s+here)\b|"
        rf"(?:just\s+)?(?:not\s+waking\s+up{NOT_THE_MORNING}|dying(?!\s+(?:my|her|his|the)\b)))|"
        r"\bif\s+i\s+(?:just\s+)?(?:died|didn'?t\s+wake\s+up)\s+(?:\w+\s+){0,4}?i\s+(?:wouldn'?t|"
        r"would\s+not)\s+(?:care|mind|be\s+sad)\b",
        0.85,
        "ideation",
        "wish to be dead [C-SSRS 1]",
        False,
    ),
    # C-SSRS 1, the passive wish told as an accident welcomed: "wouldn't mind if a lorry took me
    # out", "it would be a mercy if a lorry came across the reservation", "I pray I go to sleep
    # and that's it", "easier if I went to sleep and stayed asleep"; not the bus coming on time.
    (
        r"\b(?:wouldn'?t|would\s+not|wouldnt|wudnt)\s+(?:even\s+|really\s+)?(?:mind|care)\s+if\s+(?:a|the|"
        r"some)\s+(?:\w+\s+)?(?:lorry|truck|bus|car|van|train)\s+(?:just\s+)?(?:hit\s+me|took\s+me\s+out|"
        r"ran\s+me\s+over|wiped\s+me\s+out|crashed|came\s+(?:across|through|into\s+me)|ploughed\s+into\s+"
        r"me)\b|\bif\s+(?:a|the|my|our)\s+(?:\w+\s+)?(?:lorry|truck|bus|car|van|train)\s+(?:just\s+)?"
        r"(?:hit\s+me|took\s+me\s+out|ran\s+me\s+over|crashed|came\s+across|ploughed\s+into\s+me)"
        r"[^.!?]{0,60}?(?:(?:wouldn'?t|would\s+not|wouldnt)\s+(?:even\s+)?(?:mind|care)|reliev\w+|"
        r"relief|a\s+mercy|a\s+blessing)|\b(?:be\s+)?a\s+(?:mercy|relief|blessing)\s+if\s+(?:a|the)\s+"
        r"(?:\w+\s+)?(?:lorry|truck|bus|car|van|train)\s+(?:just\s+)?(?:hit\s+me|took\s+me\s+out|"
        r"ran\s+me\s+over|came\s+across|crashed|ploughed)|"
        r"\b(?:pray\w*|hop\w*|wish\w*)\s+(?:that\s+)?i\s+(?:\w+\s+){0,2}?(?:go\s+to\s+sleep|fall\s+"
        r"asleep|sleep)\s+and\s+(?:(?:that'?s|thats)\s+it(?!\s+(?:till|until|til|for\s+(?:the\s+night|tonight)))|never\s+wake|don'?t\s+wake|dont\s+wake|"
        r"stay\s+asleep|never\s+come\s+back)|\b(?:easier|better|kinder)\s+if\s+i\s+(?:just\s+)?(?:went|"
        r"go)\s+to\s+sleep\s+and\s+(?:just\s+)?(?:stayed|stay)\s+asleep\b|"
        r"\b(?:wish\w*|hop\w*|pray\w*|want\w*|wanna)\s+(?:is\s+)?(?:that\s+|to\s+)?(?:i\s+(?:could\s+)?)?(?:just\s+)?(?:go\s+to\s+"
        r"sleep|fall\s+asleep|sleep)\s+and\s+(?:just\s+)?(?:never|not)\s+(?:have\s+to\s+)?(?:wake\s+up|face\s+"
        r"(?:any\s+of\s+)?(?:it|this|anything|tomorrow|another\s+day))(?:\s+(?:ever\s+)?again)?"
        r"(?=\s*(?:[.!?,;]|$|\s+(?:and|but|i'?m|im)\b))",
        0.85,
        "ideation",
        "wish to be dead [C-SSRS 1]: an end by accident or in sleep welcomed",
        True,
    ),
    (
        r"\b(?:god|he|someone)\s+(?:would\s+|to\s+|will\s+)?takes?\s+me\s+(?:instead|too|now|away|"
        r"with\s+(?:her|him))\b",
        0.75,
        "ideation",
        "wish to be dead (C-SSRS 1): asks to be taken",
        True,
    ),
    # C-SSRS 2 (non-specific active thoughts)
    (
        rf"\b(?:think\w*|thought|thoughts)\s+{_ABOUT}\s+(?:just\s+)?(?:ending\s+(?:it|it\s+all|my\s+life|"
        r"everything|things)(?!\s+with\b)|not\s+carrying\s+on\s+living|killing\s+my\s*self|taking\s+my\s+(?:own\s+)?life|not\s+being\s+(?:here|"
        r"alive|around))\b|"
        # the thought of how: "thinking about how to end it", "ways to end my life" (C-SSRS 2-3)
        rf"\b(?:think\w*|thought|thoughts)\s+{_ABOUT}\s+(?:how|ways?)\s+(?:to|of|i'?d|i\s+would|"
        r"(?:he|she)'?d|(?:he|she)\s+would)\s+(?:end(?:ing)?\s+(?:it(?:\s+all)?(?!\s+with\b)|my\s+life|"
        r"(?:his|her)\s+life|everything)|kill(?:ing)?\s+(?:my|him|her)\s*self)\b",
        0.85,
        "ideation",
        "active suicidal thoughts [C-SSRS 2]",
        True,
    ),
    # C-SSRS 1-3: a fall or a jump thought of as the easy way, the act closing its clause
    # ("thinking how much easier it would be to fall", "so easy to just jump"); not "easier to
    # fall asleep", "jump in the pool", "fall behind".
    (
        r"(?:\b(?:easier|easy|tempting|simple|quicker)\s+(?:(?:it\s+)?(?:would|wud|'?d)\s+(?:be|b)\s+|it\s+is\s+|"
        r"it'?s\s+)?(?:to\s+)?(?:just\s+)?(?:fall|jump|step\s+off|lean\s+(?:over|forward)|roll\s+off|go\s+over|"
        r"slide\s+in|slip\s+in|walk\s+in|go\s+under)|"
        r"\b(?:think\w*|thought|thoughts)\s+(?:about|of|abt)\s+(?:just\s+)?(?:jumping|falling|stepping\s+off|"
        r"leaning\s+over|going\s+over))"
        r"(?=\s*(?:[.!?,;]|$|\s+(?:and|from\s+(?:here|there|the\s+\w+)|(?:(?:off|from|over)\s+)?(?:the|this|"
        r"that|my)\s+(?:\w+\s+)?(?:platform|edge|ledge|bridge|roof|cliff|balcony|building|window))\s*"
        r"(?:[.!?,;]|$)))",
        0.8,
        "method",
        "a fall or jump thought of as the way [C-SSRS 1-3; 988/AFSP: a dangerous place]",
        True,
    ),
    # C-SSRS 3 (method); 988/AFSP "looking for a way, researching methods online"
    (
        r"\b(?:look\w*\s+up|googl\w*|research\w*|search\w*|read\w*\s+(?:\w+\s+){0,3}?(?:on|about|bout|abt)|"
        r"work\w*\s+out|figur\w*\s+out|calculat\w*|check\w*|watch\w*\s+(?:\w+\s+)?videos?\s+(?:on|about|of)|"
        r"ask\w*\s+(?:chatgpt|google|ai|siri))\s+(?:\w+\s+){0,4}?(?:how\s+(?:much|many)"
        rf"\s+(?:[\w']+\s+){{0,5}}?(?:it\s+)?(?:would|will|it\s+would|to)\s+(?:take|be\s+enough)\s+"
        rf"{_DEATH_PURPOSE}|how\s+(?:much|many)\s+(?:\w+\s+){{0,4}}?(?:is|are|would\s+be)\s+"
        r"(?:lethal|fatal|deadly)|how\s+to\s+(?:overdose|od|die|kill\s+(?:(?:my|him|her)\s*self|yourself|"
        r"themselves)|hang\s+(?:my|him|her)\s*self|end\s+(?:it|(?:my|his|her)\s+life))|(?:painless|quick|"
        r"easy|best|quickest|surest)\s+ways?\s+to\s+(?:die|go|end\s+it|kill)|ways?\s+to\s+(?:die(?!\s+(?:at\s+"
        r"home|with\s+dignity|peacefully|well|naturally|in\s+(?:a\s+)?hospice))|end\s+(?:it|(?:my|his|her)\s+"
        r"life)|kill\s+(?:my|him|her)\s*self)|(?:lethal|fatal|deadly)\s+(?:doses?|amounts?|quantit(?:y|ies)|"
        r"levels?)|suicide\s+methods?|"
        # what is lethal, what would stop a heart, how long drowning takes, surviving a fall
        r"(?:which|what)\s+(?:\w+\s+){0,3}?(?:are|is|would\s+be)\s+(?:lethal|fatal|deadly)|"
        r"(?:which|what)\s+(?:\w+\s+){0,3}?(?:would|will|could)\s+stop\s+(?:my|a|the|your)\s+heart|"
        r"how\s+long\s+(?:it\s+)?(?:takes?|would\s+take)\s+to\s+(?:drown|die|bleed\s+out|suffocate)|"
        # how long an overdose takes: "how long a paracetamol overdose takes and whether it hurts"
        r"how\s+long\s+(?:(?:a|an|the)\s+)?(?:[\w']+\s+){0,2}?(?:overdose|od)\s+(?:takes?|would\s+take|"
        r"lasts?)|"
        # how long a body lasts where it dies: cold water, a shut garage with the engine running
        r"how\s+long\s+(?:(?:someone|somebody|a\s+person|a\s+body|an\s+adult|people|you|i)\s+(?:can\s+|"
        r"could\s+|would\s+|will\s+)?(?:lasts?|survives?)|(?:it\s+)?(?:takes?|would\s+take))\s+"
        r"(?:\w+\s+){0,3}?(?:in\s+(?:cold|icy|freezing|the)\s+(?:sea\s+)?(?:water|sea)|with\s+the\s+"
        r"engine\s+running|in\s+(?:a|the)\s+(?:shut|closed|sealed)\s+garage)|"
        r"(?:whether|if)\s+(?:you|i|a\s+person|someone)\s*(?:'?d|would|could|can)\s+survive\s+(?:the|a|"
        r"that)\s+(?:fall|drop|jump)|how\s+to\s+tie\s+a\s+noose|"
        # how many of a medicine would be enough, the purpose left unsaid: "his search history
        # full of how many oxycodone would be enough" (not "enough for the pain")
        rf"how\s+(?:much|many)\s+(?:of\s+)?(?:[\w']+\s+){{0,3}}?{MEDICINE}\s+(?:it\s+)?(?:would|will)\s+be\s+"
        r"enough(?=\s*(?:[.!?;]|$|,\s*(?!for\b|to\b)|\s+and\b))|"
        # how high for a fall to kill, how much is too much for an adult, a method read up on
        r"how\s+(?:high|far|tall)\s+(?:[\w']+\s+){0,6}?(?:for\s+(?:a|the)\s+(?:fall|drop|jump)\s+to\s+be|to\s+be)\s+"
        r"(?:fatal|lethal|deadly|enough)|how\s+(?:much|many)\s+(?:[\w']+\s+){0,5}?(?:would\s+be|is)\s+too\s+"
        r"(?:much|many)\s+for\s+(?:an?\s+adult|a\s+grown[\s-]*up|(?:a\s+)?person|someone|me)\b|"
        r"(?:(?:up\s+)?(?:on|about|abt)\s+)?(?:hanging(?!\s+(?:baskets?|pictures?|frames?|shelves|"
        r"wallpaper|curtains?|lights?|decorations?|out|around|up|on|in|a|the|his|her|my)\b)|"
        r"overdos(?:e|es|ing)|carbon\s+monoxide)(?=\s*(?:[.!?,;]|$|\s+(?:and|methods?|ways?|"
        r"whether|if|too)\b))|"
        r"(?:whether|if)\s+(?:the\s+)?(?:loft\s+)?(?:beam|banister|bannister|rail|hook|pipe)\s+(?:would|will|could)\s+"
        r"(?:hold|take)\s+(?:an\s+adult'?s|my|a\s+person'?s|someone'?s)\s+weight|"
        r"(?:running|run)\s+the\s+(?:car\s+)?engine\s+(?:[\w']+\s+){0,4}?(?:door|doors|garage)\s+(?:shut|"
        r"closed)|"
        # a place looked for by the way it lets one fall: "which bridges have no fences"
        rf"(?:which|what)\s+(?:\w+\s+){{0,3}}?(?:{_PLACE}|{_HIGH_PLACE})s?\s+(?:[\w']+\s+){{0,8}}?(?:ha(?:ve|s)|with|"
        r"without)\s+(?:no|low|(?:a\s+)?gaps?\s+in\s+the)\s+(?:fences?|barriers?|railings?|nets?|"
        r"guard\s*rails?))|"
        # the same asked of someone, with the purpose said: "asked me how many of his morphine it
        # would take to not wake up" (a safety question to the nurse says no such purpose)
        r"\bask\w*\s+(?:\w+\s+){0,2}?how\s+(?:much|many)\s+(?:[\w']+\s+){0,5}?(?:it\s+)?(?:would|will|"
        rf"to)\s+(?:take|be\s+enough)\s+{_DEATH_PURPOSE}",
        0.9,
        "method",
        "researching a method [C-SSRS 3; AFSP/988: looking for a way]",
        False,
    ),
    # A lethal amount asked by what it does to a person (C-SSRS 3): "how many of the 10mg oxy
    # would stop an adult's breathing", "how many paracetamol stops your liver for good"; not a
    # parent's fear for their child ("will the morphine stop her breathing?").
    (
        r"\bhow\s+(?:much|many)\s+(?:[\w']+\s+){0,5}?(?:(?:would|will|could|does\s+it\s+take\s+to|to)"
        r"\s+)?stops?\s+(?:an?\s+adult'?s|a\s+grown\s+\w+'?s|a\s+person'?s|someone'?s|somebody'?s|your|my|"
        r"a|the)\s+(?:\w+\s+)?(?:breathing|heart|liver|kidneys)\b",
        0.85,
        "method",
        "researching a lethal amount [C-SSRS 3; AFSP/988: looking for a way]",
        True,
    ),
    # The same research online with the purpose left unsaid: "googled how many of his sleeping
    # tablets it would take." (working out a dose for the pill box says what it is for)
    (
        r"\b(?:look\w*\s+up|googl\w*|search\w*|research\w*|ask\w*\s+(?:chatgpt|google|ai|siri))\s+"
        rf"(?:\w+\s+){{0,3}}?how\s+(?:much|many)\s+(?:of\s+)?(?:[\w']+\s+){{0,3}}?{MEDICINE}\s+(?:it\s+)?"
        r"(?:would|will|it'?d|itd)\s+take(?=\s*(?:[.!?]|$))",
        0.9,
        "method",
        "researching a lethal amount [C-SSRS 3; AFSP/988: looking for a way]",
        True,
    ),
    (
        # thoughts with a method (C-SSRS 3: "thought about how you might do this"): knowing how,
        # the easiest way for me to go, picturing a crash
        r"\bi(?:'?ve|\s+have)?\s+(?:know|worked\s+out|figured\s+out|decided|thought\s+about)\s+(?:exactly\s+)?"
        r"how\s+"
        r"i(?:'?d|\s+would|\s+will|'?ll|\s+am\s+going\s+to)\s+do\s+it(?=\s*(?:[.,!?;]|$))|"
        r"\b(?:easiest|quickest|best|surest|painless|least\s+painful)\s+way\s+(?:for\s+me\s+)?to\s+"
        r"(?:go|die|do\s+it|end\s+it)(?=\s*(?:[.,!?;]|$))|"
        r"\b(?:think\w*|thought|imagin\w*|pictur\w*)\s+(?:about\s+|of\s+)?(?:just\s+)?(?:swerving|"
        r"driving|crashing|steering)\s+(?:\w+\s+){0,3}?(?:into|off)\s+(?:a|an|the)\s+(?:\w+\s+)?"
        r"(?:lorry|truck|wall|tree|bridge|river|barrier|cliff|oncoming|traffic|bus)\b",
        0.85,
        "method",
        "thinking of a method [C-SSRS 3]",
        True,
    ),
    (
        rf"\b(?:which|what|the)\s+{_PLACE}\s+i\s+(?:would|will|'d|'ll|could|am\s+going\s+to|"
        r"'m\s+going\s+to|m\s+going\s+to)\s+(?:jump|use|go\s+to|do\s+it)\b",
        0.85,
        "method",
        "has chosen a place [C-SSRS 3]",
        True,
    ),
    # C-SSRS 4-5 (intent, plan)
    (
        r"\b(?:i\s+have|i'?ve\s+got|ive\s+got|i\s+made|i'?ve\s+made|i\s+got)\s+(?:a|the|my)\s+"
        r"(?:plan|date)\s+and\s+(?:a|the|my)\s+(?:date|time|day|place|method|means)\b|"
        r"\bsuicide\s+plan\b|\bmy\s+plan\s+to\s+(?:die|end\s+it|kill\s+my\s*self)\b",
        0.85,
        "plan",
        "a plan with details [C-SSRS 5]",
        True,
    ),
    (
        r"\b(?:tonight|today|tomorrow)(?:'s|s|\s+is)\s+the\s+(?:night|day)\b.{0,40}\b(?:do\s+it|go\s+through\s+"
        r"with\s+it|end\s+it)\b|\b(?:going|gonna)\s+(?:to\s+)?go\s+through\s+with\s+it\b|"
        # acting on the thoughts or urges themselves: "i'm going to act on the thoughts"
        r"\b(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will)\s+(?:going\s+to\s+|gonna\s+|finally\s+)?act\s+on\s+"
        r"(?:the|my|these|those|all\s+the)?\s*(?:thoughts|urges|feelings|dark\s+thoughts)\b",
        0.75,
        "plan",
        "intent to act [C-SSRS 4]",
        True,
    ),
    # C-SSRS preparatory behaviour; 988 "stockpiling pills, obtaining a gun"
    (
        r"\b(?:sav(?:e|ed|ing)\s+up|stockpil\w*|hoard\w*|stash\w*|squirrel\w*\s+away|"
        r"put\w*\s+aside|set\w*\s+aside)\s+(?:all\s+)?(?:(?:of\s+)?[\w']+\s+){0,4}?"
        # not "collected his meds from the pharmacy" (the errand), not "saving up the vouchers"
        rf"{MEDICINE}\b(?!\s+(?:vouchers?|coupons?|points|receipts?|money|boxes\s+for))",
        0.9,
        "means",
        "gathering pills [C-SSRS preparatory behaviour; 988: stockpiling pills]",
        True,
    ),
    (
        rf"\b(?:count\w*|hid(?:e|es|ing)|gather\w*|keep\w*|kept)\s+(?:[\w']+\s+){{0,4}}?{MEDICINE}\b"
        r".{0,50}\bfor\s+(?:my\s*self|me\s+(?:later|one\s+day|when))",
        0.9,
        "means",
        "keeping medication back for oneself [C-SSRS preparatory behaviour]",
        False,
    ),
    # Medication withheld or hidden, and enough of it, with no purpose said: "I've been keeping
    # back the oxycodone they sent home with him. there's enough now" (not "enough for the
    # weekend", not "kept the morphine in the fridge").
    (
        r"\b(?:keep\w*\s+back|kept\s+back|h[oe]ld\w*\s+back|hid|hidden|hiding|stash\w*)\s+"
        rf"(?:(?:of\s+)?[\w']+\s+){{0,4}}?{MEDICINE}\b[^.!?]{{0,80}}[.!?,;]?\s*(?:[\w']+\s+){{0,4}}?"
        r"(?:more\s+than\s+|easily\s+|plenty\s+|nearly\s+|almost\s+)?enough"
        r"(?:\s+(?:now|already|i\s+think|left|saved|there)){0,2}(?=\s*(?:[.!?,;]|$))",
        0.85,
        "means",
        "medication withheld until there is enough [C-SSRS preparatory behaviour; 988: "
        "stockpiling pills]",
        True,
    ),
    # A medicine counted and found "more than enough", the purpose unsaid: "we still have most
    # of Lily's oxycodone. i counted it last night. more than enough." Also said of packing for
    # a trip ("counted her tablets for the holiday, plenty enough"), so weak alone.
    (
        rf"(?:\bcount\w*\b[^.!?]{{0,60}}?{MEDICINE}|{MEDICINE}\b[^.!?]{{0,80}}?(?:[.!?,;]\s*)?[^.!?]{{0,40}}?"
        rf"\bcount\w*)\b[^.!?]{{0,40}}?[.!?,;]?\s*(?:[\w']+\s+){{0,4}}?{_ENOUGH}",
        0.45,
        "means",
        "a medicine counted and found enough [C-SSRS preparatory behaviour, weak alone]",
        True,
    ),
    # A medicine left over and looked at again and again (preoccupation with the means):
    # "hosp never took back her oramorph ... its all in my cupboard. keep lookin at it n thinkin"
    (
        rf"{_LEFTOVER}[^.!?]{{0,60}}?{MEDICINE}\b[^.!?]{{0,80}}?(?:[.!?,;]\s*)?[^.!?]{{0,60}}?\b(?:keep|kept|"
        r"been|i\s+keep)"
        r"\s+(?:look\w*|lookin|star\w*|think\w*\s+about)\s+(?:at\s+)?(?:it|them)\b"
        # nothing said of the looking but thought: not "looking at it and crying, I miss him"
        r"(?=\s*(?:[.!?,;]|$|\s+(?:and|n|&)\s+think\w*(?:\s+about\s+it)?\s*(?:[.!?,;]|$)))",
        0.85,
        "means",
        "leftover medicine looked at again and again [C-SSRS 3; 988: looking for a way]",
        False,  # "never handed back" is the sign's own wording, not a denial
    ),
    # The same with the medicine left over (kept after the treatment it was for, never handed
    # back): no trip is packed from it.
    (
        rf"{_LEFTOVER}[^.!?]{{0,60}}?{MEDICINE}\b[^.!?]{{0,80}}?(?:[.!?,;]\s*)?[^.!?]{{0,40}}?\bcount\w*\b"
        rf"[^.!?]{{0,40}}?[.!?,;]?\s*(?:[\w']+\s+){{0,4}}?{_ENOUGH}",
        0.85,
        "means",
        "leftover medicine counted and found enough [C-SSRS preparatory behaviour; 988: "
        "stockpiling pills]",
        True,
    ),
    (
        rf"\b(?:i'?ve\s+got|ive\s+got|i\s+have|i\s+got|got)\s+(?:the|my|all\s+(?:the|my)|enough)\s+"
        rf"{MEDICINE}\s+(?:lined\s+up|counted\s+out|ready|laid\s+out|in\s+front\s+of\s+me)\b",
        0.8,
        "means",
        "medication laid out [C-SSRS preparatory behaviour]",
        False,
    ),
    (
        rf"\b(?:bought|buy|buying|got|ordered|have|took|take|taking|pulled|moved|put)\s+(?:a|my|the|"
        rf"our|\w+'s|\w+s')?\s*(?:rope|noose|{_FIREARM})s?\b.{{0,60}}?\b(?:nobody|no\s+one|noone)\s+"
        r"knows\b|\b(?:bought|got|ordered|have)\s+(?:a|the)\s+(?:rope|noose)\b[^.!?]{0,30}"
        r"[.!?]\s*(?:nobody|no\s+one)\s+knows\b",
        0.85,
        "means",
        "obtaining means in secret [988/AFSP: obtaining a gun or other means]",
        False,
    ),
    (
        rf"\b(?:took|take|taking|got|get|pulled|moved|put|brought)\s+(?:(?:my|our|the|a|"
        rf"\w+'s)\s+){{0,2}}{_FIREARM}\s+(?:out|down|from|into|in)\b.{{0,60}}\b(?:close|nightstand|"
        r"bedside|by\s+(?:my|the)\s+bed|within\s+reach|next\s+to\s+me|loaded|ready)\b",
        0.85,
        "means",
        "a firearm moved within reach [988/AFSP: obtaining a gun]",
        False,
    ),
    # 988/AFSP: being at a dangerous place (acute risk)
    (
        rf"(?:\b{_I_AM}\s+(?:\w+\s+){{0,3}}?|(?:^|[.!?]\s*)(?:just\s+)?(?:sitting|standing|parked)\s+"
        r"(?:\w+\s+){0,2}?)(?:on|at|by|near|in|over)\s+(?:the\s+|a\s+)?(?:edge\s+of\s+(?:the\s+)?"
        rf"(?:[\w-]+\s+){{0,4}}?)?{_PLACE}\b(?![^.!?]*{ERRAND_AT_PLACE})",
        0.8,
        "dangerous place",
        "at a dangerous place [988/AFSP]",
        True,
    ),
    # 988/AFSP: saying goodbye, giving away possessions, putting affairs in order
    (
        r"\bthis\s+is\s+(?:my\s+)?(?:goodbye|good\s*-?bye|farewell)\b|\b(?:my\s+)?last\s+"
        r"(?:post|message)\b.{0,60}\b(?:goodbye|good\s*-?bye|farewell|for\s+good|forever|thank\s+"
        r"(?:u|you)\s+all)\b",
        0.85,
        "goodbye",
        "saying goodbye [988/AFSP]",
        False,
    ),
    (
        r"\b(?:wrote|writ\w*|recorded|recording|left|leaving|made)\s+(?:\w+\s+){0,3}?(?:letters?|"
        r"notes?|videos?|messages?)\b.{0,70}?\b(?:when|after|once|in\s+case)\s+(?:i'?m|im|i\s+am)\s+"
        r"(?:gone|not\s+(?:here|around)|dead)\b",
        0.85,
        "goodbye",
        "writing goodbyes [988/AFSP]",
        False,
    ),
    # The same told without "when I'm gone": the author's letters "to open after", with nothing
    # after it, or one for every birthday the author will miss.
    (
        r"(?:\b(?:i|i'?ve|ive|i\s+have|i\s+had|i'?m|im|been)\s+(?:\w+\s+){0,4}?|(?:^|[.!?]\s*))(?:wrote|"
        r"writ\w*|recorded|recording|left|leaving|made)\s+(?:\w+\s+){0,3}?(?:letters?|notes?|videos?|"
        r"messages?)\b.{0,70}?\b(?:to\s+(?:open|read|watch|have)\s+after(?=\s*(?:[.,;!?]|$|and\b))|"
        r"for\s+(?:every|each|all\s+(?:of\s+)?(?:his|her|their|the))\s+(?:future\s+)?birthdays?)\b",
        0.85,
        "goodbye",
        "writing goodbyes [988/AFSP]",
        False,
    ),
    # A note that is a goodbye: "a note in his phone addressed to us saying sorry for everything".
    (
        r"\b(?:a|the|his|her|my)\s+(?:\w+\s+)?(?:note|letter|message)\b[^.!?]{0,50}?\bsaying\s+(?:(?:he|she|"
        r"i)\s+(?:was|is|am|'?m|'?s)\s+)?(?:sorry\s+for\s+everything|goodbye\s+to\s+(?:us|everyone|"
        r"all\s+of\s+us|you\s+all))\b",
        0.85,
        "goodbye",
        "a goodbye note [988/AFSP: saying goodbye]",
        False,
    ),
    (
        r"\b(?:won'?t|wont|will\s+not|don'?t|dont)\s+need\s+(?:them|it|these|those|anything|"
        r"any\s+of\s+(?:it|this|them))\s+(?:where\s+(?:i'?m|im)\s+going|much\s+longer|after\s+"
        r"(?:i'?m|im)\s+gone|soon)\b",
        0.85,
        "goodbye",
        "putting affairs in order [988/AFSP]",
        False,
    ),
    (
        r"(?:\b(?:giv\w*|gave)\s+away\s+(?:all\s+)?(?:of\s+)?my\s+(?:\w+\s+)?(?:things|stuff|"
        r"possessions|belongings|jewel\w*|rings?|guitar|bike|camera|watch|records|vinyl|collection|tools|"
        r"books)\b|\bgave\s+(?:my\s+)?\w+\s+my\s+(?:wedding\s+)?"
        r"(?:ring|jewel\w*|watch|necklace)\b|"
        # "gave my rings / my guitar and my watch to my sister"
        r"\b(?:gave|giving|given|give)\s+(?:all\s+)?(?:of\s+)?my\s+(?:\w+\s+)?(?:(?:things|stuff|"
        r"possessions|belongings|jewel\w*|rings?|watch|necklace|guitar|pets?|dog|cat|bike|car|records|"
        r"vinyl|collection|camera|tools|books)"
        r"(?:\s+and\s+my\s+(?:\w+\s+)?\w+)?)\s+(?:away\s+)?to\b|"
        # the household's pet, everything
        r"\b(?:gave|giving|given|give)\s+(?:away\s+)?(?:the|our)\s+(?:dog|cat|pets?)\s+to\b|"
        r"\b(?:giv(?:en|ing)|gave)\s+(?:away\s+)?(?:all\s+my\s+\w+|everything)\s+(?:away|to)\b|"
        # the object before "away": "giving her things away", "gave all my books away"
        r"\b(?:giv\w*|gave)\s+(?:all\s+)?(?:of\s+)?my\s+(?:\w+\s+)?(?:things|stuff|possessions|"
        rf"belongings|jewel\w*|books|clothes|games|toys|records|collection)\s+away\b){_LEAVING_WELL}",
        0.45,
        "goodbye",
        "giving away possessions [988/AFSP]",
        False,
    ),
    (
        r"(?:\b(?:say|saying|said)\s+(?:my\s+|a\s+)?(?:proper\s+)?goodbyes?\s+(?:properly\s+)?to\s+"
        r"(?:everyone|every1|everybody|all\s+of\s+you|you\s+all|y'?all|(?:this|the)\s+group|the\s+people\s+"
        r"who)\b|"
        # the goodbye given, not said: "hugging everyone goodbye"
        r"\b(?:hug\w*|kiss\w*)\s+(?:everyone|every1|everybody|all\s+of\s+(?:us|them|you)|us\s+all)\s+"
        rf"(?:a\s+)?(?:good\s*-?bye)\b){_LEAVING_WELL}{_ORDINARY_PARTING}",
        0.45,
        "goodbye",
        "saying goodbye to everyone [988/AFSP]",
        False,
    ),
    (
        r"(?:^|[.!?]\s*)(?:please\s+|pls\s+)?(?:look\s+after|take\s+care\s+of)\s+(?:my|the)\s+"
        r"(?:kids|boys|girls|children|son|daughter|babies|family)\b",
        0.45,
        "goodbye",
        "entrusting their children to others [988/AFSP: putting affairs in order]",
        False,
    ),
    # 988/AFSP: saying goodbye to the group, told in the words of a farewell. Weak alone (a
    # member leaving the group says them too); with another sign (withdrawal, affairs in
    # order, finality) it raises (``combined``). A leaving with a reason or a return
    # ("bye for now", "see you", remission) is no farewell (``_LEAVING_WELL``).
    (
        # "goodbye" said, not told of ("he left without even saying goodbye")
        r"(?:(?:^|(?<=[.!?,]))\s*(?:good\s*-?bye|farewell|bye)(?:\s+(?:every\s*(?:one|1|body)|all|friends|"
        r"guys|y'?all|my\s+friends))?\s*(?:[.!,]|x+\b|$)|\bbye\s+(?:every\s*(?:one|1|body)|all|guys|"
        r"y'?all|friends)\b|"
        r"\bthank(?:s|\s+you|\s+u)\s+(?:all\s+|so\s+much\s+)?for\s+(?:everything|all\s+of\s+it|"
        r"holding\s+me\s+up|being\s+there)\b|\b(?:it\s+was|it'?s\s+been)\s+(?:lovely|nice|good|an\s+honou?r|"
        r"a\s+privilege)\s+(?:knowing|to\s+know)\b|\b(?:this\s+is|this'?ll\s+be|it'?s)\s+(?:probably\s+|"
        r"likely\s+|prob\s+)?my\s+(?:very\s+)?last\s+(?:post|message)\b|\b(?:take\s+care\s+of|look\s+after)\s+(?:each\s+other|"
        rf"yourselves|one\s+another)\b|\blove\s+(?:to\s+)?(?:you\s+)?all\b){_LEAVING_WELL}",
        0.45,
        "goodbye",
        FAREWELL_TO_GROUP,
        False,
    ),
    # Entrusting someone close for after the author is gone (988/AFSP: saying goodbye, putting
    # affairs in order): "keep an eye on him for me when I'm not here", "look after the girls
    # for me once I'm gone". A dying patient says it too; the illness reason reads that.
    (
        r"\b(?:look\s+after|keep\s+an\s+eye\s+on|take\s+care\s+of|watch\s+over|be\s+there\s+for)\s+"
        r"(?:him|her|them|my\s+(?:\w+\s+)?\w+|the\s+(?:kids|boys|girls|children|family))\s+(?:for\s+me\s+)?"
        r"(?:when|once|after|if)\s+(?:i'?m|im|i\s+am|i'?ve|ive)\s+(?:not\s+(?:here|around)|gone|no\s+longer\s+"
        r"(?:here|around)|left)\b"
        # not an absence of a night or a shift: "when I'm not here, I'm on nights all week"
        r"(?![^.!?]{0,50}\b(?:nights?|shifts?|work|working|away|tonight|today|tomorrow|this\s+week|all\s+"
        r"week|next\s+week|weekend|trip|holiday|appointments?|clinic|admission|inpatient)\b)",
        0.85,
        "goodbye",
        "entrusting someone close for after they are gone [988/AFSP: saying goodbye]",
        False,
    ),
    # Finality: the author will not be heard from, needed or around again.
    (
        r"\b(?:you|u|y'?all)\s+(?:won'?t|wont|will\s+not)\s+(?:hear\s+from|see)\s+me\b|\b(?:the\s+)?"
        r"last\s+(?:to\s+hear\s+from\s+me|one\s+i'?ll|time\s+(?:i|you)(?:'ll|\s+will)?\s+(?:post|write|hear))|"
        r"\b(?:won'?t|wont|will\s+not)\s+be\s+(?:needing|around|here|posting)\b[^.!?]{0,30}\b(?:after|"
        r"any\s*more|any\s+longer|again)\b|\bprobably\s+for\s+good\b|\bquietly\s+disappear\b|"
        r"\bfor\s+good\s*(?:[.!]|$)|"
        # an absence supposed, with what must happen then: "if I'm not around after this week"
        r"\bif\s+(?:i'?m|im|i\s+am)\s+(?:not|no\s+longer)\s+(?:around|here)\s+(?:after|by|next|from)\b",
        0.45,
        "goodbye",
        "saying they will not be around again [988/AFSP: saying goodbye]",
        False,
    ),
    # 988/AFSP: withdrawing, isolating from family and friends.
    (
        r"\b(?:stopped|stop|not)\s+(?:answering|picking\s+up|returning)\s+(?:my\s+|the\s+|any\s+)?"
        r"(?:phone|calls|texts|messages|door)\b|\bcut\s+(?:every\s*one|everybody|every1|people|them\s+all|"
        r"all\s+my\s+friends|my\s+friends)\s+off\b|\bdeleted\s+(?:all\s+)?(?:my\s+)?(?:socials|accounts|"
        r"facebook|instagram|social\s+media)\b|\b(?:haven'?t|have\s+not|not)\s+left\s+(?:my|the)\s+"
        r"(?:room|bed|house|flat)\s+in\b|\bstopped\s+(?:seeing|talking\s+to)\s+(?:friends|anyone|people|"
        r"everyone)\b|\b(?:can'?t|cannot)\s+face\s+(?:anyone|anybody|people)\b",
        0.45,
        "withdrawal",
        "withdrawing from people [988/AFSP]",
        False,
    ),
    # 988/AFSP: putting affairs in order, told as done.
    (
        r"\b(?:everything|all)(?:'s|\s+is)\s+(?:tidy|sorted|in\s+order|ready|taken\s+care\s+of)\b|"
        r"\bnothing\s+left\s+for\s+(?:any\s*one|anybody|them)\s+to\b|\b(?:in\s+order|sorted)\s+before\s+"
        r"i\s+go\b|\bthe\s+last\s+thing\s+i\s+(?:needed|had|wanted)\s+to\s+do\b|\b(?:sorted|"
        r"organi[sz]ed)\s+(?:the|my)\s+(?:bank\s+)?(?:accounts|passwords|paperwork|policy|policies|affairs)"
        r"\s+so\s+(?:that\s+)?(?:he|she|they|\w+)\s+can\b",
        0.45,
        "goodbye",
        "putting affairs in order [988/AFSP]",
        False,
    ),
    # 988/AFSP: visiting or calling people to say goodbye.
    (
        r"\b(?:called|rang|phoned|visited|texted|went\s+to\s+see)\s+(?:\w+\s+){1,6}?(?:just\s+)?to\s+"
        r"(?:tell\s+(?:them|him|her)\s+(?:that\s+)?i\s+love\s+(?:them|him|her)|say\s+(?:good\s*-?bye|"
        r"thank\s+you))\b",
        0.45,
        "goodbye",
        "calling people to say goodbye [988/AFSP]",
        False,
    ),
    # 988/AFSP: being a burden; others better off without me
    (
        rf"\b{_WOULD}\s+(?:all\s+|so\s+much\s+|much\s+)?{_BE}\s+(?:so\s+much\s+|much\s+)?"
        rf"(?:better|happier|fine|easier|okay|ok)(?:\s+off)?\s+{_WITHOUT_ME}{NOT_FOR_A_WHILE}",
        0.9,
        "burden",
        "others better off without them [988/AFSP: being a burden]",
        True,
    ),
    (
        rf"\b{_WOULD}\s+(?:all\s+)?(?:{_BE}\s+)?(?:better|happier|fine|easier|manage(?:\s+fine)?|"
        rf"cope(?:\s+better)?)(?:\s+off)?\s+{_IF_I_WERE_GONE}\b",
        0.9,
        "burden",
        "others better off if they were gone [988/AFSP: being a burden]",
        False,
    ),
    # The same with the comparison first, or the people it would help between: "how much
    # easier things would be if I wasn't here", "it'd be so much simpler for everyone if I
    # just wasn't around". Not an absence bounded in time or place ("easier if I wasn't here
    # during rounds", "if I wasn't here alone every night").
    (
        rf"\b(?:better|happier|easier|simpler|lighter|calmer)(?:\s+[\w']+){{1,6}}?\s+"
        rf"{_IF_I_WERE_GONE}\b{NOT_BOUNDED}",
        0.9,
        "burden",
        "others better off if they were gone [988/AFSP: being a burden]",
        False,
    ),
    (
        rf"\b(?:{_I_AM}|i\s+feel\s+like|feel\s+like|i'?ve\s+become|i\s+have\s+become)\s+"
        # the burden in its synonyms too: "just dead weight to them", "a millstone round their
        # necks"
        r"(?:\w+\s+){0,3}?(?:a\s+)?(?:burden|dead\s+weight|millstone)\s+(?:(?:round|around)\s+(?:their|"
        r"everyone'?s|his|her|my\s+\w+'?s)\s+necks?\b|(?:to|on|for)\s+(?:my\s+\w+|everyone|every1|everybody|"
        r"them|him|her|the\s+family|all\s+of\s+(?:you|them)|the\s+world)\b)",
        0.75,
        "burden",
        "being a burden [988/AFSP]",
        True,
    ),
    # 988/AFSP: no reason to live; trapped; unbearable pain
    (
        r"\bno\s+reason\s+(?:for\s+me\s+)?(?:left\s+)?to\s+(?:keep\s+)?(?:living|live|go\s+on|"
        r"be\s+alive|be\s+here|stay|keep\s+going)\b|"
        # the Lifeline's own words: "nothing (left) to live for", "not anything to live for"
        r"(?:\b(?:nothing|nobody|no\s*one)|(?:\bnot|n'?t)\s+(?:got\s+|have\s+)?(?:anything|anyone|anybody))\s+"
        r"(?:left\s+)?(?:to|worth)\s+(?:live|living)\s+for\b",
        0.85,
        "ideation",
        "no reason to live [988/AFSP]",
        True,
    ),
    # 988/AFSP feeling trapped, told as death the only way out: "the only way this stops is if
    # I stop breathing", "only way out is to die" (not "the only way out of the car park")
    (
        r"\bonly\s+(?:way|escape|exit|option|answer|solution|thing\s+that\s+(?:will|would)\s+(?:help|work))"
        r"(?:\s+(?:out|left|now))?(?:\s+of\s+(?:this|it|here))?(?:\s+(?:this|it|the\s+pain)\s+(?:stops|ends|"
        r"will\s+(?:stop|end)|is\s+(?:going\s+to|gonna)\s+(?:stop|end)))?(?:\s+for\s+me)?\s*(?:is|would\s+be|'s|"
        r"s)\s+(?:(?:if|when|for)\s+)?(?:i\s+|me\s+to\s+)?(?:to\s+)?(?:just\s+)?(?:stop\s+breathing|die|dying|"
        r"i'?m\s+(?:dead|gone)|im\s+(?:dead|gone)|am\s+(?:dead|gone)|be\s+(?:dead|gone)|don'?t\s+wake\s+up|never\s+wake\s+up|"
        r"end\s+it(?:\s+all)?|ending\s+it(?:\s+all)?|kill\s+my\s*self|killing\s+my\s*self|suicide)\b",
        0.85,
        "ideation",
        "death as the only way out [988/AFSP: feeling trapped]",
        True,
    ),
    (
        rf"\b(?:{_I_AM}|i\s+feel|feel(?:ing)?)\s+(?:so\s+|completely\s+|totally\s+|utterly\s+)?"
        r"trapped\b",
        0.45,
        "hopelessness",
        "feeling trapped [988/AFSP]",
        True,
    ),
    (
        r"\b(?:the\s+pain\s+is|pain\s+(?:that\s+is|i\s+can'?t))\s+(?:\w+\s+)?(?:unbearable|too\s+much|"
        r"bear)\b|\bunbearable\s+pain\b|\b(?:can'?t|cannot)\s+(?:bear|take)\s+(?:this\s+|the\s+)?pain\b",
        0.45,
        "hopelessness",
        "unbearable pain [988/AFSP]",
        True,
    ),
    # C-SSRS actual attempt
    (
        r"\b(?:i|i'?ve|ive)\s+(?:\w+\s+){0,2}?tried\s+to\s+(?:overdose|od|hang\s+my\s*self|drown|"
        r"jump|cut\s+my\s+wrists)\b",
        0.85,
        "attempt",
        "past attempt [C-SSRS actual attempt]",
        True,
    ),
    # C-SSRS aborted or self-interrupted attempt: started and stopped before acting. Weak alone
    # ("we booked the trial but couldn't go through with it"): it raises with another sign, a
    # place or means read by meaning near the line among them (``corroborate``).
    (
        r"\b(?:couldn'?t|couldnt|could\s+not|didn'?t|didnt|did\s+not)\s+(?:\w+\s+)?go\s+through\s+with\s+"
        r"it\b|\b(?:stopped|talked)\s+my\s*self\s+(?:at\s+the\s+last\s+(?:minute|second)|just\s+in\s+time|"
        r"out\s+of\s+it|before)\b|\bput\s+(?:them|the\s+(?:pills|tablets|rope|knife|blade))\s+back\b",
        0.45,
        "attempt",
        "stopped before acting [C-SSRS aborted or self-interrupted attempt]",
        True,
    ),
    # C-SSRS non-suicidal self-injury
    (
        r"\b(?:cut\w*|burn\w*|scratch\w*|carv\w*|hit\w*|punch\w*)\s+(?:my|own)\s+(?:arms?|wrists?|"
        r"legs?|thighs?|skin|stomach|hands?)\s+(?:with\s+(?:a\s+)?(?:lighter|razor|blade|knife|"
        r"scissors|cigarette)|(?:just\s+)?to\s+(?:feel|cope|punish))\b",
        0.85,
        "self-harm",
        "self-injury [C-SSRS non-suicidal self-injury]",
        True,
    ),
    # 988/AFSP "no reason to live", asked or told without the word "reason to live"
    (
        r"\bwhat(?:'?s|\s+is)\s+(?:even\s+)?the\s+(?:point|use)\s+(?:of|in)\s+(?:me\s+)?(?:going\s+on|"
        r"living|carrying\s+on|being\s+(?:alive|here)|staying|keeping\s+going|life)\b(?!\s+with\b)|"
        r"\b(?:(?:can'?t|cant|cannot)\s+(?:think\s+of|find|name|see)|(?:stopped|stop)\s+(?:seeing|finding))\s+"
        r"(?:a|one|any|a\s+single)\s+reason\s+to\s+(?:still\s+|even\s+)?(?:keep\s+going|keep\s+living|live|"
        r"go\s+on|stay|be\s+here|carry\s+on|be\s+alive|get\s+up)\b|"
        r"\bnothing\s+(?:left\s+)?(?:keeps|is\s+keeping|holds|is\s+holding)\s+me\s+(?:here|going|alive)\b",
        0.85,
        "ideation",
        "no reason to live [988/AFSP]",
        True,
    ),
    # C-SSRS 4 (intent): leaving life told as checking out for good ("Friday I'm checking out
    # permanently"); not a hotel or a shift ("checking out of the hotel for good")
    (
        r"\b(?:i'?m|im|i\s+am|i'?ll\s+be|i\s+will\s+be)\s+(?:checking|clocking|bowing)\s+out\s+"
        r"(?:permanently|for\s+good|of\s+(?:life|this\s+life))\b",
        0.85,
        "ideation",
        "leaving life, told as checking out for good [C-SSRS 4: intent]",
        True,
    ),
    # 988/AFSP being a burden: the others' relief, in more comparatives
    (
        r"\b(?:would|'d|will)\s+(?:all\s+)?(?:be\s+)?(?:so\s+much\s+|much\s+|a\s+lot\s+)?(?:lighter|"
        r"calmer|freer|simpler|relieved|less\s+stressed)(?:\s+off)?\s+(?:without\s+me"
        rf"{NOT_FOR_A_WHILE}|if\s+i\s+(?:was|were)\s+"
        r"(?:gone|not\s+(?:here|around))|if\s+i\s+(?:disappeared|died))\b|"
        r"\b(?:i'?m|im|i\s+am|i\s+feel\s+like)\s+(?:just\s+|only\s+)?(?:a\s+)?(?:dead\s+)?(?:weight|drain)"
        r"\s+(?:on|around)\s+(?:everyone|everybody|them|my\s+(?:family|husband|wife|kids|partner)|all\s+of\s+"
        r"(?:you|them))\b",
        0.85,
        "burden",
        "others better off without them [988/AFSP: being a burden]",
        True,
    ),
    # 988/AFSP: being a burden told as the others managing, or relieved, without the author
    (
        r"\b(?:they|he|she|everyone|everybody|my\s+(?:family|husband|wife|partner|kids|children)|"
        r"the\s+(?:kids|family))(?:'d|\s+would|\s+will|'ll)\s+(?:manage|cope|do|be|get\s+on)\s+"
        rf"(?:just\s+)?(?:fine|better|ok|okay|alright|well)\s+{_WITHOUT_ME}{NOT_FOR_A_WHILE}|"
        r"\b(?:a\s+relief|easier|simpler|kinder)\s+for\s+(?:everyone|everybody|them|her|him|my\s+\w+)\s+"
        r"if\s+i\s+(?:just\s+)?(?:disappeared|wasn'?t\s+(?:here|around)|was(?:n'?t)?\s+gone|stepped\s+out|"
        r"left\s+for\s+good|went\s+away\s+for\s+good|stopped\s+existing)\b|"
        r"\bone\s+less\s+(?:patient|mouth|person|burden|thing)\s+(?:in\s+the\s+house|to\s+(?:worry|"
        r"look\s+after|care\s+for|feed))\b|"
        r"\bonly\s+(?:useful|helpful|good)\s+thing\s+i\s+(?:can|could)\s+(?:still\s+)?do\b[^.!?]{0,40}"
        r"\b(?:disappear|go|leave|die|be\s+gone)\b|"
        # worth more to them dead: "worth more dead than alive", the life insurance worth more
        # than the author (perceived burdensomeness, Joiner's interpersonal theory)
        r"\b(?:i'?m|im|i\s+am|i'?d\s+be|i\s+would\s+be)\s+worth\s+more\s+(?:to\s+(?:them|everyone|"
        r"my\s+\w+)\s+)?dead\b|\b(?:better\s+off|do\s+better|be\s+better)\s+with\s+(?:the|my)\s+"
        r"(?:life\s+)?insurance(?:\s+(?:money|payout|pay\s*out))?\s+than\s+(?:with\s+)?me\b|\b(?:life\s+)?"
        r"insurance\s+(?:money\s+|payout\s+)?would\s+do\s+(?:more|better)\s+for\s+(?:them|my\s+\w+|"
        r"everyone|the\s+kids)\s+than\s+(?:i\s+(?:ever\s+)?(?:could|can|do|did)|me)\b",
        0.85,
        "burden",
        "others better off without them [988/AFSP: being a burden]",
        True,
    ),
    # 988/AFSP: feeling trapped with one way out
    (
        r"\bonly\s+(?:one|1)\s+(?:way|door|exit)\s+out\b",
        0.85,
        "ideation",
        "feeling trapped, with one way out [988/AFSP]",
        True,
    ),
    # a goodbye in case of not surviving the night
    (
        r"\bif\s+(?:i'?m|im|i\s+am)\s+not\s+(?:here|around|on\s+here|alive|online)\s+(?:tomorrow|by\s+"
        r"(?:tomorrow|morning|the\s+morning|monday|the\s+weekend)|in\s+the\s+morning|next\s+week)\b"
        # not with the reason of an ordinary absence: "it's because we're travelling to clinic"
        r"(?![^.!?]{0,25}\b(?:it'?s\s+because|that'?s\s+because|because|cos|it\s+means|don'?t\s+worry|"
        r"we'?re|we\s+are|i'?ll\s+be|i\s+will\s+be))",
        0.85,
        "goodbye",
        "saying goodbye in case they are gone tomorrow [988/AFSP]",
        False,
    ),
    # C-SSRS 3 / 988 means: carbon monoxide from a car in a closed space
    (
        # not the garage that mends the car ("took it to the garage, the exhaust was blowing")
        r"\b(?:exhaust|fumes)\b[^.!?]{0,40}\b(?:fill|in)\s+(?:a|the)\s+(?:closed|sealed|shut)\s+"
        r"(?:garage|car|room)\b|\bin\s+the\s+(?:closed\s+|shut\s+)?garage\s+with\s+the\s+(?:engine|car)\s+"
        r"(?:running|on)\b|\b(?:engine|car)\s+(?:running|on)\s+in\s+the\s+(?:closed\s+|shut\s+)?garage\b",
        0.85,
        "means",
        "carbon monoxide from a car [C-SSRS 3; 988/AFSP: obtaining means]",
        True,
    ),
    # C-SSRS 1 (wish to be dead) in the words of faith and illness: death, God or the illness
    # asked to take the author ("I pray God takes me", "wish the cancer would take me too"), not
    # in a child's place ("take me instead of her" is a parent's bargain), and a wish to be with
    # the dead ("I just want to be with her in heaven", "I want to go to heaven with grandpa"),
    # not a faith in meeting one day.
    (
        r"\b(?:wish\w*|pray\w*|hop\w*|beg\w*|ask\w*|want\w*)\s+(?:that\s+)?(?:god|the\s+lord|jesus|"
        r"death|(?:the\s+|this\s+)?(?:cancer|illness|disease|tumou?r))\s+(?:(?:would|will|could|to|'d)\s+)?"
        r"(?:(?:just|already|finally|hurry\s+up\s+and)\s+){0,2}(?:take|takes|comes?\s+for)\s+me\b"
        r"(?!\s+(?:instead|in\s+"
        r"(?:her|his|their|my\s+\w+)\s+place|rather|not|home|to\b))|"
        # "I ask Him every night to take me also": the taking asked for the author too
        r"\b(?:pray\w*|ask\w*|beg\w*)\s+(?:him|god|the\s+lord|jesus)\s+(?:(?:every|each)\s+(?:night|day|"
        r"morning)\s+)?to\s+take\s+me\s+(?:also|too|as\s+well|now|with\s+(?:her|him|them))\b|"
        r"\b(?:want|wish|long|need)\s+(?:to\s+(?:go\s+and\s+)?be|i\s+(?:was|were|could\s+be))\s+with\s+"
        r"(?:her|him|them|my\s+\w+|\w+)\s+(?:in\s+heaven|up\s+there|in\s+the\s+sky|with\s+the\s+angels)"
        r"(?!\s+(?:one\s+day|someday|some\s+day|when|eventually))|\b(?:want|wish|wanna)\s+to\s+go\s+"
        r"(?:to\s+(?:heaven|the\s+sky|the\s+stars)|up\s+to\s+heaven)(?=\s*(?:with\b|too\b|[.,!?]|$))",
        0.85,
        "ideation",
        "wish to be dead [C-SSRS 1]: asking to be taken, or to be with the dead",
        True,
    ),
    # C-SSRS 1 (wish to be dead): disappointed to wake up
    (
        r"\b(?:disappointed|gutted|angry|upset|sad|annoyed|furious)\s+(?:that\s+)?i\s+(?:woke|wake|"
        r"keep\s+waking)\s+up(?!\s+(?:at|late|early|so|too|before|with|to|in|on|for)\b)|\bwake\s+up\s+"
        r"(?:every\s+(?:morning|day)\s+)?(?:disappointed|gutted|angry|upset|sad)\s+(?:that\s+)?i'?m\s+"
        r"still\s+(?:here|alive)\b",
        0.8,
        "ideation",
        "disappointed to wake up [C-SSRS 1: wish to be dead]",
        True,
    ),
    # 988/AFSP: talking of not being around. Weak alone: a parent who is a patient says it of
    # their prognosis; with another weak sign (withdrawal, no point) it raises (``combined``)
    (
        r"(?:\b(?:i\s+(?:won'?t|wont|will\s+not)|(?:i'?m|im|i\s+am)\s+not\s+(?:going\s+to|gonna))|"
        # chat drops the subject at the start of a sentence: "not gonna be around much longer"
        r"(?:^|[.!?]\s*)(?:honestly\s+|tbh\s+|prob(?:ably)?\s+)?not\s+(?:going\s+to|gonna)(?=\s+be\s+"
        r"around))\s+be\s+(?:around|here)\s+(?:much\s+longer|for\s+(?:much\s+)?longer|for\s+long|"
        r"long)\b",
        0.45,
        "goodbye",
        "talking of not being around much longer [988/AFSP]",
        False,
    ),
    # C-SSRS 5 (a plan: knowing how and when); "how and when to give the dose" names its act
    (
        r"\bi(?:\s+know|\s+have\s+decided|'?ve\s+decided|\s+decided|\s+have\s+worked\s+out|"
        r"'?ve\s+worked\s+out)\s+"
        r"(?:exactly\s+)?how\s+and\s+(?:i\s+know\s+)?when(?!\s+(?:to|i|we|she|he|they)\b)",
        0.85,
        "plan",
        "knowing how and when [C-SSRS 5]",
        True,
    ),
    # A date chosen with nothing named for it ("Set a date. Sunday."); weak alone: "we've set a
    # date" is also a wedding or a surgery told in the next sentence
    (
        r"\b(?:picked|set|chosen|chose|decided\s+on|fixed)\s+(?:a|the|my)\s+(?:date|day)"
        r"(?=\s*(?:[.!]|$))",
        0.45,
        "plan",
        "a date set, for nothing named [C-SSRS 5]",
        True,
    ),
    # A sudden calm after a decision (NIMH warning signs: suddenly changing from very sad to very
    # calm), and a decision with nothing named. Weak alone: calm after good news or a treatment
    # choice is ordinary; two together raise (``combined``)
    (
        r"\bfor\s+the\s+first\s+time\s+in\s+(?:\w+\s+)?(?:weeks|months|years|ages|forever)\s+i\s+"
        r"(?:feel|felt)\s+(?:so\s+|really\s+|completely\s+)?(?:calm|peaceful|at\s+peace|light(?:er)?|"
        r"relieved|free)\b|"
        # the calm told first: "feel weirdly ok for the 1st time in months"
        r"\b(?:feel|felt|feeling)\s+(?:\w+\s+)?(?:calm|peaceful|at\s+peace|ok|okay|light(?:er)?|relieved|"
        r"free)\s+for\s+the\s+(?:first|1st)\s+time\s+in\s+(?:\w+\s+)?(?:weeks|months|years|ages)\b|"
        r"\b(?:calm|at\s+peace|peaceful|relieved|light|lighter|relief)\b[^.!?]{0,60}\b(?:now\s+"
        r"that|since|because|once)\s+i(?:'?ve|\s+have)?\s+(?:decided|made\s+up\s+my\s+mind|"
        # the decision's content left unsaid, or the struggle given up
        r"(?:know|knew)\s+(?:exactly\s+)?what\s+(?:i'?m|im|i\s+am)\s+(?:going\s+to|gonna)\s+do|"
        r"stopped\s+fighting(?:\s+it)?)(?=\s*(?:[.,!]|$))",
        0.45,
        "sudden calm",
        "a sudden calm after a decision [NIMH: from very sad to very calm]",
        True,
    ),
    (
        r"\b(?:i'?ve\s+|i\s+have\s+|i\s+)?made\s+up\s+my\s+mind(?:\s+(?:last\s+night|today|this\s+"
        r"morning|now))?(?=\s*(?:[.!]|$|and\b))|"
        # the decision told as done, nothing named: "Decision made.", "It's decided."
        r"(?:^|(?<=[.!?])\s*)(?:the\s+|my\s+)?(?:decision(?:'?s|\s+is)?\s+made|it'?s\s+(?:all\s+)?"
        r"decided|"
        r"mind'?s\s+made\s+up)(?=\s*(?:[.!]|$))|\bi\s+(?:know|knew)\s+(?:exactly\s+)?what\s+"
        r"(?:i'?m|im|i\s+am)\s+(?:going\s+to|gonna)\s+do\s+now(?=\s*(?:[.!]|$))",
        0.4,
        "decided",
        "a decision made, with nothing named [C-SSRS 4, weak alone]",
        True,
    ),
    # C-SSRS 5 (a plan with a date)
    (
        r"\b(?:picked|set|chosen|chose|decided\s+on)\s+(?:a|the|my)\s+(?:date|day)\b(?!\s+(?:for|of)\b)"
        r".{0,80}?\b(?:i'?m|im|i\s+am|i'?ll\s+be|i\s+will\s+be)\s+(?:done|gone|finished)\b",
        0.85,
        "plan",
        "a plan with a date [C-SSRS 5]",
        True,
    ),
    # C-SSRS 3 / 988 means: carbon monoxide
    (
        r"\b(?:hose|hosepipe|tube|pipe)\b.{0,30}\b(?:exhaust|tailpipe)\b|\b(?:bought|got|have|buying)\s+"
        r"(?:a\s+bag\s+of\s+|some\s+)?charcoal\b.{0,50}\b(?:bedroom|tape|taped|sealed)\b",
        0.85,
        "means",
        "means of carbon monoxide poisoning [C-SSRS 3; 988/AFSP: obtaining means]",
        True,
    ),
    # The child: self-harm and a wish to be dead, reported by the parent
    (
        rf"\b{_CHILD_SUBJECT}\s+(?:\w+\s+)?(?:wish(?:es|ed)?\s+(?:he|she|they)\s+(?:was|were|"
        r"had\s+never\s+been)\s+(?:dead|born|gone)|(?:doesn'?t|does\s+not|didn'?t|don'?t)\s+want\s+"
        rf"to\s+(?:be\s+alive|live|{BE_HERE}|wake\s+up)|(?:would|'d)\s+rather\s+(?:be\s+dead|die)|"
        rf"wants?\s+to\s+(?:die{WHERE_TO_DIE}|be\s+dead))\b",
        0.9,
        "child crisis",
        "their child wishes to be dead [C-SSRS 1, reported by the parent]",
        False,
    ),
    # 988/AFSP being a burden, told of the child: "my 13yo said we'd all be better off without
    # her" (the parent's "we" keeps the sentence from being read from the child's side)
    (
        r"\b(?:(?:my|our)\s+(?:\d+\s*(?:year|yr)[\s-]*old|\d+\s*(?:yo|y/o)|son|daughter|kid|child|boy|girl|"
        r"teen(?:ager)?)|he|she)\s+(?:said|says|keeps\s+saying|kept\s+saying|told\s+(?:me|us)|tells\s+(?:me|us))"
        r"\s+(?:that\s+)?(?:we|everyone|every1|everybody|you\s+all|the\s+family|they|i)\s*(?:'?d|would|will|"
        r"'?ll)\s+(?:all\s+)?be\s+(?:better\s+off|happier|easier)\s+without\s+(?:him|her|them)"
        r"(?=\s*(?:[.!?,;]|$|\s+(?:and|but|then|so|now|anyway|there)\b))",
        0.85,
        "child crisis",
        "their child says the family would be better off without them [988/AFSP: being a burden,"
        " reported by the parent]",
        False,
    ),
    # The child's suicide note found by the parent
    (
        r"\bfound\s+(?:a|this|the)\s+(?:note|letter)\s+(?:in|under|on|behind|inside)\s+(?:his|her|their|"
        r"[a-z]+'s)\s+(?:room|bed|pillow|desk|bag|drawer|diary|phone|notebook|school\s+bag)\b[^.!?]{0,60}"
        # an apology to a friend or for a quarrel is no goodbye: "sorry to her friend for the row"
        r"\b(?:sorry(?!\s+to\s+(?:her|his|their|a|the)\s+(?:\w+\s+)?(?:friends?|teachers?|brother|sister|"
        r"classmates?|mate|bff))(?![^.!?]{0,40}\b(?:argument|fight|row|falling\s+out|being\s+(?:mean|rude)|"
        r"shouting|the\s+mess|breaking)\b)|good\s*-?bye|love\s+(?:you|us))",
        0.8,
        "child crisis",
        "a note of apology or goodbye found [C-SSRS preparatory behaviour, reported by the parent]",
        False,
    ),
    (
        r"\b(?:found|saw|noticed|discovered)\s+(?:fresh\s+|new\s+)?(?:cuts|scars|burns|marks)\s+on\s+"
        rf"(?:my|our|his|her)\s+(?:\w+'s\s+)?(?:arms?|wrists?|legs?|thighs?|stomach)\b{NO_INJURY_CAUSE}",
        0.7,
        "child crisis",
        "signs of self-injury on their child [C-SSRS non-suicidal self-injury]",
        False,
    ),
]

# Statements of safety ("I'm safe", "not in any danger", "not suicidal"): they keep the model
# and the weak signs from raising crisis; a plain unnegated plan or means still does.
SAFETY = (
    rf"\b(?:{_I_AM}|i\s+feel)\s+(?:totally\s+|completely\s+|perfectly\s+|physically\s+)?safe\b|"
    r"\bnot\s+in\s+(?:any\s+)?danger\b|\bnot\s+(?:actually\s+|feeling\s+)?suicidal\b|"
    rf"\b(?:{_I_AM}\s+not|i'?m\s+not|im\s+not|i\s+would\s+never|i\s+will\s+never|i'?d\s+never)\s+"
    r"(?:going\s+to\s+|gonna\s+)?(?:hurt|harm|kill|end)\s+(?:my\s*self|my\s+life|anything)\b"
)


# The burden belief denied (the C-SSRS "denies" wording applied to the 988/AFSP burden sign):
# "I don't think things would be better if I wasn't here", "I no longer believe they'd be
# better off without me". Only a belief verb negated right before the burden clause, with at
# most its subject between: "I don't know, maybe they'd be better off" is doubt and "I don't
# care anymore, they'd be better off" a second sign, and neither denies it; "I don't think
# they'd be better off, I know they would" affirms it.
BURDEN_DENIED = (
    r"\b(?:don'?t|dont|do\s+not|didn'?t|didnt|did\s+not|never|no\s+longer)\s+(?:really\s+|"
    r"actually\s+|honestly\s+|ever\s+)?(?:think|thought|believe|believed|(?:feel|felt)\s+(?:like|"
    r"that))\s+(?:that\s+)?(?:(?:they|everyone|everybody|"
    r"anyone|anybody|things|life|people|the\s+(?:kids|family|world)|my\s+(?:\w+\s+){0,3}?\w+)\s*)?"
    rf"(?:all\s+)?{_WOULD}\s+(?:all\s+)?(?:{_BE}\s+)?(?:so\s+much\s+|much\s+)?(?:better|happier|"
    r"fine|easier|okay|ok)(?:\s+off)?\s+(?:for\s+(?:\w+\s+){1,3}?)?"
    rf"(?:{_WITHOUT_ME}|{_IF_I_WERE_GONE}\b)"
    r"(?![^.!?]{0,25}\bi\s+know\s+(?:they|it|everyone|things)\s+(?:would|will|'d))"
)


# Figurative death (hyperbole of strain, longing or fright): "dying inside", "dying to know",
# "it's killing me", "to die for", "I could kill for a coffee", "scared to death", "dead tired".
FIGURATIVE = re.compile(
    rf"\b(?:dying\s+(?:inside|to|for|{HYPERBOLE_CAUSE})|"
    r"(?:is|are|was|it'?s|its|that'?s|this\s+is)\s+(?:\w+\s+)?killing\s+me|kills\s+me|"
    r"to\s+die\s+for|(?:could|would|i'?d|id)\s+(?:\w+\s+)?kill\s+for|(?:scared|bored|worried|tired|sick)\s+to\s+death|dead\s+(?:tired|on\s+my\s+feet)|"
    r"could\s+(?:have\s+)?died\s+(?:of|laughing)|"
    # hyperbole about a chore: "I'd rather die than eat another hospital sandwich"
    r"rather\s+die\s+than\s+(?:eat|drink|watch|listen\s+to|wear|sit\s+through|queue|wait\s+in|"
    r"fill\s+(?:in|out)|sing)|"
    # devotion, not a wish to die: "I'd die for her in a heartbeat", "I would die for my kids"
    r"(?:would|'d|d)\s+(?:\w+\s+)?die\s+for\s+(?:her|him|them|you|u|my\s+(?:\w+\s+)?(?:son|daughter|"
    r"boy|girl|baby|child|kids?|children|family))\b(?!\s+to\b)|"
    # anger at someone else, not harm to oneself: "I'm going to kill the next person who says
    # everything happens for a reason", "I could strangle my husband"
    r"(?:going\s+to|gonna|will|i'?ll|ill|could|would|might|want\s+to|wanna)\s+(?:\w+\s+)?(?:kill|"
    r"strangle|murder|throttle)\s+(?:the\s+next\s+\w+|whoever|anyone\s+who|any\s*body\s+who|"
    r"(?:my|the|that)\s+(?:husband|wife|partner|ex|mum|mom|dad|brother|sister|boss|mother|father|"
    r"neighbou?r|consultant|doctor|nurse|receptionist|insurer|insurance\s+\w+)(?:[-\s]in[-\s]law)?)"
    r"(?![^.!?]*\b(?:my\s*self|me\s+too|then\s+me)\b)|"
    # the morning, not dying: "hope I don't wake up the baby", "wake up early", "at 4am"
    rf"wak(?:e|ing)\s+up\s+{_MORNING})\b"
)
