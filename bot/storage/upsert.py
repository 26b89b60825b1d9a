"""Race-free get-or-create of a community and a member: ``INSERT ... ON CONFLICT DO NOTHING``.

Two processes (or two worker threads) seeing a new member at the same moment both used to
check, find nothing and insert; the second failed with ``UNIQUE constraint failed: community``.
Here the row is looked up first (a read: on SQLite no write lock is taken for the common case,
a member already known), and only when it is missing inserted with ``ON CONFLICT DO NOTHING``
(PostgreSQL and SQLite alike) and read again: whoever inserted first wins, and everyone gets
the same row. Nothing here commits; the caller's unit of work does.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, SQLModel, select

from bot.storage.models import Community, Member


def _insert_ignoring_conflict(session: Session, row: SQLModel, keys: list[str]) -> None:
    """Insert ``row`` (its model's defaults filled in) unless its unique ``keys`` exist."""
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    values = row.model_dump(exclude={"id"})
    session.execute(
        module.insert(type(row)).values(**values).on_conflict_do_nothing(index_elements=keys)
    )


def community(session: Session, platform: str, external_id: str, name: str) -> Community:
    """The community (platform, external id), created with ``name`` if it is new."""
    query = select(Community).where(
        Community.platform == platform, Community.external_id == external_id
    )
    found = session.exec(query).first()
    if found is None:
        row = Community(platform=platform, external_id=external_id, name=name)
        _insert_ignoring_conflict(session, row, ["platform", "external_id"])
        found = session.exec(query).one()
    return found


def member(session: Session, community: Community, external_id: str, **values: Any) -> Member:
    """The member ``external_id`` of ``community``, created with ``values`` if new."""
    community_id = community.id
    assert community_id is not None, "a stored community"
    query = select(Member).where(
        Member.community_id == community_id, Member.external_id == external_id
    )
    found = session.exec(query).first()
    if found is None:
        row = Member(community_id=community_id, external_id=external_id, **values)
        _insert_ignoring_conflict(session, row, ["community_id", "external_id"])
        found = session.exec(query).one()
    return found
