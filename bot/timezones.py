"""Time zones people type, checked once for every caller (onboarding answers, ``/checkin
timezone``, ``/checkin on``, schedules, the config): IANA names loaded with :mod:`zoneinfo`,
friendly spellings ("London", "pst") normalised, close matches suggested.

:func:`load` is the one check: it never raises, whatever the text (a directory such as
``America``, 10 KB of text, a NUL byte, a path); it returns ``None`` for anything that is not
a loadable zone. :func:`resolve` turns a person's text into a canonical name or a
:class:`UserError` with suggestions.
"""

from __future__ import annotations

import difflib
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from bot.errors import UserError

#: Longer than any IANA zone name (the longest is about 30 characters).
MAX_LENGTH = 64

#: Common words people type instead of a zone name.
ALIASES = {
    "utc": "UTC",
    "gmt": "Europe/London",
    "uk": "Europe/London",
    "bst": "Europe/London",
    "ireland": "Europe/Dublin",
    "est": "America/New_York",
    "edt": "America/New_York",
    "eastern": "America/New_York",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "central": "America/Chicago",
    "mst": "America/Denver",
    "mountain": "America/Denver",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "aest": "Australia/Sydney",
    "nzst": "Pacific/Auckland",
}


def load(name: str) -> ZoneInfo | None:
    """The zone called exactly ``name``, or None when it is not a loadable IANA zone."""
    if not name or len(name) > MAX_LENGTH or not name.isprintable():
        return None
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError, OSError):  # not found, not a key, a directory, too long
        return None


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    """Lower-case lookup key -> canonical name, for full names and their last part."""
    zones: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if name.startswith(("Etc/", "SystemV/")) or ("/" not in name and name != "UTC"):
            continue
        zones[name.lower()] = name
        city = name.rsplit("/", 1)[-1].lower()
        zones.setdefault(city, name)
        zones.setdefault(city.replace("_", " "), name)
    return zones


def normalise(text: str) -> str | None:
    """The canonical zone name for ``text`` ("europe/london", "London", "pst"), or None."""
    if len(text) > MAX_LENGTH * 2:
        return None
    key = " ".join(text.strip().split()).lower()
    if not key:
        return None
    name = ALIASES.get(key) or _zones().get(key) or _zones().get(key.replace(" ", "_"))
    if name is None and load(text.strip()) is not None:
        name = text.strip()  # a valid zone outside the friendly table (Etc/GMT+5)
    if name is None or load(name) is None:
        return None
    return name


def suggest(text: str, limit: int = 3) -> list[str]:
    """Close matches for a mistyped zone ("Europe/Londn" -> Europe/London)."""
    key = " ".join(text.strip().split()).lower()
    if not key or len(key) > MAX_LENGTH:
        return []
    zones = _zones()
    found: dict[str, None] = {}
    for match in difflib.get_close_matches(key, list(zones), n=limit * 2, cutoff=0.6):
        found.setdefault(zones[match], None)
    return list(found)[:limit]


def resolve(text: str) -> str:
    """The canonical zone name for what a person typed; a UserError with suggestions if none."""
    name = normalise(text)
    if name is not None:
        return name
    shown = text.strip() if len(text.strip()) <= 40 else text.strip()[:40] + "…"
    close = suggest(text)
    hint = f" Did you mean {' or '.join(close)}?" if close else ""
    raise UserError(
        f"“{shown}” is not a time zone I know: use an IANA name such as America/Chicago or "
        f"Europe/London, or a city such as London.{hint}"
    )
