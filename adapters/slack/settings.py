"""The ``[slack]`` config section. Secrets are not here: tokens come from the environment."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

DEFAULT_PATH = "/slack/events"


class SlackConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)

    mode: Literal["socket", "http"] = Field(
        "socket",
        description="socket: Socket Mode over a websocket (needs SLACK_APP_TOKEN, no public URL; "
        "the default for small groups). http: Slack posts signed requests to host:port/path.",
    )
    host: str = Field("0.0.0.0", description="HTTP mode: address the web server listens on.")
    port: int = Field(3000, ge=0, le=65535, description="HTTP mode: port (0 picks a free one).")
    path: str = Field(DEFAULT_PATH, description="HTTP mode: request path Slack posts events to.")
    api_url: str | None = Field(
        None,
        description="Base URL of the Slack Web API (default https://slack.com/api/); only for "
        "proxies and tests.",
    )
    moderators_channel: str | None = Field(
        None,
        description="Channel id (C...) of the private moderators' channel for review alerts. "
        "Default: the [community] moderators_channel name.",
    )
    organizers_channel: str | None = Field(
        None,
        description="Channel id for operational notices to organizers (missing permissions, "
        "failed actions). Default: the moderators' channel.",
    )
    channels: dict[str, str] = Field(
        default_factory=dict,
        description="Channel names the core uses (general, ...) mapped to Slack channel ids, "
        'e.g. {general = "C0123"}. Unmapped names are passed to Slack as names.',
    )
    moderators: list[str] = Field(
        default_factory=list, description="Slack user ids (U...) who act as moderators."
    )
    organizers: list[str] = Field(
        default_factory=list, description="Slack user ids (U...) who act as organizers."
    )
    admins_are_organizers: bool = Field(
        True,
        description="Workspace admins and owners (users.info is_admin/is_owner) are organizers.",
    )
    user_cache_seconds: int = Field(
        300,
        ge=0,
        description="How long a member's users.info answer (time zone, name, admin flag) is "
        "reused before asking Slack again.",
    )
    command: str = Field(
        "/hearth",
        description="The one slash command that carries every Hearth command "
        "(/hearth resources nausea, /hearth help).",
    )
    app_name: str = Field("Hearth", description="App name used by `hearthbot slack manifest`.")
    urgent_mention: str | None = Field(
        "@here",
        description="Who an urgent review alert (crisis) notifies: @here (everyone active in "
        "the moderators' channel), a user group id S... or <!subteam^S...> (e.g. "
        "@moderators), or empty for no ping.",
    )

    @field_validator("path", "command")
    @classmethod
    def _slash(cls, v: str) -> str:
        if not v.startswith("/") or " " in v:
            raise ValueError("expected one word starting with '/', e.g. /slack/events or /hearth")
        return v

    @field_validator("moderators", "organizers")
    @classmethod
    def _user_ids(cls, v: list[str]) -> list[str]:
        for user in v:
            if user[:1] not in {"U", "W"}:
                raise ValueError(f"{user!r} is not a Slack user id (they start with U or W)")
        return v

    @field_validator("urgent_mention")
    @classmethod
    def _mention(cls, v: str | None) -> str | None:
        """Normalised to Slack's own syntax: ``<!here>`` or ``<!subteam^S...>``."""
        v = (v or "").strip()
        if not v:
            return None
        if v in ("@here", "<!here>", "here"):
            return "<!here>"
        if v in ("@channel", "<!channel>"):
            return "<!channel>"
        group = re.fullmatch(r"<!subteam\^(S[A-Z0-9]{2,})(?:\|[^>]*)?>|(S[A-Z0-9]{2,})", v)
        if group is None:
            raise ValueError(
                f"{v!r} is not a mention Hearth can send: use @here, a user group id such as "
                'S0123ABCD (Slack: the group\'s profile -> More -> Copy group ID) or "" for none'
            )
        return f"<!subteam^{group.group(1) or group.group(2)}>"
