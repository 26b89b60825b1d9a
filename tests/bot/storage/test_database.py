"""Schema management: new databases are created, old ones refuse to run with the fix named."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from bot.errors import SchemaOutOfDate
from bot.storage.database import Database


def test_new_database_is_created_at_head(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'new.db'}")
    database.ensure_schema()
    assert database.current_revisions() == database.head_revisions()
    database.ensure_schema()  # idempotent


def test_out_of_date_schema_names_the_command(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'old.db'}")
    database.upgrade("0001_core")
    if database.head_revisions() == {"0001_core"}:
        with database.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = 'f00'"))
        with pytest.raises(SchemaOutOfDate, match="newer schema"):
            database.ensure_schema()
        return
    with pytest.raises(SchemaOutOfDate, match=r"Run: hearthbot db upgrade --config x\.toml"):
        database.ensure_schema(config_hint=" --config x.toml")
    database.upgrade()
    database.ensure_schema()


def test_foreign_database_refused(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'other.db'}")
    with database.engine.begin() as conn:
        conn.execute(text("CREATE TABLE orders (id INTEGER)"))
    with pytest.raises(SchemaOutOfDate, match="no Hearth schema version"):
        database.ensure_schema()


def test_password_masked(tmp_path: Path) -> None:
    database = Database("postgresql+psycopg://hearth:s3cret@127.0.0.1:1/x")
    assert "s3cret" not in database.safe_url


def test_session_rolls_back_on_error(database: Database) -> None:
    from sqlmodel import select

    from bot.storage.models import Community

    with pytest.raises(RuntimeError), database.session() as session:
        session.add(Community(platform="test", external_id="x"))
        session.flush()
        raise RuntimeError
    with database.session() as session:
        assert session.exec(select(Community)).all() == []


def test_single_head_and_models_match_migrations(tmp_path: Path) -> None:
    """One line of history, and the migrated schema is exactly what the models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from bot.storage.registry import metadata

    database = Database(f"sqlite:///{tmp_path / 'full.db'}")
    assert len(database.head_revisions()) == 1
    database.upgrade()
    with database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": lambda obj, name, kind, *_: name != "apscheduler_jobs"}
        )
        diff = compare_metadata(context, metadata())
    assert diff == []
