"""Channel check-ins: scheduling commands, prompts at the channel's local time, answers,
summaries (no names on low scores without consent), chart images, pauses, skips, misfires."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy import inspect

from bot.actions import DirectMessage, OpenForm, Post, Reply
from bot.app import Hearth
from bot.capabilities import Capabilities
from bot.clock import FakeClock
from bot.roles import Role
from bot.storage.database import Database
from tests.support.charts import decode_png
from tests.support.recording import RecordingAdapter, of, only

ORG = Role.ORGANIZER
# The fixture clock starts Sunday 2026-03-01 12:00 UTC; 18:00 in Chicago is 00:00 UTC Monday.
WEEKLY = "/checkin schedule weekly general sun@18:00 America/Chicago How was your week?"


async def scheduled(rec: RecordingAdapter, clock: FakeClock) -> Post:
    reply = only(await rec.command("olivia", WEEKLY, role=ORG), Reply)
    assert "Sun 01 Mar 18:00" in reply.message.text
    clock.set(datetime(2026, 3, 2, 0, 0, tzinfo=UTC))
    await rec.hearth.tick()
    return only(rec.delivered, Post)


def test_tables_exist_after_upgrade(database: Database) -> None:
    tables = set(inspect(database.engine).get_table_names())
    assert {
        "checkin_schedule",
        "checkin_occurrence",
        "checkin_personal",
        "checkin_response",
        "checkin_preference",
        "outbox",
    } <= tables


async def test_default_hearth_runs_checkins(hearth: Hearth, recorder: RecordingAdapter) -> None:
    assert "checkins" in hearth.features
    reply = only(await recorder.command("maria", "/checkin list"), Reply)
    assert "private check-ins are off" in reply.message.text


async def test_prompt_posted_at_channel_local_time(rec: RecordingAdapter, clock: FakeClock) -> None:
    await rec.command("olivia", WEEKLY, role=ORG)
    clock.set(datetime(2026, 3, 1, 23, 59, tzinfo=UTC))
    await rec.hearth.tick()
    assert rec.delivered == []
    clock.set(datetime(2026, 3, 2, 0, 0, 30, tzinfo=UTC))
    await rec.hearth.tick()
    post = only(rec.delivered, Post)
    assert post.channel == "general"
    assert "How was your week?" in post.message.text
    assert [b.label for b in post.message.buttons] == ["1", "2", "3", "4", "5", "Add a note"]
    await rec.hearth.tick()  # nothing twice
    assert len(rec.delivered) == 1


async def test_members_cannot_schedule(rec: RecordingAdapter) -> None:
    reply = only(await rec.command("maria", WEEKLY), Reply)
    assert "for organizers" in reply.message.text


async def test_quoted_cron_and_bad_input(rec: RecordingAdapter, clock: FakeClock) -> None:
    reply = only(
        await rec.command(
            "olivia", '/checkin schedule monday #general "0 9 * * 1" Europe/London Hello?', role=ORG
        ),
        Reply,
    )
    assert "mon at 09:00 (Europe/London)" in reply.message.text
    assert "Mon 02 Mar 09:00" in reply.message.text
    bad = only(
        await rec.command("olivia", "/checkin schedule x general someday@9:00 UTC Q", role=ORG),
        Reply,
    )
    assert "not a day list" in bad.message.text
    dup = only(
        await rec.command("olivia", "/checkin schedule monday general daily@09:00 UTC Q", role=ORG),
        Reply,
    )
    assert "already a check-in called" in dup.message.text


async def test_schedule_form_when_no_arguments(rec: RecordingAdapter, clock: FakeClock) -> None:
    form = only(await rec.command("olivia", "/checkin schedule", role=ORG), OpenForm).form
    assert form.form_id == "checkin:schedule" and len(form.inputs) == 5
    reply = only(
        await rec.submit(
            "olivia",
            form.form_id,
            {
                "name": "Friday",
                "channel": "general",
                "rule": "fri@17:00",
                "timezone": "America/New_York",
                "question": "How did the week go?",
            },
            role=ORG,
        ),
        Reply,
    )
    assert "Scheduled “friday”" in reply.message.text


async def test_autocomplete_names(rec: RecordingAdapter) -> None:
    await rec.command("olivia", WEEKLY, role=ORG)
    await rec.command("olivia", "/checkin schedule daily general daily@09:00 UTC Hi", role=ORG)
    actor = rec.actor("olivia", ORG)
    got = await rec.hearth.autocomplete(actor, rec.place(), "checkin pause", "name", "we")
    assert got == ["weekly"]
    assert await rec.hearth.autocomplete(actor, rec.place(), "checkin skip", "name", "") == [
        "daily",
        "weekly",
    ]


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
    from tests.bot.checkins.support import BASE

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


async def test_pause_resume_skip_delete(rec: RecordingAdapter, clock: FakeClock) -> None:
    await rec.command("olivia", WEEKLY, role=ORG)
    await rec.command("olivia", "/checkin pause weekly", role=ORG)
    clock.set(datetime(2026, 3, 2, 0, 0, tzinfo=UTC))
    await rec.hearth.tick()
    assert rec.delivered == []
    resumed = only(await rec.command("olivia", "/checkin resume weekly", role=ORG), Reply)
    assert "Sun 08 Mar 18:00" in resumed.message.text
    member = only(await rec.command("maria", "/checkin resume weekly"), Reply)
    assert "Only organizers" in member.message.text
    skip = only(await rec.command("olivia", "/checkin skip weekly 2026-03-08", role=ORG), Reply)
    assert "2026-03-08" in skip.message.text
    clock.set(datetime(2026, 3, 9, 0, 0, tzinfo=UTC))  # 8 March 18:00 in Chicago: skipped
    await rec.hearth.tick()
    assert rec.delivered == []
    clock.set(datetime(2026, 3, 15, 23, 0, tzinfo=UTC))  # 15 March 18:00 CDT (DST began)
    await rec.hearth.tick()
    assert len(of(rec.delivered, Post)) == 1
    listing = only(await rec.command("olivia", "/checkin list", role=ORG), Reply)
    assert listing.message.sections[0].title == "weekly"
    assert "skipping 2026-03-08" in (listing.message.sections[0].context or "")
    gone = only(await rec.command("olivia", "/checkin delete weekly", role=ORG), Reply)
    assert "Deleted" in gone.message.text
    missing = only(await rec.command("olivia", "/checkin pause weekly", role=ORG), Reply)
    assert "no check-in called" in missing.message.text


async def restart(rec: RecordingAdapter) -> RecordingAdapter:
    """A new process over the same database (the bot was down until the clock's now)."""
    old = rec.hearth
    hearth = Hearth(old.config, old.db, clock=old.clock, features=list(_feature_paths(old)))
    return RecordingAdapter(hearth)


def _feature_paths(hearth: Hearth) -> list[str]:
    return [f"{type(f).__module__}:{type(f).__name__}" for f in hearth.features.values()]


async def test_misfire_within_grace_is_sent_late_once(
    rec: RecordingAdapter, clock: FakeClock
) -> None:
    await rec.command("olivia", WEEKLY, role=ORG)
    clock.set(datetime(2026, 3, 2, 0, 40, tzinfo=UTC))  # bot was down 40 min; grace is 60
    back = await restart(rec)
    await back.hearth.tick()
    await back.hearth.tick()
    assert len(of(back.delivered, Post)) == 1


async def test_misfire_beyond_grace_is_skipped_and_logged(
    rec: RecordingAdapter, clock: FakeClock, caplog
) -> None:
    await rec.command("olivia", WEEKLY, role=ORG)
    clock.set(datetime(2026, 3, 2, 3, 0, tzinfo=UTC))  # down 3 hours
    back = await restart(rec)
    with caplog.at_level(logging.WARNING, logger="bot.checkins.feature"):
        await back.hearth.tick()
    assert back.delivered == []
    assert "missed fire time(s) skipped" in caplog.text
    assert "How was your week" not in caplog.text  # logs hold ids, never text
    clock.set(datetime(2026, 3, 9, 0, 0, tzinfo=UTC))  # next week is on time again
    await back.hearth.tick()
    assert len(of(back.delivered, Post)) == 1


async def test_running_process_sends_a_coarse_tick_once_within_the_window(
    rec: RecordingAdapter, clock: FakeClock
) -> None:
    """Not downtime: the process was up, only the tick was coarse (the demo's !clock +1d)."""
    await rec.command("olivia", WEEKLY, role=ORG)
    clock.set(datetime(2026, 3, 2, 20, 0, tzinfo=UTC))  # 20 h after the fire, window 24 h
    await rec.hearth.tick()
    await rec.hearth.tick()
    assert len(of(rec.delivered, Post)) == 1
