"""Review alerts, hiding and crisis care through the adapter, driven by the ReviewStub feature
(a test-only stand-in that returns the same neutral actions as the review workflow)."""

from __future__ import annotations

from adapters.slack.testing import (
    ADMIN_TOKEN,
    BOT_TOKEN,
    BOT_USER,
    block_actions,
    event_callback,
    eventually,
    message_event,
)
from bot.actions import HideMessage, TimeOut
from tests.adapters.slack.stub_features import CARE

GENERAL, MODS = "C0GENERAL", "C0MODS"
ABUSE_TS = "1772366500.000200"


async def _flag(fake, sender) -> tuple[str, dict]:
    """Sam posts abuse; the alert lands in the moderators' channel. Returns (alert ts, alert)."""
    fake.seed_message(GENERAL, ABUSE_TS, "U0SAM")
    status, _, _ = await sender.event(
        event_callback(fake, message_event("you idiot", user="U0SAM", ts=ABUSE_TS))
    )
    assert status == 200
    [alert] = await fake.wait_for("chat.postMessage")
    assert alert.args["channel"] == MODS
    return (await _ts_of(fake, alert)), alert.args


async def _ts_of(fake, call) -> str:
    for (channel, ts), message in fake.messages.items():
        if channel == call.args["channel"] and message["text"] == call.args["text"]:
            return ts
    raise AssertionError("alert not stored")


async def _press_hide(fake, sender, alert_ts: str, user: str = "U0ALEX") -> None:
    action_id = f"review:hide:{GENERAL}:{ABUSE_TS}"
    press = block_actions(fake, action_id, user=user, channel=MODS, message_ts=alert_ts)
    assert (await sender.interaction(press))[0] == 200


async def test_message_goes_through_moderation_and_alert_has_buttons(
    fake, start, stub_hearth
) -> None:
    _, sender = await start(stub_hearth)
    _, alert = await _flag(fake, sender)
    buttons = alert["blocks"][-1]["elements"]
    assert [b["action_id"] for b in buttons] == [
        f"review:hide:{GENERAL}:{ABUSE_TS}",
        f"review:keep:{GENERAL}:{ABUSE_TS}",
    ]
    assert stub_hearth.features["review_stub"].seen == [(ABUSE_TS, GENERAL, False)]


async def test_hide_with_admin_token_deletes_and_updates_alert(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth, admin=True)
    assert stub_hearth.capabilities("slack").hide_messages is True
    assert stub_hearth.capabilities("slack").timeouts is False
    alert_ts, _ = await _flag(fake, sender)
    await _press_hide(fake, sender, alert_ts)
    [update] = await fake.wait_for("chat.update")
    [delete] = fake.calls_to("chat.delete")
    assert delete.token == ADMIN_TOKEN
    assert (delete.args["channel"], delete.args["ts"]) == (GENERAL, ABUSE_TS)
    assert (GENERAL, ABUSE_TS) not in fake.messages
    assert (update.args["channel"], update.args["ts"]) == (MODS, alert_ts)
    assert update.args["text"] == "Case 1: hide by alex"
    assert fake.messages[(MODS, alert_ts)]["text"] == "Case 1: hide by alex"
    # Slack has no timeouts: reported, not attempted.
    outcomes = stub_hearth.features["review_stub"].outcomes
    failed = [(type(o.action), o.reason) for o in outcomes if not o.ok]
    assert failed == [(TimeOut, "not_supported")]


