"""Death talk with the illness as its reason: legacy work and death anxiety, no warning sign.

In a cancer community a parent who is a patient writes letters "in case the cancer wins",
says goodbye to the children before surgery, and thinks about death every day since the
diagnosis. The 988/AFSP signs of preparation (goodbyes, affairs in order) and the C-SSRS
passive thoughts of death are about ending one's own life; when the same sentence names a
diagnosis, the illness, its treatment or a medical event as the reason, the words are advance
planning and death anxiety (what psycho-oncology calls legacy work), and the rule's score
falls to a mention. So does a burden told as the tasks others now do for a sick parent
("he does all the school runs and the cooking"): self-perceived burden, the commonest form in
patients, not the 988 sign of others being better off without them. Neither reading quiets a
message with another sign of its own (a plan, a means, a wish to die): the gate only removes
the misreading, the rest of the pipeline still reads.
"""

from __future__ import annotations

import re

from .base import Signal, sentence_at

# The illness, its treatment and its milestones, or surviving it, named as the reason.
_ILLNESS_REASON = re.compile(
    r"\b(?:diagnos\w*|prognosis|terminal(?:ly)?|stage\s*(?:3|4|iii|iv|three|four)|metasta\w*|"
    r"hospice|palliative|surgery|operation|transplant|scans?|relapse\w*|recurrence|cancer|"
    r"tumou?rs?|chemo\w*|radiation|radiotherapy|treatment|oncolog\w*|leuk\w*|lymphoma|"
    r"sarcoma|blastoma|shots?|injections?|infusions?|side\s+effects?|neuropathy|nausea|"
    r"steroids?|biopsy|bone\s+marrow|spinal\s+tap|lumbar\s+puncture|doctors?|oncologists?|"
    r"consultants?|if\s+i\s+(?:don'?t|do\s+not|dont)\s+(?:beat|survive|make\s+it\s+"
    r"through)\s+(?:this|it|the\s+\w+))\b"
)
# Words of ending one's own life: with them, the illness is the setting, not the reason.
_OWN_DEATH = re.compile(
    r"\b(?:kill\w*\s+(?:my\s*self|me)|suicid\w*|end\w*\s+(?:it|my\s+(?:own\s+)?life|things|"
    r"everything)|tak\w*\s+my\s+(?:own\s+)?life|overdose|od)\b"
)
# A practical burden: the tasks others now do for a sick person (self-perceived burden, the
# commonest form in patients), said without a wish to be gone.
_CARE_TASKS = re.compile(
    r"\b(?:school\s+runs?|cook\w*|clean\w*|housework|chores|laundry|driv\w*|lifts?|shopping|"
    r"appointments?|bills|money|pay\w*|works?\s+(?:full|part)[\s-]*time|off\s+work|"
    r"look\w*\s+after\s+(?:me|the\s+kids)|does\s+(?:all|everything)|do\s+everything|"
    r"car(?:e|ing)\s+for\s+me|bath\w*|dress\w*|feed\w*)\b"
)
_BURDEN = "being a burden"
# Signals the gate may read as legacy work or death anxiety.
_GATED_SIGNALS = frozenset({"goodbye"})
_GATED_DETAILS = ("thoughts of death",)
_DEATH_WORD = re.compile(r"\b(?:death|dying)\b")
_MENTION = 0.4


def gated(sig: Signal, text: str) -> bool:
    """A goodbye or a thought of death (not of ending one's life) this gate may speak for."""
    if sig.signal in _GATED_SIGNALS:
        return True
    return sig.detail.startswith(_GATED_DETAILS) and bool(
        _DEATH_WORD.search(text[sig.start : sig.end])
    )


def illness_reason(sentence: str) -> bool:
    """The sentence names the illness, its treatment or a medical event, and no words of
    ending one's own life ("thinking about killing myself since the relapse" is a crisis)."""
    return bool(_ILLNESS_REASON.search(sentence)) and not _OWN_DEATH.search(sentence)


def apply_illness_reason(text: str, out: list[Signal]) -> list[Signal]:
    """Lower gated signals whose sentence names the illness, and a burden told as the tasks
    others do, unless another sign stands."""
    others = [
        s for s in out if s.score >= 0.5 and not gated(s, text) and not s.detail.startswith(_BURDEN)
    ]
    if others:
        return out
    kept: list[Signal] = []
    for sig in out:
        sentence = sentence_at(text, sig.start)
        reading = ""
        if sig.score > _MENTION and gated(sig, text) and illness_reason(sentence):
            reading = " (the illness is the reason)"
        elif sig.score > _MENTION and sig.detail.startswith(_BURDEN) and practical(sentence):
            reading = " (a practical burden: what others do for them)"
        if reading:
            sig = Signal(
                sig.category, _MENTION, sig.signal, sig.start, sig.end, sig.detail + reading
            )
        kept.append(sig)
    return kept


def practical(sentence: str) -> bool:
    """A burden told by the tasks others now do ("he does all the school runs and the
    cooking"), with no wish to be gone: self-perceived burden, not a warning sign alone."""
    return bool(_CARE_TASKS.search(sentence)) and not _OWN_DEATH.search(sentence)
