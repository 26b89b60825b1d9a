"""The platform registry: platforms are plugins found through Python entry points.

A platform package (``adapters.discord``, ``adapters.slack``, ``adapters.console``...) exposes
an object satisfying :class:`Platform` under the entry-point group ``hearthbot.platforms``.
The core never imports a platform package by name, so adding a platform needs no core change.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import cache
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from pydantic import BaseModel

if TYPE_CHECKING:
    import click

    from bot.app import Hearth
    from bot.config import Config

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "hearthbot.platforms"


@runtime_checkable
class Platform(Protocol):
    name: str
    description: str
    #: Model of the platform's ``[name]`` config section, or None when it has none.
    config_model: type[BaseModel] | None
    #: Extra CLI commands (``hearthbot discord sync``...), or None.
    cli: click.Group | None

    def credentials_present(self, environ: Mapping[str, str]) -> bool:
        """True when the environment holds what this platform needs to connect."""
        ...

    async def run(self, hearth: Hearth, config: Config) -> None:
        """Connect and serve until cancelled or, for the console, until end of input."""
        ...


@cache
def available() -> dict[str, Platform]:
    """All installed platforms, by name."""
    found: dict[str, Platform] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            plugin: Any = ep.load()
        except Exception as exc:  # a broken plugin must not take the others down
            log.warning("platform %s failed to load: %s", ep.name, exc)
            continue
        found[ep.name] = plugin
    return found


def get(name: str) -> Platform:
    platforms = available()
    if name not in platforms:
        known = ", ".join(sorted(platforms)) or "none installed"
        raise KeyError(f"unknown platform {name!r}; installed: {known}")
    return platforms[name]


def platform_config_models() -> dict[str, type[BaseModel] | None]:
    return {name: p.config_model for name, p in available().items()}
