"""The community's layer over the organizers' directory file, and anonymous feedback.

* ``resource_entry``: one row per URL per community. Parents' suggestions (``origin =
  "suggested"``) go ``pending`` -> ``approved`` | ``changes`` | ``declined`` and, once approved,
  join that community's directory; ``retired`` leaves answers at once. A row with ``origin =
  "file"`` overlays an entry of the organizers' file: retired, reviewed again
  (``last_reviewed``), edited (``edited``), or only counting "This helped" presses.
  The suggester (``suggested_by``) is kept so they can be told the outcome and can export or
  delete their suggestion; ``credit`` is a name shown only when they chose to be named; the
  ``note`` (what it is and why it helped) is for moderators and erased once reviewed.
* ``resource_gap``: per community, topics (the searched words, normalised) that found nothing
  or were "not what I needed". Counts only: nobody's identity is kept.
* ``resource_upkeep``: per community, when the next stale-entry review is due.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.storage.models import utcnow

PENDING, CHANGES, APPROVED, DECLINED, RETIRED = (
    "pending",
    "changes",
    "approved",
    "declined",
    "retired",
)
SUGGESTED, FILE = "suggested", "file"


class ResourceEntry(SQLModel, table=True):
    __tablename__ = "resource_entry"
    __table_args__ = (UniqueConstraint("community_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", index=True)
    key: str = Field(max_length=10)
    origin: str = Field(max_length=12)
    status: str = Field(max_length=12)
    url: str = Field(max_length=500)
    title: str = Field(default="", max_length=200)
    summary: str = Field(default="", max_length=1000)
    tags: str = Field(default="", max_length=300)
    audience: str = Field(default="parents", max_length=40)
    region: str = Field(default="global", max_length=8)
    source: str = Field(default="", max_length=200)
    last_reviewed: date | None = Field(default=None)
    #: A file entry's title, summary, tags, audience and region were edited here.
    edited: bool = Field(default=False)
    note: str = Field(default="", max_length=1000)
    suggested_by: int | None = Field(default=None, foreign_key="member.id", index=True)
    credit: str | None = Field(default=None, max_length=100)
    times_suggested: int = Field(default=0)
    helped: int = Field(default=0)
    created_at: datetime = Field(default_factory=utcnow)
    #: Changes to what the entry says (not feedback counts): the directory cache key.
    updated_at: datetime = Field(default_factory=utcnow)


class ResourceGap(SQLModel, table=True):
    __tablename__ = "resource_gap"
    __table_args__ = (UniqueConstraint("community_id", "topic"),)

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", index=True)
    topic: str = Field(max_length=60)
    nothing_found: int = Field(default=0)
    not_needed: int = Field(default=0)
    last_seen: datetime = Field(default_factory=utcnow)


class ResourceUpkeep(SQLModel, table=True):
    __tablename__ = "resource_upkeep"

    community_id: int = Field(foreign_key="community.id", primary_key=True)
    next_fire_at: datetime | None = Field(default=None)
