"""Counselling-style look-alikes raise nothing; the genuine crises of the same classes do.

Only ``DEV`` and ``CRISIS_DEV`` are asserted (``full`` pipeline); the held-back parts are
measured by ``scripts/moderation_counselling_talk.py`` and never tuned on.
"""

from __future__ import annotations

import pytest

from .counselling_talk import CRISIS_DEV, DEV
from .support import Case, KnownMisses, check

# The whole-text model alone reads existential questions as despair. No gate keeps it quiet
# there: posts in crisis talk of the afterlife and the point of life too (a first gate for such
# talk, which also took "hell" for the afterlife, lost five C-SSRS crisis posts out of fold; a
# narrower one was not measured). Guilt over a brother's death ("would still be here", near
# "wish to be dead") raised while the whole-text model vouched for it, until another's death
# regretted was read as such (``rules.mortality.anothers_death``).
MISSES = KnownMisses(
    DEV,
    (
        "The idea of existing for eternity, even somewhere good, overwhelms me.",
        "What is the point of life if we all just die in the end? I think about this a lot.",
    ),
)


@pytest.mark.parametrize("case", MISSES.asserted, ids=lambda c: c.id)
def test_counselling_talk_raises_nothing(case: Case) -> None:
    check(case, "full")


@pytest.mark.parametrize("case", CRISIS_DEV, ids=lambda c: c.id)
def test_counselling_crisis_still_raises(case: Case) -> None:
    check(case, "full")


def test_known_misses_are_listed_and_still_missed() -> None:
    MISSES.check()
