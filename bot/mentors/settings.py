"""``[mentors]``: how mentor matching behaves (review, check-back, capacity, scoring weights)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)


class MentorWeights(_Section):
    """Points a mentor earns for each thing shared with the parent asking. Transparent on
    purpose: the reasons shown with a proposal are exactly the terms that scored."""

    diagnosis_group: float = Field(3.0, ge=0, description="Same diagnosis group.")
    age_band: float = Field(2.0, ge=0, description="Child of the same age band.")
    stage: float = Field(2.0, ge=0, description="Can speak to the asking parent's stage.")
    region: float = Field(1.0, ge=0, description="Same region.")
    language: float = Field(1.5, ge=0, description="Speaks the asking parent's language.")
    load: float = Field(
        1.0, ge=0, description="Up to this many points for free capacity (none when full)."
    )


class MentorsConfig(_Section):
    review: bool = Field(
        False,
        description="Organizers approve each proposed match (Approve/Skip in the moderators' "
        "channel) before the two parents are asked.",
    )
    check_back_days: int = Field(
        7, ge=1, le=90, description="Days after an introduction to ask whether they connected."
    )
    max_capacity: int = Field(
        3, ge=1, le=20, description="Most parents one mentor may be matched with at once."
    )
    answer_days: int = Field(
        5,
        ge=1,
        le=60,
        description="Days a mentor has to answer a proposal; after that the parent is offered "
        "the next mentor (the quiet mentor is told there's no need to answer).",
    )
    weights: MentorWeights = Field(default_factory=MentorWeights)
