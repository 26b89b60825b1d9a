"""Buttons and forms on resource messages, routed through verb -> (handler, role) tables.

Members: ``share`` posts a private answer's entries in the channel, attributed neutrally
("Shared by a member": never the searched words, never the name); ``helped`` counts "This
helped" for one entry (ranking lifts it in this community); ``missed`` counts the answer's
topic as "not what I needed" for the organizers' gaps; ``credit`` lets a suggester be named.
A member's repeated press is counted once per process; no record of who pressed is stored.
Moderators' review verbs and organizers' upkeep verbs live in :mod:`bot.resources.review`.
A verb pressed by someone without the role gets a private refusal and changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.actions import Post
from bot.context import Context
from bot.errors import UserError
from bot.events import ComponentPressed, FormSubmitted
from bot.resources import render, store
from bot.resources.review import Review
from bot.roles import Role
from bot.router import Result, Router

if TYPE_CHECKING:
    from bot.resources.feature import ResourcesFeature

Verb = Callable[[Context, str], Awaitable[Result]]
FormVerb = Callable[[Context, dict[str, str], dict[str, str]], Awaitable[Result]]
_TOPIC = re.compile(r"[^a-z0-9+]")
#: Presses remembered per process to count each member once; cleared when it grows past this.
MAX_REMEMBERED = 20_000


class Buttons:
    def __init__(self, feature: ResourcesFeature) -> None:
        self.feature = feature
        self.review = Review(feature)
        self.verbs: dict[str, tuple[Verb, Role]] = {
            "share": (self.share, Role.MEMBER),
            "helped": (self.helped, Role.MEMBER),
            "missed": (self.missed, Role.MEMBER),
            "credit": (self.credit, Role.MEMBER),
            **self.review.verbs,
        }
        self.forms: dict[str, tuple[FormVerb, Role]] = {
            "suggest": (self.suggest_submitted, Role.MEMBER),
            **self.review.forms,
        }
        self._pressed: set[tuple[str, str]] = set()

    def register(self, router: Router) -> None:
        router.component("resources")(self.pressed)
        router.form("resources")(self.submitted)

    async def pressed(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, ComponentPressed)
        _, _, tail = event.action_id.partition(":")
        verb, _, arg = tail.partition(":")
        handler, role = self.verbs.get(verb, (None, Role.MEMBER))
        if handler is None:
            return ctx.reply("That button is no longer in use.")
        if ctx.role < role:
            return ctx.reply(f"Only {role.label}s can use that.")
        return await handler(ctx, arg)

    async def submitted(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, FormSubmitted)
        verb = event.form_id.partition(":")[2]
        handler, role = self.forms.get(verb, (None, Role.MEMBER))
        if handler is None:
            return ctx.reply("That form is no longer in use.")
        if ctx.role < role:
            return ctx.reply(f"Only {role.label}s can use that.")
        return await handler(ctx, event.values, event.context)

    def _first_press(self, ctx: Context, what: str) -> bool:
        if len(self._pressed) > MAX_REMEMBERED:
            self._pressed.clear()
        mark = (ctx.event.actor.user_id, what)  # in memory only; pressing stores no member
        if mark in self._pressed:
            return False
        self._pressed.add(mark)
        return True

    # -- members -------------------------------------------------------------------------

    async def share(self, ctx: Context, arg: str) -> Result:
        channel = ctx.event.place.channel_id
        if not arg or channel is None or ctx.event.place.direct:
            raise UserError("There is no channel to share this in.")
        directory = self.feature.directory_for(ctx.session, ctx.community)
        entries = directory.find(arg.split(".")[:10])
        if not entries:
            raise UserError("Those resources are no longer in the directory; nothing was shared.")
        stale_after = timedelta(days=ctx.config.resources.stale_after_days)
        message = render.shared(entries, today=ctx.now.date(), stale_after=stale_after)
        return [Post(channel=channel, message=message), ctx.reply("Shared in the channel.")]

    async def helped(self, ctx: Context, key: str) -> Result:
        found = self.feature.directory_for(ctx.session, ctx.community).find([key])
        if not found:
            raise UserError("That resource is no longer in the directory.")
        if self._first_press(ctx, f"helped:{key}"):
            row = store.overlay(ctx.session, ctx.community, found[0])
            row.helped += 1
            ctx.session.add(row)
        return ctx.reply(
            "Thank you. Knowing what helped lifts it for the next parent who asks here."
        )

    async def missed(self, ctx: Context, topic: str) -> Result:
        topic = _TOPIC.sub("", topic.lower())[: render.MAX_TOPIC_ID]  # as render.topic_id made it
        if topic and self._first_press(ctx, f"missed:{topic}"):
            store.count_gap(ctx.session, ctx.community, topic, found=True, now=ctx.now)
        return ctx.reply(
            "I'm sorry it wasn't what you needed. Organizers see topics like this (never who "
            "asked) so they can fill the gaps. If you know something better: "
            "/resources suggest URL why it helped."
        )

    async def credit(self, ctx: Context, arg: str) -> Result:
        row = self.review.suggestion(ctx, arg)
        if row.suggested_by != ctx.member.id:
            raise UserError("Only the parent who suggested it can choose that.")
        row.credit = ctx.member.display_name[:100] or None
        ctx.session.add(row)
        return ctx.reply(f"Thank you: it will say it was suggested by {row.credit}.")

    async def suggest_submitted(
        self, ctx: Context, values: dict[str, str], context: dict[str, str]
    ) -> Result:
        return self.feature.members.submitted(ctx, values)
