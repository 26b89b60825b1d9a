"""What adapters report back about the feature's actions (``on_outcome``).

* A hide the platform refused is recorded on the case (``hide_failed``) and moderators get an
  alert saying plainly that the message could NOT be hidden.
* A care message that could not be delivered privately (DMs closed) is escalated urgently: a
  person must reach the member another way.
* A case alert that was posted (``ok``, with ``platform_ref`` ``CHANNEL:MESSAGE``) is
  remembered (:class:`~.models.CaseAlert`), so it can be edited to the anonymised form later.

Runs in its own unit of work; never raises for a missing community, member or case.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from bot.actions import AlertModerators, DirectMessage, HideMessage, Outcome
from bot.messages import Message
from bot.moderation_review import store
from bot.moderation_review.models import ACKNOWLEDGED, HIDE_FAILED, OPEN, ModerationCase
from bot.router import Result
from bot.storage.models import Member

if TYPE_CHECKING:
    from bot.moderation_review.feature import ModerationFeature

#: A care message that failed longer ago than this is not about the current crisis case.
CARE_FAILURE_WINDOW = timedelta(hours=1)


class Outcomes:
    def __init__(self, feature: ModerationFeature) -> None:
        self.feature = feature

    async def on_outcome(self, platform: str, community: str, outcome: Outcome) -> Result:
        if outcome.ok:
            self.record_alerts(platform, community, [outcome])
            return None
        with self.feature.hearth.db.session() as session:
            community_id = store.community_id(session, platform, community)
            if community_id is None:
                return None
            now = self.feature.hearth.clock.now()
            action = outcome.action
            if isinstance(action, HideMessage) and action.case_ref:
                return self._hide_failed(session, community_id, action, outcome, now)
            if isinstance(action, DirectMessage):
                return self._care_failed(session, community_id, action, outcome, now)
        return None

    def record_alerts(self, platform: str, community: str, outcomes: list[Outcome]) -> None:
        """Remember where each posted case alert lives (``platform_ref``), to edit it later."""
        posted = [
            (o.action.case_ref, o.platform_ref)
            for o in outcomes
            if o.ok
            and o.platform_ref
            and isinstance(o.action, AlertModerators)
            and o.action.case_ref
        ]
        if not posted:
            return
        with self.feature.hearth.db.session() as session:
            community_id = store.community_id(session, platform, community)
            if community_id is None:
                return
            for case_ref, platform_ref in posted:
                case = store.by_ref(session, community_id, case_ref or "")
                channel, _, message_id = (platform_ref or "").rpartition(":")
                if case is not None and channel and message_id:
                    store.record_alert(session, case, channel, message_id)

    def _hide_failed(
        self,
        session: Session,
        community_id: int,
        action: HideMessage,
        outcome: Outcome,
        now: datetime,
    ) -> Result:
        case = store.by_ref(session, community_id, action.case_ref or "")
        if case is None:
            return None
        case.hidden = HIDE_FAILED
        store.log(session, case, "hide_failed", now=now, detail=outcome.reason or "error")
        alert = self.feature.alert(session, case)
        text = (
            f"The platform refused ({outcome.reason or 'error'}). {outcome.detail} "
            "Please remove it by hand if needed."
        ).strip()
        return AlertModerators(
            message=Message(
                title=f"Case #{case.number}: the message could NOT be hidden",
                text=text,
                fields=alert.fields,
                buttons=alert.buttons,
                selects=alert.selects,
            ),
            case_ref=store.case_ref(case),
        )

    def _care_failed(
        self,
        session: Session,
        community_id: int,
        action: DirectMessage,
        outcome: Outcome,
        now: datetime,
    ) -> Result:
        member = session.exec(
            select(Member).where(
                Member.community_id == community_id, Member.external_id == action.user_id
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
        if case is None or now - case.created_at > CARE_FAILURE_WINDOW:
            return None
        store.log(session, case, "care_failed", now=now, detail=outcome.reason or "error")
        return AlertModerators(
            message=Message(
                title=f"Case #{case.number}: the care message did not reach them",
                text=(
                    f"Hearth could not message {member.display_name} privately "
                    f"({outcome.reason or 'error'}). Please reach out to them directly."
                ),
                buttons=self.feature.alert(session, case).buttons,
                urgent=True,
            ),
            urgent=True,
            case_ref=store.case_ref(case),
        )
