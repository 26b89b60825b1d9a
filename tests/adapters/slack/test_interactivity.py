"""Buttons, selects and modals through the real bolt app and the fake Web API."""

from __future__ import annotations

import json

from adapters.slack.testing import BOT_USER, block_actions, slash_command, view_submission

GENERAL = "C0GENERAL"


async def test_message_rendered_as_block_kit(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    await sender.command(slash_command(fake, "ask"))
    [answer] = await fake.wait_for_responses(1)
    assert answer["response_type"] == "ephemeral"
    blocks = answer["blocks"]
    assert [b["type"] for b in blocks] == [
        "header",
        "section",
        "section",
        "context",
        "actions",
    ]
    assert blocks[2]["fields"][0]["text"] == "*When*\ntoday"
    assert "Mood chart: steady this week" in blocks[3]["elements"][0]["text"]  # image: alt text
    yes, no, link, select = blocks[4]["elements"]
    assert (yes["action_id"], yes["style"]) == ("stub:yes", "primary")
    assert (no["action_id"], no["style"]) == ("stub:no", "danger")
    assert link["url"] == "https://example.org/guide" and link["action_id"].startswith(
        "hearth-link"
    )
    assert select["type"] == "static_select" and select["action_id"] == "stub:mood"
    assert [o["value"] for o in select["options"]] == ["good", "rough"]
    assert len({b["block_id"] for b in blocks}) == len(blocks)


async def test_button_press_becomes_neutral_event_and_chat_update(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    fake.seed_message(GENERAL, "1772366400.000100", BOT_USER, "Pick one")
    status, body, _ = await sender.interaction(block_actions(fake, "stub:yes"))
    assert (status, body) == (200, "")
    [update] = await fake.wait_for("chat.update")
    assert update.args["channel"] == GENERAL and update.args["ts"] == "1772366400.000100"
    assert update.args["text"] == "maria chose stub:yes"
    [event] = stub_hearth.features["interactive"].pressed_events
    assert (event.action_id, event.message_id, event.channel_id) == (
        "stub:yes",
        "1772366400.000100",
        GENERAL,
    )
    assert event.actor.timezone == "America/Chicago"


async def test_select_change_carries_its_values(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    fake.seed_message(GENERAL, "1772366400.000100", BOT_USER)
    await sender.interaction(block_actions(fake, "stub:mood", selected=["rough"]))
    [update] = await fake.wait_for("chat.update")
    assert update.args["text"] == "maria chose rough"


async def test_press_on_ephemeral_message_updates_it_through_response_url(
    fake, start, stub_hearth
) -> None:
    _, sender = await start(stub_hearth)
    await sender.interaction(block_actions(fake, "stub:no", ephemeral=True))
    [replaced] = await fake.wait_for_responses(1)
    assert replaced["replace_original"] is True and replaced["text"] == "maria chose stub:no"
    assert fake.calls_to("chat.update") == []


async def test_link_buttons_are_acked_and_ignored(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    fake.seed_message(GENERAL, "1772366400.000100", BOT_USER)
    assert (await sender.interaction(block_actions(fake, "hearth-link:2")))[0] == 200
    await sender.interaction(block_actions(fake, "stub:yes"))
    await fake.wait_for("chat.update")
    assert [e.action_id for e in stub_hearth.features["interactive"].pressed_events] == ["stub:yes"]


async def _open_form(fake, sender, text: str = "form") -> dict:
    fields = slash_command(fake, text)
    await sender.command(fields)
    [opened] = await fake.wait_for("views.open")
    assert opened.args["trigger_id"] == fields["trigger_id"]
    return opened.args["view"]


async def test_modal_opened_with_trigger_and_validated(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    view = await _open_form(fake, sender)
    assert view["type"] == "modal" and view["callback_id"] == "stub:1"
    assert view["title"]["text"] == "Tell us about your week…"  # Slack allows 24 characters
    name, note = (b for b in view["blocks"] if b["type"] == "input")
    assert name["optional"] is False and name["element"]["max_length"] == 20
    assert note["optional"] is True and note["element"]["multiline"] is True

    # Blank-looking and too long answers come back as errors shown in the modal.
    status, body, _ = await sender.interaction(view_submission(fake, view, {"name": "   "}))
    assert status == 200
    assert json.loads(body) == {
        "response_action": "errors",
        "errors": {"name": "Please answer “Child's first name”."},
    }
    status, body, _ = await sender.interaction(view_submission(fake, view, {"name": "x" * 21}))
    assert json.loads(body)["errors"] == {"name": "Please keep this under 20 characters."}
    assert stub_hearth.features["interactive"].submissions == []

    # A good answer closes the modal (empty ack) and the core's reply follows.
    status, body, _ = await sender.interaction(
        view_submission(fake, view, {"name": "Ava", "note": "ok"})
    )
    assert (status, body) == (200, "")
    [thanks] = await fake.wait_for("chat.postEphemeral")
    assert thanks.args["channel"] == GENERAL and thanks.args["user"] == "U0MARIA"
    assert thanks.args["text"] == "Thanks Ava"
    assert stub_hearth.features["interactive"].submissions == [
        {"name": "Ava", "note": "ok", "origin": "test"}
    ]


async def test_next_step_of_a_form_replaces_the_modal(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    view = await _open_form(fake, sender, "steps")
    status, body, _ = await sender.interaction(view_submission(fake, view, {"a": "one"}))
    assert status == 200
    answer = json.loads(body)
    assert answer["response_action"] == "update"
    assert answer["view"]["callback_id"] == "stub:step2"


async def test_expired_trigger_offers_a_button_that_opens_the_form(
    fake, start, stub_hearth
) -> None:
    _, sender = await start(stub_hearth)
    fake.fail("views.open", "expired_trigger_id")
    await sender.command(slash_command(fake, "form"))
    [offer] = await fake.wait_for_responses(1)
    button = offer["blocks"][-1]["elements"][0]
    assert button["action_id"].startswith("hearth-form:")
    # Pressing it brings a fresh trigger_id, and the form opens.
    press = block_actions(fake, button["action_id"], ephemeral=True)
    await sender.interaction(press)
    calls = await fake.wait_for("views.open", 2)
    assert calls[-1].args["trigger_id"] == press["trigger_id"]
    assert calls[-1].args["view"]["callback_id"] == "stub:1"


async def test_slow_core_closes_the_modal_in_time_and_answers_later(
    fake, start, stub_hearth
) -> None:
    _, sender = await start(stub_hearth)
    view = await _open_form(fake, sender, "slowform")
    status, body, seconds = await sender.interaction(view_submission(fake, view, {"name": "Ava"}))
    assert (status, body) == (200, "") and seconds < 3.0
    [thanks] = await fake.wait_for("chat.postEphemeral")
    assert thanks.args["text"] == "Thanks Ava"


async def test_slow_users_info_does_not_hold_up_a_modal(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    view = await _open_form(fake, sender)
    fake.delays["users.info"] = 2.5
    status, body, seconds = await sender.interaction(
        view_submission(fake, view, {"name": "Ava"}, user="U0SAM")
    )
    assert (status, body) == (200, "") and seconds < 2.0
    await fake.wait_for("chat.postEphemeral")


async def test_ephemeral_answer_where_hearth_is_not_a_member(fake, start, stub_hearth) -> None:
    """A button on a slash command's answer in a channel Hearth was never invited to."""
    _, sender = await start(stub_hearth)
    fake.not_member.add(GENERAL)
    press = block_actions(fake, "nope:x", ephemeral=True)
    await sender.interaction(press)
    [answer] = await fake.wait_for_responses(1)
    assert answer["response_type"] == "ephemeral" and answer["replace_original"] is False
    assert answer["text"] == "That button is no longer in use."
    assert fake.calls_to("conversations.open") == []
