"""The router: features register handlers by name; the dispatcher looks them up.

Commands form a small tree (``/checkin on`` is the ``on`` subcommand of ``checkin``) that
adapters read to register native slash commands with typed options. Components (buttons and
selects) and forms route by the first segment of their stable action id.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.actions import Action
from bot.roles import Role

if TYPE_CHECKING:
    from bot.context import Context

Result = Action | Sequence[Action] | None
Handler = Callable[["Context"], Awaitable[Result]]
Autocomplete = Callable[["Context", str], Awaitable[list[str]]]


@dataclass(frozen=True, slots=True)
class OptionSpec:
    """A command option. The last option may be ``rest``: it takes the remaining text."""

    name: str
    description: str
    required: bool = True
    choices: tuple[str, ...] = ()
    autocomplete: bool = False
    rest: bool = False
    kind: str = "string"  # string | integer | user


@dataclass(slots=True)
class CommandSpec:
    name: str
    description: str
    role: Role = Role.MEMBER
    options: tuple[OptionSpec, ...] = ()
    handler: Handler | None = None
    subcommands: dict[str, CommandSpec] = field(default_factory=dict)
    autocompleters: dict[str, Autocomplete] = field(default_factory=dict)
    examples: tuple[str, ...] = ()
    feature: str = ""

    @property
    def usage(self) -> str:
        parts = [f"/{self.name}"]
        for opt in self.options:
            shown = f"{opt.name}…" if opt.rest else opt.name
            parts.append(f"<{shown}>" if opt.required else f"[{shown}]")
        return " ".join(parts)

    def visible_to(self, role: Role) -> bool:
        if self.subcommands:
            return any(sub.visible_to(role) for sub in self.subcommands.values())
        return role >= self.role


class Router:
    def __init__(self) -> None:
        self.commands: dict[str, CommandSpec] = {}
        self.components: dict[str, tuple[Handler, Role]] = {}
        self.forms: dict[str, tuple[Handler, Role]] = {}
        self.message_handlers: list[Handler] = []
        self.join_handlers: list[Handler] = []
        self.outcome_handlers: list[Callable[..., Awaitable[Result]]] = []
        self._feature = ""

    def for_feature(self, name: str) -> Router:
        self._feature = name
        return self

    def group(self, name: str, description: str) -> None:
        """Declare a command with subcommands (``/checkin on``, ``/checkin list``...)."""
        spec = self.commands.get(name)
        if spec is None:
            self.commands[name] = CommandSpec(name, description, feature=self._feature)
        else:
            spec.description = description

    def command(
        self,
        name: str,
        description: str,
        *,
        role: Role = Role.MEMBER,
        options: Sequence[OptionSpec] = (),
        examples: Sequence[str] = (),
    ) -> Callable[[Handler], Handler]:
        """Register ``name`` (``"resources"``) or a subcommand (``"checkin on"``)."""
        parts = name.split()
        if len(parts) not in (1, 2):
            raise ValueError(f"command names have one or two words: {name!r}")
        if any(o.rest for o in options[:-1]):
            raise ValueError("only the last option may take the rest of the text")

        def decorator(handler: Handler) -> Handler:
            spec = CommandSpec(
                parts[-1],
                description,
                role=role,
                options=tuple(options),
                handler=handler,
                examples=tuple(examples),
                feature=self._feature,
            )
            if len(parts) == 1:
                if parts[0] in self.commands:
                    raise ValueError(f"command /{parts[0]} registered twice")
                self.commands[parts[0]] = spec
            else:
                parent = self.commands.setdefault(
                    parts[0], CommandSpec(parts[0], parts[0], feature=self._feature)
                )
                parent.subcommands[parts[1]] = spec
            return handler

        return decorator

    def autocomplete(self, name: str, option: str) -> Callable[[Autocomplete], Autocomplete]:
        def decorator(fn: Autocomplete) -> Autocomplete:
            spec = self.find(name)
            if spec is None:
                raise ValueError(f"autocomplete for unknown command {name!r}")
            spec.autocompleters[option] = fn
            return fn

        return decorator

    def find(self, name: str) -> CommandSpec | None:
        parts = name.split()
        spec = self.commands.get(parts[0])
        for part in parts[1:]:
            spec = spec.subcommands.get(part) if spec else None
        return spec

    def component(self, prefix: str, *, role: Role = Role.MEMBER) -> Callable[[Handler], Handler]:
        """Handle buttons/selects whose action id is ``prefix`` or starts with ``prefix:``."""
        return self._prefixed(self.components, prefix, role)

    def form(self, prefix: str, *, role: Role = Role.MEMBER) -> Callable[[Handler], Handler]:
        return self._prefixed(self.forms, prefix, role)

    @staticmethod
    def _prefixed(
        table: dict[str, tuple[Handler, Role]], prefix: str, role: Role
    ) -> Callable[[Handler], Handler]:
        if ":" in prefix:
            raise ValueError("a prefix is the first segment of an action id, without ':'")

        def decorator(handler: Handler) -> Handler:
            if prefix in table:
                raise ValueError(f"action prefix {prefix!r} registered twice")
            table[prefix] = (handler, role)
            return handler

        return decorator

    def on_message(self, handler: Handler) -> Handler:
        self.message_handlers.append(handler)
        return handler

    def on_join(self, handler: Handler) -> Handler:
        self.join_handlers.append(handler)
        return handler

    def on_outcome(self, handler: Callable[..., Awaitable[Result]]) -> Callable[..., Any]:
        self.outcome_handlers.append(handler)
        return handler


def parse_options(spec: CommandSpec, text: str, full: str | None = None) -> dict[str, str]:
    """Split free text into a command's options: one word each, the ``rest`` option takes the
    remainder. Raises ValueError naming the missing option. ``full`` is the command as typed
    with its group (``mentor status``), for messages."""
    values: dict[str, str] = {}
    remaining = text.strip()
    for opt in spec.options:
        if not remaining:
            break
        if opt.rest:
            values[opt.name] = remaining
            remaining = ""
            break
        word, _, remaining = remaining.partition(" ")
        values[opt.name] = word
        remaining = remaining.strip()
    if remaining and spec.options:
        last = spec.options[-1].name
        values[last] = f"{values[last]} {remaining}"
    elif remaining:
        raise ValueError(f"/{full or spec.name} takes no arguments")
    for opt in spec.options:
        if opt.required and not values.get(opt.name):
            raise ValueError(f"missing <{opt.name}>: {opt.description}")
        if opt.choices and opt.name in values and values[opt.name].lower() not in opt.choices:
            raise ValueError(f"<{opt.name}> must be one of: {', '.join(opt.choices)}")
        if (
            opt.kind == "integer"
            and opt.name in values
            and not values[opt.name].lstrip("-").isdigit()
        ):
            raise ValueError(f"<{opt.name}> must be a whole number")
    return values
