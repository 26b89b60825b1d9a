"""The resource loop through the real discord.py client and the loopback fake Discord:
suggest, review card, approve in a modal, find the entry, "This helped", the stale reminder
and Retire; every answer a member sees is ephemeral (flag 64 on the payload Discord gets)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from adapters.discord.adapter import FORM_MODAL
from adapters.discord.testing import MODERATORS_ID, FakeDiscord
from bot.app import Hearth
from bot.clock import FakeClock
from tests.adapters.discord.conftest import Starter
from tests.adapters.discord.helpers import custom_ids, embed_text, is_ephemeral
from tests.bot.resources.support import (
    APPROVAL,
    SUGGESTED_NOTE,
    SUGGESTED_URL,
    use_directory,
    write_directory,
)

MODAL = 9


async def _callback(fake: FakeDiscord, iid: str) -> dict:
    return (await fake.wait_for("POST", rf"^/interactions/{iid}/[^/]+/callback$"))[0].json


async def _posted_in_moderators(fake: FakeDiscord, count: int) -> dict:
    """The ``count``-th message the bot posted (REST) in the moderators' channel."""
    calls = await fake.wait_for("POST", rf"^/channels/{MODERATORS_ID}/messages$", count=count)
    posted = [m for m in fake.messages.values() if m["channel_id"] == str(MODERATORS_ID)]
    sent = calls[count - 1].json
    return next(m for m in posted if m.get("embeds") == sent.get("embeds"))


def _topic(text: str) -> list[dict]:
    return [{"name": "topic", "type": 3, "value": text}]


async def test_suggest_approve_find_helped_stale_retire(
    tmp_path: Path, fake: FakeDiscord, hearth: Hearth, start_bot: Starter, clock: FakeClock
) -> None:
    use_directory(hearth, write_directory(tmp_path))
    await start_bot(hearth)
    # a parent suggests; only they see the thanks; moderators get a review card
    iid = await fake.slash(
        "maria", "resources", _topic(f"suggest {SUGGESTED_URL} {SUGGESTED_NOTE}")
    )
    thanks = await _callback(fake, iid)
    assert is_ephemeral(thanks["data"]) and "moderators will review" in embed_text(thanks["data"])
    card = await _posted_in_moderators(fake, 1)
    assert SUGGESTED_URL in embed_text(card) and "maria" not in embed_text(card).lower()
    approve = next(c for c in custom_ids(card) if c.startswith("resources:approve:"))
    # a moderator approves in a modal (five inputs, prefilled)
    modal = await _callback(fake, await fake.press("alex", approve, card))
    assert modal["type"] == MODAL and custom_ids(modal["data"])[:2] == ["title", "summary"]
    assert modal["data"]["custom_id"].startswith(FORM_MODAL)
    done = await _callback(
        fake, await fake.submit("alex", modal["data"]["custom_id"], APPROVAL, message=card)
    )
    assert "in the directory now" in embed_text(done["data"])
    dm = (await fake.wait_for("POST", r"^/channels/\d+/messages$", count=2))[-1]
    assert "Hospital parking passes" in embed_text(dm.json)
    # another parent finds it, privately, and says it helped
    answer = await _callback(fake, await fake.slash("sam", "resources", _topic("parking")))
    assert is_ephemeral(answer["data"]) and SUGGESTED_URL in str(answer["data"])
    assert "Suggested by a parent, reviewed by a moderator on 2026-03-01" in embed_text(
        answer["data"]
    )
    helped = next(c for c in custom_ids(answer["data"]) if c.startswith("resources:helped:"))
    message = {**answer["data"], "id": fake.new_id(), "channel_id": str(MODERATORS_ID)}
    thanks = await _callback(fake, await fake.press("sam", helped, message))
    assert is_ephemeral(thanks["data"]) and "Thank you" in embed_text(thanks["data"])
    # the monthly review: organizers get the stale entry with buttons, and retire it
    await hearth.tick()
    clock.set(datetime(2026, 4, 1, 9, 5, tzinfo=UTC))
    await hearth.tick()
    reminder = await _posted_in_moderators(fake, 2)  # no organizers channel set: moderators'
    assert "Old grief group" in embed_text(reminder)
    retire = next(c for c in custom_ids(reminder) if c.startswith("resources:retire:"))
    retired = await _callback(fake, await fake.press("olivia", retire, reminder))
    assert "no longer appears" in embed_text(retired["data"]) and is_ephemeral(retired["data"])
    gone = await _callback(fake, await fake.slash("maria", "resources", _topic("grief")))
    assert "found nothing" in embed_text(gone["data"]) and is_ephemeral(gone["data"])
