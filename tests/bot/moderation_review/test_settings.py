"""The [care] section, and the documented example staying true to the defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_config, parse_config
from bot.errors import ConfigError
from bot.moderation_review.settings import CareConfig
from moderation import ModerationSettings

EXAMPLE = Path(__file__).parents[3] / "config.example.toml"


def test_defaults_cover_the_named_regions() -> None:
    care = CareConfig()
    assert set(care.lines) == {"US", "UK", "IE", "CA", "AU", "default"}
    assert "988" in care.lines_for("us")[0].contact
    assert "116 123" in care.lines_for("UK")[0].contact
    assert "116 123" in care.lines_for("IE")[0].contact
    assert care.lines_for("NZ") == care.lines["default"]
    assert care.lines_for(None) == care.lines["default"]


def test_a_region_can_be_replaced_from_toml() -> None:
    config = parse_config(
        {
            "care": {
                "realert_minutes": 5,
                "lines": {"uk": [{"name": "Papyrus HOPELINE247", "contact": "0800 068 4141"}]},
            }
        },
        platform_models={},
    )
    assert config.care.realert_minutes == 5
    assert [line.line() for line in config.care.lines_for("UK")] == [
        "Papyrus HOPELINE247: 0800 068 4141"
    ]
    assert config.care.lines_for("US") == CareConfig().lines["US"]


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ({"realert_minutes": 0}, "care.realert_minutes"),
        ({"max_timeout_days": 29}, "care.max_timeout_days"),
        ({"lines": {"US": []}}, "needs at least one line"),
        ({"report_limt": 3}, "unknown key"),
    ],
)
def test_bad_values_are_named(section: dict, expected: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ConfigError) as info:
        parse_config({"care": section}, platform_models={})
    assert expected in str(info.value)


def test_example_documents_the_defaults() -> None:
    config = load_config(EXAMPLE)
    assert config.care == CareConfig()
    assert config.moderation == ModerationSettings()
