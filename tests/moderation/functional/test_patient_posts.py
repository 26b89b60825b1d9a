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
# two), and since the fifth and sixth writers' signs assisted dying discussed with a palliative
# team, "knowing it's there if the pain becomes unmanageable has given me a kind of peace" (the
# unbearable-pain sign at 0.74). Morphine started for pain, a dying child's goodbyes, waking
# to a dead child's memory, a wait of five hours in the chemo day unit and (since those signs)
# five years since diagnosis, "still here, still annoying my kids", no longer raise. Since the
# whole-text model vouches for a near-line sentence of a short message
# (``corroborate.MODEL_AGREES``), a bereaved parent giving a dead son's clothes to the hospice
# shop (0.70 near "giving things away", model 0.46) raises, and since the head retrained on
# this machine's vectors (near line 0.695 -> 0.675) a hospice bridge club's gallows humour
# ("I lost £3 and my dignity", 0.68 near "giving things away", model 0.42). Both are quiet
# again since the box was chosen again for that head (``corroborate.AGREE_FROM`` 0.71); a
# father's medicines cleared after his death raises instead (its sentence over 0.71, the
# whole-text model under the old 0.40). Since a long message has its own box
# (``corroborate.LONG_AGREE_FROM`` 0.675, model 0.40), a bereaved parent two years on raises:
# waking to the dead son's memory (0.69 near "wish to be dead", model 0.50) in a post whose
# denied wish to die keeps it out of the register of loss (``rules.mortality.loss_talk``
# yields to those words, denied or not).
MISSES = KnownMisses(
    DEV + DEV_PATIENTS + DEV_END_OF_LIFE,
    (
        "Fear of dying vs wanting to live properly",
        "My palliative team and I have talked",
        "My dad passed away last week",
        "Two years on from losing our son Danny",
    ),
)
QUIET_DEV = MISSES.asserted


def test_the_known_misses_are_listed_and_still_missed() -> None:
    MISSES.check()


@pytest.mark.parametrize("case", QUIET_DEV, ids=[c.id for c in QUIET_DEV])
def test_ordinary_post_stays_quiet(case: Case) -> None:
    check(case, "full")
