"""Alembic environment: runs on the connection Hearth hands it (see Database.upgrade)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from bot.storage.registry import metadata

config = context.config
target_metadata = metadata()

#: Tables in the database that Alembic does not own (autogenerate must not drop them).
#: ``apscheduler_jobs`` is created by APScheduler's SQLAlchemy job store (bot/scheduling).
EXTERNAL_TABLES = frozenset({"apscheduler_jobs"})


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (type_ == "table" and name in EXTERNAL_TABLES)


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        context.configure(
            connection=conn,
            target_metadata=target_metadata,
            render_as_batch=conn.dialect.name == "sqlite",
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()


run()
