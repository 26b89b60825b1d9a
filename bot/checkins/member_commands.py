"""Member check-in commands: ``/checkin on|off|snooze|pause-all|resume|gentle|share-name|
timezone|note|list`` and ``/pause``.

Every answer is private. A mistake the member can fix (a time, a day list, a time zone, a
duration) is a :class:`UserError` naming the fix, and nothing is changed. Pauses and
snoozes also cancel the member's queued prompts, so nothing arrives during a pause.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.checkins import render, store
from bot.checkins.models import (
    ACTIVE,
    OFF,
    PAUSED,
    CheckinPreference,
    CheckinSchedule,
    PersonalCheckin,
)
from bot.context import Context
from bot.durations import parse_pause
from bot.errors import UserError
from bot.messages import Section
from bot.roles import Role
from bot.router import OptionSpec, Result, Router
from bot.scheduling.rules import Rule, RuleError, next_fire, personal_rule
from bot.timezones import resolve

if TYPE_CHECKING:
    from bot.checkins.feature import CheckinsFeature

ON_OPTIONS = (
    OptionSpec("days", "daily, weekdays, mon,thu...", required=False),
    OptionSpec("time", "Local time HH:MM (24-hour)", required=False),
    OptionSpec("timezone", "Your IANA time zone, if I don't know it", required=False),
)
ON_EXAMPLES = ("/checkin on mon,thu 19:00", "/checkin on daily 08:30 Europe/London")
PAUSE_OPTIONS = (OptionSpec("duration", "e.g. 7d (default a week)", required=False),)
RESUME_OPTIONS = (OptionSpec("name", "A channel check-in (organizers)", False, autocomplete=True),)
GENTLE_OPTIONS = (OptionSpec("setting", "on or off", required=False, choices=("on", "off")),)
SHARE_OPTIONS = (OptionSpec("setting", "on or off", choices=("on", "off")),)


class MemberCommands:
    def __init__(self, feature: CheckinsFeature) -> None:
        self.feature = feature

    def register(self, router: Router) -> None:
        command = router.command
        command("checkin list", "Your check-ins (organizers: every schedule)")(self.list_command)
        command(
            "checkin resume",
            "Resume your paused check-ins (organizers: resume a channel check-in by name)",
            options=RESUME_OPTIONS,
        )(self.resume_command)
        router.autocomplete("checkin resume", "name")(self.feature.staff.complete_name)
        command(
            "checkin on",
            "Get a private check-in on chosen days at your local time",
            options=ON_OPTIONS,
            examples=ON_EXAMPLES,
        )(self.on_command)
        command("checkin off", "Stop your private check-ins")(self.off_command)
        command(
            "checkin snooze",
            "Skip your private check-ins for a while",
            options=(OptionSpec("duration", "e.g. 3d, 12h, 2w"),),
        )(self.snooze_command)
        command(
            "checkin pause-all",
            "Pause every prompt and follow-up for a while",
            options=PAUSE_OPTIONS,
        )(self.pause_all_command)
        command(
            "pause", "Pause all check-ins for a while (life comes first)", options=PAUSE_OPTIONS
        )(self.pause_all_command)
        command(
            "checkin gentle",
            "Only gentle prompts, no mood scale (for bereaved parents)",
            options=GENTLE_OPTIONS,
        )(self.gentle_command)
        command(
            "checkin share-name",
            "Let organizers see your name beside your answers (off by default)",
            options=SHARE_OPTIONS,
        )(self.share_name_command)
        command(
            "checkin timezone",
            "Tell Hearth your time zone (e.g. America/Chicago)",
            options=(OptionSpec("timezone", "IANA time zone name"),),
        )(self.timezone_command)
        command(
            "checkin note",
            "Add a private note to your latest check-in answer",
            options=(OptionSpec("text", "Your note", rest=True),),
        )(self.note_command)

    # -- helpers -------------------------------------------------------------------------

    def tz(self, ctx: Context) -> str:
        """The member's zone: chosen, else the platform's, else the community default."""
        return (
            ctx.member.timezone
            or ctx.event.actor.timezone
            or self.feature.settings.default_timezone
        )

    @staticmethod
    def pref(ctx: Context) -> CheckinPreference:
        assert ctx.member.id is not None
        return store.preference(ctx.session, ctx.member.id)

    @staticmethod
    def personal(ctx: Context) -> PersonalCheckin | None:
        assert ctx.member.id is not None
        return store.personal(ctx.session, ctx.member.id)

    def pause_all(self, ctx: Context, span: timedelta) -> str:
        """Pause everything for ``span`` (the command and the prompt's button)."""
        pref = self.pref(ctx)
        pref.paused_until = ctx.now + span
        assert ctx.member.id is not None
        self.feature.outbox.cancel_member(ctx.session, ctx.member.id, "checkin:")
        return (
            f"All check-ins paused until {render.local(pref.paused_until, self.tz(ctx))}. "
            "Take care of yourselves; nothing will arrive until then. /checkin resume to "
            "start earlier."
        )

    # -- commands ------------------------------------------------------------------------

    async def list_command(self, ctx: Context) -> Result:
        assert ctx.community.id is not None
        schedules = store.schedules(ctx.session, ctx.community.id)
        sections = tuple(self._schedule_section(ctx, s) for s in schedules)
        lines: list[str] = []
        personal = self.personal(ctx)
        if personal is None or personal.status == OFF:
            lines.append("Your private check-ins are off (/checkin on to start).")
        else:
            state = personal.status
            if personal.snoozed_until and personal.snoozed_until > ctx.now:
                state = f"snoozed until {render.local(personal.snoozed_until, personal.timezone)}"
            nxt = (
                render.local(personal.next_fire_at, personal.timezone)
                if personal.next_fire_at
                else "—"
            )
            rule = personal_rule(personal.days, personal.local_time, personal.timezone)
            lines.append(f"Your private check-ins: {rule.describe()}, {state}; next {nxt}.")
        pref = ctx.session.get(CheckinPreference, ctx.member.id)
        if pref is not None and pref.paused_until and pref.paused_until > ctx.now:
            until = render.local(pref.paused_until, self.tz(ctx))
            lines.append(f"All prompts paused until {until}.")
        if not schedules:
            lines.append("No channel check-ins are scheduled.")
        return ctx.reply("\n".join(lines), title="Check-ins", sections=sections)

    @staticmethod
    def _schedule_section(ctx: Context, schedule: CheckinSchedule) -> Section:
        staff = ctx.role >= Role.ORGANIZER
        nxt = (
            render.local(schedule.next_fire_at, schedule.timezone) if schedule.next_fire_at else "—"
        )
        context = "paused" if schedule.status == PAUSED else f"next {nxt}"
        if staff and schedule.skip_dates:
            context += f" · skipping {schedule.skip_dates}"
        return Section(
            text=f"#{schedule.channel}: {Rule(schedule.cron, schedule.timezone).describe()}"
            + (f"\n“{schedule.question}”" if staff else ""),
            title=schedule.name,
            context=context,
        )

    async def resume_command(self, ctx: Context) -> Result:
        name = ctx.options.get("name", "").strip()
        if name:
            return self.feature.staff.resume_schedule(ctx, name)
        self.pref(ctx).paused_until = None
        personal = self.personal(ctx)
        if personal is not None:
            personal.snoozed_until = None
            ctx.session.add(personal)
        return ctx.reply("Welcome back: your check-ins are on again.")

    async def on_command(self, ctx: Context) -> Result:
        days = ctx.options.get("days", "") or "daily"
        at = ctx.options.get("time", "") or "19:00"
        tz_opt = ctx.options.get("timezone", "")
        if re.fullmatch(r"\d{1,2}:\d{2}", days):  # "/checkin on 19:00 [TZ]"
            days, at, tz_opt = "daily", days, ctx.options.get("time", "") or tz_opt
        assumed = False
        if tz_opt:
            tz = resolve(tz_opt)
            ctx.member.timezone = tz
        elif ctx.member.timezone or ctx.event.actor.timezone:
            tz = self.tz(ctx)
        else:
            tz, assumed = self.feature.settings.default_timezone, True
        try:
            rule = personal_rule(days, at, tz)
        except RuleError as exc:
            raise UserError(str(exc)) from None
        personal = self._switch_on(ctx, rule, at, tz, assumed)
        when = render.local(personal.next_fire_at, tz) if personal.next_fire_at else "never"
        text = f"Private check-ins on: {rule.describe()}. The first arrives {when} your time."
        if assumed:
            text += (
                f"\nI don't know your time zone yet, so I used {tz} (the community default). "
                "Tell me yours with /checkin timezone America/Chicago (any IANA name)."
            )
        text += "\nStop any time with /checkin off, or /checkin snooze 3d."
        return ctx.reply(text)

    def _switch_on(
        self, ctx: Context, rule: Rule, at: str, tz: str, assumed: bool
    ) -> PersonalCheckin:
        assert ctx.community.id is not None and ctx.member.id is not None
        personal = self.personal(ctx) or PersonalCheckin(
            community_id=ctx.community.id,
            member_id=ctx.member.id,
            days="",
            local_time=at,
            timezone=tz,
        )
        hour, minute = at.split(":")
        personal.days = rule.cron.split()[4]
        personal.local_time = f"{int(hour):02d}:{minute}"
        personal.timezone = tz
        personal.timezone_assumed = assumed
        personal.status = ACTIVE
        personal.snoozed_until = None
        personal.next_fire_at = next_fire(rule, ctx.now)
        ctx.session.add(personal)
        self.feature.after_commit_sync()
        return personal

    async def off_command(self, ctx: Context) -> Result:
        personal = self.personal(ctx)
        if personal is None or personal.status == OFF:
            return ctx.reply("Your private check-ins are already off.")
        personal.status, personal.next_fire_at = OFF, None
        ctx.session.add(personal)
        assert ctx.member.id is not None
        self.feature.outbox.cancel_member(ctx.session, ctx.member.id, "checkin:")
        self.feature.after_commit_sync()
        return ctx.reply("Private check-ins are off. /checkin on brings them back any time.")

    async def snooze_command(self, ctx: Context) -> Result:
        personal = self.personal(ctx)
        if personal is None or personal.status == OFF:
            raise UserError("You have no private check-ins to snooze (/checkin on to start).")
        span = parse_pause(ctx.options["duration"])
        personal.snoozed_until = ctx.now + span
        ctx.session.add(personal)
        assert ctx.member.id is not None
        self.feature.outbox.cancel_member(ctx.session, ctx.member.id, "checkin:")
        return ctx.reply(
            f"Snoozed until {render.local(personal.snoozed_until, personal.timezone)} your time. "
            "/checkin resume to start earlier."
        )

    async def pause_all_command(self, ctx: Context) -> Result:
        span = parse_pause(ctx.options.get("duration", ""), timedelta(days=7))
        return ctx.reply(self.pause_all(ctx, span))

    async def gentle_command(self, ctx: Context) -> Result:
        on = ctx.options.get("setting", "on").lower() != "off"
        self.pref(ctx).gentle = on
        if on:
            return ctx.reply(
                "From now on your check-ins will be gentle, with no mood scale. We're so sorry. "
                "/checkin off stops them completely."
            )
        return ctx.reply("Your check-ins are back to the usual questions.")

    async def share_name_command(self, ctx: Context) -> Result:
        on = ctx.options["setting"].lower() == "on"
        self.pref(ctx).share_name = on
        if on:
            return ctx.reply("Organizers may now see your name beside your check-in answers.")
        return ctx.reply("Your name stays off organizer summaries (totals only).")

    async def timezone_command(self, ctx: Context) -> Result:
        tz = resolve(ctx.options["timezone"])
        ctx.member.timezone = tz
        ctx.session.add(ctx.member)
        personal = self.personal(ctx)
        extra = ""
        if personal is not None and personal.status == ACTIVE:
            personal.timezone, personal.timezone_assumed = tz, False
            rule = personal_rule(personal.days, personal.local_time, tz)
            personal.next_fire_at = next_fire(rule, ctx.now)
            ctx.session.add(personal)
            self.feature.after_commit_sync()
            if personal.next_fire_at is not None:
                extra = f" Your next check-in: {render.local(personal.next_fire_at, tz)} your time."
        return ctx.reply(f"Time zone set to {tz}.{extra}")

    async def note_command(self, ctx: Context) -> Result:
        assert ctx.member.id is not None
        latest = store.latest_response(ctx.session, ctx.member.id)
        if latest is None:
            raise UserError("Answer a check-in first, then add a note to it.")
        return await self.feature.buttons.save_note(
            ctx, latest.prompt_ref, ctx.options["text"], share=False
        )
