"""What a check-in says: channel prompts, personal prompts (ordinary or gentle), follow-ups.

Bereaved members never get an upbeat prompt or a mood scale: with ``bereaved_mode = "gentle"``
they get a short, quiet message from ``bereaved_prompts`` with three choices (leave a few words,
ask for someone to reach out, pause); with ``"none"`` they get no personal prompts at all.
"""

from __future__ import annotations

from datetime import datetime

from bot.messages import Button, Message, Section

MOOD_HELP = "Tap 1 (a rough day) to 5 (a good day). Only you and the organizers' totals see it."


def prompt_ref(kind: str, owner_id: int, fire_at: datetime) -> str:
    """``s12-1772636400``: which prompt an answer belongs to (schedule/personal id + fire time)."""
    return f"{kind}{owner_id}-{int(fire_at.timestamp())}"


def parse_ref(ref: str) -> tuple[str, int, int] | None:
    if not ref or ref[0] not in "sp" or "-" not in ref:
        return None
    owner, _, epoch = ref[1:].partition("-")
    if not (owner.isdigit() and epoch.isdigit()):
        return None
    return ref[0], int(owner), int(epoch)


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
