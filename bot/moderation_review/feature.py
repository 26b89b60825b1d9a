"""The moderation review workflow and the crisis care path (feature name ``moderation``).

Every message in a group channel is assessed by :class:`moderation.Assessor` (in a worker
thread, so the event loop keeps serving others). Then:

* ``review``: the message stays, a numbered case opens, moderators get an alert with buttons.
* ``hide``: the message is hidden where the platform allows, the author gets a kind private
  explanation with the guideline and how to ask for a second look, moderators get the alert
  (which says plainly when the message could not be hidden).
* ``crisis``: never hidden, never punished. The author gets crisis lines for their region and
  the care team reminder at once; moderators get an urgent alert asking a person to reach
  out, repeated every ``care.realert_minutes`` until someone acknowledges it.

Moderators decide from the alert (``case:<verb>:<case id>`` buttons); every step is written to
the case's append-only log. Recent messages are kept in memory only (for flood detection and
for ``/report``), never in the database.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
from collections import OrderedDict, deque
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, func, select

from bot.actions import (
    Action,
    AlertModerators,
    AlertOrganizers,
    DirectMessage,
    HideMessage,
    OpenForm,
    Outcome,
    TimeOut,
    UpdateMessage,
)
from bot.charts import cases as cases_chart
from bot.context import Context
from bot.errors import UserError
from bot.events import ComponentPressed, FormSubmitted, MessagePosted
from bot.feature import Feature
from bot.messages import Field, Form, FormInput, Message
from bot.moderation_review import cases as store
from bot.moderation_review.models import (
    ACKNOWLEDGED,
    DISMISSED,
    HIDDEN,
    HIDE_FAILED,
    HIDE_IMPOSSIBLE,
    NOT_HIDDEN,
    OPEN,
    RESOLVED,
    CaseEvent,
    CaseReport,
    ModerationCase,
)
from bot.moderation_review.notices import (
    EVENT_WORDS,
    GUIDELINES,
    STATUS_WORDS,
    care_message,
    case_alert,
    describe_duration,
    hidden_notice,
    timeout_notice,
    warning_notice,
)
from bot.moderation_review.settings import CareConfig
from bot.roles import Role
from bot.router import OptionSpec, Result, Router
from bot.storage.models import Community, Member
from moderation import Assessment, Assessor, MessageContext, ModerationSettings, RecentMessage

log = logging.getLogger(__name__)

RECENT_PER_AUTHOR = 10
RECENT_MAX_AGE = timedelta(minutes=15)
RECENT_AUTHORS = 5000
SEEN_PER_COMMUNITY = 2000
DURATION = re.compile(r"(\d+)\s*(d|h|m|w)")


@dataclass(frozen=True, slots=True)
class Seen:
    """A recent group message, in memory only, so ``/report`` can name it."""

    author: str
    author_name: str
    channel: str | None
    text: str
    at: datetime


_ASSESSORS: dict[str, Assessor] = {}
_ASSESSORS_LOCK = threading.Lock()


def shared_assessor(settings: ModerationSettings) -> Assessor:
    """One Assessor per distinct settings in this process: models load once (several Hearth
    instances, as in tests or a multi-platform process, share them; ``assess`` is stateless)."""
    key = settings.model_dump_json()
    with _ASSESSORS_LOCK:
        assessor = _ASSESSORS.get(key)
        if assessor is None:
            assessor = _ASSESSORS[key] = Assessor(settings)
            if assessor.backends_unavailable:
                log.warning(
                    "moderation backends unavailable: %s",
                    ", ".join(sorted(assessor.backends_unavailable)),
                )
        return assessor


def parse_duration(text: str) -> timedelta:
    """``1h``, ``3d``, ``2w``, ``1d 12h``; a bare number means days."""
    text = text.strip().lower()
    if text.isdigit():
        return timedelta(days=int(text))
    parts = DURATION.findall(text)
    if not parts:
        raise UserError(f"I couldn't read “{text}” as a duration: try 1h, 1d or 7d.")
    unit = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes"}
    return sum((timedelta(**{unit[u]: int(n)}) for n, u in parts), timedelta())


class ModerationFeature(Feature):
    name = "moderation"

    def __init__(self, hearth) -> None:  # type: ignore[no-untyped-def]
        super().__init__(hearth)
        self._assessor: Assessor | None = None
        self._recent: dict[tuple[str, str, str], deque[RecentMessage]] = {}
        self._seen: dict[tuple[str, str], OrderedDict[str, Seen]] = {}

    @property
    def care(self) -> CareConfig:
        return self.hearth.config.care

    @property
    def assessor(self) -> Assessor:
        """Built on first use (loading models takes a moment), then shared by all threads."""
        if self._assessor is None:
            self._assessor = shared_assessor(self.hearth.config.moderation)
        return self._assessor

    async def start(self) -> None:
        await asyncio.to_thread(lambda: self.assessor)

    # -- registration --------------------------------------------------------------------

    def register(self, router: Router) -> None:
        router.on_message(self.on_message)
        router.on_outcome(self.on_outcome)
        router.component("case", role=Role.MODERATOR)(self.pressed)
        router.form("case", role=Role.MODERATOR)(self.submitted)
        router.command(
            "case",
            "Show a moderation case with its log and buttons (or add a note)",
            role=Role.MODERATOR,
            options=(
                OptionSpec("number", "The case number", kind="integer"),
                OptionSpec("note", "A note to add to the case's log", required=False, rest=True),
            ),
            examples=("/case 12", "/case 12 talked with her, all good"),
        )(self.case_command)
        router.command("cases", "Open moderation cases, urgent first", role=Role.MODERATOR)(
            self.cases_command
        )
        router.command(
            "history",
            "A member's moderation history",
            role=Role.MODERATOR,
            options=(OptionSpec("member", "User id or display name", rest=True, kind="user"),),
            examples=("/history maria",),
        )(self.history_command)
        router.command(
            "report",
            "Tell the moderators about a message or a worry (only they see it was you)",
            options=(
                OptionSpec("message", "The message's id or link (optional)", required=False),
                OptionSpec("text", "What worries you", required=False, rest=True),
            ),
            examples=(
                "/report m42 this felt like a personal attack",
                "/report I'm worried about Sam",
            ),
        )(self.report_command)
        router.command(
            "moderation-stats",
            "Which moderation signals misfire: flagged vs kept, per signal",
            role=Role.ORGANIZER,
        )(self.stats_command)

    # -- assessing messages --------------------------------------------------------------

    def _is_new(self, member: Member, now: datetime) -> bool:
        return now - member.created_at < timedelta(days=self.care.new_member_days)

    def _context(
        self, ctx: Context, channel: str, recent: tuple[RecentMessage, ...] = ()
    ) -> MessageContext:
        return MessageContext(
            author_id=ctx.event.actor.user_id,
            channel=channel,
            author_role=ctx.role.label,
            author_is_new=self._is_new(ctx.member, ctx.now),
            recent=recent,
            now=ctx.now,
        )

    async def _assess(self, ctx: Context, text: str, context: MessageContext) -> Assessment:
        # Release any write lock this unit of work holds (the member row created on first
        # contact) before leaving the loop: another handler may need to write meanwhile.
        ctx.session.commit()
        return await asyncio.to_thread(self.assessor.assess, text, context)

    async def on_message(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, MessagePosted)
        if event.place.direct or not event.text.strip():
            return None
        key = (event.platform, event.place.community_id, event.actor.user_id)
        now = ctx.now
        recent = tuple(r for r in self._recent.get(key, ()) if now - r.at <= RECENT_MAX_AGE)
        channel_name = event.place.channel_name or event.place.channel_id or ""
        assessment = await self._assess(ctx, event.text, self._context(ctx, channel_name, recent))
        self._remember(ctx, key, event, now)
        if assessment.crisis:
            return self._care_path(
                ctx,
                assessment,
                event.text,
                source="message",
                channel=event.place.channel_id,
                message_id=event.message_id,
            )
        if assessment.action == "allow" or not assessment.raised:
            return None
        return self._flag(ctx, assessment, event)

    def _remember(
        self, ctx: Context, key: tuple[str, str, str], event: MessagePosted, now: datetime
    ) -> None:
        ring = self._recent.setdefault(key, deque(maxlen=RECENT_PER_AUTHOR))
        ring.append(RecentMessage(event.text, now))
        if len(self._recent) > RECENT_AUTHORS:  # drop authors quiet for a while
            for stale in [k for k, r in self._recent.items() if now - r[-1].at > RECENT_MAX_AGE]:
                del self._recent[stale]
        seen = self._seen.setdefault((key[0], key[1]), OrderedDict())
        seen[event.message_id] = Seen(
            event.actor.user_id,
            ctx.member.display_name or event.actor.user_id,
            event.place.channel_id,
            event.text,
            now,
        )
        while len(seen) > SEEN_PER_COMMUNITY:
            seen.popitem(last=False)

    @staticmethod
    def _case_fields(assessment: Assessment) -> dict[str, Any]:
        raised = list(assessment.raised)
        reasons = [r.to_dict() for r in assessment.reasons if r.signal != "bypass"]
        signals = set(raised)
        signals.update(
            f"{r.category}/{r.signal}" for r in assessment.reasons if r.category in raised
        )
        return {
            "categories": ",".join(raised),
            "scores_json": json.dumps(
                {k: round(float(v), 3) for k, v in assessment.scores.items()}
            ),
            "reasons_json": json.dumps(reasons)[:8000],
            "signals_json": json.dumps(sorted(signals)),
        }

    def _open(self, ctx: Context, assessment: Assessment, **fields: Any) -> ModerationCase:
        case_fields = self._case_fields(assessment)
        case_fields.update(fields)
        case = store.open_case(
            ctx.session,
            community_id=ctx.community.id,
            now=ctx.now,
            **case_fields,  # type: ignore[arg-type]
        )
        store.count_signals(ctx.session, ctx.community.id, case.signals)  # type: ignore[arg-type]
        store.log(
            ctx.session, case, "opened", now=ctx.now, detail=f"{case.decision}: {case.categories}"
        )
        log.info(
            "case %s #%d opened (%s: %s)",
            ctx.community.id,
            case.number,
            case.decision,
            case.categories,
        )
        return case

    def _care_path(
        self,
        ctx: Context,
        assessment: Assessment,
        text: str,
        *,
        source: str,
        channel: str | None,
        message_id: str | None,
    ) -> list[Action]:
        """Crisis: care for the author now, an urgent alert for a person to reach out."""
        case = self._open(
            ctx,
            assessment,
            source=source,
            author_id=ctx.member.id,
            channel=channel,
            message_id=message_id,
            text=text[:4000],
            decision="crisis",
            urgent=True,
            last_alert_at=ctx.now,
        )
        store.log(ctx.session, case, "care_sent", now=ctx.now)
        region = ctx.member.region or ctx.config.community.region
        where = f"#{ctx.event.place.channel_name or channel}" if channel else None
        return [
            DirectMessage(
                user_id=ctx.event.actor.user_id,
                message=care_message(self.care, region, where=where),
                fallback_channel=channel,
            ),
            AlertModerators(
                message=self._alert(ctx.session, case), urgent=True, case_ref=_ref(case)
            ),
        ]

    def _flag(self, ctx: Context, assessment: Assessment, event: MessagePosted) -> list[Action]:
        hide = assessment.action == "hide"
        can_hide = ctx.capabilities.hide_messages
        hidden = NOT_HIDDEN if not hide else HIDDEN if can_hide else HIDE_IMPOSSIBLE
        case = self._open(
            ctx,
            assessment,
            source="message",
            author_id=ctx.member.id,
            channel=event.place.channel_id,
            message_id=event.message_id,
            text=event.text[:4000],
            decision=assessment.action,
            hidden=hidden,
        )
        actions: list[Action] = []
        if hide:
            if can_hide:
                reason = f"Case #{case.number}: {case.categories}"
                actions.append(
                    HideMessage(
                        channel=event.place.channel_id or "",
                        message_id=event.message_id,
                        reason=reason,
                        case_ref=_ref(case),
                    )
                )
                store.log(ctx.session, case, "hidden", now=ctx.now)
            else:
                store.log(ctx.session, case, "hide_impossible", now=ctx.now)
            where = f"#{event.place.channel_name or event.place.channel_id}"
            actions.append(
                DirectMessage(
                    user_id=event.actor.user_id,
                    message=hidden_notice(
                        case,
                        case.category_list,
                        hidden=can_hide,
                        where=where,
                        url=ctx.config.community.guidelines_url,
                    ),
                    fallback_channel=event.place.channel_id,
                )
            )
            store.log(ctx.session, case, "author_told", now=ctx.now)
        actions.append(
            AlertModerators(
                message=self._alert(ctx.session, case), urgent=False, case_ref=_ref(case)
            )
        )
        return actions

    async def screen(self, ctx: Context, text: str, *, source: str) -> list[Action]:
        """Assess a text that was not posted in a channel (a check-in note, a form answer).

        Returns the crisis care path's actions (care DM and urgent alert, with a case opened)
        when the text raises crisis, else ``[]``. Nothing else is flagged: a private note is
        not moderated. Like message assessment this commits the caller's pending work first
        (no write lock is held while the assessor runs in a thread).
        """
        if not text.strip():
            return []
        assessment = await self._assess(ctx, text, self._context(ctx, source))
        if not assessment.crisis:
            return []
        return self._care_path(
            ctx, assessment, text, source=source[:32], channel=None, message_id=None
        )

    # -- adapter feedback ----------------------------------------------------------------

    async def on_outcome(self, platform: str, community: str, outcome: Outcome) -> Result:
        """A hide that failed on the platform is recorded on the case and moderators told; a
        care message that could not be delivered privately is escalated urgently."""
        if outcome.ok:
            return None
        action = outcome.action
        with self.hearth.db.session() as session:
            community_row = session.exec(
                select(Community).where(
                    Community.platform == platform, Community.external_id == community
                )
            ).first()
            if community_row is None:
                return None
            now = self.hearth.clock.now()
            if isinstance(action, HideMessage) and action.case_ref:
                case = _from_ref(session, community_row.id, action.case_ref)  # type: ignore[arg-type]
                if case is None:
                    return None
                case.hidden = HIDE_FAILED
                store.log(session, case, "hide_failed", now=now, detail=outcome.reason or "error")
                alert = self._alert(session, case)
                title = f"Case #{case.number}: the message could NOT be hidden"
                text = (
                    f"The platform refused ({outcome.reason or 'error'}). {outcome.detail} "
                    "Please remove it by hand if needed."
                ).strip()
                return AlertModerators(
                    message=Message(
                        title=title,
                        text=text,
                        fields=alert.fields,
                        buttons=alert.buttons,
                        selects=alert.selects,
                    ),
                    case_ref=_ref(case),
                )
            if isinstance(action, DirectMessage):
                member = session.exec(
                    select(Member).where(
                        Member.community_id == community_row.id,
                        Member.external_id == action.user_id,
                    )
                ).first()
                if member is None:
                    return None
                case = session.exec(
                    select(ModerationCase)
                    .where(
                        ModerationCase.author_id == member.id,
                        ModerationCase.decision == "crisis",
                        col(ModerationCase.status).in_((OPEN, ACKNOWLEDGED)),
                    )
                    .order_by(col(ModerationCase.id).desc())
                ).first()
                if case is None or now - case.created_at > timedelta(hours=1):
                    return None
                store.log(session, case, "care_failed", now=now, detail=outcome.reason or "error")
                return AlertModerators(
                    message=Message(
                        title=f"Case #{case.number}: the care message did not reach them",
                        text=(
                            f"Hearth could not message {member.display_name} privately "
                            f"({outcome.reason or 'error'}). Please reach out to them directly."
                        ),
                        buttons=self._alert(session, case).buttons,
                        urgent=True,
                    ),
                    urgent=True,
                    case_ref=_ref(case),
                )
        return None

    # -- buttons and forms ---------------------------------------------------------------

    def _case_from_action(self, ctx: Context, action_id: str) -> tuple[str, ModerationCase]:
        parts = action_id.split(":")
        if len(parts) < 3 or not parts[2].isdigit():
            raise UserError("That button is no longer in use.")
        case = store.by_id(ctx.session, ctx.community.id, int(parts[2]))  # type: ignore[arg-type]
        if case is None:
            raise UserError("That case no longer exists.")
        return parts[1], case

    async def pressed(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, ComponentPressed)
        verb, case = self._case_from_action(ctx, event.action_id)
        handler = {
            "keep": self._keep,
            "hide": self._hide,
            "warn": self._warn,
            "timeout": self._timeout,
            "escalate": self._escalate,
            "handled": self._handled,
            "ack": self._ack,
            "note": self._note_form,
        }.get(verb)
        if handler is None:
            raise UserError("That button is no longer in use.")
        parts = event.action_id.split(":")
        value = event.value or (parts[3] if len(parts) > 3 else None)
        actions = handler(ctx, case, value)
        return self._with_update(ctx, case, actions, event.channel_id, event.message_id)

    async def submitted(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, FormSubmitted)
        verb, case = self._case_from_action(ctx, event.form_id)
        if verb == "note":
            note = event.values.get("note", "").strip()
            if not note:
                raise UserError("The note was empty; nothing was added.")
            store.log(ctx.session, case, "note", now=ctx.now, actor=ctx.member, detail=note)
            actions: list[Action] = []
        elif verb == "timeout":
            actions = self._timeout(ctx, case, event.values.get("duration", ""))
        else:
            raise UserError("That form is no longer in use.")
        return self._with_update(
            ctx, case, actions, event.context.get("channel"), event.context.get("message_id")
        )

    def _with_update(
        self,
        ctx: Context,
        case: ModerationCase,
        actions: list[Action],
        channel: str | None,
        message_id: str | None,
    ) -> list[Action]:
        """After a decision: the alert itself shows who did what (or a private reply)."""
        if any(isinstance(a, OpenForm) for a in actions):
            return actions
        ctx.session.flush()
        alert = self._alert(ctx.session, case)
        if channel and message_id:
            return [*actions, UpdateMessage(channel=channel, message_id=message_id, message=alert)]
        return [*actions, ctx.reply(alert.footer or "Done.", title=alert.title)]

    def _refuse_on_crisis(self, case: ModerationCase, what: str) -> None:
        if case.crisis:
            raise UserError(
                f"Case #{case.number} is a crisis case: Hearth never {what} a member in crisis. "
                "Reach out to them, then press Mark handled."
            )

    def _close(self, ctx: Context, case: ModerationCase, status: str) -> None:
        case.status = status
        if case.closed_at is None:
            case.closed_at = ctx.now
        case.updated_at = ctx.now

    def _keep(self, ctx: Context, case: ModerationCase, _: str | None) -> list[Action]:
        self._refuse_on_crisis(case, "dismisses the care path for")
        if case.status == DISMISSED:
            raise UserError(f"Case #{case.number} was already kept.")
        detail = "not a problem; the signals are counted as a misfire"
        if case.hidden == HIDDEN:
            detail += " (the message had been hidden: restore it by hand if the platform allows)"
        store.log(ctx.session, case, "keep", now=ctx.now, actor=ctx.member, detail=detail)
        store.count_signals(ctx.session, case.community_id, case.signals, kept=True)
        self._close(ctx, case, DISMISSED)
        return []

    def _hide(self, ctx: Context, case: ModerationCase, _: str | None) -> list[Action]:
        self._refuse_on_crisis(case, "hides")
        if case.hidden == HIDDEN:
            raise UserError(f"The message of case #{case.number} is already hidden.")
        if not case.message_id or not case.channel:
            raise UserError(f"Case #{case.number} has no message to hide.")
        if not ctx.capabilities.hide_messages:
            case.hidden = HIDE_IMPOSSIBLE
            store.log(ctx.session, case, "hide_impossible", now=ctx.now, actor=ctx.member)
            return [
                ctx.reply(
                    "This platform does not let Hearth hide other members' messages (on Slack "
                    "that needs the optional admin user token). Please remove it by hand; the "
                    "case records that it could not be hidden."
                )
            ]
        case.hidden = HIDDEN
        store.log(ctx.session, case, "hidden", now=ctx.now, actor=ctx.member)
        self._close(ctx, case, RESOLVED)
        return [
            HideMessage(
                channel=case.channel,
                message_id=case.message_id,
                reason=f"Case #{case.number}: hidden by a moderator",
                case_ref=_ref(case),
            )
        ]

    def _author(self, ctx: Context, case: ModerationCase) -> Member:
        author = ctx.session.get(Member, case.author_id) if case.author_id else None
        if author is None:
            raise UserError(f"Case #{case.number} has no author on record any more.")
        return author

    def _reason(self, case: ModerationCase) -> str:
        guidelines = [GUIDELINES[c] for c in case.category_list if c in GUIDELINES]
        return " ".join(guidelines) or "Please keep to the community guidelines."

    def _warn(self, ctx: Context, case: ModerationCase, _: str | None) -> list[Action]:
        self._refuse_on_crisis(case, "warns")
        author = self._author(ctx, case)
        reason = self._reason(case)
        store.log(ctx.session, case, "warn", now=ctx.now, actor=ctx.member, detail=reason)
        self._close(ctx, case, RESOLVED)
        return [
            DirectMessage(
                user_id=author.external_id,
                message=warning_notice(case, reason, ctx.config.community.guidelines_url),
                fallback_channel=case.channel,
            )
        ]

    def _timeout(self, ctx: Context, case: ModerationCase, value: str | None) -> list[Action]:
        self._refuse_on_crisis(case, "times out")
        author = self._author(ctx, case)
        if not ctx.capabilities.timeouts:
            store.log(ctx.session, case, "timeout_unavailable", now=ctx.now, actor=ctx.member)
            return [
                ctx.reply(
                    "This platform does not support time outs, so nobody was timed out. You "
                    "could warn the member instead, or escalate to the organizers."
                )
            ]
        if not value:
            if not ctx.capabilities.forms:
                raise UserError("Pick a duration from the “Time out for” menu.")
            return [
                OpenForm(
                    form=Form(
                        f"case:timeout:{case.id}",
                        f"Time out (case #{case.number})",
                        (
                            FormInput(
                                "duration",
                                "How long? (e.g. 1h, 1d, 7d; at most 28 days)",
                                placeholder="1d",
                                max_length=20,
                            ),
                        ),
                        submit_label="Time out",
                        context=_form_context(ctx),
                    )
                )
            ]
        duration = parse_duration(value)
        if duration <= timedelta(0):
            raise UserError("A time out needs a duration longer than zero.")
        cap = timedelta(days=self.care.max_timeout_days)
        capped = duration > cap
        duration = min(duration, cap)
        reason = self._reason(case)
        detail = describe_duration(duration) + (" (capped)" if capped else "")
        store.log(ctx.session, case, "timeout", now=ctx.now, actor=ctx.member, detail=detail)
        self._close(ctx, case, RESOLVED)
        return [
            TimeOut(
                user_id=author.external_id,
                duration=duration,
                reason=f"Case #{case.number}: {', '.join(case.category_list)}",
                case_ref=_ref(case),
            ),
            DirectMessage(
                user_id=author.external_id,
                message=timeout_notice(case, duration, reason),
                fallback_channel=case.channel,
            ),
        ]

    def _escalate(self, ctx: Context, case: ModerationCase, _: str | None) -> list[Action]:
        who = ctx.member.display_name or ctx.event.actor.user_id
        store.log(ctx.session, case, "escalate", now=ctx.now, actor=ctx.member)
        kind = "a crisis case" if case.crisis else f"case #{case.number} ({case.categories})"
        return [
            AlertOrganizers(
                message=Message(
                    title=f"Case #{case.number} escalated",
                    text=f"{who} asked the organizers to look at {kind}. "
                    f"Use /case {case.number} to see it.",
                )
            )
        ]

    def _handled(self, ctx: Context, case: ModerationCase, _: str | None) -> list[Action]:
        if case.status in (RESOLVED, DISMISSED):
            raise UserError(f"Case #{case.number} is already closed.")
        if case.acknowledged_at is None:
            case.acknowledged_at = ctx.now
        if case.assignee_id is None:
            case.assignee_id = ctx.member.id
        store.log(ctx.session, case, "handled", now=ctx.now, actor=ctx.member)
        self._close(ctx, case, RESOLVED)
        return []

    def _ack(self, ctx: Context, case: ModerationCase, _: str | None) -> list[Action]:
        if case.status != OPEN:
            raise UserError(f"Case #{case.number} is already {STATUS_WORDS[case.status]}.")
        case.status = ACKNOWLEDGED
        case.acknowledged_at = ctx.now
        case.assignee_id = ctx.member.id
        store.log(ctx.session, case, "ack", now=ctx.now, actor=ctx.member)
        return []

    def _note_form(self, ctx: Context, case: ModerationCase, _: str | None) -> list[Action]:
        if not ctx.capabilities.forms:
            raise UserError(f"Add the note with /case {case.number} YOUR NOTE.")
        return [
            OpenForm(
                form=Form(
                    f"case:note:{case.id}",
                    f"Note on case #{case.number}",
                    (
                        FormInput(
                            "note", "Note (moderators only)", style="paragraph", max_length=1000
                        ),
                    ),
                    submit_label="Add note",
                    context=_form_context(ctx),
                )
            )
        ]

    # -- rendering -----------------------------------------------------------------------

    def _names(self, session: Session, ids: set[int | None]) -> dict[int, str]:
        wanted = {i for i in ids if i is not None}
        if not wanted:
            return {}
        rows = session.exec(select(Member).where(col(Member.id).in_(wanted)))
        return {m.id: (m.display_name or m.external_id) for m in rows}  # type: ignore[misc]

    def _alert(self, session: Session, case: ModerationCase, *, realert: bool = False) -> Message:
        log_rows = store.events(session, case)
        names = self._names(session, {case.author_id, *(e.actor_id for e in log_rows)})
        author = names.get(case.author_id, "a member") if case.author_id else "(forgotten member)"  # type: ignore[arg-type]
        labelled = [(e, names.get(e.actor_id, "?") if e.actor_id else "Hearth") for e in log_rows]  # type: ignore[arg-type]
        warnings = store.warnings_of(session, case.author_id) if case.author_id else 0
        reporters = [
            (m.display_name or m.external_id, r.note) for r, m in store.reporters(session, case)
        ]
        return case_alert(
            case,
            author=author,
            channel=case.channel,
            log=labelled,
            warnings=warnings,
            warning_threshold=self.care.warning_threshold,
            reporters=reporters,
            realert=realert,
            now=self.hearth.clock.now(),
        )

    # -- commands ------------------------------------------------------------------------

    async def case_command(self, ctx: Context) -> Result:
        number = int(ctx.options["number"])
        case = store.by_number(ctx.session, ctx.community.id, number)  # type: ignore[arg-type]
        if case is None:
            raise UserError(f"There is no case #{number} in this community. Try /cases.")
        note = ctx.options.get("note", "").strip()
        if note:
            store.log(ctx.session, case, "note", now=ctx.now, actor=ctx.member, detail=note[:1000])
        alert = self._alert(ctx.session, case)
        log_rows = store.events(ctx.session, case)
        names = self._names(ctx.session, {e.actor_id for e in log_rows})
        lines = [
            f"{e.at:%Y-%m-%d %H:%M} {names.get(e.actor_id, '?') if e.actor_id else 'Hearth'} "  # type: ignore[arg-type]
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
        rows = store.active_cases(ctx.session, ctx.community.id)  # type: ignore[arg-type]
        if not rows:
            return ctx.reply("No open cases. Thank you for looking after everyone.")
        names = self._names(ctx.session, {c.author_id for c in rows})
        lines = []
        for case in rows:
            age = _ago(ctx.now - case.created_at)
            who = names.get(case.author_id, "forgotten member") if case.author_id else "—"  # type: ignore[arg-type]
            flag = "URGENT crisis" if case.crisis else case.categories or case.decision
            where = f" in #{case.channel}" if case.channel else f" ({case.source})"
            lines.append(
                f"#{case.number} {flag} · {STATUS_WORDS[case.status]} · {who}{where} · {age}"
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

    def _find_member(self, ctx: Context, ref: str) -> Member:
        ref = ref.strip()
        mention = re.fullmatch(r"<@!?([A-Za-z0-9]+)>|@?(.+)", ref)
        key = (mention.group(1) or mention.group(2) or "").strip() if mention else ref
        if not key:
            raise UserError("Which member? Give their user id or display name.")
        by_id = ctx.session.exec(
            select(Member).where(Member.community_id == ctx.community.id, Member.external_id == key)
        ).first()
        if by_id is not None:
            return by_id
        matches = list(
            ctx.session.exec(
                select(Member).where(
                    Member.community_id == ctx.community.id,
                    func.lower(Member.display_name) == key.lower(),
                )
            )
        )
        if len(matches) == 1:
            return matches[0]
        if matches:
            ids = ", ".join(m.external_id for m in matches)
            raise UserError(f"Several members are called “{key}”; use a user id: {ids}.")
        raise UserError(f"I don't know a member “{key}” here.")

    async def history_command(self, ctx: Context) -> Result:
        member = self._find_member(ctx, ctx.options["member"])
        rows = store.member_cases(ctx.session, member.id)  # type: ignore[arg-type]
        name = member.display_name or member.external_id
        if not rows:
            return ctx.reply(f"{name} has no moderation cases.")
        lines = []
        for case in rows:
            decisions = [
                EVENT_WORDS.get(e.kind, e.kind)
                for e in store.events(ctx.session, case)
                if e.kind in {"keep", "hidden", "warn", "timeout", "escalate", "handled"}
            ]
            kind = "crisis (care)" if case.crisis else case.categories or case.decision
            lines.append(
                f"#{case.number} {case.created_at:%Y-%m-%d} {kind} · {STATUS_WORDS[case.status]}"
                + (f" · {', '.join(decisions)}" if decisions else "")
            )
        warnings = store.warnings_of(ctx.session, member.id)  # type: ignore[arg-type]
        return ctx.reply(
            "\n".join(lines),
            title=f"History of {name} ({member.external_id})",
            fields=(Field("Warnings", str(warnings)),),
        )

    async def report_command(self, ctx: Context) -> Result:
        reporter = ctx.member
        window = timedelta(minutes=self.care.report_window_minutes)
        recent = store.reports_since(ctx.session, reporter.id, ctx.now - window)  # type: ignore[arg-type]
        if recent >= self.care.report_limit:
            raise UserError(
                f"You've sent {recent} reports recently, the most I take in "
                f"{describe_duration(window)}. The moderators have them all. If someone is in "
                "danger right now, contact a moderator directly or call your local emergency "
                "number."
            )
        ref = ctx.options.get("message", "").strip()
        note = ctx.options.get("text", "").strip()
        seen = self._lookup_message(ctx, ref) if ref else None
        if ref and seen is None:
            note = f"{ref} {note}".strip()
            ref = ""
        if not note and seen is None:
            raise UserError(
                "Tell me what worries you: /report MESSAGE-ID what happened, "
                "or /report your concern."
            )
        subject = seen[1] if seen else None
        author = None
        if subject is not None:
            author = ctx.session.exec(
                select(Member).where(
                    Member.community_id == ctx.community.id, Member.external_id == subject.author
                )
            ).first()
        text = subject.text if subject else None
        assessment = await self._assess(
            ctx, text or note, self._context(ctx, (subject.channel if subject else "") or "")
        )
        fields = self._case_fields(assessment)
        if not assessment.raised:
            fields["categories"] = ""
        fields["signals_json"] = json.dumps(sorted({"report", *json.loads(fields["signals_json"])}))
        case = store.open_case(
            ctx.session,
            community_id=ctx.community.id,  # type: ignore[arg-type]
            now=ctx.now,
            source="report",
            author_id=author.id if author else None,
            channel=subject.channel if subject else None,
            message_id=seen[0] if seen else None,
            text=text,
            decision="report",
            urgent=assessment.crisis,
            last_alert_at=ctx.now,
            **fields,
        )
        store.count_signals(ctx.session, ctx.community.id, case.signals)  # type: ignore[arg-type]
        store.log(ctx.session, case, "opened", now=ctx.now, detail="member report")
        ctx.session.add(
            CaseReport(
                community_id=ctx.community.id,  # type: ignore[arg-type]
                case_id=case.id,  # type: ignore[arg-type]
                reporter_id=reporter.id,  # type: ignore[arg-type]
                note=note[:2000],
                created_at=ctx.now,
            )
        )
        store.log(ctx.session, case, "reported", now=ctx.now, actor=reporter)
        return [
            AlertModerators(
                message=self._alert(ctx.session, case), urgent=case.urgent, case_ref=_ref(case)
            ),
            ctx.reply(
                f"Thank you. The moderators have it as case #{case.number}; only they can see "
                "that it came from you."
            ),
        ]

    def _lookup_message(self, ctx: Context, ref: str) -> tuple[str, Seen] | None:
        seen = self._seen.get((ctx.event.platform, ctx.event.actor.community_id), {})
        last = ref.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        candidates = [ref, last]
        if re.fullmatch(r"p\d{16}", last):  # a Slack permalink names the message ts as p<digits>
            candidates.append(f"{last[1:11]}.{last[11:]}")
        for key in candidates:
            if key in seen:
                return key, seen[key]
        return None

    async def stats_command(self, ctx: Context) -> Result:
        rows = store.stats(ctx.session, ctx.community.id)  # type: ignore[arg-type]
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

    # -- due work ------------------------------------------------------------------------

    async def tick(self) -> None:
        now = self.hearth.clock.now()
        outbox: list[tuple[str, str, Action]] = []
        with self.hearth.db.session() as session:
            due = now - timedelta(minutes=self.care.realert_minutes)
            waiting = session.exec(
                select(ModerationCase).where(
                    ModerationCase.urgent == True,  # noqa: E712
                    ModerationCase.status == OPEN,
                    col(ModerationCase.acknowledged_at).is_(None),
                    col(ModerationCase.last_alert_at) <= due,
                )
            ).all()
            for case in waiting:
                community = session.get(Community, case.community_id)
                if community is None:
                    continue
                case.last_alert_at = now
                store.log(session, case, "realert", now=now)
                alert = self._alert(session, case, realert=True)
                outbox.append(
                    (
                        community.platform,
                        community.external_id,
                        AlertModerators(message=alert, urgent=True, case_ref=_ref(case)),
                    )
                )
            purged = self._purge(session, now)
        if purged:
            log.info("erased the text of %d closed case(s) past retention", purged)
        for platform, community_id, action in outbox:
            outcomes = await self.hearth.deliver(platform, community_id, [action])
            if any(not o.ok for o in outcomes):
                log.warning("re-alert on %s not delivered", platform)

    def _purge(self, session: Session, now: datetime) -> int:
        cutoff = now - timedelta(days=self.hearth.config.privacy.flagged_text_retention_days)
        rows = session.exec(
            select(ModerationCase).where(
                col(ModerationCase.closed_at).is_not(None),
                col(ModerationCase.closed_at) <= cutoff,
                col(ModerationCase.text_erased_at).is_(None),
            )
        ).all()
        for case in rows:
            store.erase_text(case, now)
            store.log(session, case, "purged", now=now)
        return len(rows)

    # -- member data ---------------------------------------------------------------------

    def export_member(self, session: Session, member: Member) -> dict[str, Any]:
        """The member's cases as author and their own reports; never who decided or who
        reported them, never moderators' notes."""
        visible = {"hidden", "warn", "timeout", "keep", "handled", "purged"}
        cases_out = []
        for case in store.member_cases(session, member.id):  # type: ignore[arg-type]
            cases_out.append(
                {
                    "case": case.number,
                    "opened": case.created_at.isoformat(),
                    "kind": "crisis care" if case.crisis else case.decision,
                    "categories": case.category_list,
                    "status": case.status,
                    "channel": case.channel,
                    "message_text": case.text,
                    "hidden": case.hidden,
                    "decisions": [
                        {"at": e.at.isoformat(), "what": EVENT_WORDS.get(e.kind, e.kind)}
                        for e in store.events(session, case)
                        if e.kind in visible
                    ],
                }
            )
        reports = session.exec(
            select(CaseReport, ModerationCase)
            .join(ModerationCase, col(ModerationCase.id) == col(CaseReport.case_id))
            .where(CaseReport.reporter_id == member.id)
        ).all()
        return {
            "cases_about_you": cases_out,
            "your_reports": [
                {"case": c.number, "sent": r.created_at.isoformat(), "what_you_wrote": r.note}
                for r, c in reports
            ],
        }

    def forget_member(self, session: Session, member: Member) -> None:
        """Policy: the member's own reports are deleted. Cases about them stay as an
        anonymised record (so the community's moderation history and signal statistics hold):
        the author link is removed, the message text and quotes erased, categories, scores
        and decisions kept. Where they acted as a moderator, the log keeps the action but no
        longer says it was them. The in-memory recent messages are dropped too."""
        now = self.hearth.clock.now()
        for report in session.exec(select(CaseReport).where(CaseReport.reporter_id == member.id)):
            session.delete(report)
        for case in store.member_cases(session, member.id):  # type: ignore[arg-type]
            case.author_id = None
            store.erase_text(case, now)
            store.log(session, case, "anonymised", now=now)
        for case in session.exec(
            select(ModerationCase).where(ModerationCase.assignee_id == member.id)
        ):
            case.assignee_id = None
        for event in session.exec(select(CaseEvent).where(CaseEvent.actor_id == member.id)):
            event.actor_id = None
        session.flush()
        community = session.get(Community, member.community_id)
        if community is not None:
            self._recent.pop((community.platform, community.external_id, member.external_id), None)
            seen = self._seen.get((community.platform, community.external_id), {})
            for key in [k for k, s in seen.items() if s.author == member.external_id]:
                del seen[key]


def _ref(case: ModerationCase) -> str:
    return f"case:{case.id}"


def _from_ref(session: Session, community_id: int, ref: str) -> ModerationCase | None:
    prefix, _, raw = ref.partition(":")
    if prefix != "case" or not raw.isdigit():
        return None
    return store.by_id(session, community_id, int(raw))


def _form_context(ctx: Context) -> dict[str, str]:
    event = ctx.event
    if isinstance(event, ComponentPressed) and event.channel_id and event.message_id:
        return {"channel": event.channel_id, "message_id": event.message_id}
    return {}


def _ago(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return f"{max(minutes, 0)} min ago"
    if minutes < 48 * 60:
        return f"{minutes // 60} h ago"
    return f"{minutes // (24 * 60)} days ago"


__all__ = ["ModerationFeature", "parse_duration"]
