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

The whole-text model is the other reader that can vouch for such a sentence. It reads the
register of the whole message, the head reads one sentence about the author; where a short
message (at most ``SHORT_UPTO`` sentences, so the message is about what its sentence says) has
a sentence scoring at least ``AGREE_FROM`` (under the classifier's line) and the whole-text
model's crisis score is at least ``MODEL_AGREES``, two independent readings agree ("I've
started leaving the kids' things with my sister. Easier that way."). The box is chosen out of
fold by ``python -m moderation.training.agreement DATA_DIR``: for each sentence line from the
near line up, the lowest model score at which sentences of short benign rows in the box (the
whole-text crisis head refitted without each row's fold) stay within the same budgets as the
rules' corroboration; of those, the pair that raises the most written warning signs.

A long message has a box of its own (``LONG_AGREE_FROM``, ``LONG_MODEL_AGREES``), chosen by
the same rule and budgets on long benign rows, to raise the most long crisis posts of C-SSRS
and SDCNL that nothing else raises: there one sentence is one part of a post, and the
whole-text model reads the rest. Not in a long post about cancer or a death
(``long_register``). The numbers hold for one warning-sign head: ``CHOSEN_FOR`` is its
threshold and near line, and a test fails when the shipped head's differ (a retrained head
needs the boxes chosen again).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..claims.shape import sentence_count
from ..rules.base import NEAR, Signal
from ..rules.mortality import cancer_talk, loss_talk
from ..rules.registers import helping

CRISIS = "crisis"
COMBINED = "combined"
# Benign rows the combination may raise out of fold, beyond the classifier's own budget.
NEAR_BUDGET = 0.0005
# Rule signals that are not signs of the author's own: a mention, a safety statement.
_NOT_SIGNS = frozenset({"mention", "safe", NEAR})
_REGISTER = frozenset({"distress", "hopelessness"})
# The whole-text model's crisis score (calibrated: 0.5 is its own line) from which it vouches
# for a sentence of a short message scoring from ``AGREE_FROM`` up to the classifier's line
# (module docstring; ``training.agreement``), and the warning-sign head (threshold, near line)
# the two were chosen for.
MODEL_AGREES = 0.26
AGREE_FROM = 0.71
# The box of a long message (more than ``SHORT_UPTO`` sentences), chosen by the same rule on
# long benign rows to gain the long crisis posts of C-SSRS and SDCNL out of fold (2026-12-06:
# 34 of them, 6 benign rows, 30 r/depression and C-SSRS indicator posts, no Supportive post).
LONG_MODEL_AGREES = 0.40
LONG_AGREE_FROM = 0.675
CHOSEN_FOR = (0.735, 0.675)
# A short message: the matcher's ``PAIRS_UPTO``, where neighbouring sentences read as one.
SHORT_UPTO = 4


def agreement_box(sentences: int) -> tuple[float, float]:
    """(sentence line, whole-text model line) of the box for a message of ``sentences``."""
    if sentences <= SHORT_UPTO:
        return AGREE_FROM, MODEL_AGREES
    return LONG_AGREE_FROM, LONG_MODEL_AGREES


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


def corroborated(signals: Sequence[Signal], text: str, model_crisis: float = 0.0) -> Signal | None:
    """A crisis signal (0.55) when a sentence near the classifier's line meets a weak rule
    sign, or, from ``AGREE_FROM`` up, the whole-text model's crisis reading (``model_crisis``,
    its calibrated score, at least ``MODEL_AGREES``; a long message: the ``LONG_`` box), in a
    message that nothing else raises and whose author does not say they are safe."""
    crisis = [s for s in signals if s.category == CRISIS]
    near = [s for s in crisis if s.signal == NEAR]
    if not near or any(s.signal == "safe" for s in crisis):
        return None
    if max(s.score for s in crisis) >= 0.5:
        return None
    best = max(near, key=lambda s: s.model_score or 0.0)
    if weak_rule_signs(crisis, text):
        other = "another sign the rules read [988/AFSP: several signs together]"
    elif (box := box_for(text)) is not None and (
        (best.model_score or 0.0) >= box[0] and model_crisis >= box[1]
    ):
        length = "short" if sentence_count(text) <= SHORT_UPTO else "long"
        other = (
            f"the whole-text model's crisis reading (p={model_crisis:.2f}) of a {length} message"
        )
    else:
        return None
    return Signal(
        CRISIS, 0.55, COMBINED, best.start, best.end,
        f"a warning sign near the classifier's line {best.detail}, with {other}",
    )  # fmt: skip


def long_register(text: str) -> bool:
    """A long post about cancer or a death (``rules.mortality``), with no words of ending
    one's life: the community's own long posts, where the whole-text model reads illness
    and grief as a crisis (its gate, ``rules.crisis.crisis_model_gate``, holds it under its
    line for the same reason). The long box was chosen on general posts; it does not vouch
    there."""
    return cancer_talk(text) or loss_talk(text)


def box_for(text: str) -> tuple[float, float] | None:
    """The agreement box of this message (``agreement_box``), or None where the whole-text
    model does not vouch: a long post about cancer or a death (``long_register``), or an offer
    of practical help to someone (``rules.registers.helping``: "happy to drive you to clinic on
    Thursday, I'm going that way anyway" is no one's crisis)."""
    sentences = sentence_count(text)
    if sentences > SHORT_UPTO and long_register(text):
        return None
    if helping(text):
        return None
    return agreement_box(sentences)


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
