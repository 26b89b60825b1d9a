"""``/mydata`` and ``/forgetme``: every member can see and delete what Hearth holds about them.

Both ask every feature (``export_member`` / ``forget_member``), so a new feature is covered as
soon as it implements the contract. ``/forgetme`` asks for confirmation; the confirmation
button carries the member's id and when it was issued, and is refused for anyone else or
after ``CONFIRM_MINUTES``.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from sqlmodel import Session

from bot.actions import Action, AssignRole, DirectMessage, Reply
from bot.context import Context
from bot.errors import UserError
from bot.events import ComponentPressed
from bot.feature import Feature
from bot.messages import Button, Message
from bot.privacy import export, member_data
from bot.privacy.forget import forget
from bot.router import Result, Router
from bot.storage.models import Member

log = logging.getLogger(__name__)


def private(message: Message) -> Reply:
    """A private reply carrying a whole message (buttons, fields...)."""
    return Reply(message=message, ephemeral=True)


CONFIRM_MINUTES = 15

HOLD_NOTHING = (
    "Hearth holds nothing about you here: no member record, no answers, no check-ins. "
    "Reading (/help, /resources, /mydata) stores nothing."
)


class PrivacyFeature(Feature):
    name = "privacy"

    def register(self, router: Router) -> None:
        router.command(
            "mydata",
            "Get a copy of everything Hearth holds about you (sent privately)",
        )(self.mydata)
        router.command(
            "forgetme",
            "Delete everything Hearth holds about you (asks you to confirm first)",
        )(self.forgetme)
        router.component("privacy")(self.pressed)

    def export_member(self, session: Session, member: Member) -> dict[str, Any]:
        return member_data.export(session, member)

    def forget_member(self, session: Session, member: Member) -> None:
        member_data.forget(session, member)

    async def mydata(self, ctx: Context) -> Result:
        member = ctx.known_member  # a read: never creates a member (issue 11, 3e)
        if member is None:
            return ctx.reply(HOLD_NOTHING, title="Everything Hearth holds about you")
        data = export.collect(self.hearth, ctx.session, member)
        parts = export.messages(data)
        log.info("data export for member %s: %d message(s)", member.id, len(parts))
        if ctx.event.place.direct:
            return [private(m) for m in parts]
        # Never into a channel: a DM only, with no fallback (the data must stay private).
        actions: list[Action] = [
            DirectMessage(user_id=ctx.event.actor.user_id, message=m, fallback_channel=None)
            for m in parts
        ]
        actions.append(
            ctx.reply(
                f"I've sent you your data in a private message ({len(parts)} part(s)). "
                "If nothing arrives, open your direct messages and try /mydata there."
            )
        )
        return actions

    async def forgetme(self, ctx: Context) -> Result:
        member = ctx.known_member
        if member is None:
            return ctx.reply(HOLD_NOTHING + " There is nothing to delete.")
        issued = int(ctx.now.timestamp())
        return ctx.reply(
            "This deletes everything Hearth holds about you: your welcome answers, check-ins, "
            "mentor matches and the rest. It cannot be undone, and organizers cannot bring it "
            "back. Moderation records the community must keep are anonymised, not kept in "
            "your name. Do you want to go ahead?",
            title="Delete everything?",
            buttons=(
                Button(
                    f"privacy:forget:confirm:{member.id}:{issued}",
                    "Yes, delete everything",
                    style="danger",
                ),
                Button("privacy:forget:cancel", "Cancel"),
            ),
            footer="/mydata first if you'd like a copy.",
        )

    async def pressed(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, ComponentPressed)
        parts = event.action_id.split(":")
        if parts[1:3] == ["forget", "cancel"]:
            return ctx.reply("Cancelled: nothing was deleted.")
        if parts[1:3] != ["forget", "confirm"] or len(parts) != 5:
            raise UserError("That button is no longer in use.")
        try:
            member_id, issued = int(parts[3]), int(parts[4])
        except ValueError:
            raise UserError("That button is no longer in use.") from None
        member = ctx.known_member
        if member is None:
            raise UserError(HOLD_NOTHING + " There is nothing to delete.")
        if member_id != member.id:
            log.warning("forget confirmation pressed by another member; ignored")
            raise UserError("That confirmation belongs to someone else; nothing was deleted.")
        age = ctx.now.timestamp() - issued
        if not 0 <= age <= timedelta(minutes=CONFIRM_MINUTES).total_seconds():
            raise UserError(
                "That confirmation has expired, so nothing was deleted. "
                "Type /forgetme again if you still want to."
            )
        actions: list[Action] = []
        onboarding = self.hearth.features.get("onboarding")
        if onboarding is not None and ctx.capabilities.roles:
            roles = getattr(onboarding, "roles_for", lambda s, m: [])(ctx.session, member)
            actions.extend(
                AssignRole(user_id=event.actor.user_id, role=role, remove=True) for role in roles
            )
        forget(self.hearth, ctx.session, member)
        actions.append(
            private(
                Message(
                    title="Deleted",
                    text="Everything Hearth held about you has been deleted. "
                    "If you speak here again, Hearth will treat you as someone new. "
                    "Take care of yourself.",
                )
            )
        )
        return actions
