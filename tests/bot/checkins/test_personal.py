"""Personal check-ins: local time and DST, pauses that put life first, gentle prompts for
bereaved parents, low-mood follow-ups, the crisis path, fan-out restarts, member data."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from bot.actions import Action, AlertModerators, DirectMessage, OpenForm, Outcome, Reply
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.roles import Role
from bot.storage.database import Database
from tests.bot.checkins.support import BASE, WITH_HOOKS, CrisisModeration, StageOnboarding
from tests.support.recording import RecordingAdapter, of, only

CHICAGO_ON = "/checkin on mon,thu 19:00 America/Chicago"
# Monday 2 March 19:00 in Chicago (CST) is 01:00 UTC on Tuesday 3 March.
FIRST = datetime(2026, 3, 3, 1, 0, tzinfo=UTC)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


async def prompt_for(rec: RecordingAdapter, clock: FakeClock, user: str = "maria") -> DirectMessage:
    clock.set(FIRST)
    await rec.hearth.tick()
    return next(a for a in of(rec.delivered, DirectMessage) if a.user_id == user)


async def test_personal_prompt_arrives_at_local_time_across_dst(
    rec: RecordingAdapter, clock: FakeClock
) -> None:
    reply = only(await rec.command("maria", CHICAGO_ON), Reply)
    assert "mon,thu at 19:00 (America/Chicago)" in reply.message.text
    assert "Mon 02 Mar 19:00" in reply.message.text
    clock.set(at(2026, 3, 3, 0, 59))
    await rec.hearth.tick()
    assert rec.delivered == []
    sent_at = []
    for moment in (FIRST, at(2026, 3, 6, 1), at(2026, 3, 10, 0), at(2026, 3, 13, 0)):
        clock.set(moment)
        await rec.hearth.tick()
        await rec.hearth.tick()
        sent_at.append(len(of(rec.delivered, DirectMessage)))
    # One prompt at each 19:00 Chicago time: 01:00 UTC in CST, 00:00 UTC after 8 March (CDT).
    assert sent_at == [1, 2, 3, 4]
    dm = of(rec.delivered, DirectMessage)[0]
    assert dm.user_id == "maria"
    assert dm.message.title == "Your check-in"
    assert [b.label for b in dm.message.buttons][:5] == ["1", "2", "3", "4", "5"]


async def test_unknown_time_zone_uses_default_and_says_so(rec: RecordingAdapter) -> None:
    reply = only(await rec.command("sam", "/checkin on weekdays 08:30"), Reply)
    assert "I don't know your time zone yet, so I used UTC" in reply.message.text
    assert "/checkin timezone" in reply.message.text
    fixed = only(await rec.command("sam", "/checkin timezone Europe/London"), Reply)
    assert "Time zone set to Europe/London" in fixed.message.text
    listing = only(await rec.command("sam", "/checkin list"), Reply)
    assert "(Europe/London)" in listing.message.text
    bad = only(await rec.command("sam", "/checkin timezone Nowhere/Land"), Reply)
    assert "unknown time zone" in bad.message.text


async def test_low_mood_gets_gentle_follow_up_and_connect(
    rec: RecordingAdapter, clock: FakeClock
) -> None:
    await rec.command("maria", CHICAGO_ON)
    dm = await prompt_for(rec, clock)
    follow = only(await rec.press("maria", dm.message.buttons[0].action_id, direct=True), Reply)
    assert follow.message.title == "Thinking of you"
    titles = [s.title for s in follow.message.sections]
    assert "Caregiver mental health and coping" in titles
    ids = [b.action_id for b in follow.message.buttons]
    assert ids[0] == "checkin:connect:moderator"
    assert "mentor:request" not in ids  # no mentor feature in this Hearth
    actions = await rec.press("maria", "checkin:connect:moderator", direct=True)
    alert = only(actions, AlertModerators)
    assert not alert.urgent and "Maria" in alert.message.text
    assert "reach out" in only(actions, Reply).message.text
    fine = only(await rec.press("maria", dm.message.buttons[3].action_id, direct=True), Reply)
    assert "noted (4/5)" in fine.message.text


async def test_mentor_button_when_mentor_feature_handles_it(
    config: Config, database: Database, clock: FakeClock
) -> None:
    hearth = Hearth(config, database, clock=clock, features=BASE)

    async def mentor(ctx):  # type: ignore[no-untyped-def]
        return None

    hearth.router.component("mentor")(mentor)
    rec = RecordingAdapter(hearth)
    await rec.command("maria", CHICAGO_ON)
    dm = await prompt_for(rec, clock)
    follow = only(await rec.press("maria", dm.message.buttons[1].action_id, direct=True), Reply)
    assert "mentor:request" in [b.action_id for b in follow.message.buttons]


async def test_someone_elses_prompt_and_closed_window(
    rec: RecordingAdapter, clock: FakeClock
) -> None:
    await rec.command("maria", CHICAGO_ON)
    dm = await prompt_for(rec, clock)
    other = only(await rec.press("sam", dm.message.buttons[2].action_id, direct=True), Reply)
    assert "meant for someone else" in other.message.text
    clock.advance(hours=25)
    late = only(await rec.press("maria", dm.message.buttons[2].action_id, direct=True), Reply)
    assert "closed" in late.message.text


async def test_crisis_note_takes_the_care_path(rec: RecordingAdapter, clock: FakeClock) -> None:
    await rec.command("maria", CHICAGO_ON)
    dm = await prompt_for(rec, clock)
    await rec.press("maria", dm.message.buttons[0].action_id, direct=True)
    form = only(await rec.press("maria", dm.message.buttons[5].action_id, direct=True), OpenForm)
    actions = await rec.submit("maria", form.form.form_id, {"note": "I just want to end it"})
    assert only(actions, AlertModerators).urgent
    assert "988" in only(actions, DirectMessage).message.text
    assert CrisisModeration.screened == ["checkin"]
    calm = await rec.submit("maria", form.form.form_id, {"note": "Long day at clinic"})
    assert not of(calm, AlertModerators)
    assert CrisisModeration.screened == ["checkin", "checkin"]


async def test_bereaved_never_gets_upbeat_prompts(
    rec: RecordingAdapter, hooked: Hearth, clock: FakeClock
) -> None:
    StageOnboarding.bereaved = {"sam"}  # onboarding knows
    for user in ("maria", "sam", "alex"):
        await rec.command(user, CHICAGO_ON)
    await rec.command("maria", "/checkin gentle on")  # maria told us herself
    clock.set(FIRST)
    await hooked.tick()
    by_user = {a.user_id: a.message for a in of(rec.delivered, DirectMessage)}
    upbeat = hooked.config.checkins.personal_prompts
    for user in ("maria", "sam"):
        message = by_user[user]
        assert not any(p in message.plain() for p in upbeat)
        assert not any(b.action_id.startswith("checkin:mood:") for b in message.buttons)
        assert message.text == hooked.config.checkins.bereaved_prompts[0]
    assert any(p in by_user["alex"].plain() for p in upbeat)
    # A low answer from a bereaved parent points at bereavement support.
    ref = by_user["maria"].buttons[0].action_id.split(":")[2]
    follow = only(await rec.press("maria", f"checkin:mood:{ref}:1", direct=True), Reply)
    assert any(
        "bereave" in (s.title or "").lower() or "grief" in s.text.lower()
        for s in follow.message.sections
    )


async def test_bereaved_mode_none_sends_nothing(
    config: Config, database: Database, clock: FakeClock
) -> None:
    config.checkins.bereaved_mode = "none"
    hearth = Hearth(config, database, clock=clock, features=WITH_HOOKS)
    StageOnboarding.bereaved = {"sam"}
    rec = RecordingAdapter(hearth)
    await rec.command("sam", CHICAGO_ON)
    clock.set(FIRST)
    await hearth.tick()
    assert rec.delivered == []


async def test_loss_in_a_note_offers_gentle_prompts(
    rec: RecordingAdapter, clock: FakeClock
) -> None:
    await rec.command("maria", CHICAGO_ON)
    dm = await prompt_for(rec, clock)
    reply = only(await rec.command("maria", "/checkin note We need to talk, nothing new"), Reply)
    assert "Answer a check-in first" in reply.message.text
    await rec.press("maria", dm.message.buttons[2].action_id, direct=True)
    reply = only(await rec.command("maria", "/checkin note Our son died on Sunday"), Reply)
    assert [b.action_id for b in reply.message.buttons] == ["checkin:gentle:on"]
    only(await rec.press("maria", "checkin:gentle:on", direct=True), Reply)
    rec.delivered.clear()
    clock.set(at(2026, 3, 6, 1))
    await rec.hearth.tick()
    message = only(rec.delivered, DirectMessage).message
    assert not any(b.action_id.startswith("checkin:mood:") for b in message.buttons)


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


async def test_pause_all_button_and_cancel_pending(rec: RecordingAdapter, clock: FakeClock) -> None:
    await rec.command("maria", CHICAGO_ON)
    dm = await prompt_for(rec, clock)
    pause = next(b for b in dm.message.buttons if b.action_id == "checkin:pauseall")
    reply = only(await rec.press("maria", pause.action_id, direct=True), Reply)
    assert "All check-ins paused" in reply.message.text
    rec.delivered.clear()
    clock.set(at(2026, 3, 6, 1))
    await rec.hearth.tick()
    assert rec.delivered == []


async def test_restart_mid_fanout_messages_nobody_twice(
    config: Config, database: Database, clock: FakeClock
) -> None:
    got: list[str] = []

    async def crashing(community: str, actions: Sequence[Action]) -> list[Outcome]:
        if len(got) >= 8:
            raise asyncio.CancelledError  # the process dies while delivering the 9th
        got.extend(a.user_id for a in actions)  # type: ignore[attr-defined]
        return []

    first = Hearth(config, database, clock=clock, features=BASE)
    rec = RecordingAdapter(first)
    first.register_platform("test", rec.capabilities, crashing)
    members = [f"parent{n:02d}" for n in range(20)]
    for user in members:
        await rec.command(user, CHICAGO_ON)
    clock.set(FIRST)
    with pytest.raises(asyncio.CancelledError):
        await first.tick()

    second = Hearth(config, database, clock=clock, features=BASE)  # restart, same database
    again = RecordingAdapter(second)
    await second.start()
    await second.tick()  # the due-check runs again: no new rows, the rest are delivered
    clock.advance(minutes=10)  # past the lease: the interrupted row becomes "unknown"
    await second.tick()
    await second.stop()
    delivered = got + [a.user_id for a in of(again.delivered, DirectMessage)]
    assert len(delivered) == len(set(delivered)) == 19
    counts = second.features["checkins"].outbox.counts()  # type: ignore[attr-defined]
    assert counts == {"sent": 19, "unknown": 1}


async def test_export_and_forget(rec: RecordingAdapter, hooked: Hearth, clock: FakeClock) -> None:
    await rec.command("maria", CHICAGO_ON)
    dm = await prompt_for(rec, clock)
    await rec.press("maria", dm.message.buttons[3].action_id, direct=True)
    await rec.command("maria", "/checkin note quiet day")
    feature = hooked.features["checkins"]
    with hooked.db.session() as session:
        _, member = hooked.member_record(session, rec.actor("maria"))
        data = feature.export_member(session, member)
        assert data["personal_checkin"]["timezone"] == "America/Chicago"
        assert data["responses"][0]["mood"] == 4 and data["responses"][0]["note"] == "quiet day"
        feature.forget_member(session, member)
    with hooked.db.session() as session:
        _, member = hooked.member_record(session, rec.actor("maria"))
        data = feature.export_member(session, member)
    assert data == {"personal_checkin": None, "preferences": None, "responses": []}
    assert feature.outbox.counts() == {}
