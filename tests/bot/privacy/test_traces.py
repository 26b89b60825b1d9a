"""The trace finder itself: it must see every table, every column, and bytes too."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, Integer, LargeBinary, MetaData, Table

from bot.storage.database import Database
from bot.storage.models import Community, Member
from tests.support.traces import assert_no_trace, assert_trace, dump, find_traces

_META = MetaData()
BLOBS = Table(
    "test_blob",
    _META,
    Column("id", Integer, primary_key=True),
    Column("state", LargeBinary, nullable=False),
)


def test_finds_a_name_in_the_member_table_and_says_where(database: Database) -> None:
    with database.session() as session:
        community = Community(platform="test", external_id="c1")
        session.add(community)
        session.flush()
        session.add(Member(community_id=community.id, external_id="u-77", display_name="Oriel"))
        session.commit()
    assert_trace(database, "oriel")  # case-insensitive
    found = find_traces(database, ["u-77", "Oriel", "nobody-here"])
    assert {(t.table, t.column, t.needle) for t in found} == {
        ("member", "external_id", "u-77"),
        ("member", "display_name", "Oriel"),
    }
    with pytest.raises(AssertionError, match=r"member\.display_name holds 'Oriel'"):
        assert_no_trace(database, "Oriel")
    assert_no_trace(database, "nobody-here")


def test_searches_tables_it_was_never_told_about_including_bytes(database: Database) -> None:
    BLOBS.create(database.engine, checkfirst=True)
    with database.engine.begin() as conn:
        conn.execute(BLOBS.insert().values(state=b"\x80\x04pickled\x94Oriel\xff"))
    assert "test_blob" in dump(database)
    assert [(t.table, t.column) for t in find_traces(database, ["oriel"])] == [
        ("test_blob", "state")
    ]
    BLOBS.drop(database.engine)


def test_refuses_no_needles(database: Database) -> None:
    with pytest.raises(ValueError):
        find_traces(database, ["", ""])
