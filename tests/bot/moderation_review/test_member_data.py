"""Export and forget: a member's own data, never other people's."""

from __future__ import annotations

import json

from sqlmodel import select

from bot.actions import AlertModerators, Outcome, UpdateMessage
from bot.app import Hearth
from bot.clock import FakeClock
from bot.moderation_review.feature import ModerationFeature
from bot.moderation_review.models import CaseEvent, CaseReport, ModerationCase
from bot.roles import Role
from bot.storage.database import Database
from bot.storage.models import Member
from tests.bot.moderation_review.conftest import CRISIS, INSULT, MISINFO, all_cases
from tests.support.recording import RecordingAdapter, of, only


def _member(database: Database, user: str) -> Member:
    with database.session() as session:
        return session.exec(select(Member).where(Member.external_id == user)).one()


async def _setup(recorder: RecordingAdapter, database: Database) -> None:
    await recorder.say("sam", INSULT)
    first = all_cases(database)[0].id
    await recorder.press("alex", f"case:warn:{first}", role=Role.MODERATOR)
    await recorder.command("alex", "/case 1 Sam's mum called me about this", role=Role.MODERATOR)
    await recorder.command("maria", "/report m1 this was cruel")
    await recorder.command("sam", "/report I'm being picked on")
    await recorder.say("maria", MISINFO)


async def test_export_holds_own_cases_and_reports_only(
    recorder: RecordingAdapter, database: Database, feature: ModerationFeature
) -> None:
    await _setup(recorder, database)
    with database.session() as session:
        data = feature.export_member(session, _member(database, "sam"))
    dumped = json.dumps(data)
    assert [c["case"] for c in data["cases_about_you"]] == [1, 2]
    first = data["cases_about_you"][0]
    assert first["message_text"] == INSULT and first["categories"] == ["abuse"]
    assert [d["what"] for d in first["decisions"]] == ["hid the message", "warned the author"]
    assert data["your_reports"] == [
        {
            "case": 3,
            "sent": data["your_reports"][0]["sent"],
            "what_you_wrote": "I'm being picked on",
        }
    ]
    # no moderator names, notes, or who reported them
    for other in ("Alex", "alex", "Maria", "maria", "this was cruel", "mum called"):
        assert other not in dumped, other
    assert MISINFO not in dumped


async def test_forget_deletes_reports_and_anonymises_cases(
    hearth: Hearth, recorder: RecordingAdapter, database: Database, feature: ModerationFeature
) -> None:
    await _setup(recorder, database)
    sam = _member(database, "sam")
    with database.session() as session:
        feature.forget_member(session, session.get(Member, sam.id))  # type: ignore[arg-type]
    cases = all_cases(database)
    about_sam = [c for c in cases if c.number in (1, 2)]
    for case in about_sam:
        assert case.author_id is None and case.text is None
        assert all(r["quote"] == "" for r in case.reasons)
    assert about_sam[0].categories == "abuse"  # the anonymised record keeps categories
    with database.session() as session:
        reports = session.exec(select(CaseReport)).all()
        assert [r.note for r in reports] == ["this was cruel"]  # maria's report stays
        kinds = [
            e.kind
            for e in session.exec(select(CaseEvent).where(CaseEvent.case_id == about_sam[0].id))
        ]
    assert kinds[-1] == "anonymised"
    # other members' cases are untouched
    assert next(c for c in cases if c.number == 4).text == MISINFO
    # the core can now delete the member row: nothing of ours points at it
    with database.session() as session:
        session.delete(session.get(Member, sam.id))
    # moderators still see the case, without the member
    reply = await recorder.command("alex", "/case 1", role=Role.MODERATOR)
    text = reply[0].message.plain()  # type: ignore[attr-defined]
    assert "(forgotten member)" in text and INSULT not in text
    assert "text erased: the member asked to be forgotten" in text
    assert "case:warn" not in {b.action_id.rsplit(":", 1)[0] for b in reply[0].message.buttons}  # type: ignore[attr-defined]


