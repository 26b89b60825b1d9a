"""Proposing: capacity, the waiting queue (organizers told once), no repeats."""

from __future__ import annotations

from typing import Any

from bot.actions import (
    AlertOrganizers,
    Reply,
)
from bot.app import Hearth
from bot.roles import Role
from tests.bot.mentors.support import Mentoring, button, dms
from tests.support.recording import RecordingAdapter, only


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


async def test_declined_pair_is_not_proposed_again(
    recorder: RecordingAdapter, mentoring: Mentoring
) -> None:
    await mentoring.volunteer("sam", stages="newly diagnosed")
    actions = await mentoring.request("maria", stage="newly diagnosed")
    await recorder.press("maria", button(dms(actions, "maria")[0], "decline"))
    again = await mentoring.request("maria", stage="newly diagnosed")
    assert not dms(again, "sam")
    assert "waiting in the queue" in dms(again, "maria")[0].message.text
