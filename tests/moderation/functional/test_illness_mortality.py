"""Death talk of this community that is no crisis stays quiet on the rule floor.

Only the ``DEV`` parts are asserted; ``HELD_BACK`` and ``LONG_POSTS`` are measured by
``scripts/moderation_crisis_paraphrases.py`` and never tuned on.
"""

from __future__ import annotations

import pytest

from .illness_mortality import DEV, DEV_LONG
from .support import Case, check


@pytest.mark.parametrize("case", DEV + DEV_LONG, ids=lambda c: c.id)
def test_death_talk_is_no_crisis_on_the_rule_floor(case: Case) -> None:
    check(case, "rules")
