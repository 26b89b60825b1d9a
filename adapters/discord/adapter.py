"""The Discord adapter: discord.py events in, Hearth's neutral actions carried out.

Interactions (slash commands, buttons, selects, modal submits) are all handled in
``on_interaction`` by their data, never by per-View callbacks: a component's ``custom_id`` *is*
the neutral action id, so a button on an alert posted before a restart still routes.

Answering within Discord's 3 seconds: Hearth's ``handle`` starts at once; if it answers within
``respond_within`` seconds (1.5 by default, less for an interaction that was already queued:
see ``_wait_budget``) the first reply *is* the interaction response (a message, an in-place
edit of the pressed message, or a modal, which can only be a first response). Otherwise the
interaction is deferred (ephemeral "thinking" for commands and modal submits, a silent deferred
update for components) and the answer follows up when ready. Ephemeral is the deferral's guess
because most of Hearth's answers are private; a public answer after an ephemeral deferral
replaces the placeholder with a public follow-up. Not "always defer": a direct answer costs one
REST call, defer-then-edit two, and in a burst that extra work delays everyone
(``benchmarks/discord_burst.py --respond-within 0`` measures it).
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import discord
import yarl
from discord import app_commands

from adapters.discord.commands import build_commands, parse_command
from adapters.discord.errors import CANNOT_DM, outcome_for
from adapters.discord.rendering import (
    Rendered,
    alert_mentions,
    modal_for,
    modal_values,
    render,
    with_message_links,
)
from adapters.discord.settings import DiscordConfig
from bot import actions as act
from bot import events
from bot.capabilities import Capabilities
from bot.messages import Button, Form, Message
from bot.roles import Role

if TYPE_CHECKING:
    from bot.app import Hearth
    from bot.config import Config

log = logging.getLogger(__name__)

PLATFORM = "discord"
CAPABILITIES = Capabilities(
    hide_messages=True,
    timeouts=True,
    ephemeral=True,
    forms=True,
    roles=True,
    direct_messages=True,
    images=True,
    edit_messages=True,
)
#: Discord's longest time-out.
MAX_TIMEOUT = timedelta(days=28)
#: custom_id prefixes owned by the adapter (not routed to the core).
FORM_BUTTON = "hearth-form:"
FORM_MODAL = "hearth-modal:"
PENDING_FORMS = 1000
AUTOCOMPLETE_BUDGET = 2.5
#: Discord's limit for the first response, the margin kept for the deferral's own trip, and
#: the shortest wait for the core (a fast core answers even a late interaction directly).
DEADLINE = 3.0
SAFETY = 0.5
MIN_WAIT = 0.1

INTENTS_HELP = (
    "Discord refused the privileged gateway intents Hearth needs. In the developer portal "
    "(https://discord.com/developers/applications -> your application -> Bot -> Privileged "
    "Gateway Intents) turn on MESSAGE CONTENT INTENT (moderation reads messages) and SERVER "
    "MEMBERS INTENT (onboarding sees members join), save, and start Hearth again."
)


class DiscordSetupError(Exception):
    """Something only a person can fix in Discord's settings (intents, token)."""


def intents() -> discord.Intents:
    wanted = discord.Intents.none()
    wanted.guilds = True  # channels and roles of the servers Hearth serves
    wanted.guild_messages = True  # MESSAGE_CREATE in servers (moderation)
    wanted.dm_messages = True  # messages sent to Hearth privately
    wanted.message_content = True  # privileged: the text moderation assesses
    wanted.members = True  # privileged: GUILD_MEMBER_ADD for onboarding
    return wanted


def configure_endpoints(settings: DiscordConfig) -> None:
    """Point discord.py at ``api_url``/``gateway_url`` (proxies, the loopback fake in tests).

    discord.py builds every REST URL (webhooks and interaction callbacks included) from the
    class attribute ``Route.BASE``, and a non-sharded client connects to
    ``DiscordWebSocket.DEFAULT_GATEWAY``; both are process-wide.
    """
    from adapters.discord.settings import DEFAULT_API_URL, DEFAULT_GATEWAY_URL

    discord.http.Route.BASE = settings.api_url or DEFAULT_API_URL
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(
        settings.gateway_url or DEFAULT_GATEWAY_URL
    )


