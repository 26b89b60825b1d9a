"""Volunteer, request, both accept, introduction, decline, capacity and the waiting queue."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import inspect
from sqlmodel import select

from bot.actions import AlertOrganizers, DirectMessage, OpenForm, Reply
from bot.app import Hearth
from bot.capabilities import Capabilities
from bot.config import Config, parse_config
from bot.errors import ConfigError
from bot.mentors.models import MentorMatch, MentorProfile, MentorRequest
from bot.roles import Role
from bot.storage.database import Database
from tests.bot.mentors.conftest import FEATURES, Mentoring, button, dms
from tests.support.recording import RecordingAdapter, of, only

MARIA = {
    "stage": "newly_diagnosed",
    "diagnosis_group": "leukemia",
    "age_band": "5-12",
    "region": "uk",
    "language": "English",
}


def test_tables_exist_after_upgrade(database: Database) -> None:
    tables = set(inspect(database.engine).get_table_names())
    assert {"mentor_profile", "mentor_request", "mentor_match", "mentor_block"} <= tables


async def test_volunteer_form_asks_only_what_onboarding_lacks(
    recorder: RecordingAdapter, answers: dict[str, Any], hearth: Hearth
) -> None:
    form = only(await recorder.command("sam", "/mentor volunteer"), OpenForm).form
    assert [i.input_id for i in form.inputs] == [
        "capacity",
        "diagnosis_groups",
        "stages",
        "languages",
        "topics",
    ]  # five at most: age band is dropped first
    answers["ann"] = {"stage": "off_treatment", "diagnosis_group": "Leukemia", "age_band": "5-12"}
    form = only(await recorder.command("ann", "/mentor volunteer 2"), OpenForm).form
    assert [i.input_id for i in form.inputs] == ["languages", "topics"]
    assert form.context == {"capacity": "2"}
    reply = only(
        await recorder.submit(
            "ann", form.form_id, {"languages": "English, Welsh", "topics": ""}, context=form.context
        ),
        Reply,
    )
    assert "up to 2 parent(s)" in reply.message.text
    with hearth.db.session() as session:
        profile = session.exec(select(MentorProfile)).one()
    assert (profile.capacity, profile.stages, profile.diagnosis_groups) == (
        2,
        "off_treatment",
        "leukemia",
    )
    assert (profile.languages, profile.age_bands, profile.share_diagnosis) == (
        "english,welsh",
        "5-12",
        False,
    )


async def test_capacity_beyond_the_configured_maximum_is_refused(
    recorder: RecordingAdapter, config: Config
) -> None:
    reply = only(await recorder.command("sam", "/mentor volunteer 9"), Reply)
    assert f"1 to {config.mentors.max_capacity}" in reply.message.text


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


async def test_request_form_when_onboarding_is_absent(
    config: Config, database: Database, clock: Any
) -> None:
    hearth = Hearth(config, database, clock=clock, features=("bot.mentors.feature:MentorsFeature",))
    recorder = RecordingAdapter(hearth)
    mentoring = Mentoring(recorder)
    form = only(await recorder.command("maria", "/mentor request"), OpenForm).form
    assert [i.input_id for i in form.inputs] == ["stage", "diagnosis_group", "age_band", "language"]
    bad = await recorder.submit("maria", form.form_id, {"stage": "purple"})
    assert "didn't recognise that stage" in only(bad, Reply).message.text
    await mentoring.volunteer("sam", stages="in treatment", languages="english")
    actions = await mentoring.request("maria", stage="In treatment", language="English")
    assert "knows this stage, speaks your language" in dms(actions, "maria")[0].message.text


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


async def test_capacity_is_respected_and_the_queue_waits_and_tells_organizers(
    recorder: RecordingAdapter, mentoring: Mentoring, answers: dict[str, Any], hearth: Hearth
) -> None:
    await mentoring.volunteer("sam", capacity=1, stages="newly diagnosed")
    first = await mentoring.request("maria", stage="newly diagnosed")
    assert dms(first, "sam")  # sam's one place is now held by this proposal
    second = await mentoring.request("bo", stage="newly diagnosed")
    assert not dms(second, "sam")
    assert "waiting in the queue" in dms(second, "bo")[0].message.text
    alert = only(second, AlertOrganizers)
    assert "#2" in alert.message.text and "1 waiting" in alert.message.text
    assert "Bo" not in alert.message.plain()
    third = await mentoring.request("cy", stage="newly diagnosed")
    assert "2 waiting" in only(third, AlertOrganizers).message.text
    # bo's request is not re-announced; a new volunteer takes the oldest waiting request.
    joined = await mentoring.volunteer("ann", capacity=1, stages="newly diagnosed")
    assert dms(joined, "bo") and not dms(joined, "cy")
    assert "a mentor has become free" in dms(joined, "bo")[0].message.text
    listing = only(await recorder.command("olivia", "/mentor list", role=Role.ORGANIZER), Reply)
    assert [(f.name, f.value) for f in listing.message.fields] == [
        ("Sam", "1 of 1"),
        ("Ann", "1 of 1"),
    ]
    assert "Requests waiting: 1" in listing.message.text
    refused = only(await recorder.command("maria", "/mentor list"), Reply)
    assert "for organizers" in refused.message.text


async def test_pause_takes_a_mentor_out_of_matching(
    recorder: RecordingAdapter, mentoring: Mentoring
) -> None:
    await mentoring.volunteer("sam", stages="newly diagnosed")
    assert "Paused" in only(await recorder.command("sam", "/mentor pause"), Reply).message.text
    queued = await mentoring.request("maria", stage="newly diagnosed")
    assert not dms(queued, "sam")
    status = only(await recorder.command("sam", "/mentor status"), Reply)
    assert "0 of 1 place(s) taken, paused" in status.message.text
    resumed = await recorder.command("sam", "/mentor resume")
    assert dms(resumed, "sam") and dms(resumed, "maria")


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


async def test_forms_fit_every_platform(recorder: RecordingAdapter) -> None:
    """Discord caps modal input labels at 45 characters and placeholders at 100."""
    for user, command in (("sam", "/mentor volunteer"), ("maria", "/mentor request")):
        form = only(await recorder.command(user, command), OpenForm).form
        for item in form.inputs:
            assert len(item.label) <= 45, item.label
            assert len(item.placeholder) <= 100, item.placeholder
        assert len(form.title) <= 45


async def test_without_forms_onboarding_answers_are_used(
    config: Config, database: Database, clock: Any
) -> None:
    hearth = Hearth(config, database, clock=clock, features=FEATURES)
    recorder = RecordingAdapter(hearth, capabilities=Capabilities(forms=False))
    hearth.features["onboarding"].by_user.update(  # type: ignore[attr-defined]
        {"sam": {"stage": "in treatment", "language": "English"}, "maria": MARIA}
    )
    volunteered = await recorder.command("sam", "/mentor volunteer 2")
    assert not of(volunteered, OpenForm)
    assert "up to 2 parent(s)" in only(volunteered, Reply).message.text
    asked = await recorder.command("maria", "/mentor request")
    assert not of(asked, OpenForm)
    assert "speaks your language" in dms(asked, "maria")[0].message.text


def test_mentors_config_is_validated() -> None:
    config = parse_config(
        {"mentors": {"review": True, "check_back_days": 3, "weights": {"region": 4}}},
        platform_models={},
    )
    assert config.mentors.review and config.mentors.weights.region == 4
    with pytest.raises(ConfigError) as bad:
        parse_config({"mentors": {"check_back_day": 3, "max_capacity": 0}}, platform_models={})
    message = str(bad.value)
    assert "mentors.check_back_day" in message and "mentors.max_capacity" in message
