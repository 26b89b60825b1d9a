"""Pseudonyms: stable for one install, different per purpose and community, and opaque."""

from __future__ import annotations

from sqlmodel import select

from bot.privacy.models import InstallSecret
from bot.privacy.pseudonym import LENGTH, install_secret, pseudonym
from bot.storage.database import Database


def test_stable_scoped_and_opaque(database: Database) -> None:
    with database.session() as session:
        first = pseudonym(session, "mentor-block", 1, "U0QUINBERT")
        session.commit()
    with database.session() as session:
        assert pseudonym(session, "mentor-block", 1, "U0QUINBERT") == first
        assert pseudonym(session, "mentor-block", 2, "U0QUINBERT") != first
        assert pseudonym(session, "other-purpose", 1, "U0QUINBERT") != first
        assert pseudonym(session, "mentor-block", 1, "U0QUINBERX") != first
        assert len(first) == LENGTH and "quinbert" not in first.lower()
        assert len(session.exec(select(InstallSecret)).all()) == 1


def test_each_install_has_its_own_secret(database: Database) -> None:
    with database.session() as session:
        secret = install_secret(session)
        assert len(secret) == 32
        before = pseudonym(session, "mentor-block", 1, "U0QUINBERT")
        row = session.get(InstallSecret, "pseudonym")
        assert row is not None
        row.value = "ab" * 32  # another installation
        session.flush()
        assert pseudonym(session, "mentor-block", 1, "U0QUINBERT") != before
