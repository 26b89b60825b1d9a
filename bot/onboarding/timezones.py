"""Time zone answers: IANA names checked with :mod:`zoneinfo`, close matches suggested."""

from __future__ import annotations

import difflib
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

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
    key = " ".join(text.strip().split()).lower()
    if not key:
        return None
    name = ALIASES.get(key) or _zones().get(key) or _zones().get(key.replace(" ", "_"))
    if name is None:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def suggest(text: str, limit: int = 3) -> list[str]:
    """Close matches for a mistyped zone ("Europe/Londn" -> Europe/London)."""
    key = " ".join(text.strip().split()).lower()
    if not key:
        return []
    zones = _zones()
    found: dict[str, None] = {}
    for match in difflib.get_close_matches(key, list(zones), n=limit * 2, cutoff=0.6):
        found.setdefault(zones[match], None)
    return list(found)[:limit]
