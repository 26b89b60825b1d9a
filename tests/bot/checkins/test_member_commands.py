"""Member commands: personal check-ins on/off, time zones, snooze and pauses."""

from __future__ import annotations

from bot.actions import DirectMessage, Reply
from bot.clock import FakeClock
from bot.roles import Role
from tests.bot.checkins.support import (
    CHICAGO_ON,
    FIRST,
    at,
)
from tests.support.recording import RecordingAdapter, of, only


async def test_unknown_time_zone_uses_default_and_says_so(rec: RecordingAdapter) -> None:
    reply = only(await rec.command("sam", "/checkin on weekdays 08:30"), Reply)
    assert "I don't know your time zone yet, so I used UTC" in reply.message.text
    assert "/checkin timezone" in reply.message.text
    fixed = only(await rec.command("sam", "/checkin timezone Europe/London"), Reply)
    assert "Time zone set to Europe/London" in fixed.message.text
    listing = only(await rec.command("sam", "/checkin list"), Reply)
    assert "(Europe/London)" in listing.message.text
    bad = only(await rec.command("sam", "/checkin timezone Nowhere/Land"), Reply)
    assert "is not a time zone I know" in bad.message.text


async def test_pause_snooze_off_and_organizer_pause(
    rec: RecordingAdapter, clock: FakeClock
) -> None:
    for user in ("maria", "sam", "alex"):
        await rec.command(user, CHICAGO_ON)
    assert (
        "Snoozed until"
        in only(await rec.command("maria", "/checkin snooze 3d"), Reply).message.text
    )
    assert "paused until" in only(await rec.command("sam", "/pause"), Reply).message.text
    paused = only(
        await rec.command("olivia", "/checkin pause-member alex 14d", role=Role.ORGANIZER), Reply
    )
    assert "Paused check-ins and follow-ups for Alex" in paused.message.text
    clock.set(FIRST)
    await rec.hearth.tick()
    assert rec.delivered == []  # everyone is paused one way or another
    clock.set(at(2026, 3, 6, 1))  # Thursday: maria's snooze (3 days) is over
    await rec.hearth.tick()
    assert [a.user_id for a in of(rec.delivered, DirectMessage)] == ["maria"]
    await rec.command("sam", "/checkin resume")
    await rec.command("olivia", "/checkin resume-member alex", role=Role.ORGANIZER)
    await rec.command("maria", "/checkin off")
    rec.delivered.clear()
    clock.set(at(2026, 3, 10, 0))
    await rec.hearth.tick()
    assert sorted(a.user_id for a in of(rec.delivered, DirectMessage)) == ["alex", "sam"]


async def test_time_zone_that_is_a_directory_or_huge_gets_a_specific_answer(
    rec: RecordingAdapter,
) -> None:
    """``America`` is a directory in the zone database and 10 KB is "file name too long":
    both raised OSError past the check (the generic error)."""
    for zone in ("America", "Z" * 10_000, "Europe/Londn"):
        reply = only(await rec.command("maria", f"/checkin timezone {zone}"), Reply)
        assert reply.ephemeral
        assert "is not a time zone I know" in reply.message.text
        assert len(reply.message.text) < 400
    assert (
        "Europe/London"
        in only(await rec.command("maria", "/checkin timezone Europe/Londn"), Reply).message.text
    )
    on = only(await rec.command("maria", "/checkin on daily 08:00 America"), Reply)
    assert "is not a time zone I know" in on.message.text
    ok = only(await rec.command("maria", "/checkin timezone london"), Reply)
    assert ok.message.text.startswith("Time zone set to Europe/London.")
