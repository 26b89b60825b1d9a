"""Which platform events were already taken up, across every process on one database.

``first_delivery`` inserts the event id with ``ON CONFLICT DO NOTHING`` and reports whether
this call inserted it: of two workers handed the same event at the same moment, exactly one
wins (PostgreSQL and SQLite alike). Old ids are forgotten after :data:`KEEP_FOR`: platforms
re-deliver within minutes.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from bot.storage.models import DeliveredEvent

#: How long an event id is remembered (Slack retries within an hour at most).
KEEP_FOR = timedelta(days=1)


def first_delivery(session: Session, platform: str, event_id: str, now: datetime) -> bool:
    """Record ``event_id``; True when no process had recorded it before."""
    module = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    insert = module.insert(DeliveredEvent).values(platform=platform, event_id=event_id, seen_at=now)
    inserted = insert.on_conflict_do_nothing(index_elements=["platform", "event_id"]).returning(
        DeliveredEvent.event_id
    )
    return session.execute(inserted).first() is not None


def forget_before(session: Session, before: datetime, limit: int) -> int:
    """Forget up to ``limit`` event ids recorded before ``before`` (one batch)."""
    old = select(DeliveredEvent.platform, DeliveredEvent.event_id).where(
        col(DeliveredEvent.seen_at) < before
    )
    rows = session.exec(old.limit(limit)).all()
    for platform, event_id in rows:
        session.execute(
            delete(DeliveredEvent).where(
                col(DeliveredEvent.platform) == platform,
                col(DeliveredEvent.event_id) == event_id,
            )
        )
    return len(rows)