async def test_hide_without_admin_token_is_reported_not_attempted(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    assert stub_hearth.capabilities("slack").hide_messages is False
    alert_ts, _ = await _flag(fake, sender)
    await _press_hide(fake, sender, alert_ts)
    await fake.wait_for("chat.update")
    assert fake.calls_to("chat.delete") == []
    assert (GENERAL, ABUSE_TS) in fake.messages  # still there
    outcomes = stub_hearth.features["review_stub"].outcomes
    hide = next(o for o in outcomes if isinstance(o.action, HideMessage))
    assert (hide.ok, hide.reason) == (False, "not_supported")
    assert "SLACK_ADMIN_USER_TOKEN" in hide.detail
    # The core tells the organizers (their channel defaults to the moderators' channel).
    posts = await fake.wait_for("chat.postMessage", 3)
    notices = [p for p in posts if "could not hide a message" in p.args["text"]]
    assert notices and notices[0].args["channel"] == MODS


async def test_bot_token_cannot_delete_other_peoples_messages(fake) -> None:
    """The fake behaves like Slack here, which is what the capability declaration rests on."""
    import aiohttp

    fake.seed_message(GENERAL, ABUSE_TS, "U0SAM")
    async with aiohttp.ClientSession() as http:
        for token, expected in ((BOT_TOKEN, "cant_delete_message"), (ADMIN_TOKEN, None)):
            async with http.post(
                fake.api_url + "chat.delete",
                json={"channel": GENERAL, "ts": ABUSE_TS},
                headers={"Authorization": f"Bearer {token}"},
            ) as resp:
                answer = await resp.json()
            assert answer.get("error") == expected


async def test_member_cannot_press_moderator_buttons(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth, admin=True)
    alert_ts, _ = await _flag(fake, sender)
    await _press_hide(fake, sender, alert_ts, user="U0MARIA")
    [refusal] = await fake.wait_for("chat.postEphemeral")
    assert refusal.args["text"] == "Only moderators can use that."
    assert refusal.args["user"] == "U0MARIA"
    assert fake.calls_to("chat.delete") == [] and fake.calls_to("chat.update") == []


async def test_crisis_gets_private_care_and_urgent_alert(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    await sender.event(
        event_callback(fake, message_event("some days I want to hurt myself", user="U0SAM"))
    )
    [opened] = await fake.wait_for("conversations.open")
    assert opened.args["users"] == "U0SAM"
    posts = await fake.wait_for("chat.postMessage", 2)
    care, alert = posts
    assert care.args["channel"] == "D0SAM"  # a DM, never the public channel
    assert CARE in care.args["text"]
    assert alert.args["channel"] == MODS
    assert alert.args["text"] == "<!here> URGENT: Crisis signal from sam"
    assert alert.args["blocks"][0]["text"]["text"] == ":rotating_light: *Urgent* <!here>"
    assert fake.calls_to("chat.delete") == []


async def test_bot_and_edited_messages_are_not_moderated(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    edited = message_event("you idiot", user="U0SAM") | {"subtype": "message_changed"}
    from_bot = message_event("you idiot", user=BOT_USER) | {"bot_id": "B0HEARTHBOT"}
    joined = message_event("", user="U0SAM") | {"subtype": "channel_join"}
    for event in (edited, from_bot, joined):
        assert (await sender.event(event_callback(fake, event)))[0] == 200
    await sender.event(event_callback(fake, message_event("fine day", user="U0MARIA")))
    await eventually(lambda: stub_hearth.features["review_stub"].seen)
    assert [s[1] for s in stub_hearth.features["review_stub"].seen] == [GENERAL]
    assert fake.calls_to("chat.postMessage") == []


async def test_direct_message_to_the_bot_is_direct(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    await sender.event(event_callback(fake, message_event("hello", channel="D0MARIA")))
    await fake.wait_for("users.info")
    await eventually(lambda: stub_hearth.features["review_stub"].seen)
    [(_, channel, direct)] = stub_hearth.features["review_stub"].seen
    assert channel is None and direct is True


async def test_message_text_reaches_the_core_as_written(fake, start, stub_hearth) -> None:
    adapter, sender = await start(stub_hearth)
    raw = "thanks <@U0ALEX|alex> &lt;3 see <https://x.example/a|this> &amp; more"
    await sender.event(event_callback(fake, message_event(raw, user="U0MARIA")))
    await adapter.drain()
    await eventually(lambda: stub_hearth.features["review_stub"].texts)
    assert stub_hearth.features["review_stub"].texts == [
        "thanks <@U0ALEX> <3 see this (https://x.example/a) & more"
    ]


async def test_reply_to_a_message_in_a_thread_stays_in_the_thread(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    event = message_event("ping", user="U0MARIA") | {"thread_ts": "1772366400.000001"}
    await sender.event(event_callback(fake, event))
    [pong] = await fake.wait_for("chat.postMessage")
    assert (pong.args["channel"], pong.args["thread_ts"]) == (GENERAL, "1772366400.000001")
    assert pong.args["text"] == "pong"


async def test_revoked_admin_token_turns_hiding_off(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth, admin=True)
    alert_ts, _ = await _flag(fake, sender)
    fake.revoked.add(ADMIN_TOKEN)
    await _press_hide(fake, sender, alert_ts)
    await fake.wait_for("chat.delete")
    outcomes = stub_hearth.features["review_stub"].outcomes
    await eventually(lambda: any(isinstance(o.action, HideMessage) for o in outcomes))
    hide = next(o for o in outcomes if isinstance(o.action, HideMessage))
    assert hide.reason == "forbidden" and "SLACK_ADMIN_USER_TOKEN" in hide.detail
    assert stub_hearth.capabilities("slack").hide_messages is False
    await eventually(
        lambda: any("could not hide" in c.args["text"] for c in fake.calls_to("chat.postMessage"))
    )
