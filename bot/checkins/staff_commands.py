"""Organizer check-in commands: ``/checkin schedule|pause|resume NAME|delete|skip|
pause-member|resume-member`` and the check-in name autocomplete.

Every command here is for organizers (``ROLE``, checked by the router before a handler runs;
the schedule form re-checks it). A mistake the organizer can fix (an unknown name, a bad rule,
time zone, date or duration) is a :class:`UserError` naming the fix; nothing is half-saved.
"""

from __future__ import annotations

import re
import shlex
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel import col, delete

from bot.actions import OpenForm
from bot.checkins import render, store
from bot.checkins.models import ACTIVE, PAUSED, CheckinResponse, CheckinSchedule
from bot.context import Context
from bot.durations import parse_pause
from bot.errors import UserError
from bot.member_lookup import member_or_error
from bot.roles import Role
from bot.router import OptionSpec, Result, Router
from bot.scheduling.rules import Rule, RuleError, next_fire, parse_rule, zone
from bot.storage.models import Member
from bot.timezones import resolve

if TYPE_CHECKING:
    from bot.checkins.feature import CheckinsFeature

ROLE = Role.ORGANIZER
USAGE = (
    "Usage: /checkin schedule NAME CHANNEL RULE TIMEZONE QUESTION, e.g. "
    "/checkin schedule weekly general sun@18:00 America/Chicago How was your week?"
)
NAME = OptionSpec("name", "The check-in's name", autocomplete=True)
USER = OptionSpec("user", "The member", kind="user")
SCHEDULE_OPTIONS = (
    OptionSpec("name", "A short name, e.g. weekly", required=False),
    OptionSpec("channel", "Channel to post in", required=False),
    OptionSpec("rule", 'When: weekdays@09:00, mon,thu@19:30 or "0 9 * * 1"', required=False),
    OptionSpec("timezone", "IANA time zone, e.g. America/Chicago", required=False),
    OptionSpec("question", "The question to ask", required=False, rest=True),
)
SCHEDULE_EXAMPLES = (
    "/checkin schedule weekly general sun@18:00 America/Chicago How was your week?",
    '/checkin schedule monday general "0 9 * * 1" Europe/London How are you?',
)
SKIP_OPTIONS = (NAME, OptionSpec("dates", "Local dates YYYY-MM-DD, comma separated"))
PAUSE_MEMBER_OPTIONS = (USER, OptionSpec("duration", "e.g. 14d (default 30d)", required=False))


