"""Assessing group messages, and the crisis care path (``on_message``, ``screen``).

Every message in a group channel is assessed by :class:`moderation.Assessor` in a worker
thread (the caller's pending writes are committed first, so no write lock is held while the
models run). Then ``review`` and ``hide`` open a case and alert moderators (hiding where the
platform can, telling the author kindly), and ``crisis`` takes the care path: crisis lines to
the author at once and an urgent alert, never hiding or punishment. Recent messages are kept
in memory only (flood detection, ``/report`` by message id), never in the database. An
edited message is assessed again like a new one; if it already has a case, that case is
updated instead (:mod:`.edits`).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import OrderedDict, deque
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from bot.actions import Action, AlertModerators, DirectMessage, HideMessage
from bot.context import Context
from bot.events import Actor, MessagePosted
from bot.moderation_review import store
from bot.moderation_review.edits import edited_case
from bot.moderation_review.models import HIDDEN, HIDE_IMPOSSIBLE, NOT_HIDDEN, ModerationCase
from bot.moderation_review.received import received_case, shares_received_abuse
from bot.moderation_review.render import care_message, hidden_notice, unsaved_crisis_alert
from bot.moderation_review.store import case_fields
from bot.router import Result
from bot.storage.models import Member
from moderation import Assessment, Assessor, MessageContext, ModerationSettings, RecentMessage
from moderation.rules.someone_close import about_someone_close

if TYPE_CHECKING:
    from bot.moderation_review.feature import ModerationFeature

log = logging.getLogger(__name__)

RECENT_PER_AUTHOR = 10
RECENT_MAX_AGE = timedelta(minutes=15)
RECENT_AUTHORS = 5000
SEEN_PER_COMMUNITY = 2000


@dataclass(frozen=True, slots=True)
class Seen:
    """A recent group message, in memory only, so ``/report`` can name it."""

    author: str
    author_name: str
    channel: str | None
    text: str
    at: datetime
    channel_name: str | None = None


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


def _name(channel_name: str | None) -> str | None:
    return channel_name[:100] if channel_name else None


def open_case(
    session: Session, community_id: int, now: datetime, fields: dict[str, Any]
) -> ModerationCase:
    """Open a case (numbered), count its signals and log that it opened."""
    case = store.open_case(session, community_id=community_id, now=now, **fields)
    store.count_signals(session, community_id, case.signals)
    store.log(session, case, "opened", now=now, detail=f"{case.decision}: {case.categories}")
    log.info(
        "case %s #%d opened (%s: %s)", community_id, case.number, case.decision, case.categories
    )
    return case


@dataclass(frozen=True, slots=True)
class PendingCrisis:
    """A crisis whose case could not be stored yet: what storing it later needs (in memory)."""

    actor: Actor
    fields: dict[str, Any]
    at: datetime


class Assess:
    """The message listener and the care path; holds the in-memory recent messages."""

    def __init__(self, feature: ModerationFeature) -> None:
        self.feature = feature
        self._assessor: Assessor | None = None
        self.recent: dict[tuple[str, str, str], deque[RecentMessage]] = {}
        self.seen: dict[tuple[str, str], OrderedDict[str, Seen]] = {}

    @property
    def assessor(self) -> Assessor:
        """Built on first use (loading models takes a moment), then shared by all threads."""
        if self._assessor is None:
            self._assessor = shared_assessor(self.feature.hearth.config.moderation)
        return self._assessor

    def _is_new(self, member: Member, now: datetime) -> bool:
        return now - member.created_at < timedelta(days=self.feature.care.new_member_days)

    def context(
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

    async def assess(self, ctx: Context, text: str, context: MessageContext) -> Assessment:
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
        recent = tuple(r for r in self.recent.get(key, ()) if now - r.at <= RECENT_MAX_AGE)
        channel_name = event.place.channel_name or event.place.channel_id or ""
        assessment = await self.assess(ctx, event.text, self.context(ctx, channel_name, recent))
        if event.edited:
            self._remember_edit(event)
            community_id = ctx.community.id
            assert community_id is not None
            case = store.by_message(
                ctx.session, community_id, event.place.channel_id, event.message_id
            )
            if case is not None:  # already a case: it is updated, never a second one
                return edited_case(self, ctx, case, assessment, event)
        else:
            self._remember(ctx, key, event, now)
        if assessment.crisis:
            return self.care_path(
                ctx,
                assessment,
                event.text,
                source="message",
                channel=event.place.channel_id,
                message_id=event.message_id,
            )
        if shares_received_abuse(assessment):
            return received_case(self, ctx, assessment, event)
        if assessment.action == "allow" or not assessment.raised:
            return None
        return self._flag(ctx, assessment, event)

    async def screen(self, ctx: Context, text: str, *, source: str) -> list[Action]:
        """Assess a text that was not posted in a channel (a check-in note, a form answer).

        Returns the crisis care path's actions (care DM and urgent alert, with a case opened)
        when the text raises crisis, else ``[]``. Nothing else is flagged: a private note is
        not moderated. Like message assessment this commits the caller's pending work first
        (no write lock is held while the assessor runs in a thread).
        """
        if not text.strip():
            return []
        assessment = await self.assess(ctx, text, self.context(ctx, source))
        if not assessment.crisis:
            return []
        return self.care_path(
            ctx, assessment, text, source=source[:32], channel=None, message_id=None
        )

    def _remember(
        self, ctx: Context, key: tuple[str, str, str], event: MessagePosted, now: datetime
    ) -> None:
        ring = self.recent.setdefault(key, deque(maxlen=RECENT_PER_AUTHOR))
        ring.append(RecentMessage(event.text, now))
        if len(self.recent) > RECENT_AUTHORS:  # drop authors quiet for a while
            for stale in [k for k, r in self.recent.items() if now - r[-1].at > RECENT_MAX_AGE]:
                del self.recent[stale]
        seen = self.seen.setdefault((key[0], key[1]), OrderedDict())
        seen[event.message_id] = Seen(
            event.actor.user_id,
            ctx.member.display_name or event.actor.user_id,
            event.place.channel_id,
            event.text,
            now,
            _name(event.place.channel_name),
        )
        while len(seen) > SEEN_PER_COMMUNITY:
            seen.popitem(last=False)

    def _remember_edit(self, event: MessagePosted) -> None:
        """An edit changes the remembered text (``/report`` sees the latest); it is not a new
        message for flood detection."""
        seen = self.seen.get((event.platform, event.place.community_id), {})
        known = seen.get(event.message_id)
        if known is not None:
            seen[event.message_id] = replace(known, text=event.text)

    def care_message(
        self, ctx: Context, channel: str | None, assessment: Assessment
    ) -> DirectMessage:
        """The crisis lines for the event's author, privately; how to help when the message
        tells of someone close (``moderation.rules.someone_close``)."""
        region = ctx.member.region or ctx.config.community.region
        where = f"#{ctx.event.place.channel_name or channel}" if channel else None
        close = about_someone_close(r.to_dict() for r in assessment.reasons)
        return DirectMessage(
            user_id=ctx.event.actor.user_id,
            message=care_message(self.feature.care, region, where=where, someone_close=close),
            fallback_channel=channel,
        )

    def forget(self, platform: str, community: str, user_id: str) -> None:
        """Drop a member's recent messages from memory (they asked to be forgotten)."""
        self.recent.pop((platform, community, user_id), None)
        seen = self.seen.get((platform, community), {})
        for key in [k for k, s in seen.items() if s.author == user_id]:
            del seen[key]

    def open(self, ctx: Context, assessment: Assessment, **fields: Any) -> ModerationCase:
        community_id = ctx.community.id
        assert community_id is not None
        return open_case(ctx.session, community_id, ctx.now, {**case_fields(assessment), **fields})

    def open_for_message(
        self,
        ctx: Context,
        assessment: Assessment,
        event: MessagePosted,
        decision: str,
        hidden: str,
    ) -> ModerationCase:
        """Open the case of a posted message by its author."""
        return self.open(
            ctx,
            assessment,
            source="message",
            author_id=ctx.member.id,
            channel=event.place.channel_id,
            channel_name=_name(event.place.channel_name),
            message_id=event.message_id,
            text=event.text[:4000],
            decision=decision,
            hidden=hidden,
        )

    def care_path(
        self,
        ctx: Context,
        assessment: Assessment,
        text: str,
        *,
        source: str,
        channel: str | None,
        message_id: str | None,
    ) -> list[Action]:
        """Crisis: care for the author now, an urgent alert for a person to reach out.

        The case is stored and committed at once. If that fails (a locked SQLite file, a lost
        connection), the care message and an urgent alert still go out, and storing the case
        is retried (:meth:`.jobs.Jobs.store_later`), its alert with buttons following."""
        care = self.care_message(ctx, channel, assessment)
        fields: dict[str, Any] = {
            "source": source,
            "channel": channel,
            "channel_name": _name(ctx.event.place.channel_name) if channel else None,
            "message_id": message_id,
            "text": text[:4000],
            "decision": "crisis",
            "urgent": True,
        }
        try:
            case = self.open(
                ctx, assessment, author_id=ctx.member.id, last_alert_at=ctx.now, **fields
            )
            store.log(ctx.session, case, "care_sent", now=ctx.now)
            ctx.session.commit()  # stored now, whatever later handlers do
        except SQLAlchemyError as exc:
            ctx.session.rollback()
            log.error(
                "crisis case not stored (%s); care and alert sent, retrying", type(exc).__name__
            )
            pending = PendingCrisis(ctx.event.actor, {**case_fields(assessment), **fields}, ctx.now)
            self.feature.jobs.store_later(pending)
            return [care, AlertModerators(message=unsaved_crisis_alert(pending), urgent=True)]
        try:
            alert = self.feature.alert(ctx.session, case)
        except Exception as exc:  # the care message goes out whatever the alert meets
            log.error(
                "crisis alert for case %s not rendered (%s); care and a plain alert sent",
                case.id,
                type(exc).__name__,
            )
            pending = PendingCrisis(ctx.event.actor, {**case_fields(assessment), **fields}, ctx.now)
            alert = unsaved_crisis_alert(pending, number=case.number)
        return [care, AlertModerators(message=alert, urgent=True, case_ref=store.case_ref(case))]

    def _flag(self, ctx: Context, assessment: Assessment, event: MessagePosted) -> list[Action]:
        hide = assessment.action == "hide"
        can_hide = ctx.capabilities.hide_messages
        hidden = NOT_HIDDEN if not hide else HIDDEN if can_hide else HIDE_IMPOSSIBLE
        case = self.open_for_message(ctx, assessment, event, assessment.action, hidden)
        actions: list[Action] = []
        if hide:
            actions += self._hide_and_tell(ctx, case, event, can_hide)
        actions.append(
            AlertModerators(
                message=self.feature.alert(ctx.session, case),
                urgent=False,
                case_ref=store.case_ref(case),
            )
        )
        return actions

    def _hide_and_tell(
        self, ctx: Context, case: ModerationCase, event: MessagePosted, can_hide: bool
    ) -> list[Action]:
        actions: list[Action] = []
        if can_hide:
            actions.append(
                HideMessage(
                    channel=event.place.channel_id or "",
                    message_id=event.message_id,
                    reason=f"Case #{case.number}: {case.categories}",
                    case_ref=store.case_ref(case),
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
        return actions
