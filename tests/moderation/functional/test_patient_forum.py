"""Posts of an adult-patient cancer forum (``patient_forum.DEV``) raise nothing through the
default pipeline.

``HELD_BACK`` is counted by ``scripts/moderation_patient_voice.py`` and never tuned on.
"""

from __future__ import annotations

import pytest

from .patient_forum import DEV
from .support import Case, KnownMisses, check

# Still raised, listed so a change that fixes one is noticed: a will made with a solicitor
# "so my husband isn't dealing with a mess after I die", a fentanyl patch warmed by a hot bath
# (the whole-text model), since the hidden-layer head (README) letters for the children asked
# about "without making it all about me being gone", and since the head trained on the second
# writers' signs things given away "while I can still choose who gets what" and breakthrough
# doses tracked in a notebook (read as counting medicine), and since the fifth and sixth
# writers' signs a patient who feels "such a burden" to her husband in a post about their
# marriage (read as the burden sign; a moderator may fairly look). Since the whole-text model's
# box was chosen again for the retrained head (``corroborate.AGREE_FROM``: sentences from 0.71,
# model from 0.26) gallows humour about the afterlife and a wardrobe cleared out raise.
MISSES = KnownMisses(
    DEV,
    (
        "Practical question, how did you approach the will",
        "The fentanyl patch has been great",
        "I'm slowly giving things away while I can",
        "Tracking my breakthrough doses in a note",
        "I've started writing letters for my kids",
        "I feel like such a burden to my husband",
        "Planning my grand entrance to the afterl",
        "Cleared out my wardrobe today.",
    ),
)
ASSERTED = MISSES.asserted


def test_the_known_misses_are_listed_and_still_missed() -> None:
    MISSES.check()


@pytest.mark.parametrize("case", ASSERTED, ids=[c.id for c in ASSERTED])
def test_forum_post_stays_quiet(case: Case) -> None:
    check(case, "full")
