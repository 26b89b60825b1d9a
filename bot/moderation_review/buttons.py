"""The case buttons and forms on an alert: ``case:<verb>:<case id>[:<value>]``.

Verbs (through :attr:`Buttons.verbs`): ``keep``, ``hide``, ``warn``, ``timeout`` (a duration
from the select, the button's value, or a form), ``escalate``, ``handled``, ``ack`` and
``note`` (a form). Forms: ``case:note:<id>`` and ``case:timeout:<id>``. Moderators only (the
router checks the role once). Every decision is logged on the case, and the alert itself is
edited to show it (or, without the alert at hand, a private reply). A crisis case is never
dismissed, hidden, warned or timed out. A stale or malformed id gets a specific answer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.actions import (
    Action,
    AlertOrganizers,
    DirectMessage,
    HideMessage,
    OpenForm,
    TimeOut,
    UpdateMessage,
)
from bot.context import Context
from bot.durations import describe, parse_duration
from bot.errors import UserError
from bot.events import ComponentPressed, FormSubmitted
from bot.messages import Form, FormInput, Message
from bot.moderation_review import store
from bot.moderation_review.models import (
    ACKNOWLEDGED,
    DISMISSED,
    HIDDEN,
    HIDE_IMPOSSIBLE,
    OPEN,
    RESOLVED,
    ModerationCase,
)
from bot.moderation_review.render import (
    GUIDELINES,
    STATUS_WORDS,
    timeout_notice,
    warning_notice,
)
from bot.roles import Role
from bot.router import Result, Router
from bot.storage.models import Member

if TYPE_CHECKING:
    from bot.moderation_review.feature import ModerationFeature

Verb = Callable[[Context, ModerationCase, str | None], list[Action]]
#: The longest time out anyone may type (then capped at ``care.max_timeout_days``).
LONGEST_TIMEOUT = timedelta(days=365)


def _form_context(ctx: Context) -> dict[str, str]:
    event = ctx.event
    if isinstance(event, ComponentPressed) and event.channel_id and event.message_id:
        return {"channel": event.channel_id, "message_id": event.message_id}
    return {}


class Buttons:
    def __init__(self, feature: ModerationFeature) -> None:
        self.feature = feature
        self.verbs: dict[str, Verb] = {
            "keep": self.keep,
            "hide": self.hide,
            "warn": self.warn,
            "timeout": self.timeout,
            "escalate": self.escalate,
            "handled": self.handled,
            "ack": self.ack,
            "note": self.note_form,
        }

    def register(self, router: Router) -> None:
        router.component("case", role=Role.MODERATOR)(self.pressed)
        router.form("case", role=Role.MODERATOR)(self.submitted)

    def _case_from_action(self, ctx: Context, action_id: str) -> tuple[str, ModerationCase]:
        parts = action_id.split(":")
        case_id = store.row_id(parts[2]) if len(parts) >= 3 else None
        if case_id is None:
            raise UserError("That button is no longer in use.")
        community_id = ctx.community.id
        assert community_id is not None
        case = store.by_id(ctx.session, community_id, case_id)
        if case is None:
            raise UserError("That case no longer exists.")
        return parts[1], case

    async def pressed(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, ComponentPressed)
        verb, case = self._case_from_action(ctx, event.action_id)
        handler = self.verbs.get(verb)
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
            actions = self.timeout(ctx, case, event.values.get("duration", ""))
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
        alert = self.feature.alert(ctx.session, case)
        if channel and message_id:
            return [*actions, UpdateMessage(channel=channel, message_id=message_id, message=alert)]
        return [*actions, ctx.reply(alert.footer or "Done.", title=alert.title)]

    # -- verbs ---------------------------------------------------------------------------

    @staticmethod
    def _refuse_on_crisis(case: ModerationCase, what: str, *, received: bool = False) -> None:
        """A member in crisis is never punished; with ``received``, nor one sent abuse."""
        if case.crisis:
            raise UserError(
                f"Case #{case.number} is a crisis case: Hearth never {what} a member in crisis. "
                "Reach out to them, then press Mark handled."
            )
        if received and case.received:
            raise UserError(
                f"Case #{case.number} is abuse the member received: Hearth never {what} the "
                "member it was sent to. Look into who sent it, then press Mark handled."
            )

    @staticmethod
    def _close(ctx: Context, case: ModerationCase, status: str) -> None:
        case.status = status
        if case.closed_at is None:
            case.closed_at = ctx.now
        case.updated_at = ctx.now

    def keep(self, ctx: Context, case: ModerationCase, _: str | None) -> list[Action]:
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

    def hide(self, ctx: Context, case: ModerationCase, _: str | None) -> list[Action]:
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
                case_ref=store.case_ref(case),
            )
        ]

    @staticmethod
    def _author(ctx: Context, case: ModerationCase) -> Member:
        author = ctx.session.get(Member, case.author_id) if case.author_id else None
        if author is None:
            raise UserError(f"Case #{case.number} has no author on record any more.")
        return author

    @staticmethod
    def _reason(case: ModerationCase) -> str:
        guidelines = [GUIDELINES[c] for c in case.category_list if c in GUIDELINES]
        return " ".join(guidelines) or "Please keep to the community guidelines."

    def warn(self, ctx: Context, case: ModerationCase, _: str | None) -> list[Action]:
        self._refuse_on_crisis(case, "warns", received=True)
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

    def timeout(self, ctx: Context, case: ModerationCase, value: str | None) -> list[Action]:
        self._refuse_on_crisis(case, "times out", received=True)
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
            return [OpenForm(form=self._timeout_form(ctx, case))]
        duration = parse_duration(value, maximum=LONGEST_TIMEOUT, bare_unit="days")
        cap = timedelta(days=self.feature.care.max_timeout_days)
        capped = duration > cap
        duration = min(duration, cap)
        reason = self._reason(case)
        detail = describe(duration) + (" (capped)" if capped else "")
        store.log(ctx.session, case, "timeout", now=ctx.now, actor=ctx.member, detail=detail)
        self._close(ctx, case, RESOLVED)
        return [
            TimeOut(
                user_id=author.external_id,
                duration=duration,
                reason=f"Case #{case.number}: {', '.join(case.category_list)}",
                case_ref=store.case_ref(case),
            ),
            DirectMessage(
                user_id=author.external_id,
                message=timeout_notice(case, duration, reason),
                fallback_channel=case.channel,
            ),
        ]

    @staticmethod
    def _timeout_form(ctx: Context, case: ModerationCase) -> Form:
        return Form(
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

    def escalate(self, ctx: Context, case: ModerationCase, _: str | None) -> list[Action]:
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

    def handled(self, ctx: Context, case: ModerationCase, _: str | None) -> list[Action]:
        if case.status in (RESOLVED, DISMISSED):
            raise UserError(f"Case #{case.number} is already closed.")
        if case.acknowledged_at is None:
            case.acknowledged_at = ctx.now
        if case.assignee_id is None:
            case.assignee_id = ctx.member.id
        store.log(ctx.session, case, "handled", now=ctx.now, actor=ctx.member)
        self._close(ctx, case, RESOLVED)
        return []

    def ack(self, ctx: Context, case: ModerationCase, _: str | None) -> list[Action]:
        if case.status != OPEN:
            raise UserError(f"Case #{case.number} is already {STATUS_WORDS[case.status]}.")
        case.status = ACKNOWLEDGED
        case.acknowledged_at = ctx.now
        case.assignee_id = ctx.member.id
        store.log(ctx.session, case, "ack", now=ctx.now, actor=ctx.member)
        return []

    def note_form(self, ctx: Context, case: ModerationCase, _: str | None) -> list[Action]:
        if not ctx.capabilities.forms:
            raise UserError(f"Add the note with /case {case.number} YOUR NOTE.")
        note = FormInput("note", "Note (moderators only)", style="paragraph", max_length=1000)
        return [
            OpenForm(
                form=Form(
                    f"case:note:{case.id}",
                    f"Note on case #{case.number}",
                    (note,),
                    submit_label="Add note",
                    context=_form_context(ctx),
                )
            )
        ]
