from __future__ import annotations

import pytest

from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.storage.database import Database
from tests.bot.checkins.support import WITH_HOOKS, CrisisModeration, StageOnboarding
from tests.support.recording import RecordingAdapter


@pytest.fixture
def hooked(config: Config, database: Database, clock: FakeClock) -> Hearth:
    """A Hearth with check-ins plus test-only onboarding and moderation features."""
    StageOnboarding.bereaved = set()
    CrisisModeration.screened = []
    return Hearth(config, database, clock=clock, features=WITH_HOOKS)


@pytest.fixture
def rec(hooked: Hearth) -> RecordingAdapter:
    return RecordingAdapter(hooked)


@pytest.fixture(autouse=True)
def _fast_test_platform(config: Config) -> None:
    """The recording adapter's platform ("test") is paced like a fast platform."""
    config.checkins.rates["test"] = 1000.0
