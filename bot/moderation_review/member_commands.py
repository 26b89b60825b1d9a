"""Members' command: ``/report [message id or link] what worries you``.

Any member may report a recent message (by id, or a Discord/Slack link to it) or a worry in
their own words. The report opens a case (urgent when the words suggest a crisis) and alerts
moderators; only moderators ever see who reported. Reports are rate-limited per member
(``care.report_limit`` per ``care.report_window_minutes``), and an empty report is refused
with how to write one. The reporter's note is kept in ``CaseReport`` (deleted when they ask to
be forgotten), never in the case's own columns.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlmodel import select

from bot.actions import AlertModerators
from bot.context import Context
from bot.durations import describe
from bot.errors import UserError
from bot.moderation_review import store
from bot.moderation_review.assess import Seen
from bot.moderation_review.models import CaseReport, ModerationCase
from bot.moderation_review.store import case_fields
from bot.router import OptionSpec, Result, Router
from bot.storage.models import Member

if TYPE_CHECKING:
    from bot.moderation_review.feature import ModerationFeature

REPORT_OPTIONS = (
    OptionSpec("message", "The message's id or link (optional)", required=False),
    OptionSpec("text", "What worries you", required=False, rest=True),
)


class MemberCommands:
    def __init__(self, feature: ModerationFeature) -> None:
        self.feature = feature

    def register(self, router: Router) -> None:
        router.command(
            "report",
            "Tell the moderators about a message or a worry (only they see it was you)",
            options=REPORT_OPTIONS,
            examples=(
                "/report m42 this felt like a personal attack",
                "/report I'm worried about Sam",
            ),
        )(self.report_command)

    def _check_rate(self, ctx: Context) -> None:
        window = timedelta(minutes=self.feature.care.report_window_minutes)
        assert ctx.member.id is not None
        recent = store.reports_since(ctx.session, ctx.member.id, ctx.now - window)
        if recent >= self.feature.care.report_limit:
            raise UserError(
                f"You've sent {recent} reports recently, the most I take in "
                f"{describe(window)}. The moderators have them all. If someone is in "
                "danger right now, contact a moderator directly or call your local emergency "
                "number."
            )

    async def report_command(self, ctx: Context) -> Result:
        self._check_rate(ctx)
        ref = ctx.options.get("message", "").strip()
        note = ctx.options.get("text", "").strip()
        seen = self.lookup_message(ctx, ref) if ref else None
        if ref and seen is None:
            note = f"{ref} {note}".strip()
        if not note and seen is None:
            raise UserError(
                "Tell me what worries you: /report MESSAGE-ID what happened, "
                "or /report your concern."
            )
        case = await self._open(ctx, seen, note)
        assert ctx.community.id is not None and case.id is not None and ctx.member.id is not None
        ctx.session.add(
            CaseReport(
                community_id=ctx.community.id,
                case_id=case.id,
                reporter_id=ctx.member.id,
                note=note[:2000],
                created_at=ctx.now,
            )
        )
        store.log(ctx.session, case, "reported", now=ctx.now, actor=ctx.member)
        return [
            AlertModerators(
                message=self.feature.alert(ctx.session, case),
                urgent=case.urgent,
                case_ref=store.case_ref(case),
            ),
            ctx.reply(
                f"Thank you. The moderators have it as case #{case.number}; only they can see "
                "that it came from you."
            ),
        ]

    async def _open(self, ctx: Context, seen: tuple[str, Seen] | None, note: str) -> ModerationCase:
        """Assess the reported message (or the worry itself) and open the report's case."""
        subject = seen[1] if seen else None
        community_id = ctx.community.id
        assert community_id is not None
        author = None
        if subject is not None:
            author = ctx.session.exec(
                select(Member).where(
                    Member.community_id == community_id, Member.external_id == subject.author
                )
            ).first()
        text = subject.text if subject else None
        assess = self.feature.assess
        context = assess.context(ctx, (subject.channel if subject else "") or "")
        assessment = await assess.assess(ctx, text or note, context)
        fields = case_fields(assessment)
        if not assessment.raised:
            fields["categories"] = ""
        fields["signals_json"] = json.dumps(sorted({"report", *json.loads(fields["signals_json"])}))
        case = store.open_case(
            ctx.session,
            community_id=community_id,
            now=ctx.now,
            source="report",
            author_id=author.id if author else None,
            channel=subject.channel if subject else None,
            channel_name=subject.channel_name if subject else None,
            message_id=seen[0] if seen else None,
            text=text,
            decision="report",
            urgent=assessment.crisis,
            last_alert_at=ctx.now,
            **fields,
        )
        store.count_signals(ctx.session, community_id, case.signals)
        store.log(ctx.session, case, "opened", now=ctx.now, detail="member report")
        return case

    def lookup_message(self, ctx: Context, ref: str) -> tuple[str, Seen] | None:
        seen = self.feature.assess.seen.get((ctx.event.platform, ctx.event.actor.community_id), {})
        last = ref.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        candidates = [ref, last]
        if re.fullmatch(r"p\d{16}", last):  # a Slack permalink names the message ts as p<digits>
            candidates.append(f"{last[1:11]}.{last[11:]}")
        for key in candidates:
            if key in seen:
                return key, seen[key]
        return None
