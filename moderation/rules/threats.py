"""Threats to a member read by their parts, as threat assessment reads them.

Threat assessment (Calhoun and Weston's direct, conditional and veiled threats; Meloy's
intimidation and leakage; the harassment forms of doxxing, exposure and weaponised reports)
names what a threat is made of rather than its words: a *lever*, the harm or loss held over
the target (hurt to the body, to their family or property; their custody, job or home; their
private words or address made public; the author turning up where they will be), and what
makes it a threat rather than a worry or a plan: the author's *intent* ("I'll", "one call
from me"), a *condition* on the target's behaviour ("post about me again and ..."), or a
*veil*, the idiom that hints instead of saying ("be a shame if something happened to ...").

The MiniLM sentence heads read a threat's topic, not its force, and score most threats in
plain words under their line ("one more sly comment and I'll make sure you can't type for a
month" scores like small talk). This rule raises a threat when, in one sentence or two
neighbouring ones, the target is "you" and a lever meets intent, a condition or a veil; or
when a self-sufficient veil is said to "you". The look-alikes are the typology's own: the
same levers said of an institution ("if the pharmacy gets his dose wrong again I'm going to
the local paper"), reported to the moderators, recounted as received ("my ex said he'd turn
up at the ward"), given as advice ("if you skip the fever check you'll regret it"), offered
in kindness ("I'll be waiting by the lifts with a coffee") or in play. Every phrase below was
written from the typology, not from a test case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .base import windows_read
from .registers import AUTHORITY, playful, protective

_Y = r"(?:you|u|ya|@\w+)"
_YOUR = r"(?:your|ur|yours|you|u)"
_TARGET = re.compile(r"\b(?:you|u|ya|your|ur|yours|yourself|urself)\b|@\w+")

# A provocation told to the addressee as an order has no "you": "post about my son again and
# see what happens".
_IMPERATIVE = re.compile(
    r"\s*(?:go\s+on,?\s+)?(?:post|message|tag|say|mention|comment|dm|text|talk|keep|carry\s+on|try|"
    r"do\s+(?:it|that))\b"
)
# The author's intent to act: "I'll", "I'm going to", "gonna", "maybe I'll", "one call from me".
_INTENT = re.compile(
    r"\b(?:i\s*(?:'ll|will|ll|'m\s+going\s+to|am\s+going\s+to|m\s+going\s+to|'m\s+gonna|"
    r"am\s+gonna|m\s+gonna|could\s+(?:easily\s+)?|can\s+easily)|(?<!you\s)(?<!u\s)(?<!ur\s)"
    r"(?<!you're\s)(?<!they\s)(?<!he\s)(?<!she\s)gonna|maybe\s+i'?ll|i'?ll\s+make\s+sure|"
    r"one\s+(?:phone\s+)?(?:call|email|message|word)\s+(?:from\s+me|to)|watch\s+me|(?:more\s+than\s+)?"
    r"(?:happy|glad|willing)\s+to\s+be\s+the\s+one)\b"
)
# A condition on the target's behaviour towards the author or the group: "post about me
# again", "one more comment", "keep this up", "cross me", "before you post again".
_CONDITION = re.compile(
    rf"\bif\s+{_Y}\b[^.!?]{{0,70}}?\b(?:again|one\s+more\s+time|any\s*more|keep\s+\w+)\b|"
    r"\b(?:one\s+more|another)\s+(?:\w+\s+){0,3}(?:comment|word|post|message|dm|remark|dig|crack|"
    r"thread|time|lie)s?\b|"
    # told to the addressee (an imperative, or "you keep"), not of a third party ("if she
    # keeps posting about you" is the author protecting the reader)
    rf"(?:^\s*|[,;:]\s*|\b(?:you|u|just|go\s+on)\s+)(?:keep\s+(?:\w+ing\b|this\s+up|"
    r"it\s+up|going|on|that\s+up)|carry\s+on\b)|"
    rf"\bif\s+{_Y}\s+keep\b|\bcross\s+me\b|\bbefore\s+{_Y}\s+(?:post|say|write|open|type)\w*|"
    r"\b(?:post|posting|talk|talking|say|saying|write|writing|comment\w*|mention\w*|tag|dm|dming|"
    r"message|messaging)\s+(?:\w+\s+){0,2}(?:about\s+)?(?:me|my|us)\b[^.!?]{0,40}?\bagain\b|"
    rf"\b(?:run|running|shoot|shooting)\s+{_YOUR}\s+mouth\b|\bkeep\s+posting\s+about\s+me\b|"
    rf"\bif\s+{_Y}\s+(?:ever\s+|even\s+|just\s+)?(?:said|say|called|call|tried|try)\s+(?:\w+\s+){{0,3}}to\s+my\s+face\b"
)
# Harm to the body, said of the target.
_PHYSICAL = re.compile(
    rf"\b(?:hurt|batter|beat|smack|slap|punch|deck|thump|kick|strangle|stab|knock)\w*\s+{_Y}\b|"
    r"\b(?:teeth|lights)\s+knocked\b|"
    r"\b(?:pick|picking|scrape|scraping)\s+(?:yourself|urself|you|u|(?:your|ur)\s+(?:teeth|face))\s+"
    r"(?:up\s+)?off\s+the\s+(?:\w+\s+){0,2}(?:floor|pavement|ground|road)\b|"
    rf"\bput\s+{_Y}\s+in\s+(?:hospital|the\s+hospital|a\s+wheelchair|the\s+ground|a\s+box)\b|"
    r"\b(?:won'?t|wouldn'?t|will\s+not|can'?t|cannot)\s+(?:be\s+)?(?:walk|walking|stand|standing|"
    r"type|typing|talk|talking|see|seeing)\s+(?:out|up|straight|again|for\s+(?:a|very|long|weeks))\b|"
    r"\beating\s+through\s+a\s+straw\b|"
    r"\b(?:got|get|gets|getting)\s+(?:hurt|a\s+visit|a\s+slap|a\s+kicking|battered|done\s+in|"
    r"what'?s\s+coming)\b|\bgo\s+after\s+(?:your|ur)\s+\w+|\banswer\s+for\s+what\b|"
    r"\bhave\s+a\s+very\s+bad\s+(?:day|week|night)\b"
)
# Custody, livelihood and standing: the weaponised report and the threat to a job or home.
_LIVELIHOOD = re.compile(
    # the weaponised report names the addressee in its clause: "call social services on you"
    rf"\b(?:social\s+services|cps|child\s+protect\w*|safeguarding(?:\s+team)?)\b(?=[^.!?,;]*\b{_YOUR}\b)|"
    rf"\b{_YOUR}\b[^.!?,;]*\b(?:social\s+services|cps|child\s+protect\w*|safeguarding)\b|"
    # the author informing the addressee's employer, not the employer as a third party ("if
    # your boss says one more word about your time off, I'll ...")
    rf"\b(?:tell|telling|email\w*|call\w*|ring\w*|messag\w*|contact\w*|report\w*\s+{_Y}\s+to|"
    r"inform\w*|write\s+to|let)\s+(?:\w+\s+)?(?:your|ur)\s+(?:boss|employer|manager|work\s*place|hr|"
    r"landlord)\b|\b(?:your|ur)\s+(?:boss|employer|manager|work\s*place|hr|landlord)\s+(?:\w+\s+){0,3}"
    r"(?:know|hear|find\s+out|about\s+to\s+get|gets?|getting|see|read)\b|"
    rf"\b(?:lose|losing|lost)\s+{_YOUR}\s+(?:job|kids|children|house|home|custody|licence|"
    r"license|everything)\b|"
    rf"\bnever\s+see\s+{_YOUR}\s+(?:kids|children|son|daughter|boy|girl|baby)\s+again\b|"
    rf"\b(?:kids|children|son|daughter|baby)\s+taken\s+(?:off|away\s+from)\s+{_Y}\b|"
    rf"\b(?:get|have|see)\s+{_Y}\s+(?:sacked|fired|struck\s+off|evicted)\b|\bfull\s+custody\b"
)
# Exposure: private words, photos or an address made public.
_EXPOSURE = re.compile(
    rf"\b{_YOUR}\s+(?:home\s+)?(?:address|real\s+name|phone\s+number|number|photos?|pictures?|"
    r"messages|dms|private\s+messages|details)\s+(?:is|are)\s+going\b|"
    r"\b(?:going|go)\s+(?:up\s+)?(?:on|in)\s+(?:your|ur|the|every|a)\s+(?:[\w']+\s+){0,2}(?:page|"
    r"group|feed|wall|chat)\b|\b(?:go|going|goes|sent)\s+(?:straight\s+)?to\s+(?:your|ur)\s+"
    r"(?:\w+\s+){0,2}(?:ex|family|husband|wife|partner|church|school|work|boss|employer|manager|"
    r"mum|mother|village|friends)|\bfor\s+everyone\s+to\s+see\b|"
    rf"\bi'?(?:ll|d)?\s*(?:post|share|send|forward|publish|leak)\w*\s+{_YOUR}\s+(?:\w+\s+){{0,2}}"
    r"(?:address|name|messages|dms|rant|photos?|screenshots?|details)\b"
)
# Turning up where the target will be, told with intent ...
_TURN_UP = re.compile(
    r"\b(?:i'?ll|i\s+will|i'?m|i\s+am|gonna|going\s+to|might)\s+(?:be\s+)?(?:waiting|there|outside|"
    r"coming\s+(?:round|over|to)|(?:pop|come|turn|show)\w*\s+(?:up|round|over)|see\s+(?:you|u))\b|"
    rf"\bcoming\s+round\s+{_YOUR}\s+(?:house|place|home)\b|\bsee\s+{_Y}\s+at\s+\w+"
)
# ... and a sign that the meeting is not a friendly one.
_HOSTILE_MEETING = re.compile(
    r"\bsay\s+(?:it|that)\s+to\s+my\s+face\b|\bwon'?t\s+enjoy\b|\bproper\s+(?:chat|word)\b|"
    r"\bhave\s+a\s+word\b|\bbackup\b|"
    r"\b(?:sort|settle)\s+(?:this|it|you)\b|\bwatch\s+(?:your|ur)\s+back\b|\bwe'?ll\s+see\s+how\b"
)
# Veils that are threats by themselves when said to "you".
_VEIL = re.compile(
    r"\b(?:shame|pity)\s+if\s+(?:something|anything|he|she|they|you|u|it|your|ur)\b[^.!?]{0,50}?"
    r"\b(?:happen\w*|hurt|spoil\w*|a\s+visit|broke\w*|damaged|scratched|went\s+missing)|"
    # the harm left to others: "not everyone is as forgiving as me"
    r"\bnot\s+every(?:one|body)(?:\s+(?:here|else|in\s+here|in\s+this\s+group))?\s+(?:is|will\s+be|'?s)\s+as\s+(?:forgiving|patient|nice|understanding|"
    r"kind|calm|easy\s*going)\s+as\s+(?:me|i\s+am)\b|"
    # the family as the price of the target's words: "think about them before you run your mouth"
    rf"\bthink\s+(?:about|of)\s+(?:them|{_YOUR}\s+(?:\w+\s+)?(?:kids|children|family|son|daughter|"
    rf"husband|wife|partner|eldest|youngest))\s+before\s+{_Y}\s+(?:run|open|shoot)\s+{_YOUR}\s+mouth\b|"
    # exposure imagined: "imagine them on a meme page"
    r"\bimagine\s+(?:them|those|these)\s+(?:on|all\s+over|going\s+round|posted\s+on)\s+(?:a\s+|the\s+)?"
    r"(?:meme|memes|facebook|instagram|tiktok|twitter|reddit|internet|school|every\s+\w+\s+group)\b|"
    # turning up where the target cannot block: "you can't block me there"
    rf"\b{_Y}\s+(?:can'?t|cannot|cant)\s+block\s+me\s+(?:in\s+real\s+life|irl|in\s+person|offline)\b|"
    rf"\bi'?m\s+there\s+(?:every|on)\b[^.!?]*[.!?]\s*{_Y}\s+(?:can'?t|cannot|cant)\s+block\s+me\b|"
    # a pet or a child no longer safe outside: "I wouldn't let it out in the garden on its own"
    r"\bi\s+(?:wouldn'?t|would\s+not|wouldnt)\s+let\s+(?:it|him|her|them)\s+(?:out|walk\s+home|play\s+out)"
    r"\b[^.!?]{0,40}?\b(?:on\s+(?:its|his|her|their)\s+own|alone|any\s*more)\b|"
    rf"\bwhen\s+i'?m\s+done\s+with\s+{_Y}\b|"
    # retaliation held back only by distance: "ur lucky this is online", "you're lucky I don't
    # know where you live", "lucky for you there's a screen between us"
    rf"\b(?:{_Y}\s*(?:'re|are|r|re)?\s+(?:so\s+|very\s+)?lucky|lucky\s+for\s+{_Y})\b[^.!?]{{0,30}}?"
    r"\b(?:(?:this|it)(?:'s|s|\s+is)\s+(?:only\s+|just\s+)?online|(?:there'?s|there\s+is)\s+a\s+"
    r"screen|(?:we'?re|we\s+are|i'?m\s+not|i\s+am\s+not)\s+(?:not\s+)?(?:face\s+to\s+face|in\s+the\s+"
    r"same\s+room|there)|i\s+(?:don'?t|dont|do\s+not)\s+know\s+where\s+(?:you|u)\s+live)\b|"
    r"\bnot\s+so\s+(?:anonymous|brave|tough|big|hard|clever)\s+now\b|"
    rf"\b{_Y}\s+and\s+(?:me|i)\s+(?:(?:are|r)\s+)?(?:going\s+to|will|gonna)\s+have\s+(?:a|an)\s+"
    r"(?:\w+\s+)?problem\b|\b(?:be|being)\s+(?:very\s+)?careful\s+(?:walking|going|who|where|"
    r"what\s+(?:you|u)\s+(?:say|post|write))\b|"
    r"\b(?:coming|come|comes)\s+back\s+(?:around|round)\s+to\b|"
    # doxxing: the target's address or name made public
    rf"\b{_YOUR}\s+(?:home\s+)?(?:address|real\s+name|phone\s+number|workplace)"
    r"(?:\s+and\s+(?:your\s+|ur\s+)?(?:\w+\s+)?\w+)?\s+(?:is|are)\s+going\b|"
    # exposure told as a hypothetical: "wonder what your boss would think if I posted ..."
    r"\b(?:what|how)\s+(?:\w+\s+){0,5}(?:would|will|'?d)\s+(?:think|say|feel)\s+if\s+i\s+(?:posted|"
    r"shared|sent|showed|forwarded)\b|"
    rf"\bknock\w*\s+{_YOUR}\s+(?:teeth|head|block|lights)\b|\b{_YOUR}\s+(?:teeth|head|lights)\s+knocked\b"
)
# Veils that threaten only with a condition or intent beside them ("you'll regret it" is
# also advice, "watch your back" also said of lifting a child).
_VEIL_WEAK = re.compile(
    r"\bwatch\s+(?:your|ur)\s+back\b|"
    rf"\bfind\s+out\s+the\s+hard\s+way\b|\b(?:a\s+lot|too\s+much)\s+to\s+lose\b|"
    rf"\b{_Y}\s*(?:'ll|will|'re\s+going\s+to|are\s+going\s+to|r\s+gonna|'re\s+gonna)\s+"
    r"(?:regret|be\s+sorry|wish\s+(?:you|u)\s+(?:hadn'?t|never|didn'?t))\b|"
    r"\bsee\s+how\s+(?:you|u)\s+like\b"
)
# Dared as the outcome of a provocation ("post about my son again and see what happens"); not
# the author's own trial ("I'll talk to her and see what happens").
_SEE_WHAT_HAPPENS = re.compile(r"\bsee\s+what\s+(?:happens|will\s+happen)\b")
# The lever handed to those who keep the group safe, or to the law, is a report, not a threat.
_REPORT = re.compile(rf"\b(?:{AUTHORITY}|administrators?|pals)\b")
# Harm someone else does to the reader, which the author would answer: "I'll batter anyone who
# hurts you" protects the reader (the typology's protective look-alike).
_DONE_BY_ANOTHER = re.compile(
    r"\b(?:who|anyone|anybody|someone|somebody|whoever|they|he|she|people|that)\s+(?:\w+\s+){0,2}$"
)
_NEGATED = re.compile(r"\b(?:not|never|no\s+one|nobody|n't|wont|wouldnt|dont)\b|n't\b")


@dataclass(frozen=True)
class Threat:
    start: int
    end: int
    detail: str


def _intended(window: str, lever: re.Match[str]) -> bool:
    """The author's intent in the window, with no negation or question between it and a lever
    it stands before ("I'd never call social services on you" is no threat)."""
    for m in _INTENT.finditer(window):
        between = window[m.end() : lever.start()] if m.start() < lever.start() else ""
        if not _NEGATED.search(between) and "?" not in between:
            return True
    return False


def _read(window: str) -> str | None:
    """The kind of threat ``window`` makes, or None."""
    if not (_TARGET.search(window) or _IMPERATIVE.match(window)):
        return None
    if _VEIL.search(window):
        return "veiled threat"
    conditioned = bool(_CONDITION.search(window))
    veiled = bool(_VEIL_WEAK.search(window))
    if veiled and (conditioned or _INTENT.search(window)):
        return "veiled threat"
    if conditioned and _SEE_WHAT_HAPPENS.search(window):
        return "conditional threat"
    for pattern, kind in (
        (_PHYSICAL, "threat of violence"),
        (_LIVELIHOOD, "threat to custody or livelihood"),
        (_EXPOSURE, "threat of exposure"),
    ):
        for m in pattern.finditer(window):
            if _REPORT.search(window) and pattern is not _PHYSICAL:
                continue
            if pattern is _PHYSICAL and _DONE_BY_ANOTHER.search(
                window[max(0, m.start() - 30) : m.start()]
            ):
                continue
            if conditioned or veiled or _intended(window, m):
                return kind
    if _TURN_UP.search(window) and _HOSTILE_MEETING.search(window):
        return "threat to turn up"
    return None


def threats(text: str) -> list[Threat]:
    """Threats to a member in normalised ``text``: one per window that makes one, quoting the
    shortest window (a sentence before a pair). Nothing in a playful or warm message, or one
    that protects the reader."""
    if playful(text) or protective(text):
        return []
    return [Threat(start, end, f"{kind} [typology: threat assessment]")
            for start, end, kind in windows_read(text, _read)]  # fmt: skip
