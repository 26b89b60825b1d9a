"""Digest table: which organizers get the weekly digest, when (a rule in their own time zone),
and when it was last sent. Nothing about members is stored: the digest is computed from the
other features' tables each time and only aggregates leave it."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from bot.storage.models import utcnow


class DigestSubscription(SQLModel, table=True):
    """One organizer's weekly digest (``/digest weekly``); deleted by ``/digest off``."""

    __tablename__ = "digest_subscription"

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", index=True)
    member_id: int = Field(foreign_key="member.id", unique=True)
    #: Normalised crontab fields with day names (:class:`bot.scheduling.rules.Rule`).
    cron: str = Field(max_length=100)
    timezone: str = Field(max_length=64)
    next_fire_at: datetime | None = Field(default=None, index=True)
    last_sent_at: datetime | None = Field(default=None)
    created_at: datetime = Field(default_factory=utcnow)
