"""Buttons and forms: both accept before the introduction, Not now, sharing, the request button."""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from bot.actions import (
    DirectMessage,
    OpenForm,
    Reply,
)
from bot.app import Hearth
from bot.mentors.models import MentorMatch, MentorRequest
from bot.storage.models import Member
from tests.bot.mentors.support import MARIA, Mentoring, button, dms
from tests.support.recording import RecordingAdapter, of, only


async def test_both_must_accept_before_the_introduction(
    recorder: RecordingAdapter, mentoring: Mentoring, answers: dict[str, Any], hearth: Hearth
) -> None:
    answers["maria"] = MARIA
    await mentoring.volunteer(
        "sam", diagnosis_groups="leukemia", stages="newly diagnosed", languages="english"
    )
    actions = await mentoring.request("maria")  # onboarding knew everything: no form
    assert not of(actions, OpenForm)
    to_sam, to_maria = (
        only(dms(actions, "sam"), DirectMessage),
        only(dms(actions, "maria"), DirectMessage),
    )
    # Names stay private until both accept; the diagnosis reason is hidden (nobody shared).
    for dm in (to_sam, to_maria):
        assert "Maria" not in dm.message.plain() and "Sam" not in dm.message.plain()
        assert "diagnosis" not in dm.message.plain().lower()
    assert "knows this stage" in to_maria.message.text
    accept = button(to_sam, "accept")
    assert accept == button(to_maria, "accept") and accept.startswith("mentor:accept:")

    first = await recorder.press("sam", accept, direct=True)
    assert not of(first, DirectMessage)
    assert "as soon as the other parent accepts" in only(first, Reply).message.text
    again = await recorder.press("sam", accept, direct=True)
    assert "already accepted" in only(again, Reply).message.text
    stranger = await recorder.press("alex", accept, direct=True)
    assert "for the two parents" in only(stranger, Reply).message.text

    second = await recorder.press("maria", accept, direct=True)
    intro_sam, intro_maria = (
        only(dms(second, "sam"), DirectMessage),
        only(dms(second, "maria"), DirectMessage),
    )
    assert intro_sam.message.title == "Meet Maria"
    assert intro_maria.message.title == "Meet Sam, your mentor"
    assert "Diagnosis" not in intro_sam.message.plain()
    with hearth.db.session() as session:
        match = session.exec(select(MentorMatch)).one()
        request = session.exec(select(MentorRequest)).one()
    assert match.status == "active" and request.status == "matched"
    assert match.mentor_accepted_at and match.mentee_accepted_at and match.introduced_at


async def test_diagnosis_is_shared_only_by_those_who_allowed_it(
    recorder: RecordingAdapter, mentoring: Mentoring, answers: dict[str, Any]
) -> None:
    answers["maria"] = MARIA
    volunteered = await mentoring.volunteer(
        "sam", diagnosis_groups="leukemia", stages="newly diagnosed", languages="english"
    )
    share = button(only(volunteered, Reply), "share")  # type: ignore[arg-type]
    assert share == "mentor:share:profile:yes"
    await recorder.press("sam", share)
    actions = await mentoring.request("maria")  # maria keeps hers private
    to_sam, to_maria = dms(actions, "sam")[0], dms(actions, "maria")[0]
    assert "same diagnosis group" in to_maria.message.text  # sam shared
    assert "Diagnosis groups: leukemia" in to_maria.message.plain()
    assert "diagnosis" not in to_sam.message.plain().lower()  # maria did not
    accept = button(to_sam, "accept")
    await recorder.press("sam", accept)
    intros = await recorder.press("maria", accept)
    assert "Diagnosis groups: leukemia" in dms(intros, "maria")[0].message.plain()
    assert "diagnosis" not in dms(intros, "sam")[0].message.plain().lower()


