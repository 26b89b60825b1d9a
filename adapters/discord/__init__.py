"""The Discord platform: a discord.py client translating to and from Hearth's neutral model."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from adapters.discord.adapter import DiscordAdapter, DiscordSetupError
from adapters.discord.cli import TOKEN_VARIABLE, discord_cli
from adapters.discord.settings import DiscordConfig

if TYPE_CHECKING:
    from bot.app import Hearth
    from bot.config import Config


class DiscordPlatform:
    name = "discord"
    description = "Discord bot (discord.py; token from DISCORD_TOKEN)"
    config_model = DiscordConfig
    cli = discord_cli

    def credentials_present(self, environ: Mapping[str, str]) -> bool:
        return bool(environ.get(TOKEN_VARIABLE, "").strip())

    async def run(self, hearth: Hearth, config: Config) -> None:
        import click

        adapter = DiscordAdapter(hearth, config)
        try:
            await adapter.start(os.environ[TOKEN_VARIABLE].strip())
        except DiscordSetupError as exc:
            raise click.ClickException(str(exc)) from None
        finally:
            await adapter.close()


platform = DiscordPlatform()

__all__ = ["DiscordAdapter", "DiscordConfig", "DiscordPlatform", "DiscordSetupError", "platform"]
