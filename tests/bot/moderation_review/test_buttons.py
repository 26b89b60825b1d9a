"""Moderators decide from the alert; every decision updates the alert and the case log."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.actions import (
    AlertModerators,
    AlertOrganizers,
    DirectMessage,
    HideMessage,
    OpenForm,
    Reply,
    TimeOut,
    UpdateMessage,
)
from bot.app import Hearth
from bot.capabilities import Capabilities
from bot.config import Config
from bot.moderation_review.models import DISMISSED, HIDDEN, HIDE_IMPOSSIBLE, OPEN, RESOLVED
from bot.roles import Role
from bot.storage.database import Database
from tests.bot.moderation_review.conftest import INSULT, MISINFO, all_cases, case_log
from tests.support.recording import RecordingAdapter, of, only

MOD = Role.MODERATOR


async def _review_case(recorder: RecordingAdapter, database: Database, who: str = "maria") -> int:
    only(await recorder.say(who, MISINFO), AlertModerators)
    return all_cases(database)[-1].id  # type: ignore[return-value]


def _update(actions: list) -> UpdateMessage:  # type: ignore[type-arg]
    update = only(actions, UpdateMessage)
    assert (update.channel, update.message_id) == ("general", "alert1")
    return update


async def test_keep_dismisses_and_records_a_misfire(
    recorder: RecordingAdapter, database: Database
) -> None:
    case_id = await _review_case(recorder, database)
    actions = await recorder.press("alex", f"case:keep:{case_id}", role=MOD)
    text = _update(actions).message.plain()
    assert "Alex kept the message" in text and "Status: dismissed" in text
    (case,) = all_cases(database)
    assert case.status == DISMISSED and case.closed_at is not None
    log = case_log(database, case_id)[-1]
    assert log.kind == "keep" and log.actor_id is not None
    again = await recorder.press("alex", f"case:keep:{case_id}", role=MOD)
    assert "already kept" in only(again, Reply).message.text


async def test_hide_from_a_review_alert(recorder: RecordingAdapter, database: Database) -> None:
    case_id = await _review_case(recorder, database)
    actions = await recorder.press("alex", f"case:hide:{case_id}", role=MOD)
    hide = only(actions, HideMessage)
    assert (hide.channel, hide.message_id, hide.case_ref) == ("general", "m1", f"case:{case_id}")
    update = _update(actions)
    assert "Alex hid the message" in update.message.plain()
    assert f"case:hide:{case_id}" not in {b.action_id for b in update.message.buttons}
    (case,) = all_cases(database)
    assert case.hidden == HIDDEN and case.status == RESOLVED


async def test_hide_button_where_the_platform_cannot(hearth: Hearth, database: Database) -> None:
    recorder = RecordingAdapter(hearth, capabilities=Capabilities(hide_messages=False))
    case_id = await _review_case(recorder, database)
    actions = await recorder.press("alex", f"case:hide:{case_id}", role=MOD)
    assert of(actions, HideMessage) == []
    assert "does not let Hearth hide" in of(actions, Reply)[0].message.text
    assert "NOT hidden" in _update(actions).message.text
    assert all_cases(database)[0].hidden == HIDE_IMPOSSIBLE


async def test_warn_messages_the_author_with_the_reason(
    recorder: RecordingAdapter, database: Database
) -> None:
    case_id = await _review_case(recorder, database)
    actions = await recorder.press("alex", f"case:warn:{case_id}", role=MOD)
    dm = only(actions, DirectMessage)
    assert dm.user_id == "maria" and "Share medical information with care" in dm.message.text
    assert "Alex" not in dm.message.plain()  # the author is not told which moderator
    assert "Alex warned the author" in _update(actions).message.plain()


async def test_timeout_from_the_select_and_capped(
    recorder: RecordingAdapter, database: Database
) -> None:
    case_id = await _review_case(recorder, database)
    actions = await recorder.press("alex", f"case:timeout:{case_id}", role=MOD, values=("7d",))
    timeout = only(actions, TimeOut)
    assert timeout.user_id == "maria" and timeout.duration == timedelta(days=7)
    assert timeout.case_ref == f"case:{case_id}"
    assert "7 days" in only(actions, DirectMessage).message.text
    assert "Alex timed the author out: 7 days" in _update(actions).message.plain()
    # a form answer beyond the cap is capped at 28 days
    actions = await recorder.submit(
        "alex",
        f"case:timeout:{case_id}",
        {"duration": "60d"},
        role=MOD,
        context={"channel": "general", "message_id": "alert1"},
    )
    assert only(actions, TimeOut).duration == timedelta(days=28)
    assert "28 days (capped)" in _update(actions).message.plain()


async def test_timeout_without_duration_asks_in_a_form(
    recorder: RecordingAdapter, database: Database
) -> None:
    case_id = await _review_case(recorder, database)
    actions = await recorder.press("alex", f"case:timeout:{case_id}", role=MOD)
    form = only(actions, OpenForm).form
    assert form.form_id == f"case:timeout:{case_id}"
    assert form.context == {"channel": "general", "message_id": "alert1"}
    bad = await recorder.submit("alex", form.form_id, {"duration": "soon"}, role=MOD)
    assert "couldn't read" in only(bad, Reply).message.text
    ok = await recorder.submit(
        "alex", form.form_id, {"duration": "2h"}, role=MOD, context=form.context
    )
    assert only(ok, TimeOut).duration == timedelta(hours=2)


async def test_timeout_where_the_platform_cannot(hearth: Hearth, database: Database) -> None:
    recorder = RecordingAdapter(hearth, capabilities=Capabilities(timeouts=False))
    case_id = await _review_case(recorder, database)
    actions = await recorder.press("alex", f"case:timeout:{case_id}", role=MOD, values=("1d",))
    assert of(actions, TimeOut) == []
    assert "does not support time outs" in of(actions, Reply)[0].message.text
    assert all_cases(database)[0].status == OPEN


async def test_escalate_alerts_organizers(recorder: RecordingAdapter, database: Database) -> None:
    case_id = await _review_case(recorder, database)
    actions = await recorder.press("alex", f"case:escalate:{case_id}", role=MOD)
    alert = only(actions, AlertOrganizers)
    assert alert.message.title == "Case #1 escalated" and "/case 1" in alert.message.text
    assert "Alex escalated to the organizers" in _update(actions).message.plain()


async def test_note_through_a_form(recorder: RecordingAdapter, database: Database) -> None:
    case_id = await _review_case(recorder, database)
    form = only(await recorder.press("alex", f"case:note:{case_id}", role=MOD), OpenForm).form
    assert form.form_id == f"case:note:{case_id}" and form.inputs[0].style == "paragraph"
    actions = await recorder.submit(
        "alex", form.form_id, {"note": "Sent her the oncology FAQ"}, role=MOD, context=form.context
    )
    assert "Alex added a note: Sent her the oncology FAQ" in _update(actions).message.plain()
    assert case_log(database, case_id)[-1].detail == "Sent her the oncology FAQ"
    assert all_cases(database)[0].status == OPEN  # a note decides nothing


async def test_acknowledge(recorder: RecordingAdapter, database: Database) -> None:
    case_id = await _review_case(recorder, database)
    actions = await recorder.press("alex", f"case:ack:{case_id}", role=MOD)
    update = _update(actions)
    assert "Status: acknowledged" in update.message.plain()
    assert f"case:ack:{case_id}" not in {b.action_id for b in update.message.buttons}
    again = await recorder.press("alex", f"case:ack:{case_id}", role=MOD)
    assert "already acknowledged" in only(again, Reply).message.text


async def test_members_cannot_press_case_buttons(
    recorder: RecordingAdapter, database: Database
) -> None:
    case_id = await _review_case(recorder, database)
    for verb in ("keep", "hide", "warn", "timeout", "escalate", "handled", "note", "ack"):
        actions = await recorder.press("sam", f"case:{verb}:{case_id}")
        assert only(actions, Reply).message.text == "Only moderators can use that."
    refused = await recorder.submit("sam", f"case:note:{case_id}", {"note": "x"})
    assert only(refused, Reply).message.text == "Only moderators can use that."
    assert [e.kind for e in case_log(database, case_id)] == ["opened"]
    assert all_cases(database)[0].status == OPEN


async def test_buttons_for_another_community_or_unknown_case(
    hearth: Hearth, recorder: RecordingAdapter, database: Database
) -> None:
    case_id = await _review_case(recorder, database)
    other = RecordingAdapter(hearth, community="c2")
    actions = await other.press("alex", f"case:keep:{case_id}", role=MOD)
    assert "no longer exists" in only(actions, Reply).message.text
    actions = await recorder.press("alex", "case:frobnicate:1", role=MOD)
    assert "no longer in use" in only(actions, Reply).message.text


async def test_warning_threshold_proposes_a_timeout_never_automatic(
    recorder: RecordingAdapter, database: Database, config: Config
) -> None:
    config.care.warning_threshold = 2
    first = await _review_case(recorder, database, "sam")
    update = _update(await recorder.press("alex", f"case:warn:{first}", role=MOD))
    assert "proposed" not in update.message.plain()
    only(await recorder.say("sam", INSULT), HideMessage)
    second = all_cases(database)[-1].id
    actions = await recorder.press("alex", f"case:warn:{second}", role=MOD)
    assert of(actions, TimeOut) == []  # never automatic
    update = _update(actions)
    assert "2 warnings (threshold 2): a time out is proposed" in update.message.plain()
    proposed = [b for b in update.message.buttons if "proposed" in b.label]
    assert [b.action_id for b in proposed] == [f"case:timeout:{second}:1d"]
    # the next case about sam carries the proposal from the start
    alert = only(await recorder.say("sam", MISINFO), AlertModerators)
    assert any("proposed" in b.label for b in alert.message.buttons)
    # pressing the proposal is the moderator's decision
    timeout = only(await recorder.press("alex", proposed[0].action_id, role=MOD), TimeOut)
    assert timeout.user_id == "sam" and timeout.duration == timedelta(days=1)


@pytest.mark.parametrize(
    "action_id", ["case:hide:²", "case:keep:--1", "case:warn:9223372036854775808", "case:ack:"]
)
async def test_malformed_case_ids_get_a_specific_answer(
    recorder: RecordingAdapter, database: Database, action_id: str
) -> None:
    await _review_case(recorder, database)
    reply = only(await recorder.press("alex", action_id, role=MOD), Reply)
    assert reply.message.text == "That button is no longer in use."


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("-1d", "can't be negative"),
        ("99999999999d", "longer than 365 days"),
        ("0h", "longer than zero"),
        ("²d", "couldn't read"),
    ],
)
async def test_bad_time_out_durations_time_nobody_out(
    recorder: RecordingAdapter, database: Database, value: str, why: str
) -> None:
    case_id = await _review_case(recorder, database)
    pressed = await recorder.press("alex", f"case:timeout:{case_id}:{value}", role=MOD)
    submitted = await recorder.submit(
        "alex", f"case:timeout:{case_id}", {"duration": value}, role=MOD
    )
    for actions in (pressed, submitted):
        assert of(actions, TimeOut) == []
        assert why in only(actions, Reply).message.text
    assert all_cases(database)[0].status == OPEN


async def test_no_time_out_controls_where_the_platform_has_none(
    hearth: Hearth, database: Database
) -> None:
    slack_like = RecordingAdapter(hearth, capabilities=Capabilities(timeouts=False))
    alert = only(await slack_like.say("maria", MISINFO), AlertModerators).message
    assert alert.selects == ()
    assert not any(b.action_id.startswith("case:timeout") for b in alert.buttons)
    assert any(b.action_id.startswith("case:warn") for b in alert.buttons)


async def test_the_title_never_says_hidden_when_it_was_not(
    hearth: Hearth, database: Database
) -> None:
    no_hiding = RecordingAdapter(hearth, capabilities=Capabilities(hide_messages=False))
    alert = only(await no_hiding.say("sam", INSULT), AlertModerators).message
    assert alert.title and "NOT hidden" in alert.title
    assert ": hidden" not in alert.title
