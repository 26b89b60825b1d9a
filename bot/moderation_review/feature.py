"""The moderation review workflow and the crisis care path (feature name ``moderation``).

Every message in a group channel is assessed (:mod:`.assess`). Then:

* ``review``: the message stays, a numbered case opens, moderators get an alert with buttons.
* ``hide``: the message is hidden where the platform allows, the author gets a kind private
  explanation with the guideline and how to ask for a second look, moderators get the alert
  (which says plainly when the message could not be hidden).
* ``crisis``: never hidden, never punished. The author gets crisis lines for their region and
  the care team reminder at once; moderators get an urgent alert asking a person to reach
  out, repeated every ``care.realert_minutes`` until someone acknowledges it.

Moderators decide from the alert (:mod:`.buttons`); every step is written to the case's
append-only log. The parts: :mod:`.assess` (messages, ``screen``, the care path),
:mod:`.buttons`, :mod:`.staff_commands` (``/case``, ``/cases``, ``/history``,
``/moderation-stats``), :mod:`.member_commands` (``/report``), :mod:`.outcomes` (what adapters
report back), :mod:`.jobs` (re-alerts, retention), :mod:`.member_data` (export, forget),
:mod:`.render` (every text people read) and :mod:`.store` (the SQL). This class holds the
shared settings and the one way to build a case's alert.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from concurrent.futures import Future
from typing import Any

from sqlalchemy import event
from sqlmodel import Session

from bot.actions import Action
from bot.context import Context
from bot.feature import Feature
from bot.messages import Message
from bot.moderation_review import member_data, store
from bot.moderation_review.assess import Assess
from bot.moderation_review.buttons import Buttons
from bot.moderation_review.jobs import Jobs
from bot.moderation_review.member_commands import MemberCommands
from bot.moderation_review.models import ModerationCase
from bot.moderation_review.outcomes import Outcomes
from bot.moderation_review.render import AlertContext, case_alert
from bot.moderation_review.settings import CareConfig
from bot.moderation_review.staff_commands import StaffCommands
from bot.router import Router
from bot.storage.models import Community, Member
from moderation import Assessor


class ModerationFeature(Feature):
    name = "moderation"

    def __init__(self, hearth) -> None:  # type: ignore[no-untyped-def]
        super().__init__(hearth)
        self.assess = Assess(self)
        self.buttons = Buttons(self)
        self.staff_commands = StaffCommands(self)
        self.member_commands = MemberCommands(self)
        self.outcomes = Outcomes(self)
        self.jobs = Jobs(self)
        self._tasks: set[asyncio.Future[int] | Future[int]] = set()

    @property
    def care(self) -> CareConfig:
        return self.hearth.config.care

    @property
    def assessor(self) -> Assessor:
        return self.assess.assessor

    async def start(self) -> None:
        await asyncio.to_thread(lambda: self.assessor)

    def register(self, router: Router) -> None:
        router.on_message(self.assess.on_message)
        router.on_outcome(self.outcomes.on_outcome)
        self.buttons.register(router)
        self.staff_commands.register(router)
        self.member_commands.register(router)

    async def screen(self, ctx: Context, text: str, *, source: str) -> list[Action]:
        """For other features (check-in notes, form answers): the care path on a crisis."""
        return await self.assess.screen(ctx, text, source=source)

    async def tick(self) -> None:
        await self.jobs.tick()

    def alert(self, session: Session, case: ModerationCase, *, realert: bool = False) -> Message:
        """The moderators' view of ``case`` as it stands (the alert, and ``/case N``)."""
        log_rows = store.events(session, case)
        names = store.names(session, {e.actor_id for e in log_rows})
        author = session.get(Member, case.author_id) if case.author_id is not None else None
        labelled = [
            (e, names.get(e.actor_id, "?") if e.actor_id is not None else "Hearth")
            for e in log_rows
        ]
        about = AlertContext(
            author=(author.display_name or author.external_id) if author else "(forgotten member)",
            author_id=author.external_id if author else None,
            log=labelled,
            warnings=store.warnings_of(session, author.id) if author and author.id else 0,
            warning_threshold=self.care.warning_threshold,
            reporters=[
                (m.display_name or m.external_id, r.note) for r, m in store.reporters(session, case)
            ],
            realert=realert,
            now=self.hearth.clock.now(),
            timeouts=self._timeouts(session, case),
        )
        return case_alert(case, about)

    def _timeouts(self, session: Session, case: ModerationCase) -> bool:
        """Whether the case's platform can time members out (Slack cannot)."""
        community = session.get(Community, case.community_id)
        return community is None or self.hearth.capabilities(community.platform).timeouts

    def export_member(self, session: Session, member: Member) -> dict[str, Any]:
        return member_data.export(session, member)

    def forget_member(self, session: Session, member: Member) -> None:
        """Anonymise (see :mod:`.member_data`); the in-memory recent messages go too, and the
        alerts already posted about the touched cases are edited as soon as this commits."""
        touched = member_data.forget(session, member, self.hearth.clock.now())
        if store.mark_alerts_stale(session, touched):
            event.listen(session, "after_commit", self._edit_after_commit, once=True)
        community = session.get(Community, member.community_id)
        if community is not None:
            self.assess.forget(community.platform, community.external_id, member.external_id)

    def _edit_after_commit(self, _session: Session) -> None:
        """Start the alert edits once the anonymisation is committed (the next tick retries
        anything this misses, e.g. when forgetting ran outside the event loop)."""
        self.background(self.jobs.edit_stale_alerts)

    def background(self, work: Callable[[], Coroutine[Any, Any, int]]) -> None:
        """Run ``work`` on the adapters' loop (a worker's loop stops between handlers) and keep
        it referenced until done; nothing happens outside an event loop (the tick catches up)."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        task = self.hearth.dispatcher.spawn(work())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def idle(self) -> None:
        """Wait for the background work started so far (alert edits, crisis retries)."""
        await asyncio.gather(*(asyncio.wrap_future(task) for task in list(self._tasks)))


__all__ = ["ModerationFeature"]
