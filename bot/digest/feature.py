"""The organizers' weekly digest: how the group is doing, at a glance, in aggregates only.

``/digest`` (organizers) sends this week's digest privately (by DM when asked in a channel, as
a reply in a DM): one image of small panels
(check-ins, new members and onboarding, mentor requests, moderation cases, crisis alerts,
signals moderators keep overriding) and a short text; where the platform shows no images, the
text and a text chart. ``/digest weekly [DAYS@HH:MM] [TIMEZONE]`` sends it by DM every week in
the organizer's own time zone (their profile's, else the one given, else check-ins' default);
``/digest off`` stops it. Counts under 3 read "fewer than 3"; nobody is ever named
(:mod:`bot.digest.render`).

Parts: :mod:`~bot.digest.staff_commands` (the command), :mod:`~bot.digest.jobs` (due check,
outbox, APScheduler jobs), :mod:`~bot.digest.store` (queries), :mod:`~bot.digest.render`
(image and text), :mod:`~bot.digest.member_data` (export and deletion of a subscription).
The APScheduler driver is the check-ins feature's when it runs one (one scheduler per job
store: APScheduler 3 does not share a store between schedulers), else the digest's own.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, ClassVar

from sqlmodel import Session

from bot.checkins.feature import CheckinsFeature
from bot.clock import FakeClock
from bot.digest import member_data, render, store
from bot.digest.jobs import Jobs
from bot.digest.settings import DigestConfig
from bot.digest.staff_commands import StaffCommands
from bot.feature import Feature
from bot.messages import Message
from bot.outbox.queue import Outbox, OutboxSettings
from bot.router import Router
from bot.storage.models import Community, Member

if TYPE_CHECKING:
    from bot.app import Hearth
    from bot.scheduling.scheduler import Scheduler


class DigestFeature(Feature):
    name = "digest"
    job_methods: ClassVar[tuple[str, ...]] = ("run_due", "tick")

    def __init__(self, hearth: Hearth) -> None:
        super().__init__(hearth)
        self.settings: DigestConfig = hearth.config.digest
        rates = hearth.config.checkins
        self.outbox = Outbox(
            hearth, OutboxSettings(rates=dict(rates.rates), default_rate=rates.default_rate)
        )
        self.jobs = Jobs(self)
        self.scheduler: Scheduler | None = None
        self._own_scheduler = False
        #: When this process started: fire times after it were not missed through downtime.
        self.awake_since = hearth.clock.now()

    def register(self, router: Router) -> None:
        StaffCommands(self).register(router)

    # -- lifecycle -----------------------------------------------------------------------

    def _checkins(self) -> CheckinsFeature | None:
        feature = self.hearth.features.get("checkins")
        return feature if isinstance(feature, CheckinsFeature) else None

    async def start(self) -> None:
        checkins = self._checkins()
        if checkins is not None:
            self.scheduler = checkins.scheduler
        elif self.hearth.config.checkins.scheduler == "on" or (
            self.hearth.config.checkins.scheduler == "auto"
            and not isinstance(self.hearth.clock, FakeClock)
        ):
            from bot.scheduling.scheduler import Scheduler  # APScheduler only when it runs

            self.scheduler = Scheduler(self.hearth.db.engine, grace=self.jobs.grace)
            self.scheduler.start(self.hearth)
            self._own_scheduler = True
        self.sync_jobs()

    async def stop(self) -> None:
        if self._own_scheduler and self.scheduler is not None:
            self.scheduler.shutdown()
        self.scheduler, self._own_scheduler = None, False

    def sync_jobs(self) -> None:
        self.jobs.sync(self.scheduler)

    async def tick(self) -> None:
        await self.jobs.run_due()

    async def run_due(self) -> None:
        await self.jobs.run_due()

    # -- the digest ----------------------------------------------------------------------

    async def message(self, session: Session, community: Community, end: datetime) -> Message:
        """This community's digest for the period ending at ``end``; drawn in a worker thread
        so the event loop keeps answering platforms meanwhile."""
        data = store.collect(
            session,
            community_id=community.id or 0,
            community=community.name or self.hearth.config.community.name,
            end=end,
            period=timedelta(days=self.settings.period_days),
            weeks=self.settings.trend_weeks,
            floor=render.FLOOR,
        )
        images = self.hearth.capabilities(community.platform).images
        return await asyncio.to_thread(render.message, data, images=images)

    # -- data rights ---------------------------------------------------------------------

    def export_member(self, session: Session, member: Member) -> dict[str, Any]:
        return member_data.export(session, member)

    def forget_member(self, session: Session, member: Member) -> None:
        member_data.forget(session, member)
