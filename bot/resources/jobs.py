"""The stale-entry review: organizers get the entries past ``stale_after_days``.

Each community keeps ``resource_upkeep.next_fire_at``. :meth:`Jobs.tick` (tests, the demo, the
console, and in production the APScheduler jobs ``resources:stale-review`` on the shared
scheduler, firing on ``resources.stale_review_rule``, and ``resources:stale-review:hourly``)
runs :func:`bot.scheduling.due.check`, so the documented misfire rule applies: missed runs
coalesce to the latest, sent late within :data:`GRACE`, otherwise skipped and logged. Reminders
go through the paced outbox with keys ``resources:stale:<community>:<fire time>:<entry key>``,
so a run repeated (two processes, a restart) never sends twice. One card per entry (Still
accurate / Edit / Retire), at most :data:`MAX_CARDS` per run plus one line saying how many more
wait. Never calls a handler.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from bot.actions import AlertOrganizers
from bot.outbox.queue import Entry
from bot.resources import render, store
from bot.scheduling.due import check
from bot.storage.models import Community

if TYPE_CHECKING:
    from bot.resources.feature import ResourcesFeature

log = logging.getLogger(__name__)

GRACE = timedelta(days=3)
MAX_CARDS = 20
JOB_ID = "resources:stale-review"


def stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


class Jobs:
    def __init__(self, feature: ResourcesFeature) -> None:
        self.feature = feature
        self._sync: asyncio.Task[None] | None = None

    # -- production: one cron job on the shared scheduler ------------------------------------

    def start(self) -> None:
        """Register the review job once the shared scheduler (check-ins') is running; it is
        started by a feature that starts after this one, so wait for it briefly."""
        if self.feature.settings.review_rule() is not None:
            self._sync = asyncio.get_running_loop().create_task(self._register())

    def stop(self) -> None:
        if self._sync is not None:
            self._sync.cancel()
            self._sync = None

    async def _register(self) -> None:
        rule = self.feature.settings.review_rule()
        for _ in range(100):
            checkins = self.feature.checkins
            scheduler = checkins.scheduler if checkins is not None else None
            if scheduler is not None and rule is not None:
                scheduler.cron(JOB_ID, rule, self.feature.name, "tick")
                # hourly as well: a community seen for the first time gets its next review
                # time, and a run missed while no process was up is caught within the grace
                scheduler.every(f"{JOB_ID}:hourly", 3600, self.feature.name, "tick")
                return
            await asyncio.sleep(0.1)
        log.info("no scheduler running: the stale-resource review runs on tick() only")

    # -- due work ------------------------------------------------------------------------

    async def tick(self) -> None:
        rule = self.feature.settings.review_rule()
        if rule is None:
            return
        now = self.feature.hearth.clock.now()
        queued = 0
        with self.feature.hearth.db.session() as session:
            for community in session.exec(select(Community)).all():
                upkeep = store.upkeep(session, community)
                decision = check(rule, upkeep.next_fire_at, now, GRACE)
                upkeep.next_fire_at = decision.next_fire_at
                session.add(upkeep)
                if decision.skipped:
                    log.warning(
                        "stale-resource review for community %s: %d missed run(s) skipped",
                        community.id,
                        len(decision.skipped),
                    )
                if decision.send is not None:
                    queued += self._enqueue(session, community, decision.send)
        if queued:
            await self.feature.outbox.drain()

    def _enqueue(self, session: Session, community: Community, fire: datetime) -> int:
        today = fire.date()
        stale_after = timedelta(days=self.feature.settings.stale_after_days)
        directory = self.feature.directory_for(session, community)
        stale = [e for e in directory.entries if today - e.last_reviewed > stale_after]
        stale.sort(key=lambda e: e.last_reviewed)
        prefix = f"resources:stale:{community.id}:{stamp(fire)}"
        entries = [
            Entry(
                f"{prefix}:{e.key}",
                community.platform,
                community.external_id,
                AlertOrganizers(message=render.stale_card(e, today)),
            )
            for e in stale[:MAX_CARDS]
        ]
        if len(stale) > MAX_CARDS:
            more = AlertOrganizers(message=render.stale_more(len(stale) - MAX_CARDS))
            entries.append(Entry(f"{prefix}:more", community.platform, community.external_id, more))
        self.feature.outbox.enqueue(session, entries)
        log.info("stale-resource review for community %s: %d entries", community.id, len(stale))
        return len(entries)
