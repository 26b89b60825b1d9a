"""Fixtures for the moderation review tests: a Hearth running only this feature (so work in
progress elsewhere cannot break these tests), the real Assessor with its offline pipeline, and
message texts the assessor classifies clearly (checked in test_texts.py)."""

from __future__ import annotations

import pytest
from sqlmodel import col, select

from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.moderation_review.feature import ModerationFeature
from bot.moderation_review.models import CaseEvent, ModerationCase
from bot.storage.database import Database

FEATURE = "bot.moderation_review.feature:ModerationFeature"

#: Grief and anger at the disease: must never be flagged.
GRIEF = "fuck cancer, seriously fuck it"
#: An insult aimed at another parent: hidden by default policy.
INSULT = "You are a stupid idiot and a terrible mother"
#: A parent in crisis.
CRISIS = "I can't go on anymore, I want to end my life"
#: A parent telling of their child's crisis (the helper's care, ``rules.someone_close``).
CHILD_CRISIS = "My son told me last night he wants to kill himself. I do not know what to do."
#: Misinformation: reviewed, not hidden.
MISINFO = "Chemo is poison. Essential oils cure cancer, skip the chemo"
#: A link from a new member (spam only when the author is new).
LINK = "check out www.bestdeals.shop for great prices"


@pytest.fixture
def hearth(config: Config, database: Database, clock: FakeClock) -> Hearth:
    return Hearth(config, database, clock=clock, features=[FEATURE])


@pytest.fixture
def feature(hearth: Hearth) -> ModerationFeature:
    return hearth.features["moderation"]  # type: ignore[return-value]


def all_cases(database: Database) -> list[ModerationCase]:
    with database.session() as session:
        return list(session.exec(select(ModerationCase).order_by(col(ModerationCase.id))))


def case_log(database: Database, case_id: int) -> list[CaseEvent]:
    with database.session() as session:
        return list(
            session.exec(
                select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(col(CaseEvent.id))
            )
        )
