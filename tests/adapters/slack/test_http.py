"""HTTP mode through the real slack-bolt app: signed requests in, fake Web API calls out."""

from __future__ import annotations

import time

from sqlalchemy.exc import OperationalError

from adapters.slack.testing import (
    SlackSender,
    event_callback,
    eventually,
    message_event,
    slash_command,
)
from bot.app import Hearth
from bot.roles import Role
from tests.adapters.slack.conftest import STUBS


async def test_slash_resources_acked_fast_and_answered_through_response_url(
    fake, start, hearth
) -> None:
    _, sender = await start(hearth)
    status, body, seconds = await sender.command(slash_command(fake, "resources nausea"))
    assert status == 200 and body == ""  # an empty ack: Slack shows nothing until the answer
    assert seconds < 3.0
    [answer] = await fake.wait_for_responses(1)
    assert answer["response_type"] == "ephemeral"  # resources answer privately by default
    assert "Resources for “nausea”" in answer["text"]
    kinds = [b["type"] for b in answer["blocks"]]
    assert kinds[:3] == ["section", "section", "context"]
    assert "|Nausea" in answer["blocks"][1]["text"]["text"]  # linked title
    assert "reviewed" in answer["blocks"][2]["elements"][0]["text"]  # source and date
    assert len({b["block_id"] for b in answer["blocks"]}) == len(answer["blocks"])
    # users.info was asked once for the member's time zone and name
    assert [c.args["user"] for c in fake.calls_to("users.info")] == ["U0MARIA"]


async def test_help_names_the_slack_command_and_is_private(fake, start, hearth) -> None:
    _, sender = await start(hearth)
    await sender.command(slash_command(fake, ""))
    await sender.command(slash_command(fake, "frobnicate"))
    answers = await fake.wait_for_responses(2)
    [help_text] = [a for a in answers if "Here is what you can ask me" in a["text"]]
    [unknown] = [a for a in answers if a is not help_text]
    assert help_text["response_type"] == "ephemeral"
    assert help_text["blocks"][0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Hearth in Hearth support group", "emoji": True},
        "block_id": "hearth-0",
    }
    body = help_text["blocks"][1]["text"]["text"]
    # The core says /resources; on Slack it is a subcommand of /hearth. Angle brackets are
    # escaped so Slack shows them instead of parsing a link.
    assert "/hearth resources &lt;topic…&gt;" in body
    assert "Type /hearth help COMMAND" in help_text["blocks"][2]["elements"][0]["text"]
    assert unknown["response_type"] == "ephemeral"
    assert "I don't know /frobnicate" in unknown["text"]


async def test_forged_unsigned_and_stale_requests_get_401(fake, start, hearth) -> None:
    _, sender = await start(hearth)
    fields = slash_command(fake, "resources nausea")
    forged = await sender.command(fields, secret="not-the-secret")
    unsigned = await sender.command(fields, signed=False)
    stale = await sender.command(fields, timestamp=int(time.time()) - 6 * 60)
    assert [forged[0], unsigned[0], stale[0]] == [401, 401, 401]
    event = await sender.event(event_callback(fake, message_event("hello")), secret="nope")
    assert event[0] == 401
    assert fake.responses == []
    assert fake.calls_to("users.info") == []  # nothing was processed


async def test_replayed_request_with_old_signature_rejected(fake, start, hearth) -> None:
    _, sender = await start(hearth)
    fields = slash_command(fake, "resources nausea")
    old = int(time.time()) - 10 * 60
    # A captured request re-sent later: its signature matches its (old) timestamp.
    assert (await sender.command(fields, timestamp=old))[0] == 401
    assert (await sender.command(fields))[0] == 200


async def test_configured_path_and_wrong_path(fake, start, hearth) -> None:
    adapter, sender = await start(hearth, path="/hooks/slack")
    moved = SlackSender(f"http://127.0.0.1:{adapter.port}/hooks/slack")
    try:
        assert (await moved.command(slash_command(fake, "help")))[0] == 200
        assert (await sender.command(slash_command(fake, "help")))[0] == 404
    finally:
        await moved.close()


