"""The organizer's summary chart from stored answers: the mood distribution of the prompt that
just closed beside the trend of the earlier occurrences, as a PNG the platform receives."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.actions import DirectMessage, Post
from bot.app import Hearth
from bot.clock import FakeClock
from bot.roles import Role
from bot.storage.database import Database
from tests.bot.checkins.support import BASE
from tests.support.charts import decode_png
from tests.support.recording import RecordingAdapter, only

WEEKLY = "/checkin schedule weekly general sun@18:00 America/Chicago How was your week?"


async def test_second_summary_charts_the_trend(
    config, database: Database, clock: FakeClock
) -> None:
    rec = RecordingAdapter(Hearth(config, database, clock=clock, features=BASE))
    await rec.command("olivia", WEEKLY, role=Role.ORGANIZER)
    week1, close1 = datetime(2026, 3, 2, 0, 0, tzinfo=UTC), datetime(2026, 3, 3, 0, 1, tzinfo=UTC)
    week2, close2 = datetime(2026, 3, 9, 0, 0, tzinfo=UTC), datetime(2026, 3, 10, 0, 1, tzinfo=UTC)
    clock.set(week1)
    await rec.hearth.tick()
    buttons = only(rec.delivered, Post).message.buttons
    for who, mood in (("maria", 2), ("sam", 3), ("alex", 1)):
        await rec.press(who, buttons[mood - 1].action_id)
    clock.set(close1)
    await rec.hearth.tick()
    clock.set(week2)
    rec.delivered.clear()
    await rec.hearth.tick()
    buttons = only(rec.delivered, Post).message.buttons
    for who, mood in (("maria", 4), ("sam", 5)):
        await rec.press(who, buttons[mood - 1].action_id)
    rec.delivered.clear()
    clock.set(close2)
    await rec.hearth.tick()
    image = only(rec.delivered, DirectMessage).message.image
    assert image is not None and image.filename == "checkin-moods.png"
    assert decode_png(image.data) == (900, 420)
    assert "mood 4: 1, mood 5: 1" in image.alt_text
    assert "Trend over the last 2 check-ins" in image.alt_text
    assert "02 Mar: 3 answered, average 2.0; this one: 2 answered, average 4.5" in image.alt_text
