"""A plan told by its timing, and a dangerous place with no return (C-SSRS 5; 988/AFSP).

C-SSRS item 5 asks whether the person has "worked out or worked on details of how to kill
themself"; its examples of detail are a method, a place and a *time*. Told in a parents' group
the time is often all that is said: the end of the author is set for after something ("once
she's through her last chemo", "after Christmas", "friday") and named with no word of death
("it ends for me", "I won't be around anymore", "I'll be gone"). The 988 Lifeline and AFSP
list being at a dangerous place as an acute sign; told from there, the sign is the doubt of
coming back ("at the bridge. not sure I'm coming back").

Read by their parts, so a paraphrase is read and a look-alike is not:

- ``TIMED_END``: a time or condition set (a clause opened by "after", "once", "as soon as",
  "when", or a day said first) and, in the same clause, an end of the author with nothing
  named after it. Strong when the end is plain ("it ends for me", "I won't be around
  anymore"); weak when it is also said of a day off or a trip ("I'm going", "I'll be gone",
  "I'm checking out", "I won't be here"), which counts only with a second sign. An end
  followed by a place, a purpose or a leave ("I won't be around on here", "I'm going back to
  work") is not one; "I'm done" is left to the distress reading, as finishing a treatment.
- ``DECIDED_END``: the C-SSRS 4 intent told as a decision: the author has decided, made up
  their mind, or picked or set the day ("I've made my decision", "mind's made up", "I've set
  myself a deadline") and, in that sentence or the next, names their end with no object
  ("I'll end things", "I'm not carrying on", "that's when I go", "I won't be here anymore").
  An end with an object or a manner is something else ending ("end things with him", "not
  carrying on with the trial", "not carrying on like this"); "I'm done" and "when I go" (the
  patient's own death by the illness) are left out, and "we" or the doctors deciding is not
  the author's intent.
- ``NO_RETURN``: a dangerous place in the message and the author's doubt of returning, the
  doubt ending its clause ("idk if ill walk back"; not "not sure if I'll get back before
  dark"). "Going home" is left out: parents on a ward say it every day.
"""

from __future__ import annotations

from .places import BUILDINGS, CAR_PARKS, HEIGHTS, RAIL, WATER

_DAY = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow(?:\s+night)?|this\s+weekend|"
    r"next\s+week|(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)"
)
# A clause that sets a time or a condition: "once she's through her last chemo", "after that",
# "as soon as he's in remission", or a day said first ("friday", "tonight").
_WHEN = (
    r"(?:^|(?<=[.!?;,])\s*|\band\s+|\bso\s+)(?:(?:after|once|as\s+soon\s+as|the\s+day\s+after|"
    rf"when)\s+(?:[\w']+,?\s+){{1,8}}?|(?:{_DAY}),?\s+)"
)
# Ends the clause: punctuation, the end, or a word that only closes it.
_CLAUSE_END = r"(?=\s*(?:[.!?,;]|$|\s+(?:for\s+good|then|decided|tbh|honestly|i\s+think)\b))"
_I_AM = r"(?:i'?m|im|i\s+am|i'?ll\s+be|ill\s+be|i\s+will\s+be)"
_WONT_BE = r"(?:i\s+won'?t|i\s+wont|i\s+will\s+not)\s+be\s+(?:around|here)"
# The author's end, plain: nothing in ordinary life is said this way after a date.
_PLAIN_END = rf"(?:it\s+(?:all\s+)?ends\s+for\s+me|{_WONT_BE}\s+any\s*more)"
# The author's end in words of ordinary life too ("friday I won't be here" is also a day off):
# weak alone.
_LOOSE_END = rf"(?:{_I_AM}\s+(?:going|gone|checking\s+out)|{_WONT_BE})"

TIMED_END = rf"{_WHEN}(?:[\w']+\s+){{0,2}}?{_PLAIN_END}{_CLAUSE_END}"
TIMED_LOOSE_END = rf"{_WHEN}(?:[\w']+\s+){{0,2}}?{_LOOSE_END}{_CLAUSE_END}"

