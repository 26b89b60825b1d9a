"""``[onboarding]``: the organizer's welcome questions and how onboarding behaves.

Questions are asked one at a time, privately, in the order written. Each answer is stored so a
half-finished onboarding resumes where it stopped. ``maps_to`` names what an answer means to the
rest of Hearth (``stage`` for check-ins, ``diagnosis_group``/``age_band`` for mentor matching,
``region``/``timezone`` for the member's record); ``private`` questions are never shown to
organizers one member at a time, and their small counts are suppressed in summaries.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

QuestionKind = Literal["single", "multiple", "text", "timezone", "agreement"]

#: Ids and option values travel inside action ids (``onboard:answer:stage:bereaved``).
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_+.-]{0,39}$")
#: ``maps_to`` key whose "yes" lets organizers see this member's private answers individually.
SHARE_KEY = "share_with_organizers"
#: ``maps_to`` keys that also update the member's core record.
MEMBER_FIELDS = ("region", "timezone")


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)


class OptionConfig(_Section):
    value: str = Field(description="Stored value, e.g. bereaved (letters, digits, _ + . -).")
    label: str = Field(description="What the member sees on the button or in the menu.")
    role: str | None = Field(
        None, description="Platform role given to members who choose this (removed if changed)."
    )
    sets: dict[str, str] = Field(
        default_factory=dict,
        description="Extra meanings this choice sets for other features, e.g. {stage = "
        '"bereaved"} or {region = "UK"}.',
    )

    @field_validator("value")
    @classmethod
    def _value(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError("values are 1-40 letters, digits, '_', '+', '.' or '-'")
        return v

    @field_validator("label")
    @classmethod
    def _label(cls, v: str) -> str:
        v = v.strip()
        if not 1 <= len(v) <= 70:  # Slack buttons show 75 characters; "✓ " is added
            raise ValueError("labels are 1-70 characters")
        return v


class QuestionConfig(_Section):
    id: str = Field(description="Stable id (answers are stored under it), e.g. stage.")
    prompt: str = Field(description="The question as the member reads it.")
    title: str = Field("", description="Short name in /profile and summaries (default: the id).")
    kind: QuestionKind = Field(
        "single", description="single | multiple | text | timezone | agreement"
    )
    options: list[OptionConfig] = Field(
        default_factory=list, description="Choices for single/multiple (1-25)."
    )
    required: bool = Field(False, description="Members cannot skip it.")
    private: bool = Field(
        False, description="Never shown to organizers one member at a time; small counts hidden."
    )
    maps_to: str | None = Field(
        None,
        description="What the answer means to Hearth: stage, diagnosis_group, age_band, region, "
        "timezone, language, mentor_interest, share_with_organizers...",
    )

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError("ids are 1-40 letters, digits, '_', '+', '.' or '-'")
        return v

    @field_validator("title")
    @classmethod
    def _title(cls, v: str) -> str:
        v = v.strip()
        if len(v) > 60:  # shown on "Change ..." buttons and as form titles
            raise ValueError("titles are at most 60 characters")
        return v

    @model_validator(mode="after")
    def _shape(self) -> QuestionConfig:
        if not self.title:
            self.title = self.id.replace("_", " ").capitalize()
        if self.kind in ("single", "multiple"):
            if not 1 <= len(self.options) <= 25:
                raise ValueError(f"question {self.id!r}: single/multiple need 1-25 options")
            values = [o.value for o in self.options]
            if len(set(values)) != len(values):
                raise ValueError(f"question {self.id!r}: option values must be unique")
        elif self.options:
            raise ValueError(f"question {self.id!r}: only single/multiple questions have options")
        if self.kind == "agreement":
            self.required = True
        return self

    def option(self, value: str) -> OptionConfig | None:
        return next((o for o in self.options if o.value == value), None)

    def label_of(self, value: str) -> str:
        option = self.option(value)
        return option.label if option else value


def _o(value: str, label: str, **kw: object) -> OptionConfig:
    return OptionConfig(value=value, label=label, **kw)  # type: ignore[arg-type]


def default_questions() -> list[QuestionConfig]:
    """A sensible starting set; organizers replace it with ``[[onboarding.questions]]``."""
    return [
        QuestionConfig(
            id="stage",
            title="Where your family is",
            prompt="Where is your family right now?",
            kind="single",
            required=True,
            maps_to="stage",
            options=[
                _o("newly_diagnosed", "Newly diagnosed"),
                _o("in_treatment", "In treatment"),
                _o("off_treatment", "Off treatment / survivorship"),
                _o("bereaved", "Bereaved", role="bereavement"),
            ],
        ),
        QuestionConfig(
            id="diagnosis",
            title="Diagnosis group",
            prompt="If you'd like to say: what is your child's diagnosis group? "
            "It helps us suggest a mentor parent.",
            kind="single",
            private=True,
            maps_to="diagnosis_group",
            options=[
                _o("leukaemia_lymphoma", "Leukaemia / lymphoma"),
                _o("brain_cns", "Brain / CNS"),
                _o("solid_tumour", "Solid tumour"),
                _o("other", "Other"),
                _o("prefer_not_to_say", "Prefer not to say"),
            ],
        ),
        QuestionConfig(
            id="age_band",
            title="Child's age",
            prompt="If you'd like to say: how old is your child?",
            kind="single",
            private=True,
            maps_to="age_band",
            options=[
                _o("0-4", "Under 5"),
                _o("5-12", "5 to 12"),
                _o("13-17", "13 to 17"),
                _o("18+", "18 or older"),
            ],
        ),
        QuestionConfig(
            id="region",
            title="Region",
            prompt="Where are you based? (We use it for helplines and local resources.)",
            kind="single",
            required=True,
            maps_to="region",
            options=[
                _o("US", "United States"),
                _o("UK", "United Kingdom"),
                _o("IE", "Ireland"),
                _o("CA", "Canada"),
                _o("AU", "Australia"),
                _o("NZ", "New Zealand"),
                _o("other", "Somewhere else"),
            ],
        ),
        QuestionConfig(
            id="timezone",
            title="Time zone",
            prompt="What time zone are you in? (So check-ins arrive at a sensible hour; "
            "for example Europe/London or America/Chicago.)",
            kind="timezone",
            maps_to="timezone",
        ),
        QuestionConfig(
            id="support",
            title="Support wanted",
            prompt="What kind of support are you looking for? Choose as many as you like, "
            "then press Done.",
            kind="multiple",
            maps_to="support",
            options=[
                _o("talk", "Talking with other parents"),
                _o("practical", "Practical tips"),
                _o("checkins", "Regular check-ins"),
                _o("resources", "Information and resources"),
                _o("bereavement", "Bereavement support"),
            ],
        ),
        QuestionConfig(
            id="mentor",
            title="Mentor parent",
            prompt="Would you like to be matched with a mentor parent, or be one?",
            kind="single",
            maps_to="mentor_interest",
            options=[
                _o("want", "I'd like a mentor"),
                _o("offer", "I could mentor someone"),
                _o("both", "Both"),
                _o("no", "Not now"),
            ],
        ),
        QuestionConfig(
            id="share",
            title="Share with organizers",
            prompt="May the organizers see your private answers (diagnosis group, child's age) "
            "next to your name? If not, they only ever see anonymous totals.",
            kind="single",
            maps_to=SHARE_KEY,
            options=[_o("no", "No, keep them private"), _o("yes", "Yes, that's fine")],
        ),
        QuestionConfig(
            id="guidelines",
            title="Community guidelines",
            prompt="Last step: please read the community guidelines. Do you agree to follow "
            "them, and for Hearth to keep your answers so it can support you? (You can see "
            "them with /profile, download them with /mydata and delete them with /forgetme.)",
            kind="agreement",
            required=True,
        ),
    ]


class OnboardingConfig(_Section):
    enabled: bool = Field(True, description="Welcome new members and ask the questions.")
    welcome: str = Field(
        "Welcome! This is a peer-support group for parents of children with cancer. "
        "A few questions help us support you; your answers stay private unless you say "
        "otherwise.",
        description="First lines of the private welcome.",
    )
    welcome_on_first_message: bool = Field(
        True,
        description="Also welcome members who speak before they were welcomed (they joined "
        "before Hearth was added). Moderators and organizers are never welcomed this way.",
    )
    newcomer_role: str | None = Field(
        "newcomer",
        description="Role (without posting rights) held until the guidelines are accepted, "
        "where the platform has roles; empty to disable. The role must exist on the platform.",
    )
    reminder_after_hours: float = Field(
        24, gt=0, description="Hours of silence before a half-finished onboarding is reminded."
    )
    max_reminders: int = Field(2, ge=0, le=2, description="Reminders per member (at most 2).")
    summary_min_count: int = Field(
        3,
        ge=1,
        description="Private questions' answers given by fewer members are hidden in summaries.",
    )
    questions: list[QuestionConfig] = Field(
        default_factory=default_questions, description="The questions, in order."
    )

    @field_validator("newcomer_role")
    @classmethod
    def _role(cls, v: str | None) -> str | None:
        return (v or "").strip() or None

    @model_validator(mode="after")
    def _questions(self) -> OnboardingConfig:
        ids = [q.id for q in self.questions]
        if len(set(ids)) != len(ids):
            raise ValueError("question ids must be unique")
        agreements = [q for q in self.questions if q.kind == "agreement"]
        if self.enabled and len(agreements) != 1:
            raise ValueError(
                "onboarding needs exactly one kind = 'agreement' question (the guidelines)"
            )
        return self

    def question(self, question_id: str) -> QuestionConfig | None:
        return next((q for q in self.questions if q.id == question_id), None)
