"""What the digest holds about a member: only an organizer's own subscription (when and where
their weekly digest goes). The digest itself is aggregates computed on demand and never
stored, so there is nothing about anyone else to export or delete."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from bot.digest import store
from bot.storage.models import Member


def export(session: Session, member: Member) -> dict[str, Any]:
    row = store.subscription(session, member.id or 0)
    if row is None:
        return {"weekly_digest": None}
    return {
        "weekly_digest": {
            "rule": row.cron,
            "timezone": row.timezone,
            "next": row.next_fire_at.isoformat() if row.next_fire_at else None,
            "last_sent": row.last_sent_at.isoformat() if row.last_sent_at else None,
        }
    }


def forget(session: Session, member: Member) -> None:
    row = store.subscription(session, member.id or 0)
    if row is not None:
        session.delete(row)
