"""A support group's ordinary posts in a patient's or a parent's voice raise nothing.

Only the dev parts of ``patient_posts`` are asserted (``full`` pipeline); ``HELD_BACK`` is
counted by ``scripts/moderation_patient_voice.py`` and never tuned on.
"""

from __future__ import annotations

import pytest

from .patient_posts import DEV, DEV_END_OF_LIFE, DEV_PATIENTS
from .support import Case, KnownMisses, check

# Still raised, listed so a change that fixes one is noticed: a wish to die denied in a sentence
# the by-meaning stage reads without the denial (deferring to the rules' negation there cost
# two), and since the head trained on the second writers' signs (README) five years since
# diagnosis, "still here, still annoying my kids". Morphine started for pain, a dying child's
# goodbyes, waking to a dead child's memory, assisted dying discussed with a palliative team
# and (since that head) a wait of five hours in the chemo day unit no longer raise.
MISSES = KnownMisses(
    DEV + DEV_PATIENTS + DEV_END_OF_LIFE,
    ("Fear of dying vs wanting to live properly", "5 years since diagnosis today. still her"),
)
QUIET_DEV = MISSES.asserted


def test_the_known_misses_are_listed_and_still_missed() -> None:
    MISSES.check()


@pytest.mark.parametrize("case", QUIET_DEV, ids=[c.id for c in QUIET_DEV])
def test_ordinary_post_stays_quiet(case: Case) -> None:
    check(case, "full")
