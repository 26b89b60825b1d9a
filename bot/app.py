"""The Hearth core: takes a neutral event, returns the neutral actions to carry out.

It owns the features, the router and the database, checks permissions before any handler
runs, and turns unknown commands, bad arguments and handler failures into a helpful private
reply instead of an exception. It never calls a platform SDK: adapters register a delivery
function for proactive messages (check-in prompts, re-alerts) and carry out every action.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from bot.actions import (
    Action,
    AlertOrganizers,
    AssignRole,
    DirectMessage,
    HideMessage,
    Outcome,
    Post,
    Reply,
    TimeOut,
)
from bot.capabilities import FULL, Capabilities
from bot.clock import Clock, SystemClock
from bot.config import Config
from bot.context import Context
from bot.dispatch import ASSESS, INTERACT, Dispatcher
from bot.errors import UserError
from bot.events import (
    Actor,
    CommandInvoked,
    ComponentPressed,
    Event,
    FormSubmitted,
    MemberJoined,
    MessagePosted,
)
from bot.feature import Feature
from bot.help import command_help, general_help, unknown_command
from bot.messages import Message
from bot.roles import Role
from bot.router import CommandSpec, OptionSpec, Result, Router, check_typed, parse_options
from bot.sanitize import scrub
from bot.storage import deliveries, upsert
from bot.storage.batches import in_batches
from bot.storage.database import Database
from bot.storage.models import Community, Member

log = logging.getLogger(__name__)

#: The features a default Hearth runs, in order (moderation first: it sees every message).
DEFAULT_FEATURES: tuple[str, ...] = (
    "bot.moderation_review.feature:ModerationFeature",
    "bot.resources.feature:ResourcesFeature",
    "bot.onboarding.feature:OnboardingFeature",
    "bot.privacy.feature:PrivacyFeature",
    "bot.checkins.feature:CheckinsFeature",
    "bot.mentors.feature:MentorsFeature",
    "bot.digest.feature:DigestFeature",
)

Delivery = Callable[[str, Sequence[Action]], Awaitable[list[Outcome]]]

#: Failures organizers can fix (a permission to grant, a channel to invite Hearth to).
ORGANIZER_REASONS = frozenset({"forbidden", "not_supported", "not_in_channel"})

HELP_OPTION = OptionSpec("command", "A command to explain, e.g. resources", required=False)

SORRY = (
    "Sorry, something went wrong on our side and nothing was changed. "
    "The organizers can see it in the logs; please try again in a moment."
)


@dataclass(slots=True)
class PlatformLink:
    capabilities: Capabilities
    deliver: Delivery | None = None


def _load_feature(path: str) -> type[Feature]:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def _as_list(result: Result) -> list[Action]:
    if result is None:
        return []
    if isinstance(result, Action):
        return [result]
    return list(result)


class Hearth:
    def __init__(
        self,
        config: Config,
        database: Database,
        *,
        clock: Clock | None = None,
        features: Sequence[str] | None = None,
    ) -> None:
        self.config = config
        self.db = database
        self.clock: Clock = clock or SystemClock()
        self.router = Router()
        self.features: dict[str, Feature] = {}
        self._platforms: dict[str, PlatformLink] = {}
        self.dispatcher = Dispatcher(config.runtime.workers)
        for path in DEFAULT_FEATURES if features is None else features:
            feature = _load_feature(path)(self)
            self.features[feature.name] = feature
            feature.register(self.router.for_feature(feature.name))
        self._register_builtins()

    # -- lifecycle -----------------------------------------------------------------------

    async def start(self) -> None:
        for feature in self.features.values():
            await feature.start()

    async def stop(self) -> None:
        for feature in reversed(self.features.values()):
            await feature.stop()
        await asyncio.to_thread(self.dispatcher.close)

    async def tick(self) -> None:
        """Run whatever is due now (schedules, reminders, re-alerts). The scheduler calls this
        in production; tests and the demo call it after moving a fake clock."""
        for feature in self.features.values():
            await feature.tick()
        before = self.clock.now() - deliveries.KEEP_FOR
        forget = lambda session, size: deliveries.forget_before(session, before, size)  # noqa: E731
        await asyncio.to_thread(in_batches, self.db, forget)

    async def first_delivery(self, platform: str, event_id: str) -> bool:
        """True the first time any process on this database is handed ``event_id`` (a platform
        that re-delivers, such as Slack, may hand it to another worker the second time)."""

        def record() -> bool:
            with self.db.session() as session:
                return deliveries.first_delivery(session, platform, event_id, self.clock.now())

        return await asyncio.to_thread(record)

    # -- platforms -----------------------------------------------------------------------

    def register_platform(
        self, name: str, capabilities: Capabilities, deliver: Delivery | None = None
    ) -> None:
        """Called by an adapter when it connects: what it can do, and how to reach it."""
        self._platforms[name] = PlatformLink(capabilities, deliver)

    def capabilities(self, platform: str) -> Capabilities:
        link = self._platforms.get(platform)
        return link.capabilities if link else FULL

    def platforms(self) -> list[str]:
        return list(self._platforms)

    async def deliver(
        self, platform: str, community: str, actions: Sequence[Action]
    ) -> list[Outcome]:
        """Send proactive actions (not answers to an event) through a connected platform."""
        link = self._platforms.get(platform)
        if link is None or link.deliver is None:
            log.warning("no delivery for platform %s; %d action(s) dropped", platform, len(actions))
            return [Outcome(a, ok=False, reason="not_connected") for a in actions]
        # A job or handler in a worker thread delivers through the adapter's own loop.
        return await self.dispatcher.on_main_loop(link.deliver(community, actions))

    def commands(self, role: Role = Role.ORGANIZER) -> list[CommandSpec]:
        """Command specs for adapters to register natively (typed options, subcommands)."""
        return [spec for spec in self.router.commands.values() if spec.visible_to(role)]

    # -- events --------------------------------------------------------------------------

    async def handle(self, event: Event) -> list[Action]:
        """Route one event; always returns (never raises for a person's mistake).

        The work runs in a worker thread (:mod:`bot.dispatch`): the caller's event loop stays
        free to acknowledge other events. A member's events run in order; messages (which may
        be a crisis) start before waiting commands."""
        actor = event.actor
        key = (actor.platform, actor.community_id, actor.user_id)
        priority = ASSESS if isinstance(getattr(event, "text", None), str) else INTERACT
        return await self.dispatcher.handle(key, priority, lambda: self._handle(event))

    async def _handle(self, event: Event) -> list[Action]:
        started = time.perf_counter()
        event = scrub(event)  # lone surrogates (JSON "\ud800", stray bytes) can't be stored
        kind = type(event).__name__
        try:
            with self.db.session() as session:
                ctx = self._context(session, event)
                actions = await self._route(ctx)
        except UserError as exc:
            return [Reply(message=Message(text=str(exc)), ephemeral=True)]
        except Exception:
            # Never log the event itself: it may hold message text about a child's health.
            log.exception("handler failed for %s on %s", kind, event.platform)
            return [Reply(message=Message(text=SORRY), ephemeral=True)]
        log.debug(
            "%s on %s handled in %.1f ms",
            kind,
            event.platform,
            (time.perf_counter() - started) * 1000,
        )
        return actions

    async def report_outcome(self, platform: str, community: str, outcome: Outcome) -> list[Action]:
        """An adapter tells the core an action failed; features may record it (a case that
        could not be hidden), and organizers hear about missing permissions. Features write to
        the database here, so it runs in a worker too."""
        return await self.dispatcher.handle(
            None, INTERACT, lambda: self._report_outcome(platform, community, outcome)
        )

    async def _report_outcome(
        self, platform: str, community: str, outcome: Outcome
    ) -> list[Action]:
        actions: list[Action] = []
        for handler in self.router.outcome_handlers:
            actions.extend(_as_list(await handler(platform, community, outcome)))
        # A missing channel or role is the organizers' to create; a message that is already
        # gone (deleted by its author before it could be hidden) is nobody's problem.
        missing_setup = outcome.reason == "not_found" and isinstance(
            outcome.action, (Post, AssignRole)
        )
        if not outcome.ok and (outcome.reason in ORGANIZER_REASONS or missing_setup):
            log.warning(
                "%s could not %s: %s", platform, type(outcome.action).__name__, outcome.reason
            )
            if not isinstance(outcome.action, AlertOrganizers):
                actions.append(
                    AlertOrganizers(
                        message=Message(
                            title="Hearth needs a hand",
                            text=f"I could not {_describe_action(outcome.action)}: "
                            f"{outcome.detail}",
                        )
                    )
                )
        return actions

    async def autocomplete(
        self, actor: Actor, place: Any, command: str, option: str, partial: str
    ) -> list[str]:
        spec = self.router.find(command)
        fn = spec.autocompleters.get(option) if spec else None
        if fn is None:
            return []
        event = CommandInvoked(actor=actor, place=place, name=command, args=partial)

        async def complete() -> list[str]:
            with self.db.session() as session:
                ctx = self._context(session, event)
                return (await fn(ctx, partial))[:25]

        return await self.dispatcher.handle(None, INTERACT, complete)

    def community_record(self, session: Session, actor: Actor) -> Community:
        """The actor's community, created on first sight, race-free (:mod:`bot.storage.upsert`);
        it holds nothing about a person."""
        return upsert.community(
            session, actor.platform, actor.community_id, self.config.community.name
        )

    @staticmethod
    def stored_member(session: Session, community: Community, actor: Actor) -> Member | None:
        """The actor's member row if Hearth already holds one. Never writes."""
        return session.exec(
            select(Member).where(
                Member.community_id == community.id, Member.external_id == actor.user_id
            )
        ).first()

    def member_record(self, session: Session, actor: Actor) -> tuple[Community, Member]:
        """The one place a member row is created (race-free) or refreshed from the platform.
        Handlers reach it through ``ctx.member`` only when they store something about the
        person."""
        community = self.community_record(session, actor)
        member = upsert.member(
            session,
            community,
            actor.user_id,
            display_name=actor.display_name[:100],
            timezone=actor.timezone,
            created_at=self.clock.now(),
            updated_at=self.clock.now(),
        )
        changed = False  # a new member already has what the platform says
        if actor.display_name and member.display_name != actor.display_name[:100]:
            member.display_name, changed = actor.display_name[:100], True
        if actor.timezone and member.timezone is None:
            # the platform's zone fills a gap; a zone the member chose is never overridden
            member.timezone, changed = actor.timezone, True
        if changed:
            member.updated_at = self.clock.now()
        return community, member

    def _context(self, session: Session, event: Event) -> Context:
        """A context that has created no member: ``ctx.member`` does that on first use, so a
        person who only reads (/help, /resources, /mydata) leaves nothing behind."""
        community = self.community_record(session, event.actor)
        known = self.stored_member(session, community, event.actor)
        role = max(event.actor.role, Role(known.role)) if known else event.actor.role
        return Context(self, event, session, community, role, known)

    async def _route(self, ctx: Context) -> list[Action]:
        event = ctx.event
        if isinstance(event, CommandInvoked):
            return await self._command(ctx, event)
        if isinstance(event, ComponentPressed):
            return await self._prefixed(ctx, self.router.components, event.action_id)
        if isinstance(event, FormSubmitted):
            return await self._prefixed(ctx, self.router.forms, event.form_id)
        handlers = (
            self.router.message_handlers
            if isinstance(event, MessagePosted)
            else self.router.join_handlers
            if isinstance(event, MemberJoined)
            else []
        )
        actions: list[Action] = []
        for handler in handlers:
            try:
                actions.extend(_as_list(await handler(ctx)))
            except Exception:
                # One feature's failure must not take the others' actions with it: a crisis
                # found by moderation still gets its care message and alert (the crisis case
                # is committed on its own). Never log the event: it holds message text.
                log.exception("%s handler failed on %s", type(event).__name__, event.platform)
                ctx.session.rollback()
        return actions

    async def _command(self, ctx: Context, event: CommandInvoked) -> list[Action]:
        words = event.name.lower().lstrip("/").split()
        args = event.args
        spec = self.router.commands.get(words[0]) if words else None
        if spec is None:
            return [unknown_command(words[0] if words else "", self.commands(ctx.role), ctx.role)]
        full = spec.name
        if spec.subcommands:
            sub = words[1] if len(words) > 1 else None
            if sub is None:
                sub, _, args = args.strip().partition(" ")
                sub = sub.lower()
            if sub not in spec.subcommands:
                return [
                    command_help(
                        spec, ctx.role, problem=f"unknown /{spec.name} {sub}" if sub else None
                    )
                ]
            spec = spec.subcommands[sub]
            full = f"{full} {sub}"
        if ctx.role < spec.role:
            return [
                ctx.reply(f"/{full} is for {spec.role.label}s. Try /help to see what you can use.")
            ]
        try:
            ctx.options = (
                check_typed(spec, event.options)
                if event.options
                else parse_options(spec, args, full)
            )
        except ValueError as exc:
            return [command_help(spec, ctx.role, problem=str(exc), full=full)]
        ctx.command = full
        assert spec.handler is not None
        return _as_list(await spec.handler(ctx))

    async def _prefixed(self, ctx: Context, table: dict[str, Any], action_id: str) -> list[Action]:
        prefix = action_id.split(":", 1)[0]
        entry = table.get(prefix)
        if entry is None:
            log.warning("no handler for action id prefix %r", prefix)
            return [ctx.reply("That button is no longer in use.")]
        handler, role = entry
        if ctx.role < role:
            return [ctx.reply(f"Only {role.label}s can use that.")]
        return _as_list(await handler(ctx))

    def _register_builtins(self) -> None:
        router = self.router.for_feature("core")

        async def help_command(ctx: Context) -> Result:
            topic = ctx.options.get("command", "").lstrip("/").strip()
            if topic:
                spec = self.router.find(topic)
                if spec is None or not spec.visible_to(ctx.role):
                    return unknown_command(topic, self.commands(ctx.role), ctx.role)
                return command_help(spec, ctx.role, full=topic)
            return general_help(self.commands(ctx.role), ctx.role, self.config.community.name)

        router.command(
            "help",
            "What Hearth can do for you, or how to use one command",
            options=(HELP_OPTION,),
        )(help_command)


def _describe_action(action: Action) -> str:
    if isinstance(action, HideMessage):
        return "hide a message"
    if isinstance(action, TimeOut):
        return "time a member out"
    if isinstance(action, AssignRole):
        return f"give the role {action.role}"
    if isinstance(action, DirectMessage):
        return "send a direct message"
    if isinstance(action, Post):
        return f"post in {action.channel}"
    return type(action).__name__
