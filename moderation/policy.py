"""Turn per-category scores into raised categories and one action, following the settings."""

from __future__ import annotations

from .settings import ModerationSettings
from .types import ACTION_SEVERITY, Action, Category, MessageContext


def decide(
    scores: dict[str, float], settings: ModerationSettings, context: MessageContext | None
) -> tuple[tuple[str, ...], str, list[str]]:
    """Return (raised categories, action, notes about bypassed categories).

    A bypass role (moderator, organizer) is never flagged for anything but crisis. A crisis
    always yields ``review``: the bot's care path handles it, whatever else was raised.
    """
    channel = context.channel if context else ""
    bypass = bool(context and context.author_role in settings.bypass_roles)
    raised: list[str] = []
    notes: list[str] = []
    action = Action.ALLOW
    for category, score in scores.items():
        policy = settings.policy_for(category, channel)
        if score < policy.threshold or policy.action == Action.ALLOW:
            continue
        if bypass and category != Category.CRISIS.value:
            notes.append(category)
            continue
        raised.append(category)
        if ACTION_SEVERITY[policy.action] > ACTION_SEVERITY[action]:
            action = policy.action
    if Category.CRISIS.value in raised:
        action = Action.REVIEW
    return tuple(raised), action.value, notes
