"""The HateCheck-style suite (``hate_functional``): accuracy floors on its TUNE part.

Floors sit a little under the rates measured when the suite was added (rules 0.756, full
0.908; ``scripts/moderation_functional.py --hatecheck``), so a change that loses several
functionalities fails. HELD_BACK is reported by the script, never asserted or tuned on.
"""

from __future__ import annotations

import pytest

from .hate_functional import HATEFUL, HELD_BACK, TUNE
from .hate_generalise import DEV as GEN_DEV
from .hate_generalise import HELD_BACK as GEN_HELD_BACK
from .support import pipeline

FLOORS = {"rules": 0.72, "full": 0.87}
# hate_generalise DEV measured at rules 0.982, full 0.991 when the rules for it were written.
GEN_FLOORS = {"rules": 0.95, "full": 0.95}


_SUITES = {"hatecheck-tune": (TUNE, FLOORS), "generalise-dev": (GEN_DEV, GEN_FLOORS)}


@pytest.mark.parametrize(
    ("suite", "mode"), [(suite, mode) for suite in _SUITES for mode in _SUITES[suite][1]]
)
def test_accuracy_floor(suite: str, mode: str) -> None:
    cases, floors = _SUITES[suite]
    verdicts = pipeline(mode).assess_many([c.text for c in cases])
    ok = [c.passes(a.raised) for c, a in zip(cases, verdicts, strict=True)]
    failed = [c.text for c, good in zip(cases, ok, strict=True) if not good]
    assert sum(ok) / len(ok) >= floors[mode], failed


def test_suite_covers_every_functionality_on_both_sides() -> None:
    functions = {c.functionality for c in TUNE}
    assert {c.functionality for c in HELD_BACK} <= functions
    assert any(c.label == HATEFUL for c in TUNE) and any(c.label != HATEFUL for c in TUNE)
    assert not {c.text for c in TUNE} & {c.text for c in HELD_BACK}


def test_generalisation_suite_is_disjoint_and_covers_both_sides() -> None:
    """``hate_generalise``: DEV and HELD_BACK share functionalities, never texts."""
    assert {c.functionality for c in GEN_HELD_BACK} <= {c.functionality for c in GEN_DEV}
    assert not {c.text for c in GEN_DEV} & {c.text for c in GEN_HELD_BACK}
    known = {c.text for c in TUNE} | {c.text for c in HELD_BACK}
    assert not known & ({c.text for c in GEN_DEV} | {c.text for c in GEN_HELD_BACK})
    assert {c.label for c in GEN_DEV} == {c.label for c in GEN_HELD_BACK} == {HATEFUL, "not abuse"}