async def test_subcommand_words_and_roles_from_config(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth, organizers=["U0SAM"])
    await sender.command(slash_command(fake, "announce", user="U0SAM"))
    [post] = await fake.wait_for("chat.postMessage")
    assert post.args["channel"] == "C0GENERAL"  # [slack] channels maps the core's "general"
    assert post.args["text"] == "Check-in time"
    await sender.command(slash_command(fake, "announce", user="U0MARIA"))
    [refused] = await fake.wait_for_responses(1)  # the organizer's Post needed no answer
    assert "/hearth announce is for organizers" in refused["text"]


async def test_workspace_admin_is_organizer(fake, start, stub_hearth) -> None:
    adapter, sender = await start(stub_hearth)
    await sender.command(slash_command(fake, "announce", user="U0OLIVIA"))
    await fake.wait_for("chat.postMessage")
    user = await adapter.users.get("U0OLIVIA")
    assert adapter.users.role(user) == Role.ORGANIZER
    assert adapter.users.role(await adapter.users.get("U0ALEX")) == Role.MODERATOR


async def test_direct_message_command_goes_back_privately(fake, start, hearth) -> None:
    _, sender = await start(hearth)
    fields = slash_command(fake, "help", channel="D0MARIA", channel_name="directmessage")
    await sender.command(fields)
    [answer] = await fake.wait_for_responses(1)
    assert answer["response_type"] == "ephemeral"


async def test_url_verification_challenge_answered(fake, start, hearth) -> None:
    _, sender = await start(hearth)
    payload = {
        "token": "legacy",
        "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY",
        "type": "url_verification",
    }
    status, body, _ = await sender.event(payload)
    assert status == 200 and "3eZbrw1aBm2rZgRNFdxV2595E9CY" in body
    assert (await sender.event(payload, signed=False))[0] == 401


async def test_redelivered_event_handled_once(fake, start, stub_hearth) -> None:
    adapter, sender = await start(stub_hearth)
    event = event_callback(fake, message_event("you idiot", user="U0SAM"))
    assert (await sender.event(event))[0] == 200
    assert (await sender.event(event))[0] == 200  # Slack's retry of the same event_id
    await adapter.drain()
    await fake.wait_for("chat.postMessage")
    assert len(stub_hearth.features["review_stub"].seen) == 1
    assert len(fake.calls_to("chat.postMessage")) == 1


async def test_redelivery_to_another_worker_is_handled_once(
    fake, start, config, database, clock
) -> None:
    """Two HTTP workers behind one proxy (two cores, one database): Slack's retry of an event
    lands on the other worker, which must not moderate the message a second time."""
    first, second = (Hearth(config, database, clock=clock, features=STUBS) for _ in range(2))
    adapter_a, sender_a = await start(first)
    adapter_b, sender_b = await start(second)
    event = event_callback(fake, message_event("you idiot", user="U0SAM"))
    assert (await sender_a.event(event))[0] == 200
    assert (await sender_b.event(event))[0] == 200  # the retry, on the other worker
    await adapter_a.drain()
    await adapter_b.drain()
    await fake.wait_for("chat.postMessage")
    seen = [h.features["review_stub"].seen for h in (first, second)]  # type: ignore[attr-defined]
    assert sorted(len(s) for s in seen) == [0, 1]
    assert len(fake.calls_to("chat.postMessage")) == 1


async def test_event_handled_when_its_delivery_cannot_be_recorded(
    fake, start, stub_hearth, monkeypatch
) -> None:
    """The shared record is a guard against doing work twice, never a reason to drop a message
    (it may be a crisis): with the database failing, the event is still handled."""

    async def failing(platform: str, event_id: str) -> bool:
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    monkeypatch.setattr(stub_hearth, "first_delivery", failing)
    adapter, sender = await start(stub_hearth)
    event = event_callback(fake, message_event("you idiot", user="U0SAM"))
    assert (await sender.event(event))[0] == 200
    await adapter.drain()
    await fake.wait_for("chat.postMessage")
    assert len(stub_hearth.features["review_stub"].seen) == 1


async def test_uninstall_is_logged(fake, start, hearth, caplog) -> None:
    adapter, sender = await start(hearth)
    revoked = {"type": "tokens_revoked", "tokens": {"bot": ["U0HEARTHBOT"]}}
    assert (await sender.event(event_callback(fake, revoked)))[0] == 200
    await eventually(lambda: adapter.delivery.auth_broken)
    assert "tokens_revoked" in caplog.text
