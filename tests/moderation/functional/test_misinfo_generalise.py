"""Misinformation by meaning, generalisation set: the look-alikes of ``misinfo_generalise.DEV``
stay quiet on the full pipeline. Its claims, and all of ``HELD_BACK``, are reported (not
asserted) by ``scripts/moderation_functional.py --misinfo``: the floor is chosen on benign
data only, and MiniLM puts some paraphrases below it."""

from __future__ import annotations

import pytest

from .misinfo_generalise import AFTER_MEASURING, DEV, HELD_BACK
from .support import QUIET, Case, check

QUIET_DEV = [c for c in DEV if c.expect == QUIET] + AFTER_MEASURING


@pytest.mark.parametrize("case", QUIET_DEV, ids=[c.id for c in QUIET_DEV])
def test_lookalike_stays_quiet(case: Case) -> None:
    check(case, "full")


def test_the_sets_are_large_enough_and_split_by_phrasing() -> None:
    for part, least in ((DEV, 40), (HELD_BACK, 30)):
        assert sum(1 for c in part if c.expect) >= least
        assert sum(1 for c in part if c.expect == QUIET) >= least
    assert not {c.text for c in DEV} & {c.text for c in HELD_BACK}
    assert {c.function for c in DEV} == {c.function for c in HELD_BACK}
