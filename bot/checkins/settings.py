"""``[checkins]``: check-in prompts, follow-ups, the misfire rule and outbound pacing."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.scheduling.rules import RuleError, zone


class CheckinsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)

    low_mood_threshold: int = Field(
        2, ge=1, le=5, description="A mood at or below this (1-5) gets a gentle private follow-up."
    )
    response_window_hours: int = Field(
        24, ge=1, le=168, description="How long a prompt takes answers; then the summary goes out."
    )
    misfire_grace_minutes: int = Field(
        60,
        ge=1,
        le=1440,
        description="A prompt missed while Hearth was down is sent late within this; else skipped.",
    )
    trend_weeks: int = Field(
        7,
        ge=1,
        le=12,
        description="Earlier prompts of the same schedule in a summary's trend (chart: these "
        "plus the one just closed).",
    )
    default_timezone: str = Field(
        "UTC", description="Used (and said so) for members whose time zone is unknown."
    )
    default_question: str = Field(
        "How are you holding up this week?", description="Channel question when none is given."
    )
    personal_prompts: list[str] = Field(
        default_factory=lambda: [
            "Checking in: how are you doing today?",
            "How has today been for you?",
            "A quick check-in: how are you feeling right now?",
        ],
        description="Personal (DM) prompts, used in turn.",
    )
    bereaved_mode: Literal["gentle", "none"] = Field(
        "gentle",
        description="Bereaved members: 'gentle' prompts (no mood scale) or 'none' (no prompts).",
    )
    bereaved_prompts: list[str] = Field(
        default_factory=lambda: [
            "We're thinking of you today. There's nothing you need to say or do. If you'd "
            "like someone to reach out, or want to leave a few words, it's here.",
        ],
        description="Gentle prompts for bereaved members (never a mood scale).",
    )
    rates: dict[str, float] = Field(
        default_factory=lambda: {"discord": 5.0, "slack": 1.0, "console": 50.0},
        description="Outbound messages per second, per platform (token bucket).",
    )
    default_rate: float = Field(1.0, gt=0, description="Messages per second for other platforms.")
    outbox_lease_seconds: int = Field(
        300, ge=10, description="A row 'sending' longer than this after a crash becomes 'unknown'."
    )
    outbox_max_attempts: int = Field(
        5, ge=1, le=20, description="Rate-limited deliveries are retried this many times."
    )
    outbox_backoff_seconds: int = Field(
        30, ge=1, description="First retry delay after a rate limit; doubles each attempt."
    )
    scheduler: Literal["auto", "on", "off"] = Field(
        "auto",
        description="Run APScheduler in production: auto = unless the clock is a test clock.",
    )
    tick_seconds: int = Field(
        30, ge=5, le=600, description="How often the scheduler checks personal check-ins."
    )

    @field_validator("default_timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            zone(v)
        except RuleError as exc:
            raise ValueError(str(exc)) from None
        return v

    @field_validator("rates")
    @classmethod
    def _rates(cls, v: dict[str, float]) -> dict[str, float]:
        bad = [k for k, r in v.items() if r <= 0]
        if bad:
            raise ValueError(f"rates must be positive: {', '.join(bad)}")
        return v

    @field_validator("personal_prompts", "bereaved_prompts")
    @classmethod
    def _nonempty(cls, v: list[str]) -> list[str]:
        if not v or not all(p.strip() for p in v):
            raise ValueError("give at least one non-empty prompt")
        return v
