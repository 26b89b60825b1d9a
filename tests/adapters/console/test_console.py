"""The console platform, through its real input/output loop."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from adapters.console import platform
from adapters.console.adapter import ConsoleAdapter, parse_duration
from bot.actions import AlertModerators, Reply
from bot.app import Hearth
from bot.config import Config
from bot.context import Context
from bot.feature import Feature
from bot.messages import Button, Form, FormInput, Message
from bot.roles import Role
from bot.router import Router


async def run_console(hearth: Hearth, config: Config, text: str) -> str:
    out = io.StringIO()
    await platform.run(hearth, config, stdin=io.StringIO(text), stdout=out, echo=False)
    return out.getvalue()


async def test_resource_lookup_and_unknown_command(hearth: Hearth, config: Config) -> None:
    out = await run_console(
        hearth, config, "maria: /resources financial help\nmaria: /frobnicate\n"
    )
    assert "[#general → maria, only they see] hearth: Resources for “financial help”:" in out
    assert "[#general → maria, only they see] hearth: I don't know /frobnicate." in out


async def test_bad_lines_explained(hearth: Hearth, config: Config) -> None:
    out = await run_console(hearth, config, "no colon here\n# comment\n\n")
    assert out == "(console) lines look like NAME: TEXT, NAME@CHANNEL: TEXT or NAME@dm: TEXT\n"


class Buttons(Feature):
    name = "buttons"

    def register(self, router: Router) -> None:
        router.command("ask", "Ask")(self.ask)
        router.command("alert", "Alert")(self.alert)
        router.command("form", "Form")(self.form)
        router.component("b")(self.pressed)
        router.form("f")(self.submitted)
        router.on_join(self.joined)

    async def ask(self, ctx: Context):
        return ctx.reply("Pick", buttons=(Button("b:yes", "Yes"), Button("b:no", "No")))

    async def alert(self, ctx: Context):
        return AlertModerators(
            message=Message("Look", buttons=(Button("b:keep", "Keep"),)), urgent=True
        )

    async def form(self, ctx: Context):
        from bot.actions import OpenForm

        return OpenForm(
            form=Form(
                "f:1",
                "Tell me",
                (FormInput("a", "First"), FormInput("b", "Second", required=False)),
            )
        )

    async def pressed(self, ctx: Context):
        return ctx.reply(
            f"{ctx.event.actor.user_id} pressed {ctx.event.action_id}", ephemeral=False
        )

    async def submitted(self, ctx: Context):
        return ctx.reply(f"got {ctx.event.values}")

    async def joined(self, ctx: Context):
        return ctx.reply(f"welcome {ctx.event.actor.user_id}")


def button_hearth(config: Config, database, clock) -> Hearth:  # type: ignore[no-untyped-def]
    import types

    module = types.ModuleType("console_buttons")
    module.Buttons = Buttons  # type: ignore[attr-defined]
    sys.modules["console_buttons"] = module
    return Hearth(config, database, clock=clock, features=["console_buttons:Buttons"])


async def test_buttons_pressed_by_number_or_label(config: Config, database, clock) -> None:  # type: ignore[no-untyped-def]
    hearth = button_hearth(config, database, clock)
    out = await run_console(
        hearth, config, "maria: /ask\nmaria: 2\nmaria: /ask\nmaria: yes\nsam: yes\n"
    )
    assert "buttons: [1] Yes  [2] No" in out
    assert "maria pressed b:no" in out and "maria pressed b:yes" in out
    # sam could not see maria's private buttons, so "yes" is just a chat message from sam
    assert "sam pressed" not in out


async def test_moderator_buttons_only_for_moderators(config: Config, database, clock) -> None:  # type: ignore[no-untyped-def]
    hearth = button_hearth(config, database, clock)
    out = await run_console(hearth, config, "maria: /alert\nmaria: keep\nalex: keep\n")
    assert "[#moderators] hearth: URGENT Look" in out
    assert "maria pressed" not in out and "alex pressed b:keep" in out


async def test_forms_asked_one_input_at_a_time(config: Config, database, clock) -> None:  # type: ignore[no-untyped-def]
    hearth = button_hearth(config, database, clock)
    out = await run_console(hearth, config, "maria: /form\nmaria@dm: one\nmaria@dm: -\n")
    assert "form: First?" in out and "form: Second (optional, '-' to skip)?" in out
    assert "got {'a': 'one', 'b': ''}" in out


async def test_unknown_name_joins_and_dm_is_private(config: Config, database, clock) -> None:  # type: ignore[no-untyped-def]
    hearth = button_hearth(config, database, clock)
    out = await run_console(hearth, config, "newparent: hello\nmaria@dm: /ask\n")
    assert "welcome newparent" in out
    assert "[DM → maria] hearth: Pick" in out


async def test_clock_directive_needs_fake_clock(hearth: Hearth, config: Config) -> None:
    out = io.StringIO()
    adapter = ConsoleAdapter(hearth, config, out)
    await adapter.feed("!clock +1d2h")
    assert "clock is now 2026-03-02 14:00 UTC" in out.getvalue()
    assert parse_duration("90m").total_seconds() == 5400


async def test_roles_from_config(hearth: Hearth, config: Config) -> None:
    adapter = ConsoleAdapter(hearth, config, io.StringIO())
    assert adapter._actor("alex").role is Role.MODERATOR
    assert adapter._actor("stranger").role is Role.MEMBER
    assert isinstance(Reply, type)


def test_piped_console_command_end_to_end(tmp_path: Path) -> None:
    """The issue's acceptance line, through the installed entry point in a subprocess."""
    config = tmp_path / "hearthbot.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "h.db"}"\n')
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), "console"],
        input="maria: /resources financial help\nmaria: /nope\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Family Reach financial support" in result.stdout
    assert "I don't know /nope" in result.stdout


def test_bytes_that_are_not_utf8_and_lone_surrogates_never_break_the_console(
    tmp_path: Path,
) -> None:
    """Latin-1 bytes, an encoded lone surrogate and a BOM-like pair, under a C locale: every
    line gets its ordinary answer, nothing is "something went wrong", no traceback."""
    config = tmp_path / "hearthbot.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "h.db"}"\n')
    lines = (
        b"maria: /resources caf\xe9\n"
        b"maria: hello \xed\xa0\x80 there\n"
        b"maria: /checkin timezone \xff\xfe\n"
        b"maria: /help\n"
    )
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": ""}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), "console"],
        input=lines,
        capture_output=True,
        timeout=60,
        check=False,
        env=env,
    )
    out, err = result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0, err
    assert "Traceback" not in err and "went wrong" not in out
    assert "I found nothing for “caf\ufffd”" in out
    assert "is not a time zone I know" in out
    assert "/resources" in out.split("maria: /help", 1)[1]


async def test_lone_surrogates_in_a_line_are_replaced(hearth: Hearth, config: Config) -> None:
    out = io.StringIO()
    adapter = ConsoleAdapter(hearth, config, out)
    await adapter.feed("maria: /resources \ud800\udcff")
    assert "I found nothing for “\ufffd\ufffd”" in out.getvalue()
