"""Mentor data rights: a block outlives the blocked parent's /forgetme without naming them
(issue 11, item 3d), and what each side exports."""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from bot.actions import Action, DirectMessage, Reply
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.mentors.models import MentorBlock, MentorMatch, MentorProfile, MentorRequest
from bot.privacy.forget import forget
from bot.storage.database import Database
from bot.storage.models import Member
from tests.bot.mentors.support import Mentoring, dms, introduce, meet
from tests.support.recording import RecordingAdapter, of, only
from tests.support.traces import assert_no_trace, assert_trace

#: The parent who is blocked, forgets, and comes back (a needle that cannot occur by chance).
BLOCKED = "quinbert"


async def forgetme(recorder: RecordingAdapter, user: str) -> None:
    ask = only(await recorder.command(user, "/forgetme"), Reply)
    confirm = next(b.action_id for b in ask.message.buttons if b.label.startswith("Yes"))
    assert only(await recorder.press(user, confirm), Reply).message.title == "Deleted"


def mentors_export(actions: list[Action]) -> str:
    return next(
        r for r in of(actions, Reply) if r.message.title == "Your data: mentors"
    ).message.text


async def whole(config: Config, database: Database, clock: FakeClock) -> RecordingAdapter:
    return RecordingAdapter(Hearth(config, database, clock=clock))  # every default feature


async def test_a_mentees_block_survives_the_mentors_forgetme_and_return(
    config: Config, database: Database, clock: FakeClock
) -> None:
    recorder = await whole(config, database, clock)
    mentoring = Mentoring(recorder)
    await mentoring.volunteer(BLOCKED, stages="newly diagnosed")
    await recorder.command("maria", f"/mentor block {BLOCKED}")
    await recorder.command(BLOCKED, "/mentor block maria")  # his own block goes with him
    assert_trace(database, BLOCKED)
    await forgetme(recorder, BLOCKED)
    assert_no_trace(database, BLOCKED)
    with recorder.hearth.db.session() as session:
        [kept] = session.exec(select(MentorBlock)).all()
        assert kept.blocked_id is None and kept.blocked_key and len(kept.blocked_key) == 64
    exported = mentors_export(await recorder.command("maria", "/mydata", direct=True))
    assert '"a parent who has left"' in exported
    # He comes back (a new member row, the same platform id) and volunteers again.
    await mentoring.volunteer(BLOCKED, stages="newly diagnosed")
    queued = await mentoring.request("maria", stage="newly diagnosed")
    assert not dms(queued, BLOCKED)
    assert "waiting in the queue" in dms(queued, "maria")[0].message.text
    # maria may still lift her block on the person who came back.
    unblocked = only(await recorder.command("maria", f"/mentor unblock {BLOCKED}"), Reply)
    assert "can be matched with you again" in unblocked.message.text
    resumed = await recorder.command(BLOCKED, "/mentor resume")
    assert dms(resumed, BLOCKED) and dms(resumed, "maria")


async def test_a_mentors_block_survives_the_mentees_forgetme_and_return(
    recorder: RecordingAdapter, mentoring: Mentoring, hearth: Hearth
) -> None:
    await mentoring.volunteer("ann", stages="newly diagnosed")
    meet(recorder, BLOCKED)
    await recorder.command("ann", f"/mentor block {BLOCKED}")
    with hearth.db.session() as session:
        gone = session.exec(select(Member).where(Member.external_id == BLOCKED)).one()
        forget(hearth, session, gone)  # what /forgetme does
        session.commit()
    assert_no_trace(hearth.db, BLOCKED)
    again = await mentoring.request(BLOCKED, stage="newly diagnosed")
    assert not dms(again, "ann")
    assert "waiting in the queue" in dms(again, BLOCKED)[0].message.text


async def test_export_and_forget(
    recorder: RecordingAdapter, mentoring: Mentoring, hearth: Hearth, answers: dict[str, Any]
) -> None:
    answers["maria"] = {
        "stage": "newly_diagnosed",
        "diagnosis_group": "leukemia",
        "age_band": "5-12",
    }
    await mentoring.volunteer("sam", capacity=2, stages="newly diagnosed", diagnosis_groups="wilms")
    await mentoring.volunteer("ann", stages="newly diagnosed")
    await introduce(recorder, mentoring, "sam", "maria")
    await recorder.command("maria", "/mentor block ann")
    feature = hearth.features["mentors"]
    with hearth.db.session() as session:
        maria = session.exec(select(Member).where(Member.external_id == "maria")).one()
        sam = session.exec(select(Member).where(Member.external_id == "sam")).one()
        data = feature.export_member(session, maria)
        sams = feature.export_member(session, sam)
    assert data["mentor_requests"][0]["diagnosis_group"] == "leukemia"
    assert data["mentor_matches"][0]["with"] == "Sam"
    assert data["mentor_matches"][0]["role"] == "mentee"
    assert data["mentor_blocks"] == ["Ann"]
    assert sams["mentor_profile"]["diagnosis_groups"] == ["wilms"]
    assert sams["mentor_requests"] == [] and sams["mentor_blocks"] == []

    with hearth.db.session() as session:
        sam = session.exec(select(Member).where(Member.external_id == "sam")).one()
        feature.forget_member(session, sam)
        session.delete(sam)  # the core's /forgetme deletes the member row afterwards
    with hearth.db.session() as session:
        assert (
            session.exec(select(MentorProfile).where(MentorProfile.member_id == sam.id)).all() == []
        )
        match = session.exec(select(MentorMatch)).one()
        assert (match.status, match.mentor_id, match.ended_by) == ("ended", None, "left")
    await hearth.tick()
    told = [d for d in of(recorder.delivered, DirectMessage) if d.user_id == "maria"]
    assert "stepped away" in told[0].message.text
    # maria's request went back to the queue, and ann is blocked: nobody else to propose.
    assert len(told) == 1
    await hearth.tick()
    assert len(of(recorder.delivered, DirectMessage)) == 1  # told once

    with hearth.db.session() as session:
        maria = session.exec(select(Member).where(Member.external_id == "maria")).one()
        feature.forget_member(session, maria)
        assert feature.export_member(session, maria) == {
            "mentor_profile": None,
            "mentor_requests": [],
            "mentor_matches": [],
            "mentor_blocks": [],
        }
        assert session.exec(select(MentorRequest)).all() == []
        assert session.exec(select(MentorBlock)).all() == []
