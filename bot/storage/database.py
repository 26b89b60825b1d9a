"""The database: one engine from ``database.url``, sessions, and schema checks.

SQLite (the embedded default) and PostgreSQL run the same code. The schema is owned by Alembic:
a brand-new database is created at the current schema; an existing one that is behind refuses
to start with the command that fixes it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlmodel import Session

from bot.errors import SchemaOutOfDate

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # hide_parameters: a failed statement's message never carries what a person typed.
    return create_engine(
        url, pool_pre_ping=True, pool_size=5, max_overflow=10, hide_parameters=True
    )


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)

    @property
    def safe_url(self) -> str:
        """The URL with any password masked, for logs and messages."""
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    # -- schema -------------------------------------------------------------------------

    def _alembic_config(self) -> AlembicConfig:
        cfg = AlembicConfig()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        return cfg

    def head_revisions(self) -> set[str]:
        return set(ScriptDirectory.from_config(self._alembic_config()).get_heads())

    def current_revisions(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(MigrationContext.configure(conn).get_current_heads())

    def is_empty(self) -> bool:
        return not inspect(self.engine).get_table_names()

    def upgrade(self, revision: str = "heads") -> None:
        cfg = self._alembic_config()
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)

    def ensure_schema(self, *, config_hint: str = "") -> None:
        """Create a brand-new database; refuse an out-of-date one with the fix spelled out."""
        if self.is_empty():
            log.info("new database at %s: creating the schema", self.safe_url)
            self.upgrade()
            return
        current, heads = self.current_revisions(), self.head_revisions()
        if current == heads:
            return
        fix = f"hearthbot db upgrade{config_hint}"
        if not current:
            raise SchemaOutOfDate(
                f"the database at {self.safe_url} has tables but no Hearth schema version. "
                "Point database.url at an empty database or at Hearth's own."
            )
        unknown = current - set(self._all_revisions())
        if unknown:
            raise SchemaOutOfDate(
                f"the database at {self.safe_url} is at a newer schema "
                f"({', '.join(sorted(unknown))})"
                " than this version of Hearth knows; upgrade Hearth."
            )
        raise SchemaOutOfDate(
            f"the database at {self.safe_url} is at schema {', '.join(sorted(current))}; this "
            f"version of Hearth needs {', '.join(sorted(heads))}. Run: {fix}"
        )

    def _all_revisions(self) -> list[str]:
        script = ScriptDirectory.from_config(self._alembic_config())
        return [rev.revision for rev in script.walk_revisions()]

    def dispose(self) -> None:
        self.engine.dispose()
