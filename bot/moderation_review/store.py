"""Case storage: numbering, opening, the append-only log, signal stats and lookups (all the
SQL of the moderation review feature).

Numbers are per community. ``next_number`` increments the community's counter row with a
single ``UPDATE ... SET last_number = last_number + 1`` inside the case's own transaction: the
row lock (PostgreSQL) or the write lock (SQLite) makes concurrent openers queue, and the
unique constraint on (community, number) is the backstop.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.moderation_review.models import (
    ACTIVE_STATUSES,
    REASONS_MAX,
    SIGNALS_MAX,
    CaseAlert,
    CaseCounter,
    CaseEvent,
    CaseReport,
    ModerationCase,
    SignalStat,
)
from bot.storage.models import Community, Member
from moderation import Assessment
from moderation.rules.someone_close import SIGNAL as SOMEONE_CLOSE

#: 1 to 999,999,999: fits a 32-bit integer column on every database.
ROW_ID = re.compile(r"[1-9][0-9]{0,8}", re.ASCII)


def next_number(session: Session, community_id: int) -> int:
    """The next case number of a community, reserved in the caller's transaction."""
    for _ in range(3):
        bumped = session.execute(
            update(CaseCounter)
            .where(col(CaseCounter.community_id) == community_id)
            .values(last_number=CaseCounter.last_number + 1)
        )
        if bumped.rowcount:  # type: ignore[attr-defined]
            return session.execute(
                select(CaseCounter.last_number).where(CaseCounter.community_id == community_id)
            ).scalar_one()
        try:
            with session.begin_nested():
                session.add(CaseCounter(community_id=community_id, last_number=1))
            return 1
        except IntegrityError:
            continue  # another transaction created the row first: increment it
    raise RuntimeError("could not reserve a case number")


def open_case(
    session: Session, *, community_id: int, now: datetime, **fields: Any
) -> ModerationCase:
    case = ModerationCase(
        community_id=community_id,
        number=next_number(session, community_id),
        created_at=now,
        updated_at=now,
        **fields,
    )
    session.add(case)
    session.flush()
    return case


def log(
    session: Session,
    case: ModerationCase,
    kind: str,
    *,
    now: datetime,
    actor: Member | None = None,
    detail: str = "",
) -> CaseEvent:
    event = CaseEvent(
        case_id=case.id,  # type: ignore[arg-type]
        at=now,
        actor_id=actor.id if actor else None,
        kind=kind,
        detail=detail[:1000],
    )
    session.add(event)
    case.updated_at = now
    session.flush()
    return event


def events(session: Session, case: ModerationCase) -> list[CaseEvent]:
    return list(
        session.exec(
            select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(col(CaseEvent.id))
        )
    )


def by_id(session: Session, community_id: int, case_id: int) -> ModerationCase | None:
    case = session.get(ModerationCase, case_id)
    return case if case is not None and case.community_id == community_id else None


def by_message(
    session: Session, community_id: int, channel: str | None, message_id: str
) -> ModerationCase | None:
    """The latest case about a posted message (to update it when the message is edited)."""
    return session.exec(
        select(ModerationCase)
        .where(
            ModerationCase.community_id == community_id,
            ModerationCase.channel == channel,
            ModerationCase.message_id == message_id,
        )
        .order_by(col(ModerationCase.id).desc())
    ).first()


def alerts_of(session: Session, case: ModerationCase) -> list[CaseAlert]:
    return list(
        session.exec(
            select(CaseAlert).where(CaseAlert.case_id == case.id).order_by(col(CaseAlert.id))
        )
    )


def by_number(session: Session, community_id: int, number: int) -> ModerationCase | None:
    return session.exec(
        select(ModerationCase).where(
            ModerationCase.community_id == community_id, ModerationCase.number == number
        )
    ).first()


def active_cases(session: Session, community_id: int, limit: int = 25) -> list[ModerationCase]:
    """Open and acknowledged cases: urgent first, then oldest first."""
    return list(
        session.exec(
            select(ModerationCase)
            .where(
                ModerationCase.community_id == community_id,
                col(ModerationCase.status).in_(ACTIVE_STATUSES),
            )
            .order_by(col(ModerationCase.urgent).desc(), col(ModerationCase.number))
            .limit(limit)
        )
    )


def member_cases(session: Session, member_id: int) -> list[ModerationCase]:
    return list(
        session.exec(
            select(ModerationCase)
            .where(ModerationCase.author_id == member_id)
            .order_by(col(ModerationCase.number))
        )
    )


def warnings_of(session: Session, member_id: int) -> int:
    """Warnings a member has received (one per warn decision on a case about them)."""
    return session.execute(
        select(func.count(col(CaseEvent.id)))
        .join(ModerationCase, col(ModerationCase.id) == col(CaseEvent.case_id))
        .where(ModerationCase.author_id == member_id, CaseEvent.kind == "warn")
    ).scalar_one()


def reports_since(session: Session, reporter_id: int, since: datetime) -> int:
    return session.execute(
        select(func.count(col(CaseReport.id))).where(
            CaseReport.reporter_id == reporter_id, col(CaseReport.created_at) >= since
        )
    ).scalar_one()


def reporters(session: Session, case: ModerationCase) -> list[tuple[CaseReport, Member]]:
    rows = session.exec(
        select(CaseReport, Member)
        .join(Member, col(Member.id) == col(CaseReport.reporter_id))
        .where(CaseReport.case_id == case.id)
        .order_by(col(CaseReport.id))
    )
    return list(rows)  # type: ignore[arg-type]


