"""Build a ready Hearth from a config: database checked, features loaded."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from bot.app import Hearth
from bot.clock import Clock
from bot.config import Config
from bot.storage.database import Database


def database_url(config: Config) -> str:
    """``database.url`` with a relative SQLite path resolved against the config's folder."""
    url = make_url(config.database.url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        path = Path(url.database)
        if not path.is_absolute():
            return str(url.set(database=str(config.resolve(url.database))))
    return config.database.url


def build(
    config: Config,
    *,
    clock: Clock | None = None,
    config_path: str | None = None,
    features: list[str] | None = None,
) -> Hearth:
    database = Database(database_url(config))
    hint = f" --config {config_path}" if config_path else ""
    database.ensure_schema(config_hint=hint)
    return Hearth(config, database, clock=clock, features=features)
