"""The router: features register handlers by name; the dispatcher looks them up.

Commands form a small tree (``/checkin on`` is the ``on`` subcommand of ``checkin``) that
adapters read to register native slash commands with typed options. Components (buttons and
selects) and forms route by the first segment of their stable action id.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.actions import Action
from bot.roles import Role

if TYPE_CHECKING:
    from bot.context import Context

Result = Action | Sequence[Action] | None
Handler = Callable[["Context"], Awaitable[Result]]
Autocomplete = Callable[["Context", str], Awaitable[list[str]]]

#: The largest whole number an integer option takes (PostgreSQL's ``integer``, Discord-safe).
INT_MAX = 2**31 - 1
_ASCII_INT = re.compile(r"[+-]?[0-9]{1,12}", re.ASCII)
_ID = re.compile(r"[0-9]{1,10}", re.ASCII)


def id_number(text: str, maximum: int = INT_MAX) -> int | None:
    """A row id written in an action id (``case:hide:42``): ASCII digits from 1 to
    :data:`INT_MAX`, else ``None`` (``²``, ``-1``, 20 digits...). ``str.isdigit`` is not
    enough: it accepts ``²``, which ``int()`` refuses, and numbers no column holds."""
    if not _ID.fullmatch(text):
        return None
    number = int(text)
    return number if 1 <= number <= maximum else None


@dataclass(frozen=True, slots=True)
class OptionSpec:
    """A command option. The last option may be ``rest``: it takes the remaining text.

    An ``integer`` option accepts only ASCII digits (``12``, not ``²``, ``--1`` or ``1e3``)
    between ``min_value`` and ``max_value``; the handler gets it normalised (``007`` -> ``7``).
    """

    name: str
    description: str
    required: bool = True
    choices: tuple[str, ...] = ()
    autocomplete: bool = False
    rest: bool = False
    kind: str = "string"  # string | integer | user
    min_value: int = 1
    max_value: int = INT_MAX


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
    return check_values(spec, values)


def check_typed(spec: CommandSpec, options: Mapping[str, object]) -> dict[str, str]:
    """Options a platform sent already split (Discord, Slack forms): known names only, then
    the same checks as typed text."""
    known = {o.name for o in spec.options}
    unknown = set(options) - known
    if unknown:
        raise ValueError(f"unknown option(s): {', '.join(sorted(unknown))}")
    return check_values(spec, {k: str(v) for k, v in options.items()})


def check_values(spec: CommandSpec, values: dict[str, str]) -> dict[str, str]:
    """Required options present, choices respected, integers sane; raises ValueError naming
    the option and what it takes."""
    for opt in spec.options:
        if opt.required and not values.get(opt.name):
            raise ValueError(f"missing <{opt.name}>: {opt.description}")
        if opt.choices and opt.name in values and values[opt.name].lower() not in opt.choices:
            raise ValueError(f"<{opt.name}> must be one of: {', '.join(opt.choices)}")
        if opt.kind == "integer" and values.get(opt.name):
            values[opt.name] = str(_integer(opt, values[opt.name]))
    return values


def _integer(opt: OptionSpec, text: str) -> int:
    text = text.strip()
    number = int(text) if _ASCII_INT.fullmatch(text) else None
    if number is None or not opt.min_value <= number <= opt.max_value:
        raise ValueError(
            f"<{opt.name}> must be a whole number from {opt.min_value} to {opt.max_value}"
        )
    return number
