"""Crisis told indirectly in a parent's voice (``crisis_indirect.DEV``): caught, and its
look-alikes quiet, through the default pipeline.

``HELD_BACK`` is counted by ``scripts/moderation_crisis_paraphrases.py`` and never tuned on.
"""

from __future__ import annotations

import pytest

from .crisis_indirect import DEV
from .support import Case, KnownMisses, check

# Still missed or still raised, listed so a change that fixes one is noticed. Missed: leftover
# medicine counted as "more than enough", a dead child's ashes at a cliff, thanks and goodbye
# with nothing final, videos for birthdays and "ready now", two timelines told as rest or a
# kept promise, and since the head trained on
# the second writers' signs (README) things given away "won't be needing any of it after".
# The fifth and sixth writers' signs brought back "done trying" and a night at a railway
# crossing, and lost a 17-year-old who keeps saying to stop treatment "so he can just go",
# found leaning out of a ward window. Raised: a burden
# denied in its next sentence, a past thought of ending it, trapped on the ward (the
# whole-text model with "I feel trapped"), leftover medicine dropped at a take-back bin told in
# the sentence after the bin (the view from a ninth-floor ward raised from the fifth and sixth
# writers' signs until numbers with a unit stopped reading "9th" as "gth"). A teenager who
# told his nurse he thinks about how to end it is caught since the C-SSRS rule reads the
# thought of how ("thinking about how to end it"), and videos recorded on a phone for a child
# since the head retrained on this machine's vectors (2026-12-06). Since the whole-text
# model's box was chosen again for that head (``corroborate.AGREE_FROM``, 2026-12-06), the
# videos for the child are lost again and the ninth-floor view raises (its sentence over 0.71,
# the whole-text model between the new 0.26 and the old 0.40). The videos and a parent at the
# cliffs where the ashes were scattered raise again since the readings of affairs put in order
# then "I'm ready" and of following a dead child as "so easy" (2026-12-07, third session).
# Leftover medicine "dropped off" at the pharmacy's take-back bin stays quiet since a medicine
# stopped, dropped or swapped is read as a treatment decision, not gathering means
# (``rules.mortality.medicine_stopped``, 2026-12-07, fifth session). The group farewell of
# thanks, "take care of each other" and goodbye raises since a farewell told whole counts as
# the sign in full (``rules.crisis._told_whole``, eighth session). Thoughts of ending it
# "years ago", then "I'm not anywhere near there now" and "today was just a bad scan day",
# stay quiet since distance from the episode ends it and an ordinary hard day does not bring
# it back (``rules.recovered``, ninth session).
MISSES = KnownMisses(
    DEV,
    (
        "Once the funeral is done",
        "Promised myself I'd stay",
        "Sometimes I feel like everyone would be better off",
        "I feel trapped on this ward",
        "Anyone want a stand mixer, a bike and a",
        "Our 17yo keeps saying we should stop",
        "Ward's on the 9th floor",
    ),
)
ASSERTED = MISSES.asserted


def test_the_known_misses_are_listed_and_still_missed() -> None:
    MISSES.check()


@pytest.mark.parametrize("case", ASSERTED, ids=[c.id for c in ASSERTED])
def test_indirect_crisis_and_its_look_alikes(case: Case) -> None:
    check(case, "full")
