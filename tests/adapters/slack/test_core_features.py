"""Core features work through the adapter unchanged: every command arrives as /hearth <name>,
and their buttons route back by action id (data rights, check-ins, onboarding)."""

from __future__ import annotations

from adapters.slack.testing import block_actions, event_callback, eventually, slash_command
from bot.roles import Role

GENERAL = "C0GENERAL"


def _buttons(blocks: list[dict]) -> list[dict]:
    return [e for b in blocks if b["type"] == "actions" for e in b["elements"]]


async def test_every_core_command_is_reachable_as_a_subcommand(fake, start, hearth) -> None:
    _, sender = await start(hearth)
    names = sorted(spec.name for spec in hearth.commands(Role.MEMBER))
    for name in names:
        await sender.command(slash_command(fake, f"help {name}"))
    answers = await fake.wait_for_responses(len(names))
    for answer in answers:
        assert "I don't know" not in answer["text"], answer["text"]
    assert any("/hearth checkin on" in a["text"] for a in answers)


async def test_data_export_goes_by_dm_only(fake, start, hearth) -> None:
    _, sender = await start(hearth)
    # Maria stores something first: for someone Hearth holds nothing about, /mydata says so.
    await sender.command(slash_command(fake, "checkin timezone Europe/Madrid"))
    await fake.wait_for_responses(1)
    await sender.command(slash_command(fake, "mydata"))
    note = (await fake.wait_for_responses(2))[1]
    assert note["response_type"] == "ephemeral"
    assert "/hearth mydata" in note["text"]  # "try /mydata there", in Slack's words
    await eventually(lambda: fake.calls_to("chat.postMessage"))
    assert {c.args["channel"] for c in fake.calls_to("chat.postMessage")} == {"D0MARIA"}


async def test_forget_me_confirmation_button_round_trip(fake, start, hearth) -> None:
    _, sender = await start(hearth)
    await sender.command(slash_command(fake, "checkin timezone Europe/Madrid"))
    await fake.wait_for_responses(1)
    await sender.command(slash_command(fake, "forgetme"))
    ask = (await fake.wait_for_responses(2))[1]
    confirm = next(b for b in _buttons(ask["blocks"]) if ":confirm:" in b["action_id"])
    assert confirm["style"] == "danger"
    await sender.interaction(block_actions(fake, confirm["action_id"], ephemeral=True))
    await eventually(lambda: fake.calls_to("chat.postEphemeral") or len(fake.responses) > 2)
    said = [c.args["text"] for c in fake.calls_to("chat.postEphemeral")]
    said += [p["text"] for _, p in fake.responses[2:]]
    assert any("delet" in text.lower() for text in said), said


async def test_onboarding_by_dm_with_buttons(fake, start, hearth) -> None:
    _, sender = await start(hearth)
    joined = {"type": "member_joined_channel", "user": "U0SAM", "channel": GENERAL}
    await sender.event(event_callback(fake, joined | {"team": fake.team}))
    await eventually(lambda: fake.calls_to("chat.postMessage"))
    [question] = fake.calls_to("chat.postMessage")
    assert question.args["channel"] == "D0SAM"
    choices = _buttons(question.args["blocks"])
    assert choices and all(b["action_id"].startswith("onboard:") for b in choices)
    ts = next(t for (c, t), m in fake.messages.items() if c == "D0SAM")
    press = block_actions(fake, choices[0]["action_id"], user="U0SAM", channel="D0SAM")
    press["container"]["message_ts"] = ts
    await sender.interaction(press)
    await eventually(
        lambda: (
            len(fake.calls) > 0
            and (fake.calls_to("chat.update") or len(fake.calls_to("chat.postMessage")) > 1)
        )
    )
    follow = fake.calls_to("chat.update") + fake.calls_to("chat.postMessage")[1:]
    assert "Question 2" in " ".join(c.args["text"] for c in follow)
