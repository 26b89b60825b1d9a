"""Text that can be stored and sent: lone surrogates (from bytes that were not UTF-8, or a
JSON ``"\\ud800"`` escape) and NUL characters (PostgreSQL text cannot hold them) become U+FFFD,
so no database or platform library fails on what a person typed. :func:`scrub` applies it to
every text field of an event (``Hearth.handle`` does, first); it never raises and returns the
event itself when nothing needed changing (the usual case).
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar, cast

from bot.events import Event

E = TypeVar("E", bound=Event)


def clean_text(text: str) -> str:
    """``text`` with every lone surrogate and NUL replaced by U+FFFD (bytes that were escaped
    by ``surrogateescape`` become one U+FFFD each)."""
    if "\x00" not in text:
        try:
            text.encode("utf-8")
            return text
        except UnicodeEncodeError:
            pass
    return "".join(
        "\ufffd" if char == "\x00" or 0xD800 <= ord(char) <= 0xDFFF else char for char in text
    )


def _clean(value: object) -> object:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(_clean(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _replace(value)  # the actor and the place
    return value


def _replace(obj: Any) -> Any:
    changes = {}
    for item in dataclasses.fields(obj):
        value = getattr(obj, item.name)
        cleaned = _clean(value)
        if cleaned is not value and cleaned != value:
            changes[item.name] = cleaned
    return dataclasses.replace(obj, **changes) if changes else obj


def scrub(event: E) -> E:
    """``event`` with lone surrogates replaced in every text field (actor and place too)."""
    return cast(E, _replace(event))
