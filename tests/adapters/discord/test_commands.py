"""Hearth's command tree as Discord application commands (payload level, no network)."""

from __future__ import annotations

import discord

from adapters.discord.commands import (
    INTEGER,
    STRING,
    SUB_COMMAND,
    USER,
    build_commands,
    parse_command,
)
from bot.app import Hearth
from bot.roles import Role


def _by_name(payload: list[dict]) -> dict[str, dict]:
    return {c["name"]: c for c in payload}


def test_every_core_command_becomes_a_slash_command(hearth: Hearth) -> None:
    specs = hearth.commands(Role.ORGANIZER)
    payload = build_commands(specs)
    assert sorted(c["name"] for c in payload) == sorted(s.name for s in specs)
    for command in payload:
        assert command["type"] == 1
        assert 1 <= len(command["description"]) <= 100
        assert len(command["options"]) <= 25


def test_typed_options_autocomplete_and_choices(probe_hearth: Hearth) -> None:
    commands = _by_name(build_commands(probe_hearth.commands()))
    topic = commands["resources"]["options"][0]
    assert topic == {
        "type": STRING,
        "name": "topic",
        "description": "What you are looking for",
        "required": True,
        "autocomplete": True,
        "max_length": 6000,
    }
    probe = {o["name"]: o for o in commands["probe"]["options"]}
    assert all(o["type"] == SUB_COMMAND for o in probe.values())
    timeout = {o["name"]: o for o in probe["timeout"]["options"]}
    assert timeout["member"]["type"] == USER and timeout["days"]["type"] == INTEGER
    slow = probe["slow"]["options"][0]
    assert slow["choices"] == [{"name": "yes", "value": "yes"}, {"name": "no", "value": "no"}]
    assert "autocomplete" not in slow


def test_required_options_come_first(hearth: Hearth) -> None:
    for command in build_commands(hearth.commands()):
        groups = [command] + [o for o in command["options"] if o["type"] == SUB_COMMAND]
        for group in groups:
            flags = [o.get("required", False) for o in group["options"] if o["type"] > 2]
            assert flags == sorted(flags, reverse=True), group["name"]


def test_staff_commands_hidden_from_members_by_default_permission(probe_hearth: Hearth) -> None:
    staff = {
        Role.MODERATOR: discord.Permissions(manage_messages=True),
        Role.ORGANIZER: discord.Permissions(manage_guild=True),
    }
    commands = _by_name(build_commands(probe_hearth.commands(), staff_permissions=staff))
    assert commands["resources-reload"]["default_member_permissions"] == str(
        discord.Permissions(manage_guild=True).value
    )
    assert "default_member_permissions" not in commands["resources"]
    # a group is visible as soon as one subcommand is for members
    assert "default_member_permissions" not in commands["probe"]


def test_parse_subcommand_options_and_focus() -> None:
    data = {
        "name": "checkin",
        "type": 1,
        "options": [
            {
                "type": SUB_COMMAND,
                "name": "pause",
                "options": [{"type": STRING, "name": "name", "value": "wee", "focused": True}],
            }
        ],
    }
    assert parse_command(data) == ("checkin pause", {"name": "wee"}, ("name", "wee"))
    assert parse_command({"name": "case", "options": [{"name": "number", "type": 4, "value": 3}]})[
        :2
    ] == ("case", {"number": "3"})
