"""Organizer commands: scheduling (text and form), names, pause, resume, skip, delete,
pausing a member."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import inspect

from bot.actions import OpenForm, Post, Reply
from bot.app import Hearth
from bot.clock import FakeClock
from bot.storage.database import Database
from tests.bot.checkins.support import (
    ORG,
    WEEKLY,
)
from tests.support.recording import RecordingAdapter, of, only


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
    assert "skipping" not in (listing.message.sections[0].context or "")  # past: pruned
    gone = only(await rec.command("olivia", "/checkin delete weekly", role=ORG), Reply)
    assert "Deleted" in gone.message.text
    missing = only(await rec.command("olivia", "/checkin pause weekly", role=ORG), Reply)
    assert "no check-in called" in missing.message.text


async def test_schedule_with_a_name_but_no_rule_says_how(rec: RecordingAdapter) -> None:
    """``/checkin schedule NAME`` alone was an IndexError (the generic "something went wrong")."""
    for text in (
        "/checkin schedule weekly",
        "/checkin schedule weekly general",
        '/checkin schedule w g ""',
    ):
        reply = only(await rec.command("olivia", text, role=ORG), Reply)
        assert reply.ephemeral
        assert "Usage: /checkin schedule NAME CHANNEL RULE TIMEZONE" in reply.message.text


async def test_schedule_time_zone_is_the_shared_check(rec: RecordingAdapter) -> None:
    for zone in ("America", "x" * 10_000, "Etc/../../etc/passwd"):
        text = f"/checkin schedule weekly general sun@18:00 {zone} Hello?"
        reply = only(await rec.command("olivia", text, role=ORG), Reply)
        assert "is not a time zone I know" in reply.message.text
        assert len(reply.message.text) < 400
    reply = only(
        await rec.command("olivia", "/checkin schedule w general sun@18:00 london Hi", role=ORG),
        Reply,
    )
    assert "(Europe/London)" in reply.message.text


async def test_pause_member_percent_matches_nobody_else(rec: RecordingAdapter) -> None:
    await rec.command("alex", "/checkin list")  # alex exists; "%" must not match them
    for who in ("%", "_lex", "a%"):
        reply = only(await rec.command("olivia", f"/checkin pause-member {who}", role=ORG), Reply)
        assert "I don't know a member called" in reply.message.text
    huge = only(
        await rec.command("olivia", "/checkin pause-member " + "a" * 1_000_000, role=ORG), Reply
    )
    assert "longer than any member's name" in huge.message.text
    named = only(await rec.command("olivia", "/checkin pause-member <@alex> 2d", role=ORG), Reply)
    assert "Paused check-ins and follow-ups for Alex" in named.message.text


async def test_skip_dates_are_pruned_and_never_silently_cut(
    rec: RecordingAdapter, clock: FakeClock
) -> None:
    """The old column silently truncated at 2,000 characters (a new date was lost) and kept
    every past date forever."""
    await rec.command("olivia", WEEKLY, role=ORG)
    first = only(await rec.command("olivia", "/checkin skip weekly 2026-03-08", role=ORG), Reply)
    assert "will skip: 2026-03-08" in first.message.text
    listing = only(await rec.command("olivia", "/checkin list", role=ORG), Reply)
    assert "skipping 2026-03-08" in (listing.message.sections[0].context or "")
    many = ",".join(f"2027-{m:02d}-{d:02d}" for m in range(1, 8) for d in range(1, 29))
    refused = only(await rec.command("olivia", f"/checkin skip weekly {many}", role=ORG), Reply)
    assert "at most 180 upcoming dates; nothing was changed" in refused.message.text
    still = only(await rec.command("olivia", "/checkin list", role=ORG), Reply)
    assert (still.message.sections[0].context or "").endswith("skipping 2026-03-08")
    past = only(await rec.command("olivia", "/checkin skip weekly 2026-02-01", role=ORG), Reply)
    assert "2026-02-01 has already passed in America/Chicago" in past.message.text
    clock.set(datetime(2026, 3, 16, 0, 0, tzinfo=UTC))  # after 8 March: pruned at next firing
    await rec.hearth.tick()
    later = only(await rec.command("olivia", "/checkin skip weekly 2026-12-25", role=ORG), Reply)
    assert "will skip: 2026-12-25 (America/Chicago dates)" in later.message.text


async def test_day_ranges_need_both_ends(rec: RecordingAdapter) -> None:
    for rule in ("mon-@09:00", "-fri@09:00", "mon,@09:00", "mon--fri@09:00"):
        text = f"/checkin schedule w general {rule} UTC Hi"
        reply = only(await rec.command("olivia", text, role=ORG), Reply)
        assert "is not a day list" in reply.message.text, rule
