"""Review by organizers, the week-later check-back, ending privately, no repeats, blocks,
and what a member can export or have forgotten."""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from bot.actions import AlertModerators, DirectMessage, Reply, UpdateMessage
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.mentors.models import MentorBlock, MentorMatch, MentorProfile, MentorRequest
from bot.roles import Role
from bot.storage.models import Member
from tests.bot.mentors.conftest import Mentoring, button, dms, meet
from tests.support.recording import RecordingAdapter, of, only


async def introduce(recorder: RecordingAdapter, mentoring: Mentoring, mentor: str, mentee: str):  # type: ignore[no-untyped-def]
    actions = await mentoring.request(mentee, stage="newly diagnosed")
    accept = button(dms(actions, mentee)[0], "accept")
    await recorder.press(mentor, accept)
    return await recorder.press(mentee, accept)


async def test_review_mode_needs_an_organizer(
    recorder: RecordingAdapter, mentoring: Mentoring, config: Config, hearth: Hearth
) -> None:
    config.mentors.review = True
    await mentoring.volunteer("sam", stages="newly diagnosed")
    await mentoring.volunteer("ann", stages="in treatment")
    actions = await mentoring.request("maria", stage="newly diagnosed")
    assert not of(actions, DirectMessage)  # nobody is asked before the organizers look
    alert = only(actions, AlertModerators)
    assert "Sam could mentor Maria" in alert.message.text
    assert "knows this stage" in alert.message.text
    approve = button(alert, "approve")  # type: ignore[arg-type]
    for who, role in (("maria", Role.MEMBER), ("sam", Role.MEMBER), ("alex", Role.MODERATOR)):
        refused = await recorder.press(who, approve, role=role, channel="moderators")
        assert "Only organizers" in only(refused, Reply).message.text
    early = await recorder.press("maria", approve.replace("approve", "accept"))
    assert "organizers are still looking" in only(early, Reply).message.text
    approved = await recorder.press("olivia", approve, role=Role.ORGANIZER, channel="moderators")
    edit = only(approved, UpdateMessage)
    assert edit.channel == "moderators" and "Approved by Olivia" in edit.message.text
    assert dms(approved, "sam") and dms(approved, "maria")
    twice = await recorder.press("olivia", approve, role=Role.ORGANIZER, channel="moderators")
    assert "already handled" in only(twice, Reply).message.text


async def test_review_skip_proposes_the_next_mentor_for_review(
    recorder: RecordingAdapter, mentoring: Mentoring, config: Config
) -> None:
    config.mentors.review = True
    await mentoring.volunteer("sam", stages="newly diagnosed")
    await mentoring.volunteer("ann", stages="in treatment")
    alert = only(await mentoring.request("maria", stage="newly diagnosed"), AlertModerators)
    skipped = await recorder.press(
        "olivia",
        button(alert, "skip"),
        role=Role.ORGANIZER,
        channel="moderators",  # type: ignore[arg-type]
    )
    assert "Skipped by Olivia" in only(skipped, UpdateMessage).message.text
    assert "Ann could mentor Maria" in only(skipped, AlertModerators).message.text
    assert not of(skipped, DirectMessage)


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


async def test_end_match_privately_and_kindly(
    recorder: RecordingAdapter, mentoring: Mentoring, hearth: Hearth, clock: FakeClock
) -> None:
    await mentoring.volunteer("sam", capacity=2, stages="newly diagnosed")
    await introduce(recorder, mentoring, "sam", "maria")
    await introduce(recorder, mentoring, "sam", "bo")
    several = only(await recorder.command("sam", "/mentor end"), Reply)
    assert [b.label for b in several.message.buttons] == [
        "End match with Maria",
        "End match with Bo",
    ]
    ended = await recorder.command("sam", "/mentor end maria")
    assert only(ended, Reply).message.text.startswith("Done: your match with Maria has ended")
    told = only(ended, DirectMessage)
    assert told.user_id == "maria"
    assert "isn't about anything you did" in told.message.text
    assert "/mentor request asks again" in told.message.text
    assert "Sam" in told.message.text and "reason" not in told.message.text.lower()
    # The check-back button's End works too (from the other side).
    clock.advance(days=7)
    await hearth.tick()
    to_bo = next(d for d in of(recorder.delivered, DirectMessage) if d.user_id == "bo")
    assert not any(d.user_id == "maria" for d in of(recorder.delivered, DirectMessage))
    by_button = await recorder.press("bo", button(to_bo, "end"), direct=True)
    assert only(by_button, DirectMessage).user_id == "sam"
    nothing = only(await recorder.command("sam", "/mentor end"), Reply)
    assert "no mentor match to end" in nothing.message.text
    with hearth.db.session() as session:
        assert [m.ended_by for m in session.exec(select(MentorMatch))] == ["mentor", "mentee"]


