"""A home remedy in place of a prescribed medicine: the look-alikes of ``misinfo_remedy.DEV``
stay quiet on the full pipeline. Its claims, and all of ``HELD_BACK``, are reported (not
asserted) by ``scripts/moderation_functional.py --misinfo``."""

from __future__ import annotations

import pytest

from .misinfo_remedy import DEV, HELD_BACK
from .support import QUIET, Case, check

# An adult's prescription "to keep in the drawer just in case" and sleeping tablets declined
# with the consultant read as gathering means until the head trained on the second writers'
# signs (README); every look-alike is asserted since.
QUIET_DEV = [c for c in DEV if c.expect == QUIET]


@pytest.mark.parametrize("case", QUIET_DEV, ids=[c.id for c in QUIET_DEV])
def test_lookalike_stays_quiet(case: Case) -> None:
    check(case, "full")


def test_the_sets_are_apart_and_large_enough() -> None:
    assert not {c.text for c in DEV} & {c.text for c in HELD_BACK}
    for part in (DEV, HELD_BACK):
        assert sum(1 for c in part if c.expect) >= 36
        assert sum(1 for c in part if c.expect == QUIET) >= 36
