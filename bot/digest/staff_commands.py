"""``/digest`` for organizers: the digest now, privately (by DM when asked in a channel, so the
picture can be attached on every platform); ``weekly`` to get it by DM every week in their own
time zone; ``off`` to stop. A bad rule or time zone gets a private answer saying how to write
it, and changes nothing."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from bot.actions import DirectMessage, Reply
from bot.context import Context
from bot.digest import store
from bot.digest.models import DigestSubscription
from bot.errors import UserError
from bot.roles import Role
from bot.router import OptionSpec, Result, Router
from bot.scheduling.rules import RuleError, next_fire, parse_rule, zone

if TYPE_CHECKING:
    from bot.digest.feature import DigestFeature

OPTIONS = (
    OptionSpec(
        "action",
        "now (default): the digest privately; weekly: by DM every week; off: stop",
        required=False,
        choices=("now", "weekly", "off"),
    ),
    OptionSpec(
        "when",
        "For weekly: DAYS@HH:MM and optionally a time zone, e.g. mon@09:00 Europe/London",
        required=False,
        rest=True,
    ),
)
EXAMPLES = ("/digest", "/digest weekly mon@09:00 America/Chicago", "/digest off")


class StaffCommands:
    def __init__(self, feature: DigestFeature) -> None:
        self.feature = feature
        self.settings = feature.settings

    def register(self, router: Router) -> None:
        router.command(
            "digest",
            "How the group is doing: check-ins, newcomers, mentors, moderation (aggregates)",
            role=Role.ORGANIZER,
            options=OPTIONS,
            examples=EXAMPLES,
        )(self.digest_command)

    async def digest_command(self, ctx: Context) -> Result:
        action = ctx.options.get("action", "now").lower() or "now"
        if action == "weekly":
            return self._weekly(ctx, ctx.options.get("when", "").strip())
        if action == "off":
            return self._off(ctx)
        message = await self.feature.message(ctx.session, ctx.community, ctx.now)
        if ctx.event.place.direct or not ctx.capabilities.direct_messages:
            return Reply(message=message, ephemeral=True)
        # In a channel: the digest goes by DM, where every platform can attach the picture
        # (Slack cannot attach files to a message only one person sees).
        return [
            ctx.reply("This week's digest is in your direct messages (only you can see it)."),
            DirectMessage(
                user_id=ctx.event.actor.user_id,
                message=message,
                fallback_channel=ctx.event.place.channel_id,
            ),
        ]

    def _timezone(self, ctx: Context, given: str) -> str:
        if given:
            try:
                zone(given)
            except RuleError as exc:
                raise UserError(str(exc)) from None
            return given
        return (
            ctx.member.timezone or ctx.event.actor.timezone or ctx.config.checkins.default_timezone
        )

    def _weekly(self, ctx: Context, when: str) -> Result:
        rule_text, _, tz_text = when.partition(" ")
        timezone = self._timezone(ctx, tz_text.strip())
        try:
            rule = parse_rule(rule_text or self.settings.default_rule, timezone)
        except RuleError as exc:
            raise UserError(f"{exc}. Example: /digest weekly mon@09:00 Europe/London") from None
        row = store.subscription(ctx.session, ctx.member.id or 0) or DigestSubscription(
            community_id=ctx.community.id or 0, member_id=ctx.member.id or 0, cron="", timezone=""
        )
        row.cron, row.timezone = rule.cron, timezone
        row.next_fire_at = next_fire(rule, ctx.now)
        ctx.session.add(row)
        self._sync_after_commit()
        first = row.next_fire_at.astimezone(zone(timezone)) if row.next_fire_at else None
        shown = f"{first:%a %d %b %H:%M}" if first else "never"
        return ctx.reply(
            f"You will get the digest by DM {rule.describe()}. First one: {shown}. "
            "Stop with /digest off."
        )

    def _off(self, ctx: Context) -> Result:
        row = store.subscription(ctx.session, ctx.member.id or 0)
        if row is None:
            return ctx.reply("You were not getting the weekly digest. /digest weekly starts it.")
        ctx.session.delete(row)
        self._sync_after_commit()
        return ctx.reply("The weekly digest is stopped. /digest still shows it whenever you ask.")

    def _sync_after_commit(self) -> None:
        """Re-sync APScheduler once this command's transaction has committed."""
        if self.feature.scheduler is not None:
            asyncio.get_running_loop().call_soon(self.feature.sync_jobs)
