"""A warning sign near the classifier's line, corroborated by a sign the rules read.

The warning-sign classifier's line is chosen for the sentence alone (``head``). A sentence
that scores just under it ("Going to step away from everyone for a while") is not enough; but
when the same message also carries a sign the rules read and hold too weak to raise alone
(a farewell, withdrawing, hopelessness, distress: 988/AFSP signs counted in pairs), the two
together are what the AFSP calls several warning signs at once. The near line is chosen out
of fold like the classifier's own (``moderation.training.warning_signs``) and stored with its
figures (``near_line``): the lowest at which the combination raises at most ``NEAR_BUDGET`` of
all benign development rows, and adds at most half a point to any one benign source or to the
community's ordinary messages.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..rules.base import NEAR, Signal
from ..rules.mortality import cancer_talk

CRISIS = "crisis"
COMBINED = "combined"
# Benign rows the combination may raise out of fold, beyond the classifier's own budget.
NEAR_BUDGET = 0.0005
# Rule signals that are not signs of the author's own: a mention, a safety statement.
_NOT_SIGNS = frozenset({"mention", "safe", NEAR})
_REGISTER = frozenset({"distress", "hopelessness"})


def weak_rule_signs(signals: Sequence[Signal], text: str) -> list[Signal]:
    """Crisis signs the rules read and hold below the line, not negated, supportive or
    read as the illness (their detail then says why, in parentheses). Distress and
    hopelessness in a text about cancer ("I can't do this anymore, chemo round 5") are this
    community's register for symptoms and treatment, as for the whole-text model
    (``rules.crisis.crisis_model_gate``): they corroborate nothing there."""
    about_cancer = cancer_talk(text)
    return [
        s
        for s in signals
        if s.category == CRISIS
        and 0.3 <= s.score < 0.5
        and "(" not in s.detail
        and s.signal not in _NOT_SIGNS
        and not s.signal.startswith("model:")
        and not (about_cancer and s.signal in _REGISTER)
    ]


def corroborated(signals: Sequence[Signal], text: str) -> Signal | None:
    """A crisis signal (0.55) when a sentence near the classifier's line and a weak rule sign
    meet in one message that nothing else raises and whose author does not say they are safe."""
    crisis = [s for s in signals if s.category == CRISIS]
    near = [s for s in crisis if s.signal == NEAR]
    if not near or any(s.signal == "safe" for s in crisis):
        return None
    if max(s.score for s in crisis) >= 0.5 or not weak_rule_signs(crisis, text):
        return None
    best = max(near, key=lambda s: s.model_score or 0.0)
    return Signal(
        CRISIS, 0.55, COMBINED, best.start, best.end,
        f"a warning sign near the classifier's line {best.detail}, with another "
        "sign the rules read [988/AFSP: several signs together]",
    )  # fmt: skip


def near_line(
    benign_scores: Sequence[float], weak: Sequence[bool], threshold: float, budget: float
) -> float:
    """The lowest line (0.01 steps under ``threshold``, at most 0.3 under) at which benign
    rows scoring between it and ``threshold`` that also carry a weak rule sign stay within
    ``budget`` of all benign rows; ``threshold`` itself when even one step is too many."""
    n = len(benign_scores)
    line = threshold
    for k in range(1, 31):
        candidate = round(threshold - 0.01 * k, 3)
        extra = sum(
            1
            for score, w in zip(benign_scores, weak, strict=True)
            if w and candidate <= score < threshold
        )
        if extra > budget * n:
            break
        line = candidate
    return line
