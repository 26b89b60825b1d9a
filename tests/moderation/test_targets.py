"""Message targets by direction (rules/targets.py) and the model stance gate (assessor)."""

from __future__ import annotations

import pytest

from moderation.assessor import _stance_gate
from moderation.rules.base import Signal
from moderation.rules.targets import acknowledgement, message_target, swears


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("you are a moron", "you"),
        ("@sam is a liar", "you"),
        ("@user @user oh noes! tough shit.", "none"),  # a reply's address is not a target
        ("muslims are all the same", "group"),
        ("those people ruin everything", "group"),
        ("she is such a liar", "third"),
        ("fuck this wifi", "none"),
        ("scans were clear today", "none"),
    ],
)
def test_message_target(text, target):
    assert message_target(text) == target


def test_swears():
    assert swears("this shit is hard") and not swears("this is hard")


def _sig(score: float, detail: str, signal: str = "hate") -> Signal:
    return Signal("abuse", score, signal, 0, 5, detail)


def test_model_alone_quiet_where_rules_read_denial_or_quote():
    quoted = [_sig(0.3, "negative generalisation (quoted, reported or condemned)")]
    assert _stance_gate(quoted, 0.9, "p=0.90")[0] < 0.5
    denied = [_sig(0.3, "negative generalisation (denied in its own words)")]
    assert _stance_gate(denied, 0.9, "p=0.90")[0] < 0.5


def test_stance_gate_keeps_model_when_a_rule_raises_or_nothing_found():
    both = [_sig(0.3, "x (quoted, reported or condemned)"), _sig(0.9, "insult", "insult")]
    assert _stance_gate(both, 0.9, "p=0.90")[0] == 0.9
    assert _stance_gate([], 0.9, "p=0.90")[0] == 0.9
    assert _stance_gate([_sig(0.3, "x (denied in its own words)")], 0.4, "p")[0] == 0.4


@pytest.mark.parametrize(
    ("text", "only_agrees"),
    [
        ("that is true.", True),
        ("lol very true", True),
        ("thats true in some aspects", True),
        ("great point!!", True),
        ("you're right", True),
        ("thanks so much :)", True),
        ("that is true, you stupid cow", False),  # the insult is not part of the agreement
        ("true, they are vermin", False),
        ("that's so true about immigrants", False),
        ("right, get out of this group", False),
    ],
)
def test_acknowledgement(text, only_agrees):
    assert acknowledgement(text) is only_agrees
