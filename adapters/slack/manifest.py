"""The Slack app manifest: paste it at api.slack.com/apps -> Create New App -> From a manifest.

Bot scopes, each needed by something the adapter does (and nothing more):

- ``commands``: the ``/hearth`` slash command.
- ``chat:write``: replies, posts, ephemeral answers, review alerts and ``chat.update`` of alerts,
  in channels Hearth was invited to. ``chat:write.public`` is deliberately not requested: Hearth
  posts only where a person invited it, and a ``not_in_channel`` failure tells organizers to
  invite it rather than it posting into channels nobody asked it into.
- ``files:write``: pictures (a check-in mood chart) uploaded after their message.
- ``im:write``: ``conversations.open`` for direct messages (onboarding, care messages).
- ``users:read``: ``users.info`` for each member's time zone (``tz``) and admin/owner flags
  (organizers), and the ``team_join`` event.
- ``channels:history`` / ``groups:history``: ``message.channels`` / ``message.groups`` events,
  so messages in public and private channels Hearth is in go through moderation.
- ``im:history``: ``message.im``, messages people send Hearth directly.
- ``channels:read`` / ``groups:read``: the ``member_joined_channel`` event in public and private
  channels (onboarding).

With ``--admin-hide`` the manifest also asks for the ``chat:write`` *user* scope: the token
Slack then issues to the installing workspace admin (``xoxp-``) is ``SLACK_ADMIN_USER_TOKEN``,
the only way a Slack app can delete (hide) other people's messages.
"""

from __future__ import annotations

import json
import re
from typing import Any

from adapters.slack.settings import SlackConfig

BOT_SCOPES = (
    "commands",
    "chat:write",
    "files:write",
    "im:write",
    "users:read",
    "channels:history",
    "groups:history",
    "im:history",
    "channels:read",
    "groups:read",
)
BOT_EVENTS = (
    "app_home_opened",
    "app_uninstalled",
    "member_joined_channel",
    "message.channels",
    "message.groups",
    "message.im",
    "team_join",
    "tokens_revoked",
)
DESCRIPTION = "Peer support for parents of children with cancer: resources, check-ins, care."


def build(settings: SlackConfig, *, http_url: str | None = None, admin_hide: bool = False) -> dict:
    """The manifest as a dict. ``http_url`` (the public URL of ``[slack] path``) switches
    Socket Mode off and points slash commands, events and interactivity at it."""
    name = settings.app_name
    command: dict[str, Any] = {
        "command": settings.command,
        "description": "Hearth: resources, check-ins, mentors, your data, help",
        "usage_hint": "help | resources nausea | checkin on",
        # Mentions arrive as <@U123|name>: /hearth mentor block @sam names a user id.
        "should_escape": True,
    }
    events: dict[str, Any] = {"bot_events": list(BOT_EVENTS)}
    interactivity: dict[str, Any] = {"is_enabled": True}
    if http_url:
        command["url"] = http_url
        events["request_url"] = http_url
        interactivity["request_url"] = http_url
    scopes: dict[str, list[str]] = {"bot": list(BOT_SCOPES)}
    if admin_hide:
        scopes["user"] = ["chat:write"]
    return {
        "_metadata": {"major_version": 1, "minor_version": 1},
        "display_information": {
            "name": name,
            "description": DESCRIPTION,
            "background_color": "#7a3e2e",
        },
        "features": {
            "app_home": {
                "home_tab_enabled": True,
                "messages_tab_enabled": True,
                "messages_tab_read_only_enabled": False,
            },
            "bot_user": {"display_name": name, "always_online": True},
            "slash_commands": [command],
        },
        "oauth_config": {"scopes": scopes},
        "settings": {
            "event_subscriptions": events,
            "interactivity": interactivity,
            "org_deploy_enabled": False,
            "socket_mode_enabled": not http_url,
            "token_rotation_enabled": False,
        },
    }


def to_json(manifest: dict) -> str:
    return json.dumps(manifest, indent=2)


_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.:/ -]*$")


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    reserved = {"true", "false", "yes", "no", "on", "off", "null", "~"}
    awkward = ": " in text or " #" in text or text.endswith(" ")
    if _PLAIN.match(text) and text.lower() not in reserved and not awkward:
        return text
    return json.dumps(text)  # a JSON string is a valid YAML double-quoted scalar


def to_yaml(value: Any, indent: int = 0) -> str:
    """Block-style YAML for the manifest's plain data (dicts, lists, strings, numbers)."""
    pad = " " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dict | list) and item:
                lines.append(f"{pad}{key}:")
                lines.append(to_yaml(item, indent + 2))
            else:
                lines.append(f"{pad}{key}: {_scalar(item) if item != [] else '[]'}")
    else:
        for item in value:
            if isinstance(item, dict):
                body = to_yaml(item, indent + 2).splitlines()
                lines.append(f"{pad}- {body[0].strip()}")
                lines.extend(body[1:])
            else:
                lines.append(f"{pad}- {_scalar(item)}")
    return "\n".join(lines)
