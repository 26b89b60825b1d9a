"""Edited messages are assessed like new ones; an edit of a flagged message updates its case."""

from __future__ import annotations

from bot.actions import AlertModerators, DirectMessage, HideMessage, Outcome, UpdateMessage
from bot.app import Hearth
from bot.roles import Role
from bot.storage.database import Database
from tests.bot.moderation_review.conftest import CRISIS, INSULT, MISINFO, all_cases, case_log
from tests.support.recording import RecordingAdapter, of, only

HELLO = "Hello everyone, we had a good day at the clinic"


async def test_a_message_edited_into_abuse_is_hidden_and_alerted(
    recorder: RecordingAdapter, database: Database
) -> None:
    assert await recorder.say("sam", HELLO) == []
    actions = await recorder.edit("sam", "m1", INSULT)
    assert only(actions, HideMessage).message_id == "m1"
    assert only(actions, AlertModerators)
    (case,) = all_cases(database)
    assert (case.message_id, case.text, case.decision) == ("m1", INSULT, "hide")


async def test_a_message_edited_into_a_crisis_gets_care(
    recorder: RecordingAdapter, database: Database
) -> None:
    await recorder.say("sam", HELLO)
    actions = await recorder.edit("sam", "m1", CRISIS)
    assert only(actions, DirectMessage).user_id == "sam"
    assert only(actions, AlertModerators).urgent
    assert of(actions, HideMessage) == []
    assert all_cases(database)[0].crisis


async def test_an_edit_of_a_flagged_message_updates_its_case_and_posted_alert(
    hearth: Hearth, recorder: RecordingAdapter, database: Database
) -> None:
    [alert] = of(await recorder.say("maria", MISINFO), AlertModerators)
    await hearth.report_outcome("test", "c1", Outcome(alert, ok=True, platform_ref="mods:a1"))
    edited = MISINFO + " (my aunt swears by it)"
    actions = await recorder.edit("maria", "m1", edited)
    (case,) = all_cases(database)  # no second case
    assert case.text == edited
    update = only(actions, UpdateMessage)
    assert (update.channel, update.message_id) == ("mods", "a1")
    assert edited in update.message.plain() and "edited the message" in update.message.plain()
    assert of(actions, AlertModerators) == []
    assert [e.kind for e in case_log(database, case.id)][-1] == "edited"


async def test_a_flagged_message_edited_into_a_crisis_becomes_urgent_care(
    recorder: RecordingAdapter, database: Database
) -> None:
    await recorder.say("maria", MISINFO)
    actions = await recorder.edit("maria", "m1", CRISIS)
    (case,) = all_cases(database)
    assert case.crisis and case.urgent and case.text == CRISIS
    assert only(actions, DirectMessage).user_id == "maria"
    assert only(actions, AlertModerators).urgent


async def test_an_edit_after_the_decision_reopens_the_case(
    recorder: RecordingAdapter, database: Database
) -> None:
    await recorder.say("maria", MISINFO)
    case_id = all_cases(database)[0].id
    await recorder.press("alex", f"case:keep:{case_id}", role=Role.MODERATOR)
    actions = await recorder.edit("maria", "m1", INSULT)
    (case,) = all_cases(database)
    assert case.status == "open" and case.closed_at is None and "abuse" in case.categories
    assert only(actions, AlertModerators)
    assert "reopened" in [e.kind for e in case_log(database, case.id)]
