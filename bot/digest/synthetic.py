"""A synthetic community for the sample images, the benchmark and the tests: members who
joined over the year (some still onboarding), weekly check-in answers with a slow dip in mood,
mentor requests (matched after a few days, a few still waiting), moderation cases of each
category and outcome, crisis alerts acknowledged after minutes to hours, and signals
moderators overrode. Seeded, so the same arguments give the same rows. Never used at run time
by the bot: only by ``scripts/render_samples.py``, ``benchmarks/digest_render.py`` and tests.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlmodel import Session

from bot.checkins.models import CheckinResponse
from bot.mentors.models import MentorMatch, MentorRequest
from bot.moderation_review.models import (
    DISMISSED,
    OPEN,
    RESOLVED,
    CaseEvent,
    ModerationCase,
    SignalStat,
)
from bot.onboarding.models import OnboardingProgress
from bot.storage.models import Community, Member

CATEGORIES = ("abuse", "misinformation", "spam", "privacy")
OUTCOMES = (("keep", DISMISSED), ("hidden", RESOLVED), ("warn", RESOLVED), ("timeout", RESOLVED))
SIGNALS = (("misinformation/cure-claim", 14, 9), ("abuse/insult", 40, 6), ("spam/link", 22, 4))


def _members(
    session: Session, community: Community, rng: random.Random, count: int, now: datetime
) -> list[Member]:
    members = []
    for i in range(count):
        # most joined long ago; a handful this week
        days = rng.uniform(0, 6.5) if i < max(count // 60, 5) else rng.uniform(7, 365)
        joined = now - timedelta(days=days)
        members.append(
            Member(
                community_id=community.id or 0,
                external_id=f"u{i}",
                display_name=f"Parent {i}",
                created_at=joined,
                updated_at=joined,
            )
        )
    session.add_all(members)
    session.flush()
    for member in members:
        if rng.random() < 0.85:
            done = member.created_at + timedelta(hours=2) if rng.random() < 0.7 else None
            session.add(
                OnboardingProgress(
                    member_id=member.id or 0,
                    started_at=member.created_at,
                    completed_at=done,
                    current_question=None if done else "support",
                )
            )
    return members


def _checkins(
    session: Session, members: list[Member], rng: random.Random, weeks: int, now: datetime
) -> int:
    rows = []
    for week in range(weeks):
        fire = now - timedelta(weeks=week, days=0.5)
        dip = 0.9 * max(0, 6 - week) / 6  # mood dips in the last six weeks
        share = 0.45 - 0.02 * max(0, 6 - week)
        for member in members:
            if member.created_at < fire and rng.random() < share:
                mood = min(5, max(1, round(rng.gauss(3.6 - dip, 0.9))))
                at = fire + timedelta(hours=rng.uniform(0, 20))
                rows.append(
                    CheckinResponse(
                        prompt_ref=f"s1-{int(fire.timestamp())}",
                        member_id=member.id or 0,
                        mood=mood,
                        created_at=at,
                        updated_at=at,
                    )
                )
    session.add_all(rows)
    return len(rows)


def _mentors(
    session: Session, community: Community, members: list[Member], rng: random.Random, now: datetime
) -> None:
    for i, member in enumerate(rng.sample(members, min(12, len(members)))):
        asked = now - timedelta(days=rng.uniform(2, 6.9) if i < 9 else rng.uniform(8, 30))
        waiting = i in (0, 1, 2, 3)
        request = MentorRequest(
            community_id=community.id or 0,
            member_id=member.id or 0,
            status="queued" if waiting else "matched",
            created_at=asked,
            updated_at=asked,
        )
        session.add(request)
        session.flush()
        if not waiting:
            met = min(now - timedelta(hours=1), asked + timedelta(days=rng.uniform(0.5, 4)))
            session.add(
                MentorMatch(
                    community_id=community.id or 0,
                    request_id=request.id,
                    mentee_id=member.id,
                    status="active",
                    created_at=asked,
                    introduced_at=met,
                )
            )


def _cases(
    session: Session, community: Community, members: list[Member], rng: random.Random, now: datetime
) -> None:
    number = 0
    for i in range(64):
        number += 1
        category = CATEGORIES[i % len(CATEGORIES)] if i % 7 else "abuse"
        kind, status = OUTCOMES[rng.randrange(len(OUTCOMES))] if i % 5 else ("", OPEN)
        opened = now - timedelta(days=rng.uniform(0, 6.9))
        case = ModerationCase(
            community_id=community.id or 0,
            number=number,
            author_id=rng.choice(members).id,
            categories=category,
            status=status,
            created_at=opened,
            updated_at=opened,
            closed_at=None if status == OPEN else opened,
        )
        session.add(case)
        session.flush()
        if kind:
            session.add(CaseEvent(case_id=case.id or 0, at=opened, kind=kind))
    for i in range(6):
        number += 1
        opened = now - timedelta(days=rng.uniform(0, 6.9))
        acked = None if i == 5 else opened + timedelta(minutes=(4, 9, 15, 35, 160)[i])
        session.add(
            ModerationCase(
                community_id=community.id or 0,
                number=number,
                author_id=rng.choice(members).id,
                categories="crisis",
                decision="crisis",
                urgent=True,
                status=OPEN if acked is None else RESOLVED,
                created_at=opened,
                updated_at=opened,
                acknowledged_at=acked,
            )
        )
    for signal, flagged, kept in SIGNALS:
        session.add(
            SignalStat(community_id=community.id or 0, signal=signal, flagged=flagged, kept=kept)
        )


def build(
    session: Session,
    *,
    now: datetime,
    members: int = 120,
    weeks: int = 52,
    seed: int = 7,
    name: str = "Sunflower parents",
    platform: str = "console",
    external_id: str = "synthetic",
) -> Community:
    """Write a synthetic community into ``session`` (not committed) and return it."""
    rng = random.Random(seed)
    community = Community(platform=platform, external_id=external_id, name=name)
    session.add(community)
    session.flush()
    people = _members(session, community, rng, members, now)
    _checkins(session, people, rng, weeks, now)
    _mentors(session, community, people, rng, now)
    _cases(session, community, people, rng, now)
    session.flush()
    return community