def _client_options(guild_ready_timeout: float) -> dict[str, Any]:
    return {
        "intents": intents(),
        # How long to wait for more servers' data after the last one before "ready".
        "guild_ready_timeout": guild_ready_timeout,
        "chunk_guilds_at_startup": False,  # no member list download: nothing needs it
        "allowed_mentions": discord.AllowedMentions(everyone=False, users=True, roles=False),
    }


class _ToAdapter:
    """The events a Hearth client hands to its adapter (sharded or not)."""

    adapter: DiscordAdapter

    async def on_ready(self) -> None:
        await self.adapter.on_ready()

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        await self.adapter.on_interaction(interaction)

    async def on_message(self, message: discord.Message) -> None:
        await self.adapter.on_message(message)

    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        await self.adapter.on_message_edit(payload)

    async def on_member_join(self, member: discord.Member) -> None:
        await self.adapter.on_member_join(member)


class HearthClient(_ToAdapter, discord.Client):
    """A discord.py client whose events go to the adapter."""

    def __init__(self, adapter: DiscordAdapter, *, guild_ready_timeout: float = 2.0) -> None:
        super().__init__(**_client_options(guild_ready_timeout))
        self.adapter = adapter


class ShardedHearthClient(_ToAdapter, discord.AutoShardedClient):
    """The same client over several gateway connections (``[discord] sharded``): shard count
    from the config or Discord's recommendation, optionally only some shards per process."""

    def __init__(
        self, adapter: DiscordAdapter, settings: DiscordConfig, *, guild_ready_timeout: float
    ) -> None:
        super().__init__(
            shard_count=settings.shard_count,
            shard_ids=settings.shard_ids if settings.shard_count else None,
            **_client_options(guild_ready_timeout),
        )
        self.adapter = adapter


def make_client(
    adapter: DiscordAdapter, settings: DiscordConfig, *, guild_ready_timeout: float
) -> discord.Client:
    if settings.sharded:
        return ShardedHearthClient(adapter, settings, guild_ready_timeout=guild_ready_timeout)
    return HearthClient(adapter, guild_ready_timeout=guild_ready_timeout)


class Responder:
    """The response state of one interaction: respond first, follow up after."""

    def __init__(self, interaction: discord.Interaction) -> None:
        self.interaction = interaction
        self.deferred_ephemeral: bool | None = None  # set by a "thinking" deferral
        self.placeholder_used = False

    @property
    def responded(self) -> bool:
        return self.interaction.response.is_done()

    @property
    def is_component(self) -> bool:
        return self.interaction.type == discord.InteractionType.component

    async def defer(self) -> None:
        if self.responded:
            return
        if self.is_component:
            await self.interaction.response.defer()  # deferred update: no visible placeholder
        else:
            await self.interaction.response.defer(ephemeral=True, thinking=True)
            self.deferred_ephemeral = True

    async def send(self, rendered: Rendered, *, ephemeral: bool) -> None:
        interaction = self.interaction
        if not self.responded:
            await interaction.response.send_message(**rendered.send_kwargs(), ephemeral=ephemeral)
            return
        if self.deferred_ephemeral is not None and not self.placeholder_used:
            self.placeholder_used = True
            if ephemeral == self.deferred_ephemeral:
                await interaction.edit_original_response(**rendered.send_kwargs(edit=True))
                return
            await interaction.delete_original_response()
        await interaction.followup.send(**rendered.send_kwargs(), ephemeral=ephemeral)

    async def finish(self) -> None:
        """Make sure Discord got an answer even when the core had nothing to say."""
        if not self.responded:
            if self.is_component:
                await self.interaction.response.defer()
            else:
                await self.interaction.response.send_message("Done.", ephemeral=True)
        elif self.deferred_ephemeral is not None and not self.placeholder_used:
            self.placeholder_used = True
            await self.interaction.edit_original_response(content="Done.")


@dataclass(slots=True)
class Origin:
    """Where actions come from: an interaction, a message, a join, or a proactive delivery."""

    community: str
    guild: discord.Guild | None = None
    event: events.Event | None = None
    channel: Any = None  # the messageable the event happened in
    message: discord.Message | None = None
    responder: Responder | None = None


