"""Neutral inbound events: what happened on a platform, in Hearth's words.

Adapters build these from platform payloads; the core never sees a payload.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from bot.roles import Role


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Actor:
    """Who did it: a platform identity inside one community."""

    platform: str
    community_id: str
    user_id: str
    display_name: str
    role: Role = Role.MEMBER
    timezone: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """Where it happened."""

    community_id: str
    channel_id: str | None = None
    channel_name: str | None = None
    thread_id: str | None = None
    direct: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    actor: Actor
    place: Place
    at: datetime = field(default_factory=_now)

    @property
    def platform(self) -> str:
        return self.actor.platform


@dataclass(frozen=True, slots=True, kw_only=True)
class CommandInvoked(Event):
    """A slash command. ``args`` is the raw text after the command name; ``options`` are typed
    options when the platform supplies them (Discord), else parsed by the dispatcher."""

    name: str
    args: str = ""
    options: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class MessagePosted(Event):
    """A message in a channel or DM. ``edited``: a message posted earlier was changed to
    ``text`` (same ``message_id``); handlers that count messages should skip edits."""

    message_id: str
    text: str
    edited: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class MemberJoined(Event):
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class ComponentPressed(Event):
    """A button press or select change on a message the bot sent."""

    action_id: str
    values: tuple[str, ...] = ()
    message_id: str | None = None
    channel_id: str | None = None

    @property
    def value(self) -> str | None:
        return self.values[0] if self.values else None


@dataclass(frozen=True, slots=True, kw_only=True)
class FormSubmitted(Event):
    form_id: str
    values: dict[str, str] = field(default_factory=dict)
    context: dict[str, str] = field(default_factory=dict)
