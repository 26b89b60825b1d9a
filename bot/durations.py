"""Durations people type, read one way everywhere: ``30m``, ``2h``, ``3d``, ``1w``, combined
``1d 12h`` or ``1d12h`` (units may be spelled out: ``2 hours``, ``3 days``).

:func:`parse_duration` never raises anything but :class:`DurationError` (a
:class:`~bot.errors.UserError`, so the person gets its specific private answer): for an empty
text, a negative or zero duration, a number that is not plain ASCII digits, a text that is not a
duration, and anything longer than the caller's ``maximum`` (which also keeps every value far
from ``timedelta``'s overflow). A bare number is refused unless the caller names its unit.
:func:`describe` says a duration in words; :func:`parse_pause` is check-ins' pause and snooze
length (blank means the default, at least an hour).
"""

from __future__ import annotations

import re
from datetime import timedelta

from bot.errors import UserError

#: Unit spellings -> timedelta keyword.
UNITS: dict[str, str] = {
    "m": "minutes",
    "min": "minutes",
    "mins": "minutes",
    "minute": "minutes",
    "minutes": "minutes",
    "h": "hours",
    "hr": "hours",
    "hrs": "hours",
    "hour": "hours",
    "hours": "hours",
    "d": "days",
    "day": "days",
    "days": "days",
    "w": "weeks",
    "wk": "weeks",
    "week": "weeks",
    "weeks": "weeks",
}
#: The longest text read at all (each number has at most 12 digits).
MAX_TEXT = 40
_PART = re.compile(r"\s*([0-9]{1,12})\s*([a-z]+)\s*", re.ASCII)
_BARE = re.compile(r"[0-9]{1,12}", re.ASCII)
EXAMPLES = "30m, 2h, 1d, 2w or 1d 12h"


class DurationError(UserError):
    """The text is not a duration Hearth can use; the message says why and what works."""


def _shown(text: str) -> str:
    return text if len(text) <= 20 else text[:19] + "…"


def _parts(text: str) -> list[tuple[int, str]]:
    parts: list[tuple[int, str]] = []
    position = 0
    while position < len(text):
        match = _PART.match(text, position)
        if match is None or match.group(2) not in UNITS:
            raise DurationError(f"I couldn't read “{_shown(text)}” as a duration: try {EXAMPLES}.")
        parts.append((int(match.group(1)), UNITS[match.group(2)]))
        position = match.end()
    return parts


def parse_duration(text: str, *, maximum: timedelta, bare_unit: str | None = None) -> timedelta:
    """``text`` as a duration between zero (exclusive) and ``maximum`` (inclusive).

    ``bare_unit`` (``"days"``, ``"hours"``...) is the unit of a number given without one; when
    None a bare number is refused with the units to add."""
    cleaned = (text or "").strip().lower()
    if not cleaned:
        raise DurationError(f"Give a duration, for example {EXAMPLES}.")
    if len(cleaned) > MAX_TEXT:
        raise DurationError(f"That is too long for a duration: try {EXAMPLES}.")
    if cleaned.startswith(("-", "−")):
        raise DurationError(f"A duration can't be negative: try {EXAMPLES}.")
    if _BARE.fullmatch(cleaned):
        if bare_unit is None:
            raise DurationError(f"“{cleaned}” what? Add a unit: {EXAMPLES}.")
        parts = [(int(cleaned), bare_unit)]
    else:
        parts = _parts(cleaned)
    too_long = DurationError(f"That's longer than {describe(maximum)}, the most allowed here.")
    try:
        total = sum((timedelta(**{unit: n}) for n, unit in parts), timedelta())
    except OverflowError:
        raise too_long from None
    if total <= timedelta(0):
        raise DurationError("A duration must be longer than zero.")
    if total > maximum:
        raise too_long
    return total


def describe(duration: timedelta) -> str:
    """``1 day 2 hours``, ``30 minutes``; ``a moment`` under a minute."""
    days, seconds = duration.days, duration.seconds
    hours, minutes = seconds // 3600, (seconds % 3600) // 60
    parts = []
    if days:
        parts.append(f"{days} day{'s' if days != 1 else ''}")
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if minutes:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    return " ".join(parts) or "a moment"


def parse_pause(text: str, default: timedelta | None = None) -> timedelta:
    """A pause or snooze length (check-ins): blank gives ``default`` when there is one, else
    from an hour to a year, read by :func:`parse_duration`."""
    if not (text or "").strip() and default is not None:
        return default
    span = parse_duration(text, maximum=timedelta(days=365))
    if span < timedelta(hours=1):
        raise DurationError("Pick a duration of at least an hour: try 12h, 3d or 2w.")
    return span
