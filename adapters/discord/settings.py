"""The ``[discord]`` config section. The bot token is not here: it comes from DISCORD_TOKEN."""

from __future__ import annotations

import re

import discord
from pydantic import BaseModel, ConfigDict, Field, field_validator

DEFAULT_API_URL = "https://discord.com/api/v10"
DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg/"


class DiscordConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)

    application_id: int | None = Field(
        None,
        description="The application (client) id from the developer portal. Only needed by "
        "`hearthbot discord invite-url` when DISCORD_TOKEN is not set.",
    )
    guild_ids: list[int] = Field(
        default_factory=list,
        description="Servers (guild ids) to register slash commands in: instant. Empty: "
        "register globally (every server the bot is in; can take up to an hour to appear).",
    )
    sharded: bool = Field(
        False,
        description="Run as discord.py's AutoShardedClient: one gateway connection per shard "
        "(Discord requires shards past 2,500 servers; see README, Scale).",
    )
    shard_count: int | None = Field(
        None,
        ge=1,
        description="With sharded: the total number of shards. Empty: Discord's "
        "recommendation (GET /gateway/bot).",
    )
    shard_ids: list[int] | None = Field(
        None,
        description="With sharded and shard_count: the shards THIS process runs, to split "
        "them over processes or machines (e.g. [0, 1] here and [2, 3] elsewhere). Empty: all.",
    )
    sync_on_start: bool = Field(
        True,
        description="Register (overwrite) the slash commands when the bot connects. Off: "
        "only `hearthbot discord sync` does it.",
    )
    moderators_channel_id: int | None = Field(
        None,
        description="Channel id for review alerts. Default: the channel named "
        "[community] moderators_channel in the server.",
    )
    organizers_channel_id: int | None = Field(
        None,
        description="Channel id for operational notices to organizers (missing permissions, "
        "failed actions). Default: the moderators' channel.",
    )
    channels: dict[str, int] = Field(
        default_factory=dict,
        description="Channel names the core uses mapped to channel ids, e.g. {general = 123}. "
        "Unmapped names are looked up by name in the server.",
    )
    moderator_permissions: list[str] = Field(
        default_factory=lambda: ["manage_messages"],
        description="Members holding ANY of these Discord permissions act as moderators.",
    )
    organizer_permissions: list[str] = Field(
        default_factory=lambda: ["manage_guild", "administrator"],
        description="Members holding ANY of these Discord permissions act as organizers.",
    )
    moderator_roles: list[str] = Field(
        default_factory=list,
        description="Discord role names (or ids) whose members act as moderators.",
    )
    organizer_roles: list[str] = Field(
        default_factory=list,
        description="Discord role names (or ids) whose members act as organizers.",
    )
    respond_within: float = Field(
        1.5,
        ge=0.0,
        le=2.5,
        description="Seconds to wait for Hearth's answer before deferring an interaction "
        "(Discord allows 3 s for the first response; a deferred one is followed up later). "
        "Shortened for an interaction that was already waiting when the bot read it; "
        "0 always defers first.",
    )
    urgent_mention: str | None = Field(
        "@here",
        description="Who an urgent review alert (crisis) notifies: @here (everyone online in "
        "the moderators' channel), <@&ROLE_ID> or a bare role id (the moderators' role; Hearth "
        "needs Mention Everyone unless the role is mentionable), or empty for no ping. The "
        "alert allows exactly this mention and nothing else.",
    )
    api_url: str | None = Field(
        None,
        description=f"REST API base URL including the version (default {DEFAULT_API_URL}); "
        "only for proxies and tests.",
    )
    gateway_url: str | None = Field(
        None,
        description=f"Gateway websocket URL (default {DEFAULT_GATEWAY_URL}); only for proxies "
        "and tests.",
    )

    @field_validator("moderator_permissions", "organizer_permissions")
    @classmethod
    def _permissions(cls, value: list[str]) -> list[str]:
        valid = discord.Permissions.VALID_FLAGS
        for name in value:
            if name not in valid:
                raise ValueError(
                    f"{name!r} is not a Discord permission (e.g. manage_messages, "
                    "moderate_members, manage_guild, administrator)"
                )
        return value

    @field_validator("api_url", "gateway_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not value.startswith(("http://", "https://", "ws://", "wss://")):
            raise ValueError("expected an http(s):// or ws(s):// URL")
        return value.rstrip("/") if value.startswith("http") else value

    @field_validator("urgent_mention")
    @classmethod
    def _mention(cls, value: str | None) -> str | None:
        value = (value or "").strip()
        if not value:
            return None
        if value in ("@here", "@everyone"):
            return value
        role = re.fullmatch(r"<@&(\d{15,21})>|(\d{15,21})", value)
        if role is None:
            raise ValueError(
                f"{value!r} is not a mention Hearth can send: use @here, <@&ROLE_ID> (the "
                "moderators' role: Server Settings -> Roles -> right-click -> Copy Role ID) "
                'or "" for none'
            )
        return f"<@&{role.group(1) or role.group(2)}>"