class StaffCommands:
    def __init__(self, feature: CheckinsFeature) -> None:
        self.feature = feature

    def register(self, router: Router) -> None:
        router.command(
            "checkin schedule",
            "Schedule a channel check-in: NAME CHANNEL RULE TIMEZONE QUESTION",
            role=ROLE,
            options=SCHEDULE_OPTIONS,
            examples=SCHEDULE_EXAMPLES,
        )(self.schedule_command)
        named = (
            ("pause", "Pause a channel check-in", self.pause_command, (NAME,)),
            ("delete", "Delete a channel check-in", self.delete_command, (NAME,)),
            (
                "skip",
                "Skip dates (holidays) for a channel check-in: NAME 2026-12-25,2026-12-26",
                self.skip_command,
                SKIP_OPTIONS,
            ),
        )
        for verb, text, handler, options in named:
            router.command(f"checkin {verb}", text, role=ROLE, options=options)(handler)
            router.autocomplete(f"checkin {verb}", "name")(self.complete_name)
        router.command(
            "checkin pause-member",
            "Pause a member's check-ins and follow-ups",
            role=ROLE,
            options=PAUSE_MEMBER_OPTIONS,
        )(self.pause_member_command)
        router.command(
            "checkin resume-member", "Resume a member's check-ins", role=ROLE, options=(USER,)
        )(self.resume_member_command)

    # -- helpers -------------------------------------------------------------------------

    def schedule(self, ctx: Context, name: str) -> CheckinSchedule:
        """The community's schedule called ``name``; a UserError listing the names if none."""
        assert ctx.community.id is not None
        found = store.schedule_by_name(ctx.session, ctx.community.id, name)
        if found is None:
            known = ", ".join(store.schedule_names(ctx.session, ctx.community.id)) or "none yet"
            raise UserError(f"There is no check-in called “{name}”. Check-ins: {known}.")
        return found

    async def complete_name(self, ctx: Context, partial: str) -> list[str]:
        assert ctx.community.id is not None
        partial = partial.strip().lower()
        return [n for n in store.schedule_names(ctx.session, ctx.community.id) if partial in n]

    @staticmethod
    def _find_member(ctx: Context, who: str) -> Member:
        assert ctx.community.id is not None
        return member_or_error(ctx.session, ctx.community.id, who)

    # -- schedules -----------------------------------------------------------------------

    async def schedule_command(self, ctx: Context) -> Result:
        opts = ctx.options
        if not opts.get("name"):
            if ctx.capabilities.forms:
                return OpenForm(form=render.schedule_form(ctx.config.community.general_channel))
            raise UserError(USAGE)
        rule_text = opts.get("rule", "")
        rest = " ".join(x for x in (opts.get("timezone", ""), opts.get("question", "")) if x)
        if rule_text and rule_text[0] in "\"'":
            # A quoted crontab line was split on spaces by the text parser: re-join and re-split.
            try:
                words = shlex.split(f"{rule_text} {rest}")
            except ValueError:
                raise UserError("The rule's quotes don't match: write \"0 9 * * 1\".") from None
            if not words:
                raise UserError(USAGE)
            rule_text, rest = words[0], " ".join(words[1:])
        tz, _, question = rest.partition(" ")
        return self.create_schedule(
            ctx, opts["name"], opts.get("channel", ""), rule_text, tz, question
        )

    def create_schedule(
        self, ctx: Context, name: str, channel: str, rule_text: str, tz: str, question: str
    ) -> Result:
        name = name.strip().lower()
        channel = channel.strip().lstrip("#")
        if not re.fullmatch(r"[a-z0-9_-]{1,64}", name):
            raise UserError("A check-in name is one word: letters, digits, '-' or '_'.")
        if not channel or not rule_text or not tz:
            raise UserError(USAGE)
        tz = resolve(tz)
        try:
            rule = parse_rule(rule_text, tz)
        except RuleError as exc:
            raise UserError(str(exc)) from None
        assert ctx.community.id is not None
        if store.schedule_by_name(ctx.session, ctx.community.id, name) is not None:
            raise UserError(f"There is already a check-in called “{name}”. Delete it first.")
        settings = self.feature.settings
        first = next_fire(rule, ctx.now)
        schedule = CheckinSchedule(
            community_id=ctx.community.id,
            name=name,
            channel=channel,
            cron=rule.cron,
            timezone=tz,
            question=(question.strip() or settings.default_question)[:500],
            window_hours=settings.response_window_hours,
            created_by=ctx.member.id,
            next_fire_at=first,
        )
        ctx.session.add(schedule)
        ctx.session.flush()
        self.feature.after_commit_sync()
        when = render.local(first, tz) if first else "never"
        return ctx.reply(
            f"Scheduled “{name}” in #{channel}: {rule.describe()}. First prompt {when} "
            f"({tz}). Answers stay open {schedule.window_hours}h, then you get a summary by DM."
        )

    async def pause_command(self, ctx: Context) -> Result:
        schedule = self.schedule(ctx, ctx.options["name"])
        schedule.status = PAUSED
        ctx.session.add(schedule)
        self.feature.after_commit_sync()
        return ctx.reply(
            f"Paused “{schedule.name}”. /checkin resume {schedule.name} to start again."
        )

    def resume_schedule(self, ctx: Context, name: str) -> Result:
        """``/checkin resume NAME`` (reached through the member command of the same name)."""
        if ctx.role < ROLE:
            raise UserError(
                "Only organizers resume channel check-ins; /checkin resume alone resumes your own."
            )
        schedule = self.schedule(ctx, name)
        schedule.status = ACTIVE
        schedule.next_fire_at = next_fire(Rule(schedule.cron, schedule.timezone), ctx.now)
        ctx.session.add(schedule)
        self.feature.after_commit_sync()
        when = (
            render.local(schedule.next_fire_at, schedule.timezone)
            if schedule.next_fire_at
            else "never"
        )
        return ctx.reply(f"Resumed “{schedule.name}”. Next prompt {when}.")

    async def delete_command(self, ctx: Context) -> Result:
        schedule = self.schedule(ctx, ctx.options["name"])
        assert schedule.id is not None
        for occurrence in store.occurrences(ctx.session, schedule.id):
            ref = render.prompt_ref("s", schedule.id, occurrence.fire_at)
            ctx.session.exec(delete(CheckinResponse).where(col(CheckinResponse.prompt_ref) == ref))  # type: ignore[call-overload]
            ctx.session.delete(occurrence)
        ctx.session.flush()
        ctx.session.delete(schedule)
        self.feature.after_commit_sync()
        return ctx.reply(f"Deleted “{schedule.name}” and its answers.")

    async def skip_command(self, ctx: Context) -> Result:
        schedule = self.schedule(ctx, ctx.options["name"])
        today = ctx.now.astimezone(zone(schedule.timezone)).date()
        added: set[str] = set()
        for raw in re.split(r"[,\s]+", ctx.options["dates"].strip()):
            if not raw:
                continue
            try:
                day = datetime.strptime(raw, "%Y-%m-%d").date()
            except ValueError:
                shown = raw if len(raw) <= 20 else raw[:20] + "…"
                raise UserError(f"“{shown}” is not a date: use YYYY-MM-DD.") from None
            if day < today:
                raise UserError(f"{raw} has already passed in {schedule.timezone}.")
            added.add(day.isoformat())
        try:
            upcoming = store.set_skip_dates(
                schedule, [*schedule.skip_dates.split(","), *added], today
            )
        except ValueError:
            raise UserError(
                f"“{schedule.name}” can skip at most {store.MAX_SKIP_DATES} upcoming dates; "
                "nothing was changed. Pause it instead for a long break."
            ) from None
        ctx.session.add(schedule)
        return ctx.reply(
            f"“{schedule.name}” will skip: {', '.join(upcoming)} ({schedule.timezone} dates)."
        )

    # -- members -------------------------------------------------------------------------

    async def pause_member_command(self, ctx: Context) -> Result:
        member = self._find_member(ctx, ctx.options["user"])
        span = parse_pause(ctx.options.get("duration", ""), timedelta(days=30))
        assert member.id is not None
        pref = store.preference(ctx.session, member.id)
        pref.organizer_paused_until = ctx.now + span
        self.feature.outbox.cancel_member(ctx.session, member.id, "checkin:")
        return ctx.reply(
            f"Paused check-ins and follow-ups for {member.display_name} until "
            f"{pref.organizer_paused_until:%d %b %Y}. /checkin resume-member to undo."
        )

    async def resume_member_command(self, ctx: Context) -> Result:
        member = self._find_member(ctx, ctx.options["user"])
        assert member.id is not None
        store.preference(ctx.session, member.id).organizer_paused_until = None
        return ctx.reply(f"Check-ins for {member.display_name} are back on.")
