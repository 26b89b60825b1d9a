"""The crisis care path: care first, never hidden or punished, urgent until acknowledged."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.exc import OperationalError
from sqlmodel import select

from bot.actions import (
    AlertModerators,
    DirectMessage,
    HideMessage,
    Outcome,
    Reply,
    TimeOut,
    UpdateMessage,
)
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.events import CommandInvoked, Place
from bot.moderation_review import store
from bot.moderation_review.feature import ModerationFeature
from bot.moderation_review.models import ACKNOWLEDGED, OPEN, RESOLVED, ModerationCase
from bot.moderation_review.settings import CareConfig, CrisisLine
from bot.roles import Role
from bot.storage.database import Database
from bot.storage.models import Member
from tests.bot.moderation_review.conftest import (
    CHILD_CRISIS,
    CRISIS,
    INSULT,
    all_cases,
    case_log,
)
from tests.support.recording import RecordingAdapter, of, only


async def test_crisis_gets_care_and_an_urgent_alert_never_hiding(
    recorder: RecordingAdapter, database: Database
) -> None:
    actions = await recorder.say("sam", CRISIS)
    assert of(actions, HideMessage) == [] and of(actions, TimeOut) == []
    care = only(actions, DirectMessage)
    assert care.user_id == "sam" and care.fallback_channel == "general"
    body = care.message.plain()
    assert "988" in body and "911" in body and "immediate danger" in body
    assert "care team will reach out" in body
    assert "not removed" in body
    alert = only(actions, AlertModerators)
    assert alert.urgent
    text = alert.message.plain()
    assert "a member may be in crisis" in text and "reach out" in text
    assert CRISIS in text and "m1" in text and "#general" in text
    (case,) = all_cases(database)
    assert case.urgent and case.decision == "crisis" and case.status == OPEN
    assert case.hidden == "no"
    assert {b.action_id for b in alert.message.buttons} == {
        f"case:{v}:{case.id}" for v in ("ack", "handled", "note", "escalate")
    }
    assert alert.message.selects == ()  # no time out offered for a member in crisis


async def test_crisis_wins_over_abuse(recorder: RecordingAdapter, database: Database) -> None:
    actions = await recorder.say("sam", "You are all idiots and I want to kill myself")
    assert of(actions, HideMessage) == []
    only(actions, DirectMessage)
    assert only(actions, AlertModerators).urgent
    assert all_cases(database)[0].decision == "crisis"


async def test_lines_follow_the_members_region(
    hearth: Hearth, recorder: RecordingAdapter, database: Database, config: Config
) -> None:
    config.community.region = "UK"
    body = only(await recorder.say("sam", CRISIS), DirectMessage).message.plain()
    assert "Samaritans: call 116 123" in body and "999" in body and "988" not in body
    with database.session() as session:
        maria = session.exec(select(Member).where(Member.external_id == "maria")).first()
        if maria is None:
            await recorder.say("maria", "hello")
            maria = session.exec(select(Member).where(Member.external_id == "maria")).one()
        maria.region = "AU"
    body = only(await recorder.say("maria", CRISIS), DirectMessage).message.plain()
    assert "13 11 14" in body and "000" in body
    config.community.region = "ZZ"
    body = only(await recorder.say("olivia", CRISIS), DirectMessage).message.plain()
    assert "findahelpline.com" in body


async def test_lines_and_reminder_are_configurable(
    recorder: RecordingAdapter, config: Config
) -> None:
    config.care = CareConfig(
        lines={"us": [CrisisLine(name="Our county line", contact="555-0100")]},
        care_team_message="Jo from the care team will call you.",
    )
    assert config.care.lines_for("UK")[0].name == "Samaritans"  # others keep their defaults
    body = only(await recorder.say("sam", CRISIS), DirectMessage).message.plain()
    assert "Our county line: 555-0100" in body and "Jo from the care team" in body
    assert "988" not in body


async def test_realert_until_acknowledged(
    hearth: Hearth, recorder: RecordingAdapter, clock: FakeClock, database: Database
) -> None:
    await recorder.say("sam", CRISIS)
    (case,) = all_cases(database)
    clock.advance(minutes=14)
    await hearth.tick()
    assert recorder.delivered == []
    clock.advance(minutes=2)
    await hearth.tick()
    realert = only(recorder.delivered, AlertModerators)
    assert realert.urgent and realert.case_ref == f"case:{case.id}"
    assert "Still unacknowledged after 16 minutes" in realert.message.text
    await hearth.tick()
    assert len(recorder.delivered) == 1  # not again until another interval passes
    clock.advance(minutes=15)
    await hearth.tick()
    assert len(recorder.delivered) == 2
    kinds = [e.kind for e in case_log(database, case.id)]
    assert kinds.count("realert") == 2


async def test_acknowledging_stops_realerts(
    hearth: Hearth, recorder: RecordingAdapter, clock: FakeClock, database: Database
) -> None:
    await recorder.say("sam", CRISIS)
    (case,) = all_cases(database)
    acked_at = clock.advance(minutes=5)
    actions = await recorder.press("alex", f"case:ack:{case.id}", role=Role.MODERATOR)
    update = only(actions, UpdateMessage)
    assert (update.channel, update.message_id) == ("general", "alert1")
    assert "Alex acknowledged" in update.message.plain()
    assert not update.message.urgent
    clock.advance(minutes=60)
    await hearth.tick()
    assert recorder.delivered == []
    (case,) = all_cases(database)
    assert case.status == ACKNOWLEDGED and case.acknowledged_at == acked_at
    with database.session() as session:
        assignee = session.get(Member, case.assignee_id)
        assert assignee is not None and assignee.external_id == "alex"


async def test_mark_handled_closes_the_crisis_case(
    recorder: RecordingAdapter, clock: FakeClock, database: Database
) -> None:
    await recorder.say("sam", CRISIS)
    (case,) = all_cases(database)
    actions = await recorder.press("alex", f"case:handled:{case.id}", role=Role.MODERATOR)
    update = only(actions, UpdateMessage).message
    assert "Alex marked it handled" in update.plain()
    assert {b.label for b in update.buttons} == {"Add note", "Escalate"}
    (case,) = all_cases(database)
    assert case.status == RESOLVED and case.closed_at == clock.now()
    again = await recorder.press("alex", f"case:handled:{case.id}", role=Role.MODERATOR)
    assert "already closed" in only(again, Reply).message.text


async def test_crisis_is_never_punished_from_buttons(
    recorder: RecordingAdapter, database: Database
) -> None:
    await recorder.say("sam", CRISIS)
    (case,) = all_cases(database)
    for verb in ("hide", "warn", "timeout", "keep"):
        actions = await recorder.press(
            "alex", f"case:{verb}:{case.id}", role=Role.MODERATOR, values=("1d",)
        )
        reply = only(actions, Reply)
        assert "never" in reply.message.text and reply.ephemeral
        assert of(actions, HideMessage) == [] and of(actions, TimeOut) == []
    assert [e.kind for e in case_log(database, case.id)] == ["opened", "care_sent"]


async def test_care_message_not_delivered_is_escalated(
    hearth: Hearth, recorder: RecordingAdapter
) -> None:
    care = only(await recorder.say("sam", CRISIS), DirectMessage)
    follow = await hearth.report_outcome(
        "test", "c1", Outcome(care, ok=False, reason="dms_closed", detail="DMs closed")
    )
    alert = only(follow, AlertModerators)
    assert alert.urgent and "did not reach them" in alert.message.title
    # an unrelated failed DM (not a crisis case) is not turned into an alert
    dm = only(await recorder.say("maria", INSULT), DirectMessage)
    assert (
        await hearth.report_outcome("test", "c1", Outcome(dm, ok=False, reason="dms_closed")) == []
    )


async def test_screen_runs_the_care_path_for_other_features(
    hearth: Hearth, feature: ModerationFeature, database: Database
) -> None:
    recorder = RecordingAdapter(hearth)
    event = CommandInvoked(
        actor=recorder.actor("maria"), place=Place("c1", direct=True), name="checkin"
    )
    with database.session() as session:
        ctx = hearth._context(session, event)
        assert await feature.screen(ctx, "Tired, but the scan was clear.", source="checkin") == []
        actions = await feature.screen(ctx, CRISIS, source="checkin")
    care = only(actions, DirectMessage)
    assert care.user_id == "maria" and care.fallback_channel is None
    assert "988" in care.message.plain()
    alert = only(actions, AlertModerators)
    assert alert.urgent and "in a checkin note" in alert.message.text
    (case,) = all_cases(database)
    assert (case.source, case.channel, case.message_id) == ("checkin", None, None)
    assert case.urgent and case.text == CRISIS


async def test_care_and_alert_go_out_when_the_case_cannot_be_stored_then_it_is(
    recorder: RecordingAdapter,
    database: Database,
    feature: ModerationFeature,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    await recorder.say("sam", "Hello everyone")  # a member Hearth knows already
    real_open = store.open_case
    locked = [OperationalError("UPDATE moderation_case_counter", {}, Exception("locked"))]

    def open_case(*args: Any, **kwargs: Any) -> ModerationCase:
        if locked:
            raise locked.pop()  # SQLite's "database is locked", once
        return real_open(*args, **kwargs)

    monkeypatch.setattr(store, "open_case", open_case)
    actions = await recorder.say("sam", CRISIS)
    care = only(actions, DirectMessage)
    assert care.user_id == "sam" and "988" in care.message.plain()
    alert = only(actions, AlertModerators)
    assert alert.urgent and alert.message.urgent
    shown = alert.message.plain()
    assert "Sam" in shown and CRISIS in shown and "reach out" in shown
    assert of(actions, Reply) == []  # no "something went wrong"
    assert all_cases(database) == []
    await feature.idle()  # the quick retry stores it
    (case,) = all_cases(database)
    assert case.crisis and case.author_id is not None and case.text == CRISIS
    assert [e.kind for e in case_log(database, case.id)] == ["opened", "care_sent", "stored_late"]
    stored = only(recorder.delivered, AlertModerators)
    assert stored.urgent and f"case:ack:{case.id}" in {b.action_id for b in stored.message.buttons}


async def test_a_parent_telling_of_their_child_gets_the_helpers_care(
    recorder: RecordingAdapter, database: Database, config: Config
) -> None:
    config.care = CareConfig(helper_message="Jo from the care team will call you tonight.")
    actions = await recorder.say("sam", CHILD_CRISIS)
    care = only(actions, DirectMessage)
    assert care.user_id == "sam" and care.message.title == "You're not alone in this"
    body = care.message.plain()
    assert "someone you love" in body and "988" in body and "stay with them" in body
    assert "out of reach" in body and "does not put the idea in their head" in body
    assert "these lines are for you too" in body and "Jo from the care team" in body
    assert "If you are thinking about ending your life" not in body
    alert = only(actions, AlertModerators)
    assert alert.urgent
    text = alert.message.plain()
    assert "someone close to a member may be in crisis" in text
    assert "how to help" in text and "reach out to them now" in text
    (case,) = all_cases(database)
    assert case.decision == "crisis" and case.urgent
    assert {b.action_id for b in alert.message.buttons} >= {f"case:ack:{case.id}"}


async def test_the_parents_own_words_of_dying_keep_the_authors_care(
    recorder: RecordingAdapter,
) -> None:
    actions = await recorder.say("sam", "My son said he wants to die and honestly so do I.")
    care = only(actions, DirectMessage)
    assert care.message.title == "You're not alone"
    assert "If you are thinking about ending your life" in care.message.plain()
    assert "a member may be in crisis" in only(actions, AlertModerators).message.plain()


async def test_the_unsaved_alert_says_whose_crisis_too(
    recorder: RecordingAdapter, feature: ModerationFeature, monkeypatch: pytest.MonkeyPatch
) -> None:
    await recorder.say("sam", "Hello everyone")
    real_open = store.open_case
    locked = [OperationalError("UPDATE moderation_case_counter", {}, Exception("locked"))]

    def open_case(*args: Any, **kwargs: Any) -> ModerationCase:
        if locked:
            raise locked.pop()
        return real_open(*args, **kwargs)

    monkeypatch.setattr(store, "open_case", open_case)
    actions = await recorder.say("sam", CHILD_CRISIS)
    assert only(actions, DirectMessage).message.title == "You're not alone in this"
    alert = only(actions, AlertModerators).message
    assert alert.title == "Someone close to a member may be in crisis"
    assert "could not be saved yet" in alert.text and "I'm reaching out" not in alert.text
    await feature.idle()
    stored = only(recorder.delivered, AlertModerators).message
    assert "someone close to a member may be in crisis" in stored.plain()


async def test_a_long_crisis_post_keeps_readable_reasons(
    recorder: RecordingAdapter, database: Database
) -> None:
    """Its reasons overflow the column; the strongest are kept as valid JSON and the alert
    shows them (cutting the JSON at the column's length left the case unreadable)."""
    post = " ".join(
        f"Day {n}. I can't do this anymore. I want to die. I have the pills saved. "
        "I wrote letters to my kids. Everyone would be better off without me."
        for n in range(1, 16)
    )
    actions = await recorder.say("sam", post)
    only(actions, DirectMessage)
    alert = only(actions, AlertModerators)
    assert "Why: crisis/" in alert.message.plain()
    (case,) = all_cases(database)
    assert len(case.reasons_json) <= 8000 and len(case.reasons) >= 5
    assert case.reasons[0]["category"] == "crisis"


async def test_care_goes_out_when_the_stored_cases_alert_cannot_be_built(
    recorder: RecordingAdapter,
    database: Database,
    feature: ModerationFeature,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whatever the full alert meets after the case is stored (a lost connection, a row it
    cannot read), the member still gets the care message and moderators a plain alert."""

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise OperationalError("SELECT moderation_case_event", {}, Exception("gone"))

    monkeypatch.setattr(feature, "alert", broken)
    actions = await recorder.say("sam", CRISIS)
    assert "988" in only(actions, DirectMessage).message.plain()
    alert = only(actions, AlertModerators)
    (case,) = all_cases(database)
    assert alert.urgent and alert.case_ref == f"case:{case.id}"
    assert f"Case #{case.number} is saved" in alert.message.text and CRISIS in alert.message.plain()
