"""The console adapter: ``NAME: TEXT`` lines in, prefixed plain-text lines out.

``NAME@CHANNEL: TEXT`` speaks in another channel and ``NAME@dm: TEXT`` talks to the bot
privately. A name not in the config joins as a new member. Buttons and select options are
numbered; a person presses one by typing its label or number. A form is asked one input at a
time. Lines starting with ``#`` are comments; ``!clock +2h`` moves a test clock.
"""

from __future__ import annotations

import asyncio
import io
import os
import re
import stat
import threading
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import IO, TYPE_CHECKING

from adapters.console.rendering import render, where
from bot import actions as act
from bot import events
from bot.capabilities import Capabilities
from bot.messages import Form, Message
from bot.roles import Role
from bot.sanitize import clean_text

if TYPE_CHECKING:
    from bot.app import Hearth
    from bot.config import Config

LINE = re.compile(r"^\s*([A-Za-z0-9_.-]{1,32})(?:@([A-Za-z0-9_.-]{1,64}))?\s*:\s?(.*)$")
DURATION = re.compile(r"(\d+)\s*([dhms])")
CAPABILITIES = Capabilities(
    hide_messages=True, timeouts=True, ephemeral=True, forms=True, roles=True, images=False
)


@dataclass(slots=True)
class Shown:
    """A bot message with controls, and who can see (and so press) them."""

    message_id: str
    channel: str | None
    message: Message
    audience: set[str] | None  # None: everyone in the channel
    moderators_only: bool = False


@dataclass(slots=True)
class PendingForm:
    form: Form
    place: events.Place
    answers: dict[str, str] = field(default_factory=dict)

    @property
    def next_input(self):  # type: ignore[no-untyped-def]
        for item in self.form.inputs:
            if item.input_id not in self.answers:
                return item
        return None


def parse_duration(text: str) -> timedelta:
    parts = DURATION.findall(text)
    if not parts:
        raise ValueError(f"not a duration: {text!r} (try +2h, +1d, +30m)")
    unit = {"d": "days", "h": "hours", "m": "minutes", "s": "seconds"}
    return sum((timedelta(**{unit[u]: int(n)}) for n, u in parts), timedelta())


