"""Due work of the moderation review feature (``tick``): re-alerts and retention.

* An urgent case nobody acknowledged is re-alerted every ``care.realert_minutes``.
* The flagged text (and quotes) of a case closed more than
  ``privacy.flagged_text_retention_days`` ago is erased; categories, scores and decisions stay.
* A crisis case that could not be stored (the care message and an urgent alert went out
  anyway) is stored as soon as the database allows, and its alert with buttons follows.
* Alerts already posted that show what is gone (erased text, a forgotten member) are edited on
  the platform to the case as it stands (``edit_stale_alerts``; also run right after a
  member is forgotten).

Each run is one short unit of work; deliveries happen after it commits. Never calls a handler.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from bot.actions import Action, AlertModerators, UpdateMessage
from bot.moderation_review import store
from bot.moderation_review.assess import PendingCrisis, open_case
from bot.moderation_review.models import OPEN, CaseAlert, ModerationCase
from bot.storage.batches import in_batches
from bot.storage.models import Community

if TYPE_CHECKING:
    from bot.moderation_review.feature import ModerationFeature

log = logging.getLogger(__name__)


#: Seconds between the quick retries of storing a crisis case (then every tick).
STORE_RETRY_DELAYS = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0)
#: Failures worth another try on the next tick.
RETRY_REASONS = frozenset({"rate_limited", "error", "network", "not_connected"})


class Jobs:
    def __init__(self, feature: ModerationFeature) -> None:
        self.feature = feature
        self._edit_lock = asyncio.Lock()
        self._store_lock = asyncio.Lock()
        self.pending: list[PendingCrisis] = []

    async def tick(self) -> None:
        hearth = self.feature.hearth
        now = hearth.clock.now()
        await self.store_pending()
        with hearth.db.session() as session:
            outbox = self._realerts(session, now)
        purged = in_batches(hearth.db, lambda session, size: self.purge(session, now, size))
        if purged:
            log.info("erased the text of %d closed case(s) past retention", purged)
        for platform, community_id, action in outbox:
            outcomes = await hearth.deliver(platform, community_id, [action])
            self.feature.outcomes.record_alerts(platform, community_id, outcomes)
            if any(not o.ok for o in outcomes):
                log.warning("re-alert on %s not delivered", platform)
        await self.edit_stale_alerts()

    def store_later(self, pending: PendingCrisis) -> None:
        """Keep a crisis whose case could not be stored, and retry storing it soon (then on
        every tick). In memory only: the care message and an urgent alert already went out."""
        self.pending.append(pending)
        self.feature.background(self._retry_soon)

    async def _retry_soon(self) -> int:
        stored = 0
        for delay in STORE_RETRY_DELAYS:
            await asyncio.sleep(delay)
            stored += await self.store_pending()
            if not self.pending:
                break
        return stored

    async def store_pending(self) -> int:
        """Store the crisis cases that failed earlier; each stored case's alert (with its
        buttons) goes to the moderators. Stops at the first failure (the database is still
        busy); returns how many were stored."""
        hearth = self.feature.hearth
        stored = 0
        async with self._store_lock:
            while self.pending:
                pending = self.pending[0]
                try:
                    with hearth.db.session() as session:
                        delivery = self._store(session, pending)
                except SQLAlchemyError as exc:
                    log.warning("crisis case still not stored (%s)", type(exc).__name__)
                    break
                self.pending.pop(0)
                stored += 1
                platform, community, action = delivery
                outcomes = await hearth.deliver(platform, community, [action])
                self.feature.outcomes.record_alerts(platform, community, outcomes)
        return stored

    def _store(self, session: Session, pending: PendingCrisis) -> tuple[str, str, Action]:
        community, member = self.feature.hearth.member_record(session, pending.actor)
        assert community.id is not None
        now = self.feature.hearth.clock.now()
        fields = {**pending.fields, "author_id": member.id, "last_alert_at": now}
        case = open_case(session, community.id, pending.at, fields)
        store.log(session, case, "care_sent", now=pending.at)
        store.log(session, case, "stored_late", now=now)
        alert = self.feature.alert(session, case)
        action = AlertModerators(message=alert, urgent=True, case_ref=store.case_ref(case))
        log.info("crisis case #%d stored after a failure", case.number)
        return community.platform, community.external_id, action

    async def edit_stale_alerts(self) -> int:
        """Edit every posted alert that shows what is gone (a forgotten member, erased text)
        to the case as it stands. A failure that may pass (rate limit, network, platform not
        connected) is retried on the next tick; a deleted alert is given up. Returns the
        number edited."""
        hearth = self.feature.hearth
        async with self._edit_lock:
            with hearth.db.session() as session:
                edits = self._stale_edits(session)
            done: list[int] = []
            for alert_id, platform, community, action in edits:
                outcomes = await hearth.deliver(platform, community, [action])
                failed = [o for o in outcomes if not o.ok]
                if failed and failed[0].reason in RETRY_REASONS:
                    log.warning(
                        "alert edit on %s failed (%s); retried later", platform, failed[0].reason
                    )
                    continue
                done.append(alert_id)
            if done:
                with hearth.db.session() as session:
                    for alert in session.exec(select(CaseAlert).where(col(CaseAlert.id).in_(done))):
                        alert.stale = False
                log.info("edited %d posted alert(s) to their anonymised form", len(done))
            return len(done)

    def _stale_edits(self, session: Session) -> list[tuple[int, str, str, UpdateMessage]]:
        edits = []
        for alert in store.stale_alerts(session):
            case = session.get(ModerationCase, alert.case_id)
            community = session.get(Community, case.community_id) if case else None
            if case is None or community is None or alert.id is None:
                continue
            action = UpdateMessage(
                channel=alert.channel,
                message_id=alert.message_id,
                message=self.feature.alert(session, case),
            )
            edits.append((alert.id, community.platform, community.external_id, action))
        return edits

    def _realerts(self, session: Session, now: datetime) -> list[tuple[str, str, Action]]:
        due = now - timedelta(minutes=self.feature.care.realert_minutes)
        waiting = session.exec(
            select(ModerationCase).where(
                ModerationCase.urgent == True,  # noqa: E712
                ModerationCase.status == OPEN,
                col(ModerationCase.acknowledged_at).is_(None),
                col(ModerationCase.last_alert_at) <= due,
            )
        ).all()
        outbox: list[tuple[str, str, Action]] = []
        for case in waiting:
            community = session.get(Community, case.community_id)
            if community is None:
                continue
            case.last_alert_at = now
            store.log(session, case, "realert", now=now)
            alert = self.feature.alert(session, case, realert=True)
            action = AlertModerators(message=alert, urgent=True, case_ref=store.case_ref(case))
            outbox.append((community.platform, community.external_id, action))
        return outbox

    def purge(self, session: Session, now: datetime, limit: int | None = None) -> int:
        """Erase the text of up to ``limit`` closed cases past retention (one batch)."""
        retention = self.feature.hearth.config.privacy.flagged_text_retention_days
        cutoff = now - timedelta(days=retention)
        rows = session.exec(
            select(ModerationCase)
            .where(
                col(ModerationCase.closed_at).is_not(None),
                col(ModerationCase.closed_at) <= cutoff,
                col(ModerationCase.text_erased_at).is_(None),
            )
            .order_by(col(ModerationCase.id))
            .limit(limit)
        ).all()
        for case in rows:
            store.erase_text(case, now)
            store.log(session, case, "purged", now=now)
        store.mark_alerts_stale(session, [c.id for c in rows if c.id is not None])
        return len(rows)
