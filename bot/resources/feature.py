"""``/resources TOPIC``: the best few directory entries, each with its source and review date.

The directory reloads itself when its file changes, and organizers can force a reload with
``/resources-reload``; a broken file keeps the last good directory and tells the organizer why.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session

from bot.context import Context
from bot.errors import UserError
from bot.feature import Feature
from bot.messages import Section
from bot.resources import member_data
from bot.resources.directory import Directory, DirectoryError, load
from bot.resources.search import rank
from bot.roles import Role
from bot.router import OptionSpec, Result, Router
from bot.storage.models import Member

log = logging.getLogger(__name__)


class ResourcesFeature(Feature):
    name = "resources"

    def __init__(self, hearth) -> None:  # type: ignore[no-untyped-def]
        super().__init__(hearth)
        configured = hearth.config.resources.directory
        self.path: Path | None = hearth.config.resolve(configured) if configured else None
        self._mtime: float | None = None
        self.directory = self._load()

    def _load(self) -> Directory:
        directory = load(self.path)
        self._mtime = self.path.stat().st_mtime if self.path else None
        log.info(
            "resource directory loaded: %d entries from %s",
            len(directory.entries),
            directory.origin,
        )
        return directory

    def reload(self) -> Directory:
        """Re-read the file; on error keep the current directory and raise the reason."""
        self.directory = self._load()
        return self.directory

    def _fresh(self) -> Directory:
        if self.path is not None:
            try:
                mtime = self.path.stat().st_mtime
            except OSError:
                return self.directory
            if mtime != self._mtime:
                try:
                    self.reload()
                except DirectoryError as exc:
                    self._mtime = mtime  # don't retry a broken file on every lookup
                    log.warning("resource directory not reloaded: %s", exc)
        return self.directory

    def register(self, router: Router) -> None:
        router.command(
            "resources",
            "Find trusted resources on a topic (nausea, financial help, siblings...)",
            options=(
                OptionSpec("topic", "What you are looking for", rest=True, autocomplete=True),
            ),
            examples=("/resources nausea", "/resources financial help"),
        )(self.lookup)
        router.autocomplete("resources", "topic")(self.complete_topic)
        router.command(
            "resources-reload",
            "Re-read the resource directory file now",
            role=Role.ORGANIZER,
        )(self.reload_command)

    async def complete_topic(self, ctx: Context, partial: str) -> list[str]:
        partial = partial.strip().lower()
        return [t for t in self._fresh().topics() if t.startswith(partial) or partial in t]

    async def lookup(self, ctx: Context) -> Result:
        topic = ctx.options["topic"].strip()
        directory = self._fresh()
        member = ctx.known_member  # a read: never creates a member
        region = (member.region if member else None) or ctx.config.community.region
        matches = rank(directory.entries, topic, region=region)[: ctx.config.resources.max_results]
        if not matches:
            topics = ", ".join(directory.topics()[:12])
            raise UserError(f"I found nothing for “{topic}”. Topics I know about: {topics}.")
        today = ctx.now.date()
        stale_after = timedelta(days=ctx.config.resources.stale_after_days)
        sections = tuple(_section(m.resource, today, stale_after) for m in matches)
        footer = "From the community's resource directory."
        if directory.sample:
            footer = "Sample directory shipped with Hearth: organizers, please review it."
        return ctx.reply(
            f"Resources for “{topic}”:",
            ephemeral=False,
            sections=sections,
            footer=footer,
        )

    async def reload_command(self, ctx: Context) -> Result:
        try:
            directory = self.reload()
        except DirectoryError as exc:
            raise UserError(
                f"The directory was not reloaded (the old one stays in use): {exc}"
            ) from None
        return ctx.reply(f"Reloaded {len(directory.entries)} resources from {directory.origin}.")

    # -- member data (nothing stored; see member_data) --------------------------------------

    def export_member(self, session: Session, member: Member) -> dict[str, Any]:
        return member_data.export(session, member)

    def forget_member(self, session: Session, member: Member) -> None:
        member_data.forget(session, member)


def _section(resource, today: date, stale_after: timedelta) -> Section:  # type: ignore[no-untyped-def]
    reviewed = resource.last_reviewed.isoformat()
    context = f"{resource.source} · reviewed {reviewed}"
    if today - resource.last_reviewed > stale_after:
        context += " · possibly out of date"
    return Section(text=resource.summary, title=resource.title, url=resource.url, context=context)


__all__ = ["ResourcesFeature"]