async def test_forgetting_a_moderator_keeps_the_decision_not_the_name(
    recorder: RecordingAdapter, database: Database, feature: ModerationFeature
) -> None:
    await recorder.say("sam", INSULT)
    case_id = all_cases(database)[0].id
    await recorder.press("alex", f"case:ack:{case_id}", role=Role.MODERATOR)
    alex = _member(database, "alex")
    with database.session() as session:
        feature.forget_member(session, session.get(Member, alex.id))  # type: ignore[arg-type]
        session.delete(session.get(Member, alex.id))
    (case,) = all_cases(database)
    assert case.assignee_id is None
    with database.session() as session:
        events = session.exec(select(CaseEvent).where(CaseEvent.kind == "ack")).all()
    assert [e.actor_id for e in events] == [None]


def _moderation_dump(database: Database) -> str:
    """Every row of the moderation tables as text."""
    with database.session() as session:
        rows = [
            *session.exec(select(ModerationCase)).all(),
            *session.exec(select(CaseEvent)).all(),
            *session.exec(select(CaseReport)).all(),
        ]
        return "\n".join(json.dumps(r.model_dump(mode="json")) for r in rows)


async def test_forget_erases_the_reporters_own_words_from_their_report_case(
    hearth: Hearth,
    recorder: RecordingAdapter,
    database: Database,
    feature: ModerationFeature,
    clock: FakeClock,
) -> None:
    await recorder.command("maria", f"/report {CRISIS}")
    (case,) = all_cases(database)
    assert case.urgent and any(r["quote"] for r in case.reasons)  # her words, quoted
    with database.session() as session:
        feature.forget_member(session, session.get(Member, _member(database, "maria").id))
    (case,) = all_cases(database)
    assert all(r["quote"] == "" for r in case.reasons)
    assert "end my life" not in _moderation_dump(database)
    clock.advance(minutes=hearth.config.care.realert_minutes + 1)
    await hearth.tick()
    realert = only(recorder.delivered, AlertModerators).message.plain()
    assert "end my life" not in realert and "can't go on" not in realert
    assert "the member asked to be forgotten" in realert


async def test_forget_removes_the_name_from_other_peoples_notes_and_reports(
    recorder: RecordingAdapter, database: Database, feature: ModerationFeature
) -> None:
    await _setup(recorder, database)  # alex's note: "Sam's mum called me about this"
    await recorder.command("maria", "/report I'm worried about sam, <@sam> seems low")
    await recorder.command("alex", "/case 4 spoke with SAM today", role=Role.MODERATOR)
    assert "sam" in _moderation_dump(database).lower()
    with database.session() as session:
        feature.forget_member(session, session.get(Member, _member(database, "sam").id))
    dumped = _moderation_dump(database)
    assert "sam" not in dumped.lower()
    assert "(a forgotten member)'s mum called me about this" in dumped  # the rest stays


async def test_forget_edits_every_alert_already_posted_about_the_member(
    hearth: Hearth, recorder: RecordingAdapter, database: Database, feature: ModerationFeature
) -> None:
    [alert] = of(await recorder.say("sam", CRISIS), AlertModerators)
    posted = Outcome(alert, ok=True, platform_ref="mods:alert-1")
    assert await hearth.report_outcome("test", "c1", posted) == []
    with database.session() as session:
        feature.forget_member(session, session.get(Member, _member(database, "sam").id))
    await feature.idle()  # started right after the commit
    edit = only(recorder.delivered, UpdateMessage)
    assert (edit.channel, edit.message_id) == ("mods", "alert-1")
    text = edit.message.plain()
    assert "(forgotten member)" in text and "end my life" not in text and "Sam" not in text
    recorder.delivered.clear()
    await hearth.tick()  # done: not edited again
    assert of(recorder.delivered, UpdateMessage) == []


async def test_alerts_are_edited_when_the_retention_window_ends(
    hearth: Hearth, recorder: RecordingAdapter, database: Database, clock: FakeClock
) -> None:
    [alert] = of(await recorder.say("sam", INSULT), AlertModerators)
    await hearth.report_outcome("test", "c1", Outcome(alert, ok=True, platform_ref="mods:a2"))
    case_id = all_cases(database)[0].id
    await recorder.press("alex", f"case:keep:{case_id}", role=Role.MODERATOR)
    clock.advance(days=hearth.config.privacy.flagged_text_retention_days + 1)
    await hearth.tick()
    edit = only(recorder.delivered, UpdateMessage)
    assert edit.message_id == "a2" and INSULT not in edit.message.plain()
    assert "the retention window is over" in edit.message.plain()
