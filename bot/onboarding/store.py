"""Reading and writing onboarding answers and progress (one member at a time)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlmodel import Session, col, delete, select

from bot.onboarding.models import SEPARATOR, OnboardingAnswer, OnboardingProgress
from bot.onboarding.settings import QuestionConfig
from bot.storage.models import Member


def progress(session: Session, member: Member) -> OnboardingProgress | None:
    return session.get(OnboardingProgress, member.id)


def answers(session: Session, member: Member) -> dict[str, OnboardingAnswer]:
    rows = session.exec(
        select(OnboardingAnswer).where(OnboardingAnswer.member_id == member.id)
    ).all()
    return {row.question_id: row for row in rows}


def save(
    session: Session, member: Member, question_id: str, values: Iterable[str], now: datetime
) -> OnboardingAnswer:
    """Store (or replace) one answer; no values means "skipped"."""
    value = SEPARATOR.join(values)[:1000]
    row = session.exec(
        select(OnboardingAnswer).where(
            OnboardingAnswer.member_id == member.id, OnboardingAnswer.question_id == question_id
        )
    ).first()
    if row is None:
        row = OnboardingAnswer(member_id=member.id, question_id=question_id, value=value)  # type: ignore[arg-type]
        session.add(row)
    else:
        row.value = value
    row.updated_at = now
    session.flush()
    return row


def next_question(
    questions: list[QuestionConfig], answered: Iterable[str], after: str | None = None
) -> QuestionConfig | None:
    """The first unanswered question, starting after ``after`` and wrapping round (so a press
    on an old message does not send the member back to the beginning)."""
    done = set(answered)
    ids = [q.id for q in questions]
    start = ids.index(after) + 1 if after in ids else 0
    for question in questions[start:] + questions[:start]:
        if question.id not in done:
            return question
    return None


def purge_unfinished(session: Session, before: datetime, limit: int | None = None) -> int:
    """Delete answers and progress of (up to ``limit``) members who started before ``before``
    and never finished. Returns how many members were purged."""
    stale = list(
        session.exec(
            select(OnboardingProgress.member_id)
            .where(
                col(OnboardingProgress.completed_at).is_(None),
                OnboardingProgress.started_at < before,
            )
            .order_by(col(OnboardingProgress.member_id))
            .limit(limit)
        ).all()
    )
    if stale:
        session.exec(delete(OnboardingAnswer).where(col(OnboardingAnswer.member_id).in_(stale)))  # type: ignore[call-overload]
        session.exec(
            delete(OnboardingProgress).where(col(OnboardingProgress.member_id).in_(stale))  # type: ignore[call-overload]
        )
    return len(stale)
