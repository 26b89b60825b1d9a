"""Check-in tables: channel schedules and their occurrences, personal check-ins, responses,
and each member's check-in preferences (pauses, gentle prompts, consent to be named).

Notes are private to the member unless they choose to share them; the summary never names a
member beside a low score unless ``share_name`` is on.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.storage.models import utcnow

ACTIVE, PAUSED, OFF = "active", "paused", "off"


class CheckinSchedule(SQLModel, table=True):
    """A channel prompt: a question posted in a channel on a rule in the channel's time zone."""

    __tablename__ = "checkin_schedule"
    __table_args__ = (UniqueConstraint("community_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", index=True)
    name: str = Field(max_length=64)
    channel: str = Field(max_length=100)
    cron: str = Field(max_length=100)
    timezone: str = Field(max_length=64)
    question: str = Field(max_length=500)
    status: str = Field(default=ACTIVE, max_length=16)
    #: Local dates (YYYY-MM-DD, comma separated) with no prompt: holidays.
    skip_dates: str = Field(default="", max_length=2000)
    window_hours: int = Field(default=24)
    #: The organizer who receives the summaries.
    created_by: int | None = Field(default=None, foreign_key="member.id")
    next_fire_at: datetime | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utcnow)


class CheckinOccurrence(SQLModel, table=True):
    """One posted channel prompt: answers are taken until ``closes_at``, then summarised."""

    __tablename__ = "checkin_occurrence"
    __table_args__ = (UniqueConstraint("schedule_id", "fire_at"),)

    id: int | None = Field(default=None, primary_key=True)
    schedule_id: int = Field(foreign_key="checkin_schedule.id", index=True)
    fire_at: datetime
    closes_at: datetime = Field(index=True)
    summarized: bool = Field(default=False)


class PersonalCheckin(SQLModel, table=True):
    """A member's own check-in by DM, on chosen days at a local time."""

    __tablename__ = "checkin_personal"

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", index=True)
    member_id: int = Field(foreign_key="member.id", unique=True)
    days: str = Field(max_length=40)
    local_time: str = Field(max_length=5)
    timezone: str = Field(max_length=64)
    #: The time zone was a guess (community default): the member was told and asked.
    timezone_assumed: bool = Field(default=False)
    status: str = Field(default=ACTIVE, max_length=16)
    snoozed_until: datetime | None = Field(default=None)
    sent_count: int = Field(default=0)
    next_fire_at: datetime | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utcnow)


class CheckinResponse(SQLModel, table=True):
    """A member's answer to one prompt (pressing again changes it)."""

    __tablename__ = "checkin_response"
    __table_args__ = (UniqueConstraint("prompt_ref", "member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    #: ``s<schedule id>-<epoch>`` (channel) or ``p<personal id>-<epoch>`` (personal).
    prompt_ref: str = Field(max_length=40, index=True)
    occurrence_id: int | None = Field(default=None, foreign_key="checkin_occurrence.id")
    member_id: int = Field(foreign_key="member.id", index=True)
    mood: int | None = Field(default=None)
    note: str | None = Field(default=None, max_length=2000)
    share_note: bool = Field(default=False)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class CheckinPreference(SQLModel, table=True):
    """Per-member check-in state: life comes first."""

    __tablename__ = "checkin_preference"

    member_id: int = Field(foreign_key="member.id", primary_key=True)
    #: The member paused every prompt (``/pause``, ``/checkin pause-all 7d``).
    paused_until: datetime | None = Field(default=None)
    #: An organizer paused this member's automations (prompts and follow-ups).
    organizer_paused_until: datetime | None = Field(default=None)
    #: Bereavement-appropriate prompts only (set by the member, or onboarding's stage).
    gentle: bool = Field(default=False)
    #: The member agreed to be named beside their answers in organizer summaries.
    share_name: bool = Field(default=False)
