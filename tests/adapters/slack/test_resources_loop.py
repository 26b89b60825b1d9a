"""The resource loop through the real slack-bolt app and the fake Slack Web API: suggest,
review card, approve in a modal (views.open), find the entry, "This helped", the stale
reminder and Retire. Members' answers arrive as ephemeral response_url messages."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from adapters.slack.testing import block_actions, eventually, slash_command, view_submission
from bot.app import Hearth
from bot.clock import FakeClock
from tests.adapters.slack.conftest import MODS
from tests.bot.resources.support import (
    APPROVAL,
    SUGGESTED_NOTE,
    SUGGESTED_URL,
    use_directory,
    write_directory,
)


def _action_ids(message: dict) -> list[str]:
    return [
        element["action_id"]
        for block in message.get("blocks", [])
        if block["type"] == "actions"
        for element in block["elements"]
    ]


def _pick(message: dict, prefix: str) -> str:
    return next(a for a in _action_ids(message) if a.startswith(prefix))


async def test_suggest_approve_find_helped_stale_retire(
    tmp_path: Path, fake, start, hearth: Hearth, clock: FakeClock
) -> None:
    use_directory(hearth, write_directory(tmp_path))
    _, sender = await start(hearth)
    await sender.command(slash_command(fake, f"resources suggest {SUGGESTED_URL} {SUGGESTED_NOTE}"))
    [thanks] = await fake.wait_for_responses(1)
    assert thanks["response_type"] == "ephemeral" and "moderators will review" in thanks["text"]
    [card] = await fake.wait_for("chat.postMessage")
    assert card.args["channel"] == MODS and SUGGESTED_URL in str(card.args["blocks"])
    approve = _pick(card.args, "resources:approve:")
    await sender.interaction(block_actions(fake, approve, user="U0ALEX", channel=MODS))
    [opened] = await fake.wait_for("views.open")
    view = opened.args["view"]
    assert [b["block_id"] for b in view["blocks"] if b["type"] == "input"] == list(APPROVAL)
    await sender.interaction(view_submission(fake, view, APPROVAL, user="U0ALEX"))
    await eventually(lambda: len(fake.calls_to("chat.postMessage")) >= 2)  # the DM to maria
    dm = fake.calls_to("chat.postMessage")[1]
    assert "Hospital parking passes" in dm.args["text"]
    assert [c.args["users"] for c in fake.calls_to("conversations.open")] == ["U0MARIA"]
    await sender.command(slash_command(fake, "resources parking", user="U0SAM", user_name="sam"))
    answers = await fake.wait_for_responses(2)
    answer = answers[-1]
    assert answer["response_type"] == "ephemeral" and SUGGESTED_URL in str(answer["blocks"])
    assert "reviewed by a moderator on 2026-03-01" in str(answer["blocks"])
    await sender.interaction(
        block_actions(fake, _pick(answer, "resources:helped:"), user="U0SAM", ephemeral=True)
    )
    # a button's answer is private too: chat.postEphemeral to the presser only
    ephemeral = await fake.wait_for("chat.postEphemeral", 2)
    assert "in the directory now" in ephemeral[0].args["text"]
    assert ephemeral[0].args["user"] == "U0ALEX"
    assert "Thank you" in ephemeral[1].args["text"] and ephemeral[1].args["user"] == "U0SAM"
    # the monthly review reaches the organizers (here the moderators' channel) with buttons
    await hearth.tick()
    clock.set(datetime(2026, 4, 1, 9, 5, tzinfo=UTC))
    await hearth.tick()
    await eventually(lambda: len(fake.calls_to("chat.postMessage")) >= 3)
    reminder = fake.calls_to("chat.postMessage")[2]
    assert reminder.args["channel"] == MODS and "Old grief group" in str(reminder.args["blocks"])
    retire = _pick(reminder.args, "resources:retire:")
    await sender.interaction(block_actions(fake, retire, user="U0OLIVIA", channel=MODS))
    retired = (await fake.wait_for("chat.postEphemeral", 3))[-1]
    assert "no longer appears" in retired.args["text"] and retired.args["user"] == "U0OLIVIA"
    await sender.command(slash_command(fake, "resources grief"))
    gone = (await fake.wait_for_responses(3))[-1]
    assert "found nothing" in gone["text"] and gone["response_type"] == "ephemeral"
