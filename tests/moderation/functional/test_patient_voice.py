"""Patient-voice posts and consumer health questions raise nothing; patient-voice crises do.

Only the ``DEV`` parts and ``CRISIS_DEV`` are asserted (``full`` pipeline, by meaning on);
``HELD_BACK``, ``LONG_POSTS`` and ``CRISIS_HELD_BACK`` are measured by
``scripts/moderation_patient_voice.py`` and never tuned on. ``KNOWN_DEV_MISSES`` are dev cases
the pipeline still raises, listed so a change that fixes one is noticed.
"""

from __future__ import annotations

import pytest

from .patient_voice import CRISIS_DEV, DEV, DEV_LONG
from .support import Case, check, pipeline

# The model alone reads despair in a sentence naming only a painkiller (no cancer word, and
# painkiller names are left out of the cancer-talk gate because overdose posts use them). Since
# the hidden-layer warning-sign head (README): a missed dose "didn't take it" read as
# self-harm, and "the week before every scan I'm a wreck".
KNOWN_DEV_MISSES = frozenset(
    c.text
    for c in DEV + DEV_LONG
    if c.text.startswith(
        (
            "I hate being on so many painkillers, I feel like a zombie",
            "Can someone explain what happens if you",
            "Scan results are in and",
        )
    )
)
# Within 0.01 of the warning-sign line, so its verdict follows the CPU: int8 matrix products
# are exact on CPUs with VNNI and saturate on AVX2-only ones (README, Models), which moves a
# sentence vector by about 1% (cosine to the float pass 0.989 either way). It raised on an
# AVX2 machine (score 0.74 against 0.73) and not on the machine the head was trained on.
# The mastectomy question's "Part of me wants everything off so I never have to worry about
# it again" scored 0.73 against a line of 0.72 on the machine of 2026-12-04 (the head retrained
# there after a phrasing was dropped), under it on the one before.
CPU_BORDERLINE = frozenset(
    c.text
    for c in DEV_LONG
    if c.text.startswith(
        ("Update on the pain situation for anyone", "Question for anyone who's been through")
    )
)
QUIET_DEV = [c for c in DEV + DEV_LONG if c.text not in KNOWN_DEV_MISSES | CPU_BORDERLINE]


def test_cpu_borderline_cases_exist() -> None:
    assert len(CPU_BORDERLINE) == 2
    assert len(KNOWN_DEV_MISSES) == 3


@pytest.mark.parametrize("case", QUIET_DEV, ids=lambda c: c.id)
def test_patient_voice_raises_nothing(case: Case) -> None:
    check(case, "full")


@pytest.mark.parametrize("case", CRISIS_DEV, ids=lambda c: c.id)
def test_patient_voice_crisis_still_raises(case: Case) -> None:
    check(case, "full")


def test_known_misses_are_still_misses() -> None:
    raised = pipeline("full").assess_many(sorted(KNOWN_DEV_MISSES))
    assert all(a.raised for a in raised), "a known miss is fixed: remove it from the list"
