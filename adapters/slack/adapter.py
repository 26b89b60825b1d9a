"""The Slack adapter: a slack-bolt ``AsyncApp`` that speaks Hearth's neutral events and actions.

Every listener acknowledges first (Slack's 3-second limit) and queues the slow part for
:mod:`adapters.slack.after_ack`: ``users.info``, the core (database, model scoring) and the Web
API calls that carry out the answer. Modal submissions are the one exception: they are
validated before the ack so errors can be shown in the modal itself (``response_action:
errors``), and the core gets up to ``FORM_ANSWER_BUDGET`` to answer with a next step.

The adapter holds no feature logic: one ``/hearth`` slash command carries every core command
(``/hearth resources nausea``), buttons and selects route back by their neutral action ids, and
App Home shows the core's ``home`` command when a feature offers one, else the member's help.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import web
from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.exc import SQLAlchemyError

from adapters.slack.after_ack import AfterAck
from adapters.slack.blocks import LINK_PREFIX, modal, read_submission, render, validate
from adapters.slack.channels import ChannelNames
from adapters.slack.delivery import FORM_PREFIX, Delivery, Origin
from adapters.slack.errors import SlackFailure
from adapters.slack.settings import SlackConfig
from adapters.slack.text import to_plain
from adapters.slack.users import UserDirectory, from_user_object
from bot import events
from bot.actions import Action, OpenForm, Outcome, Reply
from bot.capabilities import Capabilities
from bot.messages import Button, Message, Section
from bot.roles import Role

if TYPE_CHECKING:
    from bot.app import Hearth

log = logging.getLogger(__name__)

PLATFORM = "slack"
#: Action-id prefix of App Home buttons that run a command for the person.
HOME_PREFIX = "hearth-home"
#: How long after a modal submission arrives it may wait for the core before the modal is
#: closed anyway (Slack closes the connection at 3 seconds).
FORM_ANSWER_BUDGET = 2.2
#: users.info is asked for at most this long inside a modal's ack window (else: no time zone).
USER_LOOKUP_IN_ACK = 0.8
#: A workspace join is followed by joins of the default channels: one welcome is enough.
JOIN_DEDUPE_SECONDS = 600.0
#: Event ids remembered to drop Slack's re-deliveries.
SEEN_EVENTS = 2000
#: Pending TCP connections the HTTP server queues (capped by the kernel's somaxconn).
HTTP_BACKLOG = 1024
#: Message subtypes that are people talking (others are edits, joins, bots...).
PEOPLE_SUBTYPES = {None, "file_share", "thread_broadcast"}
#: The subtype of a message its author edited (assessed again, as ``edited``).
EDITED = "message_changed"


def capabilities(admin_token: str | None) -> Capabilities:
    return Capabilities(
        hide_messages=bool(admin_token),
        timeouts=False,
        ephemeral=True,
        forms=True,
        roles=False,
        direct_messages=True,
        images=True,  # uploaded after the message in channels and DMs; alt text when ephemeral
        edit_messages=True,
    )


class SlackAdapter:
    def __init__(
        self,
        hearth: Hearth,
        settings: SlackConfig | None = None,
        *,
        bot_token: str,
        signing_secret: str | None = None,
        app_token: str | None = None,
        admin_token: str | None = None,
        rate_limit_retries: int = 2,
    ) -> None:
        self.hearth = hearth
        self.settings = settings or SlackConfig()
        self.app_token = app_token
        self.admin_token = admin_token or None
        retry = [
            AsyncRateLimitErrorRetryHandler(max_retry_count=rate_limit_retries),
            AsyncConnectionErrorRetryHandler(max_retry_count=1),
        ]
        client_args: dict[str, Any] = {"token": bot_token, "retry_handlers": retry}
        if self.settings.api_url:
            client_args["base_url"] = self.settings.api_url.rstrip("/") + "/"
        self.client = AsyncWebClient(**client_args)
        self.app = AsyncApp(
            client=self.client,
            signing_secret=signing_secret or "",
            # Listeners run after the HTTP response: ack() answers Slack at once.
            process_before_response=False,
            request_verification_enabled=True,
            logger=logging.getLogger("slack_bolt"),
        )
        self.users = UserDirectory(self.client, self.settings)
        self.channels = ChannelNames(self.client, self.settings.user_cache_seconds)
        self.delivery = Delivery(
            self.client,
            self.settings,
            moderators_channel=hearth.config.community.moderators_channel,
            admin_token=self.admin_token,
            transform=self.slack_syntax,
        )
        self.capabilities = capabilities(self.admin_token)
        self.delivery.on_admin_token_lost = self._admin_token_lost
        self.team_id: str | None = None
        self.bot_user_id: str | None = None
        self._joins: dict[str, float] = {}
        self._event_ids: OrderedDict[str, None] = OrderedDict()
        self.work = AfterAck()
        self._command_words = self._command_pattern()
        self._runner: web.AppRunner | None = None
        self._own_session = False
        self._socket: Any = None
        self.port: int | None = None
        self._register()
        hearth.register_platform(PLATFORM, self.capabilities, self.deliver)

    # -- bolt listeners --------------------------------------------------------------------

    def _register(self) -> None:
        app = self.app
        app.command(self.settings.command)(self._on_command)
        app.action(re.compile(".*"))(self._on_action)
        app.view(re.compile(".*"))(self._on_view_submission)
        app.event("message")(self._on_message)
        app.event("member_joined_channel")(self._on_member_joined_channel)
        app.event("team_join")(self._on_team_join)
        app.event("app_home_opened")(self._on_home_opened)
        app.event("tokens_revoked")(self._on_uninstalled)
        app.event("app_uninstalled")(self._on_uninstalled)
        # Slack re-sends an event it thinks was not acknowledged (X-Slack-Retry-Num); the same
        # message must not be moderated, or a member welcomed, twice.
        app.middleware(self._skip_redelivered_events)
        app.error(self._on_error)

    async def _on_command(self, ack: Any, command: dict[str, Any]) -> None:
        await ack()
        self.later(self._command, command, time.monotonic())

    async def _command(self, command: dict[str, Any], received: float) -> None:
        text = to_plain((command.get("text") or "").strip())
        name, _, args = text.partition(" ")
        channel = command.get("channel_id") or None
        direct = command.get("channel_name") == "directmessage" or (channel or "")[:1] == "D"
        origin = Origin(
            team_id=command.get("team_id", ""),
            user_id=command["user_id"],
            channel_id=channel,
            direct=direct,
            response_url=command.get("response_url"),
            via_response_url=True,
            trigger_id=command.get("trigger_id"),
            trigger_at=received,  # the trigger's 3 seconds started when Slack sent it
        )
        if not direct:
            self.channels.remember(channel or "", command.get("channel_name"))
        actor = await self.actor(origin.team_id, origin.user_id, command.get("user_name", ""))
        event = events.CommandInvoked(
            actor=actor,
            place=self._place(origin, command.get("channel_name")),
            name=(name or "help").lower(),
            args=args.strip(),
        )
        await self.dispatch(event, origin)

    async def _on_action(self, ack: Any, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        self.later(self._action, body, action, time.monotonic())

    async def _action(self, body: dict[str, Any], action: dict[str, Any], received: float) -> None:
        action_id = str(action.get("action_id", ""))
        if action_id.startswith(LINK_PREFIX):
            return  # a link button: Slack opened the URL, nothing for Hearth to do
        origin = self._interaction_origin(body)
        origin.trigger_at = received
        actor = await self.actor(origin.team_id, origin.user_id, body["user"].get("name", ""))
        place = self._place(origin, (body.get("channel") or {}).get("name"))
        prefix, _, arg = action_id.partition(":")
        if prefix == FORM_PREFIX:
            await self.report(await self.delivery.open_parked_form(arg, origin))
            return
        event: events.Event
        if prefix == HOME_PREFIX:
            event = events.CommandInvoked(actor=actor, place=place, name=arg or "help")
        else:
            container = body.get("container") or {}
            event = events.ComponentPressed(
                actor=actor,
                place=place,
                action_id=action_id,
                values=_selected(action),
                message_id=container.get("message_ts") or (body.get("message") or {}).get("ts"),
                channel_id=origin.channel_id,
            )
        await self.dispatch(event, origin)

    async def _on_view_submission(self, ack: Any, body: dict[str, Any], view: dict) -> None:
        received = time.monotonic()
        metadata, values = read_submission(view)
        errors = validate(metadata, values)
        if errors:
            await ack(response_action="errors", errors=errors)
            return
        origin = self._interaction_origin(body)
        origin.channel_id = metadata.get("channel") or None
        origin.direct = origin.channel_id is None
        origin.trigger_at = received
        user = await self.users.get(
            origin.user_id, body["user"].get("name", ""), within=USER_LOOKUP_IN_ACK
        )
        event = events.FormSubmitted(
            actor=self._actor_for(origin.team_id, user),
            place=self._place(origin),
            form_id=str(metadata.get("form") or view.get("callback_id", "")),
            values=values,
            context={str(k): str(v) for k, v in (metadata.get("context") or {}).items()},
        )
        task = asyncio.ensure_future(self.hearth.handle(event))
        budget = FORM_ANSWER_BUDGET - (time.monotonic() - received)
        done, _ = await asyncio.wait({task}, timeout=max(budget, 0.05))
        if not done:  # the core is slow: close the modal now, answer in the channel later
            await ack()
            await self.perform(await task, origin)
            return
        actions = task.result()
        next_form = next((a for a in actions if isinstance(a, OpenForm)), None)
        if next_form is None:
            await ack()
        else:  # a multi-step form: the next step replaces this modal
            actions = [a for a in actions if a is not next_form]
            channel = None if origin.direct else origin.channel_id
            await ack(response_action="update", view=modal(next_form.form, channel=channel))
        await self.perform(actions, origin)

    async def _on_message(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        self.later(self._message, event, body)

    async def _message(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        edited = event.get("subtype") == EDITED
        if edited:
            event = _edited_message(event)
            if not event:
                return  # an unfurl, a bot's own edit or a malformed payload: nothing new said
        elif event.get("subtype") not in PEOPLE_SUBTYPES:
            return
        if event.get("bot_id"):
            return
        user_id = event.get("user")
        if not user_id or user_id == self.bot_user_id:
            return
        origin = Origin(
            team_id=_team(body, event),
            user_id=user_id,
            channel_id=event.get("channel"),
            direct=event.get("channel_type") == "im",
            thread_ts=event.get("thread_ts"),
        )
        actor = await self.actor(origin.team_id, user_id)
        name = None if origin.direct else await self.channels.name(origin.channel_id)
        posted = events.MessagePosted(
            actor=actor,
            place=self._place(origin, name),
            message_id=str(event.get("ts", "")),
            text=to_plain(event.get("text") or ""),
            edited=edited,
        )
        await self.dispatch(posted, origin)

    async def _on_member_joined_channel(self, event: dict[str, Any], body: dict) -> None:
        self.later(self._member_joined_channel, event, body)

    async def _member_joined_channel(self, event: dict[str, Any], body: dict) -> None:
        user_id = event.get("user", "")
        if not user_id or user_id == self.bot_user_id:
            return
        origin = Origin(
            team_id=_team(body, event), user_id=user_id, channel_id=event.get("channel")
        )
        await self._joined(origin)

    async def _on_team_join(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        self.later(self._team_join, event, body)

    async def _team_join(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        user = from_user_object(event.get("user") or {})
        if not user.user_id or user.is_bot:
            return
        self.users.remember(user)
        await self._joined(Origin(team_id=_team(body, event), user_id=user.user_id))

    async def _joined(self, origin: Origin) -> None:
        now = time.monotonic()
        self._joins = {u: t for u, t in self._joins.items() if now - t < JOIN_DEDUPE_SECONDS}
        if origin.user_id in self._joins:
            return
        self._joins[origin.user_id] = now
        actor = await self.actor(origin.team_id, origin.user_id)
        name = await self.channels.name(origin.channel_id)
        await self.dispatch(
            events.MemberJoined(actor=actor, place=self._place(origin, name)), origin
        )

    async def _on_home_opened(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        self.later(self._home_opened, event, body)

    async def _home_opened(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        if event.get("tab", "home") != "home":
            return
        origin = Origin(team_id=_team(body, event), user_id=event["user"], direct=True)
        actor = await self.actor(origin.team_id, origin.user_id)
        has_home = self.hearth.router.find("home") is not None
        name = "home" if has_home else "help"
        actions = await self.hearth.handle(
            events.CommandInvoked(actor=actor, place=self._place(origin), name=name)
        )
        shown = [a.message for a in actions if isinstance(a, Reply)]
        rest = [a for a in actions if not isinstance(a, Reply)]
        blocks: list[dict[str, Any]] = []
        for message in shown:
            blocks.extend(render(self.slack_syntax(message)))
        if not has_home:
            blocks.extend(render(self._home_buttons(actor.role)))
        for index, block in enumerate(blocks):
            block["block_id"] = f"home-{index}"
        try:
            await self.delivery.call(
                "views.publish", user_id=origin.user_id, view={"type": "home", "blocks": blocks}
            )
        except SlackFailure as failure:
            log.warning("App Home not published: %s", failure.code)
        await self.perform(rest, origin)

    def _home_buttons(self, role: Role) -> Message:
        specs = sorted(self.hearth.commands(role), key=lambda s: s.name)
        buttons = tuple(
            Button(f"{HOME_PREFIX}:{spec.name}", spec.name, style="secondary")
            for spec in specs[:25]
        )
        return Message(text="Tap a command to see how to use it:", buttons=buttons)

    def _admin_token_lost(self) -> None:
        log.error("Slack rejected SLACK_ADMIN_USER_TOKEN; hiding messages is now unavailable")
        self.admin_token = None
        self.capabilities = capabilities(None)
        self.hearth.register_platform(PLATFORM, self.capabilities, self.deliver)

    async def _skip_redelivered_events(self, body: dict[str, Any], next: Any) -> Any:
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id:
            # This process's memory first (no database round trip for the usual retry), then
            # the database, shared with the other workers behind the same proxy.
            if event_id in self._event_ids or not await self._first_delivery(event_id):
                log.info("event %s delivered again; already handled", event_id)
                return BoltResponse(status=200, body="")
            self._event_ids[event_id] = None
            while len(self._event_ids) > SEEN_EVENTS:
                self._event_ids.popitem(last=False)
        return await next()

    async def _first_delivery(self, event_id: str) -> bool:
        try:
            return await self.hearth.first_delivery(PLATFORM, event_id)
        except SQLAlchemyError:
            # Better an event handled twice than a crisis message dropped.
            log.exception("could not record event %s as delivered; handling it", event_id)
            return True

    async def _on_uninstalled(self, event: dict[str, Any]) -> None:
        self.delivery.auth_broken = True
        log.error("Slack: %s; Hearth can no longer act in this workspace", event.get("type"))

    async def _on_error(self, error: Exception, body: dict[str, Any]) -> None:
        # Never log the body: it holds message text.
        log.error("Slack listener failed (%s): %s", body.get("type"), type(error).__name__)

    # -- translation helpers ---------------------------------------------------------------

    def _interaction_origin(self, body: dict[str, Any]) -> Origin:
        user = body.get("user") or {}
        channel = (body.get("channel") or {}).get("id")
        container = body.get("container") or {}
        ephemeral = container.get("is_ephemeral") and container.get("message_ts")
        return Origin(
            team_id=(body.get("team") or {}).get("id") or user.get("team_id", ""),
            user_id=user.get("id", ""),
            channel_id=channel,
            direct=channel is None or channel[:1] == "D",
            response_url=body.get("response_url"),
            trigger_id=body.get("trigger_id"),
            trigger_at=time.monotonic(),
            ephemeral_ts=container.get("message_ts") if ephemeral else None,
        )

    @staticmethod
    def _place(origin: Origin, channel_name: str | None = None) -> events.Place:
        return events.Place(
            community_id=origin.team_id,
            channel_id=None if origin.direct else origin.channel_id,
            channel_name=None if origin.direct else (channel_name or origin.channel_id),
            thread_id=origin.thread_ts,
            direct=origin.direct,
        )

    async def actor(self, team_id: str, user_id: str, name_hint: str = "") -> events.Actor:
        return self._actor_for(team_id, await self.users.get(user_id, name_hint))

    def _actor_for(self, team_id: str, user: Any) -> events.Actor:
        return events.Actor(
            platform=PLATFORM,
            community_id=team_id,
            user_id=user.user_id,
            display_name=user.display_name,
            role=self.users.role(user),
            timezone=user.timezone,
        )

    def _command_pattern(self) -> re.Pattern[str]:
        names = {spec.name for spec in self.hearth.commands(Role.ORGANIZER)} | {"help"}
        alternatives = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
        return re.compile(rf"(?<![\w/<])/({alternatives})\b")

    def slack_syntax(self, message: Message) -> Message:
        """Core text names commands as ``/resources``; on Slack they are ``/hearth resources``."""
        command = self.settings.command

        def fix(text: str | None) -> str | None:
            return self._command_words.sub(rf"{command} \1", text) if text else text

        return replace(
            message,
            text=fix(message.text) or "",
            title=fix(message.title),
            footer=fix(message.footer),
            sections=tuple(
                Section(fix(s.text) or "", fix(s.title), s.url, fix(s.context))
                for s in message.sections
            ),
            fields=tuple(
                replace(f, name=fix(f.name) or "", value=fix(f.value) or "") for f in message.fields
            ),
        )

    # -- carrying out actions --------------------------------------------------------------

    async def dispatch(self, event: events.Event, origin: Origin) -> list[Outcome]:
        actions = await self.hearth.handle(event)
        return await self.perform(actions, origin)

    async def perform(
        self,
        actions: Sequence[Action],
        origin: Origin | None,
        *,
        depth: int = 0,
        report: bool = True,
    ) -> list[Outcome]:
        """Carry out actions in order; report each failure to the core and carry out what it
        answers (an alert to organizers, a case note), at most two levels deep."""
        outcomes: list[Outcome] = []
        for action in actions:
            outcome = await self.delivery.perform(action, origin)
            if outcome is None:
                continue
            outcomes.append(outcome)
            if report and depth < 2:
                community = origin.team_id if origin else (self.team_id or "")
                follow = await self.hearth.report_outcome(PLATFORM, community, outcome)
                await self.perform(follow, origin, depth=depth + 1)
        return outcomes

    async def report(self, outcome: Outcome | None) -> None:
        if outcome is not None and self.team_id is not None:
            follow = await self.hearth.report_outcome(PLATFORM, self.team_id, outcome)
            await self.perform(follow, None, depth=1)

    async def deliver(self, community: str, actions: Sequence[Action]) -> list[Outcome]:
        """Proactive delivery for the core (check-in prompts, re-alerts); community = team id.

        Failures are returned, not reported: the caller (the outbox, a feature's tick) decides
        whether to retry or report them, so organizers are not told twice."""
        if self.team_id and community != self.team_id:
            log.warning("delivery for team %s, connected to %s", community, self.team_id)
        return await self.perform(actions, None, report=False)

    # -- serving ---------------------------------------------------------------------------

    async def connect(self) -> bool:
        """Check the bot token (``auth.test``) and learn the team and bot user ids."""
        if self.client.session is None:
            # One pooled HTTP session for every Web API call and response_url (keep-alive:
            # no new TLS handshake per call); closed in stop().
            self.client.session = aiohttp.ClientSession()
            self._own_session = True
        try:
            response = await self.delivery.call("auth.test")
        except SlackFailure as failure:
            log.error("Slack did not accept the bot token: %s", failure.code)
            return False
        self.team_id = response.get("team_id")
        self.bot_user_id = response.get("user_id")
        log.info("Slack connected to team %s as %s", self.team_id, self.bot_user_id)
        return True

    async def start_http(self) -> int:
        """Serve signed requests on host:port/path; returns the bound port."""
        web_app = self.app.web_app(path=self.settings.path, port=self.settings.port)
        web_app.middlewares.append(self.work.count_in_flight)
        self._runner = web.AppRunner(web_app, access_log=None)
        await self._runner.setup()
        # A deep listen backlog: a burst past aiohttp's default 128 pending connections would
        # otherwise wait a full SYN retransmit (1 s) before bolt even sees it.
        site = web.TCPSite(
            self._runner, self.settings.host, self.settings.port, backlog=HTTP_BACKLOG
        )
        await site.start()
        self.port = self._runner.addresses[0][1]
        log.info("Slack HTTP mode on port %s path %s", self.port, self.settings.path)
        return self.port

    async def start_socket(self) -> None:
        from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler

        if not self.app_token:
            raise RuntimeError("Socket Mode needs SLACK_APP_TOKEN (an xapp- app-level token)")
        self._socket = AsyncSocketModeHandler(self.app, self.app_token)
        await self._socket.connect_async()
        log.info("Slack Socket Mode connected")

    def later(self, fn: Callable[..., Awaitable[None]], *args: Any) -> None:
        """Run the slow part of a request after its ack (see :mod:`adapters.slack.after_ack`)."""
        self.work.later(fn, *args)

    async def drain(self) -> None:
        """Wait until every acknowledged request has been fully handled (tests, shutdown)."""
        await self.work.drain()

    async def stop(self) -> None:
        await self.work.stop()
        if self._socket is not None:
            with contextlib.suppress(Exception):
                await self._socket.close_async()
            self._socket = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self._own_session and self.client.session is not None:
            await self.client.session.close()
            self.client.session = None
            self._own_session = False

    async def serve(self) -> None:
        """Connect in the configured mode and serve until cancelled."""
        if not await self.connect():
            return
        try:
            if self.settings.mode == "http":
                await self.start_http()
            else:
                await self.start_socket()
            await asyncio.Event().wait()
        finally:
            await self.stop()


def _edited_message(event: dict[str, Any]) -> dict[str, Any]:
    """A ``message_changed`` event as the message it now is (channel and team from the outer
    event); empty when the text did not change (Slack also sends it for link unfurls)."""
    inner = event.get("message")
    if not isinstance(inner, dict) or not isinstance(inner.get("text"), str):
        return {}
    previous = event.get("previous_message")
    if isinstance(previous, dict) and previous.get("text") == inner["text"]:
        return {}
    return {
        **inner,
        "channel": event.get("channel"),
        "channel_type": event.get("channel_type"),
        "team": inner.get("team") or event.get("team"),
        "subtype": None,
    }


def _selected(action: dict[str, Any]) -> tuple[str, ...]:
    if action.get("selected_option"):
        return (str(action["selected_option"].get("value", "")),)
    if action.get("selected_options") is not None:
        return tuple(str(o.get("value", "")) for o in action["selected_options"])
    return ()


def _team(body: dict[str, Any], event: dict[str, Any]) -> str:
    return str(body.get("team_id") or event.get("team") or "")
