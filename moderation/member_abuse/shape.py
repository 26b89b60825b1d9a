"""Which sentences may be abuse aimed at a member: pure regex gates on normalised text.

Person-directed abuse is told to someone ("you", "ur", "people like you"), as an order to
leave or be silent ("get out", "shut up and go"), or as a taunt whose words mark it whatever
its person ("boo hoo", "sob story", "attention seeking"). Only such a sentence is worth
embedding; most chat is about the author or their child and never reaches the encoder. A
sentence that reports words received ("someone told me to get out") or passes a verdict on
them (``rules.abuse_types.counter_speech``) is not embedded either: the author is the one
abused, or the one condemning it; nor is one that denies blame ("you did nothing to cause
this") or a judgement ("you're not a bad mom"), which an encoder reads as near what it
denies, nor one that swears at the illness as "you" ("fuck you cancer").
"""

from __future__ import annotations

import re

from ..rules.abuse import illness_directed_spans, said_of_reader
from ..rules.abuse_types import counter_speech, quoted
from ..rules.base import alternation
from ..rules.lexicon import CONTEMPT_ADJECTIVES, INSULTS, PREDICATE_INSULTS
from ..rules.registers import MISSED_OR_ASKED_TO_STAY

_ADDRESSED = re.compile(
    r"\b(?:you|your|yours|yourself|you'?re|youre|you'?ll|you'?d|you'?ve|u|ur|ya|yall|y'all|"
    r"people\s+like\s+(?:you|u|her|him|them|that))\b"
)
# An order to leave or be quiet, at the start of a sentence, with no subject.
_ORDER = re.compile(
    r"^\s*(?:(?:just|pls|please|plz|now|so|then|ok|okay|kindly)\s+)*(?:get\s+(?:out|lost)|"
    r"go\s+(?:away|cry|whine)|leave|shut\s+up|piss\s+off|clear\s+off|take\s+the\s+hint|"
    r"stop\s+(?:posting|whining|crying)|kick\s+(?:her|him|them)\s+out|ban\s+(?:her|him|them))\b"
)
# Words that make a taunt whatever its grammatical person.
_TAUNT = re.compile(
    r"\b(?:boo\s*hoo|sob\s+(?:stor(?:y|ies)|posts?)|still\s+(?:crying|whining|going\s+on|moaning)\s+"
    r"(?:about|over|on)|attention\s+seek\w*|get\s+over\s+it|cry\s+me\s+a\s+river|"
    r"milk(?:s|ing|ed)?\s+(?:her|his|their)|play(?:s|ing)?\s+the\s+victim|pity\s+part(?:y|ies)|"
    r"here\s+we\s+go\s+again|crying\s+about\s+(?:her|his|their))\b"
)
# The author reporting what was said or written to them: "she told me to leave".
_RECEIVED = re.compile(
    r"\b(?:told|tells|telling|said\s+to|called|calls|messaged|texted|wrote\s+to|dm'?d|replied\s+to|"
    r"commented\s+(?:on|to)|accused)\s+(?:me|us|my\s+\w+)\b"
)
# Blame denied is reassurance, the commonest thing said to a parent who blames themselves: "you
# did nothing to cause this", "it's not your fault", "nobody blames you". An encoder reads it
# as near the blame it denies.
_NO_BLAME = re.compile(
    r"\b(?:(?:not|n'?t|nothing|never|no\s*one|nobody)\s+(?:[\w']+\s+){0,3}?(?:your\s+fault|to\s+"
    r"blame|caus\w*|blam\w*|responsible)|(?:nobody|no\s*one|nobody'?s|no\s*one'?s)\s+(?:blames?|"
    r"fault)|(?:did|caused|causes|does)\s+this,?\s+not\s+(?:you|u)\b)\b"
)
# Harm denied as deserved, the sympathy a parents' group says most ("nobody deserves this",
# "you didn't deserve any of this", "no parent deserves to watch their child suffer"): the
# negated form of the wish of harm ("you deserve to suffer"), which an encoder reads as near
# it. Only with a harm as the object: "you don't deserve your kids" or "that little boy" is
# derogation.
_NO_DESERT = re.compile(
    r"\b(?:(?:no\s*one|nobody|no\s+(?:\w+\s+)?(?:parent|mum|mom|dad|mother|father|child|kid|family|"
    r"human|person|baby|one)s?)\s+(?:\w+\s+)?deserves?|(?:you|u|she|he|they|(?:your|ur)\s+\w+)\s+"
    r"(?:did\s*n'?t|didnt|do\s*n'?t|dont|does\s*n'?t|doesnt|never|did\s+not|do\s+not|does\s+not)\s+"
    r"(?:\w+\s+)?deserved?)\s+(?:(?:any|one|a|an)\s+(?:\w+\s+)?of\s+)?(?:(?:this|that|these|those)"
    r"(?!\s+(?:\w+\s+)?(?:boy|girl|child|kid|kids|baby|son|daughter|family|husband|wife|man|woman|"
    r"people|children|support|group|help|love|kindness))|it|what|"
    r"to\s+(?:suffer|go\s+through|watch|lose|feel|hurt|be\s+(?:in\s+pain|sick|ill|treated|spoken|"
    r"alone))|cancer|pain|suffering|such|a\s+(?:diagnosis|relapse|day|week|year|night))\b"
)
# The register of support, in which "you" is the person comforted: the affirmation and
# reassurance strategies of emotional-support dialogue (ESConv, Liu et al. 2021). A message
# that says "we'll be here", "we worry when you don't post", "be kind to yourself" or "I'm
# scared for you" is telling someone to rest or to stay, or fearing for them (fear is the
# opposite of wishing harm), whatever else its words resemble; so is talking someone out of
# suicide ("don't kill yourself, the world needs people like you", "I want you to live").
_SUPPORT = re.compile(
    r"\b(?:if\s+(?:you|u)\s+need(?:\s+to)?|we'?(?:ll|\s+will)\s+(?:still\s+|always\s+)?be\s+here|"
    r"(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:always\s+|still\s+|right\s+)?here\s+(?:for|if|when|"
    r"whenever)|(?:we|i)\s+(?:worry|care)\s+(?:about|when|because|for)|(?:be\s+kind|be\s+gentle)\s+"
    r"(?:to|with)\s+yourself|look\s+after\s+yourself|take\s+care\s+of\s+yourself|nobody\s+will\s+"
    r"judge|no\s+judg(?:e)?ment|sending\s+(?:love|hugs|strength)|thinking\s+of\s+(?:you|u)|"
    r"you\s+deserve\s+(?:a\s+(?:break|rest|medal|hug)|some\s+(?:rest|sleep|peace|time)|better|the\s+"
    r"best|good\s+things)|(?:i'?m|i\s+am)\s+so\s+sorry|(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:so\s+|really\s+|"
    r"just\s+)?(?:scared|afraid|worried|frightened|terrified)\s+(?:for|that|about|your|you|u|ur)|"
    # affirmation and affection (ESConv's affirmation strategy): "so proud of you", "we love
    # you", "stay strong", "you've got this", "you're doing amazing"
    r"proud\s+of\s+(?:you|u)|(?:we|i)\s+(?:all\s+)?love\s+(?:you|u)\b(?!\s+(?:to|but))|"
    r"stay\s+strong|(?:you'?ve|you\s+have|youve|u'?ve)\s+got\s+this|"
    r"(?:you'?re|youre|you\s+are|ur)\s+(?:doing\s+)?(?:so\s+|really\s+|such\s+)?(?:an?\s+)?"
    r"(?:amazing|incredible|wonderful|brilliant)\b(?!\s+at\s+(?:failing|being))|"
    # reassurance (ESConv's strategy): "don't panic", "try not to worry", "no need to stress"
    # said on its own, not "don't worry about ..." (abuse says that too)
    r"(?:(?:don'?t|do\s+not|dont|try\s+not\s+to)\s+(?:panic|worry|stress|freak\s+out)(?:\s+(?:too|so)\s+"
    r"much)?|no\s+need\s+to\s+(?:panic|worry|stress))(?=\s*(?:[,.!]|$))|"
    # standing with the reader (Cutrona and Suhr's network and esteem support, solidarity):
    # "we've got your back", "a whole army of parents behind you", "you're not alone", "you
    # did nothing wrong", "nobody gets to talk to you like that", "I won't let them"
    r"(?:got|have)\s+(?:your|ur)\s+back|(?:we'?re|we\s+are|we|all|everyone|everybody|army|village|"
    r"team|lot|i'?ll\s+be|i\s+will\s+be|i'?m|i\s+am)\s+(?:\w+\s+){0,5}?(?:behind|beside)\s+(?:you|u)\b|"
    r"by\s+(?:your|ur)\s+side|in\s+(?:your|ur)\s+corner|(?:you'?re|youre|you\s+are|ur|u\s+r)\s+not\s+"
    r"alone|(?:you|u)\s+(?:don'?t|dont|do\s+not)\s+have\s+to\s+(?:\w+\s+){1,6}?alone|"
    r"(?:you|u)\s+(?:did|have\s+done|'?ve\s+done)\s+nothing\s+wrong|(?:it'?s|"
    r"its|it\s+is)\s+not\s+(?:your|ur)\s+fault|(?:nobody|no\s*one)\s+gets\s+to\s+(?:talk|speak)\s+to\s+"
    r"(?:you|u)\s+like\s+that|(?:i|we)\s+(?:won'?t|will\s+not|wont)\s+let\s+(?:them|anyone|anybody|"
    r"him|her)\b(?!\s+(?:near|see|touch)\s+(?:my|our))|"
    # talking someone out of suicide: reasons for living, "don't", "we'd miss you"
    r"(?:don'?t|do\s+not|please\s+don'?t|dont|never)\s+(?:\w+\s+)?(?:kill|hurt|harm|end)\s+(?:yourself|"
    r"your\s+life)|(?:no\s*one|nobody)\s+(?:here\s+)?wants\s+(?:you|u)\s+to\s+(?:die|kill|hurt|harm|end|go)|"
    r"please\s+(?:stay|hold\s+on|don'?t\s+go)|\b988\b|lifeline|samaritans|crisis\s+(?:line|text)|"
    r"(?:i|we)\s+want\s+(?:you|u)\s+to\s+(?:live|stay|be\s+here|be\s+safe)|needs?\s+(?:people\s+like\s+)?"
    r"(?:you|u)\b|(?:we|i|people|every\s*(?:one|body)|they|some\s*(?:one|body)|the\s+\w+|(?:your|ur)\s+\w+)"
    r"\s+(?:\w+\s+)?(?:would|will|do|does)\s+care\s+if\s+(?:you|u)|(?:nobody|no\s*one)\s+(?:will|would)\s+be\s+"
    rf"better\s+off|{MISSED_OR_ASKED_TO_STAY}|"
    # urging help-seeking, as a recovery story ends ("if you're where I was, please tell
    # someone") and as peer supporters are taught to ("reach out to someone you trust")
    r"(?:please|pls|plz)\s+(?:(?:do|just)\s+)?(?:tell|talk\s+to|reach\s+out\s+to|call|ring|message|"
    r"text)\s+"
    r"(?:someone|somebody|anyone|a\s+(?:friend|doctor|gp|professional|nurse)|your\s+(?:gp|doctor|"
    r"team|nurse|therapist))|reach\s+out\s+(?:to\s+(?:someone|somebody|anyone)|for\s+help)|"
    r"(?:(?:please|pls|plz)\s+)?(?:ask|get)\s+(?:for\s+)?(?:some\s+)?help\s+(?:if|when|before|now|"
    r"today))\b"
)
# A judgement of "you" denied, HateCheck's negated hateful statement told to a person: "you're
# not a bad mom", "you are not failing him", "you aren't alone in this". A negated *positive*
# word ("you're not a real parent", "you're not welcome") is not matched: that is derogation.
_JUDGEMENTS = alternation(
    (*INSULTS, *CONTEMPT_ADJECTIVES, *PREDICATE_INSULTS, "bad", "terrible", "awful", "horrible",
     "failure", "failing", "alone", "weak", "crazy", "overreacting", "burden", "monster",
     "selfish", "too much", "annoying", "dramatic", "whining", "complaining", "to blame")
)  # fmt: skip
_DENIED_JUDGEMENT = re.compile(
    r"\b(?:you'?re|youre|you\s+are|ur|u\s+r|you\s+were|you'?ve\s+been)\s+(?:not|never|n'?t)\s+"
    rf"(?:(?:being|a|an|the|one|just|at\s+all|so|that|such\s+a|some)\s+)*(?:{_JUDGEMENTS})\b|"
    r"\b(?:you\s+)?(?:aren'?t|arent|weren'?t|werent)\s+"
    rf"(?:(?:being|a|an|the|one|just|at\s+all|so|that|such\s+a|some)\s+)*(?:{_JUDGEMENTS})\b"
)
# Everyday phrases that share a threat's or an insult's words: "watch your back when you lift
# her", "I know where you're coming from", "you'll regret not taking photos", "you're killing
# it". An encoder reads them as near the threat.
_EVERYDAY = re.compile(
    r"\bwatch\s+(?:your|ur)\s+back\s+(?:when|while|if|as|lifting|carrying)\b|\bknow\s+where\s+"
    r"(?:you'?re|you\s+are|ur|u\s+r)\s+coming\s+from\b|\b(?:you|u)'?(?:ll|\s+will)\s+regret\s+"
    r"not\b|\b(?:you'?re|you\s+are|ur)\s+(?:absolutely\s+|totally\s+)?(?:killing|smashing)\s+it\b|"
    # a farewell: the author's absence and love, not a threat ("you won't hear from me again",
    # "love to all your little warriors"); a farewell is a crisis sign, read by the crisis rules
    r"\b(?:you|u|y'?all)\s+(?:won'?t|wont|will\s+not)\s+(?:hear\s+from|see)\s+me\b|\blove\s+to\s+"
    r"(?:you\s+)?all\b|"
    # the author's own parting words, not an order to leave ("bye for now, see you all soon")
    r"\bbye\s+for\s+now\b|\b(?:see|catch|talk\s+to)\s+(?:you|u|y'?all)\s+(?:all\s+|guys\s+|everyone\s+)?"
    r"(?:soon|tomorrow|later|next\s+\w+|on\s+\w+day|at\s+the\s+(?:picnic|party|meet\w*|walk|coffee|"
    r"group|clinic|ward|fundrais\w*|event|bbq|barbecue))\b"
)
# A wish with no harm in it is a kind one ("I hope your scan comes back clear", "wishing you a
# quiet night"): an encoder hardly tells "clear" from "bad", so the harm words decide.
_WISH = re.compile(r"\b(?:hope|hoping|wish|wishing|pray|praying|fingers\s+crossed)\b")
_HARM = re.compile(
    r"\b(?:bad|worse|worst|die|dies|died|dead|death|relapse\w*|suffer\w*|rot|fail\w*|lose|loses|"
    r"lost|losing|cancer|sick|sicker|hurt\w*|pain|karma|regret\w*|miserable|alone|hell|burn\w*|"
    r"nothing|everything|taken|gone|deserve\w*|wake\s+up|what'?s\s+coming|pay|paid)\b"
)
# A question asking the group for advice, in which "you" is anyone ("how do you tell a 6 year
# old that mummy has cancer?", "how did you all decide?"): the generic "you" of a how-to
# question names no member. Only verbs of coping and deciding: "how do you sleep at night?" is
# a taunt.
_ADVICE_YOU = re.compile(
    r"\bhow\s+(?:do|did|would|should|can|could|does)\s+(?:you|u)(?:\s+(?:all|guys|lot|folks))?\s+"
    r"(?:even\s+|actually\s+|ever\s+)?(?:tell|explain|talk|cope|deal|handle|manage|decide|choose|"
    r"prepare|approach|get\s+through|know|find|break|bring\s+up|plan|pick|start|keep|stay|"
    r"juggle|balance|afford|arrange|organi[sz]e|travel|work\s+out)\b"
)
# A long sentence dilutes its embedding; abuse aimed at someone is short.
_MAX_WORDS = 40


