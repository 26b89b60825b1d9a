"""The member's data in the moderation review feature: export and forget.

Export: the cases about the member (as author) with the decisions taken, and their own reports;
never who decided or who reported them, never moderators' notes.

Forget (policy): the member's own reports are deleted. Cases about them stay as an anonymised
record (so the community's moderation history and signal statistics hold): the author link is
removed, the message text and quotes erased, categories, scores and decisions kept. Where they
acted as a moderator, the log keeps the action but no longer says it was them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from bot.moderation_review import store
from bot.moderation_review.models import CaseEvent, CaseReport, ModerationCase
from bot.moderation_review.render import EVENT_WORDS
from bot.storage.models import Member

#: Log entries a member sees about their own cases.
VISIBLE = frozenset({"hidden", "warn", "timeout", "keep", "handled", "purged"})


def export(session: Session, member: Member) -> dict[str, Any]:
    assert member.id is not None
    cases_out = []
    for case in store.member_cases(session, member.id):
        cases_out.append(
            {
                "case": case.number,
                "opened": case.created_at.isoformat(),
                "kind": "crisis care" if case.crisis else case.decision,
                "categories": case.category_list,
                "status": case.status,
                "channel": case.channel,
                "message_text": case.text,
                "hidden": case.hidden,
                "decisions": [
                    {"at": e.at.isoformat(), "what": EVENT_WORDS.get(e.kind, e.kind)}
                    for e in store.events(session, case)
                    if e.kind in VISIBLE
                ],
            }
        )
    reports = session.exec(
        select(CaseReport, ModerationCase)
        .join(ModerationCase, col(ModerationCase.id) == col(CaseReport.case_id))
        .where(CaseReport.reporter_id == member.id)
    ).all()
    return {
        "cases_about_you": cases_out,
        "your_reports": [
            {"case": c.number, "sent": r.created_at.isoformat(), "what_you_wrote": r.note}
            for r, c in reports
        ],
    }


def forget(session: Session, member: Member, now: datetime) -> None:
    assert member.id is not None
    for report in session.exec(select(CaseReport).where(CaseReport.reporter_id == member.id)):
        session.delete(report)
    for case in store.member_cases(session, member.id):
        case.author_id = None
        store.erase_text(case, now)
        store.log(session, case, "anonymised", now=now)
    for case in session.exec(select(ModerationCase).where(ModerationCase.assignee_id == member.id)):
        case.assignee_id = None
    for event in session.exec(select(CaseEvent).where(CaseEvent.actor_id == member.id)):
        event.actor_id = None
    session.flush()
