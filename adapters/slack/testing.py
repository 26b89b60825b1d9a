"""A loopback fake of Slack, for tests and benchmarks (never used in production).

:class:`FakeSlack` is an aiohttp server on 127.0.0.1 that answers the Web API methods Hearth
uses the way Slack does (``{"ok": false, "error": ...}``, HTTP 429 with ``Retry-After``),
records every call, serves ``response_url`` endpoints, and runs the Socket Mode websocket
(``apps.connections.open`` hands out a ``ws://`` URL on the fake). The helpers below build
inbound payloads shaped like Slack's documented examples and sign them like Slack does
(``v0=HMAC-SHA256(secret, "v0:{timestamp}:{body}")``).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import itertools
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import aiohttp
from aiohttp import web

TEAM = "T0HEARTH"
BOT_USER = "U0HEARTHBOT"
BOT_TOKEN = "xoxb-test-bot-token"
ADMIN_TOKEN = "xoxp-test-admin-token"
APP_TOKEN = "xapp-test-app-token"
SIGNING_SECRET = "test-signing-secret-8f2a"
APP_ID = "A0HEARTH"
JSON_FIELDS = {"blocks", "view", "attachments", "metadata"}


@dataclass(slots=True)
class Call:
    method: str
    args: dict[str, Any]
    token: str | None
    at: float = field(default_factory=time.monotonic)


@dataclass(slots=True)
class Failure:
    error: str
    status: int = 200
    retry_after: int | None = None
    times: int = 1


class FakeSlack:
    """The fake Web API, response URLs and Socket Mode endpoint. Use ``async with``."""

    def __init__(self, *, team: str = TEAM) -> None:
        self.team = team
        self.calls: list[Call] = []
        self.responses: list[tuple[str, dict[str, Any]]] = []
        self.users: dict[str, dict[str, Any]] = {}
        self.channels: dict[str, str] = {"C0GENERAL": "general", "C0MODS": "moderators"}
        #: file id -> {"filename", "alt_txt", "data" (bytes), "channel" once shared}
        self.files: dict[str, dict[str, Any]] = {}
        #: (channel, ts) -> {"user": author, "text": ..., "blocks": ...}
        self.messages: dict[tuple[str, str], dict[str, Any]] = {}
        self.not_member: set[str] = set()
        self.revoked: set[str] = set()
        self.failures: dict[str, list[Failure]] = {}
        self.triggers: dict[str, float] = {}
        #: method -> seconds to wait before answering (a slow Slack)
        self.delays: dict[str, float] = {}
        self.acks: dict[str, dict[str, Any]] = {}
        self._ack_waiters: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._sockets: list[web.WebSocketResponse] = []
        self._socket_ready = asyncio.Event()
        self._changed = asyncio.Condition()
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.tokens = {BOT_TOKEN: BOT_USER, ADMIN_TOKEN: "U0ADMIN", APP_TOKEN: APP_ID}

    # -- lifecycle -----------------------------------------------------------------------

    async def __aenter__(self) -> FakeSlack:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/response/{rid}", self._response_url)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_get("/link/", self._websocket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        for ws in self._sockets:
            with contextlib.suppress(Exception):
                await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    @property
    def socket_close_codes(self) -> list[int | None]:
        """The close code of each Socket Mode connection that has ended (1000: normal)."""
        return [ws.close_code for ws in self._sockets if ws.closed]

    # -- test controls -------------------------------------------------------------------

    def add_user(
        self,
        user_id: str,
        name: str,
        *,
        tz: str | None = "America/Chicago",
        is_admin: bool = False,
        is_owner: bool = False,
        is_bot: bool = False,
    ) -> dict[str, Any]:
        """A ``user`` object like users.info returns."""
        user = {
            "id": user_id,
            "team_id": self.team,
            "name": name,
            "deleted": False,
            "real_name": name.title(),
            "tz": tz,
            "tz_label": "",
            "tz_offset": 0,
            "profile": {"display_name": name, "real_name": name.title()},
            "is_admin": is_admin,
            "is_owner": is_owner,
            "is_primary_owner": False,
            "is_bot": is_bot,
        }
        self.users[user_id] = user
        return user

    def seed_message(self, channel: str, ts: str, user: str, text: str = "") -> None:
        """A message someone posted (so chat.delete / chat.update have something to act on)."""
        self.messages[(channel, ts)] = {"user": user, "text": text, "blocks": []}

    def fail(
        self, method: str, error: str, *, times: int = 1, status: int = 200, retry_after=None
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail like Slack does."""
        self.failures.setdefault(method, []).append(Failure(error, status, retry_after, times))

    def trigger_id(self) -> str:
        """A trigger id as Slack issues with an interaction; valid for 3 seconds."""
        trigger = f"{next(self._ids)}.{int(time.time())}.fake{next(self._ids):x}"
        self.triggers[trigger] = time.monotonic()
        return trigger

    def response_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/response/R{next(self._ids):06d}"

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    async def wait_for(self, method: str, count: int = 1, within: float = 5.0) -> list[Call]:
        """Wait until ``method`` was called ``count`` times (the adapter answers after ack)."""
        async with asyncio.timeout(within):
            async with self._changed:
                await self._changed.wait_for(lambda: len(self.calls_to(method)) >= count)
        return self.calls_to(method)

    async def wait_for_responses(self, count: int = 1, within: float = 5.0) -> list[dict]:
        async with asyncio.timeout(within):
            async with self._changed:
                await self._changed.wait_for(lambda: len(self.responses) >= count)
        return [payload for _, payload in self.responses]

    async def _record(self, call: Call) -> None:
        self.calls.append(call)
        async with self._changed:
            self._changed.notify_all()

    # -- the Web API ---------------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                args.update(await request.json())
            else:
                args.update(dict(await request.post()))
        for key in JSON_FIELDS & set(args):
            if isinstance(args[key], str):
                with contextlib.suppress(ValueError):
                    args[key] = json.loads(args[key])
        auth = request.headers.get("Authorization", "")
        token = args.pop("token", None) or (auth[7:] if auth.startswith("Bearer ") else None)
        await self._record(Call(method, args, token))
        if self.delays.get(method):
            await asyncio.sleep(self.delays[method])
        queued = self.failures.get(method)
        if queued:
            failure = queued[0]
            failure.times -= 1
            if failure.times <= 0:
                queued.pop(0)
            headers = {}
            if failure.retry_after is not None:
                headers["Retry-After"] = str(failure.retry_after)
            return web.json_response(
                {"ok": False, "error": failure.error}, status=failure.status, headers=headers
            )
        if token is None:
            return _error("not_authed")
        if token in self.revoked:
            return _error("token_revoked")
        if token not in self.tokens:
            return _error("invalid_auth")
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        if handler is None:
            return _error("unknown_method")
        return web.json_response(await handler(args, token))

    def _ts(self) -> str:
        n = next(self._ids)
        return f"{1772366400 + n}.{n:06d}"

    async def _m_auth_test(self, args: dict, token: str) -> dict:
        return {
            "ok": True,
            "url": "https://hearth-test.slack.com/",
            "team": "Hearth Test",
            "user": "hearth",
            "team_id": self.team,
            "user_id": self.tokens[token],
            "bot_id": "B0HEARTHBOT" if token == BOT_TOKEN else None,
            "is_enterprise_install": False,
        }

    async def _m_apps_connections_open(self, args: dict, token: str) -> dict:
        if token != APP_TOKEN:
            return {"ok": False, "error": "not_allowed_token_type"}
        return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/link/?ticket=fake"}

    async def _m_chat_postMessage(self, args: dict, token: str) -> dict:
        channel = str(args.get("channel", ""))
        if channel in self.not_member:
            return {"ok": False, "error": "not_in_channel"}
        ts = self._ts()
        message = {"user": self.tokens[token], "text": args.get("text"), "ts": ts}
        message["blocks"] = args.get("blocks") or []
        self.messages[(channel, ts)] = message
        return {"ok": True, "channel": channel, "ts": ts, "message": message}

    async def _m_chat_postEphemeral(self, args: dict, token: str) -> dict:
        channel = str(args.get("channel", ""))
        if channel in self.not_member:
            return {"ok": False, "error": "not_in_channel"}
        if str(args.get("user")) not in self.users:
            return {"ok": False, "error": "user_not_in_channel"}
        return {"ok": True, "message_ts": self._ts()}

    async def _m_chat_update(self, args: dict, token: str) -> dict:
        key = (str(args.get("channel")), str(args.get("ts")))
        message = self.messages.get(key)
        if message is None:
            return {"ok": False, "error": "message_not_found"}
        if message["user"] != self.tokens[token]:
            return {"ok": False, "error": "cant_update_message"}
        message.update(text=args.get("text"), blocks=args.get("blocks") or [])
        return {"ok": True, "channel": key[0], "ts": key[1], "text": args.get("text")}

    async def _m_chat_getPermalink(self, args: dict, token: str) -> dict:
        channel, ts = str(args.get("channel", "")), str(args.get("message_ts", ""))
        if (channel, ts) not in self.messages:
            return {"ok": False, "error": "message_not_found"}
        link = f"https://hearth-test.slack.com/archives/{channel}/p{ts.replace('.', '')}"
        return {"ok": True, "channel": channel, "permalink": link}

    async def _m_chat_delete(self, args: dict, token: str) -> dict:
        key = (str(args.get("channel")), str(args.get("ts")))
        message = self.messages.get(key)
        if message is None:
            return {"ok": False, "error": "message_not_found"}
        # A bot token deletes only the bot's own messages; an admin user token any message.
        if token != ADMIN_TOKEN and message["user"] != self.tokens[token]:
            return {"ok": False, "error": "cant_delete_message"}
        del self.messages[key]
        return {"ok": True, "channel": key[0], "ts": key[1]}

    async def _m_conversations_open(self, args: dict, token: str) -> dict:
        user = str(args.get("users", ""))
        if user not in self.users:
            return {"ok": False, "error": "user_not_found"}
        if self.users[user].get("is_bot"):
            return {"ok": False, "error": "cannot_dm_bot"}
        return {"ok": True, "channel": {"id": "D" + user[1:]}}

    async def _m_conversations_info(self, args: dict, token: str) -> dict:
        channel = str(args.get("channel", ""))
        if channel not in self.channels:
            return {"ok": False, "error": "channel_not_found"}
        return {"ok": True, "channel": {"id": channel, "name": self.channels[channel]}}

    async def _m_files_getUploadURLExternal(self, args: dict, token: str) -> dict:
        file_id = f"F{next(self._ids):08d}"
        self.files[file_id] = {
            "filename": args.get("filename"),
            "alt_txt": args.get("alt_txt"),
            "length": int(args.get("length", 0)),
            "data": None,
        }
        url = f"http://127.0.0.1:{self.port}/upload/{file_id}"
        return {"ok": True, "upload_url": url, "file_id": file_id}

    async def _m_files_completeUploadExternal(self, args: dict, token: str) -> dict:
        listed = args.get("files")
        listed = json.loads(listed) if isinstance(listed, str) else listed or []
        channel = args.get("channel_id")
        if channel in self.not_member:
            return {"ok": False, "error": "not_in_channel"}
        shared = []
        for item in listed:
            stored = self.files.get(item.get("id"))
            if stored is None or stored["data"] is None:
                return {"ok": False, "error": "file_not_found"}
            stored["channel"] = channel
            shared.append(
                {"id": item["id"], "title": item.get("title"), "name": stored["filename"]}
            )
        return {"ok": True, "files": shared}

    async def _upload(self, request: web.Request) -> web.Response:
        stored = self.files.get(request.match_info["file_id"])
        if stored is None:
            return web.Response(status=404)
        stored["data"] = await request.read()
        return web.Response(text=f"OK - {len(stored['data'])}")

    async def _m_users_info(self, args: dict, token: str) -> dict:
        user = self.users.get(str(args.get("user")))
        if user is None:
            return {"ok": False, "error": "user_not_found"}
        return {"ok": True, "user": user}

    async def _m_views_open(self, args: dict, token: str) -> dict:
        issued = self.triggers.get(str(args.get("trigger_id")))
        if issued is None:
            return {"ok": False, "error": "invalid_trigger_id"}
        if time.monotonic() - issued > 3.0:
            return {"ok": False, "error": "expired_trigger_id"}
        return {"ok": True, "view": {"id": f"V{next(self._ids):08d}", **args.get("view", {})}}

    async def _m_views_publish(self, args: dict, token: str) -> dict:
        return {"ok": True, "view": {"id": f"V{next(self._ids):08d}", **args.get("view", {})}}

    # -- response_url ----------------------------------------------------------------------

    async def _response_url(self, request: web.Request) -> web.Response:
        payload = await request.json()
        self.responses.append((request.match_info["rid"], payload))
        async with self._changed:
            self._changed.notify_all()
        return web.json_response({"ok": True})

    # -- Socket Mode -----------------------------------------------------------------------

    async def _websocket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_str(
            json.dumps(
                {
                    "type": "hello",
                    "num_connections": 1,
                    "debug_info": {"host": "fake", "approximate_connection_time": 18060},
                    "connection_info": {"app_id": APP_ID},
                }
            )
        )
        self._socket_ready.set()
        async for frame in ws:
            if frame.type != aiohttp.WSMsgType.TEXT:
                continue
            data = json.loads(frame.data)
            envelope = data.get("envelope_id")
            if envelope:
                self.acks[envelope] = data
                waiter = self._ack_waiters.pop(envelope, None)
                if waiter is not None and not waiter.done():
                    waiter.set_result(data)
        return ws

    async def send_envelope(
        self, kind: str, payload: dict[str, Any], *, within: float = 5.0
    ) -> dict[str, Any]:
        """Push a Socket Mode envelope to the connected app and wait for its ack."""
        async with asyncio.timeout(within):
            await self._socket_ready.wait()
        envelope_id = f"env-{next(self._ids):06d}"
        waiter: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._ack_waiters[envelope_id] = waiter
        frame = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accept_response_payload": kind != "events_api",
            "retry_attempt": 0,
            "retry_reason": "",
        }
        await self._sockets[-1].send_str(json.dumps(frame))
        async with asyncio.timeout(within):
            return await waiter


