"""What a handler gets: the event, who (as stored), the open unit of work, and helpers."""

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
    member: Member
    role: Role
    options: dict[str, str] = field(default_factory=dict)
    command: str | None = None

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