class DiscordAdapter:
    def __init__(
        self,
        hearth: Hearth,
        config: Config,
        settings: DiscordConfig | None = None,
        *,
        guild_ready_timeout: float = 2.0,
    ) -> None:
        self.hearth = hearth
        self.config = config
        self.settings: DiscordConfig = (
            settings or config.platform(PLATFORM) or DiscordConfig()  # type: ignore[assignment]
        )
        configure_endpoints(self.settings)
        self.client = make_client(self, self.settings, guild_ready_timeout=guild_ready_timeout)
        self.ready = asyncio.Event()
        self._forms: OrderedDict[str, Form] = OrderedDict()
        self._organizer_roles = {r.lower() for r in self.settings.organizer_roles}
        self._moderator_roles = {r.lower() for r in self.settings.moderator_roles}

    # -- lifecycle -----------------------------------------------------------------------

    async def start(self, token: str) -> None:
        """Connect and serve until closed. Setup problems raise DiscordSetupError."""
        try:
            await self.client.start(token)
        except discord.PrivilegedIntentsRequired:
            log.error("privileged intents not granted (message content / server members)")
            raise DiscordSetupError(INTENTS_HELP) from None
        except discord.LoginFailure:
            raise DiscordSetupError(
                "Discord rejected DISCORD_TOKEN. Copy the bot token again from the developer "
                "portal (Bot -> Reset Token) into the DISCORD_TOKEN environment variable."
            ) from None

    async def close(self) -> None:
        await self.client.close()

    async def on_ready(self) -> None:
        self.hearth.register_platform(PLATFORM, CAPABILITIES, self.deliver)
        log.info("discord connected: %d server(s)", len(self.client.guilds))
        await self._check_message_content()
        if self.settings.sync_on_start:
            try:
                await self.sync_commands()
            except discord.HTTPException as exc:
                log.error("slash command sync failed: HTTP %s code %s", exc.status, exc.code)
        self.ready.set()

    async def _check_message_content(self) -> None:
        """A verified bot without the message-content intent connects fine but reads empty
        messages: moderation would silently see nothing. Say so at startup, to organizers too."""
        flags = self.client.application_flags
        if flags.gateway_message_content or flags.gateway_message_content_limited:
            return
        log.error("message content intent not enabled: moderation cannot read messages")
        notice = act.AlertOrganizers(
            message=Message(title="Hearth cannot read messages", text=INTENTS_HELP, urgent=True)
        )
        for guild in self.client.guilds:
            await self.perform([notice], Origin(str(guild.id), guild))

    async def sync_commands(self) -> list[int | None]:
        """Register Hearth's commands per configured guild (instant) or globally."""
        application_id = self.client.application_id
        if application_id is None:
            application_id = (await self.client.application_info()).id
        payload = build_commands(
            self.hearth.commands(Role.ORGANIZER), staff_permissions=self._staff_permissions()
        )
        http = self.client.http
        if self.settings.guild_ids:
            for guild_id in self.settings.guild_ids:
                await http.bulk_upsert_guild_commands(application_id, guild_id, payload)
            log.info(
                "synced %d commands to %d server(s)", len(payload), len(self.settings.guild_ids)
            )
            return list(self.settings.guild_ids)
        await http.bulk_upsert_global_commands(application_id, payload)
        log.info("synced %d commands globally", len(payload))
        return [None]

    def _staff_permissions(self) -> dict[Role, discord.Permissions] | None:
        # With role-name mappings, members without the permission may be staff: show all.
        if self.settings.moderator_roles or self.settings.organizer_roles:
            return None
        first = {
            Role.MODERATOR: self.settings.moderator_permissions[:1],
            Role.ORGANIZER: self.settings.organizer_permissions[:1],
        }
        return {
            role: discord.Permissions(**{names[0]: True}) for role, names in first.items() if names
        }

    # -- who and where -------------------------------------------------------------------

    def home_community(self) -> str:
        """The community of direct messages (Discord DMs belong to no server)."""
        if self.settings.guild_ids:
            return str(self.settings.guild_ids[0])
        guilds = sorted(g.id for g in self.client.guilds)
        return str(guilds[0]) if guilds else "dm"

    def guild_for(self, community: str) -> discord.Guild | None:
        return self.client.get_guild(int(community)) if community.isdigit() else None

    def role_of(self, user: discord.abc.User) -> Role:
        if not isinstance(user, discord.Member):
            return Role.MEMBER
        perms = user.guild_permissions
        roles = {r.name.lower() for r in user.roles} | {str(r.id) for r in user.roles}
        if any(getattr(perms, p) for p in self.settings.organizer_permissions) or (
            roles & self._organizer_roles
        ):
            return Role.ORGANIZER
        if any(getattr(perms, p) for p in self.settings.moderator_permissions) or (
            roles & self._moderator_roles
        ):
            return Role.MODERATOR
        return Role.MEMBER

    def actor(self, user: discord.abc.User, community: str) -> events.Actor:
        return events.Actor(
            platform=PLATFORM,
            community_id=community,
            user_id=str(user.id),
            display_name=user.display_name,
            role=self.role_of(user),
        )

    @staticmethod
    def place(community: str, channel: Any, guild: discord.Guild | None) -> events.Place:
        if guild is None or channel is None or isinstance(channel, discord.DMChannel):
            return events.Place(
                community_id=community,
                channel_id=str(channel.id) if channel is not None else None,
                direct=True,
            )
        thread = isinstance(channel, discord.Thread)
        named = channel.parent if thread and channel.parent else channel
        return events.Place(
            community_id=community,
            channel_id=str(channel.id),
            channel_name=getattr(named, "name", None),
            thread_id=str(channel.id) if thread else None,
        )

    # -- inbound -------------------------------------------------------------------------

    async def on_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        """MESSAGE_UPDATE, cached or not: a changed text is assessed again (``edited``). An
        update without ``edited_timestamp`` is Discord filling in a link preview, not an edit."""
        message = payload.message
        before = payload.cached_message
        if message.edited_at is None or (before is not None and before.content == message.content):
            return
        await self.on_message(message, edited=True)

    async def on_message(self, message: discord.Message, *, edited: bool = False) -> None:
        if message.author.bot or message.webhook_id is not None:
            return
        if message.type not in (discord.MessageType.default, discord.MessageType.reply):
            return
        if not message.content:
            return  # an image alone, a sticker: nothing to read
        guild = message.guild
        community = str(guild.id) if guild else self.home_community()
        event = events.MessagePosted(
            actor=self.actor(message.author, community),
            place=self.place(community, message.channel, guild),
            message_id=str(message.id),
            text=message.content,
            edited=edited,
        )
        actions = await self.hearth.handle(event)
        origin = Origin(community, guild or self.guild_for(community), event, message.channel)
        origin.message = message
        await self.perform(actions, origin)

    async def on_member_join(self, member: discord.Member) -> None:
        if member.bot:
            return  # other bots are not welcomed or onboarded
        community = str(member.guild.id)
        channel = member.guild.system_channel
        event = events.MemberJoined(
            actor=self.actor(member, community),
            place=self.place(community, channel, member.guild),
        )
        actions = await self.hearth.handle(event)
        await self.perform(actions, Origin(community, member.guild, event, channel))

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        started = time.perf_counter()
        kind = interaction.type
        data: dict[str, Any] = dict(interaction.data or {})  # type: ignore[arg-type]
        if kind == discord.InteractionType.autocomplete:
            await self._autocomplete(interaction, data)
            return
        custom_id = str(data.get("custom_id", ""))
        if kind == discord.InteractionType.component and custom_id.startswith(FORM_BUTTON):
            await self._open_pending_form(interaction, custom_id.removeprefix(FORM_BUTTON))
            return
        event = self._interaction_event(interaction, data)
        if event is None:
            return
        responder = Responder(interaction)
        actions = await self._answer(interaction, event, responder)
        guild = interaction.guild
        origin = Origin(event.place.community_id, guild, event, interaction.channel)
        origin.responder = responder
        await self.perform(actions, origin)
        try:
            await responder.finish()
        except discord.HTTPException as exc:
            log.warning("could not finish interaction: HTTP %s code %s", exc.status, exc.code)
        log.debug(
            "interaction %s handled in %.1f ms", kind.name, (time.perf_counter() - started) * 1000
        )

    async def _answer(
        self, interaction: discord.Interaction, event: events.Event, responder: Responder
    ) -> list[act.Action]:
        """The core's answer, deferring first when it may not come in time: at once under a
        burst (every core worker taken), else after the wait budget."""
        dispatcher = self.hearth.dispatcher
        if dispatcher.busy or self.settings.respond_within <= 0:
            async with dispatcher.acking():
                task = asyncio.ensure_future(self.hearth.handle(event))
                await self._defer(responder)
            return await task
        task = asyncio.ensure_future(self.hearth.handle(event))
        try:
            budget = _wait_budget(interaction, self.settings.respond_within)
            return await asyncio.wait_for(asyncio.shield(task), budget)
        except TimeoutError:
            await self._defer(responder)
            return await task

    @staticmethod
    async def _defer(responder: Responder) -> None:
        try:
            await responder.defer()
        except discord.HTTPException as exc:
            log.warning("could not defer interaction: HTTP %s code %s", exc.status, exc.code)

    def _interaction_event(
        self, interaction: discord.Interaction, data: dict[str, Any]
    ) -> events.Event | None:
        guild_id = interaction.guild_id
        community = str(guild_id) if guild_id else self.home_community()
        actor = self.actor(interaction.user, community)
        place = self.place(community, interaction.channel, interaction.guild if guild_id else None)
        kind = interaction.type
        if kind == discord.InteractionType.application_command:
            if data.get("type", 1) != 1:
                return None  # user/message context-menu commands: Hearth registers none
            name, options, _ = parse_command(data)
            return events.CommandInvoked(actor=actor, place=place, name=name, options=options)
        if kind == discord.InteractionType.component:
            message = interaction.message
            return events.ComponentPressed(
                actor=actor,
                place=place,
                action_id=str(data.get("custom_id", "")),
                values=tuple(str(v) for v in data.get("values") or ()),
                message_id=str(message.id) if message else None,
                channel_id=str(interaction.channel_id) if interaction.channel_id else None,
            )
        if kind == discord.InteractionType.modal_submit:
            custom_id = str(data.get("custom_id", ""))
            form_id, context = custom_id, {}
            if custom_id.startswith(FORM_MODAL):
                form = self._forms.pop(custom_id.removeprefix(FORM_MODAL), None)
                if form is None:
                    form_id = ""  # expired: the core replies that it is no longer in use
                else:
                    form_id, context = form.form_id, dict(form.context)
            return events.FormSubmitted(
                actor=actor,
                place=place,
                form_id=form_id,
                values=modal_values(data),
                context=context,
            )
        return None

    async def _autocomplete(self, interaction: discord.Interaction, data: dict[str, Any]) -> None:
        name, _, focused = parse_command(data)
        results: list[str] = []
        if focused is not None:
            guild_id = interaction.guild_id
            community = str(guild_id) if guild_id else self.home_community()
            try:
                results = await asyncio.wait_for(
                    self.hearth.autocomplete(
                        self.actor(interaction.user, community),
                        self.place(community, interaction.channel, interaction.guild),
                        name,
                        focused[0],
                        focused[1],
                    ),
                    AUTOCOMPLETE_BUDGET,
                )
            except TimeoutError:
                log.warning("autocomplete for /%s took too long", name)
            except Exception:
                log.exception("autocomplete for /%s failed", name)
        choices = [app_commands.Choice(name=r[:100], value=r[:100]) for r in results[:25]]
        try:
            await interaction.response.autocomplete(choices)
        except discord.HTTPException as exc:
            log.warning("autocomplete answer failed: HTTP %s", exc.status)

    # -- forms ---------------------------------------------------------------------------

    def _remember(self, form: Form) -> str:
        token = uuid.uuid4().hex[:20]
        self._forms[token] = form
        while len(self._forms) > PENDING_FORMS:
            self._forms.popitem(last=False)
        return token

    def _modal(self, form: Form) -> discord.ui.Modal:
        if not form.context and len(form.form_id) <= 100:
            return modal_for(form, form.form_id)  # survives a restart: routed by form id
        return modal_for(form, FORM_MODAL + self._remember(form))

    async def _open_pending_form(self, interaction: discord.Interaction, token: str) -> None:
        form = self._forms.pop(token, None)
        if form is None:
            await interaction.response.send_message(
                "This form has expired; please start again.", ephemeral=True
            )
            return
        await interaction.response.send_modal(self._modal(form))

    async def _open_form(self, form: Form, origin: Origin) -> act.Outcome | None:
        responder = origin.responder
        if responder is None:
            return act.Outcome(
                act.OpenForm(form=form), ok=False, reason="error", detail="no interaction"
            )
        can_modal = not responder.responded and (
            responder.interaction.type != discord.InteractionType.modal_submit
        )
        if can_modal:
            await responder.interaction.response.send_modal(self._modal(form))
            return None
        # A modal can only be a first response, and never the answer to a modal: the next
        # step (or a form after a deferral) opens from a button.
        token = self._remember(form)
        prompt = Message(
            text=form.intro or "One more step.",
            title=form.title,
            buttons=(Button(action_id=FORM_BUTTON + token, label="Continue", style="primary"),),
        )
        await responder.send(render(prompt), ephemeral=True)
        return None

    # -- outbound ------------------------------------------------------------------------

    async def deliver(self, community: str, actions: Sequence[act.Action]) -> list[act.Outcome]:
        """Proactive delivery (check-in prompts, re-alerts): no event to answer."""
        return await self.perform(actions, Origin(community, self.guild_for(community)))

    async def perform(
        self, actions: Sequence[act.Action], origin: Origin, *, depth: int = 0
    ) -> list[act.Outcome]:
        outcomes: list[act.Outcome] = []
        ordered = sorted(actions, key=lambda a: _priority(a, origin))
        for action in ordered:
            outcome = await self._perform_safely(action, origin)
            if outcome is None:
                continue
            outcomes.append(outcome)
            if depth < 2:
                follow = await self.hearth.report_outcome(PLATFORM, origin.community, outcome)
                if follow:
                    # Follow-ups are operational (tell organizers): never into the interaction.
                    quiet = Origin(origin.community, origin.guild)
                    await self.perform(follow, quiet, depth=depth + 1)
        return outcomes

    async def _perform_safely(self, action: act.Action, origin: Origin) -> act.Outcome | None:
        try:
            return await self._perform(action, origin)
        except discord.HTTPException as exc:
            outcome = outcome_for(action, exc)
            log.warning(
                "discord %s failed: HTTP %s code %s -> %s",
                type(action).__name__,
                exc.status,
                exc.code,
                outcome.reason,
            )
            return outcome
        except Exception:
            log.exception("discord %s failed", type(action).__name__)
            return act.Outcome(action, ok=False, reason="error", detail="unexpected error")

    async def _perform(self, action: act.Action, origin: Origin) -> act.Outcome | None:
        if isinstance(action, act.WITH_MESSAGE):  # jump links need the server id: known here
            guild = self._guild(origin)
            linked = with_message_links(action.message, guild.id if guild else None)
            if linked is not action.message:
                action = replace(action, message=linked)
        if isinstance(action, act.Reply):
            return await self._reply(action, origin)
        if isinstance(action, act.OpenForm):
            return await self._open_form(action.form, origin)
        if isinstance(action, act.DirectMessage):
            return await self._direct(action, origin)
        if isinstance(action, act.UpdateMessage):
            return await self._update(action, origin)
        if isinstance(action, act.Post):
            return await self._send_to(action, action.channel, action.message, origin)
        if isinstance(action, act.AlertModerators):
            return await self._alert(action, origin)
        if isinstance(action, act.AlertOrganizers):
            channel = self._organizers_channel(origin)
            if channel is None:
                return self._no_channel(action, self.config.community.moderators_channel)
            await channel.send(**render(action.message).send_kwargs())
            return None
        if isinstance(action, act.HideMessage):
            channel = self.resolve_channel(action.channel, origin)
            if channel is None:
                return self._no_channel(action, action.channel)
            reason = _audit_reason(action.reason, action.case_ref)
            # discord.py's PartialMessage.delete takes no audit-log reason; its HTTP client does.
            await self.client.http.delete_message(channel.id, int(action.message_id), reason=reason)
            return None
        if isinstance(action, act.TimeOut):
            return await self._timeout(action, origin)
        if isinstance(action, act.AssignRole):
            return await self._assign_role(action, origin)
        return act.Outcome(action, ok=False, reason="not_supported", detail=type(action).__name__)

    async def _alert(self, action: act.AlertModerators, origin: Origin) -> act.Outcome | None:
        """Post to the moderators' channel. An urgent alert pings ``urgent_mention`` with
        ``allowed_mentions`` permitting exactly that; the posted message is reported back
        (``platform_ref``) so the core can edit the alert later (anonymising it)."""
        message = replace(action.message, urgent=True) if action.urgent else action.message
        channel = self._moderators_channel(origin)
        if channel is None:
            return self._no_channel(action, self.config.community.moderators_channel)
        mention = self.settings.urgent_mention if message.urgent else None
        posted = await channel.send(
            **render(message, mention=mention).send_kwargs(),
            allowed_mentions=alert_mentions(mention),
        )
        return act.Outcome(action, ok=True, platform_ref=f"{posted.channel.id}:{posted.id}")

    async def _reply(self, action: act.Reply, origin: Origin) -> act.Outcome | None:
        if origin.responder is not None:
            await origin.responder.send(render(action.message), ephemeral=action.ephemeral)
            return None
        event = origin.event
        if event is None:
            return act.Outcome(action, ok=False, reason="error", detail="a reply needs an event")
        if action.ephemeral or origin.channel is None or event.place.direct:
            # No interaction to answer privately: a private reply is a direct message.
            dm = act.DirectMessage(user_id=event.actor.user_id, message=action.message)
            return await self._direct(dm, origin)
        rendered = render(action.message).send_kwargs()
        if origin.message is not None:
            rendered["reference"] = origin.message
            rendered["mention_author"] = False
        await origin.channel.send(**rendered)
        return None

    async def _direct(self, action: act.DirectMessage, origin: Origin) -> act.Outcome | None:
        try:
            channel = await self.client.create_dm(discord.Object(int(action.user_id)))
            await channel.send(**render(action.message).send_kwargs())
            return None
        except discord.Forbidden as exc:
            if exc.code != CANNOT_DM:
                raise
        responder = origin.responder
        event = origin.event
        if responder is not None and event is not None and event.actor.user_id == action.user_id:
            fallback = replace(
                action.message,
                footer="(Sent here because your direct messages are closed.)",
            )
            await responder.send(render(fallback), ephemeral=True)
            detail = "direct messages closed; shown privately in the channel instead"
        else:
            detail = "direct messages closed"
            channel = (
                self.resolve_channel(action.fallback_channel, origin)
                if action.fallback_channel
                else None
            )
            if channel is not None:
                # Never the message itself in public: only a nudge to open DMs.
                await channel.send(
                    f"<@{action.user_id}>, I have a private message for you but your direct "
                    "messages are closed. Allow direct messages from server members (server "
                    "menu -> Privacy Settings) and use /help to find it again.",
                    allowed_mentions=discord.AllowedMentions(users=True),
                )
                detail += f"; a nudge was posted in {action.fallback_channel}"
        return act.Outcome(action, ok=False, reason="dms_closed", detail=detail)

    async def _update(self, action: act.UpdateMessage, origin: Origin) -> act.Outcome | None:
        responder = origin.responder
        kwargs = render(action.message).send_kwargs(edit=True)
        pressed = responder.interaction.message if responder is not None else None
        if responder is not None and pressed is not None and str(pressed.id) == action.message_id:
            # The message whose button (or button-opened modal) started this interaction.
            if not responder.responded:
                await responder.interaction.response.edit_message(**kwargs)
                return None
            if responder.interaction.response.type in (
                discord.InteractionResponseType.deferred_message_update,
                discord.InteractionResponseType.message_update,
            ):  # after a (deferred) update, the "original response" is that message
                await responder.interaction.edit_original_response(**kwargs)
                return None
        channel = self.resolve_channel(action.channel, origin)
        if channel is None:
            return self._no_channel(action, action.channel)
        await channel.get_partial_message(int(action.message_id)).edit(**kwargs)
        return None

    async def _send_to(
        self, action: act.Action, ref: str, message: Message, origin: Origin
    ) -> act.Outcome | None:
        channel = self.resolve_channel(ref, origin)
        if channel is None:
            return self._no_channel(action, ref)
        await channel.send(**render(message).send_kwargs())
        return None

    async def _timeout(self, action: act.TimeOut, origin: Origin) -> act.Outcome | None:
        guild = self._guild(origin)
        if guild is None:
            return act.Outcome(
                action, ok=False, reason="not_found", detail="no server for time-out"
            )
        duration = action.duration
        clamped = duration > MAX_TIMEOUT
        if clamped:
            duration = MAX_TIMEOUT
        until = discord.utils.utcnow() + duration if duration > timedelta(0) else None
        reason = _audit_reason(action.reason, action.case_ref)
        await self.client.http.edit_member(
            guild.id,
            int(action.user_id),
            reason=reason,
            communication_disabled_until=until.isoformat() if until else None,
        )
        if not clamped:
            return None
        note = (
            f"Discord time-outs last at most 28 days, so this one was set to 28 days instead of "
            f"{action.duration.days} days."
        )
        if origin.responder is not None:
            await origin.responder.send(render(Message(text=note)), ephemeral=True)
        return act.Outcome(action, ok=True, reason="clamped", detail=note)

    async def _assign_role(self, action: act.AssignRole, origin: Origin) -> act.Outcome | None:
        guild = self._guild(origin)
        wanted = action.role.lower().lstrip("@")
        role = None
        if guild is not None:
            role = next(
                (r for r in guild.roles if r.name.lower() == wanted or str(r.id) == wanted), None
            )
        if role is None:
            return act.Outcome(
                action,
                ok=False,
                reason="not_found",
                detail=f"there is no role named {action.role!r} in the server: create it "
                "(Server Settings -> Roles) below Hearth's own role",
            )
        assert guild is not None
        change = self.client.http.remove_role if action.remove else self.client.http.add_role
        await change(guild.id, int(action.user_id), role.id, reason="Hearth onboarding")
        return None

    # -- channels ------------------------------------------------------------------------

    def _guild(self, origin: Origin) -> discord.Guild | None:
        return (
            origin.guild
            or self.guild_for(origin.community)
            or self.guild_for(self.home_community())
        )

    def resolve_channel(self, ref: str | None, origin: Origin) -> Any:
        """A channel id, a configured name (``[discord] channels``) or a channel's name."""
        if not ref:
            return None
        ref = ref.lstrip("#")
        guild = self._guild(origin)
        channel_id: int | None = int(ref) if ref.isdigit() else self.settings.channels.get(ref)
        if channel_id is None and guild is not None:
            named = discord.utils.get(guild.text_channels, name=ref)
            channel_id = named.id if named else None
        if channel_id is None:
            return None
        return self.client.get_channel(channel_id) or self.client.get_partial_messageable(
            channel_id, guild_id=guild.id if guild else None
        )

    def _moderators_channel(self, origin: Origin) -> Any:
        if self.settings.moderators_channel_id:
            return self.resolve_channel(str(self.settings.moderators_channel_id), origin)
        return self.resolve_channel(self.config.community.moderators_channel, origin)

    def _organizers_channel(self, origin: Origin) -> Any:
        if self.settings.organizers_channel_id:
            return self.resolve_channel(str(self.settings.organizers_channel_id), origin)
        return self._moderators_channel(origin)

    @staticmethod
    def _no_channel(action: act.Action, ref: str | None) -> act.Outcome:
        return act.Outcome(
            action,
            ok=False,
            reason="not_in_channel",
            detail=f"there is no channel {ref!r} Hearth can see: create it, give Hearth View "
            "Channel and Send Messages there, or map the name in [discord] channels",
        )


