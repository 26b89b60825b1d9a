"""A Hearth with the digest and the features whose tables it reads, and a synthetic community
written into the test database as the recording adapter's own community."""

from __future__ import annotations

import pytest

from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.digest import synthetic
from bot.storage.database import Database
from tests.bot.digest.support import FEATURES
from tests.support.recording import RecordingAdapter


@pytest.fixture
def hearth(config: Config, database: Database, clock: FakeClock) -> Hearth:
    config.checkins.rates["test"] = 1000.0
    return Hearth(config, database, clock=clock, features=FEATURES)


@pytest.fixture
def rec(hearth: Hearth) -> RecordingAdapter:
    return RecordingAdapter(hearth)


@pytest.fixture
def community(database: Database, clock: FakeClock) -> None:
    """60 synthetic members (a handful joined this week) in the recorder's community."""
    with database.session() as session:
        synthetic.build(session, now=clock.now(), members=60, platform="test", external_id="c1")
