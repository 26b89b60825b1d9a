"""What the resources feature holds about a member: their suggestions.

Lookups are not stored per member. "This helped" and "Not what I needed" are stored only as
counts (per entry, per topic), never with who pressed, so there is nothing of theirs to export
or delete there. A member's suggestions: exported with their link, status, note and credit;
on ``/forgetme`` the undecided or declined ones are deleted, and approved (or retired) ones
stay in the community's directory anonymised (no link to the member, no credit, no note).
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from bot.resources.models import APPROVED, RETIRED, ResourceEntry
from bot.storage.models import Member

KEPT = (APPROVED, RETIRED)


def _suggestions(session: Session, member: Member) -> list[ResourceEntry]:
    return list(
        session.exec(
            select(ResourceEntry)
            .where(ResourceEntry.suggested_by == member.id)
            .order_by(col(ResourceEntry.id))
        ).all()
    )


def export(session: Session, member: Member) -> dict[str, Any]:
    return {
        "resource_suggestions": [
            {
                "url": row.url,
                "title": row.title,
                "status": row.status,
                "note": row.note,
                "shown_with_name": row.credit,
                "suggested_at": row.created_at.isoformat(),
            }
            for row in _suggestions(session, member)
        ]
    }


def forget(session: Session, member: Member) -> None:
    for row in _suggestions(session, member):
        if row.status in KEPT:
            row.suggested_by, row.credit, row.note = None, None, ""
            session.add(row)
        else:
            session.delete(row)
    session.flush()
