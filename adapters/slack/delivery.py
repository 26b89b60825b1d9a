"""Carrying out neutral actions with the Slack Web API.

Every call goes through :meth:`Delivery.call`, which turns Slack errors into
:class:`~adapters.slack.errors.SlackFailure`; each action that fails becomes an
:class:`~bot.actions.Outcome` that the adapter reports to the core. Nothing here raises.
"""

from __future__ import annotations

import contextlib
import logging
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from adapters.slack.blocks import fallback_text, modal, render
from adapters.slack.errors import AUTH_ERRORS, SlackFailure, translate
from adapters.slack.settings import SlackConfig
from bot import actions as act
from bot.messages import Button, Form, Image, Message, MessageLink

log = logging.getLogger(__name__)

#: A ``trigger_id`` lives 3 seconds; past this age we do not even try ``views.open``.
TRIGGER_BUDGET = 2.5
#: Action-id prefix of the "open the form" button used when a trigger expired.
FORM_PREFIX = "hearth-form"
#: Message permalinks remembered (channel, ts) -> URL.
PERMALINKS = 500
HIDE_UNSUPPORTED = (
    "a Slack bot can only delete its own messages. Set SLACK_ADMIN_USER_TOKEN (a workspace "
    "admin's user token with the chat:write scope) to let Hearth hide messages; until then "
    "a moderator has to delete it by hand."
)


@dataclass(slots=True)
class Origin:
    """The Slack side of the event being answered: what a reply needs beyond the neutral event."""

    team_id: str
    user_id: str
    channel_id: str | None = None
    direct: bool = False
    thread_ts: str | None = None
    response_url: str | None = None
    #: True for slash commands: replies go through ``response_url`` (works in any channel).
    via_response_url: bool = False
    trigger_id: str | None = None
    trigger_at: float = 0.0
    #: The ephemeral message a button was pressed on (updated through ``response_url``).
    ephemeral_ts: str | None = None


