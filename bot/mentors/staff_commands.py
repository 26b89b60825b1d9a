"""Organizers' side of mentoring: ``/mentor list`` and the Approve/Skip review of proposals.

``/mentor list`` shows each mentor's load against their capacity and counts of waiting
requests, never a parent's request details. With ``[mentors] review = true`` each proposal
waits for an organizer: Approve asks both parents, Skip proposes the next mentor. Both edit the
alert in place when the platform allows it. Only organizers may review (checked here, since the
buttons share the ``mentor`` prefix with the parents' own buttons).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import TYPE_CHECKING

from sqlmodel import col, select

from bot.actions import Action, UpdateMessage
from bot.context import Context
from bot.events import ComponentPressed
from bot.mentors import store
from bot.mentors.models import MentorMatch, MentorProfile, MentorRequest
from bot.mentors.people import name_of
from bot.mentors.proposals import close_match
from bot.messages import Field, Message
from bot.roles import Role
from bot.router import Result, Router
from bot.storage.models import Member

if TYPE_CHECKING:
    from bot.mentors.feature import MentorsFeature

log = logging.getLogger(__name__)


class StaffCommands:
    def __init__(self, feature: MentorsFeature) -> None:
        self.feature = feature

    def register(self, router: Router) -> None:
        router.command(
            "mentor list", "Mentors, their load, and who is waiting", role=Role.ORGANIZER
        )(self.list_command)

    async def list_command(self, ctx: Context) -> Result:
        profiles = ctx.session.exec(
            select(MentorProfile)
            .where(MentorProfile.community_id == ctx.community.id)
            .order_by(col(MentorProfile.id))
        ).all()
        sections = [
            Field(
                name_of(ctx.session.get(Member, profile.member_id)),
                f"{store.load(ctx.session, profile.member_id)} of {profile.capacity}"
                + (" (paused)" if profile.paused else ""),
            )
            for profile in profiles
        ]
        counts: dict[str, int] = defaultdict(int)
        for request in ctx.session.exec(
            select(MentorRequest).where(MentorRequest.community_id == ctx.community.id)
        ):
            counts[request.status] += 1
        reviews = len(
            ctx.session.exec(
                select(MentorMatch.id).where(
                    MentorMatch.community_id == ctx.community.id, MentorMatch.status == "proposed"
                )
            ).all()
        )
        summary = (
            f"{len(profiles)} mentor(s). Requests waiting: {counts['queued']}; "
            f"being matched: {counts['searching']}; matched: {counts['matched']}. "
            f"Proposals awaiting review: {reviews}."
        )
        return ctx.reply(summary, title="Mentors (load / capacity)", fields=tuple(sections[:25]))

    def review(self, ctx: Context, match: MentorMatch, *, approve: bool) -> Result:
        """Approve (ask both parents) or skip (propose the next mentor) a proposal."""
        if ctx.role < Role.ORGANIZER:
            return ctx.reply("Only organizers can approve or skip mentor matches.")
        if match.status != "proposed":
            return ctx.reply(f"Match #{match.id} was already handled ({match.status}).")
        who = ctx.member.display_name or ctx.member.external_id
        proposals = self.feature.proposals
        actions: list[Action] = []
        if approve:
            match.status = "approved"
            match.approved_at = ctx.now
            ctx.session.add(match)
            outcome = f"Approved by {who}: both parents have been asked."
            actions.extend(proposals.ask_both(ctx.session, match))
        else:
            close_match(ctx.session, match, "skipped", "organizer", ctx.now)
            ctx.session.flush()
            outcome = f"Skipped by {who}: looking for the next mentor."
        log.info("mentor match %s %s by member %s", match.id, match.status, ctx.member.id)
        actions.insert(0, self._edit_alert(ctx, match, outcome))
        if not approve:
            actions.extend(proposals.propose_again(ctx, store.request_of(ctx.session, match)))
        return actions

    @staticmethod
    def _edit_alert(ctx: Context, match: MentorMatch, outcome: str) -> Action:
        """The review alert, edited to say what happened (or a reply where it can't be)."""
        event = ctx.event
        assert isinstance(event, ComponentPressed)
        if event.message_id and event.channel_id:
            return UpdateMessage(
                channel=event.channel_id,
                message_id=event.message_id,
                message=Message(title=f"Mentor match #{match.id}", text=outcome),
            )
        return ctx.reply(outcome)
