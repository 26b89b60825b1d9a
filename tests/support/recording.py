"""The recording adapter: events in, actions recorded, no platform at all.

It is how the core is tested: build an event for a named person, hand it to Hearth, assert on
the neutral actions that come back (and on proactive deliveries).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from bot import events
from bot.actions import Action, Outcome
from bot.app import Hearth
from bot.capabilities import Capabilities
from bot.roles import Role

A = TypeVar("A", bound=Action)


@dataclass
class RecordingAdapter:
    hearth: Hearth
    platform: str = "test"
    community: str = "c1"
    channel: str = "general"
    capabilities: Capabilities = field(default_factory=lambda: Capabilities(images=True))
    delivered: list[Action] = field(default_factory=list)
    fail: dict[type, Outcome] = field(default_factory=dict)
    _ids: int = 0

    def __post_init__(self) -> None:
        self.hearth.register_platform(self.platform, self.capabilities, self.deliver)

    async def deliver(self, community: str, actions: Sequence[Action]) -> list[Outcome]:
        self.delivered.extend(actions)
        return [self.fail[type(a)] for a in actions if type(a) in self.fail]

    def actor(
        self, user: str, role: Role = Role.MEMBER, timezone: str | None = None
    ) -> events.Actor:
        return events.Actor(self.platform, self.community, user, user.title(), role, timezone)

    def place(self, channel: str | None = None, *, direct: bool = False) -> events.Place:
        channel = None if direct else (channel or self.channel)
        return events.Place(self.community, channel, channel, direct=direct)

    async def send(self, event: events.Event) -> list[Action]:
        return await self.hearth.handle(event)

    async def command(
        self,
        user: str,
        text: str,
        *,
        role: Role = Role.MEMBER,
        channel: str | None = None,
        direct: bool = False,
        options: dict[str, str] | None = None,
    ) -> list[Action]:
        name, _, args = text.lstrip("/").partition(" ")
        return await self.send(
            events.CommandInvoked(
                actor=self.actor(user, role),
                place=self.place(channel, direct=direct),
                name=name,
                args=args,
                options=options or {},
            )
        )

    async def say(
        self,
        user: str,
        text: str,
        *,
        role: Role = Role.MEMBER,
        channel: str | None = None,
        direct: bool = False,
    ) -> list[Action]:
        self._ids += 1
        return await self.send(
            events.MessagePosted(
                actor=self.actor(user, role),
                place=self.place(channel, direct=direct),
                message_id=f"m{self._ids}",
                text=text,
            )
        )

    async def edit(
        self, user: str, message_id: str, text: str, *, channel: str | None = None
    ) -> list[Action]:
        """``user`` edits their message ``message_id`` (from ``say``: m1, m2...) to ``text``."""
        return await self.send(
            events.MessagePosted(
                actor=self.actor(user),
                place=self.place(channel),
                message_id=message_id,
                text=text,
                edited=True,
            )
        )

    async def join(self, user: str) -> list[Action]:
        return await self.send(events.MemberJoined(actor=self.actor(user), place=self.place()))

    async def press(
        self,
        user: str,
        action_id: str,
        *,
        role: Role = Role.MEMBER,
        values: tuple[str, ...] = (),
        message_id: str | None = "alert1",
        channel: str | None = None,
        direct: bool = False,
    ) -> list[Action]:
        return await self.send(
            events.ComponentPressed(
                actor=self.actor(user, role),
                place=self.place(channel, direct=direct),
                action_id=action_id,
                values=values,
                message_id=message_id,
                channel_id=channel or self.channel,
            )
        )

    async def submit(
        self,
        user: str,
        form_id: str,
        values: dict[str, str],
        *,
        role: Role = Role.MEMBER,
        context: dict[str, str] | None = None,
        direct: bool = True,
    ) -> list[Action]:
        return await self.send(
            events.FormSubmitted(
                actor=self.actor(user, role),
                place=self.place(direct=direct),
                form_id=form_id,
                values=values,
                context=context or {},
            )
        )


def only(actions: Sequence[Action], kind: type[A]) -> A:
    """The single action of ``kind`` (fails the test if there are none or several)."""
    found = [a for a in actions if isinstance(a, kind)]
    assert len(found) == 1, f"expected one {kind.__name__}, got {actions!r}"
    return found[0]


def of(actions: Sequence[Action], kind: type[A]) -> list[A]:
    return [a for a in actions if isinstance(a, kind)]
