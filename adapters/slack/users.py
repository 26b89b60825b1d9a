"""Who a Slack user is to Hearth: name, time zone and role, from ``users.info`` (cached briefly).

``users.info`` is the only place Slack says a member's time zone (``user.tz``); check-ins use it
to reach each parent at their own hour. Answers are cached for ``user_cache_seconds`` so a busy
channel does not cost one API call per message.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.settings import SlackConfig
from bot.roles import Role

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SlackUser:
    user_id: str
    display_name: str
    timezone: str | None = None
    is_admin: bool = False
    is_owner: bool = False
    is_bot: bool = False


def from_user_object(user: dict[str, Any]) -> SlackUser:
    """A ``user`` object as found in ``users.info`` and ``team_join``."""
    profile = user.get("profile") or {}
    name = (
        profile.get("display_name")
        or profile.get("real_name")
        or user.get("real_name")
        or user.get("name")
        or user.get("id", "")
    )
    return SlackUser(
        user_id=user.get("id", ""),
        display_name=name,
        timezone=user.get("tz") or None,
        is_admin=bool(user.get("is_admin")),
        is_owner=bool(user.get("is_owner") or user.get("is_primary_owner")),
        is_bot=bool(user.get("is_bot")),
    )


class UserDirectory:
    def __init__(self, client: AsyncWebClient, settings: SlackConfig) -> None:
        self.client = client
        self.settings = settings
        self._cache: dict[str, tuple[float, SlackUser]] = {}
        self._pending: dict[str, asyncio.Task[SlackUser]] = {}
        self.lookups = 0  # users.info calls made (tests and benchmarks read it)

    def remember(self, user: SlackUser) -> None:
        """Store a user object that arrived with an event (``team_join`` carries one)."""
        self._cache[user.user_id] = (time.monotonic(), user)

    async def get(
        self, user_id: str, fallback_name: str = "", *, within: float | None = None
    ) -> SlackUser:
        """The user, cached; ``within`` bounds the wait (then a user without time zone or
        admin flag is returned and the lookup finishes in the background for next time)."""
        cached = self._cache.get(user_id)
        if cached and time.monotonic() - cached[0] < self.settings.user_cache_seconds:
            return cached[1]
        task = self._pending.get(user_id)
        if task is None:  # one users.info call per user, however many events arrive
            task = asyncio.create_task(self._fetch(user_id, fallback_name))
            self._pending[user_id] = task
            task.add_done_callback(lambda _: self._pending.pop(user_id, None))
        try:
            async with asyncio.timeout(within):
                return await asyncio.shield(task)
        except TimeoutError:
            log.info("users.info for %s is slow; going on without it", user_id)
            return SlackUser(user_id, fallback_name or user_id)

    async def _fetch(self, user_id: str, fallback_name: str) -> SlackUser:
        self.lookups += 1
        try:
            response = await self.client.users_info(user=user_id)
        except SlackApiError as exc:
            # Not fatal: the person is still served, without a time zone or admin flag.
            log.warning("users.info failed for %s: %s", user_id, exc.response.get("error"))
            return SlackUser(user_id, fallback_name or user_id)
        except Exception as exc:  # network trouble: same degradation
            log.warning("users.info failed for %s: %s", user_id, type(exc).__name__)
            return SlackUser(user_id, fallback_name or user_id)
        user = from_user_object(response.get("user") or {"id": user_id})
        self.remember(user)
        return user

    def role(self, user: SlackUser) -> Role:
        if user.user_id in self.settings.organizers:
            return Role.ORGANIZER
        if self.settings.admins_are_organizers and (user.is_admin or user.is_owner):
            return Role.ORGANIZER
        if user.user_id in self.settings.moderators:
            return Role.MODERATOR
        return Role.MEMBER
