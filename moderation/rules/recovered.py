"""A past episode the author says has ended: lived experience told, not a crisis now.

The C-SSRS separates lifetime history from the recent past (its screener asks about the past
month); a parent who writes "I was suicidal years ago, I got help and I'm in a good place now"
is telling their history, usually to support someone else, and the crisis care path (an alert
to moderators, a message with crisis lines) is not for them. The reading needs three things:

- the sentence places the episode in the past at a distance ("years ago", "when I was 19",
  "as a teenager", "back in college", "in 2009", "in the first year", "I used to"), or goes on
  telling it in the past tense right after such a sentence ("By the second relapse I was
  stockpiling pills"), the way a recovery story is told;
- the message says the episode ended ("I got help", "therapy saved me", "I'm in a good place
  now", "haven't felt that way since", "it got better"), or puts distance between the author
  and it ("I'm nowhere near there now", "that's not where I am now"), or names a reason to
  live ("I want to live for my children");
- nothing in the message brings it into the present ("again", "lately", "this week", "now",
  "since his diagnosis", doubt such as "not sure I can"): then every sign counts as it did. A
  present told as an ordinary hard day ("today was just a bad scan day", "just tired
  tonight") and a concession ("I'm not saying it's easy now") do not bring it back.

Only the signs inside the past sentences yield; a sign in another sentence still raises.
"""

from __future__ import annotations

import re

from .base import BY_MEANING, Signal
from .crisis import CRISIS, says_safe

_WHY = "a past episode the author says has ended"

