"""Channel names for events that carry only an id (message, member_joined_channel).

The core shows names to people ("what you wrote in #general"), so ids are resolved with
``conversations.info`` and cached like users; on failure the id is used.
"""

from __future__ import annotations

import logging
import time

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)


class ChannelNames:
    def __init__(self, client: AsyncWebClient, ttl_seconds: float) -> None:
        self.client = client
        self.ttl = ttl_seconds
        self._cache: dict[str, tuple[float, str]] = {}

    def remember(self, channel_id: str, name: str | None) -> None:
        if channel_id and name:
            self._cache[channel_id] = (time.monotonic(), name)

    async def name(self, channel_id: str | None) -> str | None:
        if not channel_id or channel_id[:1] == "D":
            return None
        cached = self._cache.get(channel_id)
        if cached and time.monotonic() - cached[0] < max(self.ttl, 60):
            return cached[1]
        try:
            response = await self.client.conversations_info(channel=channel_id)
            name = (response.get("channel") or {}).get("name") or channel_id
        except SlackApiError as exc:
            log.info("conversations.info failed for %s: %s", channel_id, exc.response.get("error"))
            name = channel_id
        except Exception as exc:
            log.info("conversations.info failed for %s: %s", channel_id, type(exc).__name__)
            name = channel_id
        self.remember(channel_id, name)
        return name
