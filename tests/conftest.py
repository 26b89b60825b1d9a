"""Shared fixtures. The database is SQLite unless HEARTH_TEST_DATABASE_URL names another
(CI runs the whole suite a second time against the real PostgreSQL server)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config, parse_config
from bot.storage.database import Database
from bot.storage.registry import metadata
from tests.support.recording import RecordingAdapter

PG_URL = os.environ.get("HEARTH_TEST_DATABASE_URL")


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Migrate once per session: a SQLite file copied per test, or the PostgreSQL schema."""
    if PG_URL:
        database = Database(PG_URL)
        with database.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        database.upgrade()
        database.dispose()
        return PG_URL
    path = tmp_path_factory.mktemp("template") / "template.db"
    database = Database(f"sqlite:///{path}")
    database.upgrade()
    database.dispose()
    return str(path)


@pytest.fixture
def database(_template_db: str, tmp_path: Path) -> Iterator[Database]:
    if PG_URL:
        database = Database(PG_URL)
        tables = [t.name for t in reversed(metadata().sorted_tables)]
        with database.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
    else:
        path = tmp_path / "hearth.db"
        shutil.copy(_template_db, path)
        database = Database(f"sqlite:///{path}")
    yield database
    database.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def config(tmp_path: Path) -> Config:
    config = parse_config({}, platform_models={})
    config.base_dir = tmp_path
    return config


@pytest.fixture
def hearth(config: Config, database: Database, clock: FakeClock) -> Hearth:
    return Hearth(config, database, clock=clock)


@pytest.fixture
def recorder(hearth: Hearth) -> RecordingAdapter:
    return RecordingAdapter(hearth)
