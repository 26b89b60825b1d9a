"""Slack API errors: retried, reported to organizers, or logged; never a crash."""

from __future__ import annotations

import logging

from adapters.slack.testing import (
    BOT_TOKEN,
    event_callback,
    eventually,
    message_event,
    slash_command,
)
from bot.actions import DirectMessage
from tests.adapters.slack.stub_features import CARE

GENERAL, MODS = "C0GENERAL", "C0MODS"


async def test_rate_limit_retried_after_retry_after(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    fake.fail("chat.postMessage", "ratelimited", status=429, retry_after=1)
    await sender.command(slash_command(fake, "announce", user="U0OLIVIA"))
    first, second = await fake.wait_for("chat.postMessage", 2, within=8)
    assert second.at - first.at >= 1.0  # waited as Slack asked
    assert any(m["text"] == "Check-in time" for m in fake.messages.values())
    assert stub_hearth.features["review_stub"].outcomes == []


async def test_rate_limit_that_persists_is_reported(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth, api_url=fake.api_url)
    fake.fail("chat.postMessage", "ratelimited", status=429, retry_after=0, times=3)
    await sender.command(slash_command(fake, "announce", user="U0OLIVIA"))
    await fake.wait_for("chat.postMessage", 3, within=10)
    outcomes = stub_hearth.features["review_stub"].outcomes
    await eventually(lambda: outcomes)
    assert [(o.ok, o.reason) for o in outcomes] == [(False, "rate_limited")]


async def test_not_in_channel_reported_to_organizers(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth, organizers_channel="C0ORGS")
    fake.not_member.add(GENERAL)
    await sender.command(slash_command(fake, "announce", user="U0OLIVIA"))
    posts = await fake.wait_for("chat.postMessage", 2)
    assert posts[0].args["channel"] == GENERAL
    notice = posts[1]
    assert notice.args["channel"] == "C0ORGS"
    assert "I could not post in general" in notice.args["text"]
    assert "invite it there with /invite @Hearth" in notice.args["text"]
    [outcome] = stub_hearth.features["review_stub"].outcomes
    assert outcome.reason == "not_in_channel"


async def test_revoked_token_logged_without_crash(fake, start, stub_hearth, caplog) -> None:
    caplog.set_level(logging.INFO)
    adapter, sender = await start(stub_hearth)
    await sender.command(slash_command(fake, "help"))  # bolt checks the token on first use
    await fake.wait_for_responses(1)
    fake.revoked.add(BOT_TOKEN)  # ...and the workspace revokes it while Hearth runs
    await sender.event(event_callback(fake, message_event("you idiot", user="U0SAM")))
    await fake.wait_for("chat.postMessage")
    await eventually(lambda: "Slack rejected a token" in caplog.text)
    assert adapter.delivery.auth_broken
    # Still serving: the next request is acknowledged and answered (response_url needs no token).
    status, _, _ = await sender.command(slash_command(fake, "help"))
    assert status == 200
    await fake.wait_for_responses(2)
    assert BOT_TOKEN not in caplog.text and "idiot" not in caplog.text


async def test_closed_dms_fall_back_to_an_ephemeral_notice(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    fake.fail("conversations.open", "user_disabled")
    await sender.event(event_callback(fake, message_event("I want to hurt myself", user="U0SAM")))
    [fallback] = await fake.wait_for("chat.postEphemeral")
    assert (fallback.args["channel"], fallback.args["user"]) == (GENERAL, "U0SAM")
    assert CARE in fallback.args["text"]
    outcomes = stub_hearth.features["review_stub"].outcomes
    await eventually(lambda: outcomes)
    assert isinstance(outcomes[0].action, DirectMessage) and outcomes[0].reason == "dms_closed"


async def test_users_info_failure_still_serves_the_person(fake, start, hearth) -> None:
    _, sender = await start(hearth)
    fake.fail("users.info", "user_not_found")
    await sender.command(slash_command(fake, "resources nausea", user="U0GHOST"))
    [answer] = await fake.wait_for_responses(1)
    assert "nausea" in answer["text"]
