"""Organizer summaries: no names on low scores without consent, chart images, trends."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.actions import DirectMessage, OpenForm, Post, Reply
from bot.app import Hearth
from bot.capabilities import Capabilities
from bot.clock import FakeClock
from bot.roles import Role
from bot.storage.database import Database
from tests.bot.checkins.support import (
    BASE,
    scheduled,
)
from tests.support.charts import decode_png
from tests.support.recording import RecordingAdapter, only


async def test_answers_and_summary_without_names_on_low_scores(
    rec: RecordingAdapter, clock: FakeClock
) -> None:
    post = await scheduled(rec, clock)
    ids = [b.action_id for b in post.message.buttons]
    low = only(await rec.press("maria", ids[1]), Reply)  # mood 2: gentle private follow-up
    assert low.ephemeral and low.message.title == "Thinking of you"
    form = only(await rec.press("maria", ids[5]), OpenForm).form
    saved = only(
        await rec.submit("maria", form.form_id, {"note": "Scan day tomorrow", "share": "no"}),
        Reply,
    )
    assert "only you can see it" in saved.message.text
    only(await rec.press("sam", ids[3]), Reply)  # mood 4
    await rec.command("sam", "/checkin share-name on")
    only(await rec.press("alex", ids[0]), Reply)  # mood 1, alex agreed below
    await rec.command("alex", "/checkin share-name on")
    form = only(await rec.press("alex", ids[5]), OpenForm).form
    await rec.submit("alex", form.form_id, {"note": "Hard week on the ward", "share": "yes"})
    rec.delivered.clear()

    clock.set(datetime(2026, 3, 3, 0, 1, tzinfo=UTC))  # the 24 h window has closed
    await rec.hearth.tick()
    summary = only(rec.delivered, DirectMessage)
    assert summary.user_id == "olivia"
    message = summary.message
    assert "3 answered" in message.text
    low_field = next(f.value for f in message.fields if f.name == "Low moods")
    assert "2 at 2 or below" in low_field
    assert "Alex (1)" in low_field and "1 not named" in low_field
    everything = message.plain()
    assert "Maria" not in everything  # low score, no consent: never named
    assert "Scan day tomorrow" not in everything  # private note
    assert "Hard week on the ward" in everything  # shared note
    assert message.image is not None and "mood 2: 1" in message.image.alt_text
    assert decode_png(message.image.data) == (900, 420)
    assert "Trend over the last" not in message.image.alt_text  # first one: no trend yet
    late = only(await rec.press("sam", ids[4]), Reply)
    assert "closed" in late.message.text


async def test_text_chart_and_trend(config, database: Database, clock: FakeClock) -> None:

    hearth = Hearth(config, database, clock=clock, features=BASE)
    rec = RecordingAdapter(hearth, capabilities=Capabilities(images=False))
    post = await scheduled(rec, clock)
    await rec.press("maria", post.message.buttons[1].action_id)
    await rec.press("sam", post.message.buttons[2].action_id)
    clock.set(datetime(2026, 3, 9, 0, 0, tzinfo=UTC))  # next Sunday 18:00 CST
    rec.delivered.clear()
    await hearth.tick()
    week2 = only(rec.delivered, Post)
    assert only(rec.delivered, DirectMessage).message.image is None  # week 1's summary
    await rec.press("maria", week2.message.buttons[3].action_id)
    await rec.press("sam", week2.message.buttons[4].action_id)
    rec.delivered.clear()
    clock.set(datetime(2026, 3, 10, 0, 1, tzinfo=UTC))
    await hearth.tick()
    message = only(rec.delivered, DirectMessage).message
    assert message.image is None
    chart = message.sections[0]
    assert chart.title and "Moods" in chart.title and "4 | " in chart.text and "█" in chart.text
    assert "Trend: up 2.0" in message.text
    earlier = next(f.value for f in message.fields if f.name == "Earlier weeks")
    assert "02 Mar: 2 answered, average 2.5" in earlier


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