async def test_no_repeat_pairings_unless_both_opt_back_in(
    recorder: RecordingAdapter, mentoring: Mentoring
) -> None:
    await mentoring.volunteer("sam", stages="newly diagnosed")
    await introduce(recorder, mentoring, "sam", "maria")
    await recorder.command("maria", "/mentor end")
    queued = await mentoring.request("maria", stage="newly diagnosed")
    assert not dms(queued, "sam") and of(queued, DirectMessage)[0].user_id == "maria"
    assert (
        "nothing"
        not in only(await recorder.command("maria", "/mentor again sam"), Reply).message.text
    )
    await recorder.command("olivia", "/mentor list", role=Role.ORGANIZER)
    # One side opting in is not enough...
    assert not dms(await recorder.command("sam", "/mentor pause"), "maria")
    assert not dms(await recorder.command("sam", "/mentor resume"), "maria")
    # ...both are.
    await recorder.command("sam", "/mentor again Maria")
    resumed = await recorder.command("sam", "/mentor resume")
    assert dms(resumed, "maria") and dms(resumed, "sam")
    meet(recorder, "olivia")
    nothing = only(await recorder.command("maria", "/mentor again olivia"), Reply)
    assert "no declined or ended match" in nothing.message.text


async def test_declined_pair_is_not_proposed_again(
    recorder: RecordingAdapter, mentoring: Mentoring
) -> None:
    await mentoring.volunteer("sam", stages="newly diagnosed")
    actions = await mentoring.request("maria", stage="newly diagnosed")
    await recorder.press("maria", button(dms(actions, "maria")[0], "decline"))
    again = await mentoring.request("maria", stage="newly diagnosed")
    assert not dms(again, "sam")
    assert "waiting in the queue" in dms(again, "maria")[0].message.text


async def test_block_list_is_private_and_both_ways(
    recorder: RecordingAdapter, mentoring: Mentoring, hearth: Hearth
) -> None:
    meet(recorder, "sam")  # sam is known to the group
    blocked = only(await recorder.command("maria", "/mentor block sam"), Reply)
    assert blocked.ephemeral and "They are not told" in blocked.message.text
    assert (
        "That's you"
        in only(await recorder.command("maria", "/mentor block maria"), Reply).message.text
    )
    assert (
        "don't know"
        in only(await recorder.command("maria", "/mentor block zed"), Reply).message.text
    )
    await mentoring.volunteer("sam", stages="newly diagnosed")
    queued = await mentoring.request("maria", stage="newly diagnosed")
    assert not dms(queued, "sam")
    assert "waiting in the queue" in dms(queued, "maria")[0].message.text
    # A mentor's block works the other way round too: sam is never proposed to ann.
    meet(recorder, "ann")
    await recorder.command("sam", "/mentor block ann")
    assert not dms(await mentoring.request("ann", stage="newly diagnosed"), "sam")
    with hearth.db.session() as session:
        assert len(session.exec(select(MentorBlock)).all()) == 2
    await recorder.command("maria", "/mentor unblock sam")
    await recorder.command("sam", "/mentor pause")
    resumed = await recorder.command("sam", "/mentor resume")
    assert dms(resumed, "maria") and dms(resumed, "sam") and not dms(resumed, "ann")


async def test_status_shows_only_your_own(recorder: RecordingAdapter, mentoring: Mentoring) -> None:
    empty = only(await recorder.command("maria", "/mentor status"), Reply)
    assert "no mentor requests or matches" in empty.message.text
    await mentoring.volunteer("sam", stages="newly diagnosed")
    await introduce(recorder, mentoring, "sam", "maria")
    mine = only(await recorder.command("maria", "/mentor status"), Reply)
    assert mine.ephemeral
    assert "Your mentor: Sam (introduced 2026-03-01)" in mine.message.text
    theirs = only(await recorder.command("sam", "/mentor status"), Reply)
    assert (
        "1 of 1 place(s) taken" in theirs.message.text
        and "You mentor: Maria" in theirs.message.text
    )


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


async def test_a_block_withdraws_a_pending_proposal_silently(
    recorder: RecordingAdapter, mentoring: Mentoring, hearth: Hearth
) -> None:
    await mentoring.volunteer("sam", stages="newly diagnosed")
    await mentoring.volunteer("ann", stages="in treatment")
    actions = await mentoring.request("maria", stage="newly diagnosed")
    first = dms(actions, "sam")[0]
    blocked = await recorder.command("maria", "/mentor block sam")
    assert not dms(blocked, "sam")  # the blocked person is not told
    offer = dms(blocked, "maria")[0]
    assert offer.message.title == "We found a possible mentor"
    assert "nobody's fault" not in offer.message.text  # maria chose this herself
    assert dms(blocked, "ann")
    stale = await recorder.press("sam", button(first, "accept"))
    assert "no longer open" in only(stale, Reply).message.text
    with hearth.db.session() as session:
        assert [m.status for m in session.exec(select(MentorMatch).order_by(MentorMatch.id))] == [
            "withdrawn",
            "approved",
        ]


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
