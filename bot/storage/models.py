"""Core tables: communities and their members.

Feature tables live beside their features (``bot/<feature>/models.py``) and are listed in
:mod:`bot.storage.registry` so migrations see them. Store what a feature needs, nothing more.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class Community(SQLModel, table=True):
    """One group on one platform (a Discord guild, a Slack workspace, the console)."""

    __tablename__ = "community"
    __table_args__ = (UniqueConstraint("platform", "external_id"),)

    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=32)
    external_id: str = Field(max_length=64)
    name: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utcnow)


class Member(SQLModel, table=True):
    """A person in a community, by platform identity. No real names, no diagnoses here."""

    __tablename__ = "member"
    __table_args__ = (UniqueConstraint("community_id", "external_id"),)

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", index=True)
    external_id: str = Field(max_length=64)
    display_name: str = Field(default="", max_length=100)
    #: Role granted inside Hearth (on top of what the platform says); see bot.roles.Role.
    role: int = Field(default=1)
    timezone: str | None = Field(default=None, max_length=64)
    region: str | None = Field(default=None, max_length=8)
    #: The member accepted that Hearth stores what its features need (given during onboarding).
    consent: bool = Field(default=False)
    onboarded: bool = Field(default=False)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class DeliveredEvent(SQLModel, table=True):
    """An event id a platform delivered and Hearth took up. Slack re-sends an event whose ack
    it thinks was late, and with several HTTP workers behind one proxy the re-delivery can land
    on another process: this row, shared through the database, makes the second one skip it.
    Ids only (no text, no member); kept a day."""

    __tablename__ = "delivered_event"

    platform: str = Field(max_length=32, primary_key=True)
    event_id: str = Field(max_length=128, primary_key=True)
    seen_at: datetime = Field(default_factory=utcnow, index=True)
