"""Pictures: uploaded after their message with files.upload_v2; alt text always in the blocks."""

from __future__ import annotations

from adapters.slack.testing import eventually, slash_command
from tests.adapters.slack.stub_features import CHART_PNG


async def test_chart_uploaded_into_the_channel_after_its_message(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    assert stub_hearth.capabilities("slack").images is True
    await sender.command(slash_command(fake, "chart", user="U0OLIVIA"))
    [post] = await fake.wait_for("chat.postMessage")
    assert "Moods this week: 5 good, 2 rough" in str(post.args["blocks"])  # alt text stays
    [complete] = await fake.wait_for("files.completeUploadExternal")
    assert complete.args["channel_id"] == "C0GENERAL"
    [stored] = fake.files.values()
    assert stored["data"] == CHART_PNG and stored["filename"] == "moods.png"
    assert stored["alt_txt"] == "Moods this week: 5 good, 2 rough"
    assert stored["channel"] == "C0GENERAL"


async def test_ephemeral_reply_keeps_alt_text_only(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    await sender.command(slash_command(fake, "ask"))
    [answer] = await fake.wait_for_responses(1)
    assert "Mood chart: steady this week" in str(answer["blocks"])
    assert fake.files == {}  # Slack has no private files: nothing uploaded


async def test_failed_upload_reported_message_kept(fake, start, stub_hearth) -> None:
    _, sender = await start(stub_hearth)
    fake.fail("files.getUploadURLExternal", "missing_scope")
    await sender.command(slash_command(fake, "chart", user="U0OLIVIA"))
    outcomes = stub_hearth.features["review_stub"].outcomes
    await eventually(lambda: outcomes)
    [outcome] = outcomes
    assert outcome.reason == "forbidden"
    assert outcome.detail.startswith("the message was sent but its picture was not attached")
    assert any(m["text"] == "Moods this week" for m in fake.messages.values())
    # organizers are told which permission is missing
    await eventually(lambda: len(fake.calls_to("chat.postMessage")) == 2)
    notice = fake.calls_to("chat.postMessage")[1]
    assert "reinstall it from the manifest" in notice.args["text"]
