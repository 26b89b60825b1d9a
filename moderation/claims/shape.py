"""The shape of a sentence: advice or assertion, question, refutation; and its topic.

Pure regex checks on normalised text. A claim is misinformation when it is *told* (advice,
a recommendation, an assertion of a cure or a cause), not when it is asked about ("is it
true that sugar feeds cancer?") or refuted ("sugar doesn't feed cancer", "it's a myth").
Retold advice ("the oncologist said ...") is not told. Each catalogue kind also names the
words that give its direction (``DIRECTION``): "go to the ER right away" is about the same
topic as "no need to go to the ER", with the opposite sense, and MiniLM barely tells them apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise

from ..normalize import Normalized
from ..rules.base import sentence_end, sentence_start

# A sentence ends at . ! ? followed by a space or the end, or at a line break: a full stop
# inside a word (a web address, "38.5") does not end it.
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s.!?]))+[.!?]*")
# A web address is a pointer, not a claim: masked (same length) before the shape checks.
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:gov|org|com|net|uk)(?:/\S*)?")


# A question: a question mark, an auxiliary first, or a wh-word followed (within a word) by
# an auxiliary; "when his line gets red, ..." is a condition, not a question.
_AUX = r"(?:is|are|was|were|does|do|did|can|could|should|would|will|has|have|'s)"
_QUESTION = re.compile(
    # a question the author is asking themselves or a search engine ("been googling which
    # meds work best", "I wonder whether the oil helps"): asked, not told
    r"\b(?:(?:i'?m|i\s+am|i'?ve\s+been|been|i\s+was|was)\s+(?:\w+\s+)?(?:googling|wondering|"
    r"researching|reading\s+up|looking\s+(?:up|into)|trying\s+to\s+(?:find|work|figure)\s+out)|"
    r"i\s+wonder)\s+(?:\w+\s+)?(?:which|whether|if|what|how)\b|"
    r"\?\s*$|^\s*(?:" + _AUX[3:-1] + r"|anyone|any\s+one|whether)\b|"
    r"^\s*(?:what|how|why|when|where|who|which)\s+(?:\w+\s+)?" + _AUX + r"\b"
)
_REFUTATION = re.compile(
    r"\b(?:myth|myths|no\s+(?:evidence|proof|studies|research|data)|not\s+(?:true|proven)|"
    r"isn'?t\s+true|is\s+false|debunk\w*|unproven|misinformation|(?:does|do)(?:\s+not|n'?t)\s+"
    r"(?:feed|cure|work|cause|make|help|shrink|kill|starve|spread|replace)|(?:won'?t|can'?t|cannot|will\s+"
    r"not)\s+(?:cure|shrink|starve|kill|heal|catch|change|stop\s+(?:a|an|the|any)\s+\w+|replace|prevent|"
    r"treat|do\s+what)|is\s+how\s+(?:people|kids|children)\s+"
    r"die|please\s+(?:don'?t|do\s+not)|never\s+(?:cured|worked|shrunk)|(?:isn'?t|is\s+not|aren'?t|"
    r"are\s+not)\s+(?:a\s+cure|contagious|catching|an?\s+(?:replacement|substitute|alternative))|non[\s-]?contagious|(?:can'?t|cannot)\s+be\s+(?:caught|spread|"
    r"passed)|there\s+is\s+no\s+cure\s+in|scared\s+(?:of|that)|"
    r"worried\s+(?:about|that)|someone\s+told\s+me|people\s+(?:say|keep\s+saying|told\s+me)|"
    # a claim retold from what someone sends or reads: "articles saying sugar feeds cancer"
    r"(?:articles?|posts?|videos?|memes?|websites?|sites?|links?|blogs?|forums?|facebook|tiktok|"
    r"instagram|youtube)\s+(?:\w+\s+){0,2}?(?:saying|that\s+say|which\s+say|claiming|that\s+claim))\b"
)
# Reported speech: a clinician's advice retold ("the oncologist said a fever means we come
# straight in", "my oncologist gave me the option of stopping treatment"), or a claim heard
# from others ("for anyone hearing that ..."). Retelling is not telling; a parent who adds
# their own advice does so in a clause of their own.
_REPORTED = re.compile(
    r"\b(?:doctors?|dr|drs|docs?|oncologists?|oncs?|consultants?|nurses?|surgeons?|dietitians?|"
    r"dieticians?|gp|pharmacists?|(?:care|medical|onc|oncology)\s+team|team|ward)\s+"
    r"(?:said|says|told|tells|explained|advised|recommended|offered|suggested|mentioned|"
    r"discussed|raised|agreed|(?:was|were|is|are)\s+(?:very\s+|really\s+|so\s+)?clear|made\s+"
    r"(?:it\s+)?clear|reassured|confirmed|insisted|stressed|emphasi[sz]ed|gave\s+(?:me|us)|prescribed|switched\s+(?:me|us)|put\s+(?:me|us)\s+on|"
    r"took\s+(?:me|us)\s+off)\b|"
    r"\b(?:hearing|heard|being\s+told|been\s+told|keeps?\s+(?:saying|telling))\b|"
    # The clinicians' own decision, told by the parent ("the team paused chemo"): a report of
    # care given, not advice (NCI: treatment is paused or changed by the care team).
    r"\b(?:doctors?|oncologists?|oncs?|consultants?|nurses?|(?:care|medical|onc|oncology)\s+team|"
    r"team|ward|clinic|hospital)\s+(?:have\s+|has\s+|had\s+|'ve\s+|'s\s+)?(?:\w+\s+)?(?:decided|"
    r"paused|stopped|delayed|held|postponed|switched|changed|swapped|dropped|reduced|put\s+\w+\s+on\s+"
    r"hold|suggested|recommended|wants?|asked|agreed|approved|okayed|ok'?d|signed\s+off|(?:tapering|"
    r"weaning|reducing|lowering|increasing|pausing|stopping|switching|changing)\s+(?:my|his|her|our|the))\b|"
    # "they" who put the author or child on a medicine or took them off it: the care team
    r"\bthey(?:'ve|\s+have|'re|\s+are)?\s+(?:just\s+)?(?:switched|put|taken|took|started|moved)\s+"
    r"(?:me|us|him|her)\s+(?:on|off|onto|from)\b|"
    r"\b(?:after\s+checking|checked|cleared(?:\s+it)?|ran\s+it\s+(?:by|past)|asked|talked|spoke|sat\s+down|"
    r"discussed\s+(?:it|this|"
    r"that)|agreed|decided)\s+with\s+(?:the\s+|our\s+|his\s+|my\s+|"
    r"her\s+)?(?:team|nurse|doctor|ward|onc\w*|consultant|pharmacist|gp|dietitian)\b|"
    # the team agrees (knowing is not agreeing): "my onc is fine with it"
    r"\bmy\s+(?:\w+\s+)?(?:team|oncologist|onc|doctor|consultant|nurse|gp)\s+(?:(?:is|was)\s+(?:fine|happy|"
    r"ok|okay)\s+with|approved|okayed|ok'?d|signed\s+off)\b|"
    r"\b(?:doctors?|oncologists?|oncs?|consultants?|nurses?|team|gp)\s+and\s+(?:i|we)\s+(?:have\s+|'ve\s+)?"
    r"(?:agreed|decided|chose)\b"
)
# Advice or an assertion. Grouped by cue (the forms of advice and claim in the myth pages
# and in chat): an imperative at the start of a clause; a modal of obligation after any
# subject; an assertion that something cures, causes, spreads or is nothing to worry about.
_CLAUSE = r"(?:^|[,;:=]|!+|\band\b|\bbut\b|\bthen\b|\bso\b|\bjust\b)\s*"
_LEAD = r"(?:(?:so|just|honestly|seriously|please|pls|plz|and|but|then|instead|trust\s+me|tbh|imo|"
_LEAD += r"srsly|ok|okay|yeah)[\s,]+)*"
_IMPERATIVE = (
    r"(?:stop|quit|skip|delay|refuse|don'?t|dont|do\s+not|never|cut|starve|replace|swap|throw|"
    r"bin|use|try|give|put|let|avoid|ditch|drop|forget|get|keep|no\s+need|no|switch|go|take|wait|"
    r"start|pull|cancel|order|buy|clean|leave|stay|ride|tough|pinch|rub|apply|ignore|stick|"
    r"hold\s+off|put\s+off|come\s+off|say|tell|walk\s+away|postpone|treat|feed|raise)"
)
_ADVICE = re.compile(
    _CLAUSE + _LEAD + _IMPERATIVE + r"\b|"
    r"\b(?:should|shouldn'?t|must|mustn'?t|needs?\s+to|ha(?:s|ve)\s+to|ought\s+to|don'?t\s+need|"
    r"doesn'?t\s+need|do\s+not\s+need|does\s+not\s+need)\b|"
    r"\b(?:you|u|they|she|he|we|i)\s+(?:stopped|quit|skipped|refused|replaced|swapped|cancelled|"
    r"canceled)\b|\b(?:better\s+to|i\s+(?:would|'?d)|i\s+(?:recommend|suggest)|no\s+need\s+(?:to|for)|"
    r"there'?s\s+no\s+need|instead\s+of|rather\s+than|better\s+than|works?\s+better|no\s+more)\b|"
    # advice offered as the author's own choice or experience, for others to follow
    r"\b(?:i'd|id|i\s+would(?:n'?t)?|i\s+wouldn'?t|i\s+wouldnt|(?:would|highly)\s+recommend|recommend\w*|"
    r"do\s+the\s+same|(?:you|u)\s+(?:can|could)\s+(?:\w+\s+){0,2}too|(?:you|u)\s+should\s+too|try\s+it|do\s+it|"
    # a plan told to the group ("we are refusing the last block"); what the author did is
    # advice only when endorsed to others (``as_advice``), not as a report of the week
    r"(?:we|i)\s+(?:are|'re|am|'m)\s+(?:just\s+|simply\s+)?(?:saying\s+no|refusing|skipping|stopping|"
    r"walking\s+away)|no\s+(?:sugar|carbs?|fruit|chemo|vaccines?|jabs?|shots?))\b|"
    r"\b(?:it'?s|its|is|are|r|'s|'re)\s+(?:literally\s+|basically\s+|just\s+|pure\s+)?(?:\w+\s+)?"
    r"(?:food|fuel|toxic|poisonous|harsh|overkill)\b|"
    r"\b(?:cures?|cured|curing|heals?|healed|shrinks?|shrank|shrunk|kills?|killed|dissolves?|"
    r"reverses?|feeds?|fuels?|causes?|caused|gave|gives|triggers?|triggered|spreads?|beats?|beat|"
    r"clears?|cleared|wipes?\s+(?:\w+\s+){0,2}out|wiped\s+(?:\w+\s+){0,2}out|sorts?\s+(?:\w+\s+){0,2}out|"
    r"sorted\s+(?:\w+\s+){0,2}out|knocks?\s+(?:\w+\s+){0,2}out|knocked\s+(?:\w+\s+){0,2}out|gets?\s+rid|got\s+rid|"
    r"draws?\s+(?:\w+\s+){0,3}out|makes?|made|runs?\s+on|lives?\s+on|eats?|works?|worked|"
    r"(?:will|'ll)\s+\w+|does\s+the\s+same|just\s+as\s+(?:well|good)|all\s+(?:you|u)\s+need|"
    r"(?:can'?t|cannot)\s+(?:survive|live|grow)|remission|stops|halts|prevents|changes|"
    r"pass\w*\s+(?:\w+\s+)?(?:from|to|on)|speeds?\s+up|overreact\w*|last\s+resort|releas\w*|"
    r"(?:got|get|gets|catch|caught)\s+(?:\w+\s+){0,2}from|can\s+be\s+(?:handled|treated|managed|done)|"
    r"(?:not|never)\s+(?:needed|necessary)|unnecessary|pointless|"
    r"(?:is|are|r|'s|'re)\s+(?:just\s+|totally\s+|completely\s+|perfectly\s+|so\s+)?(?:normal|"
    r"nothing|poison|fine|contagious|catching|what)|"
    r"(?:isn'?t|aren'?t|is\s+not|are\s+not|not)\s+(?:an?\s+)?(?:emergency|emergencies|serious|"
    r"a\s+big\s+deal|worth))\b"
)
# Assertion words that also say what a person does ("he won't eat", "my husband works
# nights", "she made a card"): with a person as their subject
# (``_PERSON_SUBJECT``) they describe someone and claim nothing of a remedy. The words of cure
# and cause ("I cured it with juice", "she beat it naturally") and of dismissal ("he's fine on
# the honey alone") stay claims whoever their subject is.
_DOINGS = re.compile(r"eats?|works?(?:\s+better)?|worked|makes?|made")
# "Clear" after a copula or an intensifier is an adjective ("the scan was clear", "she's so
# clear in her mind"): a description, not the verb of a cure ("honey cleared it").
_CLEAR_ADJECTIVE = re.compile(
    r"(?:\b(?:is|was|are|were|be|been|looks?|seems?|so|very|really|pretty|all|totally|completely)|"
    r"'s|'re)\s+$"
)
_PEOPLE = (
    r"i|he|she|we|they|you|u|(?:my|our|his|her|their|your|ur)\s+(?:(?:little|youngest|oldest|"
    r"eldest|middle|baby)\s+)?(?:son|daughter|boy|girl|kid|kids|child|children|baby|twins?|husband|"
    r"wife|partner|mum|mom|mam|mother|dad|father|brother|sister|grandma|granny|nan|grandad|grandpa|"
    r"friend|little\s+one|lo|dh|dd|ds)"
)
_SUBJECT_AUX = (
    r"won'?t|wont|will|would|wouldn'?t|can'?t|cant|cannot|could|couldn'?t|does|doesn'?t|did|"
    r"didn'?t|do|don'?t|is|isn'?t|was|wasn'?t|has|had|have|just|really|finally|still|never|always|"
    r"barely|hardly|only|also|even|not|so|too|actually|usually|now|already|ever|then"
)
# A person just before the words, with at most three auxiliaries or adverbs between.
_PERSON_SUBJECT = re.compile(
    rf"\b(?:{_PEOPLE})(?:'(?:s|re|m|ve|ll|d))?(?:\s+(?:{_SUBJECT_AUX})){{0,3}}\s*$"
)
TOPIC = re.compile(
    r"\b(?:chemo\w*|treatment|protocol|radiation|radiotherapy|surgery|transplant|cancer|mouthwash\w*|"
    r"sachets|injections?|thinner|"
    r"tumou?rs?|leuk(?:a)?emia|lymphoma|blasts|fevers?|temp(?:erature)?s?|port|line|picc|hickman|"
    r"er|a&e|hospital|emergency|oncolog\w*|vaccin\w*|shots?|jabs?|immuni\w*|sugar|glucose|carbs?|"
    r"carbohydrates?|fruit|diet|fasting|keto\w*|alkaline|acidic|meds|medicines?|medications?|"
    r"antibiotics|antivirals?|antifungals?|steroids|laxatives?|pills|tablets?|drugs?|anti-\w+|pharmac\w*|"
    r"painkillers?|pain\s+relief|cure[sd]?|remed\w*|herb\w*|oils?|"
    r"vitamin\w*|seeds|tea|detox\w*|nosebleeds?|bleeding|bleeds?|blood|bruis\w*|counts|"
    r"neutropeni\w*|immune|homeopath\w*|supplements?|tylenol|paracetamol|calpol|ibuprofen|"
    r"anti-nausea|nausea|anti\w+|prescri\w*|doses?|infections?|biops\w*|contagious|"
    r"deodorants?|antiperspirants?|phones?|injections?|neuts|neutrophils?|platelets|white\s+(?:cells?|"
    r"counts?)|maintenance|induction|consolidation|intensification|petechiae|gums|3[89](?:\.\d)?)\b"
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


# The words that give each catalogue kind its dangerous direction, by class of cue. MiniLM
# hardly encodes negation ("no need to go to the ER" and "go to the ER" are neighbours), so
# the direction of a sentence is read from its words: a kind whose danger is *not doing*
# something (stop treatment, skip the ER, skip vaccines, drop a medicine) needs a removal,
# negation, dismissal or substitution cue; a kind whose danger is a false claim of cure or
# cause needs an efficacy or causal cue.
_REMOVAL = (
    r"stop\w*(?!\s+(?:working|tolerating|responding|helping))|quit\w*|skip\w*|delay\w*|refus\w*|cancel\w*|ditch\w*|drop\w*|throw\w*|bin|"
    r"pull\w*\s+(?:\w+\s+){0,2}(?:out|off)|take\s+(?:\w+\s+){0,2}off|off\s+(?:the\s+)?(?:chemo|"
    r"treatment|meds|radiation)|come\s+off|no\s+more|g[ai]ve\s+up|giving\s+up|hold\w*\s+off|put\w*\s+off|postpon\w*|"
    r"walk\w*\s+away|said\s+no|saying\s+no|no\s+to|never\s+(?:gave|give|used|took)|didn'?t\s+"
    r"(?:give|use|take)|(?:wouldn'?t|wouldnt|don'?t|dont|won'?t|not)\s+bother|"
    r"wait\s+on|cut\w*|take\s+(?:\w+\s+){0,4}out|keep\s+(?:\w+\s+){0,4}out|say\s+no|put\s+away|avoid\w*|keep\s+(?:\w+\s+){0,2}away|away\s+from"
)
_NEGATION = (
    r"not|no|never|don'?t|dont|doesn'?t|isn'?t|aren'?t|shouldn'?t|won'?t|without|nothing|"
    r"no\s+need"
)
# "No fevers this week" says a sign is absent, not that care can be skipped; "don't panic"
# calms the parent, it does not turn them away from care (the NCI and ACS advice for a fever
# is "don't panic, call the team").
_CALM = r"panic\w*|freak\w*|stress\w*|be\s+(?:scared|afraid|alarmed|frightened)"
_NEGATION_OF_CARE = (
    _NEGATION.replace(
        "|no|",
        r"|no(?!\s+(?:more\s+)?(?:fevers?|temps?|temperatures?|bleed\w*|bruis\w*|redness|swelling|"
        r"signs?|infections?|problems?|issues?|spots|need\s+to\s+(?:" + _CALM + r")\b))|",
    )
    .replace(r"don'?t|dont|", r"(?:don'?t|dont)(?!\s+(?:" + _CALM + r")\b)|")
    .replace(r"no\s+need", r"no\s+need(?!\s+to\s+(?:" + _CALM + r")\b)")
)
_DISMISSAL = (
    r"normal|fine|nothing|overreact\w*|wast\w*|worth|calm\w*\s+down|settle\w*|on\s+its\s+own|"
    r"by\s+itself|wait\w*|ride\s+it\s+out|tough\s+it\s+out|sleep\s+it\s+off|(?:at\s+)?home|"
    r"bother|ignor\w*|leave\s+it|just\s+the\s+body|see\s+how|last\s+resort|handle\w*"
)
_SUBSTITUTE = (
    r"instead|rather\s+than|in\s+place\s+of|replac\w*|swap\w*|switch\w*|same\s+(?:job|thing|ground)|just\s+as\s+(?:well|"
    r"good)|as\s+good\s+as|better\s+than|works?\s+better|all\s+(?:you|u)\s+need|gentler|"
    r"chemicals?|poison\w*|natural\w*"
)
_EFFICACY = (
    r"cur\w*|heal\w*|shr[iau]nk\w*|kill\w*|dissolv\w*|revers\w*|disappear\w*|beat\w*|clear\w*|"
    r"wip\w*\s+out|got\s+rid|get\s+rid|sort\w*\s+out|fix\w*|work\w*|draws?\s+(?:\w+\s+){0,3}out|"
    r"cancer\s+free|remission|go(?:es)?\s+away|gone|die\w*|melt\w*|stops|halts|prevents"
)
_CAUSE = (
    r"caus\w*|gave|give[sn]?|trigger\w*|mak\w*|made|feed\w*|fuel\w*|grow\w*|spread\w*|catch\w*|"
    r"contagious|infect\w*|surviv\w*|liv\w*\s+(?:on|in)|runs?\s+on|eat\w*|starv\w*|dies|die|"
    r"releas\w*|(?:got|get|gets|catch|caught)\s+(?:\w+\s+){0,2}from|speeds?\s+up|accelerat\w*|"
    r"pass\w*\s+(?:\w+\s+)?(?:from|to|on)|spread\w*\s+to|give\s+it\s+to"
)
# Sound advice for an emergency (NCI and ACS: call the team or go in right away) reverses the
# kind, unless it is itself negated or replaced ("no need to ring the ward", "instead of
# calling the team").
_URGENT = re.compile(
    r"\b(?:right\s+away|straight\s+away|straight\s+(?:in|to)|immediately|at\s+once|asap|"
    r"don'?t\s+wait|do\s+not\s+wait|no\s+waiting|always\s+(?:call|ring|phone|go\s+in)|"
    r"(?:go|come|take\s+(?:him|her|them))\s+in\s+every\s+(?:single\s+)?time|"
    r"(?:call|ring|phone|calling|ringing|phoning|(?:a\s+)?(?:call|phone\s+call)\s+to)\s+(?:the|your)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:team|oncolog\w*|ward|nurse|"
    r"doctor|hospital|line|on-?call|hotline|day\s+unit)|"
    r"go\s+(?:to\s+)?(?:the\s+)?(?:er|a&e|hospital)\s+(?:now|right|straight|immediately)|"
    # the team's number named in the sentence before, called first: "put the oncology number
    # in your phone ... ring them first before A&E"
    r"(?:call|ring|phone)\s+(?:them|that\s+number|the\s+(?:[\w-]+\s+){0,2}?number)\s+(?:first|"
    r"straight\s+away|right\s+away|immediately|asap|now|day\s+or\s+night|any\s+time))\b|"
    # the imperative itself, at the start of a sentence: "Go to A&E and tell them ..."
    r"^\s*(?:(?:please|just)\s+){0,2}(?:go|get|take\s+(?:him|her|them))\s+(?:to\s+|in\s+to\s+)?(?:the\s+)?"
    r"(?:er|a&e|emergency\s+(?:room|department)|hospital)\b"
)
_URGENT_UNDONE = re.compile(
    r"\b(?:no\s+need\s+(?:to|for)|(?:don'?t|dont|do\s+not|never|not|without|instead\s+of|rather\s+"
    r"than|no\s+point(?:\s+in)?|skip|avoid)(?:\s+\w+){0,2}|"
    # the call put off, not made: "wait before calling the hospital", "hold off on ringing"
    r"wait(?:\s+\w+){0,2}\s+(?:before|until|till|to)|hold\s+off(?:\s+on)?|put\s+off|delay\w*|no\s+rush\s+"
    r"(?:to|in|on))\s*$"
)


def _cues(*classes: str, about: str = "", unless: str = "", names: str = "") -> re.Pattern[str]:
    """Any of the cue classes; with ``about``, only in a sentence that also names the agent
    the myth blames (cancer spreading is a fact; surgery spreading it is the myth), and with
    ``names`` also those words (what the kind is about); with ``unless``, never in a sentence
    that has those words."""
    need = r"(?=.*\b(?:" + about + r")\b)" if about else ""
    need += r"(?=.*\b(?:" + names + r")\b)" if names else ""
    veto = r"(?!.*\b(?:" + unless + r")\b)" if unless else ""
    return re.compile(r"\A" + veto + need + r".*?\b(?:" + "|".join(classes) + r")\b")


# Treatment completed as planned (the last dose, ringing the bell, scans clear at the end): "no
# more chemo" then is good news, not a claim that treatment can be stopped.
_COMPLETED = (
    r"finish\w*|complet\w*|end\s+of\s+(?:treatment|chemo|therapy)|last\s+(?:dose|chemo|round|"
    r"block|cycle)\s+(?:done|today|was)|r[ai]ng\s+the\s+bell|ringing\s+the\s+bell|all\s+clear|ned|"
    r"remission\s+since|off\s+treatment\s+(?:since|for)"
)


# Another form of the same medicine ("the liquid version", "dissolvable tablets"): a swap
# the pharmacy makes, not a remedy in place of the medicine.
_SAME_MEDICINE = (
    r"(?:liquid|tablet|syrup|generic|chewable|dissolvable|soluble|capsule|iv|oral)\s+(?:version|form|"
    r"ones?|instead)|(?:version|form|brand)\s+of\s+(?:the|his|her)|"
    # a remedy used alongside the medicine, not in its place
    r"not\s+instead|in\s+addition\s+to|alongside|on\s+top\s+of|together\s+with"
)


# The kind is about treatment: a sentence that names none ("no more appointments and no one
# is watching the cancer", after treatment ended) tells no one to stop it.
_TREATMENT = (
    r"chemo\w*|treatment|protocol|radiation|radiotherapy|block|maintenance|transplant|surgery"
)
_TREATMENT_NAMED = (
    _TREATMENT + r"|operation|cycles?|rounds?|meds|medicines?|medications?|drugs|pills|tablets|"
    r"therap\w*|infusions?|doses?|radio|rads|consolidation|induction|intensification|"
    r"antibiotics?|hormone\w*|tamoxifen|letrozole|anastrozole|exemestane|herceptin|"
    r"immunotherapy|oncolog\w*|doctors?|hospital"
)
# The kind credits a remedy: a sentence that names none ("the chemo killed the whole tumour")
# credits the treatment.
_REMEDY_NAMED = (
    r"natural\w*|nature|herb\w*|oils?|juic\w*|seeds?|kernels?|vitamin\w*|teas?|diet\w*|detox\w*|"
    r"cannabis|cbd|thc|hemp|rso|turmeric|curcumin|frankincense|apricot\w*|laetrile|b17|homeopath\w*|"
    r"supplements?|mushroom\w*|fast\w*|keto\w*|alkaline|baking\s+soda|bicarb\w*|enemas?|gerson|"
    r"soursop|graviola|mistletoe|ivermectin|fenbendazole|mebendazole|garlic|ginger|honey|remed\w*|"
    r"extracts?|plants?|pray\w*|colloidal|silver|peroxide|ozone|raw|vegan|sugar|fruit|veg\w*|"
    r"foods?|eat\w*|tonic|powders?|tinctures?|essential|enzymes?|superfoods?|organic|cure\s+for|"
    r"drug\s+companies|big\s+pharma|holistic|clinic\s+in|mexico|tijuana|water|breath\w*|"
    r"meditat\w*|mindset|positive|belie\w*|faith|god|bitter|leaves|roots?|berr\w*|spices?"
)
DIRECTION: dict[str, re.Pattern[str]] = {
    "stop or delay treatment": _cues(
        _REMOVAL,
        r"don'?t\s+need|doesn'?t\s+need|no\s+need",
        _SUBSTITUTE,
        r"more\s+harm",
        r"on\s+its\s+own|heal\s+itself|immune\s+system",
        unless=_COMPLETED,
        names=_TREATMENT_NAMED,
    ),
    "natural cure": _cues(_EFFICACY, _SUBSTITUTE, r"wiped\s+out", names=_REMEDY_NAMED),
    "vaccines during treatment": _cues(
        _CAUSE,
        _NEGATION,
        _REMOVAL,
        r"dangerous|relapse|naturally|make\w*\s+(?:\w+\s+){0,2}come\s+back",
        about=r"chemo\w*|treatment|transplant|cancer|leuk\w*|relapse|tumou?r|immun\w*|counts|kids?|"
        r"child\w*|son|daughter|bab(?:y|ies)|sibling\w*|brothers?|sisters?",
        names=r"vaccin\w*|jabs?|shots?|boosters?|immunis\w*|immuniz\w*|mmr|inoculat\w*",
    ),
    "skip emergency care": _cues(_NEGATION_OF_CARE, _DISMISSAL, _SUBSTITUTE, _REMOVAL),
    "starve the tumour": _cues(
        _CAUSE,
        _REMOVAL,
        _EFFICACY,
        r"no|zero|free|without|food",
        about=r"sugars?|sweet\w*|carb\w*|glucose|fruit|juice|diet\w*|fast\w*|keto\w*|foods?|eat\w*|"
        r"meals?|bread|pasta|rice|starv\w*",
    ),
    "home remedy instead of medicine": _cues(
        _SUBSTITUTE,
        _REMOVAL,
        r"don'?t\s+give|no\s+need",
        unless=_SAME_MEDICINE,
    ),
    "cancer is contagious": _cues(
        _CAUSE,
        _REMOVAL,
        about=r"catch\w*|caught|contagious|infectious|give\s+it\s+to|pass\w*|apart|away\s+from|"
        r"touch\w*|hug\w*|kiss\w*|shar\w*|from\s+(?:\w+\s+){0,3}(?:kids?|child|person|people|"
        r"another|boy|girl|friend|patient|someone)",
    ),
    # The procedure, not the person who does it: "my surgeon did a little fist pump" names no
    # surgery ("surgeons spread it when they cut" still names the cutting).
    "surgery or biopsy spreads cancer": _cues(
        _CAUSE,
        _REMOVAL,
        _NEGATION,
        about=r"surg(?!eons?\b)\w*|biops\w*|operat\w*|cut\w*\s+into|needle|air",
    ),
    "everyday products cause cancer": _cues(
        _CAUSE, _REMOVAL, about=r"deodorants?|antiperspirants?|phones?|mobiles?|wi-?fi|microwaves?"
    ),
    "alkaline diet": _cues(_CAUSE, _EFFICACY, _SUBSTITUTE, about=r"alkalin\w*|acid\w*|ph"),
}


# The claim spelled out in words, beyond the kind's direction: an emergency sign *and* care
# avoided; a prescribed medicine *and* its removal, with something given in its place;
# treatment *and* its removal, for a reason the myth pages correct. A told sentence that
# spells its claim out needs less similarity (``matcher.EXPLICIT_BONUS``); the similarity is
# still what tells the claim from a report of care.
_SIGN = (
    r"fever\w*|temp\w*|3[89](?:\.\d)?|neutropeni\w*|neuts|counts?|red|hot|swollen|puff\w*|angry|"
    r"pus|port|line|picc|hickman|bleed\w*|nosebleeds?|bruis\w*|petechiae|spots|blood"
)
_CARE_AVOIDED = (
    r"(?:no\s+need\s+(?:to|for)|don'?t|dont|didn'?t|didnt|not|never|instead\s+of|rather\s+than|"
    r"skip\w*|avoid\w*|without)\s+(?:\w+\s+){0,2}(?:go\w*\s+in|go\w*\s+to|call\w*|ring\w*|phon\w*|"
    r"tell\w*|bother\w*|rush\w*|er|a&e|hospital|ward|team|oncolog\w*|doctor|nurse|blood\s+tests?|"
    r"bloods)|(?:at|stay\w*|kept|keep\w*)\s+(?:\w+\s+)?home|wait\w*\s+(?:it\s+out|till|until|and\s+"
    r"see)|sleep\w*\s+it\s+off|ride\w*\s+it\s+out|see\s+how\s+(?:she|he|it|they)|(?:treat\w*|"
    r"handl\w*|manag\w*|deal\w*)\s+(?:\w+\s+){0,3}(?:at\s+home|ourselves|yourself)"
)
_MEDICINE = (
    r"(?:anti-sickness|steroid|pain|fever|laxative|antiviral|antifungal|stomach\s+acid|anti-diarrhoea|"
    r"anxiety\s+or\s+sleep)\s+medic\w*|growth\s+factor\s+injections?|blood\s+thinner\s+"
    r"injections?|(?:prescribed\s+)?mouthwash\w*|antibiotics?|chemotherapy|medicines?|meds|"
    r"medication|tablets|pills|prescri\w*|painkillers?|steroids?|injections?|shots|sachets"
)
_REMOVED = (
    r"(?<!\bshe\s)(?<!\bhe\s)(?<!\bthey\s)refus\w*|stop\w*|skip\w*|quit|ditch\w*|drop\w*|bin|"
    r"throw\w*|never\s+g[ai]ve|don'?t\s+give|"
    r"dont\s+give|no\s+need\s+for|swap\w*|replac\w*|instead\s+of|rather\s+than|said\s+no\s+to|"
    r"no\s+to|(?:wouldn'?t|wouldnt|don'?t|dont)\s+bother\s+with|g[ai]ve\s+up|put\s+away|forget"
)
_GIVEN_INSTEAD = (
    _SUBSTITUTE + r"|use[ds]?|gave|give|try|tried|do|did|rub|just|better|does\s+the\s+job"
)
_WHY_STOP = (
    r"natural\w*|instead|diet|detox\w*|juic\w*|body|immune|poison\w*|toxic|harm|kill\w*|"
    r"the\s+same|too|should"
)
EXPLICIT: dict[str, re.Pattern[str]] = {
    "skip emergency care": re.compile(
        r"\A(?=.*\b(?:" + _SIGN + r")\b).*\b(?:" + _CARE_AVOIDED + r")\b"
    ),
    "home remedy instead of medicine": re.compile(
        r"\A(?=.*\b(?:" + _GIVEN_INSTEAD + r")\b).*\b(?:" + _REMOVED + r")\s+(?:\w+\s+){0,4}?"
        r"(?:" + _MEDICINE + r")\b"
    ),
    "stop or delay treatment": re.compile(
        r"\A(?!.*\b(?:" + _COMPLETED + r")\b)(?=.*\b(?:" + _WHY_STOP + r")\b).*\b(?:" + _REMOVAL
        + r")\s+(?:\w+\s+){0,3}?(?:" + _TREATMENT + r")\b"
    ),
}  # fmt: skip


def urgent(sentence: str) -> bool:
    """Sound emergency advice ("go in right away"): never a claim to skip emergency care."""
    return any(
        not _URGENT_UNDONE.search(sentence[max(0, m.start() - 40) : m.start()])
        for m in _URGENT.finditer(sentence)
    )


# A cautionary tale: the author tried what a claim says, it went wrong, and they went back to
# the care team's way and warn others ("learned the hard way", "back on the Septrin", "just
# use what they prescribe"). The claim is told as a mistake, not as advice.
_CAUTIONARY = re.compile(
    r"\b(?:learn(?:ed|t)\s+(?:the\s+hard\s+way|my\s+lesson)|(?:don'?t|do\s+not|dont|never)\s+"
    r"(?:do|make)\s+(?:what\s+i\s+did|the\s+same\s+mistake|my\s+mistake)|begging\s+(?:you|u)\s+not|"
    r"(?:back|went\s+back|put\s+(?:him|her|them)\s+back)\s+on\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"[\w-]+|(?:was|were|are|is)\s+(?:\w+\s+)?back\s+on|\w+\s+back\s+on\s+and|restart\w*|"
    r"just\s+(?:use|give|stick\s+to|take)\s+what\s+(?:they|the\s+team|your\s+team|the\s+doctors?)\s+"
    r"(?:prescribe|gave|give|say)|the\s+team\s+(?:was|were)\s+right|i\s+regret|biggest\s+mistake|"
    r"feel\s+sick\s+thinking|ended\s+up\s+(?:in\s+(?:a&e|the\s+er|er|hospital|resus|picu|icu)|being\s+"
    r"admitted|admitted|blue[\s-]?light\w*))\b|"
    # a warning against leaving care undone: "if you skip the checks you'll regret it"
    r"\bif\s+(?:you|u)\s+(?:skip|miss|ignore|don'?t|dont|do\s+not|wait|delay|put\s+off)\b[^.!?]{0,60}?"
    r"\b(?:you|u)\s*(?:'ll|will|ll)\s+(?:regret\s+it|be\s+sorry)\b"
)


def cautionary(norm: Normalized) -> bool:
    """Whether the message tells a claim as a mistake the author regrets, or warns the reader
    against leaving care undone (``_CAUTIONARY``)."""
    return bool(_CAUTIONARY.search(norm.text))


def sound_urgent_advice(norm: Normalized) -> bool:
    """Whether some sentence of the message gives the sound urgent advice (``urgent``): then
    the message does not tell anyone to skip emergency care, whatever another sentence
    concedes ("I know it feels like overreacting ... ring the 24-hour line, every time").
    The misinformation rule, the claims stage and the member-abuse stage each ask it of the
    same message, so the answer is kept per text (``_sound_urgent``)."""
    return _sound_urgent(norm.text)


@lru_cache(maxsize=1024)
def _sound_urgent(text: str) -> bool:
    return any(urgent(s) for _, _, s in _sentences_of(_blank_urls(text)))


def sentences(norm: Normalized) -> list[tuple[int, int, str]]:
    """(start, end, text) of each sentence of the normalised text, web addresses blanked."""
    return _sentences_of(_blank_urls(norm.text))


def sentence_count(text: str) -> int:
    """How many sentences a normalised text has (as ``sentences`` splits it)."""
    return len(_sentences_of(_blank_urls(text)))


def _blank_urls(text: str) -> str:
    return _URL.sub(lambda m: " " * len(m.group()), text)


def _sentences_of(blanked: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), m.group()) for m in _SENTENCE.finditer(blanked) if m.group().strip()
    ]


def kept_sentences(
    norms: Sequence[Normalized], keep: Callable[[str], bool], pairs_upto: int = 0
) -> tuple[list[tuple[int, int, int]], list[str]]:
    """(message index, start, end) and stripped text of every sentence ``keep`` accepts, in
    a batch of normalised texts: what a by-meaning matcher embeds. The span starts at the
    sentence's first word, so a reason quotes it cleanly.

    ``pairs_upto``: in a message of at most that many sentences, each two neighbouring
    sentences are also read as one when ``keep`` accepts them together: a short message often
    tells a sign across two ("got hold of a gun this week. my husband doesn't know.")."""
    spans: list[tuple[int, int, int]] = []
    texts: list[str] = []
    for i, norm in enumerate(norms):
        text = _blank_urls(norm.text)
        found = _sentences_of(text)
        units = [(start, end) for start, end, _ in found]
        if 1 < len(found) <= pairs_upto:
            units += [(a[0], b[1]) for a, b in pairwise(found)]
        for start, end in units:
            unit = text[start:end]
            if keep(unit):
                lead = len(unit) - len(unit.lstrip())
                spans.append((i, start + lead, end))
                texts.append(unit.strip())
    return spans, texts


# Clause bounds inside a sentence: punctuation, a dash, "but", "because". A long sentence
# buries its advice among clauses that dilute its embedding ("round 4 done, the ward was
# lovely, bin the anti-sickness meds, peppermint oil does the job, ...").
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:()]|\s[-–]\s|\.{2,}|\bbut\b|\bbecause\b|\bcos\b)\s*")
_WINDOW_CLAUSES = 2
_WINDOW_MIN_WORDS = 4


def windows(sentence: str) -> list[str]:
    """Runs of up to two neighbouring clauses of a sentence of three or more clauses, each of
    at least four words: the sentence is embedded whole, and so is each run, so that advice
    told in two clauses of a long sentence is compared on its own."""
    parts = [p for p in _CLAUSE_BREAK.split(sentence) if p.strip()]
    if len(parts) < 3:
        return []
    bounds: list[tuple[int, int]] = []
    pos = 0
    for part in parts:
        start = sentence.index(part, pos)
        pos = start + len(part)
        bounds.append((start, pos))
    out: list[str] = []
    for i in range(len(bounds)):
        for j in range(i, min(i + _WINDOW_CLAUSES, len(bounds))):
            text = sentence[bounds[i][0] : bounds[j][1]].strip()
            if len(text.split()) >= _WINDOW_MIN_WORDS and text not in out:
                out.append(text)
    return out


# Advice framed as the author's own experience ("we skipped the ER and gave a bath instead,
# worked great, you should too") is advice all the same: with an endorsement cue, the
# first-person past verbs are read as the imperatives the catalogue phrasings use.
_ENDORSED = re.compile(
    r"\b(?:do\s+(?:what|as)\s+(?:we|i)\s+did|do\s+the\s+same|(?:you|u)\s+(?:should|can|could)\s+(?:\w+\s+)?too|(?:would|highly|i)\s+"
    r"recommend|recommend\s+it|try\s+it|do\s+it|worked\s+(?:great|fine|a\s+treat|wonders)|best\s+"
    r"(?:decision|thing)|everyone\s+should|(?:would|i'?d)\s+do\s+it\s+again|(?:you|u)\s+should\s+"
    r"(?:\w+\s+){0,3}(?:same|too))\b"
)
_PAST_TO_IMPERATIVE = {
    "stopped": "stop", "quit": "quit", "skipped": "skip", "refused": "refuse",
    "cancelled": "cancel", "canceled": "cancel", "ditched": "ditch", "dropped": "drop",
    "used": "use", "gave": "give", "did": "do", "treated": "treat", "kept": "keep",
    "waited": "wait", "ignored": "ignore", "swapped": "swap", "switched": "switch",
    "replaced": "replace", "walked": "walk", "went": "go", "stayed": "stay", "tried": "try",
    "pulled": "pull", "threw": "throw", "put": "put", "said": "say", "fed": "feed",
    "never gave": "never give", "didn't give": "don't give", "didnt give": "don't give",
    "didn't go": "don't go", "didnt go": "don't go", "didn't call": "don't call",
    "didnt call": "don't call", "didn't bother": "don't bother", "didnt bother": "don't bother",
    "never went": "never go", "never called": "never call", "never rang": "never ring",
    "never took": "never take", "never bothered": "never bother",
}  # fmt: skip
_FIRST_PERSON_PAST = re.compile(
    r"\b(?:we|i)\s+(?:just\s+|then\s+|simply\s+|also\s+)?("
    + "|".join(sorted(map(re.escape, _PAST_TO_IMPERATIVE), key=len, reverse=True))
    + r")\b"
)


# The endorsement told as a frame before what was done: "Do what we did: we skipped ...".
_FOLLOW_US = re.compile(r"^\s*do\s+(?:what|as)\s+(?:we|i)\s+did\s*[:,;-]?\s*")
_AND_PAST = re.compile(
    r"\b(?:and|then)\s+(?:just\s+|then\s+)?("
    + "|".join(sorted(map(re.escape, _PAST_TO_IMPERATIVE), key=len, reverse=True))
    + r")\b"
)


def as_advice(sentence: str) -> str | None:
    """The sentence with its first-person past verbs (and those joined to them by "and" or
    "then") as imperatives, when it endorses what the author did to others; else None."""
    if not _ENDORSED.search(sentence) or not _FIRST_PERSON_PAST.search(sentence):
        return None
    sentence = _FOLLOW_US.sub("", sentence)  # "do what we did: we never went in" -> "never go in"
    text = _FIRST_PERSON_PAST.sub(lambda m: _PAST_TO_IMPERATIVE[m.group(1)], sentence)
    return _AND_PAST.sub(
        lambda m: m.group().replace(m.group(1), _PAST_TO_IMPERATIVE[m.group(1)]), text
    )


def topic_words(claims: Sequence[str]) -> re.Pattern[str] | None:
    """The content words of organizers' claims (5+ letters), as a topic of their own."""
    words = {w for c in claims for w in re.findall(r"[a-z][a-z'-]{4,}", c.lower())}
    words -= _COMMON
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b")


