"""Organizers' resource commands.

* ``/resources-reload``: re-read the directory file now. A broken file is refused as a whole
  (the last good directory stays in use) and the organizer is told file, line, field and fix.
* ``/resources-gaps`` (also ``/resources gaps``): the topics that found nothing or were "not
  what I needed", most frequent first. Counts only; nobody's identity is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.actions import Reply
from bot.context import Context
from bot.errors import UserError
from bot.resources import render, store
from bot.resources.directory import DirectoryError
from bot.roles import Role
from bot.router import Result, Router

if TYPE_CHECKING:
    from bot.resources.feature import ResourcesFeature


class StaffCommands:
    def __init__(self, feature: ResourcesFeature) -> None:
        self.feature = feature

    def register(self, router: Router) -> None:
        router.command(
            "resources-reload",
            "Re-read the resource directory file now",
            role=Role.ORGANIZER,
        )(self.reload_command)
        router.command(
            "resources-gaps",
            "Topics the resource directory doesn't answer well",
            role=Role.ORGANIZER,
        )(self.gaps_command)

    async def reload_command(self, ctx: Context) -> Result:
        try:
            directory = await self.feature.reload_async()
        except DirectoryError as exc:
            raise UserError(
                f"The directory was not reloaded (the old one stays in use): {exc}"
            ) from None
        return ctx.reply(f"Reloaded {len(directory.entries)} resources from {directory.origin}.")

    async def gaps_command(self, ctx: Context) -> Result:
        rows = store.gaps(ctx.session, ctx.community)
        return Reply(message=render.gaps(rows), ephemeral=True)
