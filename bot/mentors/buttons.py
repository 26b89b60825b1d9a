"""Mentor buttons and forms, through verb->handler tables.

Action ids (stable across restarts; see ``bot.mentors.texts``):

- ``mentor:request``: ask for a mentor (offered by check-ins and /help);
- ``mentor:share:profile|request:yes|no``: share the child's diagnosis group, or not;
- ``mentor:approve|skip:MATCH``: organizers' review (``StaffCommands.review``);
- ``mentor:accept|decline|end:MATCH``: a parent in the match answers or ends it;
- ``mentor:connected:MATCH:yes|notyet``: the week-later check-back.

Forms: ``mentor:volunteer`` and ``mentor:request``. A button for a match that is gone, in
another community, or pressed by someone outside the match gets a specific private answer and
changes nothing; pressing one stores nothing about someone Hearth does not know.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.actions import Action, DirectMessage
from bot.context import Context
from bot.errors import UserError
from bot.events import ComponentPressed, FormSubmitted
from bot.mentors import store, texts
from bot.mentors.matching import stage
from bot.mentors.models import PENDING_STATUSES, MentorMatch, MentorProfile, MentorRequest
from bot.mentors.people import name_of, side_of
from bot.mentors.proposals import close_match, set_request_status
from bot.messages import Message
from bot.router import Result, Router, id_number

if TYPE_CHECKING:
    from bot.mentors.feature import MentorsFeature

log = logging.getLogger(__name__)

NO_LONGER = "That button is no longer in use."
NOT_OPEN = "This proposal is no longer open. Thank you all the same."
MENTOR_STEPPED_BACK = (
    "The parent who asked for a mentor isn't ready just now, so this one won't go ahead. "
    "Thank you for offering; nothing you need to do."
)
UNKNOWN_STAGE = (
    "I didn't recognise that stage. Please try /mentor request again and answer newly "
    "diagnosed, in treatment, off treatment or bereaved."
)

Pressed = Callable[[Context, list[str]], Awaitable[Result]]
MatchVerb = Callable[[Context, MentorMatch, str, list[str]], Result]
Submitted = Callable[[Context, FormSubmitted], Awaitable[Result]]


class Buttons:
    def __init__(self, feature: MentorsFeature) -> None:
        self.feature = feature
        self.verbs: dict[str, Pressed] = {
            "request": self._request,
            "share": self._share,
            "approve": self._review,
            "skip": self._review,
        }
        #: Verbs pressed by a parent in the match: (ctx, match, their side, the rest).
        self.match_verbs: dict[str, MatchVerb] = {
            "accept": lambda ctx, match, side, _: self.accept(ctx, match, side),
            "decline": lambda ctx, match, side, _: self.decline(ctx, match, side),
            "end": lambda ctx, match, side, _: self.end(ctx, match, side),
            "connected": self._connected,
        }
        self.forms: dict[str, Submitted] = {
            "mentor:volunteer": self._volunteer_form,
            "mentor:request": self._request_form,
        }

    def register(self, router: Router) -> None:
        router.component("mentor")(self.pressed)
        router.form("mentor")(self.submitted)

    # -- entry points --------------------------------------------------------------------

    async def pressed(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, ComponentPressed)
        parts = event.action_id.split(":")
        verb, rest = (parts[1] if len(parts) > 1 else ""), parts[2:]
        if verb in self.verbs:
            return await self.verbs[verb](ctx, rest)
        if verb in self.match_verbs:
            match = self._match(ctx, rest)
            side = side_of(match, ctx.known_member) if ctx.known_member else None
            if side is None:
                return ctx.reply("That button is for the two parents in this match.")
            return self.match_verbs[verb](ctx, match, side, rest[1:])
        return ctx.reply(NO_LONGER)

    async def submitted(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, FormSubmitted)
        handler = self.forms.get(event.form_id)
        if handler is None:
            return ctx.reply("That form is no longer in use.")
        return await handler(ctx, event)

    @staticmethod
    def _match(ctx: Context, rest: list[str]) -> MentorMatch:
        """The match a button names, in this community; a clear answer otherwise."""
        number = id_number(rest[0]) if rest else None
        if number is None:
            raise UserError(NO_LONGER)
        match = ctx.session.get(MentorMatch, number)
        if match is None or match.community_id != ctx.community.id:
            raise UserError("That mentor match no longer exists.")
        return match

    # -- forms ---------------------------------------------------------------------------

    async def _volunteer_form(self, ctx: Context, event: FormSubmitted) -> Result:
        return await self.feature.member_commands.volunteered(ctx, event.values, event.context)

    async def _request_form(self, ctx: Context, event: FormSubmitted) -> Result:
        if ctx.known_member and store.live_request(ctx.session, ctx.known_member) is not None:
            return ctx.reply("You already have a mentor request. /mentor status shows it.")
        values = dict(event.values)
        if "stage" in values and not stage(values["stage"]):
            raise UserError(UNKNOWN_STAGE)
        return self.feature.member_commands.create_request(ctx, values)

    # -- verbs that need no match --------------------------------------------------------

    async def _request(self, ctx: Context, rest: list[str]) -> Result:
        return await self.feature.member_commands.request(ctx)

    async def _review(self, ctx: Context, rest: list[str]) -> Result:
        event = ctx.event
        assert isinstance(event, ComponentPressed)
        approve = event.action_id.split(":")[1] == "approve"
        return self.feature.staff_commands.review(ctx, self._match(ctx, rest), approve=approve)

    async def _share(self, ctx: Context, rest: list[str]) -> Result:
        if len(rest) != 2:
            return ctx.reply(NO_LONGER)
        kind, share = rest[0], rest[1] == "yes"
        member = ctx.known_member
        target: MentorProfile | MentorRequest | None = None
        if member is not None:
            target = (
                store.profile(ctx.session, member)
                if kind == "profile"
                else store.live_request(ctx.session, member)
            )
        if target is None:
            return ctx.reply("There is nothing of yours to change there any more.")
        target.share_diagnosis = share
        target.updated_at = ctx.now
        ctx.session.add(target)
        if share:
            return ctx.reply(
                "Thank you: your child's diagnosis group will be shared with the parent you're "
                "introduced to (and nobody else). Press “Keep it private” to change your mind."
            )
        return ctx.reply("Understood: your child's diagnosis group stays private.")

    # -- a parent in the match -----------------------------------------------------------

    def accept(self, ctx: Context, match: MentorMatch, side: str) -> Result:
        if match.status == "proposed":
            return ctx.reply("The organizers are still looking at this match; hold on.")
        if match.status == "active":
            return ctx.reply("You're already introduced. /mentor status shows your matches.")
        if match.status not in PENDING_STATUSES:
            return ctx.reply(NOT_OPEN)
        if match.status == f"accepted_by_{side}":
            return ctx.reply("You've already accepted; we're waiting for the other parent.")
        setattr(match, f"{side}_accepted_at", ctx.now)
        other = "mentee" if side == "mentor" else "mentor"
        ctx.session.add(match)
        if match.status != f"accepted_by_{other}":
            match.status = f"accepted_by_{side}"
            log.info("mentor match %s accepted by %s", match.id, side)
            return ctx.reply(
                "Thank you. I'll introduce you as soon as the other parent accepts too."
            )
        match.status = "active"
        match.introduced_at = ctx.now
        match.check_back_due_at = ctx.now + timedelta(days=self.feature.settings.check_back_days)
        request = store.request_of(ctx.session, match)
        set_request_status(ctx.session, request, "matched", ctx.now)
        log.info("mentor match %s active", match.id)
        return [
            ctx.reply("Thank you, you're both in. Your introduction is on its way."),
            *self.feature.proposals.introductions(ctx.session, match, request),
        ]

    def decline(self, ctx: Context, match: MentorMatch, side: str) -> Result:
        if match.status not in PENDING_STATUSES or match.status == "proposed":
            return ctx.reply(NOT_OPEN)
        close_match(ctx.session, match, "declined", side, ctx.now)
        ctx.session.flush()
        log.info("mentor match %s declined by %s", match.id, side)
        proposals = self.feature.proposals
        request = store.request_of(ctx.session, match)
        if side == "mentor":
            return [
                ctx.reply("Thank you for letting us know; that's completely fine."),
                *proposals.propose_again(ctx, request, note=texts.NOBODYS_FAULT),
            ]
        set_request_status(ctx.session, request, "closed", ctx.now)
        actions: list[Action] = [
            ctx.reply(
                "That's fine. Whenever you're ready, /mentor request asks again "
                "(you won't be paired with this parent again)."
            )
        ]
        mentor = store.member_by_id(ctx.session, match.mentor_id)
        if mentor is not None:
            actions.append(
                DirectMessage(user_id=mentor.external_id, message=Message(text=MENTOR_STEPPED_BACK))
            )
        actions.extend(proposals.retry_queue(ctx.session, ctx.community, ctx.now))
        return actions

    def end(self, ctx: Context, match: MentorMatch, side: str) -> Result:
        """End an active match (or decline one still being answered), privately."""
        if match.status in PENDING_STATUSES and match.status != "proposed":
            return self.decline(ctx, match, side)
        if match.status != "active":
            return ctx.reply("This match has already closed.")
        close_match(ctx.session, match, "ended", side, ctx.now)
        set_request_status(ctx.session, store.request_of(ctx.session, match), "closed", ctx.now)
        ctx.session.flush()
        log.info("mentor match %s ended by %s", match.id, side)
        other = store.member_by_id(
            ctx.session, match.mentee_id if side == "mentor" else match.mentor_id
        )
        actions: list[Action] = [
            ctx.reply(
                f"Done: your match with {name_of(other)} has ended. I've let them know kindly, "
                "without giving any reason. You won't be paired again unless you both opt in "
                "(/mentor again)."
            )
        ]
        if other is not None:
            text = texts.ENDED_KINDLY.format(name=name_of(ctx.member))
            if side == "mentor":
                text += " Whenever you'd like another mentor, /mentor request asks again."
            actions.append(DirectMessage(user_id=other.external_id, message=Message(text=text)))
        actions.extend(self.feature.proposals.retry_queue(ctx.session, ctx.community, ctx.now))
        return actions

    def _connected(self, ctx: Context, match: MentorMatch, side: str, rest: list[str]) -> Result:
        if len(rest) != 1:
            return ctx.reply(NO_LONGER)
        answer = rest[0]
        if match.status != "active":
            return ctx.reply("This match has already closed.")
        if answer not in ("yes", "notyet"):
            return ctx.reply(NO_LONGER)
        setattr(match, f"{side}_connected", answer)
        ctx.session.add(match)
        other_id = match.mentee_id if side == "mentor" else match.mentor_id
        other = store.member_by_id(ctx.session, other_id)
        if answer == "yes":
            return ctx.reply(
                f"Lovely to hear you and {name_of(other)} connected. Thank you for letting me know."
            )
        return ctx.reply(
            "That's okay; life around treatment is busy. A short hello by direct message to "
            f"{name_of(other)} is plenty to start. If it isn't working, /mentor end closes the "
            "match privately."
        )
