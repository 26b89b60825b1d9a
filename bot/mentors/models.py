"""Mentor matching tables: profiles (who volunteers), requests (who asks), matches and blocks.

Diagnosis groups, stages and age bands are stored only here, only for matching, and only
shown to the other parent when that parent's owner allowed it (``share_diagnosis``).
Lists are stored as comma-separated normalised words (``leukemia,brain tumour``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.storage.models import utcnow

#: Match statuses that still hold a slot of the mentor's capacity.
OPEN_STATUSES = ("proposed", "approved", "accepted_by_mentor", "accepted_by_mentee", "active")
#: Statuses waiting for the two parents to answer.
PENDING_STATUSES = ("proposed", "approved", "accepted_by_mentor", "accepted_by_mentee")


def split(value: str | None) -> list[str]:
    return [part for part in (value or "").split(",") if part]


class MentorProfile(SQLModel, table=True):
    """A parent who volunteers as a mentor, and what they can speak to."""

    __tablename__ = "mentor_profile"
    __table_args__ = (UniqueConstraint("member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", index=True)
    member_id: int = Field(foreign_key="member.id")
    capacity: int = Field(default=1)
    #: Paused mentors are not proposed (capacity 0 for now) but keep their current matches.
    paused: bool = Field(default=False)
    diagnosis_groups: str = Field(default="", max_length=300)
    stages: str = Field(default="", max_length=200)
    age_bands: str = Field(default="", max_length=100)
    languages: str = Field(default="", max_length=200)
    region: str | None = Field(default=None, max_length=8)
    topics: str = Field(default="", max_length=500)
    #: The mentor allows their child's diagnosis group to be told to matched parents.
    share_diagnosis: bool = Field(default=False)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class MentorRequest(SQLModel, table=True):
    """A parent asking for a mentor. status: searching | queued | matched | closed."""

    __tablename__ = "mentor_request"

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    status: str = Field(default="searching", max_length=16, index=True)
    stage: str | None = Field(default=None, max_length=32)
    diagnosis_group: str | None = Field(default=None, max_length=100)
    age_band: str | None = Field(default=None, max_length=32)
    region: str | None = Field(default=None, max_length=8)
    language: str | None = Field(default=None, max_length=32)
    share_diagnosis: bool = Field(default=False)
    #: When organizers were told this request waits for a mentor (told once per wait).
    organizers_told_at: datetime | None = Field(default=None)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class MentorMatch(SQLModel, table=True):
    """One proposed pairing and its life: proposed (awaiting organizers) -> approved (asked
    both) -> accepted_by_mentor | accepted_by_mentee -> active -> ended; or declined (by a
    parent), skipped (by organizers), withdrawn (after a block) or expired (the mentor did not
    answer within ``answer_days``).

    ``mentor_id``/``mentee_id`` become NULL when that parent asks Hearth to forget them.
    """

    __tablename__ = "mentor_match"

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", index=True)
    request_id: int | None = Field(default=None, foreign_key="mentor_request.id")
    mentor_id: int | None = Field(default=None, foreign_key="member.id", index=True)
    mentee_id: int | None = Field(default=None, foreign_key="member.id", index=True)
    status: str = Field(default="proposed", max_length=20, index=True)
    score: float = Field(default=0.0)
    reasons: str = Field(default="", max_length=300)
    created_at: datetime = Field(default_factory=utcnow)
    approved_at: datetime | None = Field(default=None)
    mentor_accepted_at: datetime | None = Field(default=None)
    mentee_accepted_at: datetime | None = Field(default=None)
    introduced_at: datetime | None = Field(default=None)
    check_back_due_at: datetime | None = Field(default=None, index=True)
    check_back_sent_at: datetime | None = Field(default=None)
    mentor_connected: str | None = Field(default=None, max_length=8)
    mentee_connected: str | None = Field(default=None, max_length=8)
    ended_at: datetime | None = Field(default=None)
    #: mentor | mentee | organizer | left (a side asked to be forgotten)
    ended_by: str | None = Field(default=None, max_length=10)
    #: After a decline or an end, each side may opt back in to being paired again.
    mentor_reopt: bool = Field(default=False)
    mentee_reopt: bool = Field(default=False)
    #: A side still to be told kindly that the match ended (sent by tick): mentor | mentee.
    notice_pending: str | None = Field(default=None, max_length=8)


class MentorBlock(SQLModel, table=True):
    """ "Don't match me with": private to ``member_id``; the blocked person is never told.

    A block is permanent and belongs to the one who made it. When the blocked person asks to
    be forgotten, ``blocked_id`` becomes NULL and ``blocked_key`` keeps only a pseudonym of
    their platform id (:func:`bot.privacy.pseudonym.pseudonym`, purpose ``mentor-block``), so
    the block still holds if they come back under the same platform id.
    """

    __tablename__ = "mentor_block"
    __table_args__ = (UniqueConstraint("member_id", "blocked_id"),)

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    blocked_id: int | None = Field(default=None, foreign_key="member.id")
    blocked_key: str | None = Field(default=None, max_length=64, index=True)
    created_at: datetime = Field(default_factory=utcnow)
