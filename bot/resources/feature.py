"""Resources: ``/resources TOPIC`` over the organizers' directory file.

The feature holds the directory (reloaded when its file changes; a broken file keeps the last
good directory and the reason is logged and told to organizers on ``/resources-reload``) and
hands the work to its parts: :mod:`member_commands` (lookup), :mod:`staff_commands` (reload),
:mod:`buttons` (share). Answers are private by default (``resources.private_answers``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from bot.actions import AlertOrganizers
from bot.feature import Feature
from bot.resources import render
from bot.resources.buttons import Buttons
from bot.resources.directory import Directory, DirectoryError, Problem, load
from bot.resources.member_commands import MemberCommands
from bot.resources.search import Match, rank
from bot.resources.staff_commands import StaffCommands
from bot.router import Router
from bot.storage.models import Community, Member

if TYPE_CHECKING:
    from bot.app import Hearth

log = logging.getLogger(__name__)


class ResourcesFeature(Feature):
    name = "resources"

    def __init__(self, hearth: Hearth) -> None:
        super().__init__(hearth)
        configured = hearth.config.resources.directory
        self.path: Path | None = hearth.config.resolve(configured) if configured else None
        self._mtime: float | None = None
        #: Problems of the file on disk when it could not be reloaded (last good one in use).
        self.broken: list[Problem] = []
        self._tell_organizers = False
        self.directory = self._load()
        self.parts = (MemberCommands(self), StaffCommands(self), Buttons(self))

    def register(self, router: Router) -> None:
        for part in self.parts:
            part.register(router)

    # -- the directory -------------------------------------------------------------------

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
                    self.broken = []
                except DirectoryError as exc:
                    self._mtime = mtime  # don't retry a broken file on every lookup
                    self.broken = exc.directory_problems
                    self._tell_organizers = True
                    log.warning(
                        "resource directory not reloaded (%d problem(s)); the last good one "
                        "stays in use",
                        len(self.broken),
                    )
        return self.directory

    def take_alert(self) -> list[AlertOrganizers]:
        """Once per broken version of the file: tell the organizers what is wrong with it."""
        if not self._tell_organizers or not self.broken:
            return []
        self._tell_organizers = False
        return [AlertOrganizers(message=render.broken_directory(self.broken))]

    def directory_for(self, session: Session, community: Community) -> Directory:
        """The directory this community sees."""
        return self._fresh()

    def search(self, directory: Directory, topic: str, region: str | None) -> list[Match]:
        return rank(directory.entries, topic, region=region)

    # -- data rights ---------------------------------------------------------------------

    def export_member(self, session: Session, member: Member) -> dict[str, Any]:
        return {}

    def forget_member(self, session: Session, member: Member) -> None:
        """Nothing is stored about a member's lookups."""


__all__ = ["ResourcesFeature"]
