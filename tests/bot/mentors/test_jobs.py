"""Timed work: the week-later check-back, and proposals nobody answered."""

from __future__ import annotations

from sqlmodel import select

from bot.actions import (
    DirectMessage,
    Reply,
)
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.mentors.models import MentorMatch
from tests.bot.mentors.support import Mentoring, button, dms, introduce
from tests.support.recording import RecordingAdapter, of, only


async def test_check_back_after_a_week_exactly_once(
    recorder: RecordingAdapter, mentoring: Mentoring, clock: FakeClock, hearth: Hearth
) -> None:
    await mentoring.volunteer("sam", stages="newly diagnosed")
    await introduce(recorder, mentoring, "sam", "maria")
    clock.advance(days=6, hours=23)
    await hearth.tick()
    assert recorder.delivered == []
    clock.advance(hours=1)
    await hearth.tick()
    checks = of(recorder.delivered, DirectMessage)
    assert sorted(d.user_id for d in checks) == ["maria", "sam"]
    to_maria = next(d for d in checks if d.user_id == "maria")
    assert "introduced you to Sam" in to_maria.message.text
    assert [b.label for b in to_maria.message.buttons] == ["Yes", "Not yet", "End"]
    clock.advance(days=7)
    await hearth.tick()
    assert len(recorder.delivered) == 2
    yes = await recorder.press("maria", button(to_maria, "connected"), direct=True)
    assert "connected" in only(yes, Reply).message.text
    with hearth.db.session() as session:
        match = session.exec(select(MentorMatch)).one()
    assert match.mentee_connected == "yes" and match.check_back_sent_at is not None


async def test_check_back_days_are_configurable(
    recorder: RecordingAdapter,
    mentoring: Mentoring,
    clock: FakeClock,
    hearth: Hearth,
    config: Config,
) -> None:
    config.mentors.check_back_days = 3
    await mentoring.volunteer("sam", stages="newly diagnosed")
    await introduce(recorder, mentoring, "sam", "maria")
    clock.advance(days=3)
    await hearth.tick()
    assert len(recorder.delivered) == 2


async def test_an_unanswered_proposal_moves_on_after_answer_days(
    recorder: RecordingAdapter, mentoring: Mentoring, clock: FakeClock, hearth: Hearth
) -> None:
    await mentoring.volunteer("sam", stages="newly diagnosed")
    await mentoring.volunteer("ann", stages="in treatment")
    actions = await mentoring.request("maria", stage="newly diagnosed")
    accept = button(dms(actions, "maria")[0], "accept")
    await recorder.press("maria", accept)  # maria said yes; sam never answers
    clock.advance(days=4, hours=23)
    await hearth.tick()
    assert recorder.delivered == []
    clock.advance(hours=1)
    await hearth.tick()
    to_sam = [d for d in of(recorder.delivered, DirectMessage) if d.user_id == "sam"]
    assert len(to_sam) == 1 and "No need to answer" in to_sam[0].message.text
    assert [d.user_id for d in of(recorder.delivered, DirectMessage)][1:] == ["ann", "maria"]
    late = await recorder.press("sam", accept)
    assert "no longer open" in only(late, Reply).message.text
    clock.advance(days=10)
    await hearth.tick()  # ann's proposal expires too; sam is not offered again
    assert "queue" in of(recorder.delivered, DirectMessage)[-1].message.text
    with hearth.db.session() as session:
        assert [m.status for m in session.exec(select(MentorMatch).order_by(MentorMatch.id))] == [
            "expired",
            "expired",
        ]