def candidate(sentence: str) -> bool:
    """True when the sentence may be abuse aimed at a member (the gates above)."""
    if len(sentence.split()) > _MAX_WORDS:
        return False
    if not (_addressed(sentence) or _ORDER.search(sentence) or _TAUNT.search(sentence)):
        return False
    return not (
        _RECEIVED.search(sentence)
        or _said_of_reader(sentence)
        or _NO_BLAME.search(sentence)
        or _NO_DESERT.search(sentence)
        or _DENIED_JUDGEMENT.search(sentence)
        or _EVERYDAY.search(sentence)
        or (_WISH.search(sentence) and not _HARM.search(sentence))
        or illness_directed_spans(sentence)
        or counter_speech(sentence)
    )


def _said_of_reader(sentence: str) -> bool:
    """Every "you" of the sentence is what someone hypothetical says or thinks of the reader
    ("people that call you a fraud don't deserve a reply": ``rules.abuse.said_of_reader``):
    the words are reported to protect the reader, as ``_RECEIVED`` reports words to the author."""
    marks = [m.start() for m in _ADDRESSED.finditer(sentence)]
    return bool(marks) and all(said_of_reader(sentence, k) for k in marks)


def _addressed(sentence: str) -> bool:
    """Some "you" in the sentence names a member: not only the generic "you" of a how-to
    question (``_ADVICE_YOU``)."""
    generic = [m.span() for m in _ADVICE_YOU.finditer(sentence)]
    return any(
        not any(start <= m.start() < end for start, end in generic)
        for m in _ADDRESSED.finditer(sentence)
    )


def supportive(text: str) -> bool:
    """True when the message speaks in the register of support (``_SUPPORT``)."""
    return bool(_SUPPORT.search(text))


def reported(text: str, start: int, end: int) -> bool:
    """True when every word of ``text[start:end]`` that tells it to someone sits inside a
    quotation the author reports ("someone commented 'your kid would still be alive if you'd
    listened' on my post"): the words were said to the author, not by them."""
    sentence = text[start:end]
    marks = [m.start() for m in (*_ADDRESSED.finditer(sentence), *_TAUNT.finditer(sentence))]
    return bool(marks) and all(quoted(text, start + k) for k in marks)
