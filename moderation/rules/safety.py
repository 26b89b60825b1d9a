"""Safety and denial statements: the author says plainly they are not in danger.

Written from the C-SSRS screener's "denies" wording (no wish to be dead, no thoughts of
killing oneself, no intent, no plan) and the safety-planning phrasing of the 988 Lifeline
("I'm safe", "not in danger"), not from examples: a negator (not, never, no, don't, won't,
nowhere near, far from), an optional bridge of modal or thought words ("going to", "ever",
"thoughts of", "want to", "planning to"), then an object of self-harm (hurt / harm / kill /
end myself or my life, suicidal, do anything, die, danger).

The gate is local. ``denials`` finds the statements; ``clauses`` cuts a text at sentence ends
and contrastive words ("but", "though"), so "I'm safe tonight. But I've been saving his pills"
keeps the disclosure in its own clause and only the clause that denies is quieted.
"""

from __future__ import annotations

import re

from .warning_signs import BURDEN_DENIED, SAFETY

# Present and future only: "I didn't kill myself tonight" reports a night survived, not safety;
# "haven't had any thoughts of" is the one past form of the C-SSRS denial.
_NEGATOR = (
    r"(?:not|never|no|don'?t|dont|do\s+not|won'?t|wont|will\s+not|wouldn'?t|would\s+not|"
    r"(?:haven'?t|havent|have\s+not)\s+had|nowhere\s+near|far\s+from|no\s+longer|zero)"
)
# Modal and thought words between the negator and the harm: "not going to", "no thoughts of",
# "never once thought about", "don't want to", "not planning to", "not in any".
_BRIDGE = (
    r"(?:going\s+to|gonna|ever|once|really|actually|even|currently|at\s+all|any|some|"
    r"want(?:ed)?\s+to|wanna|plan(?:ning)?\s+(?:on|to)|plans?\s+to|intend(?:ing)?\s+to|"
    r"intention\s+(?:of|to)|(?:had|have|having)|thought\s+(?:of|about)|thinking\s+(?:of|about)|"
    r"thoughts?\s+(?:of|about)|urges?\s+to|in|feeling|do|doing|try(?:ing)?\s+to|would|will|be|"
    r"anywhere\s+near|close\s+to)"
)
_HARM = (
    r"(?:(?:hurt|harm|kill|cut|injur|shoot|hang|overdos|poison)\w*\s+"
    r"(?:my\s*self|me|any\s*one|anybody)|(?:end|tak)\w*\s+my\s+(?:own\s+)?life|"
    r"off\w*\s+my\s*self|suicidal|self[\s-]*harm\w*|"
    r"(?:do|doing)\s+anything\s+(?:stupid|silly|drastic|rash|to\s+my\s*self)|"
    r"end\w*\s+(?:it|it\s+all|things|anything|everything)|die|dying|be\s+dead|"
    r"(?:any\s+)?danger|unsafe|at\s+risk)"
)
# "I've never wanted to die more than today", "haven't killed myself yet", "don't want to die
# of old age / like this" are no denial.
_NOT_MORE = (
    r"(?!\s+(?:more|so\s+much|as\s+much|this\s+much|yet|just\s+yet|alone|this\s+way|like|"
    r"of|from|in))"
)
DENIAL = re.compile(
    rf"(?:{SAFETY})|\b{_NEGATOR}(?:\s+{_BRIDGE}){{0,4}}\s+{_HARM}\b{_NOT_MORE}|{BURDEN_DENIED}"
)
_CLAUSE_END = re.compile(
    r"[.!?;\n]+|\b(?:but|though|although|however|yet|except|even\s+so|that\s+said)\b"
)


# "not sure I won't hurt myself", "can't promise I won't": doubt, not a denial.
# Doubt, a question or a reason not to ("why not end it", "the only reason I won't", "trying
# not to", "regret not ending it") is not a statement of safety.
_DOUBT = re.compile(
    r"\b(?:not\s+sure|unsure|don'?t\s+know|dont\s+know|can'?t\s+(?:promise|say|guarantee)|"
    r"cant\s+(?:promise|say)|no\s+idea|if|whether|hope|hoping|scared|afraid|worried|why|"
    r"reasons?|regret\w*|try\w*|tried|enough|should|would\s+i)\b[^.!?;\n]{0,20}$"
)


def denials(text: str) -> list[tuple[int, int]]:
    """Spans of the safety and denial statements in a normalised (lower-case) text."""
    return [
        m.span()
        for m in DENIAL.finditer(text)
        if not _DOUBT.search(text[max(0, m.start() - 40) : m.start()])
    ]


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause: cut at sentence ends and at contrastive words."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _CLAUSE_END.finditer(text):
        if text[start : m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def clause_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The clause holding ``pos`` (the nearest one before it when ``pos`` is a cut)."""
    best = (pos, pos)
    for start, end in spans:
        if start <= pos:
            best = (start, end)
        if start <= pos < end:
            return start, end
    return best


# Protective factors the author states (AFSP and 988 protective factors; the Reasons for Living
# Inventory's responsibility to family and child-related concerns): "the kids need me", "my
# girls keep me going", "I've too much to live for", "I'd never leave them".
_REASON_FOR_LIVING = re.compile(
    r"\b(?:(?:my|the|our)\s+(?:\w+\s+)?(?:kids|children|son|daughter|boys?|girls?|babies|baby|"
    r"family|husband|wife|partner|twins)\s+(?:still\s+)?needs?\s+(?:me|us)|keeps?\s+me\s+going|"
    r"(?:too|so)\s+much\s+to\s+live\s+for|(?:i'?d|i\s+would|i'?ll|i\s+will)\s+never\s+leave\s+"
    r"(?:them|him|her|my\s+\w+)|(?:have|need)\s+to\s+(?:be\s+here|stay)\s+for\s+(?:them|him|her|"
    r"my\s+\w+))\b"
)
# A reason held against a wish to go is the C-SSRS ideation with a deterrent, not safety ("the
# kids are the only reason I'm still here", "the one thing keeping me here"), and a reason
# lost is no reason ("without her nothing keeps me going", "they used to keep me going").
_ONLY_REASON = re.compile(
    r"\b(?:only|one\s+thing|just|anymore|any\s+more|for\s+now|without|better\s+off|still\s+here|"
    r"reason\s+i'?m|stopping\s+me|keeping\s+me\s+here|nothing|no\s*one|nobody|no\s+longer|not|"
    r"used\s+to)\b|n'?t\b"
)


def reason_for_living(sentence: str) -> bool:
    """The sentence states a reason for living (a protective factor), not one held against a
    wish to go (``_ONLY_REASON``)."""
    return bool(_REASON_FOR_LIVING.search(sentence)) and not _ONLY_REASON.search(sentence)
