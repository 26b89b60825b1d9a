"""Durations people type: ``3d`` (days), ``12h`` (hours), ``2w`` (weeks), from an hour to a
year. One parser for every command that takes a pause or snooze length; a bad value raises
:class:`UserError` saying how to write one, so the person gets a specific private answer.
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot.errors import UserError

DURATION = re.compile(r"([0-9]{1,4})\s*([dhw])", re.ASCII)
UNITS = {"d": timedelta(days=1), "h": timedelta(hours=1), "w": timedelta(weeks=1)}
LONGEST = timedelta(days=365)


def parse_duration(text: str, default: timedelta | None = None) -> timedelta:
    """``text`` as a timedelta; ``default`` when it is blank (if given)."""
    text = (text or "").strip().lower()
    if not text and default is not None:
        return default
    match = DURATION.fullmatch(text)
    if not match:
        shown = text if len(text) <= 40 else text[:40] + "…"
        raise UserError(f"“{shown}” is not a duration: write 3d (days), 12h (hours) or 2w (weeks).")
    span = int(match[1]) * UNITS[match[2]]
    if not timedelta(hours=1) <= span <= LONGEST:
        raise UserError("Pick a duration between 1 hour and a year.")
    return span
