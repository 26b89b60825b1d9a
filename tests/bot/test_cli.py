"""The command line, through click's runner and a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli


def test_check_config_names_typo_and_exits_nonzero(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[community]\nnmae = 'x'\n")
    result = CliRunner().invoke(cli, ["check-config", str(path)])
    assert result.exit_code == 2
    assert "line 2: community.nmae = 'x': unknown key" in result.output


def test_check_config_wrong_type(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[privacy]\nflagged_text_retention_days = 'soon'\n")
    result = CliRunner().invoke(cli, ["check-config", str(path)])
    assert result.exit_code == 2
    assert "privacy.flagged_text_retention_days = 'soon'" in result.output


def test_check_config_ok(tmp_path: Path) -> None:
    path = tmp_path / "ok.toml"
    path.write_text("[community]\nname = 'Night owls'\n")
    result = CliRunner().invoke(cli, ["check-config", str(path)])
    assert result.exit_code == 0, result.output
    assert "OK" in result.output


def test_db_upgrade_then_status(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(f"[database]\nurl = 'sqlite:///{tmp_path / 'x.db'}'\n")
    runner = CliRunner()
    status = runner.invoke(cli, ["--config", str(path), "db", "status"])
    assert status.exit_code == 1 and "OUT OF DATE" in status.output
    upgraded = runner.invoke(cli, ["--config", str(path), "db", "upgrade"])
    assert upgraded.exit_code == 0 and "empty ->" in upgraded.output
    assert runner.invoke(cli, ["--config", str(path), "db", "status"]).exit_code == 0


def test_demo_runs_the_tour() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "demo"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "maria: /resources nausea" in result.stdout
    assert "Nausea and vomiting related to cancer treatment" in result.stdout


def test_help_reads_well() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("run", "console", "demo", "check-config", "db"):
        assert command in result.output


def _clean_env() -> dict[str, str]:
    platform_keys = ("DISCORD_", "SLACK_", "HEARTHBOT_CONFIG")
    return {k: v for k, v in os.environ.items() if not k.startswith(platform_keys)}


def test_config_after_the_subcommand_works_as_before_it(tmp_path: Path) -> None:
    """``hearthbot run --config X`` said "No such option"; the README says it works everywhere."""
    path = tmp_path / "c.toml"
    path.write_text(
        f"[community]\nname = 'Night owls'\n[database]\nurl = 'sqlite:///{tmp_path / 'x.db'}'\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--config", str(path)],
        input="maria: /help\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=_clean_env(),
    )
    assert result.returncode == 0, result.stderr
    assert "Hearth in Night owls" in result.stdout
    runner = CliRunner()
    status = runner.invoke(cli, ["db", "status", "--config", str(path)])
    assert str(tmp_path / "x.db") in status.output and "up to date" in status.output
    both = runner.invoke(
        cli, ["--config", "/nonexistent.toml", "db", "status", "--config", str(path)]
    )
    assert both.exit_code == 0, both.output  # the later one wins


DIRECTORY_HEADER = "title,url,summary,tags,audience,region,last_reviewed,source\n"
GOOD_ROW = "Help,https://a.org,Help for parents,money,parents,US,2025-01-01,A charity\n"
DATED_ENTRY = (
    '[[resource]]\ntitle = "A"\nurl = "https://a.org"\nsummary = "s"\nsource = "x"\n'
    "last_reviewed = {value}\n"
)
BROKEN_CONFIGS = {
    "binary file": (b"\xff\xfe\x00[community]\n", "line 1: not UTF-8 text"),
    "zone directory": (
        b'[checkins]\ndefault_timezone = "America"\n',
        "line 2: checkins.default_timezone",
    ),
    "console zone": (
        b'[[console.members]]\nname = "m"\ntimezone = "Mars/Olympus"\n',
        "line 3: console.members.0.timezone = 'Mars/Olympus': unknown time zone",
    ),
    "sqlite host": (b'[database]\nurl = "sqlite://x"\n', "line 2: database.url = 'sqlite://x'"),
    "sqlite folder": (b'[database]\nurl = "sqlite:///."\n', "is a folder: name a file inside it"),
    "sqlite under a file": (
        b'[database]\nurl = "sqlite:///c.toml/x.db"\n',
        "is a file, so",
    ),
    "missing directory": (
        b'[resources]\ndirectory = "nope.csv"\n',
        "line 2: resources.directory: ",
    ),
    "directory is a folder": (b'[resources]\ndirectory = "."\n', "is a folder: name the .toml"),
    "broken csv row": (
        b'[resources]\ndirectory = "broken.csv"\n',
        "broken.csv: line 3: has 1 values",
    ),
    "wrong types": (
        b'[resources]\ndirectory = "types.toml"\n',
        "types.toml: line 5: audience:",
    ),
    "toml datetime": (b'[resources]\ndirectory = "dated.toml"\n', "is a date and time"),
    "latin-1 csv": (b'[resources]\ndirectory = "latin.csv"\n', "latin.csv: line 2: is not UTF-8"),
}


def _directory_files(folder: Path) -> None:
    (folder / "broken.csv").write_text(DIRECTORY_HEADER + GOOD_ROW + '"Unclosed,https://b.org\n')
    (folder / "types.toml").write_text(
        DATED_ENTRY.format(value="2025-01-01").replace(
            'summary = "s"', 'summary = "s"\naudience = 3'
        )
    )
    (folder / "dated.toml").write_text(DATED_ENTRY.format(value="2025-01-01T10:00:00"))
    (folder / "latin.csv").write_bytes(
        (DIRECTORY_HEADER + GOOD_ROW.replace("Help,", "Caf\xe9,")).encode("latin-1")
    )
    (folder / "bom.csv").write_bytes(b"\xef\xbb\xbf" + (DIRECTORY_HEADER + GOOD_ROW).encode())


@pytest.mark.parametrize("case", sorted(BROKEN_CONFIGS))
def test_check_config_names_key_line_and_fix_with_exit_2(tmp_path: Path, case: str) -> None:
    """Each of these either tracebacked or said OK and then crashed at start."""
    content, expected = BROKEN_CONFIGS[case]
    _directory_files(tmp_path)
    path = tmp_path / "c.toml"
    path.write_bytes(content)
    result = CliRunner().invoke(cli, ["check-config", str(path)])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert expected in result.output


def test_check_config_ok_line_names_only_the_files_sections(tmp_path: Path) -> None:
    _directory_files(tmp_path)
    path = tmp_path / "ok.toml"
    path.write_text("[community]\nname = 'Night owls'\n[resources]\ndirectory = 'bom.csv'\n")
    result = CliRunner().invoke(cli, ["check-config", str(path)])
    assert result.exit_code == 0, result.output
    assert "sections: community, resources; resource directory: 1 entry" in result.output
    assert "base_dir" not in result.output and "platforms" not in result.output


def test_check_config_connect_reports_an_unreachable_database(tmp_path: Path) -> None:
    path = tmp_path / "pg.toml"
    path.write_text("[database]\nurl = 'postgresql+psycopg://hearth@127.0.0.1:1/none'\n")
    assert CliRunner().invoke(cli, ["check-config", str(path)]).exit_code == 0
    result = CliRunner().invoke(cli, ["check-config", "--connect", str(path)])
    assert result.exit_code == 2, result.output
    assert (
        "line 2: database.url: cannot connect to postgresql+psycopg://hearth@127.0.0.1:1/none"
        in result.output
    )
    fresh = tmp_path / "fresh.toml"
    fresh.write_text(f"[database]\nurl = 'sqlite:///{tmp_path / 'new.db'}'\n")
    ok = CliRunner().invoke(cli, ["check-config", "--connect", str(fresh)])
    assert ok.exit_code == 0 and "run will create the schema" in ok.output


def test_run_refuses_a_broken_directory_without_a_traceback(tmp_path: Path) -> None:
    _directory_files(tmp_path)
    path = tmp_path / "c.toml"
    path.write_text(
        f"[database]\nurl = 'sqlite:///{tmp_path / 'x.db'}'\n"
        "[resources]\ndirectory = 'dated.toml'\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(path), "console"],
        input="maria: /help\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=_clean_env(),
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "resources.directory: " in result.stderr and "is a date and time" in result.stderr
