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
from functools import lru_cache

from .base import CLAUSE_ENDS, phrase_alternation, sentence_end, sentence_start
from .lexicon import (
    APPROVAL_VERBS,
    CONTEMPT_ADJECTIVES,
    DUE_TO_GROUP,
    GROUP_NOUNS,
    GROUP_PRAISE,
    GROUP_TRAITS,
    IDENTITY_ADJECTIVES,
)
from .valence import negative_judgements, valence

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
_IDENT_ADJ = phrase_alternation(IDENTITY_ADJECTIVES)
# A protected group named by a noun ("refugees") or an identity adjective and a people noun
# ("deaf people", "muslim women").
# The roles a parents' community names a group by ("Polish parents", "Muslim families").
_FAMILY_ROLES = r"(?:parents|families|mums|moms|mothers|fathers|dads|kids|children|patients)"
_PLURAL = (
    "(?:"
    + phrase_alternation(GROUP_NOUNS)
    + rf"|{_IDENT_ADJ}\s+(?:people|persons|men|women|folks|folk|{_FAMILY_ROLES}))(?!['\u2019]s\b)"
)
_SINGULAR = phrase_alternation(
    g[:-1] if g.endswith("s") and not g.endswith("ss") else g for g in GROUP_NOUNS
)
_TRAIT = phrase_alternation(GROUP_TRAITS)
# Any other strongly negative judgement of the published lexicon ("rude", "selfish").
_JUDGED = phrase_alternation(sorted(negative_judgements() - set(GROUP_TRAITS)))
_ANYONE_AS_GROUP = r"(?:those|these|you)\s+people"
_GROUP_REF = rf"(?:(?:all|most|these|those|the)\s+)?(?:{_PLURAL}|{_ANYONE_AS_GROUP})"
# A group named by what it is (not "these people", which can be anyone).
_NAMED_GROUP = rf"(?:(?:all|most|these|those|the)\s+)?{_PLURAL}"
# The sub-patterns that name a group, spelled verbatim in the group patterns: a pattern that
# cannot match without one of them is skipped for a text that holds none (``prefilter``).
GROUP_WORDS = (_PLURAL, _SINGULAR, _IDENT_ADJ, _ANYONE_AS_GROUP)
# Verbs other than "are" that predicate a trait of their subject ("X seem so lazy", "X have
# always been liars", "X will always be animals").
_LINKING = (
    r"(?:seem|seems|seemed|look|looked|act|remain|become|get|were|'re|re|will\s+(?:always\s+)?be|"
    r"can\s+be|(?:have|'ve|ve)\s+(?:always\s+|all\s+|just\s+)?been|always\s+(?:are|were|act|seem))"
)
# The first word of "are" or of each ``_LINKING`` form: a cheap lookahead before a group
# pattern's long alternations (keep the two in step).
_LINK_WORD = (
    r"(?:are|r|seem\w*|look\w*|act|remain|become|get|were|'re|re|will|can|have|'ve|ve|always)"
)
_DEGREE = (
    r"(?:(?:so|such|all|just|really|always|truly|completely|totally|fucking|very|basically|"
    r"naturally|inherently|incredibly|too|the\s+most|such\s+a|such\s+an|nothing\s+but|a\s+bunch\s+of"
    r"|pretty|utterly|absolutely|disgustingly)\s+)*"
)
# A group named by an identity adjective and a role noun ("our Jewish neighbours"): only to
# recognise approval, where a wider net can only quieten a model.
_ROLE_GROUP = (
    rf"(?:(?:the|our|my|these|those|all|many|some)\s+)?{_IDENT_ADJ}\s+(?:families|family|"
    r"neighbou?rs|parents|moms|mums|dads|nurses|doctors|members|friends|kids|children|colleagues|"
    r"staff|community|patients|volunteers|people|folks|couples|teachers)"
)
# Nouns that name people as vermin or filth ("Gypsy scum", "immigrant rats").
_VERMIN = r"(?:scum|filth|vermin|rats|parasites|cockroaches|leeches|lowlifes?)"
_DEAD_CHILD = r"(?:dead|dying|sick)\s+(?:kid|baby|son|daughter|child|boy|girl)"
# Dehumanising comparison: "X are like rats", "no better than animals".
_COMPARED = r"(?:like|just\s+like|no\s+better\s+than|nothing\s+more\s+than|no\s+different\s+from)"
_CONTEMPT = phrase_alternation(CONTEMPT_ADJECTIVES)
# What "being <identity>" is said to be, in derogation of the trait itself.
_TRAIT_OF_BEING = (
    r"(?:disgusting|gross|wrong|unnatural|sinful|a\s+sin|a\s+disease|a\s+mental\s+illness|"
    r"a\s+(?:mental\s+)?disorder|an\s+abomination|evil|vile|perverted|repulsive|revolting|"
    r"shameful|a\s+curse|degenerate|filthy|dirty|pathetic|sick|twisted|a\s+perversion|"
    + _CONTEMPT
    + ")"
)
# A person named by an identity adjective: "a gay person", "a Muslim woman".
_PERSON_NOUN = r"(?:person|man|woman|guy|girl|boy|kid|child|lady|dude|mom|mum|dad|parent|human)"
#: The end of a short message: punctuation, an emoticon or nothing. A trailing ":(" or ";)"
#: must not change what a message says.
EMOTICON = r"(?:[:;=]['-]?[()\[\]dDpPoO/|\\]|<3|x[dD])"
_END = rf"(?:[.!,]|{EMOTICON}|$)"
# A post about grief or a dead child, named derisively.
_GRIEF_POST = (
    r"(?:dead\s+(?:kid|baby|child|son|daughter)|sob|angel\s+baby|grief|grieving|cancer\s+kid|sad)"
    r"\s*(?:posts?|stor(?:y|ies)|rants?|updates?|drama|talk)\b"
)
_IMPERATIVE_START = (
    r"(?:^|[.!?,;:]\s*|\b(?:just|please|pls|so|now|then|and)\s+|\bdo\s+(?:us|every(?:one|body))"
    r"\s+(?:all\s+)?a\s+fav(?:ou)?r\s+and\s+|\bwhy\s+(?:don'?t|dont)\s+(?:you|u)\s+)"
)

