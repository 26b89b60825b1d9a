"""Hearth's command tree (``hearth.commands()``) as Discord application commands, and back.

Generic on purpose: every command a core feature registers (today's and tomorrow's) becomes a
slash command with typed options, choices and autocomplete, with no change here. Subcommands
(``/checkin on``) become Discord subcommands. Interactions are parsed back into the neutral
command name (``"checkin on"``) and a ``{option: str}`` dict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

import discord

from bot.roles import Role
from bot.router import CommandSpec, OptionSpec

# Discord's documented application command option types.
SUB_COMMAND = 1
SUB_COMMAND_GROUP = 2
STRING = 3
INTEGER = 4
USER = 6

OPTION_TYPES = {"string": STRING, "integer": INTEGER, "user": USER}
NAME = re.compile(r"^[-_\w]{1,32}$")
MAX_CHOICES = 25


def _description(text: str) -> str:
    text = (text or "-").strip()
    return text if len(text) <= 100 else text[:99] + "…"


def _name(name: str) -> str:
    name = name.lower()
    if not NAME.match(name):
        raise ValueError(f"{name!r} is not a valid Discord command/option name")
    return name


def option_payload(option: OptionSpec) -> dict[str, Any]:
    kind = OPTION_TYPES.get(option.kind, STRING)
    payload: dict[str, Any] = {
        "type": kind,
        "name": _name(option.name),
        "description": _description(option.description),
        "required": option.required,
    }
    if option.choices:
        payload["choices"] = [
            {"name": c[:100], "value": int(c) if kind == INTEGER else c[:100]}
            for c in option.choices[:MAX_CHOICES]
        ]
    elif option.autocomplete and kind in (STRING, INTEGER):
        payload["autocomplete"] = True
    if kind == STRING:
        payload["max_length"] = 6000 if option.rest else 100
    return payload


def _options(options: Sequence[OptionSpec]) -> list[dict[str, Any]]:
    # Discord requires required options before optional ones; the core matches by name.
    ordered = sorted(options, key=lambda o: not o.required)
    return [option_payload(o) for o in ordered]


def _lowest_role(spec: CommandSpec) -> Role:
    if spec.subcommands:
        return min(_lowest_role(s) for s in spec.subcommands.values())
    return spec.role


def command_payload(
    spec: CommandSpec, *, staff_permissions: dict[Role, discord.Permissions] | None = None
) -> dict[str, Any]:
    """One CHAT_INPUT command. ``staff_permissions`` hides moderator/organizer commands from
    members in Discord's picker (the core checks the role again on every use)."""
    payload: dict[str, Any] = {
        "type": 1,
        "name": _name(spec.name),
        "description": _description(spec.description),
    }
    if spec.subcommands:
        payload["options"] = [
            {
                "type": SUB_COMMAND,
                "name": _name(sub.name),
                "description": _description(sub.description),
                "options": _options(sub.options),
            }
            for sub in spec.subcommands.values()
        ]
    else:
        payload["options"] = _options(spec.options)
    role = _lowest_role(spec)
    if staff_permissions and role in staff_permissions:
        payload["default_member_permissions"] = str(staff_permissions[role].value)
    return payload


def build_commands(
    specs: Iterable[CommandSpec],
    *,
    staff_permissions: dict[Role, discord.Permissions] | None = None,
) -> list[dict[str, Any]]:
    return [command_payload(s, staff_permissions=staff_permissions) for s in specs]


def parse_command(data: dict[str, Any]) -> tuple[str, dict[str, str], tuple[str, str] | None]:
    """An interaction's ``data`` -> (neutral command name, options as strings, focused option).

    The focused option (autocomplete) is returned as ``(name, partial value)``.
    """
    words = [data.get("name", "")]
    options: list[dict[str, Any]] = list(data.get("options") or [])
    while options and options[0].get("type") in (SUB_COMMAND, SUB_COMMAND_GROUP):
        words.append(options[0]["name"])
        options = list(options[0].get("options") or [])
    values: dict[str, str] = {}
    focused: tuple[str, str] | None = None
    for opt in options:
        value = "" if opt.get("value") is None else str(opt["value"])
        if opt.get("focused"):
            focused = (opt["name"], value)
        values[opt["name"]] = value
    return " ".join(words), values, focused
