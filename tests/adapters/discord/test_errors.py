"""Failures Discord reports: missing permissions, closed DMs, rate limits, missing intents."""

from __future__ import annotations

import asyncio
import os

import click
import pytest

from adapters.discord import platform
from adapters.discord.adapter import DiscordAdapter, DiscordSetupError
from adapters.discord.settings import DiscordConfig
from adapters.discord.testing import (
    GENERAL_ID,
    GUILD_ID,
    MODERATORS_ID,
    NEWCOMER_ROLE_ID,
    ORGANIZERS_ID,
    FakeDiscord,
)
from adapters.slack.testing import eventually
from bot.actions import Post
from bot.app import Hearth
from bot.config import Config
from bot.messages import Message
from tests.adapters.discord.conftest import Starter
from tests.adapters.discord.helpers import embed_text, is_ephemeral, subcommand

INSULT = "You are a stupid idiot and a terrible mother"
CRISIS = "I can't go on anymore, I want to end my life"


@pytest.fixture
def with_organizers(settings: DiscordConfig) -> DiscordConfig:
    return settings.model_copy(update={"organizers_channel_id": ORGANIZERS_ID})


async def test_missing_manage_messages_tells_organizers_the_permission(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter, with_organizers: DiscordConfig
) -> None:
    await start_bot(hearth, with_organizers)
    fake.fail("DELETE", r"^/channels/\d+/messages/\d+$", status=403, code=50013)
    await fake.message("sam", INSULT)
    notice = (await fake.wait_for("POST", rf"^/channels/{ORGANIZERS_ID}/messages$"))[0]
    assert "Manage Messages" in embed_text(notice.json)
    assert INSULT not in embed_text(notice.json)
    # the bot is still alive and answering
    iid = await fake.slash("maria", "help")
    await fake.wait_for("POST", rf"^/interactions/{iid}/")


async def test_missing_manage_roles_on_join_tells_organizers(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter, with_organizers: DiscordConfig
) -> None:
    await start_bot(hearth, with_organizers)
    fake.fail("PUT", rf"/roles/{NEWCOMER_ROLE_ID}$", status=403, code=50013)
    await fake.member_join("noah")
    notice = (await fake.wait_for("POST", rf"^/channels/{ORGANIZERS_ID}/messages$"))[0]
    assert "Manage Roles" in embed_text(notice.json)


