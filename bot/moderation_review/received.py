"""Abuse a member received and shared: the message stays up and the moderators are told.

A parent sent abuse in their direct messages often shows it to the group. The assessor keeps
such a message up (the words are quoted, not said) and marks it with a ``received`` reason
(``moderation.rules.received``). Here that becomes a case of its own kind: the moderators
get an alert to check in with the member and find the sender, and the member hears privately
that the moderators know. Nothing is hidden and the member is never warned or timed out
(``render.case_buttons``, ``buttons.Buttons``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.actions import Action, AlertModerators, DirectMessage
from bot.context import Context
from bot.events import MessagePosted
from bot.moderation_review import store
from bot.moderation_review.models import NOT_HIDDEN, RECEIVED
from bot.moderation_review.render import received_notice
from moderation import Assessment
from moderation.rules.received import SIGNAL

if TYPE_CHECKING:
    from bot.moderation_review.assess import Assess


def shares_received_abuse(assessment: Assessment) -> bool:
    """The message raised nothing and tells of abuse sent to its author."""
    return not assessment.raised and any(r.signal == SIGNAL for r in assessment.reasons)


def received_case(
    assess: Assess, ctx: Context, assessment: Assessment, event: MessagePosted
) -> list[Action]:
    """Open the case, alert the moderators (not urgent) and tell the member privately."""
    case = assess.open_for_message(ctx, assessment, event, RECEIVED, NOT_HIDDEN)
    store.log(ctx.session, case, "received_told", now=ctx.now)
    channel = event.place.channel_name or event.place.channel_id
    where = f"#{channel}" if event.place.channel_id else None
    return [
        AlertModerators(
            message=assess.feature.alert(ctx.session, case),
            urgent=False,
            case_ref=store.case_ref(case),
        ),
        DirectMessage(
            user_id=event.actor.user_id,
            message=received_notice(case, where),
            fallback_channel=event.place.channel_id,
        ),
    ]
