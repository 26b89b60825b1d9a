"""Organizers: the Approve/Skip review of proposals and /mentor list."""

from __future__ import annotations

from bot.actions import (
    AlertModerators,
    DirectMessage,
    Reply,
    UpdateMessage,
)
from bot.app import Hearth
from bot.config import Config
from bot.roles import Role
from tests.bot.mentors.support import Mentoring, button, dms
from tests.support.recording import RecordingAdapter, of, only


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


async def test_list_shows_load_capacity_and_counts_only(
    recorder: RecordingAdapter, mentoring: Mentoring, config: Config
) -> None:
    config.mentors.review = True
    await mentoring.volunteer("sam", capacity=2, stages="newly diagnosed")
    await mentoring.volunteer("ann", stages="in treatment")
    await recorder.command("ann", "/mentor pause")
    await mentoring.request("maria", stage="newly diagnosed", diagnosis_group="wilms")
    refused = only(await recorder.command("maria", "/mentor list"), Reply)
    assert "for organizers" in refused.message.text
    listed = only(await recorder.command("olivia", "/mentor list", role=Role.ORGANIZER), Reply)
    assert listed.ephemeral
    assert {(f.name, f.value) for f in listed.message.fields} == {
        ("Sam", "1 of 2"),
        ("Ann", "0 of 1 (paused)"),
    }
    assert "2 mentor(s)" in listed.message.text
    assert "Proposals awaiting review: 1" in listed.message.text
    assert "wilms" not in listed.message.text.lower()
