"""The resource loop on the console, through its real input/output loop: suggest, approve in
a form, find (privately), "This helped", the monthly stale reminder and Retire."""

from __future__ import annotations

import io

from adapters.console import platform
from bot.app import Hearth
from bot.config import Config

SCRIPT = """\
maria: /resources suggest https://parking.example.org/passes Free parking passes; saved us a lot.
alex: Approve
alex@dm: Hospital parking passes
alex@dm: How to ask the hospital for a free parking pass.
alex@dm: parking; financial
alex@dm: parents
alex@dm: global
sam: /resources parking
sam: This helped: Hospital parking passes
!clock +1h
!clock +31d
olivia: Retire
maria: /resources travel for care
"""


async def test_suggest_approve_find_helped_stale_retire(hearth: Hearth, config: Config) -> None:
    config.resources.stale_after_days = 500  # of the sample's placeholder dates, one is stale
    out = io.StringIO()
    await platform.run(hearth, config, stdin=io.StringIO(SCRIPT), stdout=out, echo=True)
    text = out.getvalue()
    assert "[#moderators] hearth: Resource suggestion #1" in text
    assert "Approved: “Hospital parking passes” is in the directory now." in text
    found = text[text.index("sam: /resources parking") :]
    assert found.startswith("sam: /resources parking\n[#general → sam, only they see]")
    assert "(Suggested by a parent, reviewed by a moderator on 2026-03-01)" in found
    assert "Thank you. Knowing what helped" in found
    reminder = text[text.index("!clock +31d") :]
    assert "Resource to review" in reminder and "Travel for care" in reminder
    assert "Retired “Travel for care”: it no longer appears in answers." in reminder
    assert "I found nothing for “travel for care”" not in reminder  # other entries still match
    last = reminder[reminder.index("maria: /resources travel for care") :]
    assert "• Travel for care <" not in last
