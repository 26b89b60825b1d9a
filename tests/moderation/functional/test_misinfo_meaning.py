"""Misinformation by meaning: the look-alikes of ``misinfo_meaning.DEV`` stay quiet.

They run through the default pipeline (rules + MiniLM, whose encoder the claims matcher
uses). The positive paraphrases of ``DEV`` and all of ``HELD_BACK`` are reported, not
asserted, by ``scripts/moderation_functional.py``: the similarity floor is chosen on benign
data only, and MiniLM puts some paraphrases below it.
"""

from __future__ import annotations

import pytest

from .misinfo_meaning import DEV
from .support import QUIET, Case, check

QUIET_DEV = [c for c in DEV if c.expect == QUIET]


@pytest.mark.parametrize("case", QUIET_DEV, ids=[c.id for c in QUIET_DEV])
def test_lookalike_stays_quiet(case: Case) -> None:
    check(case, "full")


def test_the_dev_part_has_claims_and_lookalikes_for_every_kind() -> None:
    kinds = {c.function for c in DEV if c.expect}
    assert len(kinds) >= 10 and len(QUIET_DEV) >= 6
