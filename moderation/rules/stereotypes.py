"""A group generalised by a misconduct: the stereotype told as what its members do.

Generic statements about a social category are how stereotypes are told (Rhodes, Leslie and
Tworek 2012; Beukeboom and Burgers 2019), and the habitual quantifier ("always", "never",
"all") makes a remark about some people a claim about the group (``abuse_types.generalised``).
Alone that shape is no abuse ("Sikh families always bring food for the ward"); with a trait
adjective the lexicon reads it. What the adjectives miss is the stereotype told as
*behaviour*, the commonest form of implicit hate in the "Latent Hatred" taxonomy (ElSherief et
al. 2021: stereotypes and misinformation) and the low-warmth side of the stereotype content
model (Fiske et al. 2002: untrustworthy, exploiting, not cooperating): breaking the rules or
ignoring the staff, entitlement ("expect special treatment", "think they know better"),
exploiting the system ("jump the queue", "play the victim card", "live off benefits"),
unreliability ("never turn up on time") and dishonesty.

This reading raises a group's habitual claim whose predicate, in the same sentence, is such a
misconduct, unless the sentence frames it as praise (a strongly positive word of the VADER
lexicon). Denied ("not all X ignore the rules"), reported or condemned claims are read by the
abuse rules' stance checks as the other group readings are.
"""

from __future__ import annotations

import re

from .abuse_types import generalised_spans
from .base import sentence_end, sentence_start
from .valence import valence

# A word the VADER lexicon rates strongly positive (over +2: "best", "brilliant", "love",
# "kind"; the stance adverbs "honestly", "truly", "definitely" rate 2.0 or less) in the claim's
# sentence frames the behaviour as praise ("the Somali mums always take over the kitchen on
# Fridays and cook for everyone, best day of the week").
PRAISE_OVER = 2.0

_RULES = (
    r"(?:the\s+|any\s+|our\s+|hospital\s+|ward\s+)?(?:rules?|plans?|treatment\s+plans?|"
    r"instructions|advice|protocols?|staff|nurses|doctors|consultants|queue|system)"
)
_MISCONDUCT = re.compile(
    # breaking the rules, ignoring the staff
    rf"\b(?:(?:never|don'?t|dont|won'?t|refuse\s+to|can'?t\s+be\s+bothered\s+to)\s+(?:\w+\s+)?"
    rf"(?:follow|listen\s+to|respect|obey|stick\s+to|read)\s+{_RULES}|(?:ignore|ignoring|break|"
    rf"breaking|flout|flouting|bend|bending)\s+(?:every|all|the|any)\s+(?:\w+\s+)?{_RULES}|"
    # entitlement
    r"expect\w*\s+(?:special\s+treatment|everything|handouts|free\s+\w+|to\s+be\s+(?:seen|served|"
    r"treated)\s+first)|act\w*\s+(?:like|as\s+if)\s+(?:\w+\s+){0,4}?owe\s+them|think\w*\s+"
    r"(?:they'?re|they\s+are)\s+(?:above|better\s+than|entitled)|think\w*\s+they\s+know\s+better|"
    # exploiting the system
    r"(?:jump\w*|skip\w*|push\w*\s+in)\s+the\s+queue|play\w*\s+the\s+(?:victim|race|religion|"
    r"\w+)\s+card|live\w*\s+off|scroung\w*|sponge\w*|milk\w*\s+the\s+(?:system|nhs|charity|"
    r"fund\w*)|take\w*\s+advantage|(?:take|takes|taking|took)\s+over|hog\w*|"
    # unreliability and dishonesty
    r"(?:never|don'?t|dont)\s+(?:turn|show)\s+up|(?:never|don'?t|dont)\s+pay|"
    r"(?:lie|lies|lying|cheat\w*|steal\w*|con\w*\s+the)\b[^.!?]{0,30}?\b(?:about|to|from|the)\b)"
)


def stereotyped(text: str) -> list[tuple[int, int]]:
    """Spans of a group's habitual claim whose predicate, in the same sentence, is a
    misconduct (``_MISCONDUCT``)."""
    found = []
    for start, end in generalised_spans(text):
        close = min(sentence_end(text, end), end + 120)
        m = _MISCONDUCT.search(text, start, close + 1)
        if m is not None and not _praise(text[sentence_start(text, start) : close + 1]):
            found.append((start, m.end()))
    return found


def _praise(sentence: str) -> bool:
    return any((valence(w) or 0.0) > PRAISE_OVER for w in re.findall(r"[a-z]+", sentence))
