"""The command line, through click's runner and a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from bot.cli import cli


def test_check_config_names_typo_and_exits_nonzero(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[community]\nnmae = 'x'\n")
    result = CliRunner().invoke(cli, ["check-config", str(path)])
    assert result.exit_code == 1
    assert "line 2: community.nmae = 'x': unknown key" in result.output


def test_check_config_wrong_type(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[privacy]\nflagged_text_retention_days = 'soon'\n")
    result = CliRunner().invoke(cli, ["check-config", str(path)])
    assert result.exit_code == 1
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
