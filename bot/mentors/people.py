"""Who is who in a match, and how matches and requests are described to their parents."""

from __future__ import annotations

from sqlmodel import Session

from bot.mentors.models import MentorMatch, MentorRequest
from bot.storage.models import Member


def side_of(match: MentorMatch, member: Member) -> str | None:
    if match.mentor_id is not None and match.mentor_id == member.id:
        return "mentor"
    if match.mentee_id is not None and match.mentee_id == member.id:
        return "mentee"
    return None


def other_of(match: MentorMatch, member: Member) -> int | None:
    return match.mentee_id if match.mentor_id == member.id else match.mentor_id


def name_of(member: Member | None) -> str:
    if member is None:
        return "a parent who has left"
    return member.display_name or member.external_id


def request_state(request: MentorRequest) -> str:
    return {
        "searching": "we've suggested a mentor and are waiting for answers",
        "queued": "waiting for a mentor to become free",
        "matched": "you've been introduced to your mentor",
        "closed": "closed",
    }.get(request.status, request.status)


MATCH_STATE = {
    "proposed": "awaiting organizer review",
    "approved": "waiting for both answers",
    "accepted_by_mentor": "waiting for the parent's answer",
    "accepted_by_mentee": "waiting for the mentor's answer",
    "active": "introduced",
}


def match_label(session: Session, match: MentorMatch, member: Member) -> str:
    if match.status == "active":
        other = session.get(Member, other_of(match, member) or 0)
        return f"End match with {name_of(other)}"
    return f"Withdraw from proposal #{match.id}"


def match_line(session: Session, match: MentorMatch, member: Member) -> str:
    side = side_of(match, member)
    role = "You mentor" if side == "mentor" else "Your mentor"
    if match.status == "active":
        other = session.get(Member, other_of(match, member) or 0)
        since = match.introduced_at.date().isoformat() if match.introduced_at else "?"
        return f"{role}: {name_of(other)} (introduced {since})."
    return f"Match #{match.id} ({'as mentor' if side == 'mentor' else 'for you'}): " + (
        MATCH_STATE.get(match.status, match.status) + "."
    )