# Accusing a member of faking the illness (``ABUSE_TYPES``): the verb after who is accused
# ("you're", "she has been"), the illness words the accusation names, and "made it all up".
_ACCUSED_VERB = r"(?:'re|'s|\s+(?:are|is|r|was|were|have\s+been|has\s+been|just))?\s+(?:\w+\s+)?"
_ILL_WORDS = r"cancer|sick|ill|illness|diagnos\w*|tumou?r|leuk\w*|chemo|relapses?"
_MADE_UP = r"made\s+(?:it|this|that|(?:it\s+)?all|the\s+whole\s+thing)\s+up"

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
    # Derogation with other linking verbs, inverted, or taken up by a pronoun: "X seem so
    # lazy", "X have always been evil", "how stupid X are", "I met some X, they are vile".
    (
        rf"\b{_GROUP_REF}\s+{_LINKING}\s+{_DEGREE}{_TRAIT}\b|"
        rf"\bhow\s+(?:\w+\s+)?{_TRAIT}\s+{_GROUP_REF}\s+(?:are|r|were|can\s+be|(?:have|'ve)\s+been)\b|"
        rf"\b{_NAMED_GROUP}\b[^.!?]{{0,40}}?[,;.!?]\s*(?:and\s+|but\s+)?(?:they|theyre|they'?re)\s*"
        rf"(?:are|'re|re|r|were|seem|(?:have|'ve)\s+(?:always\s+)?been)?\s+{_DEGREE}{_TRAIT}\b",
        0.85,
        "hate",
        "negative generalisation about a group [typology: derogation]",
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
        rf"(?:^|[.!?]\s*)watch\s+(?:your|ur|yer)\s+(?:back|step|mouth)\s*{_END}|\bwatch\s+(?:your|ur)"
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
    # Violence the author will or would do, in the verbs of physical assault that need more
    # than one word ("knock your teeth out", "run you over", "put you in the ground").
    (
        rf"\b(?:{_I_WILL}|i'?d|id|i\s+would|i\s+could)\s+(?:\w+\s+){{0,2}}?(?:"
        rf"run\s+{_YOU}\s+(?:over|down)(?!\s+(?:to|there|later|for|in\s+the\s+car|the\s+(?:list|notes)))|"
        rf"knock\s+{_YOUR}\s+(?:teeth|head|block|lights)\s+(?:out|off|in)|knock\s+{_YOU}\s+"
        rf"(?:out|flat|down|into\s+next\s+week)|kick\s+{_YOUR}\s+(?:head|face|teeth|arse|ass|butt)|"
        rf"(?:slit|cut|slash)\s+{_YOUR}\s+throat|snap\s+{_YOUR}\s+neck|put\s+{_YOU}\s+in\s+(?:the\s+"
        r"ground|a\s+box|a\s+coffin|an\s+early\s+grave|(?:the\s+)?hospital|a\s+wheelchair)\b(?!['\u2019])|"
        rf"(?:torch|burn\s+down|firebomb|petrol\s+bomb)\s+{_YOUR}\s+(?:house|home|car|place)|"
        rf"(?:murder|batter|glass|knife|throttle|deck)\s+{_YOU}\b)",
        0.9,
        "threat",
        "threat of violence [typology: threatening language]",
    ),
    # A group named with a dehumanising noun ("Gypsy scum", "immigrant vermin").
    (
        # (the lookahead, true only before such a noun, spares the long alternation: speed)
        rf"\b(?=(?:[\w-]+\s+){{1,2}}{_VERMIN}\b)(?:{_IDENT_ADJ}|{_SINGULAR}|gypsy|gypsies)\s+{_VERMIN}\b",
        0.85,
        "hate",
        "a group named as vermin or filth [typology: dehumanisation]",
    ),
    # Threats told as what someone should do to "you" (the normative threat aimed at a person):
    # "someone should teach you a lesson", "somebody needs to shut you up for good".
    (
        r"\b(?:someone|somebody|some\s*1|people|they|we|i|one\s+of\s+these\s+days\s+someone)\s+"
        r"(?:should|needs?\s+to|ought\s+to|oughta|is\s+going\s+to|is\s+gonna|will|'?ll)\s+"
        rf"(?:\w+\s+){{0,2}}?(?:teach\s+{_YOU}\s+a\s+lesson(?!\s+(?:on|about|in|how))|shut\s+{_YOU}\s+up\s+"
        rf"(?:for\s+good|permanently|once\s+and\s+for\s+all)|(?:beat|hurt|smack|slap|punch|kick|"
        rf"stab|shoot)\s+{_YOU}\b)|\bteach\s+{_YOU}\s+a\s+lesson\s+{_YOU}\s*(?:'?ll|will)?\s*"
        r"(?:won'?t|wont|will\s+never|never)\s+forget\b",
        0.85,
        "threat",
        "threat of harm as what someone should do [typology: threatening language]",
    ),
    # Threats: conditional ("do X again and you'll see"), and what is "coming to you".
    # Look-alikes stay quiet: "you'll see what happens at the first appointment" (no
    # condition before it, and the clause goes on), "you'll get what you need from the nurse".
    (
        r"\b(?:again|one\s+more\s+(?:time|word|post)|once\s+more|keep\s+(?:\w+\s+)?(?:up|going|"
        r"talking|posting|pushing)|try\s+me|i\s+dare\s+(?:you|u))\b[^.!?]{0,40}?\b(?:and|or)\s+"
        rf"{_YOU_WILL}\s+(?:soon\s+)?(?:see|find\s+out|learn)\b|\b(?:and|or)\s+{_YOU_WILL}\s+"
        r"(?:soon\s+)?(?:see|find\s+out|learn)\s+(?:what\s+(?:happens|i\s+(?:can|will)\s+do|"
        r"i'?m\s+capable\s+of)|the\s+hard\s+way)\s*(?:[.!]|"
        rf"{EMOTICON}|$)|\bor\s+else\s*[.!]*\s*(?:{EMOTICON}\s*)?$",
        0.85,
        "threat",
        "conditional threat [typology: threatening language]",
    ),
    (
        rf"\b{_YOU_WILL}\s+(?:\w+\s+)?get\s+(?:what'?s\s+coming(?:\s+to\s+{_YOU})?|what\s+{_YOU}\s+"
        rf"(?:deserve|have\s+coming)|yours)\b|\b{_I_WILL}\s+(?:\w+\s+)?make\s+sure\s+{_YOU}\s+"
        r"(?:pay|regret|suffer|are\s+sorry|never)\b|\b(?:you'?ve|you\s+have|u\s+have|uve)\s+been\s+"
        rf"warned\b|\b{_YOU}\s+(?:won'?t|wont|will\s+not)\s+like\s+what\s+happens\b|\b{_YOU}\s+"
        r"(?:had\s+|'?d\s+)?(?:better|best)\s+watch\s+(?:yourself|urself|it)\b",
        0.85,
        "threat",
        "threat of retaliation [typology: threatening language]",
    ),
    # Derogation by strong negative emotion, and threats as a normative statement, about a
    # protected group (no slur needed).
    (
        r"(?:\b(?:i|we)\s+|(?:^|[.!?]\s*))(?:(?:don'?t|do\s+not|never|didn'?t)\s+)?(?:(?:really|"
        r"just|genuinely|honestly|fucking|truly|absolutely|totally|completely|seriously|literally|"
        r"so|deeply|utterly)\s+)?"
        rf"(?:hate|despise|loathe|detest|can'?t\s+stand|cannot\s+stand)\s+(?:all\s+|those\s+|these\s+|"
        rf"the\s+)?{_PLURAL}\b|\b{_GROUP_REF}\s+(?:(?:really|honestly|just|literally|genuinely)\s+)?"
        r"(?:disgusts?\s+me|sickens?\s+me|repulses?\s+me|gross(?:es)?\s+me\s+out|makes?\s+me\s+"
        r"(?:(?:physically|so)\s+)?(?:sick|ill|nauseous|want\s+to\s+(?:puke|throw\s+up|vomit|hurl|"
        r"be\s+sick)))",
        0.8,
        "hate",
        "strong negative emotion about a group [typology: derogation]",
    ),
    (
        rf"\b{_GROUP_REF}\s+(?:should|must|need\s+to|ought\s+to|deserve\s+to)\s+(?:all\s+)?(?:be\s+)?"
        r"(?:shot|killed|hanged|hung|gassed|burned|burnt|drowned|exterminated|wiped\s+out|"
        r"eradicated|beaten|lynched|die|be\s+put\s+down)\b",
        0.9,
        "threat",
        "threat against a group as a normative statement [typology: threatening language]",
    ),
    (
        r"\b(?:i'?d|id|i\s+would|we'?d|we\s+would|i|we)\s+(?:really\s+|just\s+|honestly\s+)?"
        r"(?:love|like|want|wish|hope|can'?t\s+wait|cannot\s+wait|long)\s+(?:to\s+see\s+)?"
        rf"(?:{_GROUP_REF}|(?:every|each)\s+(?:single\s+)?{_SINGULAR})\s+(?:all\s+)?(?:get\s+|"
        r"getting\s+|be\s+|being\s+)?(?:shot|killed|hanged|hung|gassed|burned|burnt|drowned|"
        r"exterminated|wiped\s+out|eradicated|beaten|lynched|dead|die|suffer|put\s+down)\b",
        0.9,
        "threat",
        "wish to see violence against a group [typology: threatening language]",
    ),
    # Distrust of a whole group as advice (derogation by a negative generalisation): "never trust
    # an evangelical", "don't trust any immigrants", "you can't trust a Muslim".
    (
        r"\b(?:never|don'?t|dont|do\s+not|can'?t|cannot|can\s+never|shouldn'?t\s+ever)\s+trust\s+"
        rf"(?:(?:a|an|any|the|those|these)\s+)?(?:{_IDENT_ADJ}(?:\s+{_PERSON_NOUN}s?)?|{_PLURAL}|{_SINGULAR})\b",
        0.8,
        "hate",
        "distrust of a whole group [typology: derogation]",
    ),
    # A direct threat against a group (HateCheck's direct threat; Vidgen et al.'s threatening
    # language): the author's intent, an act of violence, and the group or any of its members
    # as its object ("I will hurt any immigrants I see", "I'm going to beat up the next gay
    # person I meet"). Quoted, reported or denied ("I would never hurt any ...") by stance.
    (
        rf"\b(?:{_I_WILL}|i\s+(?:(?:want|intend|plan|mean)\s+to|wanna)|we\s+(?:(?:want|intend|plan)\s+to|wanna)|"
        r"we'?re\s+(?:going\s+to|gonna)|i'?d\s+(?:happily|gladly|love\s+to)|i\s+would\s+(?:happily|"
        r"gladly|love\s+to))\s+(?:\w+\s+){0,2}?(?:kill|murder|shoot|stab|hurt|beat\s+up|batter|"
        r"punch|burn|hang|lynch|gas|strangle|choke|torture|run\s+over|knife|"
        r"slaughter|butcher|exterminate|wipe\s+out|hunt\s+down|beat\s+the\s+"
        r"\w+\s+out\s+of)\s+(?:(?:all|any|every|each|the\s+next|those|these|the|some)\s+(?:(?:of\s+)?(?:the|"
        rf"those|these)\s+)?)?(?:single\s+)?(?:{_PLURAL}|{_SINGULAR}|{_IDENT_ADJ}\s+{_PERSON_NOUN}s?)\b",
        0.9,
        "threat",
        "direct threat against a group [typology: threatening language]",
    ),
    # A group blamed for a place's decline (scapegoating; ElSherief et al.'s implicit hate):
    # "the ward went downhill as soon as X started working there", "since X moved in, the
    # area has gone to the dogs"
    (
        r"\b(?:went|gone|going|go|goes)\s+(?:down\s*hill|to\s+(?:the\s+dogs|hell|pot|shit|crap|"
        r"ruin))\b[^.!?]{0,40}?\b(?:since|when|as\s+soon\s+as|after|once|the\s+moment)\s+(?:the\s+|"
        rf"all\s+(?:the|these|those)\s+|these\s+|those\s+)?{_PLURAL}\s+(?:\w+\s+)?(?:started|came|"
        r"arrived|moved|got|took|were\s+(?:allowed|let)|showed\s+up|turned\s+up|joined)|"
        r"\b(?:since|ever\s+since|as\s+soon\s+as|once|the\s+moment)\s+(?:the\s+|all\s+(?:the|these|"
        rf"those)\s+|these\s+|those\s+)?{_PLURAL}\s+(?:\w+\s+)?(?:started|came|arrived|moved|got|took|"
        r"were\s+(?:allowed|let)|showed\s+up|turned\s+up|joined)\b[^.!?]{0,60}?\b(?:went|gone|"
        r"going|goes)\s+(?:down\s*hill|to\s+(?:the\s+dogs|hell|pot|shit|crap|ruin))\b",
        0.85,
        "hate",
        "a group blamed for a place's decline [typology: implicit derogation]",
    ),
    # The same, with the group named in a condition and the act on "them" ("if a X comes near my
    # family again I will break their neck"), or on the homes and places of worship they are in
    # ("gonna burn down every house with X in it")
    (
        rf"\bif\s+(?:a|an|any|one\s+more|another|some|those|these)\s+(?:{_SINGULAR}|woman|{_PLURAL}|{_IDENT_ADJ}\s+"
        rf"{_PERSON_NOUN}s?)\b[^.!?]{{0,60}}?\b{_I_WILL}\s+(?:\w+\s+){{0,2}}?(?:kill|murder|shoot|stab|hurt|"
        r"beat|batter|punch|smash|break|burn|hang|strangle|choke|knife|slit)\s+(?:them|their|him|"
        r"her|his)\b|"
        rf"\b{_I_WILL}\s+(?:\w+\s+){{0,2}}?(?:burn|torch|firebomb|petrol\s+bomb|blow\s+up|bomb)\s+(?:down\s+)?"
        r"(?:every|all|each|the|any|their)\s+(?:\w+\s+){0,2}?(?:houses?|homes?|mosques?|churches|"
        r"church|synagogues?|temples?|shops?|schools?|centres?|centers?|hostels?|clubs?|bars?)\s+"
        rf"(?:with|full\s+of|where|that\s+(?:has|have))\s+(?:\w+\s+){{0,2}}?(?:{_PLURAL}|{_SINGULAR})\b",
        0.9,
        "threat",
        "direct threat against a group [typology: threatening language]",
    ),
    # Intimidation through personal details (doxxing): knowing where a member or their child
    # lives, works or goes to school, with a veiled warning
    (
        r"\b(?:i|i'?ve|ive|i\s+have)\s+(?:know|found|have|got|saved|kept|know\s+exactly)\s+(?:where\s+"
        rf"{_YOU}\s+(?:live|work|park|sleep)|where\s+{_YOUR}\s+(?:\w+\s+)?(?:lives?|works?|goes|go|is)|"
        rf"{_YOUR}\s+(?:home\s+|work\s+|mobile\s+)?(?:address|postcode|number|phone\s+number|workplace|car|plate)|"
        rf"{_YOUR}\s+(?:son|daughter|kids?|children|boy|girl)(?:'s)?\s+(?:goes\s+to|go\s+to|is\s+"
        r"(?:at|on|in)|school|ward|room|bed))\b[\s\S]{0,100}?\b(?:be\s+careful(?=\s*(?:[.!,]|$))|watch\s+(?:your\s+"
        r"back|yourself|out|it)|(?:you'?ve|you\s+have)\s+been\s+warned|sleep\s+"
        r"(?:well|tight)|would(?:n'?t|\s+not)\s+want\s+anything\s+to\s+happen|think\s+about\s+that|"
        r"remember\s+that|i'?ll\s+be\s+(?:waiting|watching))\b",
        0.85,
        "threat",
        "intimidation through personal details [typology: threatening language]",
    ),
    # A trope of greed or selfishness about a group
    (
        rf"\b{_GROUP_REF}\s+(?:only|just|all)\s+(?:care|cares|think|thinks)\s+about\s+(?:money|"
        r"themselves|their\s+own)\b",
        0.85,
        "hate",
        "a trope of greed about a group [typology: derogation, ADL]",
    ),
    # Exclusion of every member of a group (no slur needed)
    (
        rf"\bno\s+(?:{_SINGULAR}|woman|{_PLURAL})\s+(?:should|must|can|may)\s+(?:ever\s+)?(?:be\s+"
        r"allowed|be\s+let|be\s+permitted)\s+to\b(?!\s+(?:suffer|go\s+through|feel|be\s+(?:treated|"
        r"alone|left|hurt)|die|go\s+hungry|struggle))",
        0.85,
        "hate",
        "exclusion of a whole group [typology: exclusion]",
    ),
    # Conspiracy tropes about a group (ADL: control of the world, the media, the money)
    (
        rf"\b{_GROUP_REF}\s+(?:secretly\s+|really\s+|basically\s+)?(?:control|run|own|are\s+behind)\s+"
        r"(?:the\s+|our\s+|this\s+|all\s+(?:the\s+)?)?(?:world|media|news|banks?|banking|money|"
        r"government|governments|country|hospitals?|pharma|big\s+pharma|everything|it\s+all|"
        r"the\s+pandemic|covid|elections?|hollywood|wall\s+street)\b"
        # a service of the place they work in: "immigrants run the hospital canteen"
        r"(?!\s+(?:canteen|cafe|caf\w|shop|kiosk|car\s*park|kitchen|laundry|pharmacy|wards?|desk|"
        r"reception|stall|rota|department|lab|night\s+shift|porters|cleaning))",
        0.85,
        "hate",
        "conspiracy trope about a group [typology: derogation, ADL]",
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
        rf"\b{_GROUP_REF}\s+(?:are|r)(?:n'?t|\s+not|\s+never)?\s+(?:all\s+|just\s+|nothing\s+but\s+|"
        r"naturally\s+|"
        rf"always\s+|basically\s+|inherently\s+)?(?:{_COMPARED}\s+)?(?:(?!\w+ing\b)\w+\s+){{0,2}}?"
        rf"{_TRAIT}\b",
        0.85,
        "hate",
        "negative generalisation about a group [typology: derogation, dehumanisation]",
    ),
    (
        # (the lookahead, a linking verb within four words, spares the long alternations: speed)
        rf"\b(?=(?:[\w'-]+\s+){{1,4}}{_LINK_WORD}\s){_GROUP_REF}\s+(?:are|r|{_LINKING})\s+{_DEGREE}(?:an?\s+)?{_JUDGED}\b",
        0.85,
        "hate",
        "negative judgement of a group [typology: derogation; VADER lexicon]",
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
    # Derogation of the protected trait itself: "being gay is disgusting", "being trans is a
    # mental illness" (HateCheck F1/F4: very negative attribute, implicit derogation).
    (
        rf"(?<!\bfor\s)(?<!\bof\s)(?<!\babout\s)(?<!\bif\s)\bbeing\s+(?:a\s+|an\s+)?(?:{_IDENT_ADJ}|"
        rf"{_SINGULAR})\s+(?:is|was)\s+(?:(?:so|just|really|"
        rf"totally|pretty|fucking|very|simply|plain|clearly)\s+)*{_TRAIT_OF_BEING}\b|"
        r"\b(?:homosexuality|transgenderism|bisexuality|islam|judaism)\s+(?:is|was)\s+(?:(?:so|just|"
        rf"really|totally|pretty|fucking|very|simply|plain|clearly)\s+)*{_TRAIT_OF_BEING}\b",
        0.85,
        "hate",
        "derogation of a protected characteristic [typology: derogation]",
    ),
    # A second-person insult that names the addressee's identity ("you are a stupid gay
    # person", "you filthy muslim man"): directed abuse and derogation at once.
    (
        r"\b(?:you\s*(?:'re|are|r)|youre|ur|u\s+r|u\s+are)\s+(?:(?:such|just|nothing\s+but)\s+)?"
        rf"(?:a|an)\s+(?:\w+\s+)?{_CONTEMPT}\s+(?:\w+\s+)?{_IDENT_ADJ}\s+{_PERSON_NOUN}\b|"
        rf"\b(?:you|u)\s+(?:\w+\s+)?{_CONTEMPT}\s+{_IDENT_ADJ}\s+{_PERSON_NOUN}\b",
        0.85,
        "hate",
        "insult naming the addressee's identity [typology: derogation, directed abuse]",
    ),
    # Profanity and threats aimed at a group by name (HateCheck: hateful use of profanity,
    # threats): "fuck muslims", "gays suck", "death to immigrants", "jews can rot in hell".
    (
        rf"(?:^|[.!?,;:]\s*)(?:and\s+)?(?:fuck|screw)\s+(?:all\s+)?(?:the\s+|those\s+|these\s+)?"
        rf"{_PLURAL}\b|\b{_NAMED_GROUP}\s+(?:all\s+|really\s+|fucking\s+|just\s+|still\s+)*suck\b|"
        rf"\bdeath\s+to\s+(?:all\s+)?(?:the\s+)?{_PLURAL}\b|\b{_NAMED_GROUP}\s+(?:can|should|will|"
        r"must|deserve\s+to|ought\s+to)\s+(?:all\s+)?(?:go\s+to|burn\s+in|rot\s+in)\s+hell\b|"
        r"(?:^|[.!?,;:]\s*|\b(?:let'?s|lets|we\s+(?:should|must|need\s+to|have\s+to|gotta)|someone\s+"
        r"(?:should|needs\s+to)|i\s+(?:want\s+to|wanna|will|'ll)|gonna|just)\s+)kill\s+(?:all|every)\s+"
        rf"(?:the\s+|of\s+the\s+)?{_PLURAL}\b",
        0.85,
        "hate",
        "profanity or a threat aimed at a group [typology: derogation, threatening language]",
    ),
    # A protected identity spat at a member with a derogatory word: "you dirty jew".
    (
        rf"(?<!\bare\s)(?<!\bwere\s)(?<!\bif\s)(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmade\s)\b{_YOU}\s+"
        r"(?:(?:fucking|dirty|stupid|filthy|little|"
        rf"fat|ugly|damn|disgusting|bloody)\s+)+(?:{_IDENT_ADJ}|{_SINGULAR})\b",
        0.85,
        "hate",
        "identity used as an insult at a member [typology: derogation]",
    ),
    # Derogation phrased as a question (HateCheck: phrasing): "why are X so lazy?", "what is it
    # with X and being so dumb?", "why do X always lie?".
    (
        rf"\bwhy\s+(?:are|r)\s+(?:all\s+|so\s+many\s+|most\s+)?(?:the\s+)?{_PLURAL}\s+(?:always\s+|"
        rf"so\s+|such\s+|all\s+)*{_TRAIT}\b|\bwh?a?t\s+is\s+it\s+with\s+(?:the\s+)?{_PLURAL}\s+and\s+"
        rf"(?:being\s+)?(?:so\s+|such\s+)?{_TRAIT}\b|\bwhy\s+do\s+(?:all\s+)?{_PLURAL}\s+(?:always\s+)"
        r"(?:lie|steal|cheat|stink|smell|breed|complain|whine)\b",
        0.85,
        "hate",
        "derogation phrased as a question [typology: derogation]",
    ),
    # A call to expel or remove a group, in the imperative or as a proposal ("deport all the
    # X", "let's ban X"): exclusion [typology: threatening language, exclusion].
    (
        r"(?:^|[.!?,;:]\s*|\b(?:let'?s|lets|we\s+(?:should|must|need\s+to|have\s+to|gotta)|"
        r"someone\s+(?:should|needs\s+to)|just|and|i\s+(?:would|'?d|want\s+to|wanna))\s+)"
        r"(?:deport|ban|expel|kick\s+out|throw\s+out|lock\s+up|round\s+up|exterminate|sterili[sz]e|"
        rf"gas|get\s+rid\s+of)\s+(?:all\s+|every\s+|each\s+)?(?:of\s+)?(?:the\s+|those\s+|these\s+)?"
        rf"{_PLURAL}\b",
        0.85,
        "hate",
        "a call to expel or remove a group [typology: exclusion, threatening language]",
    ),
    # Implicit derogation: a group wished away, kept out or put in its "place".
    (
        rf"\bbetter\s+off\s+without\s+(?:all\s+|any\s+)?(?:the\s+|those\s+|these\s+)?{_PLURAL}\b|"
        rf"(?<!\bnot\s)(?<!\bnot\sto\s)\bget\s+rid\s+of\s+(?:all\s+)?(?:the\s+|those\s+|these\s+)?"
        rf"{_PLURAL}\b|"
        # one scan for the group, then what is said of it (a regex does not share prefixes)
        rf"\b{_NAMED_GROUP}\s+(?:"
        r"(?:should(?:n'?t|\s+not|\s+never)|must(?:n'?t|\s+not|\s+never)|shouldnt)\s+be\s+allowed\s+"
        r"(?:to|near|around|in|into|within)\b|"
        r"(?:should|must|need\s+to)\s+(?:all\s+)?be\s+(?:banned|locked\s+up|deported|sterili[sz]ed|"
        r"removed|kicked\s+out|kept\s+away|segregated)\b|"
        r"belongs?\s+(?:in|at)\s+(?:the\s+|a\s+|an\s+)?(?:kitchen|cages?|zoos?|jail|prison|ground|hell|"
        r"ovens?|gas\s+chambers?|camps?|trash|gutter)\b|"
        # a group kept out of a place ("X don't belong in a group for normal families"); not
        # the places a rights claim keeps them out of ("... in institutions", "in poverty")
        r"(?:just\s+|simply\s+|really\s+)?(?:don'?t|dont|do\s+not)\s+belong\s+(?:here|in|among|with|"
        r"at|on)\b(?!\s+(?:an?\s+|the\s+)?(?:institutions?|care\s+homes?|cages?|prisons?|detention|"
        r"camps?|poverty|fear|the\s+shadows|hiding|closets?|boxes)\b))",
        0.85,
        "hate",
        "implicit derogation: a group wished away, kept out or put in its place "
        "[typology: derogation, exclusion]",
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
        rf"(?:now\s*)?[.!]*\s*(?:{EMOTICON}\s*)?$|(?:^|[.!?]\s*)(?:go\s+away|get\s+lost|piss\s+off)\s+"
        r"and\s+take\s+"
        rf"{_YOUR}\b",
        0.8,
        "exclusion",
        "telling a member to leave [typology: exclusion]",
    ),
    (
        r"\b(?:no\s*one|nobody)\s+(?:here\s+)?(?:will|would|is\s+(?:going\s+to|gonna)|gonna)\s+miss\s+"
        rf"{_YOU}\b|\b(?:we|i)\s+(?:don'?t|dont|do\s+not)\s+(?:want|need)\s+(?:{_YOU}|{_YOUR}\s+kind|"
        r"people\s+like\s+(?:you|u))\s+(?:here|in\s+(?:this|our|the)\s+(?:group|chat|server|channel|"
        r"community|forum))\b|\b(?:no\s*one|nobody)\s+wants\s+(?:you|u)\s+(?:here|in\s+(?:this|our)\b)"
        rf"|\b{_YOU}\s*(?:'re|are|r|re)?\s+not\s+welcome\s+(?:here|in\s+(?:this|our))\b",
        0.85,
        "exclusion",
        "telling a member they are not wanted [typology: exclusion]",
    ),
    (
        rf"\b{_YOU}\s+(?:should|need\s+to|must|ought\s+to|had\s+better|better)\s+(?:just\s+)?"
        r"(?:leave|get\s+out|go\s+away|get\s+lost)\s+(?:of\s+|from\s+)?(?:this|the|our)\s+(?:group|"
        r"chat|server|channel|community|forum)\b|\b(?:leave|get\s+out|go\s+away|get\s+lost|go)\b"
        r"[^.!?]{0,40}\band\s+(?:never|don'?t|dont|do\s+not)\s+come\s+back\b",
        0.85,
        "exclusion",
        "telling a member to leave [typology: exclusion]",
    ),
    # Exclusion by its parts (Vidgen et al.: exclusion): a member, a predicate of not belonging,
    # and the group as the place ("she has no place among us", "your sort don't belong among
    # grieving families"); a call to remove a member ("can we vote her out?"); "show yourself
    # out". Not a place that is no place for a sick child ("she doesn't belong in hospital").
    (
        rf"\b(?:{_YOU}|she|he|they|people\s+like\s+(?:you|u|her|him|them)|(?:your|ur|her|his|their)\s+"
        r"(?:sort|kind|type|lot)|this\s+(?:woman|man|mum|mom|dad|person|member)|that\s+(?:woman|man|"
        r"mum|mom|dad|person|member))\s*(?:'s|s|'re|re|are|is)?\s*(?:(?:don'?t|dont|do\s+not|doesn'?t|"
        r"doesnt|does\s+not)\s+belong|(?:has|have|got)\s+no\s+(?:place|business|right\s+to\s+be)|"
        r"(?:aren'?t|isn'?t|are\s+not|is\s+not|not)\s+(?:welcome|wanted)|(?:shouldn'?t|should\s+not)\s+be)"
        r"\s+(?:here\s+)?(?:among\s+(?:us|(?:\w+\s+){0,2}?(?:families|parents|members|mums|moms|dads))|with\s+us|"
        r"in\s+(?:this|our|the)\s+(?:group|chat|server|channel|community|forum))\b|"
        # a call to remove: "can we vote her out?", "mods, kick him out", not "would they kick you
        # out?" (what others might do)
        r"(?:(?:^|[.!?]\s*)(?:just\s+|please\s+|pls\s+)?|\b(?:let'?s|lets|can\s+we|could\s+we|should\s+we|"
        r"we\s+should|we\s+need\s+to|time\s+to|mods?\s*,?\s*(?:please\s+|pls\s+)?|someone\s+(?:please\s+)?|"
        r"why\s+(?:don'?t|dont)\s+we)\s+(?:just\s+)?)(?:vote|kick|throw|boot|chuck|ban|turf)\s+(?:her|him|"
        r"them|you|u|this\s+\w+|that\s+\w+)\s+out\b"
        r"(?!\s+of\s+(?:bed|hospital|the\s+(?:ward|house|room|car)))|\bshow\s+(?:yourself|urself)\s+"
        r"(?:out|the\s+door)\b",
        0.85,
        "exclusion",
        "telling a member they do not belong [typology: exclusion]",
    ),
    # Exclusion told as a favour to the group or as a place to go elsewhere: "do us all a favour
    # and leave", "take your drama somewhere else", "go whine in another group".
    (
        r"\bdo\s+(?:us|every\s*(?:one|body)|the\s+(?:group|rest\s+of\s+us)|all\s+of\s+us)\s+(?:all\s+)?"
        r"an?\s+(?:big\s+|huge\s+)?favou?r\s+(?:and|&|n)\s+(?:just\s+)?(?:leave|go(?:\s+away)?|get\s+(?:out|"
        r"lost)|disappear|piss\s+off|fuck\s+off|log\s+off|shut\s+up|unfollow|unsubscribe)\b|"
        rf"\btake\s+{_YOUR}\s+(?:\w+\s+)?(?:drama|whining|whinging|moaning|negativity|bs|crap|nonsense|"
        r"sob\s+stor(?:y|ies)|pity\s+party|attitude|rants?)\s+(?:somewhere|elsewhere|some\s*place)\b|"
        r"\bgo\s+(?:and\s+)?(?:whine|whinge|cry|moan|bitch|complain|rant|sulk)\s+(?:somewhere\s+else|"
        r"elsewhere|(?:in|to)\s+(?:another|a\s+different|some\s+other)\s+(?:group|server|chat|forum))\b|"
        r"\b(?:find|join)\s+(?:another|a\s+different|some\s+other)\s+(?:group|server|chat|forum)\s+to\s+"
        r"(?:whine|whinge|cry|moan|bitch|complain|rant|sulk)\b|"
        # mocked for asking for help: "go cry to the mods again"
        r"\bgo\s+(?:and\s+)?(?:cry|whine|whinge|run\s+crying|tattle|snitch)\s+to\s+(?:the\s+)?(?:mods?|"
        r"moderators?|admins?|mummy|mommy|(?:your|ur)\s+(?:mum|mom|mummy|mommy|therapist))\b",
        0.8,
        "exclusion",
        "telling a member to leave [typology: exclusion]",
    ),
    # Accusing a member of faking their child's illness (an attack on credibility: derogation
    # of a member in illness communities, "Munchausen" used as a charge, the illness in scare
    # quotes): "you're faking his cancer for donations", "her kid isn't even sick", "classic
    # Munchausen", "the so-called leukaemia". The author's own ("did I make it all up?") and a
    # worry reported about others do not match: the subject is another person.
    (
        rf"\b(?:you|u|ur|youre|she|he|they){_ACCUSED_VERB}(?:faking|faked|making\s+(?:it|this|that|(?:it\s+)?all|"
        rf"the\s+whole\s+thing)\s+up|{_MADE_UP})\b(?=[^.!?]{{0,60}}\b(?:{_ILL_WORDS}|donations?|money|"
        r"gofundme|fundrais\w*|paypal|attention|likes|sympathy)\b)|"
        rf"\b(?:{_ILL_WORDS})\b[^.!?]{{0,60}}?\b(?:you|u|she|he|they){_ACCUSED_VERB}(?:faking\s+(?:it|this|that|(?:it\s+)?all)|"
        rf"making\s+(?:it|this|that|(?:it\s+)?all)\s+up|{_MADE_UP})\b|"
        r"\b(?:classic|total|textbook|obvious|clear|pure|proper)\s+munchausen\w*|\bmunchausen\w*\s+"
        r"(?:mum|mom|mother|parent|dad|much)\b|\b(?:you|she|he)(?:'ve|\s+have|'s|\s+has)\s+(?:got\s+)?"
        r"munchausen\w*|"
        r"\bso[\s-]called\s+(?:cancer|leuk\w*|tumou?r|illness|diagnosis|relapse|sick\s+(?:kid|child))\b|"
        r"\b(?:her|his|your|ur|their)\s+(?:(?:son|daughter|kid|child|baby|boy|girl)(?:'s)?\s+)?"
        r"(?:cancer|leuk\w*|tumou?r|illness|diagnosis|relapse)\s+(?:is|was)\s+(?:all\s+)?(?:a|an)\s+"
        r"(?:con|scam|lie|hoax|fake|fraud|sham|act)\b|"
        r"\bthere(?:'s|\s+is|\s+was)\s+no\s+sick\s+(?:kid|child|son|daughter|baby)\b|"
        r"\b(?:her|his|your|ur|their)\s+(?:kid|child|son|daughter|baby|boy|girl)\s+(?:isn'?t|is\s+not|"
        r"wasn'?t|was\s+not)\s+even\s+(?:sick|ill)\b",
        0.8,
        "harassment",
        "accusing a member of faking the illness [typology: derogation]",
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
    (
        rf"\bget\s+over\s+it\b[^.!?]{{0,40}}{_YOUR}\s+(?:\w+\s+)?(?:kid|son|daughter|child|baby)"
        r"(?:'s|s|\s+is|\s+has)?\s+(?:been\s+)?(?:dead|gone|died)\b",
        0.85,
        "harassment",
        "mocking someone's grief [typology: derogation]",
    ),
    (
        rf"\bif\s+{_YOU}\s*(?:'d|had|would\s+have)\b[^.!?]{{0,50}}\b{_YOUR}\s+(?:kid|son|daughter|"
        r"child|baby)\s+(?:would|might)\s+(?:still\s+be\s+(?:alive|here)|be\s+alive|not\s+have\s+"
        rf"died)|\b{_YOUR}\s+(?:kid|son|daughter|child|baby)\s+died\s+because\s+of\s+{_YOU}\b|"
        rf"\b(?:it'?s|its|it\s+is)\s+{_YOUR}\s+(?:own\s+)?fault\s+(?:that\s+)?{_YOUR}\s+(?:kid|son|"
        r"daughter|child|baby)\s+(?:died|is\s+dead|got\s+sick|has\s+cancer)",
        0.9,
        "harassment",
        "blaming a parent for their child's death [typology: derogation]",
    ),
    # Exclusion: a member told the group is not for "people like you"
    (
        r"\b(?:not|isn'?t|is\s+not|aren'?t|are\s+not|never\s+meant)\s+(?:meant\s+)?for\s+"
        r"(?:people\s+like\s+(?:you|u)|(?:your|ur)\s+(?:kind|type|lot)|the\s+likes\s+of\s+(?:you|u))\b|"
        r",\s*not\s+(?:for\s+)?(?:people\s+like\s+(?:you|u)|(?:your|ur)\s+(?:kind|type|lot))\b|"
        r"\bpeople\s+like\s+(?:you|u)\s+(?:don'?t|do\s+not|dont|never)\s+belong\b",
        0.85,
        "exclusion",
        "telling a member they are not wanted [typology: exclusion]",
    ),
    # Mocking grief: taunts, accusing a parent of using a death, deriding grief posts
    (
        r"(?:^|[.!?,]\s*)(?:go\s+|just\s+)?cry\s+(?:harder|some\s+more|about\s+it)\b|"
        r"\bmilking\s+(?:your|ur|her|his|their)\s+(?:[\w']+\s+){0,2}?(?:death|illness|cancer|grief|"
        r"loss|tragedy|funeral|diagnosis)\b|\b(?:using|exploiting)\s+(?:your|ur|her|his|their)\s+"
        r"(?:[\w']+\s+){0,2}?(?:death|illness|cancer|grief|loss|tragedy|funeral|diagnosis)\s+(?:for|to\s+"
        r"get)\s+(?:attention|sympathy|pity|likes|clout)\b",
        0.8,
        "harassment",
        "mocking someone's grief [typology: derogation]",
    ),
    (
        rf"\bhere\s+we\s+go\s+(?:again\s+)?with\s+(?:the|your|ur|her|his|another|more)\s+{_GRIEF_POST}|"
        r"\b(?:enough\s+(?:with|of)|(?:so\s+)?(?:sick|tired|bored)\s+(?:and\s+tired\s+)?of)\s+(?:your|ur|"
        rf"her|his|these|all\s+(?:your|ur|these))\s+{_GRIEF_POST}",
        0.8,
        "harassment",
        "deriding someone's grief posts [typology: derogation]",
    ),
]

# Derision that turns "another dead kid post" from a sigh into a taunt.
_DERISION = re.compile(
    r"\b(?:lol|lmao|lmfao|rofl|yawn|so\s+dramatic|drama\s+queen|cringe|attention\s+seek\w*|"
    r"for\s+attention|eye\s*roll)\b|\U0001f644|\U0001f971"
)
_ANOTHER_GRIEF_POST = re.compile(rf"\b(?:another|more|yet\s+another)\s+{_GRIEF_POST}")


# Pronoun reference (HateCheck's "pronoun reference in subsequent clauses / sentences"): "saw
# more X at the hospital today. they make me sick", "X keep joining, and honestly they make me
# sick", "don't talk to me about X. I hate them all". A clause that opens with "they" after a
# sentence or clause naming a group, and "them" as what the author hates, are read with the
# group in the pronoun's place.
_OPENING_THEY = re.compile(
    r"(?:^|(?<=[.!?\n])\s*|(?P<clause>(?:,\s*|\s)(?:and|but|so|cos|because)\s+|;\s*))"
    r"(?:(?:and|but|honestly|tbh|seriously|lol|ugh|like|frankly|imo)\s+)?"
    r"(?P<they>they(?:'re|re)?|those\s+ones)\b"
)
_HATED_THEM = re.compile(
    r"\b(?:i|we)\s+(?:\w+\s+){0,2}?(?:hate|despise|loathe|detest|can'?t\s+stand|cannot\s+stand|"
    r"can'?t\s+bear|am\s+sick\s+of|'?m\s+sick\s+of|want\s+to\s+get\s+rid\s+of)\s+(?P<they>them)\b"
)
_GROUP_NAMED = re.compile(rf"\b{_NAMED_GROUP}\b")


def _antecedent(text: str, at: int, opens_sentence: bool) -> str | None:
    """The last group named before ``at``: in the sentence before when the pronoun opens a
    sentence, else earlier in its own sentence or in the sentence before."""
    own = sentence_start(text, at)
    before = text[own:at]
    if opens_sentence or not _GROUP_NAMED.search(before):
        last = own
        while last > 0 and text[last - 1] in " .!?\n":
            last -= 1  # back over the previous sentence's end
        before = text[sentence_start(text, last - 1) : own] if last else ""
        if not opens_sentence:
            before += text[own:at]
    groups = list(_GROUP_NAMED.finditer(before))
    return groups[-1].group() if groups else None


def pronoun_views(text: str) -> list[tuple[str, int, int, int]]:
    """``(view, start, end, delta)`` per pronoun read as a group named before it: ``view`` is
    ``text`` with the group phrase written over the pronoun, which sat at
    ``text[start:end]``; offsets after it shift by ``delta``."""
    views = []
    found = [(m, m.group("clause") is None) for m in _OPENING_THEY.finditer(text)]
    found += [(m, False) for m in _HATED_THEM.finditer(text)]
    for m, opens_sentence in found:
        start, end = m.span("they")
        if start == 0:
            continue
        group = _antecedent(text, m.start() if opens_sentence else start, opens_sentence)
        if group is None:
            continue
        verb = " are" if m.group("they").endswith("re") else ""
        views.append(
            (
                text[:start] + group + verb + text[end:],
                start,
                end,
                len(group) + len(verb) - (end - start),
            )
        )
    return views


def derided_grief(text: str) -> list[tuple[int, int]]:
    """Spans of "another dead kid post" in a message that derides it ("lol", "so dramatic"):
    alone the phrase is how a grieving parent might sigh ("sorry, another sob story")."""
    if not _DERISION.search(text):
        return []
    return [(m.start(), m.end()) for m in _ANOTHER_GRIEF_POST.finditer(text)]


# Reported or condemned speech: the words before the match, or the verdict after it.
_REPORTED_BEFORE = re.compile(
    r"\b(?:say(?!\s+(?:that|it|this)\s+again)(?!\s+(?:one\s+more|another|anything\s+else|a\s+word))|says|said|saying|call|calls|called|calling|claim\w*|tell|tells|told|telling|"
    r"think\w*\s+that|believe\w*\s+that|idea\s+that|myth\s+that|(?:not|isn'?t)\s+true\s+that|"
    r"(?:are\s+you|you)\s+(?:really\s+)?sure\s+that|"
    r"stereotyp\w*|heard|wrote|writes|sent\s+(?:me|us)|assum\w*\s+that|posted|messaged|"
    r"accus\w*|suggest\w*|impl(?:y|ies|ying|ied)|means?\s+that|the\s+case\s+that|prov(?:e|es|ing)|"
    r"argu\w*|pretend\w*|generali[sz]\w*|(?:notion|charge|evidence|proof|opinion|view|belief|"
    r"point|lie|idea|thought|narrative|propaganda)\s+(?:\w+\s+){0,2}that|in\s+(?:your|his|their)\s+"
    r"(?:opinion|view|mind)|(?<!')(?!i\b|we\b|cannot\b|cant\b|dont\b|didnt\b|not\b|never\b)\w+\s+(?:think|thinks|believes?|assumes?|claims?|hears?|"
    r"hear\s+that)|(?:it\s+is|it'?s|is\s+it)\s+(?:false|a\s+lie|untrue)\s+that)\b[^.!?]*$|['\"]\s*$|"
    r"\bnot\s+(?:all\s+|every\s+)?$|\b(?:i|we)\s+(?:do\s+not|don'?t|never)\s+(?:believe|think)\s+"
    r"(?:that\s+)?(?:all\s+|every\s+)?$|"
    # a few, not the group: "very few immigrants are illegal", "a tiny minority of X are Y"
    r"\b(?:(?:very|so|too)\s+)?few\s+$|\b(?:fraction|minority|handful)\s+of\s+$|"
    # a supposition, not an assertion: "if X are a burden, how ...", "as if X were lazy"
    r"\b(?:if|as\s+if|even\s+if|whether|suppose|supposing)\s+$|"
    # the prejudice named, then what it says: "classic antisemitism: X control the world"
    r"\b(?:anti-?semit\w*|racis\w*|islamophob\w*|homophob\w*|transphob\w*|sexis\w*|bigot\w*|"
    r"tropes?|myths?|stereotypes?|conspiracy\s+theor\w*|propaganda)\s*[:\u2014-]+\s*['\"]?\s*$"
)
# A generalisation denied in its own words: "Muslims are not violent", "are never criminals".
# "Not just", "not only", "no less" add to what they negate ("X are not just lazy, they are
# dangerous", "no less stupid than"): no denial.
_ADDITIVE = r"(?!\s+(?:just|only|merely|simply|solely|less)\b)"
_DENIED = re.compile(
    rf"\b(?:are|is|r)(?:n'?t\b{_ADDITIVE}|\b.*?(?:\b(?:not|never|no|nor|neither|nothing|considered|"
    rf"seen\s+as)\b{_ADDITIVE}|n't\b{_ADDITIVE}))|"
    r"^(?:i|we)\s+(?:don'?t|do\s+not|never|didn'?t)\b"
)
# Negative words that do not deny: "not human" is dehumanisation, "no better than animals" a
# dehumanising comparison.
_NOT_HUMAN = re.compile(
    r"\bnot\s+(?:human|real\s+people|people)\s*$|\b(?:no\s+better\s+than|nothing\s+more\s+than|"
    r"nothing\s+but|no\s+different\s+from)\b"
)
_CONDEMNED_AFTER = re.compile(
    # doubted as it is said: "X only care about themselves, really?"
    r"^[^.!?]{0,30}?,\s*really\s*\?|"
    r"^\s*['\"]?\s*(?:is|are|was|were)\s+(?:so\s+|just\s+|really\s+|deeply\s+)?(?:ignorant|racist|"
    r"wrong|hurtful|false|untrue|not\s+true|a\s+myth|bigoted|hateful|dehumani[sz]ing|disgusting|"
    r"cruel|unacceptable|a\s+(?:lie|stereotype)|(?:simply\s+|just\s+)?not\s+supported|nonsense|"
    r"absurd|ridiculous|prejudice\w*|unfair|a\s+generali[sz]ation|a\s+comment\s+that)\b"
)


def reported_or_condemned(text: str, start: int, end: int) -> bool:
    """True when the words at ``text[start:end]`` are quoted, reported or condemned."""
    before = text[sentence_start(text, start) : start]
    return bool(_REPORTED_BEFORE.search(before) or _CONDEMNED_AFTER.search(text[end : end + 60]))


# A verdict against what is said, anywhere in the message: counter-speech ("calling refugees
# vermin is dehumanising", "it's not true that immigrants are a drain").
_COUNTER_SPEECH = re.compile(
    r"\b(?:(?:is|are|was|were|sounds?|seems?)\s+(?:so\s+|just\s+|really\s+|deeply\s+|pure\s+)?"
    r"(?:ignorant|racist|sexist|bigoted|hateful|dehumani[sz]ing|a\s+(?:lie|myth|stereotype)|"
    r"prejudice\w*|unacceptable|a\s+generali[sz]ation)|(?:not|isn'?t)\s+true\s+that|"
    r"(?:is|it'?s|its|that'?s|thats)\s+(?:just\s+|pure\s+|plain\s+)?(?:bigotry|racism|sexism|"
    r"homophobia|transphobia|xenophobia|islamophobia|antisemitism|hate\s+speech)|(?:disgusted|"
    r"sickened|appalled|horrified)\s+(?:by|at|with)\s+(?:the\s+)?(?:slurs|hate|racism|bigotry|"
    r"abuse|comments)|"
    r"(?:the\s+)?(?:myth|stereotype|lie)\s+that|stop\s+(?:calling|saying|spreading)|"
    # a prohibition of the words themselves: "nobody should call X disgusting", "it is wrong to
    # say X are vermin"
    r"(?:no\s*one|nobody|never|don'?t|do\s+not|shouldn'?t|should\s+not|must\s+not|mustn'?t)\s+"
    r"(?:should\s+|must\s+|ever\s+|can\s+)*(?:call|say|claim|suggest)|"
    r"(?:it'?s|it\s+is|its|that'?s|that\s+is)\s+(?:so\s+|really\s+|just\s+|deeply\s+)?(?:wrong|"
    r"hateful|racist|cruel|unfair|ignorant|bigoted|not\s+ok(?:ay)?|unacceptable)\s+to\s+(?:say|call|"
    r"claim|think|suggest|pretend)|"
    # hate speech named as an act of others: "people who post hate about X", "anyone spreading
    # racist comments"
    r"(?:post|posts|posting|posted|spread|spreads|spreading|write|writes|writing|say|says|saying|"
    r"share|shares|sharing)\s+(?:\w+\s+)?(?:hate|hateful\s+\w+|racist\s+\w+|bigoted\s+\w+|"
    r"homophobic\s+\w+|transphobic\s+\w+|slurs)\s+(?:about|against|towards|at|on)|"
    # hateful words reported, then a verdict on them: "people saying gay parents are bad for
    # kids. It's nonsense", "my neighbour said X. I was speechless, it's so wrong"
    r"(?:saying|said|says|claim\w*|told\s+(?:me|us)|posted|wrote)\b[^.!?]{3,120}[.!?,;]\s*(?:and\s+)?"
    r"(?:it'?s|that'?s|that\s+is|it\s+is|which\s+is|i\s+was|i'?m|this\s+is)\s+(?:so\s+|just\s+|utter\s+|"
    r"complete\s+|total\s+|absolute\s+)?(?:nonsense|rubbish|garbage|wrong|untrue|false|bollocks|vile|"
    r"awful|disgusting|horrible|offensive|hurtful|not\s+true|speechless|shocked|appalled|horrified|"
    r"disgusted|sickened)|"
    # the people who say it, judged: "people who call X animals are the real problem",
    # "anyone who calls X monkeys should be banned", "saying you hate X shows what a bigot you are"
    r"(?:people|anyone|anybody|those|someone|somebody|whoever|folk|folks|parents|members|users)\s+"
    r"(?:who|that)\s+(?:call|calls|called|say|says|said|think|thinks|post|posts|write|writes|claim|"
    r"claims|compare|compares|treat|treats)\b[^.!?]{3,80}?\b(?:are|is|should\s+be|need\s+to\s+be|"
    r"will\s+be|get|deserve\s+to\s+be)\s+(?:\w+\s+){0,2}?(?:the\s+(?:real\s+|actual\s+)?problem|"
    r"banned|removed|reported|blocked|kicked\s+out|ignorant|bigots?|racists?|wrong|disgusting|vile|"
    r"awful|cruel|pathetic|a\s+disgrace|the\s+worst|not\s+welcome)|"
    r"shows?\s+(?:exactly\s+)?(?:what|how)\s+(?:a\s+|an\s+)?(?:big\s+)?(?:bigot|racist|ignorant|hateful|"
    r"small[-\s]minded)|(?:calling|saying|thinking|believing|claiming|treating)\b[^.!?]{3,80}?\bmakes?\s+"
    r"(?:you|u|someone|a\s+person|people)\s+(?:a\s+|an\s+)?(?:bigot|bigots|racist|racists|sexist|homophobe|"
    r"transphobe|bully|bullies)\b|"
    # hostility to a group named as an act, and condemned: "hating X is wrong", "people being
    # nasty about X in here needs to stop", "mocking X will not be tolerated"
    r"(?:hating|being\s+(?:\w+\s+)?(?:nasty|horrible|rude|cruel|mean|vile|racist|awful|hateful|"
    r"abusive)\s+(?:about|to|towards)|attacking|mocking|bullying|abusing|harassing|insulting|"
    r"discriminating\s+against|slagging\s+off|picking\s+on|targeting)\s+(?:[\w']+\s+){1,6}?"
    r"(?:is|are|was|needs?\s+to|has\s+to|have\s+to|must|will|should)\s+(?:never\s+|not\s+|just\s+|"
    r"so\s+|plain\s+|simply\s+|always\s+)?(?:be\s+)?(?:wrong|ok(?:ay)?|acceptable|unacceptable|"
    r"disgusting|stop|end|stopped|tolerated|allowed|on|cruel|shameful|bigotry|racism|hate)\b|"
    # a slur not to be repeated: "please don't repeat the slur someone used about X"
    r"(?:don'?t|do\s+not|never)\s+(?:repeat|use)\s+(?:the|that|this|those|these)\s+(?:slurs?|words?|"
    r"insults?|names?)|"
    # quoted words with a moderator's sanction: "if anyone says 'X' again they're getting
    # reported"
    r"(?:says?|said|saying|posts?|posted|posting|writes?|wrote|types?|typed)\s+['\"\u2018\u201c]"
    r"[^'\"\u2019\u201d]{3,}['\"\u2019\u201d][^.!?]{0,40}\b(?:reported|banned|removed|blocked|"
    r"kicked\s+out|not\s+ok(?:ay)?|unacceptable))\b"
)


def counter_speech(text: str) -> bool:
    """True when the message passes a verdict on hateful words rather than saying them: a
    model reading only the words would raise it, so a model alone does not."""
    return bool(_COUNTER_SPEECH.search(text))


# A judgement of "you" that the clause itself negates: "nobody here thinks you're an idiot",
# "no one should call you stupid", "I don't think you're a bad mum" (reassurance).
_NEGATED_JUDGEMENT = re.compile(
    r"\b(?:no\s*one|nobody|never|not|don'?t|doesn'?t|didn'?t|isn'?t|won'?t|wouldn'?t|shouldn'?t|"
    r"can'?t|cannot|aren'?t|dont|doesnt|didnt|isnt|wont|wouldnt|shouldnt|cant)\b[^.!?;,]*\b(?:think|"
    r"thinks|thought|believe|believes|call|calls|called|calling|say|says|said|saying|mean|means|"
    r"meant|make|makes|made|feel|feels|consider|considers|see|sees|saw|find|finds|judge|judges|"
    r"judging)\s+(?:that\s+)?$"
)


# The addressee's own view of themselves, reflected back: "if you feel like you're a joke".
_REFLECTED = re.compile(
    r"\b(?:you|u)\s+(?:\w+\s+)?(?:feel|feels|felt|think|thought|believe|worry|fear|say|said)\s+"
    r"(?:as\s+though\s+|as\s+if\s+|like\s+|that\s+)?$"
)


def negated_judgement(text: str, start: int) -> bool:
    """True when the insult at ``start`` sits in a clause that denies it (reassurance) or
    reflects the addressee's own words about themselves ("you feel like you're a failure")."""
    clause_start = sentence_start(text, start, CLAUSE_ENDS)
    before = text[clause_start:start]
    return bool(_NEGATED_JUDGEMENT.search(before) or _REFLECTED.search(before))


_PRAISE_SUPERLATIVE = (
    r"(?:some|one)\s+of\s+the\s+(?:bravest|kindest|strongest|best|nicest|smartest|sweetest|warmest|"
    r"hardest[-\s]working|most\s+(?:generous|caring|loving|resilient|welcoming|hardworking|"
    r"talented|beautiful|helpful|inspiring))"
)
_PRAISE = phrase_alternation(GROUP_PRAISE)
_INTENSIFIERS = (
    r"(?:(?:so|such|really|truly|very|all|just|the|some\s+of\s+the|among\s+the|incredibly|"
    r"amazingly|always|usually|often|also|too|completely|perfectly|totally|absolutely|"
    r"nothing\s+but)\s+)*"
)
_APPROVE = phrase_alternation(APPROVAL_VERBS)
_DUE = phrase_alternation(DUE_TO_GROUP)
# Approval of a group, in the shapes of HateCheck's positive statements: "X are <praise>",
# "being X is <praise>", "a <praise> X person", "I love X", "we welcome our X members",
# "X deserve respect", "my nurse is X and she is great". Each shape wants the approving word
# right after its subject, so "X are not welcome" and "I don't respect X" never match; an
# approving word followed by "to leave" is exclusion, not approval.
_PRAISED = re.compile(
    rf"(?:\b{_GROUP_REF}\s+(?:are|r)\s+{_INTENSIFIERS}(?:{_PRAISE}|{_PRAISE_SUPERLATIVE})|"
    rf"\b(?:{_GROUP_REF}|{_ROLE_GROUP})(?:\s+\w+){{0,4}}?\s+(?:are|r|{_LINKING})\s+{_INTENSIFIERS}"
    rf"(?:{_PRAISE}|{_PRAISE_SUPERLATIVE})|"
    rf"\bbeing\s+(?:an?\s+)?(?:{_IDENT_ADJ}|{_SINGULAR})\s+(?:is|was)\s+{_INTENSIFIERS}{_PRAISE}|"
    rf"\b(?:a|an)\s+{_INTENSIFIERS}{_PRAISE}\s+(?:and\s+{_PRAISE}\s+)?(?:{_IDENT_ADJ})\s+"
    rf"{_PERSON_NOUN}|"
    rf"\b(?:i|we)\s+(?:(?:really|truly|all|just|absolutely|totally|will\s+always|always|do)\s+)*"
    rf"{_APPROVE}\s+(?:all\s+|our\s+|the\s+|those\s+|these\s+|every\s+)?(?:{_PLURAL}|"
    rf"{_IDENT_ADJ}\s+\w+)|"
    rf"\b{_GROUP_REF}\s+(?:(?:all|also|too|just)\s+)?(?:deserve|need|have\s+(?:a|the)\s+right\s+"
    rf"to|are\s+owed|are\s+entitled\s+to)\s+(?:the\s+same\s+|our\s+|every\s+|\w+\s+)?{_DUE}|"
    rf"\b{_GROUP_REF}\s+make\s+(?:me|us)\s+(?:so\s+|really\s+)?(?:proud|happy|smile)|"
    rf"\b(?:is|are|was|'s)\s+(?:a\s+|an\s+)?{_IDENT_ADJ}\s+and\s+(?:she|he|they|it)\s*"
    rf"(?:is|are|was|'s|'re)\s+{_INTENSIFIERS}{_PRAISE}|"
    # a wish for more of a group where it is missing (inclusion, HateCheck's positive
    # statements): "I'd love to have more Muslims in my life", "we need more Black people on the
    # hospital board"
    rf"\b(?:i'?d|i\s+would|we'?d|we\s+would|i|we)\s+(?:really\s+|definitely\s+|honestly\s+)?(?:love|like|"
    rf"want|need|hope)\s+(?:to\s+(?:have|see|meet|welcome|hear\s+from)\s+)?(?:a\s+lot\s+|so\s+many\s+|"
    rf"many\s+|far\s+|way\s+)?more\s+{_PLURAL}\s+(?:in|on|at|among|around|as|to\s+join|joining)\b|"
    # a group's work praised: "immigrants run the canteen and they do an amazing job", "the
    # Polish nurses who work so hard on nights"
    rf"\b{_GROUP_REF}\b[^.!?]{{0,60}}?\b(?:and|who|that)\s+(?:they\s+)?(?:(?:do|does|did)\s+(?:an?\s+|"
    r"such\s+an?\s+)?(?:really\s+|truly\s+|so\s+|an\s+)?(?:amazing|great|brilliant|wonderful|"
    r"fantastic|incredible|excellent|lovely|good|fab|superb|outstanding)\s+(?:job|work)|work\s+"
    r"(?:so\s+|really\s+|incredibly\s+)?(?:hard|tirelessly))|"
    # an identity affirmed in its own noun: "trans women are women", "gay men are men"
    rf"\b{_IDENT_ADJ}\s+(women|men|people|kids|parents|girls|boys)\s+are\s+(?:real\s+|just\s+)?\1)\b"
    r"(?!\s+to\s+(?:leave|go|get\s+out|fuck|piss|die))"
)
# First-person self-identification: "I am a gay dad", "we're immigrants", "as a Black mother".
_SELF_IDENTIFIED = re.compile(
    rf"(?:^|[.!?,;]\s*|\band\s+)(?:i'?m|im|i\s+am|we'?re|we\s+are|as)\s+(?:an?\s+)?(?:(?:proud|"
    rf"practicing|practising|devout|single|queer|black|white)\s+)?(?:{_IDENT_ADJ}|{_PLURAL}|"
    rf"{_SINGULAR})\b"
)
_ANY_GROUP = re.compile(rf"\b(?:{_IDENT_ADJ}|{_PLURAL}|{_SINGULAR})\b")
# Any negative trait, plural nouns also in the singular ("for a pervert"): its presence keeps
# praise, self-identification and health facts from capping a model score.
_NEGATIVE_TRAIT = re.compile(
    r"\b"
    + phrase_alternation(
        w
        for t in GROUP_TRAITS
        for w in {t, t[:-1] if t.endswith("s") and not t.endswith("ss") and " " not in t else t}
    )
    + r"\b"
)


# A named group as the generic subject of a habitual or universal claim: "Polish parents never
# follow the plan", "Muslims in this group always make it about religion", "typical X", "every
# single one of them". Generic statements about a social category are how stereotypes are
# told and passed on (Rhodes, Leslie and Tworek, PNAS 2012; Beukeboom and Burgers 2019), and
# the quantifier ("always", "never", "all") is what makes a remark about some people a claim
# about what the group is. Not abuse by itself ("Sikh families always bring food for the
# ward"): evidence that lets the whole-text model raise just under its line
# (``assessor._generalisation_evidence``).
_HABITUAL = (
    r"(?:always|never|constantly|typically|usually|tend\s+to|can'?t\s+help|every\s+(?:single\s+)?"
    r"time|only\s+ever|(?:are|r)\s+all|all)"
)
_GENERALISED = re.compile(
    r"(?:^|[.!?,;:]\s*|\b(?:and|but|because|cos|coz|cause|honestly|tbh|swear|think|know|reckon|"
    r"notice|noticed|find|that)\s+)"
    rf"(?:(?:all|most|these|those|the|so\s+many)\s+)?(?:{_PLURAL}|{_ANYONE_AS_GROUP})"
    r"(?:\s+(?:in|on|at|from|of)(?:\s+[\w']+){1,3}?)?\s+(?:(?:are|r|do|will|would|seem\s+to)\s+)?"
    rf"{_HABITUAL}\b|\btypical\s+{_PLURAL}\b|\bevery\s+(?:single\s+)?(?:one\s+of\s+them|"
    rf"{_SINGULAR})\s+(?:is|does|will|has)\b"
)


def generalised(text: str) -> bool:
    """A habitual or universal claim about a named group (see ``_GENERALISED``)."""
    return bool(_GENERALISED.search(text))


def generalised_spans(text: str) -> list[tuple[int, int]]:
    """Spans of each habitual or universal claim's group and quantifier (``_GENERALISED``)."""
    return [(m.start(), m.end()) for m in _GENERALISED.finditer(text)]


def mentions_group(text: str) -> bool:
    """The text names a protected group (a group noun, or an identity word)."""
    return bool(_ANY_GROUP.search(text))


def negative_trait(text: str) -> bool:
    """The text says a negative trait of someone (``GROUP_TRAITS``)."""
    return bool(_NEGATIVE_TRAIT.search(text))


def praised(text: str) -> list[tuple[int, int]]:
    """Spans praising a group ("gay people are wonderful parents", HateCheck's positive
    statements with an identity word), in a message with no negative trait anywhere."""
    if _NEGATIVE_TRAIT.search(text) or _BACKHANDED.search(text):
        return []
    return [(m.start(), m.end()) for m in _PRAISED.finditer(text)]


# Praise that limits itself ("the only good thing I can say about X is ...", "at least X
# work hard"): the faint praise of a put-down.
_BACKHANDED = re.compile(
    r"\b(?:the\s+)?(?:only|one)\s+good\s+thing\b|\bat\s+least\s+(?:they|the|those|these)\b|"
    r"\bfor\s+an?\s+\w+\b[^.!?]{0,20}\b(?:is|was|are)\s+(?:quite|pretty|surprisingly)\b"
)


# A health fact about a group, the kind parents share about risk and treatment: "Black people
# are more likely to get sickle cell", "more common in Ashkenazi Jews".
_HEALTH_FACT = re.compile(
    rf"\b{_GROUP_REF}\s+(?:are|r)\s+(?:\w+\s+)?(?:more|less)\s+likely\s+to\s+(?:get|have|develop|be\s+"
    rf"diagnosed|carry|need|respond|survive|relapse)\b|\b{_GROUP_REF}\s+(?:have|get|face)\s+(?:a\s+|an\s+)?"
    rf"(?:higher|lower|increased|greater)\s+(?:rates?|risk|chance|incidence)\b|\b(?:more\s+|most\s+|less\s+)?"
    rf"(?:common|frequent|prevalent|rare)\s+(?:in|among)\s+(?:\w+\s+)?{_GROUP_REF}"
)


def health_fact(text: str) -> list[tuple[int, int]]:
    """Spans stating a group's medical risk, in a message with no negative trait anywhere."""
    if _NEGATIVE_TRAIT.search(text):
        return []
    return [(m.start(), m.end()) for m in _HEALTH_FACT.finditer(text)]


def self_identified(text: str) -> list[tuple[int, int]]:
    """Spans where the author names their own identity ("I am a gay dad", "we're immigrants"),
    in a message that names no other group and no negative trait: a neutral mention that a
    model reading identity words as hate would raise (HateCheck's neutral identity statements).
    """
    spans = [(m.start(), m.end()) for m in _SELF_IDENTIFIED.finditer(text)]
    if not spans or _NEGATIVE_TRAIT.search(text):
        return []
    rest = text
    for start, end in spans:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    return [] if _ANY_GROUP.search(rest) else spans


# A negative word said of a group and negated (HateCheck's "non-hate expressed using a
# negated hateful statement"): "Muslims aren't terrorists", "no way are gay people a threat",
# "gay dads are in no way worse parents", "I have never once thought immigrants were a
# burden", "it's not that I dislike X". Negative by the VADER lexicon (``valence``) or the
# group traits; a negated *positive* ("X are not welcome", "not human") is not a denial.
_ANY_GROUP_REF = (
    rf"(?:{_GROUP_REF}|(?:a|an|any|every)\s+{_SINGULAR}|{_IDENT_ADJ}\s+{_PERSON_NOUN}s?)"
)
_NEGATED_SAID_OF = re.compile(
    # the group is the subject, opening its clause (not the object of another noun:
    # "discrimination against X is not wrong", "raping a ... girl is not a crime"), and a
    # relative clause restricts, it does not deny ("a Muslim who isn't violent is rare")
    r"(?:^|(?<=[.!?,;:])\s*|\b(?:and|but|so|because|cos|that|honestly|tbh|look|no|sorry|ok|okay|"
    rf"seriously|frankly|guys|people|folks)\s+){_ANY_GROUP_REF}\b(?:\s+(?!who\b|that\b|which\b|whose\b)[\w']+){{0,3}}?\s+(?:are|is|r|were|was)"
    r"(?:n'?t|nt|\s+not|\s+never|"
    r"\s+in\s+no\s+way|\s+by\s+no\s+means|\s+no)\s+(?:(?:any|at\s+all|even|remotely|inherently|"
    r"naturally|automatically|all|a|an|the|so|more|somehow)\s+)*(?P<word>[a-z]+)|"
    rf"\b(?:no\s+way|in\s+no\s+way|by\s+no\s+means)\s+(?:are|is|were)\s+{_ANY_GROUP_REF}\s+"
    r"(?:(?:a|an|any|more|so)\s+)*(?P<word2>[a-z]+)|"
    r"\b(?:i|we)\s+(?:have\s+|'ve\s+|ve\s+)?(?:never(?:\s+once|\s+ever)?|don'?t|dont|do\s+not|didn'?t|"
    r"did\s+not)\s+(?:think|thought|believe|believed|say|said|feel|felt)\s+(?:that\s+)?"
    rf"{_ANY_GROUP_REF}\s+(?:are|were|is|was|r)\s+(?:(?:a|an|any|more|so)\s+)*(?P<word3>[a-z]+)|"
    r"\b(?:not\s+that|don'?t|dont|do\s+not|never|didn'?t)\s+(?:i\s+)?(?:\w+\s+)?(?:hate|dislike|despise|"
    rf"loathe|fear|mind|have\s+(?:a|any)\s+problem\s+with)\s+{_ANY_GROUP_REF}\b"
)
_NEGATIVE_WORDS = frozenset(t for t in GROUP_TRAITS if " " not in t) | {"less", "worse"}


def _negative(word: str) -> bool:
    v = valence(word)
    return word in _NEGATIVE_WORDS or (v is not None and v <= -0.5)


@lru_cache(maxsize=256)
def negated_negative(text: str) -> tuple[tuple[int, int], ...]:
    """Spans where a negative word said of a group is negated (see ``_NEGATED_SAID_OF``).
    Kept per text: ``denied`` asks again for every typology match of the same message."""
    out = []
    for m in _NEGATED_SAID_OF.finditer(text):
        word = m.group("word") or m.group("word2") or m.group("word3")
        after = _NEXT_WORD.match(text, m.end())
        if word is not None and word.endswith("ly") and after:
            word = after.group("w")  # an adverb first: "not mentally ill", "not inherently bad"
        if word is not None and not _negative(word):
            continue
        if word in _ADDED and not _less_of_a_good(text, m.end()):
            continue  # "no less stupid than", "not just lazy": added to, not denied
        if _DOUBTED.search(text, sentence_start(text, m.start()), m.start()):
            continue  # "I'm not convinced that X aren't a problem": the denial is doubted
        if _TAKEN_BACK.search(text, m.end(), sentence_end(text, m.end())):
            continue  # "I don't hate X, I just think they are all Y": the denial is a preamble
        out.append(m.span())
    return tuple(out)


_ADDED = frozenset(("less", "just", "only", "merely", "simply"))
_NEXT_WORD = re.compile(r"\s+(?P<w>[a-z]+)")


def _less_of_a_good(text: str, end: int) -> bool:
    """After "(not any) less": a word that is no negative ("human", "capable"), so the
    negation denies a lack ("aren't any less human"); "no less stupid" asserts."""
    m = _NEXT_WORD.match(text, end)
    return bool(m) and text[end - 4 : end] == "less" and not _negative(m.group("w"))


_DOUBTED = re.compile(
    r"\b(?:not\s+(?:convinced|sure|certain)|doubt|(?:don'?t|dont|do\s+not)\s+(?:think|believe|buy))"
    r"(?:\s+(?:that|it))?\s*$"
)
_TAKEN_BACK = re.compile(r"\b(?:but|just|though|however|except|only)\b")


def denied(text: str, start: int, end: int) -> bool:
    """True when the matched generalisation negates itself ("X are not Y"); "not human" is
    dehumanisation, not a denial."""
    span = text[start:end]
    if _DENIED.search(span) and not _NOT_HUMAN.search(span):
        return True
    return any(s <= start and end <= e for s, e in negated_negative(text))


# Direct speech reported by the author: an opening quote before the words in the same
# sentence, and a reporting verb in the message ("my ex texted 'nobody wants you here'").
_OPEN_QUOTE = re.compile(r"(?:^|[\s:(])['\"\u201c\u2018](?=\S|$)")
_CLOSE_QUOTE = re.compile(r"(?<=\S)['\"\u201d\u2019](?=[\s.,!?;:)]|$)")
_REPORTING = re.compile(
    r"\b(?:said|says|say|saying|told|tells|texted|text(?:ed)?\s+me|wrote|writes|sent|messaged|"
    r"dm'?d|dmed|dms|commented|posted|replied|yelled|shouted|screamed|called|heard|got\s+(?:a|this)"
    r"|someone|somebody|troll|"
    # a message from someone: "had a reply from some member: '...'"
    r"(?:reply|message|dm|pm|comment|email|text)s?\s+from)\b"
)


# What a span may open on before its first word: a window read from the sentence's start
# begins on the space or the opening quotation mark itself.
_LEADING = re.compile(r"[\s\"'\u201c\u2018]*")


def quoted(text: str, start: int) -> bool:
    """True when the words at ``start`` are inside a quotation the author reports (``start``
    may fall on the opening mark: the words begin after it)."""
    start = _LEADING.match(text, start).end()
    before = text[sentence_start(text, start) : start]
    opens = list(_OPEN_QUOTE.finditer(before))
    if not opens:
        return False
    after_open = before[opens[-1].end() :]
    return not _CLOSE_QUOTE.search(after_open) and bool(_REPORTING.search(text))


def quotations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation the author reports (``quoted``), marks excluded: from an
    opening mark to its closing mark or the sentence's end."""
    if not _REPORTING.search(text):
        return []
    spans: list[tuple[int, int]] = []
    for m in _OPEN_QUOTE.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue  # inside the quotation before
        close = _CLOSE_QUOTE.search(text, m.end())
        end = close.start() if close else sentence_end(text, m.end())
        spans.append((m.end(), end))
    return spans


# Surprise or joy, not hostility: "shut up, no way!", "get out of here, that's amazing".
_SURPRISE_AFTER = re.compile(
    r"^[\s,.!?]*(?:(?:of\s+here|of\s+town)[\s,.!?]*)?(?:no\s+way|omg|oh\s+my|seriously|really|"
    r"for\s+real|are\s+you\s+serious|(?:that'?s|thats|this\s+is|how)\s+(?:so\s+)?(?:amazing|"
    r"awesome|incredible|wonderful|great|fantastic|brilliant|the\s+best)|(?:you|u)\s+did\s*not|"
    r"yay|wow|congrat\w*|(?:she|he|they|you)\s+(?:did|got|rang|finished|made))|^[\s,]*!{2,}"
)
_EXCLAMATION = r"(?:shut\s+up|get\s+out(?:\s+of\s+here)?|stfu|gtfo)"
_SURPRISE_MATCH = re.compile(rf"^{_EXCLAMATION}$")
_EXCLAIMED = re.compile(rf"\b{_EXCLAMATION}\b")


def surprise(text: str, start: int, end: int) -> bool:
    """True when "shut up" or "get out" is an exclamation of surprise or joy."""
    if not _SURPRISE_MATCH.match(text[start:end].strip()):
        return False
    return bool(_SURPRISE_AFTER.search(text[end : end + 60]))


def exclaimed(text: str) -> bool:
    """True when "get out" or "shut up" anywhere in the message is a cry of surprise or joy
    (``surprise``): the kind heads' look-alike "get out, you got the bed? wow"."""
    return any(surprise(text, m.start(), m.end()) for m in _EXCLAIMED.finditer(text))
