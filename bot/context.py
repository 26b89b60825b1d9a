"""What a handler gets: the event, who (as stored), the open unit of work, and helpers.

Reading stores nothing. The member row is created (or refreshed from the platform's name and
time zone) the first time a handler touches ``ctx.member``, which handlers do when they are
about to store something about the person. A handler that only reads uses ``ctx.known_member``
(``None`` for someone Hearth holds nothing about), so /help, /resources or /mydata after
/forgetme leave no row behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from bot.actions import Reply
from bot.capabilities import Capabilities
from bot.events import Event
from bot.messages import Message
from bot.roles import Role
from bot.storage.models import Community, Member

if TYPE_CHECKING:
    from bot.app import Hearth
    from bot.config import Config


@dataclass(slots=True)
class Context:
    hearth: Hearth
    event: Event
    session: Session
    community: Community
    role: Role
    #: The member row as stored before this event, or None; reading it never creates one.
    known_member: Member | None = None
    options: dict[str, str] = field(default_factory=dict)
    command: str | None = None
    _member: Member | None = field(default=None, init=False, repr=False)

    @property
    def member(self) -> Member:
        """The person as stored, created on first use: touch it only to store something."""
        if self._member is None:
            self.community, self._member = self.hearth.member_record(self.session, self.event.actor)
            self.known_member = self._member
        return self._member

    @property
    def config(self) -> Config:
        return self.hearth.config

    @property
    def now(self) -> datetime:
        return self.hearth.clock.now()

    @property
    def capabilities(self) -> Capabilities:
        return self.hearth.capabilities(self.event.platform)

    def feature(self, name: str) -> Any:
        return self.hearth.features[name]

    @staticmethod
    def reply(text: str = "", *, ephemeral: bool = True, **message: Any) -> Reply:
        """A reply to the person; private unless said otherwise (the kind default here)."""
        return Reply(message=Message(text=text, **message), ephemeral=ephemeral)
