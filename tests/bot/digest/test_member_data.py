"""Data rights: an organizer's digest subscription (the only thing the digest stores about
anyone) is exported and deleted."""

from __future__ import annotations

from sqlmodel import select

from bot.digest.feature import DigestFeature
from bot.digest.models import DigestSubscription
from bot.feature import Feature
from bot.roles import Role
from bot.storage.database import Database
from bot.storage.models import Member
from tests.support.recording import RecordingAdapter


async def test_export_and_forget(rec: RecordingAdapter, database: Database) -> None:
    feature = rec.hearth.features["digest"]
    assert isinstance(feature, DigestFeature)
    await rec.command("olivia", "/digest weekly fri@17:30 Europe/London", role=Role.ORGANIZER)
    with database.session() as session:
        olivia = session.exec(select(Member).where(Member.external_id == "olivia")).one()
        exported = feature.export_member(session, olivia)["weekly_digest"]
        assert exported["rule"] == "30 17 * * fri" and exported["timezone"] == "Europe/London"
        assert exported["next"].startswith("2026-03-06T17:30")
        assert exported["last_sent"] is None
        feature.forget_member(session, olivia)
    with database.session() as session:
        assert session.exec(select(DigestSubscription)).all() == []
        assert feature.export_member(session, olivia) == {"weekly_digest": None}


def test_data_rights_are_explicit() -> None:
    assert DigestFeature.export_member is not Feature.export_member
    assert DigestFeature.forget_member is not Feature.forget_member
