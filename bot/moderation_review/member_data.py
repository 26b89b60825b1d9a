"""The member's data in the moderation review feature: export and forget.

Export: the cases about the member (as author) with the decisions taken, and their own reports;
never who decided or who reported them, never moderators' notes.

Forget (policy): the member's own reports are deleted, and a case opened from their report's
own words (no message) loses those words (its quotes). Cases about them stay as an anonymised
record (so the community's moderation history and signal statistics hold): the author link is
removed, the message text and quotes erased, categories, scores and decisions kept. Where they
acted as a moderator, the log keeps the action but no longer says it was them. Other people's
reports and notes, flagged texts and quotes that name them (mention, id or display name) lose
the name. The feature then edits every alert already posted about a touched case to the
anonymised form (see :mod:`.jobs`).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from bot.moderation_review import store
from bot.moderation_review.models import CaseEvent, CaseReport, ModerationCase
from bot.moderation_review.render import EVENT_WORDS
from bot.storage.models import Member

#: What a forgotten member's name becomes in other people's words.
FORGOTTEN = "(a forgotten member)"
#: Shorter display names are not searched for in other people's words (too many false hits).
MIN_NAME = 2
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


def forget(session: Session, member: Member, now: datetime) -> set[int]:
    """Forget ``member``; returns the ids of the cases whose alerts now show too much."""
    assert member.id is not None
    touched: set[int] = set()
    for report in session.exec(select(CaseReport).where(CaseReport.reporter_id == member.id)):
        case = session.get(ModerationCase, report.case_id)
        if case is not None and case.source == "report" and not case.message_id:
            # The case was assessed from the reporter's own words: its quotes are theirs.
            store.erase_text(case, now)
            store.log(session, case, "reporter_forgotten", now=now)
            touched.add(report.case_id)
        session.delete(report)
    for case in store.member_cases(session, member.id):
        case.author_id = None
        store.erase_text(case, now)
        store.log(session, case, "anonymised", now=now)
        if case.id is not None:
            touched.add(case.id)
    for case in session.exec(select(ModerationCase).where(ModerationCase.assignee_id == member.id)):
        case.assignee_id = None
    for event in session.exec(select(CaseEvent).where(CaseEvent.actor_id == member.id)):
        event.actor_id = None
    touched |= _scrub_names(session, member)
    session.flush()
    return touched


def _patterns(member: Member) -> list[re.Pattern[str]]:
    """How other people's words name the member: their mention, platform id, display name."""
    found = [re.compile(rf"<@!?{re.escape(member.external_id)}>")]
    for name in {member.external_id, member.display_name.strip()}:
        if len(name) >= MIN_NAME:
            found.append(re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE))
    return found


def scrub(text: str, patterns: list[re.Pattern[str]]) -> str:
    for pattern in patterns:
        text = pattern.sub(FORGOTTEN, text)
    return text


def _scrub_names(session: Session, member: Member) -> set[int]:
    """Other people's reports, moderators' notes, flagged texts and quotes that name the
    member lose the name (the rest of what they say stays: it is the community's record)."""
    patterns = _patterns(member)
    touched: set[int] = set()
    cases = session.exec(
        select(ModerationCase).where(ModerationCase.community_id == member.community_id)
    ).all()
    for case in cases:
        assert case.id is not None
        changed = _scrub_case(case, patterns)
        for event in store.events(session, case):
            clean = scrub(event.detail, patterns)
            if clean != event.detail:
                event.detail, changed = clean, True
        for report in session.exec(select(CaseReport).where(CaseReport.case_id == case.id)):
            clean = scrub(report.note, patterns)
            if clean != report.note:
                report.note, changed = clean, True
        if changed:
            touched.add(case.id)
    return touched


def _scrub_case(case: ModerationCase, patterns: list[re.Pattern[str]]) -> bool:
    changed = False
    if case.text:
        clean = scrub(case.text, patterns)
        if clean != case.text:
            case.text, changed = clean, True
    reasons = case.reasons
    for reason in reasons:
        quote = reason.get("quote") or ""
        clean = scrub(quote, patterns)
        if clean != quote:
            reason["quote"], changed = clean, True
    if changed:
        case.reasons_json = json.dumps(reasons)
    return changed
