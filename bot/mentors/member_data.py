"""What the mentor feature holds about a member: export for /mydata, deletion for /forgetme."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, delete, select

from bot.mentors import store
from bot.mentors.models import OPEN_STATUSES, MentorBlock, MentorProfile, MentorRequest, split
from bot.mentors.people import name_of, other_of, side_of
from bot.storage.models import Member

log = logging.getLogger(__name__)


def export(session: Session, member: Member) -> dict[str, Any]:
    profile = store.profile(session, member)
    requests = session.exec(select(MentorRequest).where(MentorRequest.member_id == member.id)).all()
    blocks = session.exec(select(MentorBlock).where(MentorBlock.member_id == member.id)).all()
    matches = store.matches_of(session, member.id)  # type: ignore[arg-type]
    return {
        "mentor_profile": None
        if profile is None
        else {
            "capacity": profile.capacity,
            "paused": profile.paused,
            "diagnosis_groups": split(profile.diagnosis_groups),
            "stages": split(profile.stages),
            "age_bands": split(profile.age_bands),
            "languages": split(profile.languages),
            "region": profile.region,
            "topics": profile.topics,
            "share_diagnosis": profile.share_diagnosis,
            "created_at": profile.created_at.isoformat(),
        },
        "mentor_requests": [
            {
                "id": r.id,
                "status": r.status,
                "stage": r.stage,
                "diagnosis_group": r.diagnosis_group,
                "age_band": r.age_band,
                "region": r.region,
                "language": r.language,
                "share_diagnosis": r.share_diagnosis,
                "created_at": r.created_at.isoformat(),
            }
            for r in requests
        ],
        "mentor_matches": [
            {
                "id": m.id,
                "role": side_of(m, member),
                "status": m.status,
                "with": name_of(session.get(Member, other_of(m, member)))
                if m.introduced_at and other_of(m, member)
                else None,
                "proposed_at": m.created_at.isoformat(),
                "introduced_at": m.introduced_at.isoformat() if m.introduced_at else None,
                "ended_at": m.ended_at.isoformat() if m.ended_at else None,
            }
            for m in matches
        ],
        "mentor_blocks": [name_of(store.member_by_id(session, b.blocked_id)) for b in blocks],
    }


def forget(session: Session, member: Member, now: datetime) -> None:
    """Delete everything about ``member``. Their open matches end; the other parent is told
    kindly at the next tick (and a mentee whose mentor left goes back in the queue). Their
    own blocks go; blocks others made on them stay, by pseudonym (:func:`keep_blocks_on`)."""
    for match in store.matches_of(session, member.id):  # type: ignore[arg-type]
        side = side_of(match, member)
        other = "mentee" if side == "mentor" else "mentor"
        if match.status in OPEN_STATUSES:
            told = match.status != "proposed"
            match.status = "ended" if match.status == "active" else "declined"
            match.ended_at = now
            match.ended_by = "left"
            if told and getattr(match, f"{other}_id") is not None:
                match.notice_pending = other
            if side == "mentor" and match.request_id:
                request = session.get(MentorRequest, match.request_id)
                if request is not None and request.status in store.LIVE_REQUEST:
                    request.status = "queued"
                    request.updated_at = now
                    session.add(request)
        setattr(match, f"{side}_id", None)
        if side == "mentee":
            match.request_id = None
        session.add(match)
    session.flush()
    session.exec(delete(MentorBlock).where(col(MentorBlock.member_id) == member.id))
    keep_blocks_on(session, member)
    session.exec(delete(MentorRequest).where(MentorRequest.member_id == member.id))  # type: ignore[arg-type]
    session.exec(delete(MentorProfile).where(MentorProfile.member_id == member.id))  # type: ignore[arg-type]
    session.flush()
    log.info("mentor data forgotten for member %s", member.id)


def keep_blocks_on(session: Session, member: Member) -> None:
    """Other parents' blocks on ``member`` are theirs and permanent: keep them, with a
    pseudonym of ``member``'s platform id in place of the member id (one per blocker)."""
    blocks = session.exec(select(MentorBlock).where(MentorBlock.blocked_id == member.id)).all()
    if not blocks:
        return
    key = store.block_key(session, member)
    for block in blocks:
        kept = session.exec(
            select(MentorBlock.id).where(
                MentorBlock.member_id == block.member_id, MentorBlock.blocked_key == key
            )
        ).first()
        if kept is not None:  # blocked before an earlier /forgetme too: one block is enough
            session.delete(block)
            continue
        block.blocked_id = None
        block.blocked_key = key
        session.add(block)
