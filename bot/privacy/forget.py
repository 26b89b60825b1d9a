"""Deleting a member: every feature forgets, then the member row goes (or is anonymised).

A feature that must keep a record by policy (moderation cases) anonymises its rows but may
still point at the member row; then the row itself is anonymised instead of deleted, so the
database stays consistent and nothing identifying remains.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import column as column_
from sqlalchemy import func, inspect, select, table
from sqlmodel import Session

from bot.storage.models import Member, utcnow

if TYPE_CHECKING:
    from bot.app import Hearth

log = logging.getLogger(__name__)


def _still_referenced(session: Session, member_id: int) -> bool:
    """Does any row in the database still point at the member? Read from the database's own
    foreign keys, so a table no feature declared to us is not missed."""
    inspector = inspect(session.connection())
    for name in inspector.get_table_names():
        for fk in inspector.get_foreign_keys(name):
            if fk["referred_table"] != "member" or fk["referred_columns"] != ["id"]:
                continue
            column = fk["constrained_columns"][0]
            count = session.execute(
                select(func.count())
                .select_from(table(name, column_(column)))
                .where(column_(column) == member_id)
            ).scalar_one()
            if count:
                return True
    return False


def forget(hearth: Hearth, session: Session, member: Member) -> str:
    """Forget ``member`` everywhere. Returns "deleted" or "anonymised" (the member row)."""
    member_id = member.id
    assert member_id is not None
    for feature in hearth.features.values():
        feature.forget_member(session, member)
    session.flush()
    if _still_referenced(session, member_id):
        member.external_id = f"forgotten-{uuid.uuid4().hex}"
        member.display_name = ""
        member.timezone = None
        member.region = None
        member.consent = False
        member.onboarded = False
        member.updated_at = utcnow()
        outcome = "anonymised"
    else:
        session.delete(member)
        outcome = "deleted"
    session.flush()
    log.info("member %s forgotten (%d features; row %s)", member_id, len(hearth.features), outcome)
    return outcome
