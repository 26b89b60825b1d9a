"""Discord API failures as neutral outcomes, naming what an organizer has to change."""

from __future__ import annotations

import discord

from adapters.discord.permissions import PERMISSION_FOR
from bot.actions import Action, Outcome

# Discord JSON error codes (https://discord.com/developers/docs/topics/opcodes-and-status-codes)
MISSING_ACCESS = 50001
CANNOT_DM = 50007
MISSING_PERMISSIONS = 50013
UNKNOWN_CHANNEL = 10003
UNKNOWN_MESSAGE = 10008
UNKNOWN_MEMBER = 10007
UNKNOWN_ROLE = 10011


def outcome_for(action: Action, exc: discord.HTTPException, where: str = "") -> Outcome:
    kind = type(action).__name__
    place = f" ({where})" if where else ""
    if exc.code == CANNOT_DM:
        return Outcome(
            action,
            ok=False,
            reason="dms_closed",
            detail="the member does not accept direct messages from server members",
        )
    if exc.status == 403 or exc.code in (MISSING_PERMISSIONS, MISSING_ACCESS):
        needed = PERMISSION_FOR.get(
            kind, "the permissions listed by `hearthbot discord invite-url`"
        )
        return Outcome(
            action,
            ok=False,
            reason="forbidden",
            detail=f"Discord refused (missing permissions{place}). Grant Hearth: {needed}.",
        )
    if exc.status == 404 or exc.code in (UNKNOWN_CHANNEL, UNKNOWN_MESSAGE, UNKNOWN_MEMBER):
        return Outcome(action, ok=False, reason="not_found", detail=f"not found on Discord{place}")
    if exc.status == 429:
        return Outcome(action, ok=False, reason="rate_limited", detail="Discord rate limit")
    return Outcome(
        action, ok=False, reason="error", detail=f"Discord error {exc.status} (code {exc.code})"
    )
