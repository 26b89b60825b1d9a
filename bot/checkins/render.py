"""What a check-in says: channel prompts, personal prompts (ordinary or gentle), follow-ups,
the note and schedule forms, and the action-id grammar. Pure functions from state to
:class:`Message`/:class:`Form`; nothing here touches the database.

Action ids created here (all routed to :mod:`bot.checkins.buttons`):
``checkin:mood:<ref>:<1-5>``, ``checkin:note:<ref>``, ``checkin:connect:moderator``,
``checkin:pauseall``, ``checkin:gentle:on``; form ids ``checkin:note:<ref>`` and
``checkin:schedule``. ``<ref>`` is a prompt ref (:func:`prompt_ref`).

Bereaved members never get an upbeat prompt or a mood scale: with ``bereaved_mode = "gentle"``
they get a short, quiet message from ``bereaved_prompts`` with three choices (leave a few words,
ask for someone to reach out, pause); with ``"none"`` they get no personal prompts at all.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.messages import Button, Form, FormInput, Message, Section
from bot.router import id_number
from bot.scheduling.rules import zone

MOOD_HELP = "Tap 1 (a rough day) to 5 (a good day). Only you and the organizers' totals see it."


def stamp(when: datetime) -> str:
    """A fire time as a compact UTC stamp, for outbox keys and logs."""
    return when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(when: datetime, tz: str) -> str:
    """A time as the people in ``tz`` read it: ``Sun 01 Mar 18:00``."""
    return when.astimezone(zone(tz)).strftime("%a %d %b %H:%M")


def prompt_ref(kind: str, owner_id: int, fire_at: datetime) -> str:
    """``s12-1772636400``: which prompt an answer belongs to (schedule/personal id + fire time)."""
    return f"{kind}{owner_id}-{int(fire_at.timestamp())}"


def parse_ref(ref: str) -> tuple[str, int, int] | None:
    if not ref or ref[0] not in "sp" or "-" not in ref:
        return None
    owner, _, epoch = ref[1:].partition("-")
    owner_id, seconds = id_number(owner), id_number(epoch, maximum=9_999_999_999)
    if owner_id is None or seconds is None:
        return None
    return ref[0], owner_id, seconds


def mood_buttons(ref: str) -> tuple[Button, ...]:
    return (
        *(Button(f"checkin:mood:{ref}:{n}", str(n)) for n in range(1, 6)),
        Button(f"checkin:note:{ref}", "Add a note"),
    )


def channel_prompt(question: str, ref: str, closes: str) -> Message:
    return Message(
        title="Check-in",
        text=f"{question}\n{MOOD_HELP}",
        buttons=mood_buttons(ref),
        footer=f"Answers are private; the organizers see totals only. Open until {closes}.",
    )


def personal_prompt(text: str, ref: str) -> Message:
    return Message(
        title="Your check-in",
        text=f"{text}\n{MOOD_HELP}",
        buttons=(*mood_buttons(ref), Button("checkin:pauseall", "Pause my check-ins for a week")),
        footer="/checkin snooze 3d, /checkin off or /pause at any time.",
    )


def gentle_prompt(text: str, ref: str) -> Message:
    return Message(
        text=text,
        buttons=(
            Button(f"checkin:note:{ref}", "Leave a few words"),
            Button("checkin:connect:moderator", "I'd like someone to reach out"),
            Button("checkin:pauseall", "Pause these for now"),
        ),
        footer="/checkin off stops these at any time.",
    )


def follow_up(
    resources: tuple[Section, ...], ref: str, *, mentor_available: bool, bereaved: bool
) -> Message:
    buttons = [Button("checkin:connect:moderator", "Talk with a moderator", style="primary")]
    if mentor_available:
        buttons.append(Button("mentor:request", "Ask for a mentor parent"))
    buttons.append(Button(f"checkin:note:{ref}", "Add a note"))
    text = (
        "Thank you for telling us. It sounds like a hard time"
        + (", and grief has no schedule." if bereaved else ".")
        + " You don't have to carry it alone: here are a few things that other parents found "
        "helpful, and you can ask for someone to reach out privately."
    )
    return Message(
        title="Thinking of you",
        text=text,
        sections=resources,
        buttons=tuple(buttons),
        footer="Nothing here is shared with the group. If you are in danger right now, "
        "call your local emergency number.",
    )


def message_kwargs(message: Message) -> dict[str, Any]:
    """The parts of ``message`` as keyword arguments for ``ctx.reply``."""
    return {
        "title": message.title,
        "sections": message.sections,
        "buttons": message.buttons,
        "footer": message.footer,
    }


def note_form(ref: str) -> Form:
    return Form(
        form_id=f"checkin:note:{ref}",
        title="A note with your check-in",
        inputs=(
            FormInput("note", "Anything you'd like to add", style="paragraph", max_length=2000),
            FormInput(
                "share",
                "Share this note with the organizers? (yes/no)",
                required=False,
                placeholder="no",
                max_length=3,
            ),
        ),
        intro="Notes are private to you unless you choose to share them.",
        context={"ref": ref},
    )


def schedule_form(channel: str) -> Form:
    return Form(
        form_id="checkin:schedule",
        title="Schedule a channel check-in",
        inputs=(
            FormInput("name", "Name (one word)", placeholder="weekly", max_length=64),
            FormInput("channel", "Channel", default=channel, max_length=100),
            FormInput("rule", "When", placeholder="sun@18:00 or 0 9 * * 1", max_length=100),
            FormInput("timezone", "Time zone", placeholder="America/Chicago", max_length=64),
            FormInput("question", "Question", style="paragraph", max_length=500, required=False),
        ),
    )
