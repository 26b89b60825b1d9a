"""Proposing a mentor for a request, and asking or introducing the two parents.

``Proposals.propose`` ranks mentors with room (``bot.mentors.matching``; never someone either
parent blocked, a pair that declined or ended, or a mentor skipped for this request) and either
records the best proposal or queues the request. With ``[mentors] review`` organizers get an
Approve/Skip alert first; otherwise both parents are asked at once (``ask_both``). A queued
request tells the organizers once per wait. Everything here returns actions and never sends;
names are shared only in ``introductions``, after both parents accepted.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from bot.actions import Action, AlertModerators, AlertOrganizers, DirectMessage
from bot.context import Context
from bot.mentors import store, texts
from bot.mentors.matching import Need, Offer, Scored, rank
from bot.mentors.models import MentorMatch, MentorProfile, MentorRequest, split
from bot.mentors.people import name_of
from bot.messages import Button, Message
from bot.storage.models import Community, Member

if TYPE_CHECKING:
    from bot.mentors.feature import MentorsFeature

log = logging.getLogger(__name__)

QUEUED = (
    "No mentor is free just now, so your request is waiting in the queue. I'll message you as "
    "soon as someone can take it on; the organizers know too."
)
AFTER_INTRODUCTION = (
    "Send them a direct message to say hello; there's no script and no pressure. "
    "I'll check in with you both in {days} day(s). "
    "/mentor end closes the match privately at any time."
)


def close_match(
    session: Session, match: MentorMatch, status: str, by: str | None, now: datetime
) -> None:
    """End ``match`` for good: declined, ended, skipped, withdrawn or expired."""
    match.status = status
    match.ended_at = now
    match.ended_by = by
    session.add(match)


def set_request_status(
    session: Session, request: MentorRequest | None, status: str, now: datetime
) -> None:
    if request is not None:
        request.status = status
        request.updated_at = now
        session.add(request)


def _need(request: MentorRequest) -> Need:
    return Need(
        stage=request.stage,
        diagnosis_group=request.diagnosis_group,
        age_band=request.age_band,
        region=request.region,
        language=request.language,
    )


class Proposals:
    def __init__(self, feature: MentorsFeature) -> None:
        self.feature = feature

    # -- ranking -------------------------------------------------------------------------

    def candidates(self, session: Session, request: MentorRequest) -> list[Scored]:
        assert request.id is not None
        excluded = store.unwanted(session, request.member_id) | store.skipped_for(
            session, request.id
        )
        excluded.add(request.member_id)
        top = self.feature.settings.max_capacity
        offers = [
            Offer(
                key=profile.member_id,
                capacity=min(profile.capacity, top),
                load=store.load(session, profile.member_id),
                diagnosis_groups=frozenset(split(profile.diagnosis_groups)),
                stages=frozenset(split(profile.stages)),
                age_bands=frozenset(split(profile.age_bands)),
                languages=frozenset(split(profile.languages)),
                region=profile.region,
                order=profile.id or 0,
            )
            for profile in session.exec(
                select(MentorProfile).where(
                    MentorProfile.community_id == request.community_id,
                    MentorProfile.paused == False,  # noqa: E712
                )
            )
            if profile.member_id not in excluded
        ]
        return rank(_need(request), offers, self.feature.settings.weights)

    # -- proposing -----------------------------------------------------------------------

    def propose(
        self,
        session: Session,
        community: Community,
        request: MentorRequest,
        now: datetime,
        *,
        note: str = "",
        quiet: bool = False,
    ) -> list[Action]:
        """Propose the best mentor for ``request`` or queue it. ``quiet``: a retry that only
        speaks up when it finds someone."""
        ranked = self.candidates(session, request)
        if not ranked:
            return [] if quiet else self._queue(session, community, request, now, note)
        match = self._record(session, community, request, ranked[0], now)
        if self.feature.settings.review:
            return [self._review_alert(session, match, request)]
        return self.ask_both(session, match, note=note)

    def _record(
        self,
        session: Session,
        community: Community,
        request: MentorRequest,
        best: Scored,
        now: datetime,
    ) -> MentorMatch:
        review = self.feature.settings.review
        assert community.id is not None  # a stored community
        match = MentorMatch(
            community_id=community.id,
            request_id=request.id,
            mentor_id=best.offer.key,
            mentee_id=request.member_id,
            status="proposed" if review else "approved",
            score=best.score,
            reasons=best.explain()[:300],
            created_at=now,
            approved_at=None if review else now,
        )
        request.status = "searching"
        request.organizers_told_at = None
        request.updated_at = now
        session.add(request)
        session.add(match)
        session.flush()
        log.info("mentor match %s proposed (score %.2f, review=%s)", match.id, best.score, review)
        return match

    def _review_alert(
        self, session: Session, match: MentorMatch, request: MentorRequest
    ) -> AlertModerators:
        mentor = store.member_by_id(session, match.mentor_id)
        mentee = session.get(Member, request.member_id)
        return AlertModerators(
            message=Message(
                title=f"Mentor match #{match.id} to review",
                text=f"{name_of(mentor)} could mentor {name_of(mentee)} "
                f"(score {match.score:g}): {match.reasons}.",
                buttons=(
                    Button(f"mentor:approve:{match.id}", "Approve", style="success"),
                    Button(f"mentor:skip:{match.id}", "Skip"),
                ),
                footer="Organizers approve; the two parents are asked only after that.",
            )
        )

    def _queue(
        self,
        session: Session,
        community: Community,
        request: MentorRequest,
        now: datetime,
        note: str,
    ) -> list[Action]:
        """No mentor has room: the request waits, the parent is told, organizers once."""
        request.status = "queued"
        request.updated_at = now
        actions: list[Action] = []
        mentee = session.get(Member, request.member_id)
        if mentee is not None:
            text = (note + "\n" if note else "") + QUEUED
            actions.append(DirectMessage(user_id=mentee.external_id, message=Message(text=text)))
        if request.organizers_told_at is None:
            request.organizers_told_at = now
            actions.append(self._waiting_alert(session, community, request))
        session.add(request)
        log.info("mentor request %s queued", request.id)
        return actions

    @staticmethod
    def _waiting_alert(
        session: Session, community: Community, request: MentorRequest
    ) -> AlertOrganizers:
        waiting = len(
            session.exec(
                select(MentorRequest.id).where(
                    MentorRequest.community_id == community.id,
                    MentorRequest.status == "queued",
                )
            ).all()
        )
        return AlertOrganizers(
            message=Message(
                title="A parent is waiting for a mentor",
                text=f"Mentor request #{request.id} has no mentor with room "
                f"({waiting} waiting). Experienced parents can offer with "
                "/mentor volunteer; /mentor list shows everyone's load.",
            )
        )

    def retry_queue(self, session: Session, community: Community, now: datetime) -> list[Action]:
        """Capacity changed: give waiting requests (oldest first) another chance."""
        actions: list[Action] = []
        waiting = session.exec(
            select(MentorRequest)
            .where(MentorRequest.community_id == community.id, MentorRequest.status == "queued")
            .order_by(col(MentorRequest.created_at), col(MentorRequest.id))
        ).all()
        for request in waiting:
            actions.extend(
                self.propose(
                    session,
                    community,
                    request,
                    now,
                    note="Good news: a mentor has become free.",
                    quiet=True,
                )
            )
        return actions

    def propose_again(
        self, ctx: Context, request: MentorRequest | None, *, note: str = ""
    ) -> list[Action]:
        """A proposal fell through: look for the next mentor if the request still wants one."""
        if request is None or request.status not in ("searching", "queued"):
            return []
        return self.propose(ctx.session, ctx.community, request, ctx.now, note=note)

    # -- asking and introducing ----------------------------------------------------------

    def ask_both(self, session: Session, match: MentorMatch, *, note: str = "") -> list[Action]:
        """Both parents get Accept / Not now, with the reasons each side may see."""
        mentor = store.member_by_id(session, match.mentor_id)
        mentee = store.member_by_id(session, match.mentee_id)
        request = store.request_of(session, match)
        profile = store.mentor_profile(session, match)
        if mentor is None or mentee is None or request is None or profile is None:
            return []
        reasons = [r.strip() for r in match.reasons.split(",") if r.strip()]

        def why(shares: bool) -> str:
            shown = [r for r in reasons if shares or r != "same diagnosis group"]
            return ", ".join(shown)

        assert match.id is not None  # flushed when proposed
        buttons = texts.answer_buttons(match.id)
        mentor_why = why(request.share_diagnosis)
        mentee_why = why(profile.share_diagnosis)
        label = self.feature.vocab.label
        return [
            DirectMessage(
                user_id=mentor.external_id,
                message=Message(
                    title="A parent would like a mentor",
                    text="A parent in the group has asked for a mentor, and you could be a "
                    "good fit" + (f" ({mentor_why})" if mentor_why else "") + ". Names are "
                    "shared only if you both accept.",
                    fields=texts.about_request(request, label),
                    buttons=buttons,
                ),
            ),
            DirectMessage(
                user_id=mentee.external_id,
                message=Message(
                    title="We found a possible mentor",
                    text=(note + "\n" if note else "")
                    + "An experienced parent could mentor you"
                    + (f" ({mentee_why})" if mentee_why else "")
                    + ". Names are shared only if you both accept.",
                    fields=texts.about_profile(profile, label),
                    buttons=buttons,
                ),
            ),
        ]

    def introductions(
        self, session: Session, match: MentorMatch, request: MentorRequest | None
    ) -> list[Action]:
        """Both accepted: each learns the other's name and what they agreed to share."""
        mentor = store.member_by_id(session, match.mentor_id)
        mentee = store.member_by_id(session, match.mentee_id)
        profile = store.mentor_profile(session, match)
        if mentor is None or mentee is None:
            return []
        after = AFTER_INTRODUCTION.format(days=self.feature.settings.check_back_days)
        label = self.feature.vocab.label
        return [
            DirectMessage(
                user_id=mentor.external_id,
                message=Message(
                    title=f"Meet {name_of(mentee)}",
                    text=f"{name_of(mentee)} would love a mentor, and you said yes. " + after,
                    fields=texts.about_request(request, label) if request else (),
                ),
            ),
            DirectMessage(
                user_id=mentee.external_id,
                message=Message(
                    title=f"Meet {name_of(mentor)}, your mentor",
                    text=f"{name_of(mentor)} has been where you are and is glad to help. " + after,
                    fields=texts.about_profile(profile, label) if profile else (),
                ),
            ),
        ]