async def test_dms_closed_falls_back_to_an_ephemeral_message_in_the_interaction(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(probe_hearth)
    maria = fake.person("maria")[0]
    fake.dms_closed.add(maria)
    options = subcommand("dm", text="for you")
    iid = await fake.slash("maria", "probe", options)
    refused = (await fake.wait_for("POST", rf"^/channels/{maria + 7}/messages$"))[0]
    assert refused.status == 403
    fallback = (await fake.wait_for("POST", rf"^/webhooks/\d+/token-{iid}$"))[0]
    assert is_ephemeral(fallback.json) and "for you" in embed_text(fallback.json)
    # The core records outcomes in a worker thread: reported just after the fallback.
    await eventually(lambda: probe_hearth.features["probe"].outcomes)
    outcome = probe_hearth.features["probe"].outcomes[-1]
    assert outcome.reason == "dms_closed" and not outcome.ok


async def test_dms_closed_without_interaction_nudges_without_the_text(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    sam = fake.person("sam")[0]
    fake.dms_closed.add(sam)
    await fake.message("sam", CRISIS)
    await fake.wait_for("POST", rf"^/channels/{MODERATORS_ID}/messages$")
    nudge = (await fake.wait_for("POST", rf"^/channels/{GENERAL_ID}/messages$"))[0]
    assert (
        f"<@{sam}>" in nudge.json["content"]
        and "direct messages are closed" in nudge.json["content"]
    )
    assert CRISIS not in nudge.json["content"] and not nudge.json.get("embeds")
    assert not fake.find("DELETE", r"/messages/")


async def test_rate_limited_interaction_callback_is_retried(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    fake.rate_limit("POST", r"^/interactions/\d+/[^/]+/callback$", retry_after=0.2)
    iid = await fake.slash("maria", "resources", [{"name": "topic", "type": 3, "value": "nausea"}])
    first, second = await fake.wait_for("POST", rf"^/interactions/{iid}/", count=2)
    assert (first.status, second.status) == (429, 200)
    assert second.at - first.at >= 0.15  # discord.py waited for retry_after
    assert "nausea" in embed_text(second.json["data"])


async def test_rate_limited_alert_is_retried(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    fake.rate_limit("POST", rf"^/channels/{MODERATORS_ID}/messages$", retry_after=0.1)
    await fake.message("sam", INSULT)
    first, second = await fake.wait_for("POST", rf"^/channels/{MODERATORS_ID}/messages$", count=2)
    assert (first.status, second.status) == (429, 200)
    assert second.json == first.json


async def test_missing_privileged_intents_explained(
    fake: FakeDiscord, hearth: Hearth, config: Config, settings: DiscordConfig
) -> None:
    fake.deny_privileged_intents = True
    adapter = DiscordAdapter(hearth, config, settings)
    try:
        with pytest.raises(DiscordSetupError) as caught:
            await asyncio.wait_for(adapter.start("fake-token"), 15)
    finally:
        await adapter.close()
    assert "MESSAGE CONTENT INTENT" in str(caught.value)
    assert "SERVER MEMBERS INTENT" in str(caught.value)
    assert fake.identified_intents is not None and fake.identified_intents & (1 << 15)


async def test_platform_run_turns_missing_intents_into_a_cli_error(
    fake: FakeDiscord, hearth: Hearth, config: Config, settings: DiscordConfig, monkeypatch
) -> None:
    fake.deny_privileged_intents = True
    config.platforms["discord"] = settings
    monkeypatch.setitem(os.environ, "DISCORD_TOKEN", "fake-token")
    with pytest.raises(click.ClickException, match="Privileged Gateway Intents"):
        await asyncio.wait_for(platform.run(hearth, config), 15)


async def test_proactive_post_to_unknown_channel_reported_to_organizers(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter, with_organizers: DiscordConfig
) -> None:
    await start_bot(hearth, with_organizers)
    outcomes = await hearth.deliver(
        "discord",
        str(GUILD_ID),
        [
            Post(channel="general", message=Message(text="Check-in time")),
            Post(channel="no-such-channel", message=Message(text="lost")),
        ],
    )
    post = (await fake.wait_for("POST", rf"^/channels/{GENERAL_ID}/messages$"))[0]
    assert "Check-in time" in embed_text(post.json)
    [outcome] = outcomes
    assert outcome.reason == "not_in_channel" and "no-such-channel" in outcome.detail
    notice = (await fake.wait_for("POST", rf"^/channels/{ORGANIZERS_ID}/messages$"))[0]
    assert "no-such-channel" in embed_text(notice.json)


async def test_unknown_role_reported_not_raised(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(probe_hearth)
    options = subcommand("role", role="Nope")
    iid = await fake.slash("olivia", "probe", options)
    await fake.wait_for("POST", rf"^/interactions/{iid}/")
    await eventually(lambda: probe_hearth.features["probe"].outcomes)
    outcome = probe_hearth.features["probe"].outcomes[-1]
    assert outcome.reason == "not_found" and "Nope" in outcome.detail
    assert not fake.find("PUT", r"/roles/")


async def test_message_content_not_enabled_told_at_startup(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter, with_organizers: DiscordConfig
) -> None:
    fake.application_flags = 1 << 14  # server members only: messages would arrive empty
    await start_bot(hearth, with_organizers)
    notice = (await fake.wait_for("POST", rf"^/channels/{ORGANIZERS_ID}/messages$"))[0]
    assert "MESSAGE CONTENT INTENT" in embed_text(notice.json)


async def test_no_startup_notice_when_message_content_enabled(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter, with_organizers: DiscordConfig
) -> None:
    await start_bot(hearth, with_organizers)
    iid = await fake.slash("maria", "help")
    await fake.wait_for("POST", rf"^/interactions/{iid}/")
    assert not fake.find("POST", rf"^/channels/{ORGANIZERS_ID}/messages$")
