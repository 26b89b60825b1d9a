"""Buttons on resource answers, routed through one verb -> handler table.

``resources:share:KEYS`` posts the entries of a private answer in the channel, attributed
neutrally ("Shared by a member"): never the words that were searched for, never the name.
A key that no longer resolves (the entry was retired or the file changed) is skipped; when
none resolves, the member is told privately and nothing is posted.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.actions import Post
from bot.context import Context
from bot.errors import UserError
from bot.events import ComponentPressed
from bot.resources import render
from bot.router import Result, Router

if TYPE_CHECKING:
    from bot.resources.feature import ResourcesFeature

Verb = Callable[[Context, list[str]], Awaitable[Result]]


class Buttons:
    def __init__(self, feature: ResourcesFeature) -> None:
        self.feature = feature
        self.verbs: dict[str, Verb] = {"share": self.share}

    def register(self, router: Router) -> None:
        router.component("resources")(self.pressed)

    async def pressed(self, ctx: Context) -> Result:
        event = ctx.event
        assert isinstance(event, ComponentPressed)
        _, verb, *args = event.action_id.split(":")
        handler = self.verbs.get(verb)
        if handler is None:
            return ctx.reply("That button is no longer in use.")
        return await handler(ctx, args)

    async def share(self, ctx: Context, args: list[str]) -> Result:
        channel = ctx.event.place.channel_id
        if not args or channel is None or ctx.event.place.direct:
            raise UserError("There is no channel to share this in.")
        directory = self.feature.directory_for(ctx.session, ctx.community)
        entries = directory.find(args[0].split(".")[:10])
        if not entries:
            raise UserError("Those resources are no longer in the directory; nothing was shared.")
        stale_after = timedelta(days=ctx.config.resources.stale_after_days)
        message = render.shared(entries, today=ctx.now.date(), stale_after=stale_after)
        return [Post(channel=channel, message=message), ctx.reply("Shared in the channel.")]
