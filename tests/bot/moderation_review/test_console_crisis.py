"""End to end through the console platform: the crisis care path, printed as people see it."""

from __future__ import annotations

import io

from adapters.console.adapter import ConsoleAdapter
from bot.app import Hearth
from bot.config import Config
from bot.storage.database import Database
from tests.bot.moderation_review.conftest import CRISIS, GRIEF, INSULT, all_cases


async def _run(hearth: Hearth, config: Config, lines: list[str]) -> str:
    out = io.StringIO()
    adapter = ConsoleAdapter(hearth, config, out)
    for line in lines:
        await adapter.feed(line)
    return out.getvalue()


async def test_crisis_path_on_the_console(
    hearth: Hearth, config: Config, database: Database
) -> None:
    out = io.StringIO()
    adapter = ConsoleAdapter(hearth, config, out)
    await adapter.feed(f"maria: {GRIEF}")
    assert out.getvalue() == ""  # grief at the disease: nothing happens
    out = await _run(
        hearth,
        config,
        [
            f"sam: {CRISIS}",
            "!clock +16m",
            "alex: I'm reaching out",
            "!clock +30m",
            "alex: Mark handled",
        ],
    )
    care = out.index("[DM → sam] hearth: You're not alone")
    alert = out.index("[#moderators] hearth: URGENT Case #1: a member may be in crisis")
    assert care < alert
    dm_block = out[care:alert]
    assert "988 Suicide & Crisis Lifeline: call or text 988" in dm_block
    assert "Emergency services: 911" in dm_block
    assert "care team will reach out" in dm_block
    assert "(message m1 hidden" not in out and "timed out" not in out
    assert "buttons: [1] I'm reaching out  [2] Mark handled" in out
    # nobody answered for 16 minutes: re-alerted, then alex acknowledged, then no more
    assert out.count("URGENT Case #1: a member may be in crisis") == 2
    assert "Still unacknowledged after 16 minutes" in out
    assert "alex acknowledged" in out
    assert "alex marked it handled" in out
    assert "Status: resolved" in out
    (case,) = all_cases(database)
    assert case.status == "resolved" and case.hidden == "no"


async def test_hide_and_buttons_on_the_console(hearth: Hearth, config: Config) -> None:
    out = await _run(hearth, config, [f"sam: {INSULT}", "maria: keep", "alex: Warn"])
    assert "[#general] (message m1 hidden: Case #1: abuse)" in out
    assert "[DM → sam] hearth: About your message" in out
    assert "[#moderators] hearth: Case #1: hidden (abuse)" in out
    assert "kept the message" not in out  # maria cannot see the alert: "keep" was just chat
    assert "alex warned the author" in out
    assert "[DM → sam] hearth: A note from the moderators" in out