def _audit_reason(reason: str, case_ref: str | None) -> str:
    """The audit-log reason: the core's reason (case number, categories; never message text)."""
    if case_ref and "case" not in reason.lower():
        reason = f"{reason} ({case_ref})"
    return reason[:500]


def _priority(action: act.Action, origin: Origin) -> int:
    """Answer the interaction first (Discord's clock is running), the rest can follow. A form
    can only be a first response; an edit of the pressed message is the most natural one."""
    if isinstance(action, act.OpenForm):
        return 0
    responder = origin.responder
    pressed = responder.interaction.message if responder is not None else None
    if isinstance(action, act.UpdateMessage) and pressed is not None:
        return 0 if str(pressed.id) == action.message_id else 2
    return 1 if isinstance(action, act.Reply) else 2


def _age(interaction: discord.Interaction) -> float:
    """Seconds since Discord created the interaction (from its snowflake id); 0 when the
    clocks disagree too much to tell (a skewed host clock must not force every deferral)."""
    age = (discord.utils.utcnow() - interaction.created_at).total_seconds()
    return age if 0.0 <= age <= 60.0 else 0.0


def _wait_budget(interaction: discord.Interaction, respond_within: float) -> float:
    """How long to wait for the core before deferring.

    Discord's 3 s run from the interaction's creation, not from when the bot read it: in a
    burst, events queue first. So the wait ends ``SAFETY`` seconds before that deadline, but
    never drops below ``MIN_WAIT``: a fast core answers a late interaction directly, which costs
    one REST call where "defer, then edit" costs two (the benchmark showed pre-emptive
    deferral only adds load when the process is busy).
    """
    if respond_within <= 0:
        return 0.0  # configured to always defer first
    left = DEADLINE - SAFETY - _age(interaction)
    return max(MIN_WAIT, min(respond_within, left))
