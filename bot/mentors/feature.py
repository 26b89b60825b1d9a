"""Parent-to-parent mentors: experienced parents volunteer, newly diagnosed parents ask.

The workflow, per request:

1. ``/mentor request`` (or the ``mentor:request`` button check-ins offer) records what the
   parent told onboarding, asking in a form for anything missing (``member_commands``).
2. Matching ranks mentors with room (``bot.mentors.matching``) and proposes the best one
   (``proposals``). With ``[mentors] review = true`` organizers approve or skip it first
   (``staff_commands``).
3. Both parents get a DM with Accept / Not now (``buttons``). A mentor's "Not now" proposes the
   next best mentor; no mentor available queues the request and tells the organizers once.
4. When both accept, each gets an introduction (the other's display name and only what they
   agreed to share). After ``check_back_days`` ``tick()`` asks both whether they connected
   (``jobs``).
5. Either side can end privately; the other is told kindly, without blame. A declined or ended
   pair is never proposed again unless both opt back in (``/mentor again``).

This class holds what the parts share (settings, onboarding's vocabulary and answers, the
parts themselves) and hands data rights to ``member_data``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from bot.feature import Feature
from bot.mentors import member_data
from bot.mentors.buttons import Buttons
from bot.mentors.jobs import Jobs
from bot.mentors.member_commands import MemberCommands
from bot.mentors.proposals import Proposals
from bot.mentors.settings import MentorsConfig
from bot.mentors.staff_commands import StaffCommands
from bot.mentors.vocabulary import Vocabulary
from bot.router import Router
from bot.storage.models import Member

if TYPE_CHECKING:
    from bot.app import Hearth

log = logging.getLogger(__name__)


class MentorsFeature(Feature):
    name = "mentors"

    def __init__(self, hearth: Hearth) -> None:
        super().__init__(hearth)
        self._vocab: Vocabulary | None = None
        self.proposals = Proposals(self)
        self.member_commands = MemberCommands(self)
        self.staff_commands = StaffCommands(self)
        self.buttons = Buttons(self)
        self.jobs = Jobs(self)

    @property
    def settings(self) -> MentorsConfig:
        return self.hearth.config.mentors

    @property
    def vocab(self) -> Vocabulary:
        """Onboarding's option values, so typed answers and onboarding answers compare."""
        if self._vocab is None:
            self._vocab = Vocabulary.from_onboarding(self.hearth.features.get("onboarding"))
        return self._vocab

    def register(self, router: Router) -> None:
        router.group("mentor", "Parent-to-parent mentors: offer to be one, or ask for one")
        self.member_commands.register(router)
        self.staff_commands.register(router)
        self.buttons.register(router)

    async def tick(self) -> None:
        """Kind notices left by /forgetme, queue retries, expiries, then check-backs."""
        await self.jobs.tick()

    # -- what onboarding knows -----------------------------------------------------------

    def onboarding(self, session: Session, member: Member) -> dict[str, Any]:
        """Onboarding's answers when that feature is present; {} otherwise (never fails)."""
        feature = self.hearth.features.get("onboarding")
        answers = getattr(feature, "answers", None)
        if answers is None:
            return {}
        try:
            result = answers(session, member)
        except Exception:
            log.warning("onboarding answers unavailable for member %s", member.id, exc_info=True)
            return {}
        return dict(result) if isinstance(result, dict) else {}

    # -- member data ---------------------------------------------------------------------

    def export_member(self, session: Session, member: Member) -> dict[str, Any]:
        return member_data.export(session, member)

    def forget_member(self, session: Session, member: Member) -> None:
        member_data.forget(session, member, self.hearth.clock.now())


__all__ = ["MentorsFeature"]
