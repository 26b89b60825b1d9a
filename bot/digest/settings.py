"""``[digest]``: when the organizers' weekly digest goes out and what it covers."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.scheduling.rules import RuleError, parse_rule


class DigestConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)

    default_rule: str = Field(
        "mon@09:00",
        description="When `/digest weekly` sends the digest if no time is given: DAYS@HH:MM "
        "in the organizer's own time zone.",
    )
    period_days: int = Field(
        7, ge=1, le=31, description="Days the digest covers (new members, cases, alerts...)."
    )
    trend_weeks: int = Field(
        8, ge=2, le=26, description="Weeks of check-in participation and mood in the trend panel."
    )
    misfire_grace_hours: int = Field(
        12,
        ge=1,
        le=72,
        description="A digest missed while Hearth was down is sent late within this many hours, "
        "else skipped and logged (missed runs collapse to the latest).",
    )

    @field_validator("default_rule")
    @classmethod
    def _rule(cls, v: str) -> str:
        try:
            parse_rule(v, "UTC")
        except RuleError as exc:
            raise ValueError(str(exc)) from None
        return v
