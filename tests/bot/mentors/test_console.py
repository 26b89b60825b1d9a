"""Mentor matching end to end through the console adapter's real input/output loop."""

from __future__ import annotations

import io

from adapters.console import platform
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.storage.database import Database

SCRIPT = """\
sam: /mentor volunteer 2
sam@dm: leukemia
sam@dm: newly diagnosed, in treatment
sam@dm: 5-12
sam@dm: English
sam@dm: hospital stays
maria: /mentor request
maria@dm: newly diagnosed
maria@dm: leukemia
maria@dm: 5-12
maria@dm: -
sam@dm: Accept
maria@dm: 1
!clock +6d
!clock +1d
maria@dm: Not yet
sam@dm: /mentor end
maria@dm: /mentor status
"""


async def test_console_mentor_flow(config: Config, database: Database, clock: FakeClock) -> None:
    config.mentors.review = True
    hearth = Hearth(config, database, clock=clock, features=("bot.mentors.feature:MentorsFeature",))
    out = io.StringIO()
    script = SCRIPT.replace("sam@dm: Accept", "olivia@moderators: Approve\nsam@dm: Accept")
    await platform.run(hearth, config, stdin=io.StringIO(script), stdout=out, echo=True)
    text = out.getvalue()
    review = text.index("[#moderators] hearth: Mentor match #1 to review")
    approved = text.index("Approved by olivia: both parents have been asked.")
    proposal = text.index("[DM → maria] hearth: We found a possible mentor")
    assert review < approved < proposal
    assert "[DM → sam] hearth: A parent would like a mentor" in text
    assert "Thank you. I'll introduce you as soon as the other parent accepts too." in text
    assert "[DM → sam] hearth: Meet maria" in text
    assert "[DM → maria] hearth: Meet sam, your mentor" in text
    day6 = text.index("(clock is now 2026-03-07 12:00 UTC)")
    day7 = text.index("(clock is now 2026-03-08 12:00 UTC)")
    check = text.index("[DM → maria] hearth: Checking in")
    assert day6 < day7 < check and text.count("Checking in") == 2
    assert "A short hello by direct message to sam is plenty" in text
    assert "Done: your match with maria has ended" in text
    assert "[DM → maria] hearth: Your mentor match with sam has come to a close." in text
    assert "You have no mentor requests or matches." in text
