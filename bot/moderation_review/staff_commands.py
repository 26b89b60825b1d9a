"""Moderators' and organizers' commands: ``/case N [note]``, ``/cases``, ``/history MEMBER``
and ``/moderation-stats``.

All answers are private. ``/case`` shows the alert with its buttons and the full log (and
adds a note when one is given); ``/history`` finds a member by id, mention or display name and
says plainly when the name is ambiguous or unknown. Nothing here changes a case's status.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from bot.charts import cases as cases_chart
from bot.context import Context
from bot.errors import UserError
from bot.member_lookup import member_or_error
from bot.messages import Field
from bot.moderation_review import store
from bot.moderation_review.render import EVENT_WORDS, STATUS_WORDS
from bot.roles import Role
from bot.router import OptionSpec, Result, Router
from bot.storage.models import Member

if TYPE_CHECKING:
    from bot.moderation_review.feature import ModerationFeature

CASE_OPTIONS = (
    OptionSpec("number", "The case number", kind="integer"),
    OptionSpec("note", "A note to add to the case's log", required=False, rest=True),
)
HISTORY_OPTIONS = (OptionSpec("member", "User id or display name", rest=True, kind="user"),)
DECISIONS = frozenset({"keep", "hidden", "warn", "timeout", "escalate", "handled"})


def ago(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return f"{max(minutes, 0)} min ago"
    if minutes < 48 * 60:
        return f"{minutes // 60} h ago"
    return f"{minutes // (24 * 60)} days ago"


class StaffCommands:
    def __init__(self, feature: ModerationFeature) -> None:
        self.feature = feature

    def register(self, router: Router) -> None:
        router.command(
            "case",
            "Show a moderation case with its log and buttons (or add a note)",
            role=Role.MODERATOR,
            options=CASE_OPTIONS,
            examples=("/case 12", "/case 12 talked with her, all good"),
        )(self.case_command)
        router.command("cases", "Open moderation cases, urgent first", role=Role.MODERATOR)(
            self.cases_command
        )
        router.command(
            "history",
            "A member's moderation history",
            role=Role.MODERATOR,
            options=HISTORY_OPTIONS,
            examples=("/history maria",),
        )(self.history_command)
        router.command(
            "moderation-stats",
            "Which moderation signals misfire: flagged vs kept, per signal",
            role=Role.ORGANIZER,
        )(self.stats_command)

    @staticmethod
    def _community(ctx: Context) -> int:
        community_id = ctx.community.id
        assert community_id is not None
        return community_id

    async def case_command(self, ctx: Context) -> Result:
        raw = ctx.options["number"].strip().lstrip("#")
        number = store.row_id(raw)
        if number is None:
            shown = raw if len(raw) <= 20 else raw[:19] + "…"
            raise UserError(
                f"“{shown}” is not a case number: case numbers are whole numbers like 12 "
                "(/case 12). /cases lists the open ones."
            )
        case = store.by_number(ctx.session, self._community(ctx), number)
        if case is None:
            raise UserError(f"There is no case #{number} in this community. Try /cases.")
        note = ctx.options.get("note", "").strip()
        if note:
            store.log(ctx.session, case, "note", now=ctx.now, actor=ctx.member, detail=note[:1000])
        alert = self.feature.alert(ctx.session, case)
        log_rows = store.events(ctx.session, case)
        names = store.names(ctx.session, {e.actor_id for e in log_rows})
        lines = [
            f"{e.at:%Y-%m-%d %H:%M} "
            f"{names.get(e.actor_id, '?') if e.actor_id is not None else 'Hearth'} "
            f"{EVENT_WORDS.get(e.kind, e.kind)}" + (f": {e.detail}" if e.detail else "")
            for e in log_rows
        ]
        return ctx.reply(
            alert.text,
            title=alert.title,
            sections=alert.sections,
            footer="Log:\n" + "\n".join(lines),
            fields=alert.fields,
            buttons=alert.buttons,
            selects=alert.selects,
        )

    async def cases_command(self, ctx: Context) -> Result:
        rows = store.active_cases(ctx.session, self._community(ctx))
        if not rows:
            return ctx.reply("No open cases. Thank you for looking after everyone.")
        names = store.names(ctx.session, {c.author_id for c in rows})
        lines = []
        for case in rows:
            who = "—"
            if case.author_id is not None:
                who = names.get(case.author_id, "forgotten member")
            flag = "URGENT crisis" if case.crisis else case.categories or case.decision
            where = f" in #{case.channel}" if case.channel else f" ({case.source})"
            lines.append(
                f"#{case.number} {flag} · {STATUS_WORDS[case.status]} · {who}{where} · "
                f"{ago(ctx.now - case.created_at)}"
            )
        ages = [
            (
                cases_chart.category(c.category_list, crisis=c.crisis, decision=c.decision),
                ctx.now - c.created_at,
            )
            for c in rows
        ]
        return ctx.reply(
            "\n".join(lines),
            title=f"Open cases ({len(rows)})",
            footer="/case N shows a case with its buttons.",
            **cases_chart.attachment(ages, images=ctx.capabilities.images),
        )

    def find_member(self, ctx: Context, ref: str) -> Member:
        return member_or_error(ctx.session, self._community(ctx), ref)

    async def history_command(self, ctx: Context) -> Result:
        member = self.find_member(ctx, ctx.options["member"])
        assert member.id is not None
        rows = store.member_cases(ctx.session, member.id)
        name = member.display_name or member.external_id
        if not rows:
            return ctx.reply(f"{name} has no moderation cases.")
        lines = []
        for case in rows:
            decisions = [
                EVENT_WORDS.get(e.kind, e.kind)
                for e in store.events(ctx.session, case)
                if e.kind in DECISIONS
            ]
            kind = "crisis (care)" if case.crisis else case.categories or case.decision
            lines.append(
                f"#{case.number} {case.created_at:%Y-%m-%d} {kind} · {STATUS_WORDS[case.status]}"
                + (f" · {', '.join(decisions)}" if decisions else "")
            )
        warnings = store.warnings_of(ctx.session, member.id)
        return ctx.reply(
            "\n".join(lines),
            title=f"History of {name} ({member.external_id})",
            fields=(Field("Warnings", str(warnings)),),
        )

    async def stats_command(self, ctx: Context) -> Result:
        rows = store.stats(ctx.session, self._community(ctx))
        if not rows:
            return ctx.reply("No flags yet: nothing to measure.")
        rows.sort(key=lambda r: (-(r.kept / r.flagged if r.flagged else 0), -r.flagged, r.signal))
        lines = [
            f"{r.signal}: flagged {r.flagged}, kept {r.kept}, misfire rate "
            f"{(r.kept / r.flagged if r.flagged else 0):.0%}"
            for r in rows
        ]
        return ctx.reply(
            "\n".join(lines),
            title="Moderation signals: how often moderators kept what was flagged",
            footer="A high misfire rate means a rule flags messages moderators keep: consider "
            "its threshold, the allowlist or a channel override.",
        )
