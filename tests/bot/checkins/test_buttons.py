"""Buttons and forms: moods, low-mood follow-ups, connect, notes and the crisis path, pause."""

from __future__ import annotations

from bot.actions import AlertModerators, DirectMessage, OpenForm, Reply
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.storage.database import Database
from tests.bot.checkins.support import (
    BASE,
    CHICAGO_ON,
    CrisisModeration,
    at,
    prompt_for,
)
from tests.support.recording import RecordingAdapter, of, only


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
