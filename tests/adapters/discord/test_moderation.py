"""Messages and joins through the real client, with the real moderation review feature."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from pydantic import ValidationError
from sqlmodel import select

from adapters.discord.settings import DiscordConfig
from adapters.discord.testing import (
    GENERAL_ID,
    GUILD_ID,
    MODERATOR_ROLE_ID,
    MODERATORS_ID,
    NEWCOMER_ROLE_ID,
    FakeDiscord,
)
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.moderation_review.models import CaseAlert
from bot.storage.database import Database
from tests.adapters.discord.conftest import Starter
from tests.adapters.discord.helpers import custom_ids, embed_text

INSULT = "You are a stupid idiot and a terrible mother"
CRISIS = "I can't go on anymore, I want to end my life"
GRIEF = "fuck cancer, seriously fuck it"
UPDATE = 7


async def _alert(fake: FakeDiscord, count: int = 1) -> dict:
    call = (await fake.wait_for("POST", rf"^/channels/{MODERATORS_ID}/messages$", count=count))[-1]
    return next(
        m
        for m in reversed(fake.messages.values())
        if m["channel_id"] == str(MODERATORS_ID) and m["embeds"] == call.json["embeds"]
    )


async def _keep_edits_the_alert(fake: FakeDiscord, keep: str, alert: dict) -> None:
    """A moderator presses Keep: the alert is edited in place (callback type 7) with their name."""
    iid = await fake.press("alex", keep, alert)
    call = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0]
    assert call.json["type"] == UPDATE
    assert "alex" in embed_text(call.json["data"]).lower()


async def test_abusive_message_hidden_author_told_privately_alert_with_buttons(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    sam = fake.person("sam")[0]
    posted = await fake.message("sam", INSULT)
    delete = (await fake.wait_for("DELETE", rf"^/channels/{GENERAL_ID}/messages/{posted['id']}$"))[
        0
    ]
    assert delete.reason and "Case #" in delete.reason and INSULT not in delete.reason
    await fake.wait_for("POST", r"^/users/@me/channels$")
    dm = (await fake.wait_for("POST", rf"^/channels/{sam + 7}/messages$"))[0]
    assert "hidden" in embed_text(dm.json).lower()
    alert = await _alert(fake)
    ids = custom_ids(alert)
    assert any(i.startswith("case:keep:") for i in ids) and any(
        i.startswith("case:hide:") or i.startswith("case:warn:") for i in ids
    )
    # a moderator presses Keep on the alert: the alert is edited in place (callback type 7)
    keep = next(i for i in ids if i.startswith("case:keep:"))
    await _keep_edits_the_alert(fake, keep, alert)


async def test_grief_is_not_moderated(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    await fake.message("olivia", GRIEF)  # an organizer: no onboarding welcome either
    await fake.message("olivia", "/marker")  # a second message: the first was fully handled
    await asyncio.sleep(0.3)
    assert not fake.find("DELETE", r"/messages/")
    assert not fake.find("POST", rf"^/channels/{MODERATORS_ID}/messages$")


async def test_crisis_message_gets_care_and_urgent_alert_never_deleted(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    sam = fake.person("sam")[0]
    await fake.message("sam", CRISIS)
    dm = (await fake.wait_for("POST", rf"^/channels/{sam + 7}/messages$"))[0]
    assert dm.json["embeds"]  # the care message, privately
    alert = (await fake.wait_for("POST", rf"^/channels/{MODERATORS_ID}/messages$"))[0]
    assert alert.json["content"] == "@here"  # urgent: moderators are pinged...
    # ...and Discord is allowed to ping exactly that (the client default would suppress it)
    assert alert.json["allowed_mentions"] == {"parse": ["everyone"]}
    assert alert.json["embeds"][0]["color"] == 0xD7263D
    assert any(i.startswith("case:ack:") for i in custom_ids(alert.json))
    await asyncio.sleep(0.3)
    assert not fake.find("DELETE", r"/messages/")
    assert not fake.find("PATCH", r"/members/")


async def test_alert_buttons_survive_a_restart(
    fake: FakeDiscord,
    config: Config,
    database: Database,
    clock: FakeClock,
    start_bot: Starter,
) -> None:
    first = await start_bot(Hearth(config, database, clock=clock))
    await fake.message("sam", INSULT)
    alert = await _alert(fake)
    keep = next(i for i in custom_ids(alert) if i.startswith("case:keep:"))
    await first.close()
    # a new process: new Hearth, new discord.py client that never created this button
    second = await start_bot(Hearth(config, database, clock=clock))
    assert second.client is not first.client and fake.connections == 2
    await _keep_edits_the_alert(fake, keep, alert)


async def test_member_join_welcomed_and_held_in_newcomer_role(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    await fake.member_join("noah")
    noah = fake.person("noah")[0]
    await fake.wait_for("PUT", rf"^/guilds/{GUILD_ID}/members/{noah}/roles/{NEWCOMER_ROLE_ID}$")
    dm = (await fake.wait_for("POST", rf"^/channels/{noah + 7}/messages$"))[0]
    assert custom_ids(dm.json)  # the first welcome question, with buttons


async def test_alerts_go_to_the_configured_moderators_channel_id(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter, settings: DiscordConfig
) -> None:
    from adapters.discord.testing import ORGANIZERS_ID

    await start_bot(hearth, settings.model_copy(update={"moderators_channel_id": ORGANIZERS_ID}))
    await fake.message("sam", INSULT)
    await fake.wait_for("POST", rf"^/channels/{ORGANIZERS_ID}/messages$")
    assert not fake.find("POST", rf"^/channels/{MODERATORS_ID}/messages$")


async def test_urgent_alert_pings_the_configured_moderators_role_and_nothing_else(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter, settings: DiscordConfig
) -> None:
    role = f"<@&{MODERATOR_ROLE_ID}>"
    await start_bot(hearth, settings.model_copy(update={"urgent_mention": role}))
    await fake.message("sam", CRISIS)
    alert = (await fake.wait_for("POST", rf"^/channels/{MODERATORS_ID}/messages$"))[0]
    assert alert.json["content"] == role
    assert alert.json["allowed_mentions"] == {"parse": [], "roles": [MODERATOR_ROLE_ID]}


async def test_a_review_alert_pings_nobody(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    await fake.message("sam", INSULT)
    alert = (await fake.wait_for("POST", rf"^/channels/{MODERATORS_ID}/messages$"))[0]
    assert not alert.json.get("content")
    assert alert.json["allowed_mentions"] == {"parse": []}


def test_urgent_mention_setting_accepts_here_a_role_or_nothing() -> None:
    assert DiscordConfig(urgent_mention="@here").urgent_mention == "@here"
    role = f"<@&{MODERATOR_ROLE_ID}>"
    assert DiscordConfig(urgent_mention=str(MODERATOR_ROLE_ID)).urgent_mention == role
    assert DiscordConfig(urgent_mention="").urgent_mention is None
    with pytest.raises(ValidationError, match="Copy Role ID"):
        DiscordConfig(urgent_mention="@moderators")


def _fields(payload: dict) -> dict[str, str]:
    return {f["name"]: f["value"] for f in payload["embeds"][0].get("fields") or []}


async def test_alert_names_the_member_and_channel_natively_with_a_jump_link(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    posted = await fake.message("sam", CRISIS)
    alert = (await fake.wait_for("POST", rf"^/channels/{MODERATORS_ID}/messages$"))[0]
    fields = _fields(alert.json)
    sam = fake.person("sam")[0]
    assert fields["Member"] == f"<@{sam}>"
    assert fields["Channel"] == f"<#{GENERAL_ID}>"
    url = f"https://discord.com/channels/{GUILD_ID}/{GENERAL_ID}/{posted['id']}"
    assert fields["Message"] == f"[Jump to the message]({url})"
    assert "in #general" in alert.json["embeds"][0]["description"]  # the name, not an id
    assert str(GENERAL_ID) not in alert.json["embeds"][0]["description"]


def _remembered_alerts(hearth: Hearth) -> int:
    with hearth.db.session() as session:
        return len(session.exec(select(CaseAlert)).all())


async def _until(predicate: Callable[[], object], within: float = 10.0) -> None:
    async with asyncio.timeout(within):
        while not predicate():  # noqa: ASYNC110 - polling the database, nothing to await
            await asyncio.sleep(0.02)


async def test_forgetme_edits_the_alert_already_posted(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    sam = fake.person("sam")[0]
    await fake.message("sam", CRISIS)
    alert = await _alert(fake)
    await _until(lambda: _remembered_alerts(hearth))  # where the alert was posted
    iid = await fake.slash("sam", "forgetme")
    ask = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0]
    confirm = next(i for i in custom_ids(ask.json["data"]) if ":confirm:" in i)
    question = next(m for m in fake.messages.values() if confirm in custom_ids(m))
    await fake.press("sam", confirm, question)
    path = rf"^/channels/{MODERATORS_ID}/messages/{alert['id']}$"
    edit = (await fake.wait_for("PATCH", path))[0]
    shown = embed_text(edit.json)
    assert CRISIS not in shown and str(sam) not in shown and "Sam" not in shown
    assert "(forgotten member)" in shown and "asked to be forgotten" in shown


async def test_alert_edited_when_the_retention_window_ends(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter, clock: FakeClock
) -> None:
    await start_bot(hearth)
    await fake.message("sam", INSULT)
    alert = await _alert(fake)
    await _until(lambda: _remembered_alerts(hearth))
    keep = next(i for i in custom_ids(alert) if i.startswith("case:keep:"))
    await _keep_edits_the_alert(fake, keep, alert)
    clock.advance(days=hearth.config.privacy.flagged_text_retention_days + 1)
    await hearth.tick()
    edit = await fake.wait_for("PATCH", rf"^/channels/{MODERATORS_ID}/messages/{alert['id']}$")
    shown = embed_text(edit[-1].json)
    assert INSULT not in shown and "retention window is over" in shown


MISINFO = "Chemo is poison. Essential oils cure cancer, skip the chemo"


async def test_a_message_edited_into_a_crisis_gets_care_and_a_ping(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    sam = fake.person("sam")[0]
    posted = await fake.message("sam", "We had a good day at the clinic")
    await fake.edit(posted, CRISIS)
    await fake.wait_for("POST", rf"^/channels/{sam + 7}/messages$")  # the care message
    alert = (await fake.wait_for("POST", rf"^/channels/{MODERATORS_ID}/messages$"))[0]
    assert alert.json["allowed_mentions"] == {"parse": ["everyone"]}
    assert CRISIS in embed_text(alert.json)


async def test_an_edit_of_a_flagged_message_edits_its_alert_not_a_second_case(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    posted = await fake.message("maria", MISINFO)
    alert = await _alert(fake)
    await _until(lambda: _remembered_alerts(hearth))
    edited = MISINFO + " - my aunt swears by it"
    await fake.edit(posted, edited)
    path = rf"^/channels/{MODERATORS_ID}/messages/{alert['id']}$"
    patch = (await fake.wait_for("PATCH", path))[0]
    assert edited in embed_text(patch.json) and "edited the message" in embed_text(patch.json)
    assert len(fake.find("POST", rf"^/channels/{MODERATORS_ID}/messages$")) == 1


async def test_abuse_received_stays_up_the_member_is_told_and_moderators_alerted(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    maria = fake.person("maria")[0]
    shared = 'got this in my DMs last night: "you\'re a disgusting attention seeker"'
    await fake.message("maria", shared)
    alert = await _alert(fake)
    assert "abuse a member received" in embed_text(alert).lower()
    ids = custom_ids(alert)
    assert not any(i.startswith(("case:warn:", "case:timeout:")) for i in ids)
    dm = (await fake.wait_for("POST", rf"^/channels/{maria + 7}/messages$"))[0]
    assert "let the moderators know" in embed_text(dm.json)
    assert not [c for c in fake.calls if c.method == "DELETE"]  # nothing hidden
