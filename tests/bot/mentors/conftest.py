"""Mentor tests run a Hearth with the mentors feature and a stand-in onboarding feature."""

from __future__ import annotations

from typing import Any

import pytest

from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.storage.database import Database
from tests.bot.mentors.support import FEATURES, Mentoring
from tests.support.recording import RecordingAdapter


@pytest.fixture
def hearth(config: Config, database: Database, clock: FakeClock) -> Hearth:
    return Hearth(config, database, clock=clock, features=FEATURES)


@pytest.fixture
def answers(hearth: Hearth) -> dict[str, dict[str, Any]]:
    """Onboarding answers by user id (edit in a test before the person acts)."""
    return hearth.features["onboarding"].by_user  # type: ignore[attr-defined,no-any-return]


@pytest.fixture
def mentoring(recorder: RecordingAdapter) -> Mentoring:
    return Mentoring(recorder)