class Delivery:
    def __init__(
        self,
        client: AsyncWebClient,
        settings: SlackConfig,
        *,
        moderators_channel: str,
        admin_token: str | None = None,
        transform: Callable[[Message], Message] = lambda m: m,
    ) -> None:
        self.client = client
        self.settings = settings
        self.moderators_channel = settings.moderators_channel or moderators_channel
        self.organizers_channel = settings.organizers_channel or self.moderators_channel
        self.admin_token = admin_token
        self.transform = transform
        #: Called when Slack rejects the admin token (the adapter re-declares capabilities).
        self.on_admin_token_lost: Callable[[], None] = lambda: None
        self.parked_forms: OrderedDict[str, tuple[Form, str | None]] = OrderedDict()
        self.permalinks: OrderedDict[tuple[str, str], str] = OrderedDict()
        self.auth_broken = False

    # -- Web API -------------------------------------------------------------------------

    async def call(self, method: str, *, channel: str | None = None, **kwargs: Any) -> Any:
        """One Web API call; Slack errors become SlackFailure, never anything else."""
        started = time.perf_counter()
        try:
            if channel is not None:
                kwargs["channel"] = channel
            response = await getattr(self.client, method.replace(".", "_"))(**kwargs)
        except SlackApiError as exc:
            code = str(exc.response.get("error", "unknown_error"))
            failure = translate(code, channel=channel, needed=exc.response.get("needed"))
            if code in AUTH_ERRORS:
                self.auth_broken = "token" not in kwargs
                log.error("Slack rejected a token on %s (%s); reinstall the app", method, code)
            else:
                log.warning("Slack %s failed: %s", method, code)
            raise failure from None
        except (aiohttp.ClientError, TimeoutError, SlackClientError) as exc:
            log.warning("Slack %s failed: %s", method, type(exc).__name__)
            raise SlackFailure("network", "error", "Slack could not be reached.") from None
        log.debug("Slack %s in %.1f ms", method, (time.perf_counter() - started) * 1000)
        return response

    async def respond(self, url: str, payload: dict[str, Any]) -> bool:
        """POST to a ``response_url`` (valid 30 minutes, 5 uses); False if Slack refused."""
        try:
            webhook = AsyncWebhookClient(url, session=self.client.session)
            response = await webhook.send_dict(payload)
        except (aiohttp.ClientError, TimeoutError) as exc:
            log.warning("response_url failed: %s", type(exc).__name__)
            return False
        if response.status_code != 200:
            log.warning("response_url answered %s", response.status_code)
            return False
        return True

    def channel_id(self, channel: str) -> str:
        """A configured name (general...) -> its Slack id; ids and unknown names pass through."""
        name = channel.lstrip("#")
        if name in self.settings.channels:
            return self.settings.channels[name]
        if name in {"moderators", self.moderators_channel}:
            return self.moderators_channel
        return channel

    async def with_permalinks(self, message: Message) -> Message:
        """Fill each :class:`MessageLink`'s url with ``chat.getPermalink``; when Slack cannot
        give one (message gone, channel unknown), the link stays plain text and nothing fails."""
        if not any(isinstance(f.ref, MessageLink) and not f.ref.url for f in message.fields):
            return message
        fields = list(message.fields)
        for index, item in enumerate(fields):
            link = item.ref
            if not isinstance(link, MessageLink) or link.url:
                continue
            permalink = await self._permalink(self.channel_id(link.channel_id), link.message_id)
            if permalink:
                fields[index] = replace(item, ref=replace(link, url=permalink))
        return replace(message, fields=tuple(fields))

    async def _permalink(self, channel: str, ts: str) -> str | None:
        """A message's permalink (remembered: an alert is edited after every decision)."""
        key = (channel, ts)
        if key in self.permalinks:
            return self.permalinks[key]
        try:
            response = await self.call("chat.getPermalink", channel=channel, message_ts=ts)
        except SlackFailure:
            return None  # logged by call(); the field's readable value is shown instead
        permalink = response.get("permalink")
        if not permalink:
            return None
        self.permalinks[key] = str(permalink)
        while len(self.permalinks) > PERMALINKS:
            self.permalinks.popitem(last=False)
        return str(permalink)

    def payload(self, message: Message, *, urgent: bool = False) -> dict[str, Any]:
        """Text and blocks. An urgent alert (``urgent``) carries ``urgent_mention`` in both:
        the text is the notification, the block is what Slack renders (and notifies from)."""
        message = self.transform(message)
        text = fallback_text(message, urgent=urgent)
        mention = self.settings.urgent_mention if urgent else None
        if mention:
            text = f"{mention} {text}"
        return {"text": text, "blocks": render(message, urgent=urgent, mention=mention)}

    # -- actions -------------------------------------------------------------------------

    async def perform(self, action: act.Action, origin: Origin | None) -> act.Outcome | None:
        """Carry out one action; None when it worked, else the Outcome to report."""
        try:
            if isinstance(action, act.WITH_MESSAGE):
                linked = await self.with_permalinks(action.message)
                if linked is not action.message:
                    action = replace(action, message=linked)
            ref = await self._perform(action, origin)
        except SlackFailure as failure:
            return act.Outcome(action, ok=False, reason=failure.reason, detail=failure.detail)
        except Exception:  # a bug here must not take the adapter down
            log.exception("performing %s failed", type(action).__name__)
            return act.Outcome(action, ok=False, reason="error", detail="internal error")
        if isinstance(ref, act.Outcome):
            return ref
        return None

    async def _perform(self, action: act.Action, origin: Origin | None) -> Any:
        if isinstance(action, act.Reply):
            if origin is None:
                return act.Outcome(action, ok=False, reason="error", detail="no event to reply to")
            return await self._reply(action, origin)
        if isinstance(action, act.Post):
            return await self.post(self.channel_id(action.channel), action.message)
        if isinstance(action, act.DirectMessage):
            return await self._direct(action)
        if isinstance(action, act.AlertModerators):
            return await self._alert(action)
        if isinstance(action, act.AlertOrganizers):
            return await self.post(self.organizers_channel, action.message)
        if isinstance(action, act.UpdateMessage):
            return await self._update(action, origin)
        if isinstance(action, act.OpenForm):
            return await self._open_form(action, origin)
        if isinstance(action, act.HideMessage):
            return await self._hide(action)
        if isinstance(action, act.TimeOut):
            return act.Outcome(
                action,
                ok=False,
                reason="not_supported",
                detail="Slack has no timeouts; a workspace admin can deactivate the account.",
            )
        if isinstance(action, act.AssignRole):
            return act.Outcome(
                action,
                ok=False,
                reason="not_supported",
                detail="Slack has no roles an app can give; list the user id under "
                f"[slack] {action.role}s in the config instead.",
            )
        return act.Outcome(action, ok=False, reason="not_supported", detail=type(action).__name__)

    async def post(
        self, channel: str, message: Message, *, urgent: bool = False, thread_ts: str | None = None
    ) -> str:
        return (await self.post_where(channel, message, urgent=urgent, thread_ts=thread_ts))[1]

    async def post_where(
        self, channel: str, message: Message, *, urgent: bool = False, thread_ts: str | None = None
    ) -> tuple[str, str]:
        """Post; (channel id as Slack resolved it, ts) of the new message."""
        extra = {"thread_ts": thread_ts} if thread_ts else {}
        response = await self.call(
            "chat.postMessage", channel=channel, **self.payload(message, urgent=urgent), **extra
        )
        ts = str(response.get("ts", ""))
        where = str(response.get("channel") or channel)
        if message.image is not None:
            await self.upload(where, message.image, thread_ts)
        return where, ts

    async def _alert(self, action: act.AlertModerators) -> act.Outcome:
        """Post to the moderators' channel; the posted message is reported back
        (``platform_ref`` ``channel:ts``) so the core can edit the alert later."""
        urgent = action.urgent or action.message.urgent
        channel, ts = await self.post_where(self.moderators_channel, action.message, urgent=urgent)
        return act.Outcome(action, ok=True, platform_ref=f"{channel}:{ts}")

    async def upload(self, channel: str, image: Image, thread_ts: str | None = None) -> None:
        """Share a picture right after its message (files.upload_v2: get an upload URL, send
        the bytes, complete into the channel). The message already carries the alt text, so
        a failed upload loses nothing but the picture."""
        try:
            await self.call(
                "files.upload_v2",
                channel=channel,
                file=image.data,
                filename=image.filename,
                title=image.alt_text[:250],
                alt_txt=image.alt_text[:1000],
                **({"thread_ts": thread_ts} if thread_ts else {}),
            )
        except SlackFailure as failure:
            raise SlackFailure(
                failure.code,
                failure.reason,
                f"the message was sent but its picture was not attached: {failure.detail}",
            ) from None

    async def open_dm(self, user_id: str) -> str:
        response = await self.call("conversations.open", users=user_id)
        return str(response["channel"]["id"])

    async def dm(self, user_id: str, message: Message) -> str:
        return await self.post(await self.open_dm(user_id), message)

    async def _reply(self, action: act.Reply, origin: Origin) -> Any:
        if origin.via_response_url and origin.response_url:
            payload = self.payload(action.message)
            payload["response_type"] = "ephemeral" if action.ephemeral else "in_channel"
            if await self.respond(origin.response_url, payload):
                return None
        if origin.direct or not origin.channel_id:
            return await self.dm(origin.user_id, action.message)
        if not action.ephemeral:
            return await self.post(origin.channel_id, action.message, thread_ts=origin.thread_ts)
        try:
            extra = {"thread_ts": origin.thread_ts} if origin.thread_ts else {}
            await self.call(
                "chat.postEphemeral",
                channel=origin.channel_id,
                user=origin.user_id,
                **self.payload(action.message),
                **extra,
            )
        except SlackFailure as failure:
            if failure.reason not in {"not_in_channel", "not_found"}:
                raise
            # Hearth is not in that channel (a button on a slash command's answer there): the
            # interaction's response_url still reaches the person there, else a DM does.
            if origin.response_url:
                payload = {**self.payload(action.message), "response_type": "ephemeral"}
                payload["replace_original"] = False
                if await self.respond(origin.response_url, payload):
                    return None
            return await self.dm(origin.user_id, action.message)
        return None

    async def _direct(self, action: act.DirectMessage) -> Any:
        try:
            return await self.dm(action.user_id, action.message)
        except SlackFailure as failure:
            if action.fallback_channel:
                with contextlib.suppress(SlackFailure):
                    await self.call(
                        "chat.postEphemeral",
                        channel=self.channel_id(action.fallback_channel),
                        user=action.user_id,
                        **self.payload(action.message),
                    )
            return act.Outcome(action, ok=False, reason=failure.reason, detail=failure.detail)

    async def _update(self, action: act.UpdateMessage, origin: Origin | None) -> Any:
        if origin and origin.ephemeral_ts == action.message_id and origin.response_url:
            payload = {**self.payload(action.message), "replace_original": True}
            if await self.respond(origin.response_url, payload):
                return None
            return act.Outcome(action, ok=False, reason="error", detail="the message expired")
        await self.call(
            "chat.update",
            channel=self.channel_id(action.channel),
            ts=action.message_id,
            **self.payload(action.message),
        )
        return None

    async def _hide(self, action: act.HideMessage) -> Any:
        if not self.admin_token:
            return act.Outcome(action, ok=False, reason="not_supported", detail=HIDE_UNSUPPORTED)
        try:
            await self.call(
                "chat.delete",
                channel=self.channel_id(action.channel),
                ts=action.message_id,
                token=self.admin_token,
            )
        except SlackFailure as failure:
            if failure.code in AUTH_ERRORS:
                # Only the admin token failed: the bot token still works, so organizers can be
                # told through Slack (the core alerts them for "forbidden"), and from now on
                # the core knows hiding is not available.
                self.admin_token = None
                self.on_admin_token_lost()
                return act.Outcome(
                    action,
                    ok=False,
                    reason="forbidden",
                    detail="Slack rejected SLACK_ADMIN_USER_TOKEN (revoked or invalid): "
                    "issue a new admin user token.",
                )
            raise
        return None

    async def _open_form(self, action: act.OpenForm, origin: Origin | None) -> Any:
        if origin is None:
            return act.Outcome(action, ok=False, reason="error", detail="a form needs a person")
        fresh = origin.trigger_id and time.monotonic() - origin.trigger_at < TRIGGER_BUDGET
        if fresh:
            try:
                await self.call(
                    "views.open",
                    trigger_id=origin.trigger_id,
                    view=modal(action.form, channel=None if origin.direct else origin.channel_id),
                )
                return None
            except SlackFailure as failure:
                if failure.code not in {"expired_trigger_id", "invalid_trigger_id"}:
                    raise
        # The 3-second trigger is gone (slow work, or no trigger at all): offer a button whose
        # press brings a fresh trigger_id.
        token = uuid.uuid4().hex[:16]
        self.parked_forms[token] = (action.form, origin.channel_id)
        while len(self.parked_forms) > 500:
            self.parked_forms.popitem(last=False)
        button = Button(f"{FORM_PREFIX}:{token}", f"Open: {action.form.title}", style="primary")
        prompt = Message(text=action.form.intro or action.form.title, buttons=(button,))
        return await self._reply(act.Reply(message=prompt, ephemeral=True), replace(origin))

    async def open_parked_form(self, token: str, origin: Origin) -> act.Outcome | None:
        parked = self.parked_forms.get(token)
        if parked is None:
            form_gone = Message(text="That form has expired; please run the command again.")
            return await self.perform(act.Reply(message=form_gone, ephemeral=True), origin)
        form, channel = parked
        if channel and not origin.channel_id:
            origin.channel_id = channel
        return await self.perform(act.OpenForm(form=form), origin)
