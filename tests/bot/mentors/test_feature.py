"""The feature as a whole: its tables exist, its settings are validated."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from bot.config import parse_config
from bot.errors import ConfigError
from bot.storage.database import Database


def test_tables_exist_after_upgrade(database: Database) -> None:
    tables = set(inspect(database.engine).get_table_names())
    assert {"mentor_profile", "mentor_request", "mentor_match", "mentor_block"} <= tables


def test_mentors_config_is_validated() -> None:
    config = parse_config(
        {"mentors": {"review": True, "check_back_days": 3, "weights": {"region": 4}}},
        platform_models={},
    )
    assert config.mentors.review and config.mentors.weights.region == 4
    with pytest.raises(ConfigError) as bad:
        parse_config({"mentors": {"check_back_day": 3, "max_capacity": 0}}, platform_models={})
    message = str(bad.value)
    assert "mentors.check_back_day" in message and "mentors.max_capacity" in message
