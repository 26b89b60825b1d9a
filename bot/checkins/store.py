"""Check-in queries: schedules by name, a member's personal row and preferences, occurrences,
responses and the answers behind a summary. Plain functions over an open session; they add
rows to the session when asked to create one and never commit (the caller's unit of work does).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from bot.checkins import summary
from bot.checkins.models import (
    ACTIVE,
    CheckinOccurrence,
    CheckinPreference,
    CheckinResponse,
    CheckinSchedule,
    PersonalCheckin,
)
from bot.storage.models import Community, Member

#: Upcoming skip dates a schedule holds (``YYYY-MM-DD,`` each: 180 fit its 2,000 characters).
MAX_SKIP_DATES = 180


def set_skip_dates(schedule: CheckinSchedule, dates: Iterable[str], today: date) -> list[str]:
    """Store ``dates`` (ISO local dates) that are not before ``today``, sorted, and return them.
    Past dates are pruned; more than :data:`MAX_SKIP_DATES` raises ValueError and changes
    nothing, so no date is ever silently cut off."""
    upcoming = sorted({d for d in dates if d and d >= today.isoformat()})
    if len(upcoming) > MAX_SKIP_DATES:
        raise ValueError(f"{len(upcoming)} upcoming dates; at most {MAX_SKIP_DATES} fit")
    schedule.skip_dates = ",".join(upcoming)
    return upcoming


def schedule_by_name(session: Session, community_id: int, name: str) -> CheckinSchedule | None:
    return session.exec(
        select(CheckinSchedule).where(
            CheckinSchedule.community_id == community_id,
            CheckinSchedule.name == name.strip().lower(),
        )
    ).first()


def schedules(session: Session, community_id: int) -> Sequence[CheckinSchedule]:
    return session.exec(
        select(CheckinSchedule)
        .where(CheckinSchedule.community_id == community_id)
        .order_by(col(CheckinSchedule.name))
    ).all()


def schedule_names(session: Session, community_id: int) -> list[str]:
    return list(
        session.exec(
            select(CheckinSchedule.name)
            .where(CheckinSchedule.community_id == community_id)
            .order_by(col(CheckinSchedule.name))
        ).all()
    )


def active_schedules(session: Session) -> Sequence[CheckinSchedule]:
    return session.exec(select(CheckinSchedule).where(col(CheckinSchedule.status) == ACTIVE)).all()


def active_personal_slots(session: Session) -> Sequence[tuple[str, str, str]]:
    """Distinct (days, local time, time zone) of active personal check-ins."""
    return session.exec(
        select(PersonalCheckin.days, PersonalCheckin.local_time, PersonalCheckin.timezone)
        .where(col(PersonalCheckin.status) == ACTIVE)
        .distinct()
    ).all()


def due_schedules(session: Session, now: datetime) -> Sequence[CheckinSchedule]:
    return session.exec(
        select(CheckinSchedule).where(
            col(CheckinSchedule.next_fire_at).is_not(None),
            col(CheckinSchedule.next_fire_at) <= now,
        )
    ).all()


def due_personal(
    session: Session, now: datetime, *, after: int = 0, limit: int | None = None
) -> Sequence[tuple[PersonalCheckin, Member, Community, CheckinPreference | None]]:
    """Personal check-ins due at ``now``, with their member, community and preferences, in id
    order: the page of at most ``limit`` rows whose ids come ``after`` the given one."""
    query = (
        select(PersonalCheckin, Member, Community, CheckinPreference)
        .join(Member, col(Member.id) == PersonalCheckin.member_id)
        .join(Community, col(Community.id) == PersonalCheckin.community_id)
        .outerjoin(CheckinPreference, col(CheckinPreference.member_id) == Member.id)
        .where(
            col(PersonalCheckin.id) > after,
            col(PersonalCheckin.next_fire_at).is_not(None),
            col(PersonalCheckin.next_fire_at) <= now,
        )
        .order_by(col(PersonalCheckin.id))
    )
    return session.exec(query if limit is None else query.limit(limit)).all()


def personal(session: Session, member_id: int) -> PersonalCheckin | None:
    return session.exec(
        select(PersonalCheckin).where(PersonalCheckin.member_id == member_id)
    ).first()


def preference(session: Session, member_id: int) -> CheckinPreference:
    """The member's preferences, created (and added to the session) on first use."""
    pref = session.get(CheckinPreference, member_id)
    if pref is None:
        pref = CheckinPreference(member_id=member_id)
        session.add(pref)
    return pref


def occurrence(session: Session, schedule_id: int, fire: datetime) -> CheckinOccurrence | None:
    """The posted prompt of channel schedule ``schedule_id`` at ``fire``, if it still exists."""
    return session.exec(
        select(CheckinOccurrence).where(
            CheckinOccurrence.schedule_id == schedule_id, CheckinOccurrence.fire_at == fire
        )
    ).first()


def occurrences(session: Session, schedule_id: int) -> Sequence[CheckinOccurrence]:
    return session.exec(
        select(CheckinOccurrence).where(CheckinOccurrence.schedule_id == schedule_id)
    ).all()


def unsummarized_closed(session: Session, now: datetime) -> Sequence[CheckinOccurrence]:
    return session.exec(
        select(CheckinOccurrence).where(
            col(CheckinOccurrence.summarized).is_(False),
            col(CheckinOccurrence.closes_at) <= now,
        )
    ).all()


def earlier_occurrences(
    session: Session, schedule_id: int, before: datetime, limit: int
) -> Sequence[CheckinOccurrence]:
    """Up to ``limit`` occurrences of the schedule before ``before``, latest first."""
    return session.exec(
        select(CheckinOccurrence)
        .where(
            CheckinOccurrence.schedule_id == schedule_id,
            col(CheckinOccurrence.fire_at) < before,
        )
        .order_by(col(CheckinOccurrence.fire_at).desc())
        .limit(limit)
    ).all()


def latest_response(session: Session, member_id: int) -> CheckinResponse | None:
    return session.exec(
        select(CheckinResponse)
        .where(CheckinResponse.member_id == member_id)
        .order_by(col(CheckinResponse.updated_at).desc())
    ).first()


def response(
    session: Session, ref: str, member_id: int, occurrence_id: int | None, now: datetime
) -> CheckinResponse:
    """The member's answer to prompt ``ref``, created on first use; stamped ``now``."""
    found = session.exec(
        select(CheckinResponse).where(
            CheckinResponse.prompt_ref == ref, CheckinResponse.member_id == member_id
        )
    ).first()
    if found is None:
        found = CheckinResponse(prompt_ref=ref, occurrence_id=occurrence_id, member_id=member_id)
    found.updated_at = now
    session.add(found)
    return found


def answers(session: Session, ref: str) -> list[summary.Answer]:
    """Every answer to prompt ``ref``: names only with consent, shared notes only."""
    rows: Sequence[Any] = session.exec(
        select(CheckinResponse, Member, CheckinPreference)
        .join(Member, col(Member.id) == CheckinResponse.member_id)
        .outerjoin(CheckinPreference, col(CheckinPreference.member_id) == Member.id)
        .where(CheckinResponse.prompt_ref == ref)
    ).all()
    out = []
    for answer, member, pref in rows:
        named = pref is not None and pref.share_name
        out.append(
            summary.Answer(
                mood=answer.mood,
                name=member.display_name if named else None,
                note=answer.note if answer.share_note else None,
            )
        )
    return out
