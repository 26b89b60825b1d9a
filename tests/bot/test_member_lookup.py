"""The shared member lookup: mentions and ids first, names as literals, bounded input."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlmodel import Session

from bot.errors import UserError
from bot.member_lookup import escape_like, find_member, member_or_error
from bot.storage.database import Database
from bot.storage.models import Community, Member


@pytest.fixture
def people(database: Database) -> Iterator[tuple[Session, int]]:
    with database.session() as session:
        community = Community(platform="test", external_id="c1")
        session.add(community)
        session.flush()
        assert community.id is not None
        for external_id, name in (
            ("U1", "Alex"),
            ("U2", "Sam_K"),
            ("U3", "100%"),
            ("U4", "Jo"),
            ("U5", "jo"),
        ):
            session.add(
                Member(community_id=community.id, external_id=external_id, display_name=name)
            )
        session.flush()
        yield session, community.id


def test_mentions_and_ids_come_first(people: tuple[Session, int]) -> None:
    session, community = people
    for text in ("<@U1>", "<@!U1>", "@U1", " U1 ", "alex", "@Alex", "ALEX"):
        found = find_member(session, community, text)
        assert found is not None and found.external_id == "U1", text


def test_like_wildcards_are_literals(people: tuple[Session, int]) -> None:
    session, community = people
    assert find_member(session, community, "%") is None
    assert find_member(session, community, "a%") is None
    assert find_member(session, community, "Sam_") is None
    assert find_member(session, community, "Sam%K") is None
    assert member_or_error(session, community, "sam_k").external_id == "U2"
    assert member_or_error(session, community, "100%").external_id == "U3"
    assert escape_like("a\\b%_") == "a\\\\b\\%\\_"


def test_specific_errors(people: tuple[Session, int]) -> None:
    session, community = people
    with pytest.raises(UserError, match="Which member"):
        member_or_error(session, community, "  ")
    with pytest.raises(UserError, match="longer than any member's name"):
        member_or_error(session, community, "x" * 1_000_000)
    with pytest.raises(UserError, match="Several members are called “jo”; use a user id: U4, U5"):
        member_or_error(session, community, "jo")
    with pytest.raises(UserError, match="I don't know a member called “nobody” here"):
        member_or_error(session, community, "nobody")
    assert find_member(session, community, "x" * 1_000_000) is None
