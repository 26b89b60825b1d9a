"""Due work of the moderation review feature (``tick``): re-alerts and retention.

* An urgent case nobody acknowledged is re-alerted every ``care.realert_minutes``.
* The flagged text (and quotes) of a case closed more than
  ``privacy.flagged_text_retention_days`` ago is erased; categories, scores and decisions stay.

Each run is one short unit of work; deliveries happen after it commits. Never calls a handler.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from bot.actions import Action, AlertModerators
from bot.moderation_review import store
from bot.moderation_review.models import OPEN, ModerationCase
from bot.storage.models import Community

if TYPE_CHECKING:
    from bot.moderation_review.feature import ModerationFeature

log = logging.getLogger(__name__)


class Jobs:
    def __init__(self, feature: ModerationFeature) -> None:
        self.feature = feature

    async def tick(self) -> None:
        hearth = self.feature.hearth
        now = hearth.clock.now()
        with hearth.db.session() as session:
            outbox = self._realerts(session, now)
            purged = self.purge(session, now)
        if purged:
            log.info("erased the text of %d closed case(s) past retention", purged)
        for platform, community_id, action in outbox:
            outcomes = await hearth.deliver(platform, community_id, [action])
            if any(not o.ok for o in outcomes):
                log.warning("re-alert on %s not delivered", platform)

    def _realerts(self, session: Session, now: datetime) -> list[tuple[str, str, Action]]:
        due = now - timedelta(minutes=self.feature.care.realert_minutes)
        waiting = session.exec(
            select(ModerationCase).where(
                ModerationCase.urgent == True,  # noqa: E712
                ModerationCase.status == OPEN,
                col(ModerationCase.acknowledged_at).is_(None),
                col(ModerationCase.last_alert_at) <= due,
            )
        ).all()
        outbox: list[tuple[str, str, Action]] = []
        for case in waiting:
            community = session.get(Community, case.community_id)
            if community is None:
                continue
            case.last_alert_at = now
            store.log(session, case, "realert", now=now)
            alert = self.feature.alert(session, case, realert=True)
            action = AlertModerators(message=alert, urgent=True, case_ref=store.case_ref(case))
            outbox.append((community.platform, community.external_id, action))
        return outbox

    def purge(self, session: Session, now: datetime) -> int:
        retention = self.feature.hearth.config.privacy.flagged_text_retention_days
        cutoff = now - timedelta(days=retention)
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
