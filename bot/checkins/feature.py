"""Check-ins: channel prompts on a schedule, personal DM check-ins in each member's time zone,
gentle follow-ups for low moods, organizer summaries, and pauses that put life first.

This class is where the parts come together: settings, the paced outbox, the scheduler's
start/stop, the job methods APScheduler calls by name, registration of each part
(:mod:`~bot.checkins.member_commands`, :mod:`~bot.checkins.staff_commands`,
:mod:`~bot.checkins.buttons`, :mod:`~bot.checkins.jobs`), typed accessors to other features
(each ``None``/empty when that feature is absent) and data rights
(:mod:`~bot.checkins.member_data`). Firing rules are documented in :mod:`bot.checkins.jobs`.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import TYPE_CHECKING, Any, ClassVar

from sqlmodel import Session

from bot.actions import Action
from bot.checkins import member_data
from bot.checkins.buttons import Buttons
from bot.checkins.jobs import Jobs
from bot.checkins.member_commands import MemberCommands
from bot.checkins.models import CheckinPreference
from bot.checkins.settings import CheckinsConfig
from bot.checkins.staff_commands import StaffCommands
from bot.clock import FakeClock
from bot.context import Context
from bot.feature import Feature
from bot.outbox.queue import Outbox, OutboxSettings
from bot.resources.search import Match, rank
from bot.router import Router
from bot.storage.models import Member

if TYPE_CHECKING:
    from bot.app import Hearth

log = logging.getLogger(__name__)


class CheckinsFeature(Feature):
    name = "checkins"
    job_methods: ClassVar[tuple[str, ...]] = ("run_channel_job", "run_personal_due", "tick")

    def __init__(self, hearth: Hearth) -> None:
        super().__init__(hearth)
        self.settings: CheckinsConfig = getattr(hearth.config, "checkins", None) or CheckinsConfig()
        s = self.settings
        self.outbox = Outbox(
            hearth,
            OutboxSettings(
                rates=dict(s.rates),
                default_rate=s.default_rate,
                lease=timedelta(seconds=s.outbox_lease_seconds),
                max_attempts=s.outbox_max_attempts,
                backoff=timedelta(seconds=s.outbox_backoff_seconds),
            ),
        )
        self.scheduler: Any = None
        #: When this process started: fire times after it were not missed through downtime.
        self.awake_since = hearth.clock.now()
        self.staff = StaffCommands(self)
        self.members = MemberCommands(self)
        self.buttons = Buttons(self)
        self.jobs = Jobs(self)

    @property
    def grace(self) -> timedelta:
        return timedelta(minutes=self.settings.misfire_grace_minutes)

    def register(self, router: Router) -> None:
        router.group("checkin", "Check-ins: mood prompts in a channel or by private message")
        self.staff.register(router)
        self.members.register(router)
        self.buttons.register(router)

    # -- lifecycle -----------------------------------------------------------------------

    def _scheduler_wanted(self) -> bool:
        mode = self.settings.scheduler
        return mode == "on" or (mode == "auto" and not isinstance(self.hearth.clock, FakeClock))

    async def start(self) -> None:
        self.outbox.recover()
        if not self._scheduler_wanted():
            return
        from bot.scheduling.scheduler import Scheduler  # APScheduler only when it runs

        self.scheduler = Scheduler(self.hearth.db.engine, grace=self.grace)
        self.scheduler.start(self.hearth)
        self.sync_jobs()
        self.outbox.start()

    async def stop(self) -> None:
        await self.outbox.stop()
        if self.scheduler is not None:
            self.scheduler.shutdown()
            self.scheduler = None
            log.info("check-ins stopped: scheduler shut down, outbox resumable")

    def sync_jobs(self) -> None:
        self.jobs.sync()

    def after_commit_sync(self) -> None:
        """Re-sync APScheduler's jobs once the handler's unit of work has committed."""
        if self.scheduler is not None:
            asyncio.get_running_loop().call_soon(self.sync_jobs)

    # -- job methods (found by name by bot.scheduling.jobs) -------------------------------

    async def tick(self) -> None:
        await self.jobs.tick()

    async def run_channel_job(self, schedule_id: int) -> None:
        await self.jobs.run_channel_job(schedule_id)

    async def run_personal_due(self) -> None:
        await self.jobs.run_personal_due()

    # -- other features ------------------------------------------------------------------

    def is_bereaved(self, session: Session, member: Member, pref: CheckinPreference | None) -> bool:
        """Gentle prompts only: the member asked, or onboarding knows the family is bereaved."""
        if pref is not None and pref.gentle:
            return True
        stage = getattr(self.hearth.features.get("onboarding"), "stage", None)
        if stage is None:
            return False
        try:
            return stage(session, member) == "bereaved"
        except Exception:
            log.exception("onboarding stage lookup failed for member %s", member.id)
            return False

    def find_resources(self, query: str, region: str | None) -> list[Match]:
        """The resource directory's best matches, or nothing when resources is not running."""
        resources = self.hearth.features.get("resources")
        directory = getattr(resources, "directory", None)
        if directory is None:
            return []
        return rank(directory.entries, query, region=region)

    async def screen(self, ctx: Context, text: str) -> list[Action]:
        """Moderation's crisis screening of a note, or nothing when moderation is absent."""
        screen = getattr(self.hearth.features.get("moderation"), "screen", None)
        if screen is None:
            return []
        try:
            care = await screen(ctx, text, source="checkin")
        except Exception:
            log.exception("moderation screen failed for a check-in note")
            return []
        if isinstance(care, Action):
            return [care]
        return list(care or [])

    # -- member data ---------------------------------------------------------------------

    def export_member(self, session: Session, member: Member) -> dict[str, Any]:
        return member_data.export(session, member)

    def forget_member(self, session: Session, member: Member) -> None:
        member_data.forget(session, member, self.outbox)


__all__ = ["CheckinsFeature"]
