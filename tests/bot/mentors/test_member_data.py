"""Mentor data rights: a block outlives the blocked parent's /forgetme without naming them
(issue 11, item 3d), and what each side exports."""

from __future__ import annotations

from sqlmodel import select

from bot.actions import Action, Reply
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.mentors.models import MentorBlock
from bot.privacy.forget import forget
from bot.storage.database import Database
from bot.storage.models import Member
from tests.bot.mentors.conftest import Mentoring, dms, meet
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
