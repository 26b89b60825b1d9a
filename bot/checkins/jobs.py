"""Check-in timed work: the tick, channel prompts, the personal fan-out, closing summaries and
keeping APScheduler's jobs in step with the schedules.

Every path runs the same due-check (:func:`bot.scheduling.due.check`, which owns the misfire
rule) and sends only through the paced outbox with keys
``checkin:<s|p><id>:<fire time>:<member id|channel>``, so a fan-out enqueued twice sends once.
Logs name ids and times, never a question or a note. Nothing here calls a command handler.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from bot.actions import Action, AlertOrganizers, DirectMessage, Post
from bot.checkins import render, store, summary
from bot.checkins.models import (
    ACTIVE,
    CheckinOccurrence,
    CheckinPreference,
    CheckinSchedule,
    PersonalCheckin,
)
from bot.messages import Message
from bot.outbox.queue import Entry
from bot.scheduling.due import check
from bot.scheduling.rules import Rule, personal_rule, zone
from bot.storage.models import Community, Member

if TYPE_CHECKING:
    from bot.checkins.feature import CheckinsFeature

log = logging.getLogger(__name__)


class Jobs:
    """Due work for :class:`CheckinsFeature`, shared by ``tick()`` and the APScheduler jobs."""

    def __init__(self, feature: CheckinsFeature) -> None:
        self.feature = feature

    @property
    def grace(self) -> timedelta:
        return self.feature.grace

    def sync(self) -> None:
        """Production: one cron job per active channel schedule, one per distinct personal
        slot (rule + time zone), and an interval safety net; all in the SQLAlchemy job store."""
        scheduler = self.feature.scheduler
        if scheduler is None:
            return
        name = self.feature.name
        with self.feature.hearth.db.session() as session:
            schedules = store.active_schedules(session)
            slots = store.active_personal_slots(session)
        wanted: dict[str, tuple[Rule, str, str, tuple[Any, ...]]] = {}
        for schedule in schedules:
            wanted[f"checkins:channel:{schedule.id}"] = (
                Rule(schedule.cron, schedule.timezone),
                name,
                "run_channel_job",
                (schedule.id,),
            )
        for days, at, tz in slots:
            rule = personal_rule(days, at, tz)
            slot = hashlib.sha1(f"{rule.cron}|{tz}".encode()).hexdigest()[:12]
            wanted[f"checkins:personal:{slot}"] = (rule, name, "run_personal_due", ())
        scheduler.sync("checkins:", wanted)
        scheduler.every("checkins-tick", self.feature.settings.tick_seconds, name, "tick")

    async def tick(self) -> None:
        now = self.feature.hearth.clock.now()
        with self.feature.hearth.db.session() as session:
            for schedule in store.due_schedules(session, now):
                self.run_channel(session, schedule, now)
            self.fan_out_personal(session, now)
            self.summaries(session, now)
        await self.feature.outbox.drain()

    async def run_channel_job(self, schedule_id: int) -> None:
        now = self.feature.hearth.clock.now()
        with self.feature.hearth.db.session() as session:
            schedule = session.get(CheckinSchedule, schedule_id)
            if schedule is not None:
                self.run_channel(session, schedule, now)
        await self.feature.outbox.drain()

    async def run_personal_due(self) -> None:
        now = self.feature.hearth.clock.now()
        with self.feature.hearth.db.session() as session:
            self.fan_out_personal(session, now)
        await self.feature.outbox.drain()

    def _log_skips(self, what: str, skipped: tuple[datetime, ...], more: bool) -> None:
        if skipped:
            log.warning(
                "%s: %d%s missed fire time(s) skipped (misfire rule: coalesce, grace %s); "
                "first %s, last %s",
                what,
                len(skipped),
                "+" if more else "",
                self.grace,
                render.stamp(skipped[0]),
                render.stamp(skipped[-1]),
            )

    def run_channel(self, session: Session, schedule: CheckinSchedule, now: datetime) -> None:
        """Post the schedule's prompt if it is due (once per fire time, skip dates honoured)."""
        decision = check(
            Rule(schedule.cron, schedule.timezone),
            schedule.next_fire_at,
            now,
            self.grace,
            awake_since=self.feature.awake_since,
            max_late=timedelta(hours=schedule.window_hours),
        )
        schedule.next_fire_at = decision.next_fire_at
        session.add(schedule)
        self._log_skips(f"channel check-in {schedule.id}", decision.skipped, decision.skipped_more)
        fire = decision.send
        if fire is None or schedule.status != ACTIVE or schedule.id is None:
            return
        local_day = fire.astimezone(zone(schedule.timezone)).date()
        skipped = store.set_skip_dates(schedule, schedule.skip_dates.split(","), local_day)
        if local_day.isoformat() in skipped:
            log.info("channel check-in %s skipped on %s (skip date)", schedule.id, local_day)
            return
        if store.occurrence(session, schedule.id, fire) is not None:
            return
        closes = fire + timedelta(hours=schedule.window_hours)
        session.add(CheckinOccurrence(schedule_id=schedule.id, fire_at=fire, closes_at=closes))
        community = session.get(Community, schedule.community_id)
        assert community is not None
        ref = render.prompt_ref("s", schedule.id, fire)
        message = render.channel_prompt(
            schedule.question, ref, render.local(closes, schedule.timezone)
        )
        key = f"checkin:s{schedule.id}:{render.stamp(fire)}:channel"
        post = Post(channel=schedule.channel, message=message)
        self.feature.outbox.enqueue(
            session, [Entry(key, community.platform, community.external_id, post)]
        )
        late = " (late)" if decision.late else ""
        log.info("channel check-in %s due at %s%s", schedule.id, render.stamp(fire), late)

    def fan_out_personal(self, session: Session, now: datetime) -> int:
        """Fan out every personal check-in due at ``now`` into the outbox. Returns how many.
        Read and committed a page at a time (``Outbox.enqueue_many``): short transactions, so
        a crisis message is never locked out of SQLite behind a 20,000-member fan-out."""
        page = self.feature.outbox.settings.batch

        def due() -> Iterator[Entry]:
            after = 0
            while True:
                rows = store.due_personal(session, now, after=after, limit=page)
                for personal, member, community, pref in rows:
                    entry = self._personal_entry(session, now, personal, member, community, pref)
                    if entry is not None:
                        yield entry
                if len(rows) < page:
                    return
                after = rows[-1][0].id or after

        queued = self.feature.outbox.enqueue_many(session, due(), batch=page)
        if queued:
            log.info("personal check-ins: %d queued", queued)
        return queued

    def _personal_entry(
        self,
        session: Session,
        now: datetime,
        personal: PersonalCheckin,
        member: Member,
        community: Community,
        pref: CheckinPreference | None,
    ) -> Entry | None:
        """One due check-in: its next fire time updated, and the outbox entry if it is sent."""
        settings = self.feature.settings
        decision = check(
            personal_rule(personal.days, personal.local_time, personal.timezone),
            personal.next_fire_at,
            now,
            self.grace,
            awake_since=self.feature.awake_since,
            max_late=timedelta(hours=settings.response_window_hours),
        )
        active = personal.status == ACTIVE
        personal.next_fire_at = decision.next_fire_at if active else None
        session.add(personal)
        self._log_skips(f"personal check-in {personal.id}", decision.skipped, decision.skipped_more)
        if decision.send is None or not active:
            return None
        message = self._personal_message(session, personal, member, pref, decision.send)
        if message is None:
            return None
        personal.sent_count += 1
        dm = DirectMessage(
            user_id=member.external_id,
            message=message,
            fallback_channel=self.feature.hearth.config.community.general_channel,
        )
        key = f"checkin:p{personal.id}:{render.stamp(decision.send)}:{member.id}"
        return Entry(key, community.platform, community.external_id, dm, member_id=member.id)

    def _personal_message(
        self,
        session: Session,
        personal: PersonalCheckin,
        member: Member,
        pref: CheckinPreference | None,
        fire: datetime,
    ) -> Message | None:
        """The prompt to send at ``fire``, or None (logged) when it is held back."""
        reason = hold_reason(personal, pref, fire)
        if reason:
            log.info("personal check-in %s not sent: %s", personal.id, reason)
            return None
        assert personal.id is not None
        ref = render.prompt_ref("p", personal.id, fire)
        settings = self.feature.settings
        if self.feature.is_bereaved(session, member, pref):
            if settings.bereaved_mode == "none":
                log.info("personal check-in %s not sent: bereaved, mode none", personal.id)
                return None
            texts = settings.bereaved_prompts
            return render.gentle_prompt(texts[personal.sent_count % len(texts)], ref)
        texts = settings.personal_prompts
        return render.personal_prompt(texts[personal.sent_count % len(texts)], ref)

    def summaries(self, session: Session, now: datetime) -> None:
        """Queue the organizer's summary of every channel prompt that closed by ``now``."""
        for occurrence in store.unsummarized_closed(session, now):
            occurrence.summarized = True
            session.add(occurrence)
            schedule = session.get(CheckinSchedule, occurrence.schedule_id)
            if schedule is None:
                continue
            community = session.get(Community, schedule.community_id)
            assert community is not None
            message = self.summary_message(session, schedule, occurrence, community.platform)
            organizer = session.get(Member, schedule.created_by) if schedule.created_by else None
            action: Action = (
                DirectMessage(user_id=organizer.external_id, message=message)
                if organizer is not None
                else AlertOrganizers(message=message)
            )
            key = f"checkin:summary:s{schedule.id}:{render.stamp(occurrence.fire_at)}"
            self.feature.outbox.enqueue(
                session, [Entry(key, community.platform, community.external_id, action)]
            )

    def summary_message(
        self,
        session: Session,
        schedule: CheckinSchedule,
        occurrence: CheckinOccurrence,
        platform: str,
    ) -> Message:
        assert schedule.id is not None
        answers = store.answers(session, render.prompt_ref("s", schedule.id, occurrence.fire_at))
        earlier = []
        limit = self.feature.settings.trend_weeks
        for prev in store.earlier_occurrences(session, schedule.id, occurrence.fire_at, limit):
            ref = render.prompt_ref("s", schedule.id, prev.fire_at)
            moods = [a.mood for a in store.answers(session, ref) if a.mood is not None]
            earlier.append(summary.Earlier(prev.fire_at, len(moods), summary.average(moods)))
        return summary.build(
            name=schedule.name,
            channel=schedule.channel,
            local_when=render.local(occurrence.fire_at, schedule.timezone),
            answers=answers,
            earlier=earlier,
            threshold=self.feature.settings.low_mood_threshold,
            images=self.feature.hearth.capabilities(platform).images,
        )


def hold_reason(
    personal: PersonalCheckin, pref: CheckinPreference | None, fire: datetime
) -> str | None:
    """Why a personal prompt due at ``fire`` is held back (snoozed, paused), or None."""
    if personal.snoozed_until and personal.snoozed_until > fire:
        return "snoozed"
    if pref is not None:
        if pref.paused_until and pref.paused_until > fire:
            return "member paused all"
        if pref.organizer_paused_until and pref.organizer_paused_until > fire:
            return "paused by an organizer"
    return None
