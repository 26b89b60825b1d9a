"""Configuration: every mistake names the key, the value, what is expected and the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict

from bot.config import load_config, parse_config
from bot.errors import ConfigError

EXAMPLE = Path(__file__).parents[2] / "config.example.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "hearthbot.toml"
    path.write_text(text)
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return info.value.problems


def test_defaults_without_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config()
    assert config.database.url == "sqlite:///hearthbot.db"
    assert [m.name for m in config.console.members] == ["maria", "sam", "alex", "olivia"]


def test_example_config_is_valid() -> None:
    config = load_config(EXAMPLE)
    assert config.community.name


def test_typo_key_is_named_with_line(tmp_path: Path) -> None:
    path = write(tmp_path, '[community]\nname = "x"\n\n[resources]\nmax_result = 3\n')
    assert problems(path) == [
        "line 5: resources.max_result = 3: unknown key "
        "(check the spelling against config.example.toml)"
    ]


def test_wrong_type_names_value_and_expectation(tmp_path: Path) -> None:
    path = write(tmp_path, '[resources]\nmax_results = "three"\n')
    (problem,) = problems(path)
    assert problem.startswith("line 2: resources.max_results = 'three': ")
    assert "integer" in problem


def test_out_of_range_and_nested_tables(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[[console.members]]\nname = "maria"\nrole = "queen"\n',
    )
    (problem,) = problems(path)
    assert "console.members.0.role = 'queen'" in problem
    assert "expected one of: member, moderator, organizer" in problem
    assert problem.startswith("line 3:")


def test_unknown_section(tmp_path: Path) -> None:
    (problem,) = problems(write(tmp_path, "[discrod]\ntoken = 1\n"))
    assert problem.startswith("line 1: discrod: unknown section")


def test_invalid_toml_and_missing_file(tmp_path: Path) -> None:
    (problem,) = problems(write(tmp_path, "[community\n"))
    assert problem.startswith("not valid TOML")
    assert problems(tmp_path / "nope.toml") == [f"file not found: {tmp_path / 'nope.toml'}"]


def test_database_url_checked(tmp_path: Path) -> None:
    (problem,) = problems(write(tmp_path, '[database]\nurl = "mysql://x"\n'))
    assert "database.url" in problem and "postgresql+psycopg" in problem
    config = load_config(write(tmp_path, '[database]\nurl = "postgresql://u@h/db"\n'))
    assert config.database.url == "postgresql+psycopg://u@h/db"


def test_platform_sections_validated_by_their_models() -> None:
    class Demo(BaseModel):
        model_config = ConfigDict(extra="forbid")
        guild_ids: list[int] = []

    config = parse_config({"demo": {"guild_ids": [1]}}, platform_models={"demo": Demo})
    assert config.platform("demo").guild_ids == [1]
    with pytest.raises(ConfigError) as info:
        parse_config({"demo": {"token": "x"}}, platform_models={"demo": Demo})
    assert info.value.problems[0].startswith("demo.token = 'x': unknown key")


def test_relative_paths_resolve_against_the_file(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, '[resources]\ndirectory = "dir.csv"\n'))
    assert config.resolve(config.resources.directory or "") == tmp_path / "dir.csv"