# The author's decision: "I've decided", "made up my mind", "mind's made up", "I've picked the
# day", "set myself a deadline", "worked it out"; the subject is the author or left out.
_DECIDED = (
    r"(?:(?:\bi'?ve|\bive|\bi\s+have|\bi'?d|\bi\s+had|\bi)\s+(?:now\s+|finally\s+|just\s+|already\s+)?"
    r"|(?:^|(?<=[.!?;,:])\s*))(?:decided|made\s+up\s+my\s+mind|made\s+my\s+mind\s+up|"
    r"made\s+my\s+(?:choice|decision)|(?:picked|chosen|chose|set(?:\s+myself)?)\s+(?:a|the|my)\s+"
    r"(?:date|day|deadline|time)|worked\s+it\s+(?:all\s+)?out)\b|\b(?:my\s+)?mind'?s\s+made\s+up\b|"
    r"\b(?:the\s+)?date'?s\s+set\b|\b(?:the\s+)?date\s+is\s+set\b"
)
# The author's end with nothing ended after it: not "end things with him", "not carrying on
# with the trial", "not going on like this", "end it here" (a post's close).
_NO_OBJECT = (
    r"(?!\s+(?:with|between|for\s+(?:him|her|them|us)|here|there|on\s+a|by\s+(?:saying|thanking)|"
    r"like|this|that|as|in|at|the|my|our|to|treatment|chemo\w*|radio\w*|working)\b)"
)
_DECIDED_END = (
    r"(?:(?:i'?ll|ill|i\s+will|i'?m\s+(?:going\s+to|gonna)|im\s+(?:going\s+to|gonna)|to|i)\s+"
    r"end\s+(?:it\s+all|it|things|everything|my\s+life)|(?:i'?m|im|i\s+am)\s+ending\s+(?:it\s+all|it|"
    r"things)"
    rf"|{_I_AM}\s+not\s+(?:carrying|going)\s+on|{_I_AM}\s+not\s+(?:sticking|staying|hanging)\s+around"
    rf"|{_I_AM}\s+not\s+(?:going\s+to|gonna)\s+be\s+(?:here|around)(?:\s+(?:for\s+)?much\s+longer)?|(?:i\s+)?(?:won'?t|wont|will\s+not)\s+(?:carry|go)\s+on"
    r"|(?:that'?s|thats|then\s+is|is)\s+when\s+i\s+(?:go|check\s+out|end\s+it)"
    rf"|{_I_AM}\s+(?:gone|checking\s+out)|{_WONT_BE}|(?:^|(?<=[.!?]\s))won'?t\s+be\s+(?:here|around)"
    r"|it'?s\s+over\s+for\s+me|that'?s\s+it\s+for\s+me|thats\s+it\s+for\s+me"
    r"|(?:how|when)\s+(?:this|it)\s+(?:all\s+)?ends\s+for\s+me)"
    rf"{_NO_OBJECT}"
)
# The decision and the end in one sentence, or the end in the sentence after the decision.
_END_CLOSES = (
    rf"(?=\s*(?:[.!?,;:]|$|\s+(?:after|once|when|on|this|next|before|by|{_DAY}|for\s+good|"
    r"any\s*more|any\s+longer|then|and|while|so)\b))"
)
DECIDED_END = (
    rf"(?:{_DECIDED})[^.!?]{{0,120}}?(?:[.!?:]\s*[^.!?]{{0,80}}?)?\b{_DECIDED_END}{_END_CLOSES}|"
    # the end first, the decision closing the message: "that's it for me. date is set"
    rf"\b{_DECIDED_END}{_END_CLOSES}[^.!?]{{0,60}}?[.!?,]?\s*(?:[\w']+\s+){{0,3}}?(?:{_DECIDED})"
)

# A dangerous place: a bridge, tracks, a cliff, a roof or top storey, a quarry, deep water.
_DANGEROUS = (
    rf"\b(?:{HEIGHTS}|{RAIL}|top\s+of\s+the\s+(?:{CAR_PARKS}|{BUILDINGS})|multi[\s-]?storey|"
    rf"{WATER})\b"
)
# The doubt of returning, closing its clause: "not sure I'm coming back (down)", "idk if ill
# walk back".
_DOUBT = (
    r"(?:not\s+sure|idk|i\s+don'?t\s+know|i\s+dont\s+know|dunno|don'?t\s+know)\s+(?:if\s+|whether\s+)?"
    r"(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will|i\s+can)\s+(?:be\s+)?(?:coming|come|walking|walk|driving|drive|"
    r"getting|get|making\s+it)\s+back(?:\s+(?:down|up|home))?"
)
NO_RETURN = (
    rf"{_DANGEROUS}[^.!?]{{0,80}}?[.!?,]?\s*(?:[\w']+\s+){{0,6}}?{_DOUBT}{_CLAUSE_END}|"
    # going there and not coming back: "drive up to the quarry and not come back"
    rf"{_DANGEROUS}[^.!?]{{0,20}}?\s+and\s+(?:just\s+)?(?:not|never)\s+(?:come|coming|walk|drive)\s+back"
    rf"{_CLAUSE_END}"
)

# Going over at a dangerous place, the act ending its clause: "I'm driving to the cliff path
# once everyone's asleep and I'm going over" (not "going over there", "going over the plan").
GOING_OVER = (
    rf"{_DANGEROUS}[^.!?]{{0,100}}?(?:[.!?]\s*[^.!?]{{0,60}}?)?\b(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will)\s+(?:just\s+)?(?:going|gonna|"
    r"go)\s+(?:to\s+(?:go|jump|step)\s+)?over(?:\s+the\s+(?:edge|side|top|railings?|barrier|rail))?"
    r"(?=\s*(?:[.!?,;]|$|\s+(?:tonight|then|for\s+good)\b))"
)

PLAN_TIMING: list[tuple[str, float, str, str, bool]] = [
    (
        TIMED_END,
        0.85,
        "plan",
        "the end of the author set for a time [C-SSRS 5: a plan with timing]",
        False,
    ),
    (
        TIMED_LOOSE_END,
        0.45,
        "plan",
        "an end set for a time, in words of ordinary life [C-SSRS 5, weak alone]",
        False,
    ),
    (
        DECIDED_END,
        0.85,
        "plan",
        "the author's end decided on [C-SSRS 4: intent to act]",
        True,
    ),
    (
        GOING_OVER,
        0.85,
        "plan",
        "going over at a dangerous place [C-SSRS 4-5; 988/AFSP: being at a dangerous place]",
        True,
    ),
    (
        NO_RETURN,
        0.85,
        "dangerous place",
        "at a dangerous place, doubting return [988/AFSP: being at a dangerous place]",
        False,
    ),
]

# The decision's words, without which ``DECIDED_END`` cannot match (see ``unsaid.GATES``).
GATES: dict[str, str] = {
    DECIDED_END: (
        r"decided|decision|my\s+mind|mind'?s|choice|chose|picked|set\s+(?:a|the|my|myself)\b|"
        r"worked\s+it|date"
    ),
}
