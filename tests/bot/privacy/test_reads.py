"""Reading stores nothing: a person who only reads gets no member row, before or after
``/forgetme`` (issue 11, item 3e)."""

from __future__ import annotations

from sqlmodel import func, select

from bot.actions import DirectMessage, Reply
from bot.storage.database import Database
from bot.storage.models import Member
from tests.support.recording import RecordingAdapter, of, only
from tests.support.traces import assert_no_trace, assert_trace

#: Someone nobody has seen before; needles that cannot occur by chance.
READER = "zephyrine"
#: Words from their own messages.
WORDS = "quillwort lanterns"


def members(database: Database) -> int:
    with database.session() as session:
        return session.exec(select(func.count()).select_from(Member)).one()


async def test_reading_creates_no_member(recorder: RecordingAdapter, database: Database) -> None:
    help_reply = only(await recorder.command(READER, "/help"), Reply)
    assert "/resources" in help_reply.message.text or help_reply.message.fields
    found = only(await recorder.command(READER, "/resources nausea"), Reply)
    assert found.message.sections
    data = only(await recorder.command(READER, "/mydata", direct=True), Reply)
    assert "nothing" in data.message.text.lower()
    status = only(await recorder.command(READER, "/mentor status"), Reply)
    assert "no mentor requests" in status.message.text
    cancelled = only(await recorder.press(READER, "privacy:forget:cancel"), Reply)
    assert "nothing was deleted" in cancelled.message.text
    assert members(database) == 0
    assert_no_trace(database, READER)


async def test_forgetme_by_a_stranger_stores_nothing(
    recorder: RecordingAdapter, database: Database
) -> None:
    ask = only(await recorder.command(READER, "/forgetme"), Reply)
    assert not ask.message.buttons
    assert "nothing" in ask.message.text.lower()
    assert members(database) == 0


async def test_forgetme_then_mydata_leaves_no_trace(
    recorder: RecordingAdapter, database: Database
) -> None:
    await recorder.join(READER)
    await recorder.say(READER, f"hello everyone, {WORDS}")
    await recorder.command(READER, "/checkin timezone Europe/Paris")
    assert_trace(database, READER)
    ask = only(await recorder.command(READER, "/forgetme"), Reply)
    confirm = ask.message.buttons[0].action_id
    assert only(await recorder.press(READER, confirm), Reply).message.title == "Deleted"
    after = await recorder.command(READER, "/mydata")
    assert of(after, DirectMessage) == []
    assert "nothing" in only(after, Reply).message.text.lower()
    await recorder.command(READER, "/help")
    assert members(database) == 0
    assert_no_trace(database, READER, *WORDS.split())
