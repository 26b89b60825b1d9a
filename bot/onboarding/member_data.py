"""What onboarding holds about a member: export for /mydata, deletion for /forgetme.

Onboarding holds the member's answers (one row per question, private ones included) and their
progress through the questions. Export shows each answer as the member saw it and as stored;
deletion removes both tables' rows. Fields copied onto the member row (time zone, region,
consent) are the core's and go with the member row.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, delete

from bot.onboarding import render, store
from bot.onboarding.models import OnboardingAnswer, OnboardingProgress
from bot.onboarding.settings import OnboardingConfig
from bot.storage.models import Member


def export(session: Session, member: Member, settings: OnboardingConfig) -> dict[str, Any]:
    answers = []
    for question_id, row in store.answers(session, member).items():
        question = settings.question(question_id)
        answers.append(
            {
                "question": question_id,
                "title": question.title if question else question_id,
                "answer": render.shown(question, row.values) if question else row.value,
                "stored": ", ".join(row.values),
                "private": bool(question and question.private),
                "updated_at": row.updated_at.isoformat(),
            }
        )
    progress = store.progress(session, member)
    data: dict[str, Any] = {"answers": answers}
    if progress is not None:
        data["progress"] = {
            "current_question": progress.current_question,
            "started_at": progress.started_at.isoformat(),
            "completed_at": progress.completed_at.isoformat() if progress.completed_at else None,
            "reminders_sent": progress.reminders_sent,
        }
    return data


def forget(session: Session, member: Member) -> None:
    session.exec(delete(OnboardingAnswer).where(col(OnboardingAnswer.member_id) == member.id))  # type: ignore[call-overload]
    session.exec(delete(OnboardingProgress).where(col(OnboardingProgress.member_id) == member.id))  # type: ignore[call-overload]
