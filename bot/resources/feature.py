"""Resources: ``/resources TOPIC`` over the organizers' directory file plus the community's
own layer (approved suggestions, retired and re-reviewed entries), kept current.

The feature holds the file's directory and its search index (rebuilt when the file changes; a
broken file keeps the last good directory, and organizers are told once per broken version),
caches each community's merged directory and index until that community's layer changes, and
hands the work to its parts: :mod:`member_commands` (lookup, suggest), :mod:`staff_commands`
(reload, gaps), :mod:`buttons` (share, feedback, review, upkeep buttons and forms) and
:mod:`jobs` (the stale-entry review). Data rights are in :mod:`member_data`.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from sqlmodel import Session

from bot.actions import AlertOrganizers
from bot.checkins.feature import CheckinsFeature
from bot.feature import Feature
from bot.outbox.queue import Outbox, OutboxSettings
from bot.resources import member_data, render, store
from bot.resources.buttons import Buttons
from bot.resources.directory import Directory, DirectoryError, Problem, load
from bot.resources.jobs import Jobs
from bot.resources.member_commands import MemberCommands
from bot.resources.search import Match, Ranker, SearchIndex
from bot.resources.staff_commands import StaffCommands
from bot.router import Router
from bot.storage.models import Community, Member

if TYPE_CHECKING:
    from bot.app import Hearth

log = logging.getLogger(__name__)


class ResourcesFeature(Feature):
    name = "resources"
    job_methods: ClassVar[tuple[str, ...]] = ("tick",)
    #: The file's directory and its index (the last good ones when the file is broken).
    directory: Directory
    index: SearchIndex

    def __init__(self, hearth: Hearth) -> None:
        super().__init__(hearth)
        self.settings = hearth.config.resources
        configured = self.settings.directory
        self.path: Path | None = hearth.config.resolve(configured) if configured else None
        self._mtime: float | None = None
        #: Problems of the file on disk when it could not be reloaded (last good one in use).
        self.broken: list[Problem] = []
        self._tell_organizers = False
        self._cache: dict[int, tuple[Any, Directory, Ranker]] = {}
        self._reloading = asyncio.Lock()
        self.reload()  # at start-up a broken file stops Hearth with the problems listed
        self._own_outbox: Outbox | None = None
        self.jobs = Jobs(self)
        self.members = MemberCommands(self)
        self.staff = StaffCommands(self)
        self.buttons = Buttons(self)
        self.parts = (self.members, self.staff, self.buttons)

    def register(self, router: Router) -> None:
        for part in self.parts:
            part.register(router)

    async def start(self) -> None:
        self.jobs.start()

    async def stop(self) -> None:
        self.jobs.stop()

    async def tick(self) -> None:
        await self.refresh()
        await self.jobs.tick()

    # -- the file ------------------------------------------------------------------------

    def _read(self) -> tuple[Directory, SearchIndex, float | None]:
        """Parse the file and index it: pure CPU and file work, safe in a worker thread."""
        directory = load(self.path)  # raises DirectoryError for a missing or broken file
        try:
            mtime = self.path.stat().st_mtime if self.path else None
        except OSError:
            mtime = None  # removed just after it was read: the next refresh tries again
        return directory, SearchIndex(directory.entries), mtime

    def _install(self, read: tuple[Directory, SearchIndex, float | None]) -> Directory:
        self.directory, self.index, self._mtime = read
        self._cache.clear()
        self.broken = []
        log.info("resource directory loaded: %d entries", len(self.directory.entries))
        return self.directory

    def reload(self) -> Directory:
        """Re-read the file now (start-up, tests, the CLI); raises :class:`DirectoryError` and
        keeps the current directory when the file is broken."""
        return self._install(self._read())

    async def reload_async(self) -> Directory:
        """:meth:`reload` in a worker thread, so a large file never stalls the event loop."""
        async with self._reloading:
            return self._install(await asyncio.to_thread(self._read))

    def _changed_on_disk(self) -> float | None:
        if self.path is None:
            return None
        try:
            mtime = self.path.stat().st_mtime
        except OSError:
            return None
        return mtime if mtime != self._mtime else None

    async def refresh(self) -> None:
        """Reload the file if it changed on disk (in a worker thread). A broken file keeps the
        last good directory; organizers are told once per broken version."""
        mtime = self._changed_on_disk()
        if mtime is None:
            return
        try:
            await self.reload_async()
        except DirectoryError as exc:
            self._mtime = mtime  # don't retry a broken file on every lookup
            self.broken = exc.directory_problems
            self._tell_organizers = True
            log.warning(
                "resource directory not reloaded (%d problem(s)); the last good one stays in use",
                len(self.broken),
            )

    def take_alert(self) -> list[AlertOrganizers]:
        """Once per broken version of the file: tell the organizers what is wrong with it."""
        if not self._tell_organizers or not self.broken:
            return []
        self._tell_organizers = False
        return [AlertOrganizers(message=render.broken_directory(self.broken))]

    # -- a community's directory -----------------------------------------------------------

    def indexed(self, session: Session, community: Community) -> tuple[Directory, Ranker]:
        """The directory this community sees (file + its layer) and its search index."""
        base = self.directory
        version = store.layer_version(session, community)
        if version[0] == 0:
            return base, self.index
        cached = self._cache.get(store.ident(community))
        if cached is None or cached[0] != version:
            merged, index = store.merge(base, self.index, store.layer(session, community))
            cached = (version, merged, index)
            self._cache[store.ident(community)] = cached
        return cached[1], cached[2]

    def forget_cache(self, community: Community) -> None:
        """This process changed the community's layer: rebuild its directory on next use."""
        self._cache.pop(store.ident(community), None)

    def directory_for(self, session: Session, community: Community) -> Directory:
        return self.indexed(session, community)[0]

    def search(
        self, session: Session, community: Community, topic: str, region: str | None
    ) -> tuple[Directory, list[Match]]:
        directory, index = self.indexed(session, community)
        helped = store.helped_counts(session, community)
        limit = self.settings.max_results
        return directory, index.rank(topic, region=region, helped=helped, limit=limit)

    # -- other features ------------------------------------------------------------------

    @property
    def checkins(self) -> CheckinsFeature | None:
        feature = self.hearth.features.get("checkins")
        return feature if isinstance(feature, CheckinsFeature) else None

    @property
    def outbox(self) -> Outbox:
        """Check-ins' paced outbox when it runs (one drain for everything), else our own."""
        checkins = self.checkins
        if checkins is not None:
            return checkins.outbox
        if self._own_outbox is None:
            self._own_outbox = Outbox(self.hearth, OutboxSettings())
        return self._own_outbox

    # -- data rights ---------------------------------------------------------------------

    def export_member(self, session: Session, member: Member) -> dict[str, Any]:
        return member_data.export(session, member)

    def forget_member(self, session: Session, member: Member) -> None:
        member_data.forget(session, member)


__all__ = ["ResourcesFeature"]
