"""Parents' commands: volunteer, request, status, end, pause/resume, block, again."""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from bot.actions import (
    DirectMessage,
    OpenForm,
    Reply,
)
from bot.app import Hearth
from bot.capabilities import Capabilities
from bot.clock import FakeClock
from bot.config import Config
from bot.mentors.models import MentorBlock, MentorMatch, MentorProfile
from bot.roles import Role
from bot.storage.database import Database
from bot.storage.models import Member
from tests.bot.mentors.support import FEATURES, MARIA, Mentoring, button, dms, introduce, meet
from tests.support.recording import RecordingAdapter, of, only


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


async def test_a_subcommand_given_words_it_does_not_take_names_itself(
    recorder: RecordingAdapter,
) -> None:
    """Issue 11, item 9: ``/mentor status x`` used to answer about "/status"."""
    for typed in ("/mentor status x", "/mentor pause now please"):
        reply = only(await recorder.command("maria", typed), Reply)
        command = " ".join(typed.split()[:2])
        assert reply.message.text.startswith(f"{command} takes no arguments.")
        assert "/status" not in reply.message.text.replace("/mentor status", "")
        assert {f.value for f in reply.message.fields if f.name == "Usage"} == {command}


async def test_reading_commands_store_nothing_about_a_stranger(
    recorder: RecordingAdapter, hearth: Hearth
) -> None:
    for typed in ("/mentor status", "/mentor end", "/mentor pause", "/mentor resume"):
        reply = only(await recorder.command("quinbert", typed), Reply)
        assert "no mentor" in reply.message.text or "aren't a mentor" in reply.message.text
    with hearth.db.session() as session:
        assert session.exec(select(Member)).all() == []
