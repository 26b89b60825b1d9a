"""Patient-voice posts and consumer health questions raise nothing; patient-voice crises do.

Only the ``DEV`` parts and ``CRISIS_DEV`` are asserted (``full`` pipeline, by meaning on);
``HELD_BACK``, ``LONG_POSTS`` and ``CRISIS_HELD_BACK`` are measured by
``scripts/moderation_patient_voice.py`` and never tuned on. ``MISSES`` are dev cases
the pipeline still raises, listed so a change that fixes one is noticed.
"""

from __future__ import annotations

import pytest

from .patient_voice import CRISIS_DEV, DEV, DEV_LONG
from .support import Case, KnownMisses, check

# The model alone reads despair in a sentence naming only a painkiller (no cancer word, and
# painkiller names are left out of the cancer-talk gate because overdose posts use them). Since
# the hidden-layer warning-sign head (README): "the week before every scan I'm a wreck".
MISSES = KnownMisses(
    DEV + DEV_LONG,
    (
        "I hate being on so many painkillers, I feel like a zombie",
        "Scan results are in and",
    ),
)
# Within 0.01 of the warning-sign line, so its verdict follows the CPU: int8 matrix products
# are exact on CPUs with VNNI and saturate on AVX2-only ones (README, Models), which moves a
# sentence vector by about 1% (cosine to the float pass 0.989 either way). It raised on an
# AVX2 machine (score 0.74 against 0.73) and not on the machine the head was trained on.
# The mastectomy question's "Part of me wants everything off so I never have to worry about
# it again" scored 0.73 against a line of 0.72 on the machine of 2026-12-04 (the head retrained
# there after a phrasing was dropped), under it on the one before.
CPU_BORDERLINE = KnownMisses(
    MISSES.asserted,
    ("Update on the pain situation for anyone", "Question for anyone who's been through"),
)
QUIET_DEV = CPU_BORDERLINE.asserted


def test_known_misses_and_cpu_borderline_cases_are_listed() -> None:
    MISSES.check()
    CPU_BORDERLINE.check(still_wrong=False)


@pytest.mark.parametrize("case", QUIET_DEV, ids=lambda c: c.id)
def test_patient_voice_raises_nothing(case: Case) -> None:
    check(case, "full")


@pytest.mark.parametrize("case", CRISIS_DEV, ids=lambda c: c.id)
def test_patient_voice_crisis_still_raises(case: Case) -> None:
    check(case, "full")
