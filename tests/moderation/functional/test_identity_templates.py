"""The identity-term template suite (``identity_templates``): split checks, floors on DEV.

Floors sit a little under the DEV rates measured when the rules for the suite were written
(``scripts/moderation_functional.py --identity``: rules recall 0.937, full recall 0.983, false
positives 0 in both), so losing a class of words fails. HELD_BACK is reported by the script,
never asserted or tuned on. A fixed sample of DEV keeps the test quick.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .hate_functional import HATEFUL
from .identity_templates import (
    DEV,
    HELD_BACK,
    HELD_WORDS,
    IDENTITIES,
    NEG_ADJ,
    NEG_TEMPLATES,
    NEUTRAL_TEMPLATES,
    part,
)
from .support import pipeline

RECALL_FLOORS = {"rules": 0.92, "full": 0.95}
FALSE_POSITIVE_CEILING = 0.03
SAMPLE = random.Random(0).sample(DEV, 800)
DEV_IDENTITIES = [(a, p) for a, p in IDENTITIES if part(a) == "dev"]


def test_split_is_by_word() -> None:
    assert not {t.case.text for t in DEV} & {t.case.text for t in HELD_BACK}
    assert all(part(t.identity) == "dev" and part(t.word or "x") == "dev" for t in DEV)
    assert all(t.identity in HELD_WORDS and (not t.word or t.word in HELD_WORDS) for t in HELD_BACK)
    assert {t.family for t in HELD_BACK} == {t.family for t in DEV}


@pytest.mark.parametrize("mode", list(RECALL_FLOORS))
def test_dev_recall_and_false_positive_rate(mode: str) -> None:
    verdicts = pipeline(mode).assess_many([t.case.text for t in SAMPLE])
    hate = [(t, bool(a.raised)) for t, a in zip(SAMPLE, verdicts, strict=True)]
    negative = [r for t, r in hate if t.case.label == HATEFUL]
    benign = [(t.case.text, r) for t, r in hate if t.case.label != HATEFUL]
    assert sum(negative) / len(negative) >= RECALL_FLOORS[mode]
    false_alarms = [text for text, r in benign if r]
    assert len(false_alarms) / len(benign) <= FALSE_POSITIVE_CEILING, false_alarms[:10]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(DEV_IDENTITIES), st.sampled_from(NEUTRAL_TEMPLATES))
def test_neutral_identity_mentions_raise_nothing(identity: tuple[str, str], shape: str) -> None:
    """Any identity term in a neutral sentence: the rule floor raises nothing."""
    text = shape.format(A=identity[0])
    assert pipeline("rules").assess(text).raised == (), text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(DEV_IDENTITIES),
    st.sampled_from([w for w in NEG_ADJ if part(w) == "dev" and w != "sick"]),
    st.sampled_from(NEG_TEMPLATES["adj"]),
)
def test_contempt_for_a_group_raises_abuse(
    identity: tuple[str, str], word: str, shape: str
) -> None:
    """Any dev identity term with any dev contempt adjective: the rule floor raises abuse
    ("sick" is left to the model: in a cancer group it is often literal)."""
    text = shape.format(A=identity[0], P=identity[1], w=word)
    assert "abuse" in pipeline("rules").assess(text).raised, text
