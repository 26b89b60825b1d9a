"""A support group's ordinary posts in a patient's or a parent's voice raise nothing.

Only ``patient_posts.DEV`` is asserted (``full`` pipeline); ``HELD_BACK`` is counted by
``scripts/moderation_patient_voice.py`` and never tuned on.
"""

from __future__ import annotations

import pytest

from .patient_posts import DEV
from .support import Case, check


@pytest.mark.parametrize("case", DEV, ids=[c.id for c in DEV])
def test_ordinary_post_stays_quiet(case: Case) -> None:
    check(case, "full")