class ConsoleAdapter:
    def __init__(self, hearth: Hearth, config: Config, out: IO[str], *, echo: bool = False) -> None:
        self.hearth = hearth
        self.config = config
        self.out = out
        self.echo = echo
        self.community = config.console.community
        self.channel = config.console.channel
        self.moderators_channel = config.community.moderators_channel
        self.members = {m.name: m for m in config.console.members}
        self.joined: set[str] = set(self.members)
        self._ids = 0
        self._shown: list[Shown] = []
        self._forms: dict[str, PendingForm] = {}
        self._last_event: events.Event | None = None
        self.directives: dict[str, Callable[[str], object]] = {"clock": self._clock}
        hearth.register_platform("console", CAPABILITIES, self.deliver)

    # -- input ---------------------------------------------------------------------------

    async def run(self, stdin: IO[str]) -> None:
        """Read lines until end of input or cancellation (the caller starts and stops the
        core); a stop never waits for a line to come."""
        interactive = stdin.isatty()
        if interactive:
            self._banner()
        next_line = await _lines(stdin, asyncio.get_running_loop())
        while True:
            if interactive:
                self.write("> ", end="")
            line = await next_line()
            if line is None:
                break
            await self.feed(line.rstrip("\n"))

    async def feed(self, line: str) -> None:
        """Handle one input line (public for tests and scripted demos). Lone surrogates
        (bytes that were not UTF-8) become U+FFFD first: nothing downstream can choke on them."""
        line = clean_text(line)
        stripped = line.strip()
        if not stripped:
            return
        if stripped.startswith("#"):
            if self.echo:
                self.write(stripped)
            return
        if stripped.startswith("!"):
            name, _, arg = stripped[1:].partition(" ")
            handler = self.directives.get(name)
            if self.echo:
                self.write(stripped)
            if handler is None:
                self.write(
                    f"(console) unknown directive !{name}; known: {', '.join(self.directives)}"
                )
                return
            result = handler(arg.strip())
            if asyncio.iscoroutine(result):
                await result
            return
        match = LINE.match(line)
        if not match:
            self.write("(console) lines look like NAME: TEXT, NAME@CHANNEL: TEXT or NAME@dm: TEXT")
            return
        name, channel, text = match.group(1).lower(), match.group(2), match.group(3).strip()
        if self.echo:
            self.write(f"{name}{'@' + channel if channel else ''}: {text}")
        direct = channel is not None and channel.lower() == "dm"
        place = events.Place(
            community_id=self.community,
            channel_id=None if direct else (channel or self.channel),
            channel_name=None if direct else (channel or self.channel),
            direct=direct,
        )
        actor = self._actor(name)
        if name not in self.joined:
            self.joined.add(name)
            await self._dispatch(events.MemberJoined(actor=actor, place=place))
        await self._dispatch(self._event_for(actor, place, text))

    def _event_for(self, actor: events.Actor, place: events.Place, text: str) -> events.Event:
        pending = self._forms.get(actor.user_id)
        if pending is not None and not text.startswith("/"):
            return self._form_answer(actor, pending, text) or _NoEvent(actor=actor, place=place)
        if pending is not None and text.strip() == "/cancel":
            del self._forms[actor.user_id]
            self.write(f"{where(to=actor.user_id)} (form cancelled)")
            return _NoEvent(actor=actor, place=place)
        if text.startswith("/"):
            name, _, args = text[1:].partition(" ")
            return events.CommandInvoked(actor=actor, place=place, name=name, args=args.strip())
        pressed = self._press(actor, text)
        if pressed is not None:
            return pressed
        self._ids += 1
        return events.MessagePosted(actor=actor, place=place, message_id=f"m{self._ids}", text=text)

    def _actor(self, name: str) -> events.Actor:
        member = self.members.get(name)
        return events.Actor(
            platform="console",
            community_id=self.community,
            user_id=name,
            display_name=name,
            role=Role.parse(member.role) if member else Role.MEMBER,
            timezone=member.timezone if member else None,
        )

    def _press(self, actor: events.Actor, text: str) -> events.ComponentPressed | None:
        wanted = text.strip().lower()
        visible = [s for s in reversed(self._shown) if self._can_see(actor, s)]
        for index, shown in enumerate(visible):
            controls: list[tuple[str, str, str | None]] = [
                (b.label, b.action_id, None) for b in shown.message.buttons if not b.url
            ]
            for select in shown.message.selects:
                controls.extend((o.label, select.action_id, o.value) for o in select.options)
            for number, (label, action_id, value) in enumerate(controls, start=1):
                by_number = index == 0 and wanted == str(number)
                if by_number or wanted == label.lower():
                    return events.ComponentPressed(
                        actor=actor,
                        place=events.Place(
                            community_id=self.community,
                            channel_id=shown.channel,
                            channel_name=shown.channel,
                            direct=shown.channel is None,
                        ),
                        action_id=action_id,
                        values=(value,) if value is not None else (),
                        message_id=shown.message_id,
                        channel_id=shown.channel,
                    )
        return None

    def _can_see(self, actor: events.Actor, shown: Shown) -> bool:
        if shown.moderators_only:
            return actor.role >= Role.MODERATOR
        return shown.audience is None or actor.user_id in shown.audience

    def _form_answer(
        self, actor: events.Actor, pending: PendingForm, text: str
    ) -> events.FormSubmitted | None:
        item = pending.next_input
        if item is not None:
            pending.answers[item.input_id] = (
                "" if text.strip() == "-" and not item.required else text
            )
        following = pending.next_input
        if following is not None:
            self._ask(actor.user_id, following)
            return None
        del self._forms[actor.user_id]
        return events.FormSubmitted(
            actor=actor,
            place=pending.place,
            form_id=pending.form.form_id,
            values=pending.answers,
            context=dict(pending.form.context),
        )

    def _ask(self, user: str, item) -> None:  # type: ignore[no-untyped-def]
        optional = "" if item.required else " (optional, '-' to skip)"
        self.write(f"{where(to=user)} form: {item.label}{optional}? (answer as {user}@dm: ...)")

    # -- output --------------------------------------------------------------------------

    async def _dispatch(self, event: events.Event) -> None:
        if isinstance(event, _NoEvent):
            return
        self._last_event = event
        actions = await self.hearth.handle(event)
        await self.perform(actions, event)

    async def perform(
        self, actions: Sequence[act.Action], event: events.Event | None, *, report: bool = True
    ) -> list[act.Outcome]:
        """Carry out ``actions``; failures are reported to the core unless the caller (the
        outbox, through :meth:`deliver`) reports them itself."""
        outcomes = []
        for action in actions:
            outcome = self._perform(action, event)
            if outcome is not None:
                outcomes.append(outcome)
                if report:
                    follow = await self.hearth.report_outcome("console", self.community, outcome)
                    await self.perform(follow, None, report=False)
        return outcomes

    async def deliver(self, community: str, actions: Sequence[act.Action]) -> list[act.Outcome]:
        return await self.perform(actions, None, report=False)

    def _perform(self, action: act.Action, event: events.Event | None) -> act.Outcome | None:
        if isinstance(action, act.Reply):
            if event is None:
                return act.Outcome(
                    action, ok=False, reason="error", detail="reply without an event"
                )
            user, place = event.actor.user_id, event.place
            if place.direct:
                self._show(where(to=user), action.message, None, {user})
            else:
                audience = {user} if action.ephemeral else None
                prefix = where(place.channel_name, to=user, ephemeral=action.ephemeral)
                self._show(prefix, action.message, place.channel_name, audience)
        elif isinstance(action, act.Post):
            self._show(where(action.channel), action.message, action.channel, None)
        elif isinstance(action, act.DirectMessage):
            self._show(where(to=action.user_id), action.message, None, {action.user_id})
        elif isinstance(action, act.AlertModerators):
            self._show(
                where(self.moderators_channel),
                action.message,
                self.moderators_channel,
                None,
                moderators_only=True,
                urgent=action.urgent,
            )
        elif isinstance(action, act.AlertOrganizers):
            # shown like any message with buttons, so staff can press them (the core checks roles)
            self._show("[organizers]", action.message, None, None, moderators_only=True)
        elif isinstance(action, act.UpdateMessage):
            for shown in self._shown:
                if shown.message_id == action.message_id:
                    shown.message = action.message
            self.write(render(f"[#{action.channel}] (edited {action.message_id})", action.message))
        elif isinstance(action, act.HideMessage):
            self.write(f"[#{action.channel}] (message {action.message_id} hidden: {action.reason})")
        elif isinstance(action, act.TimeOut):
            self.write(
                f"[{self.channel}] ({action.user_id} timed out for {action.duration}: "
                f"{action.reason})"
            )
        elif isinstance(action, act.AssignRole):
            verb = "loses" if action.remove else "gets"
            self.write(f"({action.user_id} {verb} the role {action.role})")
        elif isinstance(action, act.OpenForm):
            if event is None:
                return act.Outcome(action, ok=False, reason="error", detail="a form needs a person")
            user = event.actor.user_id
            self._forms[user] = PendingForm(action.form, event.place)
            title = action.form.title + (f"\n{action.form.intro}" if action.form.intro else "")
            self.write(f"{where(to=user)} form: {title}")
            self._ask(user, action.form.inputs[0])
        else:
            return act.Outcome(
                action, ok=False, reason="not_supported", detail=type(action).__name__
            )
        return None

    def _show(
        self,
        prefix: str,
        message: Message,
        channel: str | None,
        audience: set[str] | None,
        *,
        moderators_only: bool = False,
        urgent: bool = False,
    ) -> None:
        self._ids += 1
        message_id = f"b{self._ids}"
        self.write(render(prefix, message, urgent=urgent))
        if message.buttons or message.selects:
            self._shown.append(Shown(message_id, channel, message, audience, moderators_only))
            del self._shown[:-50]

    def write(self, text: str, end: str = "\n") -> None:
        self.out.write(text + end)
        self.out.flush()

    def _banner(self) -> None:
        names = ", ".join(f"{m.name} ({m.role})" for m in self.config.console.members)
        self.write(
            "Hearth console. Type lines as NAME: TEXT (e.g. maria: /resources nausea).\n"
            f"People: {names}; any other name joins as a new member.\n"
            "NAME@dm: TEXT talks privately; /help lists commands; Ctrl-D quits."
        )

    async def _clock(self, arg: str) -> None:
        clock = self.hearth.clock
        if not hasattr(clock, "advance"):
            self.write("(console) !clock needs a test clock (hearthbot demo uses one)")
            return
        clock.advance(parse_duration(arg))  # type: ignore[attr-defined]
        self.write(f"(clock is now {clock.now():%Y-%m-%d %H:%M} UTC)")
        await self.hearth.tick()


