"""``[resources]``: the directory file, how answers are shown, suggestions and upkeep.

Every field is validated and described here and documented in ``config.example.toml``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bot.scheduling.rules import Rule, RuleError, parse_rule


class ResourcesConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)

    directory: str | None = Field(
        None, description="Path to the resource directory (.toml or .csv); empty = sample."
    )
    max_results: int = Field(3, ge=1, le=10, description="Entries shown per lookup.")
    stale_after_days: int = Field(
        365, ge=1, description="Entries not reviewed for this long are marked out of date."
    )
    private_answers: bool = Field(
        True,
        description="Answer /resources privately (with a 'Share in channel' button); false "
        "answers in the channel for everyone, showing what was searched for.",
    )
    suggest_limit: int = Field(
        3, ge=1, le=50, description="Suggestions one member may make per suggest_window_hours."
    )
    suggest_window_hours: int = Field(
        24, ge=1, le=720, description="The window the suggestion limit counts over, in hours."
    )
    stale_review_rule: str = Field(
        "0 9 1 * *",
        description="When organizers get the entries past stale_after_days (a crontab line or "
        "DAYS@HH:MM; default: the 1st of each month at 09:00); empty turns the review off.",
    )
    stale_review_timezone: str = Field(
        "UTC", description="IANA time zone the stale_review_rule is read in."
    )

    @model_validator(mode="after")
    def _rule(self) -> ResourcesConfig:
        if self.stale_review_rule.strip():
            try:
                parse_rule(self.stale_review_rule, self.stale_review_timezone)
            except RuleError as exc:
                raise ValueError(f"stale_review_rule: {exc}") from None
        return self

    def review_rule(self) -> Rule | None:
        """The stale-review rule, or None when organizers turned the review off."""
        if not self.stale_review_rule.strip():
            return None
        return parse_rule(self.stale_review_rule, self.stale_review_timezone)
