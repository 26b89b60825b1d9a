"""Every message in a group channel is assessed: allow, review, hide, hide impossible."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from bot.actions import AlertModerators, AlertOrganizers, DirectMessage, HideMessage, Outcome
from bot.app import DEFAULT_FEATURES, Hearth
from bot.capabilities import Capabilities
from bot.clock import FakeClock
from bot.messages import ChannelLink, Mention, MessageLink
from bot.moderation_review.models import HIDDEN, HIDE_FAILED, HIDE_IMPOSSIBLE, NOT_HIDDEN
from bot.roles import Role
from bot.storage.database import Database
from bot.storage.models import Member
from tests.bot.moderation_review.conftest import (
    CRISIS,
    FEATURE,
    GRIEF,
    INSULT,
    LINK,
    MISINFO,
    all_cases,
    case_log,
)
from tests.support.recording import RecordingAdapter, of, only


def test_moderation_runs_first() -> None:
    assert DEFAULT_FEATURES[0] == FEATURE


async def test_grief_at_the_disease_is_left_alone(
    recorder: RecordingAdapter, database: Database
) -> None:
    assert await recorder.say("maria", GRIEF) == []
    assert await recorder.say("maria", "the chemo is killing his blasts, finally") == []
    assert all_cases(database) == []


async def test_review_keeps_the_message_and_alerts(
    recorder: RecordingAdapter, database: Database
) -> None:
    actions = await recorder.say("maria", MISINFO)
    alert = only(actions, AlertModerators)
    assert not alert.urgent
    assert of(actions, HideMessage) == [] and of(actions, DirectMessage) == []
    (case,) = all_cases(database)
    assert (case.number, case.status, case.decision) == (1, "open", "review")
    assert case.categories == "misinformation" and case.hidden == NOT_HIDDEN
    assert (case.channel, case.message_id, case.text) == ("general", "m1", MISINFO)
    assert case.scores["misinformation"] >= 0.5
    assert any(r["category"] == "misinformation" for r in case.reasons)
    assert alert.case_ref == f"case:{case.id}"
    assert alert.message.title == "Case #1: flagged for review (misinformation)"
    assert MISINFO in alert.message.plain()
    ids = {b.action_id for b in alert.message.buttons}
    assert {
        f"case:{v}:{case.id}" for v in ("keep", "hide", "warn", "escalate", "note", "ack")
    } <= ids
    assert alert.message.selects[0].action_id == f"case:timeout:{case.id}"


async def test_hide_hides_tells_the_author_kindly_and_alerts(
    recorder: RecordingAdapter, database: Database
) -> None:
    actions = await recorder.say("sam", INSULT)
    hide = only(actions, HideMessage)
    (case,) = all_cases(database)
    assert (hide.channel, hide.message_id, hide.case_ref) == ("general", "m1", f"case:{case.id}")
    dm = only(actions, DirectMessage)
    assert dm.user_id == "sam" and dm.fallback_channel == "general"
    body = dm.message.plain()
    assert "hidden your message" in body and "Be kind to one another" in body
    assert "mention case #1" in body  # how to appeal
    assert INSULT not in body
    alert = only(actions, AlertModerators)
    assert "Hidden from the channel." in alert.message.text
    assert case.hidden == HIDDEN and case.decision == "hide"
    assert [e.kind for e in case_log(database, case.id)] == ["opened", "hidden", "author_told"]


async def test_hide_impossible_is_recorded_and_said(hearth: Hearth, database: Database) -> None:
    recorder = RecordingAdapter(hearth, capabilities=Capabilities(hide_messages=False))
    actions = await recorder.say("sam", INSULT)
    assert of(actions, HideMessage) == []
    (case,) = all_cases(database)
    assert case.hidden == HIDE_IMPOSSIBLE
    assert "NOT hidden" in only(actions, AlertModerators).message.text
    dm = only(actions, DirectMessage).message.plain()
    assert "a moderator will take a look" in dm and "hidden your message" not in dm
    assert "hide_impossible" in [e.kind for e in case_log(database, case.id)]


async def test_hide_failure_reported_by_the_adapter(
    hearth: Hearth, recorder: RecordingAdapter, database: Database
) -> None:
    hide = only(await recorder.say("sam", INSULT), HideMessage)
    follow = await hearth.report_outcome(
        "test",
        "c1",
        Outcome(hide, ok=False, reason="forbidden", detail="Grant Hearth 'Manage Messages'."),
    )
    alert = only(follow, AlertModerators)
    assert alert.message.title == "Case #1: the message could NOT be hidden"
    assert "Manage Messages" in alert.message.text
    assert of(follow, AlertOrganizers)  # the core tells organizers about the permission
    (case,) = all_cases(database)
    assert case.hidden == HIDE_FAILED
    assert case_log(database, case.id)[-1].kind == "hide_failed"


async def test_direct_messages_are_not_moderated(
    recorder: RecordingAdapter, database: Database
) -> None:
    assert await recorder.say("sam", INSULT, direct=True) == []
    assert all_cases(database) == []


async def test_moderators_bypass_but_still_get_care(
    recorder: RecordingAdapter, database: Database
) -> None:
    assert await recorder.say("alex", INSULT, role=Role.MODERATOR) == []
    assert await recorder.say("olivia", MISINFO, role=Role.ORGANIZER) == []
    actions = await recorder.say("alex", CRISIS, role=Role.MODERATOR)
    assert only(actions, DirectMessage).user_id == "alex"
    assert only(actions, AlertModerators).urgent
    assert [c.decision for c in all_cases(database)] == ["crisis"]


async def test_flooding_detected_from_recent_messages(
    recorder: RecordingAdapter, clock: FakeClock, database: Database
) -> None:
    text = "anyone here? please answer me"
    assert await recorder.say("sam", text) == []
    clock.advance(seconds=20)
    assert await recorder.say("sam", text) == []
    clock.advance(seconds=20)
    actions = await recorder.say("sam", text)
    only(actions, HideMessage)
    (case,) = all_cases(database)
    assert case.categories == "spam" and case.message_id == "m3"
    # another author's identical message starts a fresh history
    assert await recorder.say("maria", text) == []


async def test_links_are_spam_only_from_new_members(
    recorder: RecordingAdapter, database: Database, clock: FakeClock
) -> None:
    only(await recorder.say("newparent", LINK), HideMessage)
    assert await recorder.say("maria", "hello") == []
    with database.session() as session:
        maria = session.exec(select(Member).where(Member.external_id == "maria")).one()
        maria.created_at = clock.now() - timedelta(days=30)
    assert await recorder.say("maria", LINK) == []
    assert [c.categories for c in all_cases(database)] == ["spam"]


async def test_recent_messages_stay_small_and_in_memory(
    recorder: RecordingAdapter,
    feature,
    clock: FakeClock,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    import bot.moderation_review.assess as module

    monkeypatch.setattr(module, "RECENT_AUTHORS", 3)
    for i in range(3):
        await recorder.say(f"parent{i}", "hello")
    clock.advance(minutes=20)
    await recorder.say("parent3", "hello")
    assert [k[2] for k in feature.assess.recent] == ["parent3"]
    for _ in range(15):
        await recorder.say("parent3", f"message {_}")
        clock.advance(minutes=1)
    assert len(feature.assess.recent[("test", "c1", "parent3")]) == module.RECENT_PER_AUTHOR


async def test_alert_refers_to_member_channel_and_message_natively(
    recorder: RecordingAdapter,
) -> None:
    actions = await recorder.say("sam", INSULT)
    alert = only(actions, AlertModerators).message
    refs = {f.name: (f.value, f.ref) for f in alert.fields}
    assert refs["Member"] == ("Sam", Mention("sam"))
    assert refs["Channel"] == ("#general", ChannelLink("general"))
    value, link = refs["Message"]
    assert isinstance(link, MessageLink) and (link.channel_id, link.message_id) == ("general", "m1")
    assert value == "message m1 in #general"  # what the console shows
