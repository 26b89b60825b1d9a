"""An edit of a message that already has a case: the case is updated, never a second one.

The edited text replaces the case's text (unless it was already erased) and, when the new text
still raises something, its categories, scores and reasons. The log says the author edited it
and what is flagged now. Then:

* the edit turned it into a crisis: the author gets the crisis lines and moderators a new
  urgent alert (it must notify), the case becomes urgent;
* the case had been closed and the edit is flagged again: the case reopens with a new alert;
* otherwise every alert already posted about the case is edited in place.

Moderators decide as before; an edit that is now harmless is logged, not closed by itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.actions import Action, AlertModerators, UpdateMessage
from bot.context import Context
from bot.events import MessagePosted
from bot.moderation_review import store
from bot.moderation_review.models import OPEN, ModerationCase
from bot.moderation_review.store import case_fields
from moderation import Assessment

if TYPE_CHECKING:
    from bot.moderation_review.assess import Assess

# The decision of a case of abuse received once the author edits it into words of their own.
RECEIVED_EDITED = "review"


def edited_case(
    assess: Assess,
    ctx: Context,
    case: ModerationCase,
    assessment: Assessment,
    event: MessagePosted,
) -> list[Action]:
    flagged = assessment.crisis or (assessment.action != "allow" and bool(assessment.raised))
    if case.text_erased_at is None:
        case.text = event.text[:4000]
    if flagged and case.received:
        # edited from abuse received into words the author says: the usual controls apply
        case.decision = RECEIVED_EDITED
    if flagged:
        fields = case_fields(assessment)
        case.categories = fields["categories"]
        case.scores_json = fields["scores_json"]
        case.reasons_json = fields["reasons_json"]
    now = ctx.now
    detail = f"now {'flagged: ' + (case.categories or 'crisis') if flagged else 'not flagged'}"
    store.log(ctx.session, case, "edited", now=now, detail=detail)
    feature = assess.feature
    if assessment.crisis and not case.crisis:
        case.decision, case.urgent, case.last_alert_at = "crisis", True, now
        _reopen(ctx, case)
        store.log(ctx.session, case, "care_sent", now=now)
        alert = feature.alert(ctx.session, case)
        return [
            assess.care_message(ctx, event.place.channel_id, assessment),
            AlertModerators(message=alert, urgent=True, case_ref=store.case_ref(case)),
        ]
    if flagged and not case.active:
        _reopen(ctx, case)
        alert = feature.alert(ctx.session, case)
        return [AlertModerators(message=alert, urgent=case.urgent, case_ref=store.case_ref(case))]
    ctx.session.flush()
    alert = feature.alert(ctx.session, case)
    return [
        UpdateMessage(channel=posted.channel, message_id=posted.message_id, message=alert)
        for posted in store.alerts_of(ctx.session, case)
    ]


def _reopen(ctx: Context, case: ModerationCase) -> None:
    if case.active:
        return
    case.status, case.closed_at, case.acknowledged_at = OPEN, None, None
    store.log(ctx.session, case, "reopened", now=ctx.now)