def count_signals(
    session: Session, community_id: int, signals: Iterable[str], *, kept: bool = False
) -> None:
    """Add one to each signal's flagged (or kept) count, creating rows as needed."""
    field = SignalStat.kept if kept else SignalStat.flagged

    def bump(signal: str) -> Any:
        return session.execute(
            update(SignalStat)
            .where(col(SignalStat.community_id) == community_id, col(SignalStat.signal) == signal)
            .values({field.key: field + 1})  # type: ignore[union-attr]
        )

    for signal in sorted(set(signals)):
        if bump(signal).rowcount:
            continue
        try:
            with session.begin_nested():
                session.add(
                    SignalStat(
                        community_id=community_id,
                        signal=signal,
                        flagged=0 if kept else 1,
                        kept=1 if kept else 0,
                    )
                )
        except IntegrityError:  # another worker created the row first
            bump(signal)


def stats(session: Session, community_id: int) -> list[SignalStat]:
    return list(
        session.exec(
            select(SignalStat)
            .where(SignalStat.community_id == community_id)
            .order_by(col(SignalStat.signal))
        )
    )


def erase_text(case: ModerationCase, now: datetime) -> None:
    """Drop the message's words (text and quotes); keep categories, scores and signals."""
    case.text = None
    reasons = case.reasons
    for reason in reasons:
        reason["quote"] = ""
    case.reasons_json = json.dumps(reasons)
    case.text_erased_at = now
    case.updated_at = now


def names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    """Display names (else platform ids) of members by row id; forgotten ones are absent."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.exec(select(Member).where(col(Member.id).in_(wanted)))
    return {m.id: (m.display_name or m.external_id) for m in rows if m.id is not None}


def case_ref(case: ModerationCase) -> str:
    """The neutral reference carried by actions about a case (``case:<id>``)."""
    return f"case:{case.id}"


def community_id(session: Session, platform: str, external_id: str) -> int | None:
    """The row id of a platform's community (server, workspace), if Hearth knows it."""
    return session.exec(
        select(Community.id).where(
            Community.platform == platform, Community.external_id == external_id
        )
    ).first()


def row_id(text: str) -> int | None:
    """A row id or case number from text: ASCII digits only (never ``²`` or ``--1``), and
    small enough for any database's integer column; else None."""
    return int(text) if ROW_ID.fullmatch(text) else None


def by_ref(session: Session, community_id: int, ref: str) -> ModerationCase | None:
    prefix, _, raw = ref.partition(":")
    case_id = row_id(raw)
    if prefix != "case" or case_id is None:
        return None
    return by_id(session, community_id, case_id)


def record_alert(session: Session, case: ModerationCase, channel: str, message_id: str) -> bool:
    """Remember where an alert about ``case`` was posted (once per message)."""
    known = session.exec(
        select(CaseAlert).where(
            CaseAlert.case_id == case.id,
            CaseAlert.channel == channel,
            CaseAlert.message_id == message_id,
        )
    ).first()
    if known is not None or case.id is None:
        return False
    session.add(CaseAlert(case_id=case.id, channel=channel[:100], message_id=message_id[:100]))
    return True


def mark_alerts_stale(session: Session, case_ids: Iterable[int]) -> int:
    """The posted alerts of these cases show words or names that are gone: edit them."""
    wanted = set(case_ids)
    if not wanted:
        return 0
    rows = session.exec(select(CaseAlert).where(col(CaseAlert.case_id).in_(wanted))).all()
    for alert in rows:
        alert.stale = True
    return len(rows)


def stale_alerts(session: Session, limit: int = 50) -> list[CaseAlert]:
    return list(
        session.exec(
            select(CaseAlert)
            .where(CaseAlert.stale == True)  # noqa: E712
            .order_by(col(CaseAlert.id))
            .limit(limit)
        )
    )


def case_fields(assessment: Assessment) -> dict[str, Any]:
    """The assessment as case columns: categories, scores, reasons (with quotes), signals."""
    raised = list(assessment.raised)
    reasons = [r.to_dict() for r in assessment.reasons if r.signal != "bypass"]
    signals = set(raised)
    signals.update(f"{r.category}/{r.signal}" for r in assessment.reasons if r.category in raised)
    return {
        "categories": ",".join(raised),
        "scores_json": json.dumps({k: round(float(v), 3) for k, v in assessment.scores.items()}),
        "reasons_json": fit_reasons(reasons, REASONS_MAX),
        "signals_json": _fit_json([], sorted(signals), SIGNALS_MAX),
    }


def fit_reasons(reasons: list[dict[str, str]], limit: int) -> str:
    """The reasons as JSON that fits the column: the strongest first (the assessor sorts them
    by score), the weakest dropped until it fits, and the reason that chooses the care
    message (``someone close``) always kept. Cutting the JSON at the limit instead left a
    long crisis post's case unreadable, and its alert with it."""
    kept = [r for r in reasons if r["signal"] == SOMEONE_CLOSE]
    rest = [r for r in reasons if r["signal"] != SOMEONE_CLOSE]
    return _fit_json(kept, rest, limit)


def _fit_json(kept: list[Any], rest: list[Any], limit: int) -> str:
    """``kept + rest`` as JSON of at most ``limit`` characters, dropping from the end of
    ``rest``; "[]" when even ``kept`` alone is too long."""
    rest = list(rest)
    while rest and len(json.dumps(kept + rest)) > limit:
        rest.pop()
    out = json.dumps(kept + rest)
    return out if len(out) <= limit else "[]"
