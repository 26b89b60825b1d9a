"""Sending the weekly digest on time: the due check, the outbox, the APScheduler jobs.

Each subscription keeps ``next_fire_at``; :meth:`Jobs.run_due` (called by ``tick()`` in tests,
the demo and the console, and by the APScheduler cron job of each subscription's slot in
production) applies :func:`bot.scheduling.due.check` with ``digest.misfire_grace_hours``:
missed runs collapse to the latest, which is sent late only within the grace, else skipped and
logged; a fire time that came while this process was running (only reached by a coarse tick,
as the demo's ``!clock``) is still sent within the digest's period. The digest is computed
at send time and queued in the outbox under ``digest:<subscription>:<fire time>``, so running
the check twice never sends twice.
Never raises for one bad subscription: it is logged and the others go out.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from bot.actions import DirectMessage
from bot.digest import store
from bot.digest.models import DigestSubscription
from bot.outbox.queue import Entry
from bot.scheduling.due import check
from bot.scheduling.rules import Rule
from bot.storage.models import Community, Member

if TYPE_CHECKING:
    from bot.digest.feature import DigestFeature

log = logging.getLogger(__name__)

JOB_PREFIX = "digest:"


def stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


class Jobs:
    def __init__(self, feature: DigestFeature) -> None:
        self.feature = feature
        self.hearth = feature.hearth

    @property
    def grace(self) -> timedelta:
        return timedelta(hours=self.feature.settings.misfire_grace_hours)

    async def run_due(self) -> None:
        now = self.hearth.clock.now()
        with self.hearth.db.session() as session:
            for subscription in store.due_subscriptions(session, now):
                try:
                    await self._run_one(session, subscription, now)
                except Exception:
                    session.rollback()
                    log.exception("digest subscription %s failed", subscription.id)
        await self.feature.outbox.drain()

    async def _run_one(
        self, session: Session, subscription: DigestSubscription, now: datetime
    ) -> None:
        rule = Rule(subscription.cron, subscription.timezone)
        decision = check(
            rule,
            subscription.next_fire_at,
            now,
            self.grace,
            awake_since=self.feature.awake_since,
            max_late=timedelta(days=self.feature.settings.period_days),
        )
        if decision.skipped:
            log.warning(
                "digest %s: %d run(s) missed while Hearth was down, skipped (misfire rule)",
                subscription.id,
                len(decision.skipped),
            )
        community = session.get(Community, subscription.community_id)
        member = session.get(Member, subscription.member_id)
        entries = []
        if decision.send is not None and community is not None and member is not None:
            # Read and render before writing, so no write lock is held while drawing.
            message = await self.feature.message(session, community, decision.send)
            entries.append(
                Entry(
                    f"digest:{subscription.id}:{stamp(decision.send)}",
                    community.platform,
                    community.external_id,
                    DirectMessage(user_id=member.external_id, message=message),
                    member_id=member.id,
                )
            )
            subscription.last_sent_at = now
            log.info("digest %s queued%s", subscription.id, " late" if decision.late else "")
        subscription.next_fire_at = decision.next_fire_at
        session.add(subscription)
        self.feature.outbox.enqueue(session, entries)
        session.commit()

    def sync(self, scheduler: Any) -> None:
        """One cron job per distinct (rule, time zone) slot, plus an hourly safety net; all in
        the shared SQLAlchemy job store, under ``digest:``."""
        if scheduler is None:
            return
        with self.hearth.db.session() as session:
            slots = {(s.cron, s.timezone) for s in store.all_subscriptions(session)}
        wanted: dict[str, tuple[Rule, str, str, tuple[Any, ...]]] = {}
        for cron, timezone in slots:
            slot = hashlib.sha1(f"{cron}|{timezone}".encode()).hexdigest()[:12]
            wanted[f"{JOB_PREFIX}{slot}"] = (Rule(cron, timezone), self.feature.name, "run_due", ())
        scheduler.sync(JOB_PREFIX, wanted)
        scheduler.every("digest-tick", 3600, self.feature.name, "tick")