# A patient's own decision, scoped to themselves ("ginger works better for me", "my body, my
# choice", "I decided against reconstruction"): a choice told, not advice to anyone. Addressed
# to "you" or to others' children, in the advisory "I'd", or with a claim that it cured,
# shrank or caused something, it is advice or a testimonial again.
_OWN_SCOPE = re.compile(
    r"\b(?:for\s+me|for\s+my\s+(?:body|situation|case|type|cancer)|personally|my\s+(?:own\s+)?"
    r"(?:choice|decision|call|body)|i\s+(?:decided|chose|choose|opted|prefer\w*)|(?:right|best|"
    r"hardest)\s+(?:decision|choice)\s+for\s+(?:me|us))\b"
)
_ADDRESSED = re.compile(
    r"\b(?:you|your|u|ur|yall|y'all|everyone|anyone|people|kids|children|i'?d|id|i\s+would|"
    r"should|must|recommend\w*|suggest\w*)\b"
)
_CURE_CLAIM = re.compile(
    r"\b(?:cur\w*|heal\w*|shr[iau]nk\w*|cancer[\s-]+free|remission|disappear\w*|gone|kill\w*|"
    r"starv\w*|dissolv\w*|beat\w*|clear\w*|melt\w*|reversed?|caus\w*|trigger\w*|gave)\b"
)


