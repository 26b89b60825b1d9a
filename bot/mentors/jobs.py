"""Timed mentor work, run by ``MentorsFeature.tick`` (the scheduler, or tests after moving the
clock): kind notices left by /forgetme, queue retries, proposals the mentor never answered
(after ``answer_days``) and the week-later check-backs (after ``check_back_days``).

Each item is marked done in the same transaction that produces its messages (a notice is
cleared, a check-back stamped), so a tick never sends the same thing twice even if delivery
fails; messages go out through ``hearth.deliver`` after the transaction, per community. Never
calls a command or button handler.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from bot.actions import Action, DirectMessage
from bot.mentors import store, texts
from bot.mentors.models import MentorMatch, MentorRequest
from bot.mentors.people import name_of
from bot.mentors.proposals import close_match
from bot.messages import Message
from bot.storage.models import Community

if TYPE_CHECKING:
    from bot.mentors.feature import MentorsFeature

log = logging.getLogger(__name__)

Outbox = defaultdict[int, list[Action]]

NO_NEED_TO_ANSWER = (
    "No need to answer the mentor proposal from a few days ago: we've offered the parent "
    "someone else. Thank you for being a mentor."
)
NOT_ANSWERED = "The parent we suggested hasn't been able to answer; that's nobody's fault."


class Jobs:
    def __init__(self, feature: MentorsFeature) -> None:
        self.feature = feature

    async def tick(self) -> None:
        """Kind notices left by /forgetme, queue retries, expiries, then check-backs."""
        hearth = self.feature.hearth
        now = hearth.clock.now()
        outbox: Outbox = defaultdict(list)
        with hearth.db.session() as session:
            self._notices(session, outbox)
            self._retries(session, outbox, now)
            self._expiries(session, outbox, now)
            self._check_backs(session, outbox, now)
            communities = {
                c.id: (c.platform, c.external_id)
                for c in session.exec(select(Community).where(col(Community.id).in_(list(outbox))))
            }
        for community_id, actions in outbox.items():
            if actions and community_id in communities:
                platform, external_id = communities[community_id]
                log.info("mentors: delivering %d action(s) on %s", len(actions), platform)
                await hearth.deliver(platform, external_id, actions)

    @staticmethod
    def _notices(session: Session, outbox: Outbox) -> None:
        """The other side of a match whose parent asked to be forgotten is told kindly."""
        for match in session.exec(
            select(MentorMatch).where(col(MentorMatch.notice_pending).is_not(None))
        ):
            who = match.mentor_id if match.notice_pending == "mentor" else match.mentee_id
            person = store.member_by_id(session, who)
            if person is not None:
                outbox[match.community_id].append(
                    DirectMessage(
                        user_id=person.external_id, message=Message(text=texts.LEFT_KINDLY)
                    )
                )
            match.notice_pending = None
            session.add(match)

    def _retries(self, session: Session, outbox: Outbox, now: datetime) -> None:
        for community in session.exec(
            select(Community).where(
                col(Community.id).in_(
                    select(MentorRequest.community_id).where(MentorRequest.status == "queued")
                )
            )
        ):
            assert community.id is not None
            outbox[community.id].extend(self.feature.proposals.retry_queue(session, community, now))

    def _expiries(self, session: Session, outbox: Outbox, now: datetime) -> None:
        limit = now - timedelta(days=self.feature.settings.answer_days)
        for match in session.exec(
            select(MentorMatch).where(
                col(MentorMatch.status).in_(("approved", "accepted_by_mentee")),
                col(MentorMatch.approved_at) <= limit,
            )
        ).all():
            outbox[match.community_id].extend(self.expire(session, match, now))

    def _check_backs(self, session: Session, outbox: Outbox, now: datetime) -> None:
        due = session.exec(
            select(MentorMatch).where(
                MentorMatch.status == "active",
                col(MentorMatch.check_back_sent_at).is_(None),
                col(MentorMatch.check_back_due_at) <= now,
            )
        ).all()
        for match in due:
            match.check_back_sent_at = now  # at most once, even if delivery fails
            session.add(match)
            outbox[match.community_id].extend(self.check_back(session, match))

    def expire(self, session: Session, match: MentorMatch, now: datetime) -> list[Action]:
        """The mentor never answered: no blame, offer the parent the next mentor."""
        close_match(session, match, "expired", "mentor", now)
        session.flush()
        log.info("mentor match %s expired unanswered", match.id)
        actions: list[Action] = []
        mentor = store.member_by_id(session, match.mentor_id)
        if mentor is not None:
            actions.append(
                DirectMessage(user_id=mentor.external_id, message=Message(text=NO_NEED_TO_ANSWER))
            )
        request = store.request_of(session, match)
        community = session.get(Community, match.community_id)
        if request is not None and community is not None and request.status == "searching":
            actions.extend(
                self.feature.proposals.propose(session, community, request, now, note=NOT_ANSWERED)
            )
        return actions

    @staticmethod
    def check_back(session: Session, match: MentorMatch) -> list[Action]:
        mentor = store.member_by_id(session, match.mentor_id)
        mentee = store.member_by_id(session, match.mentee_id)
        assert match.id is not None
        return [
            DirectMessage(
                user_id=person.external_id,
                message=Message(
                    title="Checking in",
                    text="It's been a little while since I introduced you to "
                    f"{name_of(other)}. Did you manage to connect?",
                    buttons=texts.checkback_buttons(match.id),
                ),
            )
            for person, other in ((mentor, mentee), (mentee, mentor))
            if person is not None
        ]
