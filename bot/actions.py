"""Neutral outbound actions: what the core asks an adapter to do.

Each adapter carries these out with its platform's native means and reports failures back
through :meth:`bot.app.Hearth.report_outcome`, so the core can record and tell people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from bot.messages import Form, Message


@dataclass(frozen=True, slots=True, kw_only=True)
class Action:
    pass


@dataclass(frozen=True, slots=True, kw_only=True)
class Reply(Action):
    """Answer the event that triggered this action, in the same place."""

    message: Message
    ephemeral: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Post(Action):
    """Post in a channel (by platform id, or by configured name such as ``general``)."""

    channel: str
    message: Message


@dataclass(frozen=True, slots=True, kw_only=True)
class DirectMessage(Action):
    """Private message. If the member's DMs are closed the adapter falls back to an ephemeral
    notice in ``fallback_channel`` (when known) and reports the failure."""

    user_id: str
    message: Message
    fallback_channel: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class OpenForm(Action):
    form: Form


@dataclass(frozen=True, slots=True, kw_only=True)
class UpdateMessage(Action):
    """Edit a message the bot sent earlier (for example an alert after a decision)."""

    channel: str
    message_id: str
    message: Message


@dataclass(frozen=True, slots=True, kw_only=True)
class HideMessage(Action):
    channel: str
    message_id: str
    reason: str
    case_ref: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeOut(Action):
    user_id: str
    duration: timedelta
    reason: str
    case_ref: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class AssignRole(Action):
    user_id: str
    role: str
    remove: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class AlertModerators(Action):
    """Post to the community's moderators' channel."""

    message: Message
    urgent: bool = False
    case_ref: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class AlertOrganizers(Action):
    """Operational problems (a missing permission, a revoked token) for the organizers."""

    message: Message


#: The actions that carry a :class:`Message` (as ``message``), for adapters that adjust it.
WITH_MESSAGE = (Reply, Post, DirectMessage, UpdateMessage, AlertModerators, AlertOrganizers)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an adapter reports after carrying out an action that did not simply succeed.

    ``reason`` is a short machine word (``forbidden``, ``dms_closed``, ``not_supported``,
    ``not_found``, ``rate_limited``, ``error``); ``detail`` is a human sentence such as the exact
    permission to grant. Never message text.

    An adapter also reports an ``ok`` outcome for an :class:`AlertModerators` it posted, with
    ``platform_ref`` = ``"CHANNEL:MESSAGE"`` (the ids an :class:`UpdateMessage` needs), so the
    core can edit that alert later (anonymise it when a member is forgotten).
    """

    action: Action
    ok: bool
    reason: str = ""
    detail: str = ""
    platform_ref: str | None = None
