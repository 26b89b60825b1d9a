"""Help text: what a person can do, shown privately, never an error message."""

from __future__ import annotations

import difflib

from bot.actions import Reply
from bot.messages import Field, Message
from bot.roles import Role
from bot.router import CommandSpec


def _lines(spec: CommandSpec, role: Role, prefix: str = "") -> list[str]:
    name = f"{prefix}{spec.name}"
    if spec.subcommands:
        out: list[str] = []
        for sub in spec.subcommands.values():
            if role >= sub.role:
                out.extend(_lines(sub, role, prefix=f"{name} "))
        return out
    usage = spec.usage.replace(f"/{spec.name}", f"/{name}", 1)
    return [f"{usage} — {spec.description}"]


def general_help(commands: list[CommandSpec], role: Role, community: str) -> Reply:
    lines: list[str] = []
    for spec in sorted(commands, key=lambda s: s.name):
        lines.extend(_lines(spec, role))
    return Reply(
        message=Message(
            title=f"Hearth in {community}",
            text="Here is what you can ask me:\n" + "\n".join(lines),
            footer="Type /help COMMAND for details. Everything I tell you here is private.",
        ),
        ephemeral=True,
    )


def command_help(
    spec: CommandSpec, role: Role, *, problem: str | None = None, full: str | None = None
) -> Reply:
    full = full or spec.name
    lines = _lines(spec, role) if spec.subcommands else [f"/{full} — {spec.description}"]
    if spec.subcommands:
        lines = [line.replace(f"/{spec.name}", f"/{full}", 1) for line in lines]
    fields = []
    if not spec.subcommands:
        usage = spec.usage.replace(f"/{spec.name}", f"/{full}", 1)
        fields.append(Field("Usage", usage, inline=False))
        for opt in spec.options:
            fields.append(
                Field(opt.name, opt.description + ("" if opt.required else " (optional)"))
            )
        if spec.examples:
            fields.append(Field("Examples", "\n".join(spec.examples), inline=False))
    text = "\n".join(lines)
    if problem:
        text = (
            f"{problem[0].upper()}{problem[1:]}.\n{text}"
            if not problem.endswith(".")
            else f"{problem}\n{text}"
        )
    return Reply(message=Message(text=text, fields=tuple(fields)), ephemeral=True)


def unknown_command(name: str, commands: list[CommandSpec], role: Role) -> Reply:
    names = [spec.name for spec in commands]
    close = difflib.get_close_matches(name, names, n=2, cutoff=0.6)
    hint = f" Did you mean {' or '.join('/' + c for c in close)}?" if close else ""
    available = ", ".join(f"/{n}" for n in sorted(names))
    return Reply(
        message=Message(
            text=f"I don't know /{name}.{hint}\nCommands you can use: {available}. "
            "Type /help for what each one does."
        ),
        ephemeral=True,
    )
