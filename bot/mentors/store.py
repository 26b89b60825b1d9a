"""Queries over the mentor tables (one place, so the feature reads as a workflow).

Blocks on someone who was forgotten hold a pseudonym instead of a member id
(:class:`bot.mentors.models.MentorBlock`); :func:`unwanted` matches it against the person's
platform id, so a block outlives the blocked person's /forgetme and their return.
"""

from __future__ import annotations

from sqlalchemy import or_
from sqlmodel import Session, col, func, select

from bot.mentors.models import (
    OPEN_STATUSES,
    MentorBlock,
    MentorMatch,
    MentorProfile,
    MentorRequest,
)
from bot.privacy.pseudonym import pseudonym
from bot.storage.models import Member

#: Request statuses that still want (or have) a mentor.
LIVE_REQUEST = ("searching", "queued", "matched")
#: The pseudonym purpose of a block on someone who was forgotten.
BLOCK_PURPOSE = "mentor-block"


def block_key(session: Session, member: Member) -> str:
    """The pseudonym a block on ``member`` keeps once they are forgotten."""
    return pseudonym(session, BLOCK_PURPOSE, member.community_id, member.external_id)


def _keyed_blocks(session: Session, community_id: int) -> bool:
    """Is there any block on a forgotten person in this community? (Spares the hashing.)"""
    return (
        session.exec(
            select(MentorBlock.id).where(
                MentorBlock.community_id == community_id,
                col(MentorBlock.blocked_key).is_not(None),
            )
        ).first()
        is not None
    )


def blocks_on(session: Session, member: Member, by_id: int | None = None) -> list[MentorBlock]:
    """Blocks on ``member`` (by anyone, or only by ``by_id``), including blocks kept by
    pseudonym from before they were forgotten and came back."""
    on = col(MentorBlock.blocked_id) == member.id
    if _keyed_blocks(session, member.community_id):
        on = or_(on, col(MentorBlock.blocked_key) == block_key(session, member))
    query = select(MentorBlock).where(MentorBlock.community_id == member.community_id, on)
    if by_id is not None:
        query = query.where(MentorBlock.member_id == by_id)
    return list(session.exec(query))


def _blocked_mentors(session: Session, member_id: int, community_id: int) -> set[int]:
    """Mentors who came back after being forgotten and whom ``member_id`` had blocked."""
    keys = set(
        session.exec(
            select(MentorBlock.blocked_key).where(
                MentorBlock.member_id == member_id, col(MentorBlock.blocked_key).is_not(None)
            )
        )
    )
    if not keys:
        return set()
    mentors = session.exec(
        select(Member)
        .join(MentorProfile, col(MentorProfile.member_id) == col(Member.id))
        .where(MentorProfile.community_id == community_id)
    )
    return {m.id for m in mentors if m.id is not None and block_key(session, m) in keys}


def profile(session: Session, member: Member) -> MentorProfile | None:
    return session.exec(select(MentorProfile).where(MentorProfile.member_id == member.id)).first()


def member_by_id(session: Session, member_id: int | None) -> Member | None:
    """The member with that id; None when there is no id (that parent asked to be forgotten)."""
    return session.get(Member, member_id) if member_id else None


def request_of(session: Session, match: MentorMatch) -> MentorRequest | None:
    return session.get(MentorRequest, match.request_id) if match.request_id else None


def mentor_profile(session: Session, match: MentorMatch) -> MentorProfile | None:
    return session.exec(
        select(MentorProfile).where(MentorProfile.member_id == match.mentor_id)
    ).first()


def live_request(session: Session, member: Member) -> MentorRequest | None:
    return session.exec(
        select(MentorRequest)
        .where(MentorRequest.member_id == member.id, col(MentorRequest.status).in_(LIVE_REQUEST))
        .order_by(col(MentorRequest.id).desc())
    ).first()


def load(session: Session, mentor_id: int) -> int:
    """Matches holding a slot of this mentor's capacity (asked, accepted or active)."""
    return session.exec(
        select(func.count())
        .select_from(MentorMatch)
        .where(MentorMatch.mentor_id == mentor_id, col(MentorMatch.status).in_(OPEN_STATUSES))
    ).one()


def matches_of(
    session: Session, member_id: int, statuses: tuple[str, ...] | None = None
) -> list[MentorMatch]:
    query = select(MentorMatch).where(
        or_(MentorMatch.mentor_id == member_id, MentorMatch.mentee_id == member_id)
    )
    if statuses is not None:
        query = query.where(col(MentorMatch.status).in_(statuses))
    return list(session.exec(query.order_by(col(MentorMatch.id))))


def unwanted(session: Session, member_id: int) -> set[int]:
    """Everyone ``member_id`` must not be proposed with: blocks either way (a block on someone
    forgotten is matched by pseudonym, against mentors only: proposals always pair a mentor),
    and past pairs that declined or ended unless both opted back in."""
    out: set[int] = set()
    for block in session.exec(select(MentorBlock).where(MentorBlock.member_id == member_id)):
        if block.blocked_id is not None:
            out.add(block.blocked_id)
    member = session.get(Member, member_id)
    if member is not None:
        out.update(block.member_id for block in blocks_on(session, member))
        out.update(_blocked_mentors(session, member_id, member.community_id))
    for match in matches_of(session, member_id, ("declined", "ended")):
        if match.mentor_reopt and match.mentee_reopt:
            continue
        other = match.mentee_id if match.mentor_id == member_id else match.mentor_id
        if other is not None:
            out.add(other)
    return out


def skipped_for(session: Session, request_id: int) -> set[int]:
    """Mentors organizers skipped, or who did not answer in time, for this request."""
    return {
        m.mentor_id
        for m in session.exec(
            select(MentorMatch).where(
                MentorMatch.request_id == request_id,
                col(MentorMatch.status).in_(("skipped", "expired")),
            )
        )
        if m.mentor_id is not None
    }
