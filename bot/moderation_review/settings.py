"""``[care]``: the crisis care path and the moderation review workflow around it.

Crisis lines are per region (the member's region, else ``community.region``, else
``default``). The defaults are the national lines as published by the services themselves;
organizers should check them for their community and may replace any region's list.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)


class CrisisLine(_Section):
    """One way to reach help, shown as ``name: contact (note)``."""

    name: str = Field(description="Who answers, e.g. '988 Suicide & Crisis Lifeline'.")
    contact: str = Field(description="How to reach them, e.g. 'call or text 988'.")
    note: str = Field("", description="When to use it, e.g. 'free, 24/7'.")

    def line(self) -> str:
        return f"{self.name}: {self.contact}" + (f" ({self.note})" if self.note else "")


def _l(name: str, contact: str, note: str = "") -> CrisisLine:
    return CrisisLine(name=name, contact=contact, note=note)


def _default_lines() -> dict[str, list[CrisisLine]]:
    danger = "if you or someone else is in immediate danger"
    return {
        "US": [
            _l("988 Suicide & Crisis Lifeline", "call or text 988", "free, 24/7"),
            _l("Emergency services", "911", danger),
        ],
        "UK": [
            _l("Samaritans", "call 116 123", "free, 24/7"),
            _l("Shout", "text SHOUT to 85258", "free, 24/7"),
            _l("Emergency services", "999", danger),
        ],
        "IE": [
            _l("Samaritans", "call 116 123", "free, 24/7"),
            _l("Text 50808", "text HELLO to 50808", "free, 24/7"),
            _l("Emergency services", "999 or 112", danger),
        ],
        "CA": [
            _l("9-8-8 Suicide Crisis Helpline", "call or text 988", "free, 24/7"),
            _l("Emergency services", "911", danger),
        ],
        "AU": [
            _l("Lifeline", "call 13 11 14 or text 0477 13 11 14", "24/7"),
            _l("Emergency services", "000", danger),
        ],
        "default": [
            _l("Find a helpline", "https://findahelpline.com", "free lines in many countries"),
            _l("Emergency services", "your local emergency number", danger),
        ],
    }


DEFAULT_CARE_MESSAGE = (
    "A moderator from our care team will reach out to you personally soon. You are not a "
    "burden, and you do not have to carry this alone tonight."
)
DEFAULT_HELPER_MESSAGE = (
    "A moderator from our care team will reach out to you personally soon. Telling someone "
    "was the right thing to do."
)


class CareConfig(_Section):
    lines: dict[str, list[CrisisLine]] = Field(
        default_factory=_default_lines,
        description="Crisis lines per region code (US, UK, IE, CA, AU...) plus 'default'. A "
        "region you set replaces that region's defaults; other regions keep theirs.",
    )
    care_team_message: str = Field(
        DEFAULT_CARE_MESSAGE,
        max_length=1000,
        description="The care team reminder sent with the crisis lines.",
    )
    helper_message: str = Field(
        DEFAULT_HELPER_MESSAGE,
        max_length=1000,
        description="The care team reminder sent with the crisis lines when the message tells "
        "of someone close (a parent about their child) rather than the author.",
    )
    realert_minutes: int = Field(
        15,
        ge=1,
        le=24 * 60,
        description="Re-alert moderators about an urgent case nobody acknowledged after this long.",
    )
    new_member_days: int = Field(
        7, ge=0, le=365, description="Members known to Hearth for fewer days count as new."
    )
    warning_threshold: int = Field(
        3,
        ge=1,
        le=50,
        description="Warnings after which moderators are offered a time out (never automatic).",
    )
    report_limit: int = Field(
        5, ge=1, le=100, description="Reports one member may send per window."
    )
    report_window_minutes: int = Field(
        60, ge=1, le=7 * 24 * 60, description="The /report rate-limit window."
    )
    max_timeout_days: int = Field(
        28, ge=1, le=28, description="Longest time out moderators may give (Discord's cap is 28)."
    )

    @field_validator("lines")
    @classmethod
    def _merge(cls, value: dict[str, list[CrisisLine]]) -> dict[str, list[CrisisLine]]:
        merged = _default_lines()
        for region, lines in value.items():
            key = region if region == "default" else region.strip().upper()
            if not lines:
                raise ValueError(f"region {region!r} needs at least one line")
            merged[key] = lines
        return merged

    def lines_for(self, region: str | None) -> list[CrisisLine]:
        key = (region or "").strip().upper()
        return self.lines.get(key) or self.lines["default"]