def own_decision(sentence: str) -> bool:
    """A choice the author made for themselves, not addressed to others and claiming no cure."""
    return (
        bool(_OWN_SCOPE.search(sentence))
        and not _ADDRESSED.search(sentence)
        and not _CURE_CLAIM.search(sentence)
    )


def is_told(sentence: str, extra_topic: re.Pattern[str] | None = None) -> bool:
    """Advice or an assertion, on a health topic, that is neither a question nor a refutation,
    nor the author's own decision (``own_decision``)."""
    on_topic = TOPIC.search(sentence) or (extra_topic is not None and extra_topic.search(sentence))
    return (
        bool(on_topic)
        and not _QUESTION.search(sentence)
        and not _REFUTATION.search(sentence)
        and not _REPORTED.search(sentence)
        and not own_decision(sentence)
        and any(not _said_of_a_person(sentence, m) for m in _ADVICE.finditer(sentence))
    )


def _said_of_a_person(sentence: str, match: re.Match[str]) -> bool:
    """The advice-shape ``match`` is one of ``_DOINGS`` and its subject a person, or "clear"
    as an adjective: it tells what someone does or is, not what a remedy does."""
    word = match.group().strip()
    if word == "clear":
        return bool(_CLEAR_ADJECTIVE.search(sentence, 0, match.start()))
    return bool(_DOINGS.fullmatch(word)) and bool(
        _PERSON_SUBJECT.search(sentence, 0, match.start())
    )


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence(s) around ``text[start:end]``."""
    return text[sentence_start(text, start) : sentence_end(text, end) + 1]


# A short span in quotation marks: a claim named in scare quotes ("all the 'starve the cancer'
# stuff my cousin sends") is mentioned, not made. An apostrophe inside or at the end of a word
# ("don't", "the kids' toys") opens or closes nothing.
_QUOTED = re.compile(
    r"(?<!\w)['\"\u201c\u2018]([^'\"\u201c\u201d\u2018\u2019\n]{3,80})['\"\u201d\u2019](?!\w)"
)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each short quotation in ``text``, its marks included."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def unquoted(text: str) -> str:
    """``text`` with its short quotations blanked (same length): what the author says around
    them. A text that is all quotation ('"stop the chemo, juice instead"') is kept whole."""
    blanked = text
    for start, end in quoted_spans(text):
        blanked = blanked[:start] + " " * (end - start) + blanked[end:]
    return blanked if len(blanked.split()) >= _AROUND_QUOTE else text


_AROUND_QUOTE = 3


def in_quotation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a short quotation that its sentence names (words of
    the author's own around it, as ``unquoted`` reads them)."""
    s0 = sentence_start(text, start)
    sentence = text[s0 : sentence_end(text, end) + 1]
    inside = any(a <= start - s0 and end - s0 <= b for a, b in quoted_spans(sentence))
    return inside and unquoted(sentence) != sentence


def asked_or_refuted(sentence: str) -> bool:
    """Asked about, refuted, retold from someone else, or the author's own decision: not a
    claim the author makes to others."""
    return bool(
        _QUESTION.search(sentence)
        or _REFUTATION.search(sentence)
        or _REPORTED.search(sentence)
        or own_decision(sentence)
    )
