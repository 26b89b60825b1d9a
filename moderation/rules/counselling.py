"""Counselling talk that the warning signs by meaning read as a sign: classes of language.

The by-meaning stage compares a sentence about the author with the catalogue of warning
signs; a sentence that shares the shape of a sign but not its object comes close. Grouping
the benign development rows it raised (counselling questions, support-chat turns) gave these
classes, each a reading from the counselling and grief literature, not from single rows:

- rumination (CBT/DSM: repetitive thinking about an event, a person or a decision): "I go over
  it all day", "that comment haunts me day and night". The C-SSRS item 2 thought
  is of killing oneself; here the thought has no such object, and the message names no death
  or self-harm the "it" could stand for.
- existential death talk (death anxiety, the afterlife, the meaning of life for everyone):
  "the idea of living forever in heaven", "what happens when we die". C-SSRS item 1 is a
  wish for one's own death; here death is everyone's, and nothing is wished.
- another's death (grief and guilt over someone who died): "if I had called sooner she might
  still be alive". Complicated grief, unless the author says they want to die or join them.
- hopes of a better life for the family: "give my kids a better life". The 988 burden sign is
  the family better off *without* the author.
- relationship hurt: the hurt of a break-up or of being apart, in a message about a partner
  or an ex, with no wish for the pain to end for good (the 988 sign of unbearable pain).

A reading removes only by-meaning signals (``warning sign``) in its sentence, and never when
the sentence or the message has words of ending one's life or wishing to be dead
(``mortality.OWN_DEATH`` and ``_WISH``): the rules and the whole-text model still read the
message as before.
"""

from __future__ import annotations

import re

from .base import BY_MEANING, Signal, sentence_at
from .mortality import OWN_DEATH
from .someone_close import TOLD_BY_MEANING

_BY_MEANING = frozenset({BY_MEANING, TOLD_BY_MEANING})