async def eventually(predicate: Callable[[], object], within: float = 5.0) -> None:
    """Wait until ``predicate()`` is true: for state that changes after an ack, off the wire."""
    async with asyncio.timeout(within):
        while not predicate():  # noqa: ASYNC110 - polling a plain value, nothing to await
            await asyncio.sleep(0.005)


def _error(code: str) -> web.Response:
    return web.json_response({"ok": False, "error": code})


# -- inbound payloads (shapes from Slack's documentation examples) ---------------------------


def sign(body: str, *, secret: str = SIGNING_SECRET, timestamp: int | None = None) -> dict:
    """The headers Slack sends with a request: timestamp and v0 HMAC-SHA256 signature."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def slash_command(
    fake: FakeSlack,
    text: str,
    *,
    user: str = "U0MARIA",
    user_name: str = "maria",
    channel: str = "C0GENERAL",
    channel_name: str = "general",
    command: str = "/hearth",
) -> dict[str, str]:
    return {
        "token": "legacy-verification-token",
        "team_id": fake.team,
        "team_domain": "hearth-test",
        "channel_id": channel,
        "channel_name": channel_name,
        "user_id": user,
        "user_name": user_name,
        "command": command,
        "text": text,
        "api_app_id": APP_ID,
        "is_enterprise_install": "false",
        "response_url": fake.response_url(),
        "trigger_id": fake.trigger_id(),
    }


def block_actions(
    fake: FakeSlack,
    action_id: str,
    *,
    user: str = "U0MARIA",
    channel: str | None = "C0GENERAL",
    message_ts: str = "1772366400.000100",
    value: str | None = None,
    selected: Iterable[str] | None = None,
    ephemeral: bool = False,
) -> dict[str, Any]:
    action: dict[str, Any] = {
        "action_id": action_id,
        "block_id": "hearth-3",
        "action_ts": f"{time.time():.6f}",
    }
    if selected is None:
        action.update(type="button", text={"type": "plain_text", "text": "x"}, value=value or "")
    else:
        options = [{"text": {"type": "plain_text", "text": v}, "value": v} for v in selected]
        action.update(type="static_select", selected_option=options[0])
    body: dict[str, Any] = {
        "type": "block_actions",
        "user": {"id": user, "username": user.lower(), "name": user.lower(), "team_id": fake.team},
        "api_app_id": APP_ID,
        "token": "legacy-verification-token",
        "container": {
            "type": "message",
            "message_ts": message_ts,
            "channel_id": channel,
            "is_ephemeral": ephemeral,
        },
        "trigger_id": fake.trigger_id(),
        "team": {"id": fake.team, "domain": "hearth-test"},
        "enterprise": None,
        "is_enterprise_install": False,
        "message": {"type": "message", "user": BOT_USER, "ts": message_ts, "text": "..."},
        "state": {"values": {}},
        "response_url": fake.response_url(),
        "actions": [action],
    }
    if channel is not None:
        body["channel"] = {"id": channel, "name": "general"}
    else:
        body["container"] = {"type": "view", "view_id": "V0HOME"}
        del body["message"]
    return body


def view_submission(
    fake: FakeSlack, view: dict[str, Any], answers: dict[str, str], *, user: str = "U0MARIA"
) -> dict[str, Any]:
    """A submission of the modal ``view`` (as the app sent it to views.open) with answers."""
    values = {
        block["block_id"]: {
            block["element"]["action_id"]: {
                "type": "plain_text_input",
                "value": answers.get(block["block_id"]),
            }
        }
        for block in view.get("blocks", [])
        if block.get("type") == "input"
    }
    return {
        "type": "view_submission",
        "team": {"id": fake.team, "domain": "hearth-test"},
        "user": {"id": user, "username": user.lower(), "name": user.lower(), "team_id": fake.team},
        "api_app_id": APP_ID,
        "token": "legacy-verification-token",
        "trigger_id": fake.trigger_id(),
        "view": {
            **view,
            "id": "V0MODAL",
            "team_id": fake.team,
            "state": {"values": values},
            "hash": "1772366400.abcd",
            "app_id": APP_ID,
            "bot_id": "B0HEARTHBOT",
        },
        "response_urls": [],
        "is_enterprise_install": False,
    }


def event_callback(fake: FakeSlack, event: dict[str, Any]) -> dict[str, Any]:
    n = next(fake._ids)
    return {
        "token": "legacy-verification-token",
        "team_id": fake.team,
        "api_app_id": APP_ID,
        "event": event,
        "type": "event_callback",
        "event_id": f"Ev{n:08d}",
        "event_time": int(time.time()),
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": fake.team,
                "user_id": BOT_USER,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
    }


def message_event(
    text: str, *, user: str = "U0MARIA", channel: str = "C0GENERAL", ts: str | None = None
) -> dict[str, Any]:
    ts = ts or f"{time.time():.6f}"
    return {
        "type": "message",
        "channel": channel,
        "user": user,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "channel_type": "im" if channel.startswith("D") else "channel",
    }


def message_changed_event(
    text: str, before: str, *, ts: str, user: str = "U0MARIA", channel: str = "C0GENERAL"
) -> dict[str, Any]:
    """The ``message`` event (subtype ``message_changed``) Slack sends when ``user`` edits
    their message ``ts`` from ``before`` to ``text``."""
    now = f"{time.time():.6f}"
    edited = {"type": "message", "user": user, "text": text, "ts": ts}
    return {
        "type": "message",
        "subtype": "message_changed",
        "hidden": True,
        "channel": channel,
        "channel_type": "im" if channel.startswith("D") else "channel",
        "message": {**edited, "edited": {"user": user, "ts": now}},
        "previous_message": {**edited, "text": before},
        "event_ts": now,
        "ts": now,
    }


def form_body(payload: dict[str, Any]) -> str:
    """Interactive payloads arrive form-encoded as ``payload=<json>``."""
    return urlencode({"payload": json.dumps(payload)})


class SlackSender:
    """Posts inbound requests to the adapter's HTTP endpoint, signed (or not) like Slack."""

    def __init__(self, url: str, *, secret: str = SIGNING_SECRET) -> None:
        self.url = url
        self.secret = secret
        # No connection cap: a burst of requests really is concurrent.
        self.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))

    async def close(self) -> None:
        await self.session.close()

    async def post(
        self,
        body: str,
        content_type: str,
        *,
        signed: bool = True,
        secret: str | None = None,
        timestamp: int | None = None,
    ) -> tuple[int, str, float]:
        """(status, body, seconds until the response) for one request."""
        headers = {"Content-Type": content_type}
        if signed:
            headers.update(sign(body, secret=secret or self.secret, timestamp=timestamp))
        started = time.perf_counter()
        async with self.session.post(self.url, data=body.encode(), headers=headers) as resp:
            text = await resp.text()
            return resp.status, text, time.perf_counter() - started

    async def command(self, fields: dict[str, str], **kwargs: Any) -> tuple[int, str, float]:
        return await self.post(urlencode(fields), "application/x-www-form-urlencoded", **kwargs)

    async def interaction(self, payload: dict, **kwargs: Any) -> tuple[int, str, float]:
        return await self.post(form_body(payload), "application/x-www-form-urlencoded", **kwargs)

    async def event(self, payload: dict, **kwargs: Any) -> tuple[int, str, float]:
        return await self.post(json.dumps(payload), "application/json", **kwargs)
