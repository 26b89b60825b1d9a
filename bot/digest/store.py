"""The digest's queries: read the other features' tables and return counts, never rows about
a person. Each function takes an open session, a community id and the period, and returns a
frozen dataclass of plain numbers that :mod:`bot.digest.render` draws. Nothing is written
here except an organizer's own subscription.

What is counted (``start <= t < end`` unless said otherwise):

* check-ins: per week of the trend, members who answered (distinct) and their average mood,
  from each answer's last change (``updated_at``);
* new members: joined in the period; of them, who started onboarding and who finished;
* mentors: requests made, requests introduced to a mentor (and how long each waited from
  request to introduction), and requests still waiting now (and how long so far);
* moderation: cases opened, by category and outcome (still open, kept, hidden, warned, timed
  out, handled);
* crisis: alerts opened, minutes until a person acknowledged each, alerts unacknowledged now
  (of any age);
* signals: the assessor signals moderators overrode (kept the message) at least the floor's
  number of times, all time, highest share first.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import Session, col, func, select

from bot.charts.cases import category
from bot.charts.panels import TrendPoint
from bot.checkins.models import CheckinResponse
from bot.digest.models import DigestSubscription
from bot.mentors.models import MentorMatch, MentorRequest
from bot.moderation_review.models import (
    ACTIVE_STATUSES,
    DISMISSED,
    CaseEvent,
    ModerationCase,
    SignalStat,
)
from bot.onboarding.models import OnboardingProgress
from bot.storage.models import Member

#: Case log entries that decide an outcome, in the words the digest uses.
OUTCOMES = {"hidden": "hidden", "warn": "warned", "timeout": "timed out", "handled": "handled"}
OUTCOME_ORDER = ("open", "kept", "hidden", "warned", "timed out", "handled")


@dataclass(frozen=True, slots=True)
class Onboarding:
    joined: int = 0
    started: int = 0
    finished: int = 0


@dataclass(frozen=True, slots=True)
class Mentors:
    requested: int = 0
    matched: int = 0
    waiting: int = 0
    #: Days from request to introduction, for requests introduced in the period.
    match_days: tuple[float, ...] = ()
    #: Days waited so far by requests still waiting.
    waiting_days: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class Crisis:
    alerts: int = 0
    ack_minutes: tuple[float, ...] = ()
    unacknowledged: int = 0


@dataclass(frozen=True, slots=True)
class Signal:
    name: str
    flagged: int
    kept: int


@dataclass(frozen=True, slots=True)
class DigestData:
    community: str
    start: datetime
    end: datetime
    weeks: tuple[TrendPoint, ...] = ()
    onboarding: Onboarding = field(default_factory=Onboarding)
    mentors: Mentors = field(default_factory=Mentors)
    #: (category, outcome) -> cases
    cases: dict[tuple[str, str], int] = field(default_factory=dict)
    crisis: Crisis = field(default_factory=Crisis)
    signals: tuple[Signal, ...] = ()


def subscription(session: Session, member_id: int) -> DigestSubscription | None:
    return session.exec(
        select(DigestSubscription).where(DigestSubscription.member_id == member_id)
    ).first()


def due_subscriptions(session: Session, now: datetime) -> list[DigestSubscription]:
    return list(
        session.exec(
            select(DigestSubscription).where(
                col(DigestSubscription.next_fire_at).is_not(None),
                col(DigestSubscription.next_fire_at) <= now,
            )
        )
    )


def all_subscriptions(session: Session) -> list[DigestSubscription]:
    return list(session.exec(select(DigestSubscription)))


def checkin_weeks(
    session: Session, community_id: int, end: datetime, weeks: int
) -> list[TrendPoint]:
    """Oldest week first; each week ends at ``end - k * 7 days``."""
    start = end - timedelta(weeks=weeks)
    rows = session.exec(
        select(CheckinResponse.member_id, CheckinResponse.mood, CheckinResponse.updated_at)
        .join(Member, col(Member.id) == CheckinResponse.member_id)
        .where(
            Member.community_id == community_id,
            col(CheckinResponse.updated_at) >= start,
            col(CheckinResponse.updated_at) < end,
        )
    ).all()
    people: list[set[int]] = [set() for _ in range(weeks)]
    moods: list[list[int]] = [[] for _ in range(weeks)]
    for member_id, mood, at in rows:
        week = min(int((at - start) / timedelta(weeks=1)), weeks - 1)
        people[week].add(member_id)
        if mood is not None:
            moods[week].append(mood)
    points = []
    for week in range(weeks):
        ending = start + timedelta(weeks=week + 1) - timedelta(days=1)
        average = round(sum(moods[week]) / len(moods[week]), 1) if moods[week] else None
        points.append(TrendPoint(f"{ending:%d %b}", len(people[week]), average))
    return points


def onboarding(session: Session, community_id: int, start: datetime, end: datetime) -> Onboarding:
    rows = session.exec(
        select(Member.id, OnboardingProgress.member_id, OnboardingProgress.completed_at)
        .outerjoin(OnboardingProgress, col(OnboardingProgress.member_id) == Member.id)
        .where(
            Member.community_id == community_id,
            col(Member.created_at) >= start,
            col(Member.created_at) < end,
        )
    ).all()
    return Onboarding(
        joined=len(rows),
        started=sum(1 for _, progress, _ in rows if progress is not None),
        finished=sum(1 for _, _, done in rows if done is not None),
    )


def _days(delta: timedelta) -> float:
    return round(delta / timedelta(days=1), 1)


def mentors(session: Session, community_id: int, start: datetime, end: datetime) -> Mentors:
    requested = session.exec(
        select(func.count())
        .select_from(MentorRequest)
        .where(
            MentorRequest.community_id == community_id,
            col(MentorRequest.created_at) >= start,
            col(MentorRequest.created_at) < end,
        )
    ).one()
    introduced = session.exec(
        select(MentorRequest.created_at, func.min(MentorMatch.introduced_at))
        .join(MentorMatch, col(MentorMatch.request_id) == MentorRequest.id)
        .where(
            MentorRequest.community_id == community_id,
            col(MentorMatch.introduced_at).is_not(None),
        )
        .group_by(col(MentorRequest.id), col(MentorRequest.created_at))
    ).all()
    match_days = tuple(_days(at - asked) for asked, at in introduced if start <= at < end)
    waiting = session.exec(
        select(MentorRequest.created_at).where(
            MentorRequest.community_id == community_id,
            col(MentorRequest.status).in_(("searching", "queued")),
        )
    ).all()
    return Mentors(
        requested=requested,
        matched=len(match_days),
        waiting=len(waiting),
        match_days=match_days,
        waiting_days=tuple(_days(end - asked) for asked in waiting),
    )


def _outcomes(session: Session, cases: list[ModerationCase]) -> dict[int, str]:
    ids = [c.id for c in cases if c.id is not None]
    decided: dict[int, str] = {}
    if not ids:
        return decided
    for case_id, kind in session.exec(
        select(CaseEvent.case_id, CaseEvent.kind)
        .where(col(CaseEvent.case_id).in_(ids), col(CaseEvent.kind).in_(list(OUTCOMES)))
        .order_by(col(CaseEvent.id))
    ).all():
        decided[case_id] = OUTCOMES[kind]
    return decided


def moderation(
    session: Session, community_id: int, start: datetime, end: datetime
) -> tuple[dict[tuple[str, str], int], Crisis]:
    cases = list(
        session.exec(
            select(ModerationCase).where(
                ModerationCase.community_id == community_id,
                col(ModerationCase.created_at) >= start,
                col(ModerationCase.created_at) < end,
            )
        )
    )
    decided = _outcomes(session, cases)
    table: Counter[tuple[str, str]] = Counter()
    for case in cases:
        if case.status in ACTIVE_STATUSES:
            outcome = "open"
        elif case.status == DISMISSED:
            outcome = "kept"
        else:
            outcome = decided.get(case.id or 0, "handled")
        name = category(case.category_list, crisis=case.crisis, decision=case.decision)
        table[name, outcome] += 1
    alerts = [c for c in cases if c.crisis]
    waiting = session.exec(
        select(func.count())
        .select_from(ModerationCase)
        .where(
            ModerationCase.community_id == community_id,
            ModerationCase.decision == "crisis",
            col(ModerationCase.status).in_(ACTIVE_STATUSES),
            col(ModerationCase.acknowledged_at).is_(None),
        )
    ).one()
    crisis = Crisis(
        alerts=len(alerts),
        ack_minutes=tuple(
            round((c.acknowledged_at - c.created_at) / timedelta(minutes=1), 1)
            for c in alerts
            if c.acknowledged_at is not None
        ),
        unacknowledged=waiting,
    )
    return dict(table), crisis


def overridden_signals(
    session: Session, community_id: int, floor: int, limit: int = 5
) -> list[Signal]:
    rows = session.exec(
        select(SignalStat).where(SignalStat.community_id == community_id, SignalStat.kept >= floor)
    ).all()
    ranked = sorted(rows, key=lambda r: (-r.kept / max(r.flagged, 1), -r.kept, r.signal))
    return [Signal(r.signal, r.flagged, r.kept) for r in ranked[:limit]]


def collect(
    session: Session,
    *,
    community_id: int,
    community: str,
    end: datetime,
    period: timedelta,
    weeks: int,
    floor: int,
) -> DigestData:
    start = end - period
    cases, crisis = moderation(session, community_id, start, end)
    return DigestData(
        community=community,
        start=start,
        end=end,
        weeks=tuple(checkin_weeks(session, community_id, end, weeks)),
        onboarding=onboarding(session, community_id, start, end),
        mentors=mentors(session, community_id, start, end),
        cases=cases,
        crisis=crisis,
        signals=tuple(overridden_signals(session, community_id, floor)),
    )
