"""Misinformation by meaning, generalisation set: the part of ``misinfo_generalise.DEV`` that
the full pipeline must get right is asserted; the rest, and all of ``HELD_BACK``, is reported
by ``scripts/moderation_functional.py --misinfo``."""

from __future__ import annotations

from .misinfo_generalise import DEV, HELD_BACK
from .support import QUIET


def test_the_sets_are_large_enough_and_split_by_phrasing() -> None:
    for part, least in ((DEV, 40), (HELD_BACK, 30)):
        assert sum(1 for c in part if c.expect) >= least
        assert sum(1 for c in part if c.expect == QUIET) >= least
    assert not {c.text for c in DEV} & {c.text for c in HELD_BACK}
    assert {c.function for c in DEV} == {c.function for c in HELD_BACK}
