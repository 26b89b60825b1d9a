"""Abuse (aimed at a person or group) versus profanity (aimed at nobody, or at the illness).

Abuse needs a target: insults with a second-person or @mention target, threats, harassment,
slurs and dehumanising talk about groups. Swearing at cancer, chemo, the hospital, the insurer
or life is profanity. Medical uses of violent words ("the chemo is killing his blasts",
"dead tissue", "lethal dose") are masked before any abuse pattern or model sees them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..normalize import Normalized
from .abuse_types import (
    ABUSE_TYPES,
    EMOTICON,
    GROUP_WORDS,
    denied,
    derided_grief,
    health_fact,
    negated_judgement,
    negated_negative,
    negative_trait,
    praised,
    pronoun_views,
    quotations,
    quoted,
    reported_or_condemned,
    self_identified,
    surprise,
)
from .base import (
    Signal,
    alternation,
    compile_words,
    phrase_alternation,
    sentence_end,
    sentence_start,
    window_before,
)
from .grief_mockery import grief_mocked
from .lexicon import (
    AMBIGUOUS_SLURS,
    GROUPS,
    IDENTITY_ADJECTIVES,
    ILLNESS_TARGETS,
    INSULT_SUPERLATIVES,
    INSULTS,
    NOUN_INSULTS,
    PREDICATE_INSULTS,
    RECLAIMABLE_SLURS,
    SLURS,
    SWEARS,
    plural_forms,
)
from .parent_blamed import parent_blamed
from .prefilter import Gate
from .stereotypes import stereotyped
from .threats import threats
from .told_to_leave import told_to_leave

ABUSE = "abuse"
PROFANITY = "profanity"

_YOU = r"(?:you|u|ya|y'?all|@\w+)"
_YOU_ARE = r"(?:you\s*(?:'re|are|r)|youre|ur|u\s+r|u\s+are|ya\s+are|@\w+\s+(?:is|you're|youre|ur))"
_ADJ = r"(?:(?:a|an|the|such\s+a|such\s+an|one|total|complete|fucking|fuckin|stupid|dumb|little|"
_ADJ += r"fat|lying|ugly|worthless|pathetic|useless|disgusting|absolute|big|damn|sad|old|"
_ADJ += r"miserable|crazy|selfish|ignorant|bitter|nasty|filthy|dirty|bad|terrible|horrible|"
_ADJ += r"awful|sorry|sick|real|so|such|really|very|the\s+most|the\s+biggest|most|biggest|utter|"
_ADJ += r"arrogant|spoiled|spoilt|smug|"
_ADJ += r"brainless|clueless|delusional|entitled|hateful|petty|pitiful|insufferable|annoying|"
# an identity word between "you" and the insult: "you gay idiot", "you're a jewish moron"
_ADJ += phrase_alternation(IDENTITY_ADJECTIVES)[3:-1]
_ADJ += r")\s+)*"
_NOUN_INSULT = phrase_alternation(NOUN_INSULTS)
_INSULT = phrase_alternation(INSULTS)
_PRED_INSULT = phrase_alternation(PREDICATE_INSULTS)
# Where mock credentials are earned: "your google degree", "facebook university".
_MOCK_SCHOOL = r"(?:google|facebook|fb|youtube|tiktok|instagram|insta|internet|whatsapp|twitter)"
# Nouns that name people as vermin, filth or waste, said without an article.
_MEMBER_VERMIN = (
    r"(?:scum|filth|vermin|pond\s*life|subhuman|trash|garbage|maggots|parasites|leeches|rats|"
    r"cockroaches|lowlifes|lowlife|a\s+disease|a\s+plague)"
)
_SUPERLATIVE = phrase_alternation(INSULT_SUPERLATIVES)
# Adverbs between "you are" and the insult: "you are clearly an idiot".
_ADV = (
    r"(?:(?:clearly|obviously|just|truly|literally|nothing\s+but|really|basically|simply|honestly|"
    r"actually|definitely|officially|seriously)\s+)*"
)
_ARTICLE = rf"{_ADV}(?:such\s+)?(?:a|an)\s+"
# The member's child, as blame names it: "your son", "ur kid".
_YOUR_CHILD = r"(?:your|ur)\s+(?:kid|son|daughter|child|baby|boy|girl)"
_BAD_PARENT = (
    r"(?:terrible|horrible|awful|bad|shit|shitty|useless|worst|crap|crappy|lousy|failure\s+of\s+a|"
    r"negligent|selfish|pathetic)\s+(?:mother|mom|mum|parent|father|dad|person|human|wife|husband)"
)

_GROUP = phrase_alternation(GROUPS)
# Free modifiers before a name-calling noun: up to three words of any kind ("a brain-dead
# moron", "the most spineless, whiny, self-pitying loser"), none of them a negation, article
# or conjunction that would start another phrase ("a good mum, not a loser").
_MODIFIERS = (
    r"(?:(?!(?:not|no|never|a|an|the|but|or|than|just|like)\b)[\w'*-]+\s*,?\s+(?:and\s+)?){1,3}?"
)
# From the start of the sentence, no word of the author's own: "I'm a failure of a person"
# is self-deprecation, not name-calling.
_NOT_ABOUT_ME = (
    r"(?:^|(?<=[.!?;\n]))(?:(?!\b(?:i|i'?m|im|i'?ve|ive|i'?d|me|my|myself|mine)\b)[^.!?;\n])*?"
)
_PERSON = (
    r"(?:man|woman|person|human(?:\s+being)?|mother|mum|mom|father|dad|parent|wife|husband|friend|"
    r"member|boy|girl)"
)

TOLD_TO_HARM = "telling someone to harm themselves"
# "Kill yourself" told as an order or a wish ("go kill yourself", "@dan kill yourself", "why
# don't you just kill yourself", "you should kill yourself", "I hope you kill yourself") is
# abuse. After a negation, an infinitive or a subject it is not an order: a plea against it
# ("please don't kill yourself", "no one wants you to kill yourself"), a question ("why would
# you want to kill yourself") or an act told ("the night you tried to kill yourself", "if you
# kill yourself, your kids lose their mum"). Talking someone out of suicide is what a support
# group does, and those words had hidden it.
_STILL_AN_ORDER = re.compile(
    r"(?:\b(?:hope|wish)\s+(?:you|u|ya)(?:\s+would|\s+wud|'d)?\s+|\bwhy\s+(?:don'?t|dont|do\s+not)\s+"
    r"(?:you|u|ya)\s+|\b(?:should|shud|better|gotta|need\s+to|needs\s+to|ought\s+to)\s+)"
    r"(?:(?:just|go|and)\s+)*$"
)
_NOT_AN_ORDER = re.compile(
    r"(?:\b(?:don'?t|dont|do\s+not|never|not|no\s+need\s+to)|n'?t|'ll|'d|\b(?:to|you|u|ya|i|we|they|he|"
    r"she|someone|somebody|people|would|could|might|will|did|tried|try|trying|want|wanted|wants))"
    r"\s+(?:(?:just|even|ever|actually|really)\s+)*(?:go\s+)?$"
)


def ordered(text: str, start: int) -> bool:
    """The words from ``start`` are told as an order or a wish, not a plea against them, a
    question about them or an act told (``TOLD_TO_HARM``)."""
    before = window_before(text, start, 40)
    return bool(_STILL_AN_ORDER.search(before)) or not _NOT_AN_ORDER.search(before)


WISHED_HARM = "wishing harm on someone"
# A wish that harm never comes ("I hope your son never suffers like this again", "I really hope
# he doesnt suffer at the end", "I hope they never get cancer") or for a child's peaceful death
# ("I hope she dies peacefully at home with us") is the opposite of wishing harm: a parents'
# group says both, and the rule had hidden them as threats.
_WISH_NEGATED = re.compile(
    r"^\w+\s+\S+(?:\s+\w+)?\s+(?:never|not|no|doesn'?t|doesnt|don'?t|dont|won'?t|wont|didn'?t|"
    r"didnt|isn'?t|aren'?t|wouldn'?t|can'?t|cant)\b"
)
_PEACEFULLY = re.compile(
    r"\s+(?:peacefully|comfortably|calmly|quietly|painlessly|pain[\s-]*free|without\s+(?:pain|"
    r"suffering)|at\s+home|in\s+(?:his|her|their|my|our)\s+(?:sleep|arms|own\s+bed|bed)|surrounded|"
    r"with\s+(?:us|me|family|dignity)|before\s+(?:the\s+)?pain)"
)


def kind_wish(text: str, wish: re.Match[str]) -> bool:
    """The wish (a ``WISHED_HARM`` match in ``text``) is that the harm never comes, or for a
    peaceful death."""
    return bool(_WISH_NEGATED.search(wish.group()) or _PEACEFULLY.match(text, wish.end()))


# The vocative read last: where the rules judge it denied, quoted or told, it is dropped, not
# kept as a judged insult (which would also quiet the whole-text model, ``assessor``): the
# other insult rules already read those sentences, and a judged vocative had quieted one. Nor
# is it read in a message of affection ("love you too, you daft twat :)", a kiss, a heart):
# the affectionate banter the Contextual Abuse Dataset keeps apart from abuse. Laughter alone
# is not affection, nor is a smiley: abuse laughs and smiles too ("lol you heeb whore", "you
# sanctimonious little scammer :)").
VOCATIVE = "insult aimed at 'you' (vocative)"
_AFFECTION = re.compile(
    r"\b(?:lo+ve?\s+(?:you|u|ya)|luv\s+(?:you|u|ya)|jk|only\s+joking|just\s+kidding)\b|"
    r"[\U0001f618\u2764\U0001f60d\U0001f970]|(?:^|\s)x{1,3}\s*$"
)

_PATTERNS: list[tuple[str, float, str, str]] = [
    (rf"\b{_YOU_ARE}\s+{_ADV}{_ADJ}{_INSULT}\b", 0.9, "insult", "insult aimed at 'you'"),
    (rf"\b{_YOU_ARE}\s+{_ADJ}{_BAD_PARENT}\b", 0.9, "insult", "attack on someone's parenting"),
    (rf"\b{_YOU}\s+{_ADJ}{_INSULT}\b", 0.8, "insult", "insult aimed at 'you'"),
    (rf"\bwhat\s+(?:a|an)\s+{_ADJ}{_INSULT}\b", 0.75, "insult", "name-calling"),
    # Second-person insults beyond "you are a <insult>" (insult typology: name-calling by
    # predicate noun, negative superlative, comparison, and a list of nouns).
    (
        rf"\b{_YOU_ARE}\s+{_ARTICLE}{_ADJ}{_PRED_INSULT}\b",
        0.85,
        "insult",
        "insult aimed at 'you' (predicate noun)",
    ),
    # Dehumanisation aimed at a member (hate typology: people named as vermin, filth or
    # disease), with no article: "you're vermin", "u r scum", "leeches like you". Not "you're
    # rubbish at this", a game's banter.
    (
        rf"\b{_YOU_ARE}\s+{_ADV}(?:(?:absolute|total|utter|complete|fucking|fuckin|such|just|pure)\s+)?"
        rf"{_MEMBER_VERMIN}\b(?!\s+at\b)|\b{_MEMBER_VERMIN}\s+like\s+(?:you|u|ya)\b"
        r"(?!\s+(?:did|do|does|said|say|says|have|had|were|was|just)\b)",
        0.85,
        "insult",
        "a member named as vermin or filth [typology: dehumanisation]",
    ),
    # Sarcastic contempt for a member's knowledge (mock credentials): "your google degree",
    # "medical degree from facebook university", "ok Dr Google", "another genius who knows
    # better than the oncologist". Not "Dr Google scared me at 3am" (the author's own search).
    (
        rf"\b(?:your|ur|yer)\s+(?:{_MOCK_SCHOOL})\s+(?:medical\s+)?(?:degree|phd|diploma|doctorate|"
        r"qualifications?|credentials|training)\b|"
        r"\b(?:degree|phd|doctorate|diploma|qualifications?)\s+(?:from|at)\s+(?:the\s+)?(?:university\s+of\s+)?"
        rf"(?:{_MOCK_SCHOOL})(?:\s+(?:university|uni|academy|school))?\b|"
        r"(?:^|[.!?,]\s*)(?:ok(?:ay)?|sure|thanks|cheers|well\s+done|yes|right|alright)\s*,?\s+(?:dr\.?|doctor|"
        rf"professor|prof)\s+(?:{_MOCK_SCHOOL})\b|"
        r"\banother\s+(?:genius|expert|einstein|know[\s-]*it[\s-]*all|armchair\s+\w+|keyboard\s+\w+)\s+"
        r"(?:\w+\s+)?who\s+knows?\s+better\s+than\s+(?:the|their|your|all\s+the|actual|real)\s+(?:\w+\s+)?"
        r"(?:oncologists?|doctors?|consultants?|nurses?|experts?|specialists?|professionals|scientists?)\b",
        0.75,
        "insult",
        "sarcastic contempt for a member's knowledge [typology: derogation by irony]",
    ),
    (
        rf"\b{_YOU_ARE}\s+(?:\w+\s+)?the\s+{_SUPERLATIVE}\b",
        0.85,
        "insult",
        "insult aimed at 'you' (negative superlative)",
    ),
    (
        rf"\b{_YOU}\s+(?:sound|look|act|talk|behave|write|type|seem)s?\s+(?:like\s+)?(?:a\s+|an\s+)?"
        rf"{_ADJ}{_INSULT}\b",
        0.8,
        "insult",
        "insult aimed at 'you' (comparison)",
    ),
    (
        rf"\b{_YOU_ARE}\s+(?:a|an)\s+[\w-]+\s*(?:,|and|&)\s*{_ADJ}{_INSULT}\b",
        0.85,
        "insult",
        "insult aimed at 'you'",
    ),
    # Name-calling with modifiers of any kind before the noun, and the "<insult> of a man"
    # construction (insult typology: name-calling), aimed at a person.
    (
        rf"\b{_YOU_ARE}\s+{_ADV}(?:(?:such\s+)?(?:a|an)|the\s+(?:most|biggest|worst))\s+"
        rf"{_MODIFIERS}(?:{_NOUN_INSULT}|{_PRED_INSULT})\b(?!-)",
        0.85,
        "insult",
        "insult aimed at 'you'",
    ),
    # The vocative with free modifiers, closing its clause: "you thick useless waste of space",
    # "you lying two-faced fraud!" (name-calling by address). At the clause's end only, so "you
    # see idiots everywhere" is not one. Kept only where it stands (``VOCATIVE``).
    (
        rf"\b(?:you|u|ya)\s+{_MODIFIERS}{_NOUN_INSULT}\s*(?:[.!?,;]|{EMOTICON}|$)",
        0.8,
        "insult",
        VOCATIVE,
    ),
    (
        rf"{_NOT_ABOUT_ME}\b(?:(?:{_NOUN_INSULT}|joke|disgrace|embarrassment|failure|waste\s+of\s+"
        rf"space)\s+of|(?:sorry|pathetic|pitiful|poor|lame)\s+excuse\s+(?:for|of))\s+(?:a|an)\s+"
        rf"{_PERSON}\b",
        0.8,
        "insult",
        "name-calling ('a clown of a man')",
    ),
    (
        rf"\b{_INSULT}\s*,?\s+(?:and|&)\s+so\s+(?:are|r)\s+(?:you|u)\b",
        0.8,
        "insult",
        "insult aimed at 'you' (and so are you)",
    ),
    (
        rf"\bare\s+(?:you|u)\s+(?:really\s+|just\s+|actually\s+|seriously\s+)?(?:a\s+|an\s+)?{_ADJ}"
        rf"(?:{_INSULT}|{_PRED_INSULT})\s*(?:\?|or\s+(?:something|what)|$)",
        0.75,
        "insult",
        "insult aimed at 'you' (as a question)",
    ),
    (
        rf"\b{_YOU}\s+(?:(?:really|still|all|just|totally|fucking|so|truly)\s+)*suck\b"
        r"(?!\s+(?:it\s+up|at\b|in\b|on\b|the\b))|\bsuck\s+my\s+(?:dick|cock|balls|ass|d)\b|"
        r"(?:^|[.!?,]\s*)(?:go\s+)?(?:eat\s+(?:shit|a\s+dick)|die\s+in\s+a\s+(?:fire|hole|ditch))\b",
        0.8,
        "harassment",
        "swearing aimed at a person",
    ),
    (
        r"(?:^|[.!?,]\s*)(?:just\s+|please\s+|pls\s+|now\s+)?go\s+to\s+hell\b(?!\s+and\s+back)",
        0.75,
        "harassment",
        "telling someone to go to hell",
    ),
    (
        rf"\b{_YOU_ARE}\s+(?:so|such\s+a|fucking|so\s+fucking|a\s+fucking|such\s+a\s+fucking)\s+gay\b|"
        r"\b(?:that'?s|thats|this\s+is|it'?s|its)\s+(?:so|such)\s+gay\b",
        0.8,
        "hate",
        "an identity used as an insult ('so gay')",
    ),
    (
        r"(?:^|[.!?,]\s*)(?:go\s+|just\s+)?get\s+a\s+life\b(?!\s+(?:coach|plan|insurance))",
        0.7,
        "harassment",
        "telling someone to get a life",
    ),
    (
        rf"(?:^|[,:]\s*)(?:you\s+)?{_ADJ}{_NOUN_INSULT}\s*[.!?]*\s*$",
        0.6,
        "insult",
        "insult as address",
    ),
    (rf"^\s*{_ADJ}{_NOUN_INSULT}\s*[,!]", 0.6, "insult", "insult as address"),
    (
        r"\b(?:shut\s+(?:the\s+\w+\s+)?up|stfu|gtfo)\b",
        0.6,
        "harassment",
        "telling someone to shut up",
    ),
    (
        r"\b(?:fuck|screw|fck|fuk|fack)\s+(?:you|u|ya|off|y'?all|yourself|yourselves|urself|"
        r"ur\s+self|@\w+)\b",
        0.8,
        "harassment",
        "swearing aimed at a person",
    ),
    (
        r"\b(?:go\s+)?(?:kill|hang|shoot|hurt)\s+(?:your\s*self|yourselves|urself|ur\s*self)\b",
        0.95,
        "threat",
        TOLD_TO_HARM,
    ),
    (r"\bkys\b", 0.95, "threat", "'kill yourself'"),
    (
        # an imperative, not a statement with a subject ("we all just die in the end")
        r"\b(?<!we\s)(?<!all\s)(?<!they\s)(?<!i\s)(?<!to\s)(?<!people\s)(?<!everyone\s)"
        r"(?:go|pls|please|just)\s+(?:die|drop\s+dead|jump\s+off)\b",
        0.85,
        "threat",
        "telling someone to die",
    ),
    (
        r"\bi\s*(?:will|'ll|ll|am\s+going\s+to|'m\s+going\s+to|m\s+going\s+to|am\s+gonna|'m\s+gonna|"
        r"m\s+gonna|gonna)\s+(?:\w+\s+){0,2}?(?:kill|hurt|beat|punch|stab|shoot|"
        r"rape|find|end|destroy|strangle|choke|slap|smack)\s+(?:you|u|ya|your|@\w+)\b",
        0.9,
        "threat",
        "threat against a person",
    ),
    (
        r"\b(?:know|find\s+out|found\s+out|i\s+have)\s+where\s+(?:you|u|she|he|they)\s+(?:live|lives)\b",
        0.9,
        "threat",
        "threat to locate someone",
    ),
    (
        r"\b(?:you|u)\s+(?:deserve)\s+(?:to\s+(?:die|suffer|get\s+\w+)|"
        r"what\s+(?:happens|happened|is\s+coming|you\s+get)|cancer|everything\s+that\s+happen\w*)",
        0.8,
        "harassment",
        "saying someone deserves harm",
    ),
    (
        # Bare "you deserve it" is as often praise ("get some fresh air, you deserve it") as
        # harm: below the line here; the by-meaning stage reads the rest of the sentence.
        r"\b(?:you|u)\s+deserve\s+(?:it|this|everything)\b",
        0.45,
        "harassment",
        "'you deserve it': praise or harm, read by meaning",
    ),
    # Violence as what a person ought to get (HateCheck F7, normative threats), said of "you",
    # "people like you" or "that man"; not of "they" or "it", which are as often the illness
    (
        r"\b(?:(?:people|ppl|men|women|parents|mums|moms|dads|scum|freaks|the\s+likes\s+of)\s+like\s+"
        r"(?:you|u|her|him|them|that)|you|u|(?:that|this)\s+(?:man|woman|guy|bloke|idiot|person|mother|"
        r"father|mum|mom|dad|bitch|bastard|prick|cow))\s+(?:should|must|need\s+to|needs\s+to|ought\s+to|"
        r"deserves?\s+to)\s+(?:all\s+)?(?:be\s+|get\s+)?(?:shot|killed|hanged|hung|gassed|burned|burnt|"
        r"drowned|beaten|lynched|put\s+down|strung\s+up|stabbed|executed)\b|\bsome(?:one|body)\s+"
        r"(?:should|needs\s+to|ought\s+to)\s+(?:put\s+a\s+bullet\s+in|shoot|kill|stab|hang|beat\s+up|"
        r"run\s+over)\s+(?:you|u|him|her|that\s+(?:man|woman|guy|bloke|idiot|person|bitch|bastard|prick|"
        r"cow))\b",
        0.9,
        "threat",
        "violence as what a person ought to get [typology: threatening language, normative]",
    ),
    (
        r"\b(?:hope|wish)\s+(?:you|u|your\s+\w+|she|he|they|ur\s+\w+)\s+(?:\w+\s+)?(?:dies?|gets?\s+"
        r"cancer|suffers?|rots?|burns?\s+in\s+hell)\b",
        0.9,
        "threat",
        WISHED_HARM,
    ),
    (
        r"\byour\s+(?:son|daughter|kid|child|baby|boy|girl)\s+(?:is\s+going\s+to|will|gonna)\s+die\s+"
        r"because",
        0.9,
        "harassment",
        "blaming a parent for their child's illness",
    ),
    # Blaming a parent for the child's cancer: what they did or did not do, as its cause
    (
        rf"\b(?:if|maybe\s+if)\s+(?:you|u)\b[^.!?]{{0,60}}?\b(?:he|she|they|{_YOUR_CHILD})\s+"
        r"(?:wouldn'?t|wouldnt|would\s+not|might\s+not)\s+(?:be\s+(?:sick|ill|dying|dead)|have\s+(?:got\s+)?"
        rf"(?:cancer|leuk\w*|lymphoma|a\s+tumou?r|tumou?rs))\b|\b(?:you|u)\s+(?:gave|give)\s+(?:him|her|"
        rf"them|{_YOUR_CHILD})\s+(?:cancer|leuk\w*|lymphoma|a\s+tumou?r)\b|\b{_YOUR_CHILD}\s+(?:got|has|"
        r"have|developed)\s+(?:cancer|leuk\w*|lymphoma|a\s+tumou?r)\s+(?:because|cos|cuz|coz)\s+(?:of\s+)?"
        r"(?:you|u)\b|\b(?:you|u)\s+(?:basically\s+|literally\s+|practically\s+)?did\s+this\s+to\s+"
        rf"(?:him|her|them|{_YOUR_CHILD})(?=\s*(?:[.,!?;]|$|(?:with|by|when|and)\b))",
        0.85,
        "harassment",
        "blaming a parent for their child's illness",
    ),
    (
        r"\bno\s+wonder\s+(?:your|ur)\s+(?:kid|son|daughter|child|baby)",
        0.8,
        "harassment",
        "blaming a parent for their child's illness",
    ),
    (
        r"\bnobody\s+(?:\w+\s+){0,4}(?:cares?|asked|wants?)\s+(?:about\s+)?(?:you|your|ur)\b",
        0.75,
        "harassment",
        "dismissing a member",
    ),
    (
        r"\bstop\s+(?:posting|whining|crying|complaining)\s+(?:your|ur|about)\b",
        0.55,
        "harassment",
        "telling a member to stop sharing",
    ),
    (
        r"\b(?:pathetic|disgusting)\s+(?:sob\s+stor|post|whin|attention)",
        0.7,
        "harassment",
        "belittling a member's post",
    ),
    (
        r"\bpeople\s+like\s+(?:you|u|her|him|them)\s+(?:shouldn'?t|should\s+not|don'?t\s+deserve|"
        r"are\s+(?:the\s+)?(?:problem|why|a\s+disease|cancer|trash|scum))",
        0.85,
        "harassment",
        "attack on a kind of person",
    ),
    (
        r"\bgo\s+back\s+(?:to\s+)?(?:where\s+(?:you|u|they)\s+(?:came|come)\s+from|your\s+(?:own\s+)?"
        r"(?:country|countries)|(?:africa|mexico|china|india|pakistan|syria|the\s+jungle|your\s+hut))",
        0.85,
        "hate",
        "xenophobic attack",
    ),
    (
        rf"\b{_GROUP}\s+(?:like\s+you\s+)?"
        r"(?:are|r)\s+(?:\w+\s+){0,2}(?:draining|animals|vermin|parasites|subhuman|disgusting|filth|"
        r"scum|trash|savages|a\s+plague|the\s+problem|ruining|invading|criminals|inferior|evil)",
        0.85,
        "hate",
        "dehumanising a group",
    ),
    (
        r"\b(?:immigrants|muslims|jews|blacks|gays|foreigners|illegals|refugees)\s+like\s+(?:you|u)\b",
        0.8,
        "hate",
        "attack on a group",
    ),
]
_COMPILED = [(re.compile(p), s, sig, d) for p, s, sig, d in _PATTERNS]
# Reported speech: "I told him to shut up" tells what was said to someone else.
_TOLD_TO = re.compile(
    r"\b(?:told|tell|tells|telling|asked|ask)\s+(?:him|her|them|someone|somebody|my\s+\w+|the\s+"
    r"\w+)\s+to\s+$"
)
# Someone hypothetical calling the reader a name, in a sentence that protects them: "if anyone
# calls you an attention seeker, ignore them", "parents who think you're a liar aren't worth
# it", "whoever said you're a bad mum is wrong". The name is the words of an unnamed other,
# reported to comfort; "everyone thinks you're a liar" names no such other and stays an insult.
SAID_OF_YOU = re.compile(
    r"\b(?:any\s*one|anybody|some\s*one|somebody|whoever|(?:people|parents|those|folk|family|"
    r"anyone|a\s+\w+|any\s+\w+)\s+(?:who|that))\s+(?:\w+\s+){0,2}?(?:call|calls|called|calling|think|"
    r"thinks|thought|say|says|said|saying|treat|treats|treated|make|makes|made|feel|feels|look|"
    r"looks)\s+(?:at\s+)?(?:that\s+|like\s+)?$"
)
# The author telling themself: "I'll shut up now", "I should just shut up about it".
_SELF_TOLD = re.compile(
    r"\b(?:i'?ll|ill|i\s+will|i\s+should|i'?d\s+better|i\s+better|i\s+need\s+to|i'?m\s+(?:going\s+to|"
    r"gonna)|let\s+me|time\s+(?:for\s+me\s+)?to|i\s+(?:can|could)|i\s+must)\s+(?:\w+\s+)?$"
)
_TYPES = [(re.compile(p), s, sig, d) for p, s, sig, d in ABUSE_TYPES]
# Most posts name no group: the group patterns are tried only where a group word is found.
_GROUP_GATE = Gate([p for p, *_ in ABUSE_TYPES], GROUP_WORDS)
_SLURS = compile_words(plural_forms(w for w in SLURS if w not in AMBIGUOUS_SLURS))
_AMBIGUOUS_SLURS = compile_words(plural_forms(AMBIGUOUS_SLURS))
AMBIGUOUS_SLUR_SCORE = 0.45
_SWEARS = compile_words(SWEARS)
_ILLNESS = phrase_alternation(ILLNESS_TARGETS)
_SWEAR_ALT = alternation(re.escape(w) for w in SWEARS)
_AT_ILLNESS = re.compile(
    rf"\b(?:{_SWEAR_ALT}|screw|damn|to\s+hell\s+with)\s+(?:(?:you|off|the|this|that|these|those|"
    rf"his|her|our|my|its|all|stupid|fucking|damn|bloody|goddamn|freaking|entire|whole)\s+)*"
    rf"{_ILLNESS}\b|\b(?:this|that|the|these|those|his|her|our|my)\s+(?:\w+\s+)?(?:{_SWEAR_ALT})\s+"
    rf"(?:\w+\s+)?{_ILLNESS}\b|\b{_ILLNESS}\s+(?:is\s+|are\s+)?(?:such\s+)?(?:a\s+)?(?:{_SWEAR_ALT})\b"
)

# Swearing at the illness, also addressed as "you": "fuck you cancer", "fuck off leukemia".
# Pronoun targets ("it", "this") are left out: "fuck you it's 3am" is aimed at a person.
_ILLNESS_NOUN = phrase_alternation(
    w
    for w in ILLNESS_TARGETS
    if w not in {"this", "that", "it", "everything", "all of it", "today", "day", "night", "week"}
)
_YOU_ILLNESS = re.compile(
    rf"\b(?:{_SWEAR_ALT}|screw|damn)\s+(?:(?:you|u|off|the|this|that|these|those|his|her|our|my|"
    rf"all|stupid|fucking|damn|bloody|goddamn|freaking|evil|ugly|entire|whole)\s*[,!]*\s+)*"
    rf"{_ILLNESS_NOUN}\b"
)
# The illness addressed by name, then insulted as "you": "chemo you absolute bastard",
# "cancer, you're a thief", "you evil bastard, cancer". The vocative stands at the start of a
# sentence (or after "oh", "hey"); "god" is left out ("god you're an idiot" is to a person).
_VOCATIVE_NOUN = phrase_alternation(
    w for w in ILLNESS_TARGETS if w not in {"this", "that", "it", "everything", "all of it",
                                            "today", "day", "night", "week", "god", "life",
                                            "world", "universe", "system"}
)  # fmt: skip
_VOCATIVE_ILLNESS = re.compile(
    rf"(?:^|[.!?;:]\s*|\b(?:oh|hey|dear|listen|right)\s*,?\s+)(?:(?:stupid|bloody|fucking|evil|"
    rf"damn|dear)\s+)?{_VOCATIVE_NOUN}\s*[,!]*\s+(?:you|u|ya|you'?re|youre|ur)\b[^.!?]*"
    rf"|\b(?:you|u|ya)\s+(?:[\w']+\s+){{0,2}}?{_INSULT}\s*[,!]*\s+(?:you\s+)?{_VOCATIVE_NOUN}"
    rf"\s*(?=[.!?]|$)"
)


# A letter to the illness ("Dear cancer, ...", "An open letter to chemo"): every "you" of the
# message is the illness.
_LETTER_TO_ILLNESS = re.compile(
    rf"^\W*(?:dear|to|(?:an?\s+)?(?:open\s+)?letter\s+to)\s+(?:my\s+|(?:stupid|bloody|fucking|"
    rf"evil|damn)\s+)*{_VOCATIVE_NOUN}\b"
)


def letter_to_illness(text: str) -> bool:
    """Whether the message opens as a letter to the illness ("Dear cancer,")."""
    return bool(_LETTER_TO_ILLNESS.match(text))


def vocative_illness_spans(text: str) -> list[tuple[int, int]]:
    """Sentences that address the illness by name as "you" (see ``_VOCATIVE_ILLNESS``), or the
    whole message when it is a letter to the illness."""
    if letter_to_illness(text):
        return [(0, len(text))]
    return [(m.start(), m.end()) for m in _VOCATIVE_ILLNESS.finditer(text)]


# Medical or idiomatic uses of violent words: masked before abuse patterns and models.
_MEDICAL = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|wip(?:e|es|ed|ing)\s+out|attack(?:s|ed|ing)?|destroy(?:s|ed|ing)?|"
    r"blast(?:s|ed|ing)?|nuk(?:e|es|ed|ing)|fight(?:s|ing)?|beat(?:s|ing)?|murder(?:s|ed|ing)?)"
    r"\s+(?:off\s+)?(?:the\s+|his\s+|her\s+|their\s+|those\s+|these\s+|all\s+(?:the\s+)?|any\s+|"
    r"remaining\s+|bad\s+|cancer\s+|leukemia\s+|tumou?r\s+)*(?:cancer|cells?|blasts?|tumou?rs?|"
    r"bacteria|infection|germs|bone\s+marrow|marrow|immune\s+system|leukemia|disease|mass|"
    r"lesions?|it)\b"
    r"|\b(?:killing|killed|slaying|slayed|crushing|crushed)\s+it\b"
    r"|\b(?:could|would)\s+kill\s+for\b"
    r"|\b(?:lethal|toxic|fatal)\s+(?:dose|doses|levels?)\b|\bdead\s+(?:tissue|cells?)\b"
    r"|\bterminal(?:ly)?\b|\b(?:chemo|radiation|treatment|drug|medicine|it)\s+(?:is|was)\s+"
    r"(?:killing|attacking|destroying)\b|\btrying\s+to\s+(?:murder|kill)\s+me\s+lol\b"
    r"|\bdying\s+inside\b|\bkiller\s+(?:cells?|t[- ]cells?)\b|\bkiller\s+headache\b"
)
_PERSON_TARGET = re.compile(
    r"\b(?:you|u|ya|your|youre|ur|yourself|y'?all)\b|@\w+|\b(?:she|he|they|him|her|them|"
    r"people|person|woman|women|man|men|girl|guy|mother|mom|parent|dad|father|member)\b"
)


# Slurs that are also ordinary words in some Englishes, with the words that mark the ordinary
# sense in the same sentence (HateCheck: non-hateful homonyms of slurs). British "fag" is a
# cigarette; "faggot" a bundle of sticks or a meatball.
_HOMONYM_CONTEXT = {
    "fag": re.compile(
        r"\b(?:break|breaks|packet|pack|smoke|smoking|smoked|quit|quitting|lighter|light|ash|"
        r"ashtray|cig|cigs|cigarette|cigarettes|rollie|baccy|tobacco|nicotine)\b"
    ),
    "fags": re.compile(
        r"\b(?:packet|pack|smoke|smoking|quit|lighter|cig|cigarettes|tobacco|nicotine)\b"
    ),
    "faggot": re.compile(
        r"\b(?:sticks?|firewood|kindling|wood|bundle|meatballs?|gravy|peas|butcher|pork|dish|recipe|"
        r"old\s+english|middle\s+english|word\s+for)\b"
    ),
}
_HOMONYM_CONTEXT["faggots"] = _HOMONYM_CONTEXT["faggot"]
# British "tranny" is a car's transmission or a transistor radio: a word of the machine in
# its sentence ("the car park" is a place, not a gearbox).
_HOMONYM_CONTEXT["tranny"] = re.compile(
    r"\b(?:gearbox|gear\s*box|gears?|transmission|clutch|mechanic|garage|engine|fluid|rebuilt|"
    r"rebuild|towed|tow\s+truck|radio|transistor)\b|\b(?:on|in|of)\s+(?:the|my|our|his|her|"
    r"their)\s+(?:old\s+)?(?:car|van|truck|lorry|motor)\b(?!\s+park)"
)
# The cigarette in its idiom: "having a fag", "nipped out for a fag", "a crafty fag".
_CIGARETTE_IDIOM = re.compile(
    r"\b(?:have|having|had|has|for|fancy|need|needs|needed|light|lit|smoke|smoking|roll|rolled|"
    r"rolling|bum|bummed|cadge|cadged|scrounge|gave\s+up|give\s+up|giving\s+up|packed\s+in|"
    r"pack\s+in|off\s+the|on\s+the|twenty|20)\s+(?:a\s+|another\s+|one\s+last\s+|the\s+|his\s+|"
    r"her\s+|my\s+)?"
    r"(?:quick\s+|crafty\s+|sneaky\s+|cheeky\s+|last\s+)?$"
)
# The Greek island: "a holiday on Lesbos", "the ferry to Lesbos".
_ISLAND_IDIOM = re.compile(
    r"\b(?:island\s+of|on|in|to|from|visit|visited|visiting|around|across)\s+(?:the\s+island\s+of\s+)?$"
)
_IDIOM_OF = {"fag": _CIGARETTE_IDIOM, "fags": _CIGARETTE_IDIOM, "lesbos": _ISLAND_IDIOM}
# A slur said at someone is never the homonym: "you fag", "stupid faggot".
_HOMONYM_AIMED = re.compile(r"\b(?:you|u|ur|ya|fucking|stupid|dirty|little|filthy)\s*$")
# An in-group's own word for itself (HateCheck: reclaimed slurs): the author names themself or
# their own group by it ("proud dyke and mama", "us queers", "as a queer mum", "we crips").
_RECLAIMABLE = compile_words(plural_forms(RECLAIMABLE_SLURS))
_OWN_GROUP = re.compile(
    r"\b(?:i'?m|im|i\s+am|as|we['’]re|we\s+are|we|us|fellow|proud|our|of\s+us)\s+(?:a\s+|an\s+|all\s+)?"
    r"(?:(?:proud|fellow|happy|out|loud|old|big|great|total|massive|raging|absolute|queer|disabled)\s+)"
    r"{0,3}$"
)
# The in-group called together by the word: "dykes of the ward unite", "queers assemble".
_RALLIED = re.compile(
    r"^(?:\s+(?:of|in|on|at)\s+(?:the\s+|this\s+)?[\w']+(?:\s+[\w']+)?)?\s*,?\s*(?:unite|assemble)\b"
)


def _homonym(text: str, start: int, end: int) -> bool:
    """True when the slur at ``text[start:end]`` is used in its ordinary sense: its sentence
    has a word of that sense, or the words before it are the ordinary sense's idiom, and
    nothing aimed at a person stands right beside it."""
    word = text[start:end]
    context, idiom = _HOMONYM_CONTEXT.get(word), _IDIOM_OF.get(word)
    if context is None and idiom is None:
        return False
    s, e = sentence_start(text, start), sentence_end(text, end)
    if _HOMONYM_AIMED.search(text[s:start]):
        return False
    sentence = text[s:start] + " " + text[end:e]
    return bool(
        (context is not None and context.search(sentence))
        or (idiom is not None and idiom.search(text[s:start]))
    )


def _reclaimed(text: str, start: int, end: int) -> bool:
    """True when a reclaimable slur at ``text[start:end]`` is the author's word for themself
    or their own group, in a message with no negative trait said of anyone."""
    return bool(
        _RECLAIMABLE.fullmatch(text, start, end)
        and (
            _OWN_GROUP.search(text[sentence_start(text, start) : start])
            or _RALLIED.match(text[end : end + 40])
        )
        and not negative_trait(text)
    )


# What saying or doing something makes anyone: "calling refugees parasites makes you a bigot"
# is counter-speech, its "you" whoever says it.
_GENERIC_VERDICT = re.compile(
    r"\b(?:calling|saying|thinking|believing|claiming|treating|posting|writing)\b[^.!?]{3,80}?\bmakes?\s+$"
)


def said_of_reader(text: str, start: int) -> bool:
    """The words from ``start`` are what someone hypothetical calls the reader (``SAID_OF_YOU``)."""
    return bool(SAID_OF_YOU.search(text[max(0, start - 40) : start]))


def _told_to(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    if _TOLD_TO.search(before) or said_of_reader(text, start):
        return True
    # only "shut up" is said to oneself: "I'll fuck you up" is no self-talk
    return text.startswith("shut", start) and bool(_SELF_TOLD.search(before))


def medical_mask(text: str) -> str:
    """Replace medical and idiomatic violence phrases with a neutral token of the same length."""
    return _MEDICAL.sub(lambda m: "x" * len(m.group()), text)


def has_person_target(text: str) -> bool:
    return bool(_PERSON_TARGET.search(text))


def illness_directed_spans(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _AT_ILLNESS.finditer(text)]
    return spans + vocative_illness_spans(text)


def detect_abuse(
    norm: Normalized,
    blocklist: re.Pattern[str] | None = None,
    allowlist: re.Pattern[str] | None = None,
) -> list[Signal]:
    text = medical_mask(norm.text)
    if allowlist is not None:
        text = allowlist.sub(lambda m: "_" * len(m.group()), text)
    out: list[Signal] = []
    if blocklist is not None:
        for m in blocklist.finditer(text):
            out.append(Signal(ABUSE, 1.0, "blocklist", m.start(), m.end(), "organizer blocklist"))
    to_illness = [(m.start(), m.end()) for m in _YOU_ILLNESS.finditer(text)]
    to_illness += vocative_illness_spans(text)
    for pattern, score, signal, detail in _COMPILED:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in to_illness):
                continue  # "fuck you cancer", "screw you neuroblastoma": said to the illness
            s, d = score, detail
            if signal in ("insult", "harassment") and negated_judgement(text, m.start()):
                s, d = 0.3, detail + " (negated: reassurance, not an insult)"
            elif signal == "hate" and (denied(text, m.start(), m.end()) or
                                     reported_or_condemned(text, m.start(), m.end())):  # fmt: skip
                s, d = 0.3, detail + " (denied, quoted or condemned)"
            elif quoted(text, m.start()) or _told_to(text, m.start()):
                s, d = 0.3, detail + " (quoted, reported or condemned)"
            elif signal == "insult" and _GENERIC_VERDICT.search(
                text[sentence_start(text, m.start()) : m.start()]
            ):
                s, d = 0.3, detail + " (a verdict on whoever says it: the generic 'you')"
            elif surprise(text, m.start(), m.end()):
                s, d = 0.3, detail + " (an exclamation of surprise)"
            elif detail == TOLD_TO_HARM and not ordered(text, m.start()):
                s, d = 0.3, detail + " (negated or told: a plea against it, a question, an act)"
            elif detail == WISHED_HARM and kind_wish(text, m):
                s, d = 0.3, detail + " (negated: a wish that it never comes, or for peace)"
            if detail == VOCATIVE and (s < score or _AFFECTION.search(text)):
                continue
            out.append(Signal(ABUSE, s, signal, m.start(), m.end(), d))
    open_for = _GROUP_GATE.open_for(text)
    group_named = all(open_for)  # every gated pattern may run: a group word is in the text
    for (pattern, score, signal, detail), may in zip(_TYPES, open_for, strict=True):
        for m in pattern.finditer(text) if may else ():
            s, d = _type_stance(text, m, score, signal, detail)
            out.append(Signal(ABUSE, s, signal, m.start(), m.end(), d))
    for threat in threats(text):
        s, d = 0.85, threat.detail
        if quoted(text, threat.start) or reported_or_condemned(text, threat.start, threat.end):
            s, d = 0.3, d + " (quoted, reported or condemned)"
        out.append(Signal(ABUSE, s, "threat", threat.start, threat.end, d))
    for view, start, end, delta in pronoun_views(text):
        out += _group_types_by_pronoun(view, start, end, delta)
    for start, end in stereotyped(text):
        stance = denied(text, start, end) or reported_or_condemned(text, start, end)
        s, d = (0.3, " (denied, quoted or condemned)") if stance else (0.8, "")
        detail = "a group generalised by a misconduct [typology: derogation; stereotype]" + d
        out.append(Signal(ABUSE, s, "hate", start, end, detail))
    quotes = quotations(text)
    for read, signal in _WINDOW_READINGS:
        for start, end, detail in read(text):
            if not (
                quoted(text, start)
                or reported_or_condemned(text, start, end)
                or _read_in_quotes(text, start, end, read, quotes)
            ):
                out.append(Signal(ABUSE, 0.8, signal, start, end, detail))
    for start, end in health_fact(text):
        detail = "a health fact about a group (health fact)"
        out.append(Signal(ABUSE, 0.0, "health", start, end, detail))
    for start, end in negated_negative(text) if group_named else ():
        detail = "a negative word about a group, negated (denied in its own words)"
        out.append(Signal(ABUSE, 0.0, "denial", start, end, detail))
    for start, end in praised(text) if group_named else ():
        detail = "praise of a group in a generalisation (praised)"
        out.append(Signal(ABUSE, 0.0, "praise", start, end, detail))
    for start, end in self_identified(text):
        detail = "the author names their own identity (self-identified)"
        out.append(Signal(ABUSE, 0.0, "identity", start, end, detail))
    for m in _SLURS.finditer(text):
        if _homonym(text, m.start(), m.end()):
            detail = "a slur's homonym in its ordinary sense (homonym)"
            out.append(Signal(ABUSE, 0.2, "homonym", m.start(), m.end(), detail))
            continue
        if _reclaimed(text, m.start(), m.end()):
            detail = "a slur reclaimed: the author's word for their own group (reclaimed)"
            out.append(Signal(ABUSE, 0.2, "reclaimed", m.start(), m.end(), detail))
            continue
        out.append(Signal(ABUSE, 0.9, "slur", m.start(), m.end(), "slur"))
    for m in _AMBIGUOUS_SLURS.finditer(text):
        if _reclaimed(text, m.start(), m.end()):
            continue
        if "*" in norm.quote(m.start(), m.end()):
            detail = "slur (masked: the writer marks the word as the slur)"
            out.append(Signal(ABUSE, 0.9, "slur", m.start(), m.end(), detail))
            continue
        detail = "word often used as a slur (also an ordinary word); needs other evidence"
        out.append(Signal(ABUSE, AMBIGUOUS_SLUR_SCORE, "slur?", m.start(), m.end(), detail))
    return out


def _read_in_quotes(
    text: str,
    start: int,
    end: int,
    read: Callable[[str], list[tuple[int, int, str]]],
    quotes: list[tuple[int, int]],
) -> bool:
    """True when a window reading of ``text[start:end]`` holds only on words inside a reported
    quotation: with the quoted words blanked out it reads nothing ('got this in my DMs: "ur son
    died 2 yrs ago, get over it"' opens its window before the quote)."""
    inside = [(a, b) for a, b in quotes if start < b and a < end]
    if not inside:
        return False
    window = list(text[start:end])
    for a, b in inside:
        for i in range(max(a, start), min(b, end)):
            window[i - start] = " "
    return not read("".join(window))


def _derided_grief_read(text: str) -> list[tuple[int, int, str]]:
    """``derided_grief`` as a reading: its spans with their detail."""
    detail = "deriding someone's grief posts [typology: derogation]"
    return [(start, end, detail) for start, end in derided_grief(text)]


# Readings by parts (``base.windows_read``) and their signal: each quieted alike when quoted,
# reported or condemned.
_WINDOW_READINGS = (
    (told_to_leave, "exclusion"),
    (parent_blamed, "harassment"),
    (grief_mocked, "harassment"),
    (_derided_grief_read, "harassment"),
)

# Advice names the cost of an omission ("if you skip the fever checks you'll regret it");
# a threat names the cost of a provocation ("post about me again and you'll regret it").
_OMISSION_IF = re.compile(
    r"\b(?:if|unless)\s+(?:you|u)\s+(?:(?:don'?t|do\s+not|dont|never|forget\s+to|fail\s+to)\s+\w+|"
    r"skip|miss|forget|ignore|stop|wait|put\s+off|leave\s+it|delay)\w*\b"
)


def _type_stance(
    text: str, m: re.Match[str], score: float, signal: str, detail: str
) -> tuple[float, str]:
    """A typology match's score and detail: 0.3 when the words are denied (hate) or quoted,
    reported or condemned."""
    if signal == "hate" and denied(text, m.start(), m.end()):
        return 0.3, detail + " (denied in its own words)"
    if reported_or_condemned(text, m.start(), m.end()) or quoted(text, m.start()):
        return 0.3, detail + " (quoted, reported or condemned)"
    if signal == "threat" and _OMISSION_IF.search(
        text[sentence_start(text, m.start()) : m.start()]
    ):
        return 0.3, detail + " (advice: the cost of leaving something undone)"
    return score, detail


def _group_types_by_pronoun(view: str, start: int, end: int, delta: int) -> list[Signal]:
    """The group typology read on ``view`` (a group phrase written over "they" or "them"), for
    matches that hold that phrase; offsets mapped back to the message."""
    out: list[Signal] = []
    for pattern, score, signal, detail in _TYPES:
        for m in pattern.finditer(view):
            holds_group = m.start() < end + delta and start < m.end()
            if signal not in ("hate", "threat") or not holds_group:
                continue
            detail_before = detail + " (the group named before)"
            s, d = _type_stance(view, m, score, signal, detail_before)
            if s < 0.5:
                continue  # a reading of the pronoun raises or says nothing: no stance of its own
            first = min(start, m.start())
            out.append(Signal(ABUSE, s, signal, first, max(end, m.end() - delta), d))
    return out


def detect_profanity(norm: Normalized, allowlist: re.Pattern[str] | None = None) -> list[Signal]:
    text = norm.text
    if allowlist is not None:
        text = allowlist.sub(lambda m: "_" * len(m.group()), text)
    at_illness = illness_directed_spans(text)
    out = []
    for m in _SWEARS.finditer(text):
        aimed = any(s <= m.start() < e for s, e in at_illness)
        detail = "swearing aimed at the illness/situation" if aimed else "untargeted swearing"
        out.append(Signal(PROFANITY, 0.8, "swear word", m.start(), m.end(), detail))
    return out
