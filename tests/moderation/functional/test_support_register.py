"""Support told to another parent raises nothing; support that turns into a crisis or abuse does.

Only ``support_register.DEV`` is asserted (``full`` pipeline); ``HELD_BACK`` is measured by
``scripts/moderation_functional.py`` (rows ``sr-dev``, ``sr-held``) and never tuned on.
"""

from __future__ import annotations

import pytest

from .support import Case, KnownMisses, check
from .support_register import DEV

# The by-meaning abuse heads read support told to "you" as near a threat or a wish of harm
# (an imperative: "don't go quiet"; a verdict: "ur right to complain"). Teaching the main head
# the written support register as negatives quieted three held-back cases and lost seven sealed
# abuse cases (README), so they stay known misses (the threat head trained with the register
# at weight 5 since 2026-12-07 quiets "I know it feels like you're the only one"). The
# ondansetron tip is read as a medicine swapped for a remedy ("works better"); the insult
# about a named member with no "you" reads only to the whole-text model, under its line after
# a kind opener.
MISSES = KnownMisses(
    DEV,
    (
        "fyi ondansetron works better",
        "that consultant sounds like a total muppet",
        "Lovely post. Shame the group's full of",
    ),
)


@pytest.mark.parametrize("case", MISSES.asserted, ids=lambda c: c.id)
def test_support_register(case: Case) -> None:
    check(case, "full")


def test_known_misses_are_listed_and_still_missed() -> None:
    MISSES.check()