async def test_mentor_decline_proposes_the_next_best_mentor(
    recorder: RecordingAdapter, mentoring: Mentoring, answers: dict[str, Any], hearth: Hearth
) -> None:
    answers["maria"] = MARIA
    await mentoring.volunteer("sam", diagnosis_groups="leukemia", stages="newly diagnosed")
    await mentoring.volunteer("ann", stages="newly diagnosed")
    actions = await mentoring.request("maria")
    first = dms(actions, "sam")[0]  # sam ranks first (same diagnosis group)
    await recorder.press("maria", button(first, "accept"))
    declined = await recorder.press("sam", button(first, "decline"))
    assert "completely fine" in only(declined, Reply).message.text
    to_ann, to_maria = dms(declined, "ann"), dms(declined, "maria")
    assert len(to_ann) == 1 and len(to_maria) == 1
    assert "nobody's fault" in to_maria[0].message.text
    assert not dms(declined, "sam")
    stale = await recorder.press("maria", button(first, "accept"))
    assert "no longer open" in only(stale, Reply).message.text
    with hearth.db.session() as session:
        statuses = [m.status for m in session.exec(select(MentorMatch).order_by(MentorMatch.id))]
    assert statuses == ["declined", "approved"]


async def test_mentee_not_now_closes_the_request_and_tells_the_mentor_kindly(
    recorder: RecordingAdapter, mentoring: Mentoring, hearth: Hearth
) -> None:
    await mentoring.volunteer("sam", stages="newly diagnosed")
    actions = await mentoring.request("maria", stage="newly diagnosed")
    declined = await recorder.press("maria", button(dms(actions, "maria")[0], "decline"))
    assert "/mentor request asks again" in only(declined, Reply).message.text
    assert "isn't ready just now" in dms(declined, "sam")[0].message.text
    with hearth.db.session() as session:
        assert session.exec(select(MentorRequest)).one().status == "closed"


async def test_mentor_request_button_from_a_check_in(
    recorder: RecordingAdapter, mentoring: Mentoring, answers: dict[str, Any]
) -> None:
    form = only(await recorder.press("maria", "mentor:request", direct=True), OpenForm).form
    assert form.form_id == "mentor:request"
    answers["maria"] = MARIA
    await mentoring.volunteer("sam", stages="newly diagnosed")
    actions = await recorder.press("maria", "mentor:request", direct=True)
    assert only(actions, Reply).message.title == "Mentor request received"
    assert dms(actions, "sam")
    again = await recorder.press("maria", "mentor:request", direct=True)
    assert "already have a mentor request" in only(again, Reply).message.text


async def test_bad_or_foreign_button_ids_get_a_clear_answer_and_change_nothing(
    recorder: RecordingAdapter, mentoring: Mentoring, hearth: Hearth
) -> None:
    await mentoring.volunteer("sam", stages="newly diagnosed")
    asked = await mentoring.request("maria", stage="newly diagnosed")
    accept = button(dms(asked, "maria")[0], "accept")
    number = accept.split(":")[2]
    answers = {
        "mentor:accept:²": "no longer in use",
        "mentor:accept:99999999999999999999999": "no longer in use",
        "mentor:accept:": "no longer in use",
        "mentor:accept:4242": "no longer exists",
        "mentor:fly:1": "no longer in use",
        "mentor": "no longer in use",
        "mentor:share:profile": "no longer in use",
        f"mentor:connected:{number}": "no longer in use",
        f"mentor:connected:{number}:maybe": "already closed",  # not introduced yet
    }
    for action_id, expected in answers.items():
        reply = only(await recorder.press("maria", action_id), Reply)
        assert reply.ephemeral and expected in reply.message.text, action_id
    stranger = only(await recorder.press("quinbert", accept), Reply)
    assert "for the two parents in this match" in stranger.message.text
    with hearth.db.session() as session:
        assert session.exec(select(Member).where(Member.external_id == "quinbert")).all() == []
        assert session.exec(select(MentorMatch)).one().status == "approved"


async def test_unknown_form_is_refused(recorder: RecordingAdapter) -> None:
    reply = only(await recorder.submit("maria", "mentor:nothing", {}), Reply)
    assert "no longer in use" in reply.message.text
