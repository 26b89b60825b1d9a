"""Onboarding end to end through the real console adapter (labels typed, forms line by line)."""

from __future__ import annotations

import io

from adapters.console import platform
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.storage.database import Database
from tests.bot.onboarding.helpers import FEATURES

SCRIPT = """\
jordan: Hello everyone. A friend said this group might help.
jordan@dm: Bereaved
jordan@dm: Skip
jordan@dm: 5 to 12
jordan@dm: United Kingdom
jordan@dm: Enter my time zone
jordan@dm: Europe/Londn
jordan@dm: Europe/London
jordan@dm: Talking with other parents
jordan@dm: Done
jordan@dm: Not now
jordan@dm: No, keep them private
jordan@dm: I agree
jordan@dm: /profile
olivia: /onboarding summary
jordan@dm: /forgetme
jordan@dm: Yes, delete everything
jordan@dm: /profile
"""


async def test_console_onboarding_end_to_end(
    config: Config, database: Database, clock: FakeClock
) -> None:
    hearth = Hearth(config, database, clock=clock, features=FEATURES)
    out = io.StringIO()
    await platform.run(hearth, config, stdin=io.StringIO(SCRIPT), stdout=out, echo=False)
    text = out.getvalue()
    assert text.startswith("(jordan gets the role newcomer)\n[DM → jordan] hearth: Welcome to")
    assert text.count("Question 1 of 9") == 1
    assert "Question 9 of 9" in text
    assert "[DM → jordan] form: Time zone" in text
    assert "I don't know the time zone “Europe/Londn”" in text
    assert "(jordan loses the role newcomer)\n(jordan gets the role bereavement)" in text
    assert "hearth: Welcome aboard" in text
    profile = text.split("hearth: Your profile", 1)[1]
    assert "Where your family is: Bereaved" in profile
    assert "Diagnosis group: skipped (private)" in profile
    assert "Time zone: Europe/London\n" in profile
    summary = text.split("only they see] hearth: Onboarding summary", 1)[1]
    assert "1 member(s) finished onboarding; 0 in progress." in summary
    assert "Child's age: other answers hidden (fewer than 3 each)" in summary
    assert "jordan" not in summary.split("\n[DM", 1)[0]
    assert "(jordan loses the role bereavement)\n[DM → jordan] hearth: Deleted" in text
    # after /forgetme the profile is empty again: nothing was kept
    assert text.rstrip().endswith(
        "buttons: [1] Change Where your family is  [2] Change Diagnosis group  "
        "[3] Change Child's age  [4] Change Region  [5] Change Time zone  "
        "[6] Change Support wanted  [7] Change Mentor parent  [8] Change Share with organizers"
    )
    last_profile = text.rsplit("hearth: Your profile", 1)[1]
    assert "Where your family is: not answered yet" in last_profile
