"""``/resources TOPIC`` for every member: the best few entries, privately by default.

The answer is ephemeral unless organizers set ``resources.private_answers = false``; in a
channel it carries a "Share in channel" button (see :mod:`bot.resources.buttons`). Where the
platform cannot answer privately in place, the answer goes by direct message instead, so the
searched words are never shown to the channel unasked. Nothing found is a private
:class:`UserError` listing the topics the directory knows.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from bot.actions import DirectMessage, Reply
from bot.context import Context
from bot.errors import UserError
from bot.resources import render
from bot.resources.search import terms
from bot.router import OptionSpec, Result, Router

if TYPE_CHECKING:
    from bot.resources.feature import ResourcesFeature

TOPIC = OptionSpec("topic", "What you are looking for", rest=True, autocomplete=True)


class MemberCommands:
    def __init__(self, feature: ResourcesFeature) -> None:
        self.feature = feature

    def register(self, router: Router) -> None:
        router.command(
            "resources",
            "Find trusted resources on a topic (nausea, financial help, siblings...)",
            options=(TOPIC,),
            examples=("/resources nausea", "/resources financial help"),
        )(self.resources_command)
        router.autocomplete("resources", "topic")(self.complete_topic)

    async def complete_topic(self, ctx: Context, partial: str) -> list[str]:
        partial = partial.strip().lower()
        topics = self.feature.directory_for(ctx.session, ctx.community).topics()
        return [t for t in topics if t.startswith(partial) or partial in t]

    async def resources_command(self, ctx: Context) -> Result:
        topic = ctx.options["topic"].strip()
        settings = ctx.config.resources
        directory = self.feature.directory_for(ctx.session, ctx.community)
        region = ctx.member.region or ctx.config.community.region
        matches = self.feature.search(directory, topic, region)[: settings.max_results]
        if not matches:
            topics = ", ".join(directory.topics()[:12])
            raise UserError(f"I found nothing for “{topic}”. Topics I know about: {topics}.")
        alerts = self.feature.take_alert()
        place = ctx.event.place
        private = settings.private_answers
        message = render.answer(
            topic,
            [m.resource for m in matches],
            today=ctx.now.date(),
            stale_after=timedelta(days=settings.stale_after_days),
            sample=directory.sample,
            shareable=private and not place.direct and place.channel_id is not None,
            terms=sorted(terms(topic)),
        )
        if private and not place.direct and not ctx.capabilities.ephemeral:
            return [
                DirectMessage(user_id=ctx.event.actor.user_id, message=message),
                ctx.reply("I sent you the resources privately."),
                *alerts,
            ]
        return [Reply(message=message, ephemeral=private), *alerts]
