"""The feature contract: one feature per module (or package) in the core.

A feature registers its commands and handlers on the router, may start background work, and
answers for the member data it holds: every feature implements export and deletion, so
``/mydata`` and ``/forgetme`` cover everything Hearth stores (as Red-DiscordBot's cogs do).

Data rights are explicit. ``export_member`` and ``forget_member`` have no quiet default: a
feature that leaves one out raises ``NotImplementedError`` the first time a member asks, and a
test over ``DEFAULT_FEATURES`` checks every shipped feature overrides both. A feature that holds
nothing about members still overrides them (returning ``{}`` / doing nothing) to show that it
has been considered; the code lives in the feature's ``member_data.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from sqlmodel import Session

from bot.router import Router
from bot.storage.models import Member

if TYPE_CHECKING:
    from bot.app import Hearth


class Feature:
    name: ClassVar[str]

    def __init__(self, hearth: Hearth) -> None:
        self.hearth = hearth

    def register(self, router: Router) -> None:
        raise NotImplementedError

    async def start(self) -> None:
        """Start background work (schedules, queues). Called once the core is ready."""

    async def stop(self) -> None:
        """Stop background work; pending work must be resumable after a restart."""

    async def tick(self) -> None:
        """Do whatever is due at ``hearth.clock.now()``."""

    def export_member(self, session: Session, member: Member) -> dict[str, Any]:
        """Everything this feature holds about ``member``, JSON-serialisable."""
        raise NotImplementedError(f"feature {self.name!r} does not say what it holds (export)")

    def forget_member(self, session: Session, member: Member) -> None:
        """Delete what this feature holds about ``member`` (or anonymise where policy needs)."""
        raise NotImplementedError(f"feature {self.name!r} does not say how it forgets")
