"""Check-ins: channel prompts on a schedule, personal DM check-ins in each member's time zone,
gentle follow-ups for low moods, organizer summaries, and pauses that put life first.

Firing: each schedule row keeps ``next_fire_at``; :meth:`CheckinsFeature.tick` (tests, demo,
and the production interval job) and the per-schedule APScheduler cron jobs both call the same
due-check (:func:`bot.scheduling.due.check`), which applies the misfire rule documented there.
Sending goes through the paced outbox (:mod:`bot.outbox`) with keys
``checkin:<s|p><id>:<fire time>:<member id|channel>``, so a fan-out enqueued twice sends once.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shlex
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from sqlmodel import Session, col, delete, select

from bot.actions import Action, AlertModerators, AlertOrganizers, DirectMessage, OpenForm, Post
from bot.checkins import prompts, summary
from bot.checkins.models import (
    ACTIVE,
    OFF,
    PAUSED,
    CheckinOccurrence,
    CheckinPreference,
    CheckinResponse,
    CheckinSchedule,
    PersonalCheckin,
)
from bot.checkins.settings import CheckinsConfig
from bot.clock import FakeClock
from bot.context import Context
from bot.errors import UserError
from bot.events import ComponentPressed, FormSubmitted
from bot.feature import Feature
from bot.messages import Button, Form, FormInput, Message, Section
from bot.outbox.queue import Entry, Outbox, OutboxSettings
from bot.roles import Role
from bot.router import OptionSpec, Result, Router
from bot.scheduling.due import check
from bot.scheduling.rules import Rule, RuleError, next_fire, parse_rule, personal_rule, zone
from bot.storage.models import Community, Member

log = logging.getLogger(__name__)

DURATION = re.compile(r"^(\d+)\s*([dhw])$")
LOSS_WORDS = re.compile(
    r"\b(died|passed away|has passed|we lost (him|her|them)|funeral|bereaved"
    r"|gained (his|her) wings)\b",
    re.IGNORECASE,
)
YES = {"yes", "y", "share", "true", "1", "on"}


def parse_duration(text: str, default: timedelta | None = None) -> timedelta:
    text = (text or "").strip().lower()
    if not text and default is not None:
        return default
    match = DURATION.match(text)
    if not match:
        raise UserError(f"“{text}” is not a duration: write 3d (days), 12h (hours) or 2w (weeks).")
    n, unit = int(match[1]), match[2]
    if n <= 0 or n > 365:
        raise UserError("Pick a duration between 1 hour and a year.")
    return {"d": timedelta(days=n), "h": timedelta(hours=n), "w": timedelta(weeks=n)}[unit]


def stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(when: datetime, tz: str) -> str:
    return when.astimezone(zone(tz)).strftime("%a %d %b %H:%M")


class CheckinsFeature(Feature):
    name = "checkins"
    job_methods: ClassVar[tuple[str, ...]] = ("run_channel_job", "run_personal_due", "tick")

    def __init__(self, hearth) -> None:  # type: ignore[no-untyped-def]
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

    @property
    def grace(self) -> timedelta:
        return timedelta(minutes=self.settings.misfire_grace_minutes)

    # -- registration --------------------------------------------------------------------

    def register(self, router: Router) -> None:
        router.group("checkin", "Check-ins: mood prompts in a channel or by private message")
        name_opt = OptionSpec("name", "The check-in's name", autocomplete=True)
        router.command(
            "checkin schedule",
            "Schedule a channel check-in: NAME CHANNEL RULE TIMEZONE QUESTION",
            role=Role.ORGANIZER,
            options=(
                OptionSpec("name", "A short name, e.g. weekly", required=False),
                OptionSpec("channel", "Channel to post in", required=False),
                OptionSpec(
                    "rule", 'When: weekdays@09:00, mon,thu@19:30 or "0 9 * * 1"', required=False
                ),
                OptionSpec("timezone", "IANA time zone, e.g. America/Chicago", required=False),
                OptionSpec("question", "The question to ask", required=False, rest=True),
            ),
            examples=(
                "/checkin schedule weekly general sun@18:00 America/Chicago How was your week?",
                '/checkin schedule monday general "0 9 * * 1" Europe/London How are you?',
            ),
        )(self.schedule_command)
        router.command("checkin list", "Your check-ins (organizers: every schedule)")(
            self.list_command
        )
        for verb, text in (
            ("pause", "Pause a channel check-in"),
            ("delete", "Delete a channel check-in"),
        ):
            router.command(f"checkin {verb}", text, role=Role.ORGANIZER, options=(name_opt,))(
                getattr(self, f"{verb}_command")
            )
            router.autocomplete(f"checkin {verb}", "name")(self.complete_name)
        router.command(
            "checkin resume",
            "Resume your paused check-ins (organizers: resume a channel check-in by name)",
            options=(
                OptionSpec("name", "A channel check-in (organizers)", False, autocomplete=True),
            ),
        )(self.resume_command)
        router.autocomplete("checkin resume", "name")(self.complete_name)
        router.command(
            "checkin skip",
            "Skip dates (holidays) for a channel check-in: NAME 2026-12-25,2026-12-26",
            role=Role.ORGANIZER,
            options=(name_opt, OptionSpec("dates", "Local dates YYYY-MM-DD, comma separated")),
        )(self.skip_command)
        router.autocomplete("checkin skip", "name")(self.complete_name)
        router.command(
            "checkin on",
            "Get a private check-in on chosen days at your local time",
            options=(
                OptionSpec("days", "daily, weekdays, mon,thu...", required=False),
                OptionSpec("time", "Local time HH:MM (24-hour)", required=False),
                OptionSpec("timezone", "Your IANA time zone, if I don't know it", required=False),
            ),
            examples=("/checkin on mon,thu 19:00", "/checkin on daily 08:30 Europe/London"),
        )(self.on_command)
        router.command("checkin off", "Stop your private check-ins")(self.off_command)
        router.command(
            "checkin snooze",
            "Skip your private check-ins for a while",
            options=(OptionSpec("duration", "e.g. 3d, 12h, 2w"),),
        )(self.snooze_command)
        pause_opt = (OptionSpec("duration", "e.g. 7d (default a week)", required=False),)
        router.command(
            "checkin pause-all", "Pause every prompt and follow-up for a while", options=pause_opt
        )(self.pause_all_command)
        router.command(
            "pause", "Pause all check-ins for a while (life comes first)", options=pause_opt
        )(self.pause_all_command)
        router.command(
            "checkin pause-member",
            "Pause a member's check-ins and follow-ups",
            role=Role.ORGANIZER,
            options=(
                OptionSpec("user", "The member", kind="user"),
                OptionSpec("duration", "e.g. 14d (default 30d)", required=False),
            ),
        )(self.pause_member_command)
        router.command(
            "checkin resume-member",
            "Resume a member's check-ins",
            role=Role.ORGANIZER,
            options=(OptionSpec("user", "The member", kind="user"),),
        )(self.resume_member_command)
        router.command(
            "checkin gentle",
            "Only gentle prompts, no mood scale (for bereaved parents)",
            options=(OptionSpec("setting", "on or off", required=False, choices=("on", "off")),),
        )(self.gentle_command)
        router.command(
            "checkin share-name",
            "Let organizers see your name beside your answers (off by default)",
            options=(OptionSpec("setting", "on or off", choices=("on", "off")),),
        )(self.share_name_command)
        router.command(
            "checkin timezone",
            "Tell Hearth your time zone (e.g. America/Chicago)",
            options=(OptionSpec("timezone", "IANA time zone name"),),
        )(self.timezone_command)
        router.command(
            "checkin note",
            "Add a private note to your latest check-in answer",
            options=(OptionSpec("text", "Your note", rest=True),),
        )(self.note_command)
        router.component("checkin")(self.on_component)
        router.form("checkin")(self.on_form)

    # -- lifecycle -----------------------------------------------------------------------

    def _scheduler_wanted(self) -> bool:
        mode = self.settings.scheduler
        return mode == "on" or (mode == "auto" and not isinstance(self.hearth.clock, FakeClock))

    async def start(self) -> None:
        self.outbox.recover()
        if not self._scheduler_wanted():
            return
        from bot.scheduling.scheduler import Scheduler

        self.scheduler = Scheduler(self.hearth.db.engine, grace=self.grace)
        self.scheduler.start(self.hearth)
        self.sync_jobs()
        self.outbox.start()

    async def stop(self) -> None:
        await self.outbox.stop()
        if self.scheduler is not None:
            self.scheduler.shutdown()
            self.scheduler = None

    def sync_jobs(self) -> None:
        """Production: one cron job per active channel schedule, one per distinct personal
        slot (rule + time zone), and an interval safety net; all in the SQLAlchemy job store."""
        if self.scheduler is None:
            return
        with self.hearth.db.session() as session:
            schedules = session.exec(
                select(CheckinSchedule).where(col(CheckinSchedule.status) == ACTIVE)
            ).all()
            slots = session.exec(
                select(PersonalCheckin.days, PersonalCheckin.local_time, PersonalCheckin.timezone)
                .where(col(PersonalCheckin.status) == ACTIVE)
                .distinct()
            ).all()
        wanted: dict[str, tuple[Rule, str, str, tuple[Any, ...]]] = {}
        for s in schedules:
            wanted[f"checkins:channel:{s.id}"] = (
                Rule(s.cron, s.timezone),
                self.name,
                "run_channel_job",
                (s.id,),
            )
        for days, at, tz in slots:
            rule = personal_rule(days, at, tz)
            slot = hashlib.sha1(f"{rule.cron}|{tz}".encode()).hexdigest()[:12]
            wanted[f"checkins:personal:{slot}"] = (rule, self.name, "run_personal_due", ())
        self.scheduler.sync("checkins:", wanted)
        self.scheduler.every("checkins-tick", self.settings.tick_seconds, self.name, "tick")

    # -- due work (shared by tick() and the APScheduler jobs) ----------------------------

    async def tick(self) -> None:
        now = self.hearth.clock.now()
        with self.hearth.db.session() as session:
            for sched in session.exec(
                select(CheckinSchedule).where(
                    col(CheckinSchedule.next_fire_at).is_not(None),
                    col(CheckinSchedule.next_fire_at) <= now,
                )
            ).all():
                self._run_channel(session, sched, now)
            self._run_personal(session, now)
            self._summaries(session, now)
        await self.outbox.drain()

    async def run_channel_job(self, schedule_id: int) -> None:
        now = self.hearth.clock.now()
        with self.hearth.db.session() as session:
            sched = session.get(CheckinSchedule, schedule_id)
            if sched is not None:
                self._run_channel(session, sched, now)
        await self.outbox.drain()

    async def run_personal_due(self) -> None:
        now = self.hearth.clock.now()
        with self.hearth.db.session() as session:
            self._run_personal(session, now)
        await self.outbox.drain()

    def _log_skips(self, what: str, skipped: tuple[datetime, ...], more: bool) -> None:
        if skipped:
            log.warning(
                "%s: %d%s missed fire time(s) skipped (misfire rule: coalesce, grace %s); "
                "first %s, last %s",
                what,
                len(skipped),
                "+" if more else "",
                self.grace,
                stamp(skipped[0]),
                stamp(skipped[-1]),
            )

    def _run_channel(self, session: Session, sched: CheckinSchedule, now: datetime) -> None:
        rule = Rule(sched.cron, sched.timezone)
        decision = check(
            rule,
            sched.next_fire_at,
            now,
            self.grace,
            awake_since=self.awake_since,
            max_late=timedelta(hours=sched.window_hours),
        )
        sched.next_fire_at = decision.next_fire_at
        session.add(sched)
        self._log_skips(f"channel check-in {sched.id}", decision.skipped, decision.skipped_more)
        fire = decision.send
        if fire is None or sched.status != ACTIVE:
            return
        local_day = fire.astimezone(zone(sched.timezone)).date().isoformat()
        if local_day in sched.skip_dates.split(","):
            log.info("channel check-in %s skipped on %s (skip date)", sched.id, local_day)
            return
        if _occurrence(session, sched.id, fire) is not None:  # type: ignore[arg-type]
            return
        closes = fire + timedelta(hours=sched.window_hours)
        session.add(CheckinOccurrence(schedule_id=sched.id, fire_at=fire, closes_at=closes))  # type: ignore[arg-type]
        community = session.get(Community, sched.community_id)
        assert community is not None
        ref = prompts.prompt_ref("s", sched.id, fire)  # type: ignore[arg-type]
        message = prompts.channel_prompt(sched.question, ref, local(closes, sched.timezone))
        self.outbox.enqueue(
            session,
            [
                Entry(
                    f"checkin:s{sched.id}:{stamp(fire)}:channel",
                    community.platform,
                    community.external_id,
                    Post(channel=sched.channel, message=message),
                )
            ],
        )
        log.info(
            "channel check-in %s due at %s%s",
            sched.id,
            stamp(fire),
            " (late)" if decision.late else "",
        )

    def _run_personal(self, session: Session, now: datetime) -> int:
        """Fan out every personal check-in due at ``now`` into the outbox. Returns how many.
        Read and committed a page at a time (``Outbox.enqueue_many``): short transactions."""
        page = self.outbox.settings.batch
        onboarding = self.hearth.features.get("onboarding")

        def due() -> Iterator[Entry]:
            after = 0
            while True:
                rows = session.exec(
                    select(PersonalCheckin, Member, Community, CheckinPreference)
                    .join(Member, col(Member.id) == PersonalCheckin.member_id)
                    .join(Community, col(Community.id) == PersonalCheckin.community_id)
                    .outerjoin(CheckinPreference, col(CheckinPreference.member_id) == Member.id)
                    .where(
                        col(PersonalCheckin.id) > after,
                        col(PersonalCheckin.next_fire_at).is_not(None),
                        col(PersonalCheckin.next_fire_at) <= now,
                    )
                    .order_by(col(PersonalCheckin.id))
                    .limit(page)
                ).all()
                for pc, member, community, pref in rows:
                    entry = self._personal_entry(
                        session, now, pc, member, community, pref, onboarding
                    )
                    if entry is not None:
                        yield entry
                if len(rows) < page:
                    return
                after = rows[-1][0].id

        queued = self.outbox.enqueue_many(session, due(), batch=page)
        if queued:
            log.info("personal check-ins: %d queued", queued)
        return queued

    def _personal_entry(
        self,
        session: Session,
        now: datetime,
        pc: PersonalCheckin,
        member: Member,
        community: Community,
        pref: CheckinPreference | None,
        onboarding: Any,
    ) -> Entry | None:
        rule = personal_rule(pc.days, pc.local_time, pc.timezone)
        decision = check(
            rule,
            pc.next_fire_at,
            now,
            self.grace,
            awake_since=self.awake_since,
            max_late=timedelta(hours=self.settings.response_window_hours),
        )
        pc.next_fire_at = decision.next_fire_at if pc.status == ACTIVE else None
        session.add(pc)
        self._log_skips(f"personal check-in {pc.id}", decision.skipped, decision.skipped_more)
        fire = decision.send
        if fire is None or pc.status != ACTIVE:
            return None
        reason = self._hold_reason(pc, pref, fire)
        if reason:
            log.info("personal check-in %s not sent: %s", pc.id, reason)
            return None
        ref = prompts.prompt_ref("p", pc.id, fire)  # type: ignore[arg-type]
        if self._bereaved(session, member, pref, onboarding):
            if self.settings.bereaved_mode == "none":
                log.info("personal check-in %s not sent: bereaved, mode none", pc.id)
                return None
            texts = self.settings.bereaved_prompts
            message = prompts.gentle_prompt(texts[pc.sent_count % len(texts)], ref)
        else:
            texts = self.settings.personal_prompts
            message = prompts.personal_prompt(texts[pc.sent_count % len(texts)], ref)
        pc.sent_count += 1
        return Entry(
            f"checkin:p{pc.id}:{stamp(fire)}:{member.id}",
            community.platform,
            community.external_id,
            DirectMessage(
                user_id=member.external_id,
                message=message,
                fallback_channel=self.hearth.config.community.general_channel,
            ),
            member_id=member.id,
        )

    @staticmethod
    def _hold_reason(
        pc: PersonalCheckin, pref: CheckinPreference | None, fire: datetime
    ) -> str | None:
        if pc.snoozed_until and pc.snoozed_until > fire:
            return "snoozed"
        if pref is not None:
            if pref.paused_until and pref.paused_until > fire:
                return "member paused all"
            if pref.organizer_paused_until and pref.organizer_paused_until > fire:
                return "paused by an organizer"
        return None

    def _bereaved(
        self,
        session: Session,
        member: Member,
        pref: CheckinPreference | None,
        onboarding: Any = None,
    ) -> bool:
        if pref is not None and pref.gentle:
            return True
        if onboarding is None:
            onboarding = self.hearth.features.get("onboarding")
        stage = getattr(onboarding, "stage", None)
        if stage is None:
            return False
        try:
            return stage(session, member) == "bereaved"
        except Exception:
            log.exception("onboarding stage lookup failed for member %s", member.id)
            return False

    def _summaries(self, session: Session, now: datetime) -> None:
        for occ in session.exec(
            select(CheckinOccurrence).where(
                col(CheckinOccurrence.summarized).is_(False),
                col(CheckinOccurrence.closes_at) <= now,
            )
        ).all():
            occ.summarized = True
            session.add(occ)
            sched = session.get(CheckinSchedule, occ.schedule_id)
            if sched is None:
                continue
            community = session.get(Community, sched.community_id)
            assert community is not None
            message = self._summary_message(session, sched, occ, community.platform)
            organizer = session.get(Member, sched.created_by) if sched.created_by else None
            action: Action = (
                DirectMessage(user_id=organizer.external_id, message=message)
                if organizer is not None
                else AlertOrganizers(message=message)
            )
            self.outbox.enqueue(
                session,
                [
                    Entry(
                        f"checkin:summary:s{sched.id}:{stamp(occ.fire_at)}",
                        community.platform,
                        community.external_id,
                        action,
                    )
                ],
            )

    def _answers(self, session: Session, ref: str) -> list[summary.Answer]:
        rows = session.exec(
            select(CheckinResponse, Member, CheckinPreference)
            .join(Member, col(Member.id) == CheckinResponse.member_id)
            .outerjoin(CheckinPreference, col(CheckinPreference.member_id) == Member.id)
            .where(CheckinResponse.prompt_ref == ref)
        ).all()
        out = []
        for response, member, pref in rows:
            named = pref is not None and pref.share_name
            out.append(
                summary.Answer(
                    mood=response.mood,
                    name=member.display_name if named else None,
                    note=response.note if response.share_note else None,
                )
            )
        return out

    def _summary_message(
        self, session: Session, sched: CheckinSchedule, occ: CheckinOccurrence, platform: str
    ) -> Message:
        answers = self._answers(session, prompts.prompt_ref("s", sched.id, occ.fire_at))  # type: ignore[arg-type]
        earlier = []
        for prev in session.exec(
            select(CheckinOccurrence)
            .where(
                CheckinOccurrence.schedule_id == sched.id,
                col(CheckinOccurrence.fire_at) < occ.fire_at,
            )
            .order_by(col(CheckinOccurrence.fire_at).desc())
            .limit(self.settings.trend_weeks)
        ).all():
            moods = [
                a.mood
                for a in self._answers(session, prompts.prompt_ref("s", sched.id, prev.fire_at))  # type: ignore[arg-type]
                if a.mood is not None
            ]
            earlier.append(summary.Earlier(prev.fire_at, len(moods), summary.average(moods)))
        return summary.build(
            name=sched.name,
            channel=sched.channel,
            local_when=local(occ.fire_at, sched.timezone),
            answers=answers,
            earlier=earlier,
            threshold=self.settings.low_mood_threshold,
            images=self.hearth.capabilities(platform).images,
        )

    # -- helpers -------------------------------------------------------------------------

    def _pref(self, ctx_or_session: Context | Session, member: Member) -> CheckinPreference:
        session = ctx_or_session.session if isinstance(ctx_or_session, Context) else ctx_or_session
        pref = session.get(CheckinPreference, member.id)
        if pref is None:
            pref = CheckinPreference(member_id=member.id)  # type: ignore[arg-type]
            session.add(pref)
        return pref

    def _schedule(self, ctx: Context, name: str) -> CheckinSchedule:
        sched = ctx.session.exec(
            select(CheckinSchedule).where(
                CheckinSchedule.community_id == ctx.community.id,
                CheckinSchedule.name == name.strip().lower(),
            )
        ).first()
        if sched is None:
            known = ", ".join(self._names(ctx)) or "none yet"
            raise UserError(f"There is no check-in called “{name}”. Check-ins: {known}.")
        return sched

    def _names(self, ctx: Context) -> list[str]:
        return list(
            ctx.session.exec(
                select(CheckinSchedule.name)
                .where(CheckinSchedule.community_id == ctx.community.id)
                .order_by(col(CheckinSchedule.name))
            ).all()
        )

    async def complete_name(self, ctx: Context, partial: str) -> list[str]:
        partial = partial.strip().lower()
        return [n for n in self._names(ctx) if partial in n]

    def _find_member(self, ctx: Context, who: str) -> Member:
        ident = who.strip().strip("<>").lstrip("@!").lower()
        member = ctx.session.exec(
            select(Member).where(
                Member.community_id == ctx.community.id,
                (col(Member.external_id) == who.strip().strip("<>").lstrip("@!"))
                | (col(Member.display_name).ilike(ident)),
            )
        ).first()
        if member is None:
            raise UserError(f"I don't know a member called “{who}” here.")
        return member

    def _personal(self, ctx: Context) -> PersonalCheckin | None:
        return ctx.session.exec(
            select(PersonalCheckin).where(PersonalCheckin.member_id == ctx.member.id)
        ).first()

    # -- organizer commands --------------------------------------------------------------

    async def schedule_command(self, ctx: Context) -> Result:
        opts = ctx.options
        if not opts.get("name"):
            if ctx.capabilities.forms:
                return OpenForm(form=schedule_form(ctx.config.community.general_channel))
            raise UserError(
                "Usage: /checkin schedule NAME CHANNEL RULE TIMEZONE QUESTION, e.g. "
                "/checkin schedule weekly general sun@18:00 America/Chicago How was your week?"
            )
        rule_text = opts.get("rule", "")
        rest = " ".join(x for x in (opts.get("timezone", ""), opts.get("question", "")) if x)
        if rule_text[:1] in "\"'":
            # A quoted crontab line was split on spaces by the text parser: re-join and re-split.
            try:
                words = shlex.split(f"{rule_text} {rest}")
            except ValueError:
                raise UserError("The rule's quotes don't match: write \"0 9 * * 1\".") from None
            rule_text, rest = words[0], " ".join(words[1:])
        tz, _, question = rest.partition(" ")
        return self._create_schedule(
            ctx, opts["name"], opts.get("channel", ""), rule_text, tz, question
        )

    def _create_schedule(
        self, ctx: Context, name: str, channel: str, rule_text: str, tz: str, question: str
    ) -> Result:
        name = name.strip().lower()
        channel = channel.strip().lstrip("#")
        if not re.fullmatch(r"[a-z0-9_-]{1,64}", name):
            raise UserError("A check-in name is one word: letters, digits, '-' or '_'.")
        if not channel or not rule_text or not tz:
            raise UserError(
                "Usage: /checkin schedule NAME CHANNEL RULE TIMEZONE QUESTION, e.g. "
                "/checkin schedule weekly general sun@18:00 America/Chicago How was your week?"
            )
        try:
            rule = parse_rule(rule_text, tz)
        except RuleError as exc:
            raise UserError(str(exc)) from None
        exists = ctx.session.exec(
            select(CheckinSchedule).where(
                CheckinSchedule.community_id == ctx.community.id, CheckinSchedule.name == name
            )
        ).first()
        if exists is not None:
            raise UserError(f"There is already a check-in called “{name}”. Delete it first.")
        first = next_fire(rule, ctx.now)
        sched = CheckinSchedule(
            community_id=ctx.community.id,  # type: ignore[arg-type]
            name=name,
            channel=channel,
            cron=rule.cron,
            timezone=tz,
            question=(question.strip() or self.settings.default_question)[:500],
            window_hours=self.settings.response_window_hours,
            created_by=ctx.member.id,
            next_fire_at=first,
        )
        ctx.session.add(sched)
        ctx.session.flush()
        self._after_commit_sync()
        when = local(first, tz) if first else "never"
        return ctx.reply(
            f"Scheduled “{name}” in #{channel}: {rule.describe()}. First prompt {when} "
            f"({tz}). Answers stay open {sched.window_hours}h, then you get a summary by DM."
        )

    def _after_commit_sync(self) -> None:
        if self.scheduler is not None:
            import asyncio

            asyncio.get_running_loop().call_soon(self.sync_jobs)

    async def list_command(self, ctx: Context) -> Result:
        lines: list[str] = []
        sections: list[Section] = []
        schedules = ctx.session.exec(
            select(CheckinSchedule)
            .where(CheckinSchedule.community_id == ctx.community.id)
            .order_by(col(CheckinSchedule.name))
        ).all()
        for s in schedules:
            nxt = local(s.next_fire_at, s.timezone) if s.next_fire_at else "—"
            context = "paused" if s.status == PAUSED else f"next {nxt}"
            if ctx.role >= Role.ORGANIZER and s.skip_dates:
                context += f" · skipping {s.skip_dates}"
            sections.append(
                Section(
                    text=f"#{s.channel}: {Rule(s.cron, s.timezone).describe()}"
                    + (f"\n“{s.question}”" if ctx.role >= Role.ORGANIZER else ""),
                    title=s.name,
                    context=context,
                )
            )
        pc = self._personal(ctx)
        if pc is None or pc.status == OFF:
            lines.append("Your private check-ins are off (/checkin on to start).")
        else:
            state = pc.status
            if pc.snoozed_until and pc.snoozed_until > ctx.now:
                state = f"snoozed until {local(pc.snoozed_until, pc.timezone)}"
            nxt = local(pc.next_fire_at, pc.timezone) if pc.next_fire_at else "—"
            when = personal_rule(pc.days, pc.local_time, pc.timezone).describe()
            lines.append(f"Your private check-ins: {when}, {state}; next {nxt}.")
        pref = ctx.session.get(CheckinPreference, ctx.member.id)
        if pref is not None and pref.paused_until and pref.paused_until > ctx.now:
            lines.append(f"All prompts paused until {local(pref.paused_until, self._tz(ctx))}.")
        if not schedules:
            lines.append("No channel check-ins are scheduled.")
        return ctx.reply("\n".join(lines), title="Check-ins", sections=tuple(sections))

    async def pause_command(self, ctx: Context) -> Result:
        sched = self._schedule(ctx, ctx.options["name"])
        sched.status = PAUSED
        ctx.session.add(sched)
        self._after_commit_sync()
        return ctx.reply(f"Paused “{sched.name}”. /checkin resume {sched.name} to start again.")

    async def resume_command(self, ctx: Context) -> Result:
        name = ctx.options.get("name", "").strip()
        if name:
            if ctx.role < Role.ORGANIZER:
                raise UserError(
                    "Only organizers resume channel check-ins; /checkin resume alone "
                    "resumes your own."
                )
            sched = self._schedule(ctx, name)
            sched.status = ACTIVE
            sched.next_fire_at = next_fire(Rule(sched.cron, sched.timezone), ctx.now)
            ctx.session.add(sched)
            self._after_commit_sync()
            when = local(sched.next_fire_at, sched.timezone) if sched.next_fire_at else "never"
            return ctx.reply(f"Resumed “{sched.name}”. Next prompt {when}.")
        pref = self._pref(ctx, ctx.member)
        pref.paused_until = None
        pc = self._personal(ctx)
        if pc is not None:
            pc.snoozed_until = None
            ctx.session.add(pc)
        return ctx.reply("Welcome back: your check-ins are on again.")

    async def delete_command(self, ctx: Context) -> Result:
        sched = self._schedule(ctx, ctx.options["name"])
        occurrences = ctx.session.exec(
            select(CheckinOccurrence).where(CheckinOccurrence.schedule_id == sched.id)
        ).all()
        for occ in occurrences:
            ref = prompts.prompt_ref("s", sched.id, occ.fire_at)  # type: ignore[arg-type]
            ctx.session.exec(delete(CheckinResponse).where(col(CheckinResponse.prompt_ref) == ref))  # type: ignore[call-overload]
            ctx.session.delete(occ)
        ctx.session.flush()
        ctx.session.delete(sched)
        self._after_commit_sync()
        return ctx.reply(f"Deleted “{sched.name}” and its answers.")

    async def skip_command(self, ctx: Context) -> Result:
        sched = self._schedule(ctx, ctx.options["name"])
        dates = set(filter(None, sched.skip_dates.split(",")))
        for raw in re.split(r"[,\s]+", ctx.options["dates"].strip()):
            if not raw:
                continue
            try:
                dates.add(datetime.strptime(raw, "%Y-%m-%d").date().isoformat())
            except ValueError:
                raise UserError(f"“{raw}” is not a date: use YYYY-MM-DD.") from None
        sched.skip_dates = ",".join(sorted(dates))[:2000]
        ctx.session.add(sched)
        return ctx.reply(f"“{sched.name}” will skip: {sched.skip_dates} ({sched.timezone} dates).")

    async def pause_member_command(self, ctx: Context) -> Result:
        member = self._find_member(ctx, ctx.options["user"])
        span = parse_duration(ctx.options.get("duration", ""), timedelta(days=30))
        pref = self._pref(ctx, member)
        pref.organizer_paused_until = ctx.now + span
        self.outbox.cancel_member(ctx.session, member.id, "checkin:")  # type: ignore[arg-type]
        return ctx.reply(
            f"Paused check-ins and follow-ups for {member.display_name} until "
            f"{pref.organizer_paused_until:%d %b %Y}. /checkin resume-member to undo."
        )

    async def resume_member_command(self, ctx: Context) -> Result:
        member = self._find_member(ctx, ctx.options["user"])
        self._pref(ctx, member).organizer_paused_until = None
        return ctx.reply(f"Check-ins for {member.display_name} are back on.")

    # -- member commands -----------------------------------------------------------------

    def _tz(self, ctx: Context) -> str:
        return ctx.member.timezone or ctx.event.actor.timezone or self.settings.default_timezone

    async def on_command(self, ctx: Context) -> Result:
        days = ctx.options.get("days", "") or "daily"
        at = ctx.options.get("time", "") or "19:00"
        tz_opt = ctx.options.get("timezone", "")
        if re.fullmatch(r"\d{1,2}:\d{2}", days):  # "/checkin on 19:00 [TZ]"
            days, at, tz_opt = "daily", days, ctx.options.get("time", "") or tz_opt
        assumed = False
        if tz_opt:
            try:
                zone(tz_opt)
            except RuleError as exc:
                raise UserError(str(exc)) from None
            ctx.member.timezone = tz_opt
            tz = tz_opt
        elif ctx.member.timezone or ctx.event.actor.timezone:
            tz = ctx.member.timezone or ctx.event.actor.timezone  # type: ignore[assignment]
        else:
            tz, assumed = self.settings.default_timezone, True
        try:
            rule = personal_rule(days, at, tz)
        except RuleError as exc:
            raise UserError(str(exc)) from None
        pc = self._personal(ctx)
        if pc is None:
            pc = PersonalCheckin(
                community_id=ctx.community.id,  # type: ignore[arg-type]
                member_id=ctx.member.id,  # type: ignore[arg-type]
                days=days.lower(),
                local_time=at,
                timezone=tz,
            )
        pc.days, pc.local_time, pc.timezone = (
            rule.cron.split()[4],
            f"{int(at.split(':')[0]):02d}:{at.split(':')[1]}",
            tz,
        )
        pc.timezone_assumed = assumed
        pc.status = ACTIVE
        pc.snoozed_until = None
        pc.next_fire_at = next_fire(rule, ctx.now)
        ctx.session.add(pc)
        self._after_commit_sync()
        text = (
            f"Private check-ins on: {rule.describe()}. The first arrives "
            f"{local(pc.next_fire_at, tz) if pc.next_fire_at else 'never'} your time."
        )
        if assumed:
            text += (
                f"\nI don't know your time zone yet, so I used {tz} (the community default). "
                "Tell me yours with /checkin timezone America/Chicago (any IANA name)."
            )
        text += "\nStop any time with /checkin off, or /checkin snooze 3d."
        return ctx.reply(text)

    async def off_command(self, ctx: Context) -> Result:
        pc = self._personal(ctx)
        if pc is None or pc.status == OFF:
            return ctx.reply("Your private check-ins are already off.")
        pc.status, pc.next_fire_at = OFF, None
        ctx.session.add(pc)
        self.outbox.cancel_member(ctx.session, ctx.member.id, "checkin:")  # type: ignore[arg-type]
        self._after_commit_sync()
        return ctx.reply("Private check-ins are off. /checkin on brings them back any time.")

    async def snooze_command(self, ctx: Context) -> Result:
        pc = self._personal(ctx)
        if pc is None or pc.status == OFF:
            raise UserError("You have no private check-ins to snooze (/checkin on to start).")
        span = parse_duration(ctx.options["duration"])
        pc.snoozed_until = ctx.now + span
        ctx.session.add(pc)
        self.outbox.cancel_member(ctx.session, ctx.member.id, "checkin:")  # type: ignore[arg-type]
        return ctx.reply(
            f"Snoozed until {local(pc.snoozed_until, pc.timezone)} your time. "
            "/checkin resume to start earlier."
        )

    async def pause_all_command(self, ctx: Context) -> Result:
        span = parse_duration(ctx.options.get("duration", ""), timedelta(days=7))
        return ctx.reply(self._pause_all(ctx, span))

    def _pause_all(self, ctx: Context, span: timedelta) -> str:
        pref = self._pref(ctx, ctx.member)
        pref.paused_until = ctx.now + span
        self.outbox.cancel_member(ctx.session, ctx.member.id, "checkin:")  # type: ignore[arg-type]
        return (
            f"All check-ins paused until {local(pref.paused_until, self._tz(ctx))}. "
            "Take care of yourselves; nothing will arrive until then. /checkin resume to "
            "start earlier."
        )

    async def gentle_command(self, ctx: Context) -> Result:
        on = ctx.options.get("setting", "on").lower() != "off"
        self._pref(ctx, ctx.member).gentle = on
        if on:
            return ctx.reply(
                "From now on your check-ins will be gentle, with no mood scale. We're so sorry. "
                "/checkin off stops them completely."
            )
        return ctx.reply("Your check-ins are back to the usual questions.")

    async def share_name_command(self, ctx: Context) -> Result:
        on = ctx.options["setting"].lower() == "on"
        self._pref(ctx, ctx.member).share_name = on
        if on:
            return ctx.reply("Organizers may now see your name beside your check-in answers.")
        return ctx.reply("Your name stays off organizer summaries (totals only).")

    async def timezone_command(self, ctx: Context) -> Result:
        tz = ctx.options["timezone"].strip()
        try:
            zone(tz)
        except RuleError as exc:
            raise UserError(str(exc)) from None
        ctx.member.timezone = tz
        ctx.session.add(ctx.member)
        pc = self._personal(ctx)
        extra = ""
        if pc is not None and pc.status == ACTIVE:
            pc.timezone, pc.timezone_assumed = tz, False
            pc.next_fire_at = next_fire(personal_rule(pc.days, pc.local_time, tz), ctx.now)
            ctx.session.add(pc)
            self._after_commit_sync()
            extra = f" Your next check-in: {local(pc.next_fire_at, tz)} your time."  # type: ignore[arg-type]
        return ctx.reply(f"Time zone set to {tz}.{extra}")

    async def note_command(self, ctx: Context) -> Result:
        latest = ctx.session.exec(
            select(CheckinResponse)
            .where(CheckinResponse.member_id == ctx.member.id)
            .order_by(col(CheckinResponse.updated_at).desc())
        ).first()
        if latest is None:
            raise UserError("Answer a check-in first, then add a note to it.")
        return await self._save_note(ctx, latest.prompt_ref, ctx.options["text"], share=False)

    # -- buttons and forms ---------------------------------------------------------------

    async def on_component(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, ComponentPressed)
        parts = event.action_id.split(":")
        verb = parts[1] if len(parts) > 1 else ""
        if verb == "mood" and len(parts) == 4 and parts[3].isdigit():
            return await self._mood(ctx, parts[2], int(parts[3]))
        if verb == "note" and len(parts) == 3:
            self._prompt_check(ctx, parts[2])
            if not ctx.capabilities.forms:
                return ctx.reply("Add a note with /checkin note YOUR WORDS (it stays private).")
            return OpenForm(form=note_form(parts[2]))
        if verb == "connect":
            return self._connect(ctx)
        if verb == "pauseall":
            return ctx.reply(self._pause_all(ctx, timedelta(days=7)))
        if verb == "gentle":
            self._pref(ctx, ctx.member).gentle = True
            return ctx.reply("Understood. From now on, only gentle check-ins. We're so sorry.")
        return ctx.reply("That button is no longer in use.")

    async def on_form(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, FormSubmitted)
        parts = event.form_id.split(":")
        if parts[1:2] == ["schedule"]:
            if ctx.role < Role.ORGANIZER:
                raise UserError("Only organizers schedule channel check-ins.")
            v = event.values
            return self._create_schedule(
                ctx,
                v.get("name", ""),
                v.get("channel", ""),
                v.get("rule", ""),
                v.get("timezone", "").strip(),
                v.get("question", ""),
            )
        if parts[1:2] == ["note"] and len(parts) == 3:
            share = event.values.get("share", "").strip().lower() in YES
            return await self._save_note(ctx, parts[2], event.values.get("note", ""), share=share)
        return ctx.reply("That form is no longer in use.")

    def _prompt_check(self, ctx: Context, ref: str) -> tuple[str, int, datetime]:
        parsed = prompts.parse_ref(ref)
        if parsed is None:
            raise UserError("That check-in is no longer available.")
        kind, owner, epoch = parsed
        fire = datetime.fromtimestamp(epoch, UTC)
        if kind == "s":
            sched = ctx.session.get(CheckinSchedule, owner)
            if sched is None or sched.community_id != ctx.community.id:
                raise UserError("That check-in is no longer available.")
            window = timedelta(hours=sched.window_hours)
        else:
            pc = ctx.session.get(PersonalCheckin, owner)
            if pc is None or pc.member_id != ctx.member.id:
                raise UserError("That check-in was meant for someone else.")
            window = timedelta(hours=self.settings.response_window_hours)
        if ctx.now > fire + window:
            raise UserError("This check-in has closed. Thank you all the same.")
        return kind, owner, fire

    def _response(self, ctx: Context, ref: str, occurrence_id: int | None) -> CheckinResponse:
        response = ctx.session.exec(
            select(CheckinResponse).where(
                CheckinResponse.prompt_ref == ref, CheckinResponse.member_id == ctx.member.id
            )
        ).first()
        if response is None:
            response = CheckinResponse(
                prompt_ref=ref,
                occurrence_id=occurrence_id,
                member_id=ctx.member.id,  # type: ignore[arg-type]
            )
        response.updated_at = ctx.now
        ctx.session.add(response)
        return response

    async def _mood(self, ctx: Context, ref: str, mood: int) -> Result:
        if not 1 <= mood <= 5:
            raise UserError("Moods go from 1 to 5.")
        kind, owner, fire = self._prompt_check(ctx, ref)
        occurrence_id = None
        if kind == "s":
            occ = _occurrence(ctx.session, owner, fire)
            if occ is None:
                raise UserError("That check-in is no longer available.")
            occurrence_id = occ.id
        response = self._response(ctx, ref, occurrence_id)
        response.mood = mood
        pref = ctx.session.get(CheckinPreference, ctx.member.id)
        held = (
            pref is not None
            and pref.organizer_paused_until
            and pref.organizer_paused_until > ctx.now
        )
        if mood > self.settings.low_mood_threshold or held:
            return ctx.reply(
                f"Thanks, {ctx.member.display_name or 'friend'}: noted ({mood}/5). "
                "Only totals reach the organizers.",
                buttons=(Button(f"checkin:note:{ref}", "Add a note"),),
            )
        return self._follow_up(ctx, ref, pref)

    def _follow_up(self, ctx: Context, ref: str, pref: CheckinPreference | None) -> Action:
        bereaved = self._bereaved(ctx.session, ctx.member, pref)
        sections: tuple[Section, ...] = ()
        resources = self.hearth.features.get("resources")
        if resources is not None:
            from bot.resources.search import rank

            query = "bereavement grief" if bereaved else "coping caregiver stress"
            region = ctx.member.region or ctx.config.community.region
            matches = rank(resources.directory.entries, query, region=region)[:2]  # type: ignore[attr-defined]
            sections = tuple(
                Section(text=m.resource.summary, title=m.resource.title, url=m.resource.url)
                for m in matches
            )
        message = prompts.follow_up(
            sections,
            ref,
            mentor_available="mentor" in self.hearth.router.components,
            bereaved=bereaved,
        )
        return (
            DirectMessage(user_id=ctx.member.external_id, message=message)
            if not (ctx.event.place.direct or ctx.capabilities.ephemeral)
            else ctx.reply(message.text, **_message_kwargs(message))
        )

    def _connect(self, ctx: Context) -> list[Action]:
        name = ctx.member.display_name or ctx.member.external_id
        alert = AlertModerators(
            message=Message(
                title="A member would like to talk",
                text=f"{name} asked to be connected with a moderator after a check-in. Not "
                "urgent: please reach out privately when you can.",
            ),
            urgent=False,
        )
        return [
            alert,
            ctx.reply(
                "I've let the moderators know privately; one of them will reach out to you. "
                "If you are in danger right now, please call your local emergency number."
            ),
        ]

    async def _save_note(self, ctx: Context, ref: str, note: str, *, share: bool) -> Result:
        note = note.strip()[:2000]
        if not note:
            raise UserError("The note was empty, so nothing was saved.")
        kind, owner, fire = self._prompt_check(ctx, ref)
        occurrence_id = None
        if kind == "s":
            occ = _occurrence(ctx.session, owner, fire)
            occurrence_id = occ.id if occ else None
        response = self._response(ctx, ref, occurrence_id)
        response.note, response.share_note = note, share
        actions: list[Action] = []
        moderation = self.hearth.features.get("moderation")
        screen = getattr(moderation, "screen", None)
        if screen is not None:
            try:
                care = await screen(ctx, note, source="checkin")
            except Exception:
                log.exception("moderation screen failed for a check-in note")
                care = None
            if isinstance(care, Action):
                care = [care]
            actions.extend(care or [])
        if actions:
            # The crisis care path speaks for itself; keep our acknowledgement short.
            actions.append(ctx.reply("Your note is saved privately."))
            return actions
        text = "Thank you. Your note is saved" + (
            " and shared with the organizers." if share else "; only you can see it."
        )
        buttons: tuple[Button, ...] = ()
        pref = ctx.session.get(CheckinPreference, ctx.member.id)
        if LOSS_WORDS.search(note) and not (pref and pref.gentle):
            text += (
                "\nWe are so sorry. If you'd like, your check-ins can be gentle from now on, "
                "with no mood scale."
            )
            buttons = (Button("checkin:gentle:on", "Only gentle check-ins"),)
        return ctx.reply(text, buttons=buttons)

    # -- member data ---------------------------------------------------------------------

    def export_member(self, session: Session, member: Member) -> dict[str, Any]:
        pc = session.exec(
            select(PersonalCheckin).where(PersonalCheckin.member_id == member.id)
        ).first()
        pref = session.get(CheckinPreference, member.id)
        responses = session.exec(
            select(CheckinResponse)
            .where(CheckinResponse.member_id == member.id)
            .order_by(col(CheckinResponse.created_at))
        ).all()
        return {
            "personal_checkin": None
            if pc is None
            else {
                "days": pc.days,
                "local_time": pc.local_time,
                "timezone": pc.timezone,
                "status": pc.status,
                "snoozed_until": pc.snoozed_until.isoformat() if pc.snoozed_until else None,
            },
            "preferences": None
            if pref is None
            else {
                "paused_until": pref.paused_until.isoformat() if pref.paused_until else None,
                "gentle": pref.gentle,
                "share_name": pref.share_name,
            },
            "responses": [
                {
                    "prompt": r.prompt_ref,
                    "mood": r.mood,
                    "note": r.note,
                    "note_shared": r.share_note,
                    "at": r.updated_at.isoformat(),
                }
                for r in responses
            ],
        }

    def forget_member(self, session: Session, member: Member) -> None:
        for model in (CheckinResponse, PersonalCheckin, CheckinPreference):
            session.exec(delete(model).where(col(model.member_id) == member.id))  # type: ignore[call-overload]
        for sched in session.exec(
            select(CheckinSchedule).where(CheckinSchedule.created_by == member.id)
        ).all():
            sched.created_by = None
            session.add(sched)
        self.outbox.forget_member(session, member.id)  # type: ignore[arg-type]


def _occurrence(session: Session, schedule_id: int, fire: datetime) -> CheckinOccurrence | None:
    """The posted prompt of channel schedule ``schedule_id`` at ``fire``, if it still exists."""
    return session.exec(
        select(CheckinOccurrence).where(
            CheckinOccurrence.schedule_id == schedule_id, CheckinOccurrence.fire_at == fire
        )
    ).first()


def _message_kwargs(message: Message) -> dict[str, Any]:
    return {
        "title": message.title,
        "sections": message.sections,
        "buttons": message.buttons,
        "footer": message.footer,
    }


def note_form(ref: str) -> Form:
    return Form(
        form_id=f"checkin:note:{ref}",
        title="A note with your check-in",
        inputs=(
            FormInput("note", "Anything you'd like to add", style="paragraph", max_length=2000),
            FormInput(
                "share",
                "Share this note with the organizers? (yes/no)",
                required=False,
                placeholder="no",
                max_length=3,
            ),
        ),
        intro="Notes are private to you unless you choose to share them.",
        context={"ref": ref},
    )


def schedule_form(channel: str) -> Form:
    return Form(
        form_id="checkin:schedule",
        title="Schedule a channel check-in",
        inputs=(
            FormInput("name", "Name (one word)", placeholder="weekly", max_length=64),
            FormInput("channel", "Channel", default=channel, max_length=100),
            FormInput("rule", "When", placeholder="sun@18:00 or 0 9 * * 1", max_length=100),
            FormInput("timezone", "Time zone", placeholder="America/Chicago", max_length=64),
            FormInput("question", "Question", style="paragraph", max_length=500, required=False),
        ),
    )


__all__ = ["CheckinsFeature", "parse_duration"]
