"""Misinformation in adult patients' and parents' forum register (``patient_claims.DEV``): the
dangerous twins raise misinformation, their ordinary look-alikes raise nothing, through the
default pipeline.

``HELD_BACK`` is counted by ``scripts/moderation_functional.py --misinfo`` and never tuned on.
"""

from __future__ import annotations

import pytest

from .patient_claims import DEV
from .support import Case, KnownMisses, check, passes, pipeline

# Still wrong, listed so a change that fixes one is noticed. Raised: a claim someone else made,
# passed on and doubted (a rule for it fixed these three and none of the held-back half, so it
# was not kept). Missed: an own choice endorsed to others in words far from every catalogue
# phrasing (similarity 0.46-0.57), and claims whose advice has no health word the matcher's gate
# reads ("you're better off treating it yourself with natural stuff", "Turmeric does the same
# job" after "Stop it"), and a fever kept at home told in one sentence and urged on others in
# the next ("Don't let them panic you into A&E"): reading a sentence end as a clause start
# caught it and raised an ordinary week ("Quiet week at home. No fevers ..."), so it was not kept.
MISSES = KnownMisses(
    DEV,
    (
        "Someone in a Facebook group told me baking soda",
        "My father-in-law says chemo is poison",
        "A mum in another group claimed",
        "They paused my chemo for two weeks",
        "I told my onc I'm done with chemo",
        "Refused the mastectomy and the radiotherapy",
        "Acupuncture and meditation do everything",
        "My oncologist was rude and rushed",
        "Is tamoxifen worth it?",
        "Last chemo today, because I decided so",
        "Had my port taken out early",
        "My son had 39 on chemo last week",
    ),
)


@pytest.mark.parametrize("case", DEV, ids=[c.id for c in DEV])
def test_each_dev_case_is_right_or_a_listed_miss(case: Case) -> None:
    """A listed miss must still be wrong (fixing one moves it back to being asserted)."""
    if case in MISSES:
        raised = pipeline("full").assess(case.text).raised
        assert not passes(case, raised), f"known miss now passes, assert it again: {case.id}"
    else:
        check(case, "full")


def test_each_listed_miss_names_one_case() -> None:
    MISSES.check(still_wrong=False)