#: The longest line the console reads from a pipe (a 1 MB paste still works).
MAX_LINE = 16 * 1024 * 1024


def _is_stream(stdin: IO[str]) -> bool:
    """A pipe, terminal or socket (read without a thread), not a file or a StringIO."""
    try:
        mode = os.fstat(stdin.fileno()).st_mode
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISSOCK(mode)


async def _lines(
    stdin: IO[str], loop: asyncio.AbstractEventLoop
) -> Callable[[], Awaitable[str | None]]:
    """A reader of ``stdin``'s lines (``None`` at end of input) that a stop can cancel at once:
    pipes and terminals through the event loop (bytes that are not UTF-8 become U+FFFD), files
    and StringIOs through a daemon thread (they never block for long)."""
    if _is_stream(stdin):
        reader = asyncio.StreamReader(limit=MAX_LINE)
        raw = os.fdopen(os.dup(stdin.fileno()), "rb", buffering=0)
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), raw)

        async def from_pipe() -> str | None:
            try:
                line = await reader.readline()
            except ValueError:  # longer than MAX_LINE: drop it, keep reading
                return ""
            return line.decode("utf-8", "replace") if line else None

        return from_pipe
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def put(item: str | None) -> bool:
        try:
            loop.call_soon_threadsafe(queue.put_nowait, item)
        except RuntimeError:  # the loop has closed: Hearth stopped
            return False
        return True

    def read() -> None:
        for line in iter(stdin.readline, ""):
            if not put(line):
                return
        put(None)

    threading.Thread(target=read, name="console-stdin", daemon=True).start()
    return queue.get


class _NoEvent(events.Event):
    """A line that only fed a form or was consumed by the console itself."""