# Words of any sign: death, suicide, self-harm, means, wishes to be gone. With any of them in
# the message, "I think about it all day" may be about them.
_SIGN_WORDS = re.compile(
    r"\b(?:die|dies|died|dying|dead|death|suicid\w*|kill\w*|end(?:ing)?\s+(?:it|my|things|"
    r"everything)|not\s+(?:be(?:ing)?\s+)?(?:here|alive|around)|alive|gone|disappear\w*|"
    r"exist\w*|live|living|life|harm\w*|hurt\w*\s+my\s*self|cut\w*|pills?|overdos\w*|jump\w*|"
    r"hang\w*|guns?|rope|noose|bridge|goodbye|burden|worthless|hopeless)\b"
)
# Going over something again and again.
_RUMINATION = re.compile(
    r"\b(?:think\w*\s+(?:about|of|over)|thought\s+(?:about|of)|obsess\w*|dwell\w*|replay\w*|"
    r"haunt\w*|go(?:ing|es)?\s+over|went\s+over|on\s+my\s+mind|out\s+of\s+my\s+(?:head|mind)|"
    r"keeps?\s+me\s+(?:up|awake)|lie\s+awake|can'?t\s+(?:stop|let\s+go|shake|get\s+over))\b"
)
# Death, the afterlife or the meaning of life, for everyone.
_EXISTENTIAL = re.compile(
    r"\b(?:after\s*life|heaven|eternity|eternal\w*|(?:living|live)\s+(?:on\s+)?forever|life\s+after\s+"
    r"death|what\s+happens\s+(?:when|after)\s+(?:we|you|people|someone|they|humans)\s+die|"
    r"(?:meaning|purpose)\s+of\s+(?:life|existence)|nothingness|mortality|"
    r"(?:we|everyone|everybody|people|humans|all\s+of\s+us)\s+(?:\w+\s+){0,2}?(?:die|will\s+die|"
    r"are\s+going\s+to\s+die))\b"
)
# Someone else is the one who died, or would be alive.
_ANOTHERS_DEATH = re.compile(
    r"\b(?:he|she|they|him|her|his|their|my\s+\w+(?:'s)?)\b[^.!?]{0,40}?\b(?:(?:would|might|"
    r"could|'d)\s+(?:still\s+)?be\s+(?:alive|here|with\s+us|around)|still\s+be\s+(?:alive|here|"
    r"with\s+us)|died|passed(?:\s+away)?|death|is\s+dead|was\s+killed)\b"
)
# A better life or future for others, not one without the author.
_BETTER_LIFE = re.compile(r"\bbetter\s+(?:life|future|start|chance|upbringing)\b")
_WITHOUT_AUTHOR = re.compile(
    r"\b(?:without|w/o|w/out)\s+me\b|\bif\s+i\s+(?:was|were|wasn'?t|weren'?t|didn'?t|did\s+not|"
    r"am\s+not|'?m\s+not)\b|\bonce\s+i'?m\s+gone\b|\bwhen\s+i'?m\s+gone\b"
)
_HURT = re.compile(r"\bhurt(?:s|ing)?\b")
_RELATIONSHIP = re.compile(
    r"\b(?:boy\s*friend|girl\s*friend|husband|wife|partner|fianc\w*|ex|ex-\w+|break\s*-?up|"
    r"broke\s+up|relationship|dating|apart\s+from|cheat\w*|divorce\w*)\b"
)
# The wish for the pain to end, or to be gone: the 988 sign itself.
_WISH = re.compile(
    r"\b(?:make\s+it\s+stop|(?:want|wish|need)\w*\s+(?:it\s+)?(?:all\s+)?to\s+(?:end|stop|be\s+over)|"
    r"for\s+good|(?<!living\s)(?<!live\s)(?<!on\s)forever|unbearable|can'?t\s+(?:take|bear|go\s+on)|rather\s+be\s+dead|join\s+"
    r"(?:him|her|them)|be\s+with\s+(?:him|her|them)\s+(?:again|now)|should\s+have\s+been\s+me|"
    r"(?:don'?t|do\s+not)\s+deserve\s+to\s+(?:live|be\s+alive|exist)|looking\s+forward\s+to\s+"
    r"(?:it|death|dying)|ready\s+to\s+(?:die|go))\b"
)


# Wanting or longing in the sentence: "he wants to go to heaven" is a wish to be dead.
_WANTING = re.compile(
    r"\b(?:want\w*|wanna|wish\w*|long(?:s|ing|ed)?\s+(?:to|for)|hop(?:e|es|ing)\s+to|pray\w*|"
    r"ready|can'?t\s+wait|rather|look\w*\s+forward)\b"
)


def reading(sentence: str, text: str) -> str:
    """The class of counselling talk the sentence belongs to in ``text``, or ""."""
    if OWN_DEATH.search(sentence) or _WISH.search(sentence) or OWN_DEATH.search(text):
        return ""
    if _RUMINATION.search(sentence) and not _SIGN_WORDS.search(text):
        return "rumination about something other than death"
    if _WANTING.search(sentence) and not _BETTER_LIFE.search(sentence):
        return ""  # a wish to go, to be in heaven, to be with the dead: no reading speaks for it
    if _EXISTENTIAL.search(sentence) and not _WISH.search(text):
        return "death or the afterlife in general, nothing wished"
    if _ANOTHERS_DEATH.search(sentence) and not _WISH.search(text):
        return "grief over someone else's death"
    if _BETTER_LIFE.search(sentence) and not _WITHOUT_AUTHOR.search(sentence):
        return "hopes of a better life for others"
    if _HURT.search(sentence) and _RELATIONSHIP.search(text) and not _WISH.search(text):
        return "the hurt of a relationship"
    return ""


def apply_counselling_readings(text: str, signals: list[Signal]) -> list[Signal]:
    """Drop the by-meaning signals whose sentence reads as one of the classes above."""
    return [
        s
        for s in signals
        if s.signal not in _BY_MEANING or not reading(sentence_at(text, s.start), text)
    ]