_PAST = re.compile(
    r"\b(?:(?:\d+|a\s+few|few|many|several|some|two|three|four|five|ten|twenty)\s+years?\s+ago|"
    r"years\s+ago|decades?\s+ago|ages\s+ago|(?:a\s+)?long\s+time\s+ago|"
    r"when\s+i\s+was\s+(?:\d+|younger|young|little|a\s+(?:teen\w*|kid|child|student|young\s+\w+))|"
    r"as\s+a\s+(?:teen\w*|kid|child|student|young\s+(?:woman|man|mum|mom|adult))|"
    r"in\s+my\s+(?:early\s+|late\s+)?(?:teens|twenties|thirties|20s|30s)|"
    r"back\s+(?:in|at)\s+(?:college|school|uni|university|high\s+school|(?:19|20)\d\d)|"
    r"at\s+(?:uni|university|college|school)|years\s+back|in\s+the\s+past|back\s+then|"
    r"last\s+(?:year|yr|winter|summer|spring|autumn|fall|christmas)|"
    r"in\s+(?:19|20)\d\d|before\s+(?:i\s+had\s+(?:kids|children)|(?:the\s+)?(?:kids|children)\s+"
    r"(?:were|came))|there\s+was\s+a\s+time|at\s+my\s+lowest|i\s+used\s+to|"
    r"in\s+the\s+(?:first|early)\s+(?:year|months|weeks|days)|at\s+the\s+(?:start|beginning))\b"
)
_RESOLVED = re.compile(
    r"\b(?:got\s+(?:the\s+|proper\s+|real\s+|some\s+)?(?:help|better|treatment|through\s+(?:it|that|"
    r"them))|came\s+out\s+(?:the\s+)?other\s+side|grateful\s+i\s+(?:didn'?t|survived)|"
    r"(?:today|now)\s+(?:i'?m|im|i\s+am)\s+(?:so\s+|really\s+)?(?:grateful|glad|thankful|happy|well|"
    r"okay|ok|fine)|"
    r"(?:been|stayed)\s+(?:stable|well|safe|okay|ok|fine|clean)\s+(?:ever\s+)?since|"
    r"(?:therapy|counsell?ing|medication|meds|treatment|my\s+(?:gp|doctor|therapist|counsell?or)|"
    r"a\s+(?:therapist|counsell?or|crisis\s+line|helpline))(?:\s+(?:and|n|&|\+)\s+(?:therapy|"
    r"counsell?ing|medication|meds))?\s+(?:really\s+)?(?:saved\s+me|helped|pulled\s+me|got\s+me|"
    r"worked|works)|"
    r"(?:i'?m|im|i\s+am)\s+(?:now\s+)?(?:in\s+a\s+(?:much\s+|really\s+|far\s+|very\s+)?(?:good|"
    r"better|great|safe|healthy)\s+place|doing\s+(?:really\s+|so\s+)?(?:well|better|ok(?:ay)?|"
    r"fine))(?:\s+(?:now|these\s+days|today))?|(?:i'?m|im|i\s+am)\s+(?:well|okay|ok|fine|safe|"
    r"better)\s+now|"
    r"(?:don'?t|do\s+not|no\s+longer)\s+feel\s+(?:like\s+)?(?:that|this)(?:\s+way)?|"
    r"(?:haven'?t|havent|have\s+not|never|hasn'?t|has\s+not)\s+(?:\w+\s+){0,4}?(?:since|again)|"
    r"(?:it|things|life)\s+(?:got|gets|did\s+get)\s+better|"
    r"(?:well|free|clean)\s+(?:for|since)\s+(?:over\s+)?(?:\d+|a|many|years|ten|five|a\s+decade)|"
    r"\d+\s+years\s+(?:clean|free|well)|recovered|in\s+recovery|survived\s+(?:an|my|the|that|a)\s+"
    r"(?:attempt|overdose)|(?:so\s+)?glad\s+i\s+(?:didn'?t|called|reached\s+out|told\s+(?:someone|"
    r"somebody|my)|got\s+help|stayed)|(?:changed|turned)\s+(?:that|it|things)(?:\s+around)?|"
    # distance put between the author and the episode
    r"(?:i'?m|im|i\s+am)\s+(?:not\s+(?:any\s?where\s+)?near|nowhere\s+near)\s+(?:there|that)"
    r"(?:\s+(?:place|point))?(?:\s+(?:now|any\s?more|these\s+days))?|"
    r"(?:that'?s|that\s+is|it'?s|it\s+is)\s+not\s+where\s+i\s+am(?:\s+(?:now|any\s?more))?|"
    r"(?:i'?m|im|i\s+am)\s+not\s+(?:in\s+)?(?:that|there)\s+(?:place\s+)?any\s?more|"
    r"(?:i'?m|im|i\s+am)\s+(?:genuinely|truly|actually|really)\s+(?:well|okay|ok|fine|safe)|"
    r"(?:now\s+(?:(?!again|still|back|not|pills?|tablets?|rope|gun)[\w']+\s+){0,6}?)?"
    r"(?:it'?s|it\s+is|things\s+are|life\s+is)\s+(?:so\s+|very\s+)?(?:much|a\s+lot|far)"
    r"\s+better(?:\s+now)?|"
    # a reason for living named now (the C-SSRS's protective factors)
    r"i\s+(?:want|choose|chose|decided)\s+to\s+live\b(?!\s+but)(?:\s+for\s+(?:my|our)\s+\w+)?"
    r"(?:\s+now)?)\b"
)
# A present told as an ordinary hard day, and a concession: taken out, with the resolution
# statements, before looking for what brings the episode back (their "today", "now" and
# "tonight" date the day, not the episode). Only these words go; the rest of the sentence is
# still searched ("today was just a bad day, the thoughts came back" brings it back).
_ORDINARY_PRESENT = re.compile(
    r"\b(?:(?:today|tonight|this\s+week)(?:'s|\s+(?:was|is|has\s+been))\s+just\s+(?:a\s+|an\s+)?"
    r"(?:really\s+|very\s+)?(?:bad|rough|hard|long|tough|off|crap|crappy|shit|tiring|sad|stressful)"
    r"(?:\s+\w+)?\s+(?:day|night|week)|"
    r"just\s+(?:really\s+|so\s+)?(?:tired|exhausted|low|wobbly|emotional|drained)\s+(?:today|tonight|"
    r"this\s+week)|"
    r"(?:i'?m|im|i\s+am)\s+not\s+saying\s+(?:it'?s|it\s+is|things\s+are)\s+(?:easy|perfect|"
    r"all\s+fine)(?:\s+now)?)\b"
)
# A sentence going on with the story in the past tense: a past verb, and no present of the
# author's own ("i'm", "i have", "i want", "i can't") nor a time word of its own.
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|\w{3,}ed)\b")
_PRESENT_OWN = re.compile(
    r"\b(?:i'?m|im|i\s+am|i\s+(?:have|want|feel|need|think|keep|can'?t|don'?t|still|will|'ll)|"
    r"i'?ve|is|are|now|today|tonight)\b"
)
# The episode brought into the present: searched with the resolution statements taken out, so
# "never felt that way again" and "I'm well now" do not count; "still" only with what it
# keeps ("still feel", "still struggling"), not survival ("I'm still here for him").
_PRESENT = re.compile(
    r"\b(?:again|lately|these\s+days|recently|this\s+(?:week|month|year|time|morning)|tonight|today|"
    r"last\s+(?:night|week)|yesterday|"
    r"right\s+now|now|at\s+the\s+moment|(?:are|is|came|come|coming|creeping)"
    r"\s+back|since\s+(?:the|his|her|my|our)\s+(?:\w+\s+)?(?:diagnosis|relapse|dx|scan|results?)|"
    r"not\s+sure|don'?t\s+know\s+(?:if|how)|scared|afraid|struggling|can'?t\s+(?:cope|go\s+on|"
    r"do\s+this|keep)|still\s+(?:feel\w*|think\w*|hav\w*|get\w*|want\w*|struggl\w*|wish\w*|"
    r"can'?t|don'?t|not))\b"
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")


def recovered_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a normalised text that tells a past episode the
    message says has ended; empty when anything brings it into the present."""
    return _story(text)[0]


def _story(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The sentences telling the past episode and those saying it ended (both empty when
    there is no ending or something brings the episode into the present)."""
    if not _RESOLVED.search(text):
        return [], []
    if _PRESENT.search(_ORDINARY_PRESENT.sub(" ", _RESOLVED.sub(" ", text))):
        return [], []
    past: list[tuple[int, int]] = []
    ended: list[tuple[int, int]] = []
    telling = False  # the sentence before was part of the past story
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        resolved = bool(_RESOLVED.search(sentence))
        is_past = bool(_PAST.search(sentence)) or (
            telling
            and not resolved
            and bool(_PAST_VERB.search(sentence))
            and not _PRESENT_OWN.search(sentence)
        )
        if is_past:
            past.append(m.span())
        elif resolved:
            ended.append(m.span())
        # the story goes on in the next sentence until it reaches its end
        telling = is_past and not resolved
    return past, ended


def yield_recovered(text: str, signals: list[Signal]) -> list[Signal]:
    """Crisis signals inside a recovered past (``recovered_spans``) capped below the line,
    rules and by-meaning alike; when none is left over it, a "safe" signal that keeps the
    whole-text model's reading from raising alone (``rules.crisis.crisis_model_gate``).
    The by-meaning stage also reads two neighbouring sentences as one: such a reading yields
    when its sentences are the past story and the words saying it ended."""
    past, ended = _story(text)
    if not past:
        return signals
    out: list[Signal] = []
    for sig in signals:
        if (
            sig.category == CRISIS
            and sig.score > 0.3
            and (
                _inside(past, sig.start, sig.end)
                or (sig.signal == BY_MEANING and _story_read_whole(past, ended, sig))
            )
        ):
            sig = says_safe(sig, _WHY)
        out.append(sig)
    if max((s.score for s in out if s.category == CRISIS), default=0.0) < 0.5:
        out.append(Signal(CRISIS, 0.0, "safe", *past[0], _WHY))
    return out


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _story_read_whole(
    past: list[tuple[int, int]], ended: list[tuple[int, int]], sig: Signal
) -> bool:
    """Every sentence ``sig`` covers tells the past episode or its end, and one the past."""
    covered = sorted((a, b) for a, b in past + ended if a < sig.end and sig.start < b)
    reached = sig.start
    for a, b in covered:
        if a > reached:
            return False  # a sentence of something else between them
        reached = max(reached, b)
    return reached >= sig.end and any(span in past for span in covered)
