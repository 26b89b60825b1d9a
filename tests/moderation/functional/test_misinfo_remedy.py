"""A home remedy in place of a prescribed medicine: the look-alikes of ``misinfo_remedy.DEV``
stay quiet on the full pipeline. Its claims, and all of ``HELD_BACK``, are reported (not
asserted) by ``scripts/moderation_functional.py --misinfo``."""

from __future__ import annotations

import pytest

from .misinfo_remedy import DEV, HELD_BACK
from .support import QUIET, Case, KnownMisses, check

# An adult's prescription "to keep in the drawer just in case" read as gathering means until
# the head trained on the second writers' signs, and again since the one trained on the fifth
# and sixth writers' signs (README: 0.75 against the line 0.735); listed so a change that
# fixes it is noticed. Sleeping tablets declined with the consultant stay quiet. Since the
# whole-text model vouches for a near-line sentence of a short message
# (``corroborate.MODEL_AGREES``), "Been on omeprazole for months." (0.72 near gathering means,
# model 0.41) raises too, in a post about stopping it with the oncologist; since the box was
# chosen again for the retrained head (``corroborate.AGREE_FROM``), so does a story of
# stopping an antiemetic, resolved. Both are quiet again since a medicine stopped, swapped or
# taken up again reads as a treatment decision, not gathering means
# (``rules.mortality.medicine_stopped``, 2026-12-07, fifth session).
MISSES = KnownMisses(
    [c for c in DEV if c.expect == QUIET],
    ("I'm 34 and on R-CHOP.",),
)
QUIET_DEV = MISSES.asserted


def test_the_known_misses_are_listed_and_still_raised() -> None:
    MISSES.check()


@pytest.mark.parametrize("case", QUIET_DEV, ids=[c.id for c in QUIET_DEV])
def test_lookalike_stays_quiet(case: Case) -> None:
    check(case, "full")


def test_the_sets_are_apart_and_large_enough() -> None:
    assert not {c.text for c in DEV} & {c.text for c in HELD_BACK}
    for part in (DEV, HELD_BACK):
        assert sum(1 for c in part if c.expect) >= 36
        assert sum(1 for c in part if c.expect == QUIET) >= 36
