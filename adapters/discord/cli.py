"""``hearthbot discord ...``: register slash commands and print the invite URL."""

from __future__ import annotations

import asyncio
import os

import click

from adapters.discord.permissions import SCOPES, invite_url, required_permissions
from adapters.discord.settings import DiscordConfig

TOKEN_VARIABLE = "DISCORD_TOKEN"


def _settings(config) -> DiscordConfig:  # type: ignore[no-untyped-def]
    return config.platform("discord") or DiscordConfig()


def _token() -> str:
    token = os.environ.get(TOKEN_VARIABLE, "").strip()
    if not token:
        raise click.ClickException(
            f"{TOKEN_VARIABLE} is not set: copy the bot token from the developer portal "
            "(your application -> Bot -> Reset Token) into that environment variable."
        )
    return token


@click.group("discord")
def discord_cli() -> None:
    """Discord: register slash commands, print the invite URL."""


@discord_cli.command("sync")
@click.pass_context
def sync(ctx: click.Context) -> None:
    """Register Hearth's slash commands: in each [discord] guild_ids server (instant), or
    globally when none are listed (can take up to an hour to appear)."""
    config = ctx.find_root().obj["load_config"]()
    token = _token()
    targets = asyncio.run(_sync(config, token))
    where = ", ".join(str(t) for t in targets if t is not None) or "all servers (global)"
    click.echo(f"Slash commands registered for {where}.")


async def _sync(config, token: str) -> list[int | None]:  # type: ignore[no-untyped-def]
    import discord

    from adapters.discord.adapter import DiscordAdapter
    from bot.app import Hearth
    from bot.storage.database import Database

    # Only the command tree is needed: an in-memory database keeps sync side-effect free.
    hearth = Hearth(config, Database("sqlite://"))
    adapter = DiscordAdapter(hearth, config, _settings(config))
    try:
        await adapter.client.login(token)
        return await adapter.sync_commands()
    except discord.LoginFailure:
        raise click.ClickException(f"Discord rejected {TOKEN_VARIABLE}.") from None
    except discord.HTTPException as exc:
        raise click.ClickException(
            f"Discord refused the command registration (HTTP {exc.status}, code {exc.code}). "
            "Was Hearth invited with the applications.commands scope? "
            "See `hearthbot discord invite-url`."
        ) from None
    finally:
        await adapter.close()
        hearth.db.dispose()


@discord_cli.command("invite-url")
@click.option(
    "--client-id",
    type=int,
    help="Application id (default: [discord] application_id, else looked up with DISCORD_TOKEN).",
)
@click.pass_context
def invite(ctx: click.Context, client_id: int | None) -> None:
    """Print the OAuth2 URL that adds Hearth to a server with exactly the permissions it needs."""
    config = ctx.find_root().obj["load_config"]()
    settings = _settings(config)
    client_id = client_id or settings.application_id
    if client_id is None:
        client_id = asyncio.run(_application_id(settings, _token()))
    click.echo(invite_url(client_id))
    names = sorted(name for name, on in required_permissions() if on)
    click.echo(f"scopes: {' '.join(SCOPES)}; permissions: {', '.join(names)}", err=True)


async def _application_id(settings: DiscordConfig, token: str) -> int:
    import discord

    from adapters.discord.adapter import configure_endpoints

    configure_endpoints(settings)
    client = discord.Client(intents=discord.Intents.none())
    try:
        await client.login(token)
        return (await client.application_info()).id
    except discord.LoginFailure:
        raise click.ClickException(f"Discord rejected {TOKEN_VARIABLE}.") from None
    finally:
        await client.close()
