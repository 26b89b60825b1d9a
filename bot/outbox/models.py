"""The outbox table: one row per proactive action to deliver, unique by idempotency key."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from bot.storage.models import utcnow

PENDING, SENDING, SENT, FAILED, UNKNOWN, CANCELLED = (
    "pending",
    "sending",
    "sent",
    "failed",
    "unknown",
    "cancelled",
)


class OutboxItem(SQLModel, table=True):
    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status_next_attempt_at", "status", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    #: Idempotency key, e.g. ``checkin:p12:20260301T140000Z:34``; enqueueing twice is a no-op.
    key: str = Field(max_length=200, unique=True)
    platform: str = Field(max_length=32)
    #: The platform's community id (``Community.external_id``), as ``hearth.deliver`` takes it.
    community: str = Field(max_length=64)
    #: Who it is for (so /forgetme can remove pending rows); None for channel posts.
    member_id: int | None = Field(default=None, index=True)
    #: The serialized neutral action (bot.outbox.codec); cleared once the row is final.
    payload: str = Field(default="")
    status: str = Field(default=PENDING, max_length=16)
    attempts: int = Field(default=0)
    next_attempt_at: datetime = Field(default_factory=utcnow)
    last_reason: str = Field(default="", max_length=32)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class OutboxPace(SQLModel, table=True):
    """PostgreSQL, several processes: the next free send slot per platform (epoch seconds on
    the database's clock), so the configured rate holds for all processes together."""

    __tablename__ = "outbox_pace"

    platform: str = Field(max_length=32, primary_key=True)
    next_at: float = Field(default=0.0)
