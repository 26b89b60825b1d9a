"""Check-in data rights: what ``/mydata`` shows and what ``/forgetme`` deletes.

Export lists the member's personal check-in, preferences and every answer (mood, note, whether
it was shared). Forget deletes all of them and the member's queued outbox messages; schedules
the member created stay for the community, with the creator link removed.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, delete, select

from bot.checkins.models import (
    CheckinPreference,
    CheckinResponse,
    CheckinSchedule,
    PersonalCheckin,
)
from bot.outbox.queue import Outbox
from bot.storage.models import Member


def export(session: Session, member: Member) -> dict[str, Any]:
    personal = session.exec(
        select(PersonalCheckin).where(PersonalCheckin.member_id == member.id)
    ).first()
    pref = session.get(CheckinPreference, member.id)
    responses = session.exec(
        select(CheckinResponse)
        .where(CheckinResponse.member_id == member.id)
        .order_by(col(CheckinResponse.created_at))
    ).all()
    return {
        "personal_checkin": None
        if personal is None
        else {
            "days": personal.days,
            "local_time": personal.local_time,
            "timezone": personal.timezone,
            "status": personal.status,
            "snoozed_until": personal.snoozed_until.isoformat() if personal.snoozed_until else None,
        },
        "preferences": None
        if pref is None
        else {
            "paused_until": pref.paused_until.isoformat() if pref.paused_until else None,
            "gentle": pref.gentle,
            "share_name": pref.share_name,
        },
        "responses": [
            {
                "prompt": r.prompt_ref,
                "mood": r.mood,
                "note": r.note,
                "note_shared": r.share_note,
                "at": r.updated_at.isoformat(),
            }
            for r in responses
        ],
    }


def forget(session: Session, member: Member, outbox: Outbox) -> None:
    for model in (CheckinResponse, PersonalCheckin, CheckinPreference):
        session.exec(delete(model).where(col(model.member_id) == member.id))  # type: ignore[call-overload]
    for schedule in session.exec(
        select(CheckinSchedule).where(CheckinSchedule.created_by == member.id)
    ).all():
        schedule.created_by = None
        session.add(schedule)
    if member.id is not None:
        outbox.forget_member(session, member.id)
