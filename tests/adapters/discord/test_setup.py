"""The [discord] config section, the invite URL and `hearthbot discord sync` / `invite-url`."""

from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import discord
import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from adapters.discord import platform
from adapters.discord.permissions import SCOPES, invite_url, required_permissions
from adapters.discord.settings import DiscordConfig
from adapters.discord.testing import APP_ID, GUILD_ID, FakeDiscord
from bot.app import Hearth
from bot.cli import cli
from bot.config import parse_config
from bot.errors import ConfigError
from tests.adapters.discord.conftest import Starter


def _cli():  # type: ignore[no-untyped-def]
    if "discord" not in cli.commands:
        cli.add_command(platform.cli)  # what bot.cli.main() does for every installed platform
    return cli


def test_every_config_field_is_documented() -> None:
    for name, field in DiscordConfig.model_fields.items():
        assert field.description, name


def test_config_rejects_unknown_keys_and_bad_permissions() -> None:
    with pytest.raises(ValidationError):
        DiscordConfig.model_validate({"guild_id": [1]})
    with pytest.raises(ValidationError, match="not a Discord permission"):
        DiscordConfig.model_validate({"moderator_permissions": ["delete_everything"]})


def test_discord_section_validated_through_the_platform_registry() -> None:
    config = parse_config(
        {"discord": {"guild_ids": [GUILD_ID], "moderators_channel_id": 5}},
        platform_models={"discord": DiscordConfig},
    )
    assert config.platform("discord").guild_ids == [GUILD_ID]
    with pytest.raises(ConfigError, match=r"discord\.bogus"):
        parse_config({"discord": {"bogus": 1}}, platform_models={"discord": DiscordConfig})


def test_token_only_from_the_environment() -> None:
    assert platform.credentials_present({"DISCORD_TOKEN": "abc"})
    assert not platform.credentials_present({"DISCORD_TOKEN": " "})
    assert "token" not in DiscordConfig.model_fields


def test_invite_url_has_exactly_the_scopes_and_permissions() -> None:
    query = parse_qs(urlparse(invite_url(1234)).query)
    assert query["client_id"] == ["1234"]
    assert query["scope"][0].split() == ["bot", "applications.commands"] == list(SCOPES)
    granted = discord.Permissions(int(query["permissions"][0]))
    assert granted == required_permissions()
    for needed in (
        "view_channel",
        "send_messages",
        "embed_links",
        "attach_files",
        "read_message_history",
        "manage_messages",
        "moderate_members",
        "manage_roles",
        "use_application_commands",
    ):
        assert getattr(granted, needed), needed
    assert not granted.administrator and not granted.ban_members and not granted.kick_members


def test_cli_invite_url_with_client_id() -> None:
    result = CliRunner().invoke(_cli(), ["discord", "invite-url", "--client-id", "42"])
    assert result.exit_code == 0, result.output
    assert invite_url(42) in result.output


def test_cli_sync_without_token_explains() -> None:
    result = CliRunner().invoke(_cli(), ["discord", "sync"], env={"DISCORD_TOKEN": ""})
    assert result.exit_code != 0 and "DISCORD_TOKEN is not set" in result.output


def _config_file(tmp_path: Path, fake: FakeDiscord, guilds: str) -> Path:
    path = tmp_path / "hearthbot.toml"
    path.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path}/cli.db"\n\n[discord]\nguild_ids = {guilds}\n'
        f'api_url = "{fake.api_url}"\ngateway_url = "{fake.gateway_url}"\n',
        encoding="utf-8",
    )
    return path


async def test_cli_sync_registers_commands_per_guild(fake: FakeDiscord, tmp_path: Path) -> None:
    path = _config_file(tmp_path, fake, f"[{GUILD_ID}]")
    runner = CliRunner()
    result = await asyncio.to_thread(
        runner.invoke,
        _cli(),
        ["--config", str(path), "discord", "sync"],
        env={"DISCORD_TOKEN": "fake-token"},
    )
    assert result.exit_code == 0, result.output
    assert f"registered for {GUILD_ID}" in result.output
    [call] = fake.find("PUT", rf"^/applications/{APP_ID}/guilds/{GUILD_ID}/commands$")
    assert "resources" in {c["name"] for c in call.json}
    assert not fake.find("GET", r"^/gateway")  # REST only: no gateway connection needed


async def test_cli_invite_url_looks_up_the_application(fake: FakeDiscord, tmp_path: Path) -> None:
    path = _config_file(tmp_path, fake, "[]")
    result = await asyncio.to_thread(
        CliRunner().invoke,
        _cli(),
        ["--config", str(path), "discord", "invite-url"],
        env={"DISCORD_TOKEN": "fake-token"},
    )
    assert result.exit_code == 0, result.output
    assert invite_url(APP_ID) in result.output


async def test_sharded_client_connects_every_shard_and_answers(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter, settings: DiscordConfig
) -> None:
    """``sharded`` runs discord.py's AutoShardedClient: the shard count comes from Discord's
    recommendation (GET /gateway/bot) and each shard identifies on its own connection."""
    fake.recommended_shards = 2
    adapter = await start_bot(hearth, settings.model_copy(update={"sharded": True}))
    assert isinstance(adapter.client, discord.AutoShardedClient)
    assert sorted(fake.identified_shards) == [[0, 2], [1, 2]]
    iid = await fake.slash("maria", "help")
    assert (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0].status == 200


async def test_shard_ids_split_shards_over_processes(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter, settings: DiscordConfig
) -> None:
    """With ``shard_count`` and ``shard_ids`` a process runs only its own shards."""
    own = (GUILD_ID >> 22) % 4
    custom = settings.model_copy(update={"sharded": True, "shard_count": 4, "shard_ids": [own]})
    await start_bot(hearth, custom)
    assert fake.identified_shards == [[own, 4]]
