"""What the mentor feature says. Kind, short, and careful about what it reveals: a child's
diagnosis group is shown to the other parent only when its owner allowed it."""

from __future__ import annotations

from collections.abc import Callable

from bot.mentors.matching import STAGES
from bot.mentors.models import MentorProfile, MentorRequest, split
from bot.messages import Button, Field


def stage_label(key: str | None) -> str:
    return STAGES.get(key or "", key or "")


Label = Callable[[str, str], str]


def _same(key: str, value: str) -> str:
    return value


def about_request(request: MentorRequest, label: Label = _same) -> tuple[Field, ...]:
    """The asking parent, as the mentor may see them."""
    fields = []
    if request.stage:
        fields.append(Field("Where they are", stage_label(request.stage)))
    if request.age_band:
        fields.append(Field("Child's age", label("age_band", request.age_band)))
    if request.diagnosis_group and request.share_diagnosis:
        fields.append(Field("Diagnosis group", label("diagnosis_group", request.diagnosis_group)))
    if request.region:
        fields.append(Field("Region", label("region", request.region)))
    if request.language:
        fields.append(Field("Language", label("language", request.language)))
    return tuple(fields)


def about_profile(profile: MentorProfile, label: Label = _same) -> tuple[Field, ...]:
    """The mentor, as the asking parent may see them."""
    fields = []
    if profile.stages:
        fields.append(
            Field("Can speak to", ", ".join(stage_label(s) for s in split(profile.stages)))
        )
    if profile.age_bands:
        fields.append(Field("Child's age", _joined(profile.age_bands, "age_band", label)))
    if profile.diagnosis_groups and profile.share_diagnosis:
        fields.append(
            Field("Diagnosis groups", _joined(profile.diagnosis_groups, "diagnosis_group", label))
        )
    if profile.languages:
        fields.append(Field("Languages", _joined(profile.languages, "language", label)))
    if profile.region:
        fields.append(Field("Region", label("region", profile.region)))
    if profile.topics:
        fields.append(Field("Happy to talk about", profile.topics, inline=False))
    return tuple(fields)


def _joined(stored: str, key: str, label: Label) -> str:
    return ", ".join(label(key, value) for value in split(stored))


def answer_buttons(match_id: int) -> tuple[Button, ...]:
    return (
        Button(f"mentor:accept:{match_id}", "Accept", style="success"),
        Button(f"mentor:decline:{match_id}", "Not now"),
    )


def share_buttons(kind: str) -> tuple[Button, ...]:
    return (
        Button(f"mentor:share:{kind}:yes", "Share diagnosis group"),
        Button(f"mentor:share:{kind}:no", "Keep it private"),
    )


def checkback_buttons(match_id: int) -> tuple[Button, ...]:
    return (
        Button(f"mentor:connected:{match_id}:yes", "Yes", style="success"),
        Button(f"mentor:connected:{match_id}:notyet", "Not yet"),
        Button(f"mentor:end:{match_id}", "End", style="danger"),
    )


SHARE_QUESTION = (
    "Your child's diagnosis group stays private unless you choose to share it with the parent "
    "you're introduced to."
)

ENDED_KINDLY = (
    "Your mentor match with {name} has come to a close. Lives get busy and needs change; this "
    "isn't about anything you did, and there's nothing you need to do. Thank you for being there."
)

LEFT_KINDLY = (
    "Your mentor match has come to a close: the other parent has stepped away from mentoring. "
    "This isn't about anything you did, and there's nothing you need to do."
)

NOBODYS_FAULT = "The parent we suggested can't take this on just now; that's nobody's fault."
