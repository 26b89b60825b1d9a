"""A loopback fake Discord for tests and benchmarks: REST and gateway on 127.0.0.1.

The real discord.py client connects to it unchanged (``[discord] api_url`` / ``gateway_url``
point at it). The gateway speaks plain-text JSON frames: HELLO, then READY and GUILD_CREATE
after IDENTIFY, heartbeat ACKs, and whatever events a test dispatches (MESSAGE_CREATE,
GUILD_MEMBER_ADD, INTERACTION_CREATE), shaped like Discord's documented examples. Every REST
call the bot makes is recorded with its body and arrival time; failures (403/50013, 50007,
429 with retry-after) can be injected per route.

Only for tests and benchmarks: nothing here talks to the network beyond the loopback.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

import discord
from aiohttp import WSMsgType, web

from adapters.discord.permissions import required_permissions

GUILD_ID = 1100000000000000001
APP_ID = 1100000000000000002
BOT_ID = APP_ID
GENERAL_ID = 1100000000000000010
MODERATORS_ID = 1100000000000000011
THREAD_ID = 1100000000000000013
ORGANIZERS_ID = 1100000000000000012
MODERATOR_ROLE_ID = 1100000000000000020
ORGANIZER_ROLE_ID = 1100000000000000021
BOT_ROLE_ID = 1100000000000000022
NEWCOMER_ROLE_ID = 1100000000000000023
OWNER_ID = 1100000000000000099
MESSAGE_CONTENT = 1 << 15
GUILD_MEMBERS = 1 << 1
EPHEMERAL = 1 << 6

#: People in the fake server: name -> (user id, role ids).
PEOPLE: dict[str, tuple[int, list[int]]] = {
    "maria": (1100000000000000101, []),
    "sam": (1100000000000000102, []),
    "alex": (1100000000000000103, [MODERATOR_ROLE_ID]),
    "olivia": (1100000000000000104, [ORGANIZER_ROLE_ID]),
}


def _iso() -> str:
    return datetime.now(UTC).isoformat()


def _message_payload(
    message_id: str, channel_id: str, author: dict[str, Any], content: str, **fields: Any
) -> dict[str, Any]:
    """A Discord message object: a plain, unedited message sent now, with ``fields`` on top."""
    return {
        "id": message_id,
        "channel_id": channel_id,
        "author": author,
        "content": content,
        "timestamp": _iso(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": False,
        "type": 0,
        "flags": 0,
        **fields,
    }


def _perms(**flags: bool) -> str:
    return str(discord.Permissions(**flags).value)


def _json(data: Any, *, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """JSON with Discord's exact content type (discord.py compares it without a charset)."""
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def user_payload(name: str, user_id: int, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name.title(),
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


@dataclass
class Call:
    """One REST request the bot made."""

    method: str
    path: str  # after the API version, e.g. /channels/123/messages
    query: dict[str, str]
    json: Any
    files: list[tuple[str, int]] = field(default_factory=list)
    reason: str | None = None
    at: float = field(default_factory=time.perf_counter)
    status: int = 200


@dataclass
class Failure:
    method: str
    pattern: re.Pattern[str]
    status: int
    code: int
    message: str
    times: int
    retry_after: float | None = None


class FakeDiscord:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.failures: list[Failure] = []
        self.dms_closed: set[int] = set()
        self.channel_names = {
            GENERAL_ID: "general",
            MODERATORS_ID: "moderators",
            ORGANIZERS_ID: "organizers",
        }
        self.people = {name: (uid, list(roles)) for name, (uid, roles) in PEOPLE.items()}
        self.deny_privileged_intents = False
        self.identified_intents: int | None = None
        #: [shard_id, shard_count] of every IDENTIFY; /gateway/bot's recommended shard count.
        self.identified_shards: list[list[int]] = []
        self.recommended_shards = 1
        #: READY's application flags: message content and server members intents enabled.
        self.application_flags = (1 << 18) | (1 << 14)
        self.interactions: dict[str, dict[str, Any]] = {}
        self.dispatched_at: dict[str, float] = {}
        self.messages: dict[str, dict[str, Any]] = {}
        self.connections = 0
        #: The close code of each gateway connection the bot ended (1000: a normal close).
        self.close_codes: list[int | None] = []
        self._ids = itertools.count(1)
        self._ws: web.WebSocketResponse | None = None
        self._seq = 0
        self._ready = asyncio.Event()
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.bot_user = user_payload("Hearth", BOT_ID, bot=True)

    # -- server --------------------------------------------------------------------------

    async def start(self) -> FakeDiscord:
        app = web.Application(client_max_size=20 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def new_id(self, *, age: float = 0.0) -> str:
        """A snowflake like Discord's: creation time in the high bits, so an interaction's
        ``created_at`` is when the fake built it (``age`` seconds earlier if given)."""
        millis = int((time.time() - age) * 1000) - discord.utils.DISCORD_EPOCH
        return str((millis << 22) | (next(self._ids) & 0x3FFFFF))

    # -- fixtures of the fake server -----------------------------------------------------

    def guild_payload(self) -> dict[str, Any]:
        everyone = _perms(
            view_channel=True,
            send_messages=True,
            read_message_history=True,
            use_application_commands=True,
            embed_links=True,
            attach_files=True,
        )
        roles = [
            {"id": str(GUILD_ID), "name": "@everyone", "permissions": everyone, "position": 0},
            {
                "id": str(MODERATOR_ROLE_ID),
                "name": "Moderators",
                "permissions": _perms(manage_messages=True, moderate_members=True),
                "position": 2,
            },
            {
                "id": str(ORGANIZER_ROLE_ID),
                "name": "Organizers",
                "permissions": _perms(manage_guild=True),
                "position": 3,
            },
            {
                "id": str(BOT_ROLE_ID),
                "name": "Hearth",
                "permissions": str(required_permissions().value),
                "position": 4,
                "managed": True,
            },
            {"id": str(NEWCOMER_ROLE_ID), "name": "Newcomer", "permissions": "0", "position": 1},
        ]
        for role in roles:
            role.setdefault("managed", False)
            role.update(color=0, hoist=False, mentionable=False, flags=0)
        channels = [
            self._channel(GENERAL_ID, "general", 0),
            self._channel(MODERATORS_ID, "moderators", 1),
            self._channel(ORGANIZERS_ID, "organizers", 2),
        ]
        members = [self.member_payload("hearth", BOT_ID, [BOT_ROLE_ID], bot=True)]
        members += [self.member_payload(n, uid, r) for n, (uid, r) in self.people.items()]
        return {
            "id": str(GUILD_ID),
            "name": "Hearth test group",
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(OWNER_ID),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "system_channel_id": str(GENERAL_ID),
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "vanity_url_code": None,
            "application_id": None,
            "features": [],
            "roles": roles,
            "emojis": [],
            "stickers": [],
            "channels": channels,
            "threads": [
                {
                    **self._channel(THREAD_ID, "our week", 0),
                    "type": 11,
                    "parent_id": str(GENERAL_ID),
                    "owner_id": str(self.people["maria"][0]),
                    "member_count": 2,
                    "message_count": 0,
                    "thread_metadata": {
                        "archived": False,
                        "auto_archive_duration": 1440,
                        "archive_timestamp": _iso(),
                        "locked": False,
                    },
                }
            ],
            "members": members,
            "member_count": len(members),
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "large": False,
            "unavailable": False,
            "joined_at": _iso(),
            "max_video_channel_users": 25,
        }

    @staticmethod
    def _channel(channel_id: int, name: str, position: int) -> dict[str, Any]:
        return {
            "id": str(channel_id),
            "type": 0,
            "guild_id": str(GUILD_ID),
            "name": name,
            "position": position,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
        }

    @staticmethod
    def member_payload(
        name: str, user_id: int, roles: list[int], *, bot: bool = False
    ) -> dict[str, Any]:
        return {
            "user": user_payload(name, user_id, bot=bot),
            "nick": None,
            "avatar": None,
            "roles": [str(r) for r in roles],
            "joined_at": _iso(),
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }

    def person(self, name: str) -> tuple[int, list[int]]:
        if name not in self.people:
            self.people[name] = (int(self.new_id()), [])
        return self.people[name]

    # -- gateway -------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._ws = ws
        self._seq = 0
        self.connections += 1
        shard = [0, 1]
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            payload = json.loads(msg.data)
            op = payload.get("op")
            if op == 1:
                await ws.send_str(json.dumps({"op": 11}))
            elif op == 2:
                intents = int(payload["d"].get("intents", 0))
                self.identified_intents = intents
                shard = list(payload["d"].get("shard") or [0, 1])
                self.identified_shards.append(shard)
                # Discord sends a server's events on shard (guild_id >> 22) % count only.
                owner = shard[0] == (GUILD_ID >> 22) % shard[1]
                if owner:
                    self._ws = ws
                if self.deny_privileged_intents and intents & (MESSAGE_CONTENT | GUILD_MEMBERS):
                    await ws.close(code=4014, message=b"Disallowed intent(s).")
                    break
                await self._send_on(
                    ws,
                    "READY",
                    {
                        "v": 10,
                        "user": self.bot_user,
                        "guilds": [{"id": str(GUILD_ID), "unavailable": True}] if owner else [],
                        "session_id": "fake-session",
                        "resume_gateway_url": self.gateway_url,
                        "application": {"id": str(APP_ID), "flags": self.application_flags},
                        "private_channels": [],
                        "relationships": [],
                        "shard": shard,
                    },
                )
                if owner:
                    await self._send("GUILD_CREATE", self.guild_payload())
                    self._ready.set()
        self.close_codes.append(ws.close_code)
        if self._ws is ws:
            self._ws = None
            self._ready.clear()
        return ws

    async def _send(self, event: str, data: dict[str, Any]) -> None:
        assert self._ws is not None, "no bot connected to the fake gateway"
        await self._send_on(self._ws, event, data)

    async def _send_on(self, ws: web.WebSocketResponse, event: str, data: dict[str, Any]) -> None:
        self._seq += 1
        await ws.send_str(json.dumps({"op": 0, "t": event, "s": self._seq, "d": data}))

    async def wait_connected(self, within: float = 10.0) -> None:
        await asyncio.wait_for(self._ready.wait(), within)

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        await self.wait_connected()
        await self._send(event, data)

    # -- events the tests send -----------------------------------------------------------

    async def message(
        self, name: str, content: str, *, channel_id: int = GENERAL_ID
    ) -> dict[str, Any]:
        user_id, roles = self.person(name)
        member = self.member_payload(name, user_id, roles)
        author = member.pop("user")
        data = _message_payload(
            self.new_id(),
            str(channel_id),
            author,
            content,
            guild_id=str(GUILD_ID),
            member=member,
        )
        await self.dispatch("MESSAGE_CREATE", data)
        return data

    async def edit(self, message: dict[str, Any], content: str) -> dict[str, Any]:
        """The author edits ``message`` (as returned by :meth:`message`): MESSAGE_UPDATE with
        the whole message, as Discord sends it, and an ``edited_timestamp``."""
        data = {**message, "content": content, "edited_timestamp": _iso()}
        await self.dispatch("MESSAGE_UPDATE", data)
        return data

    async def member_join(self, name: str) -> dict[str, Any]:
        user_id, roles = self.person(name)
        data = {**self.member_payload(name, user_id, roles), "guild_id": str(GUILD_ID)}
        await self.dispatch("GUILD_MEMBER_ADD", data)
        return data

    def interaction_payload(
        self,
        name: str,
        kind: int,
        data: dict[str, Any],
        *,
        channel_id: int = GENERAL_ID,
        message: dict[str, Any] | None = None,
        dm: bool = False,
        age: float = 0.0,
    ) -> dict[str, Any]:
        """An INTERACTION_CREATE payload; ``age``: Discord created it that many seconds ago."""
        user_id, roles = self.person(name)
        member = self.member_payload(name, user_id, roles)
        member["permissions"] = _perms(view_channel=True, send_messages=True)
        interaction_id = self.new_id(age=age)
        payload: dict[str, Any] = {
            "id": interaction_id,
            "application_id": str(APP_ID),
            "type": kind,
            "data": data,
            "guild_id": str(GUILD_ID),
            "channel_id": str(channel_id),
            "channel": self._channel(channel_id, self.channel_names.get(channel_id, "general"), 0),
            "member": member,
            "token": f"token-{interaction_id}",
            "version": 1,
            "app_permissions": str(required_permissions().value),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024,
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "context": 0,
        }
        if message is not None:
            payload["message"] = message
        if dm:  # a command used in the bot's DMs: no server, a user instead of a member
            for key in ("guild_id", "member", "guild_locale"):
                payload.pop(key)
            payload["user"] = member["user"]
            payload["channel_id"] = str(user_id + 7)
            payload["channel"] = {"id": str(user_id + 7), "type": 1, "recipients": [member["user"]]}
            payload["context"] = 1
            payload["authorizing_integration_owners"] = {"1": str(user_id)}
        return payload

    async def interact(self, payload: dict[str, Any]) -> str:
        self.interactions[payload["id"]] = payload
        self.dispatched_at[payload["id"]] = time.perf_counter()
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload["id"]

    async def slash(
        self, name: str, command: str, options: list[dict[str, Any]] | None = None, **kw: Any
    ) -> str:
        """``/command`` with options as Discord sends them ([{name, type, value}, ...])."""
        data = {"id": self.new_id(), "name": command, "type": 1, "options": options or []}
        return await self.interact(self.interaction_payload(name, 2, data, **kw))

    async def autocomplete(self, name: str, command: str, options: list[dict[str, Any]]) -> str:
        data = {"id": self.new_id(), "name": command, "type": 1, "options": options}
        return await self.interact(self.interaction_payload(name, 4, data))

    async def press(
        self,
        name: str,
        custom_id: str,
        message: dict[str, Any],
        *,
        values: list[str] | None = None,
    ) -> str:
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": 2}
        if values is not None:
            data.update(component_type=3, values=values)
        channel_id = int(message["channel_id"])
        return await self.interact(
            self.interaction_payload(name, 3, data, channel_id=channel_id, message=message)
        )

    async def submit(
        self,
        name: str,
        custom_id: str,
        values: dict[str, str],
        *,
        message: dict[str, Any] | None = None,
    ) -> str:
        """A modal submitted; ``message`` when the modal was opened from that message's button."""
        data = {
            "custom_id": custom_id,
            "components": [
                {"type": 1, "components": [{"type": 4, "custom_id": k, "value": v}]}
                for k, v in values.items()
            ],
        }
        return await self.interact(self.interaction_payload(name, 5, data, message=message))

    # -- failures ------------------------------------------------------------------------

    def fail(
        self,
        method: str,
        path: str,
        *,
        status: int = 403,
        code: int = 50013,
        message: str = "Missing Permissions",
        times: int = 1,
        retry_after: float | None = None,
    ) -> None:
        """The next ``times`` requests matching ``method`` and the ``path`` regex fail."""
        self.failures.append(
            Failure(method.upper(), re.compile(path), status, code, message, times, retry_after)
        )

    def rate_limit(self, method: str, path: str, *, retry_after: float = 0.05) -> None:
        self.fail(
            method,
            path,
            status=429,
            code=0,
            message="You are being rate limited.",
            retry_after=retry_after,
        )

    def _failure(self, method: str, path: str) -> Failure | None:
        for failure in self.failures:
            if failure.times > 0 and failure.method == method and failure.pattern.search(path):
                failure.times -= 1
                return failure
        return None

    # -- assertions helpers --------------------------------------------------------------

    def find(self, method: str, path: str) -> list[Call]:
        pattern = re.compile(path)
        return [c for c in self.calls if c.method == method.upper() and pattern.search(c.path)]

    async def wait_for(
        self, method: str, path: str, *, count: int = 1, within: float = 10.0
    ) -> list[Call]:
        """Wait until at least ``count`` matching calls were made (they arrive asynchronously)."""

        async def ready() -> list[Call]:
            async with self._changed:
                await self._changed.wait_for(lambda: len(self.find(method, path)) >= count)
            return self.find(method, path)

        try:
            return await asyncio.wait_for(ready(), within)
        except TimeoutError:
            seen = [f"{c.method} {c.path}" for c in self.calls]
            raise AssertionError(f"no {count}x {method} {path}; calls were: {seen}") from None

    def callback(self, interaction_id: str) -> Call | None:
        found = self.find("POST", rf"^/interactions/{interaction_id}/[^/]+/callback$")
        return found[0] if found else None

    # -- REST ----------------------------------------------------------------------------

    async def _read(self, request: web.Request) -> tuple[Any, list[tuple[str, int]]]:
        if not request.can_read_body:
            return None, []
        if request.content_type.startswith("multipart/"):
            body: Any = None
            files: list[tuple[str, int]] = []
            reader = await request.multipart()
            async for part in reader:
                data = await part.read()  # type: ignore[union-attr]
                if part.name == "payload_json":  # type: ignore[union-attr]
                    body = json.loads(data)
                else:
                    files.append((part.filename or "", len(data)))  # type: ignore[union-attr]
            return body, files
        text = await request.text()
        return (json.loads(text) if text else None), []

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body, files = await self._read(request)
        call = Call(
            request.method,
            path,
            dict(request.query),
            body,
            files,
            unquote(request.headers.get("X-Audit-Log-Reason", "")) or None,
        )
        failure = self._failure(request.method, path)
        if failure is not None:
            call.status = failure.status
            await self._record(call)
            if failure.status == 429:
                after = failure.retry_after or 0.05
                return _json(
                    {"message": failure.message, "retry_after": after, "global": False},
                    status=429,
                    headers={
                        "Retry-After": str(after),
                        "X-RateLimit-Limit": "5",
                        "X-RateLimit-Remaining": "0",
                        "X-RateLimit-Reset-After": str(after),
                        "X-RateLimit-Bucket": "fake-bucket",
                        "X-RateLimit-Scope": "user",
                        # Discord's real 429s pass its proxy; without Via discord.py assumes a
                        # Cloudflare ban and does not retry.
                        "Via": "1.1 google",
                    },
                )
            return _json({"message": failure.message, "code": failure.code}, status=failure.status)
        response = await self._answer(request.method, path, body, call)
        await self._record(call)
        return response

    async def _record(self, call: Call) -> None:
        self.calls.append(call)
        async with self._changed:
            self._changed.notify_all()

    def _message(
        self, channel_id: str, body: Any, *, message_id: str | None = None, flags: int = 0
    ) -> dict[str, Any]:
        body = body or {}
        message = _message_payload(
            message_id or self.new_id(),
            channel_id,
            self.bot_user,
            body.get("content") or "",
            embeds=body.get("embeds") or [],
            components=body.get("components") or [],
            flags=int(body.get("flags") or flags),
        )
        self.messages[message["id"]] = message
        return message

    async def _answer(self, method: str, path: str, body: Any, call: Call) -> web.StreamResponse:
        empty = web.Response(status=204)
        if method == "GET" and path == "/users/@me":
            return _json(self.bot_user)
        if method == "GET" and path in ("/gateway", "/gateway/bot"):
            return _json(
                {
                    "url": self.gateway_url,
                    "shards": self.recommended_shards,
                    "session_start_limit": {
                        "total": 1000,
                        "remaining": 999,
                        "reset_after": 0,
                        "max_concurrency": 1,
                    },
                }
            )
        if method == "GET" and path == "/oauth2/applications/@me":
            return _json(
                {
                    "id": str(APP_ID),
                    "name": "Hearth",
                    "icon": None,
                    "description": "",
                    "rpc_origins": [],
                    "bot_public": True,
                    "bot_require_code_grant": False,
                    "owner": user_payload("owner", OWNER_ID),
                    "summary": "",
                    "verify_key": "0" * 64,
                    "team": None,
                    "flags": self.application_flags,
                }
            )
        if method == "PUT" and re.fullmatch(r"/applications/\d+(/guilds/\d+)?/commands", path):
            return _json(
                [
                    {**c, "id": self.new_id(), "application_id": str(APP_ID), "version": "1"}
                    for c in body or []
                ]
            )
        match = re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", path)
        if match and method == "POST":
            return self._interaction_callback(match.group(1), body or {})
        match = re.fullmatch(r"/webhooks/\d+/([^/]+)(?:/messages/(@original|\d+))?", path)
        if match:
            token = match.group(1)
            if method == "DELETE":
                return empty
            channel_id = self._interaction_channel(token)
            if method == "POST":
                return _json(self._message(channel_id, body))
            return _json(self._message(channel_id, body, message_id=self.new_id()))
        match = re.fullmatch(r"/channels/(\d+)/messages(?:/(\d+))?", path)
        if match:
            channel_id, message_id = match.groups()
            if method == "DELETE":
                return empty
            recipient = self._dm_recipient(channel_id)
            if method == "POST" and recipient is not None and recipient in self.dms_closed:
                call.status = 403
                return _json(
                    {"message": "Cannot send messages to this user", "code": 50007}, status=403
                )
            if method == "POST":
                return _json(self._message(channel_id, body))
            if method == "PATCH" and message_id:
                merged = {**self.messages.get(message_id, {}), **(body or {})}
                return _json(self._message(channel_id, merged, message_id=message_id))
        if method == "POST" and path == "/users/@me/channels":
            recipient = int((body or {})["recipient_id"])
            return _json(
                {
                    "id": str(recipient + 7),  # a stable DM channel id per person
                    "type": 1,
                    "last_message_id": None,
                    "recipients": [user_payload(self._name(recipient), recipient)],
                }
            )
        match = re.fullmatch(r"/guilds/\d+/members/(\d+)", path)
        if match and method == "PATCH":
            user_id = int(match.group(1))
            member = self.member_payload(self._name(user_id), user_id, [])
            member["communication_disabled_until"] = (body or {}).get(
                "communication_disabled_until"
            )
            return _json(member)
        if re.fullmatch(r"/guilds/\d+/members/\d+/roles/\d+", path) and method in ("PUT", "DELETE"):
            return empty
        call.status = 404
        return _json({"message": "404: Not Found", "code": 0}, status=404)

    def _interaction_callback(self, interaction_id: str, body: dict[str, Any]) -> web.Response:
        kind = int(body.get("type", 0))
        source = self.interactions.get(interaction_id, {})
        data = body.get("data") or {}
        flags = int(data.get("flags") or 0)
        channel_id = source.get("channel_id", str(GENERAL_ID))
        answer: dict[str, Any] = {
            "interaction": {
                "id": interaction_id,
                "type": source.get("type", 2),
                "activity_instance_id": None,
                "response_message_id": None,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(flags & EPHEMERAL),
            }
        }
        if kind in (4, 7):
            message_id = (source.get("message") or {}).get("id") if kind == 7 else None
            message = self._message(channel_id, data, message_id=message_id, flags=flags)
            answer["interaction"]["response_message_id"] = message["id"]
            answer["resource"] = {"type": kind, "message": message}
        return _json(answer)

    def _interaction_channel(self, token: str) -> str:
        interaction = self.interactions.get(token.removeprefix("token-"), {})
        return str(interaction.get("channel_id", GENERAL_ID))

    def _dm_recipient(self, channel_id: str) -> int | None:
        user_id = int(channel_id) - 7
        return user_id if any(uid == user_id for uid, _ in self.people.values()) else None

    def _name(self, user_id: int) -> str:
        return next((n for n, (uid, _) in self.people.items() if uid == user_id), "someone")
