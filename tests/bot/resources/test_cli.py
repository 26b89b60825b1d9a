"""``hearthbot resources export|import``: spreadsheet round trip; a bad row changes nothing."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from bot.actions import AlertModerators, OpenForm
from bot.app import Hearth
from bot.bootstrap import database_url
from bot.cli import cli
from bot.clock import FakeClock
from bot.config import load_config
from bot.resources.directory import load
from bot.roles import Role
from bot.storage.database import Database
from tests.bot.resources.support import APPROVAL, CSV, HEADER, SUGGESTED_URL, write_directory
from tests.support.recording import RecordingAdapter, only


def _config(tmp_path: Path, directory: str = "dir.csv") -> Path:
    path = tmp_path / "hearthbot.toml"
    path.write_text(
        f'[database]\nurl = "sqlite:///hearth.db"\n\n[resources]\ndirectory = "{directory}"\n'
    )
    return path


def _run(config: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--config", str(config), "resources", *args])


def test_import_with_a_broken_row_changes_nothing(tmp_path: Path) -> None:
    target = write_directory(tmp_path)
    before = target.read_text()
    sheet = write_directory(
        tmp_path,
        f"{HEADER}\nA,https://a.org,s,t,parents,US,2026-01-01,o\n"
        "B,https://b.org,s,t,parents,US,01/02/2026,o\nC,ftp://c.org,s,t,parents,US,2026-01-01,o\n",
        "sheet.csv",
    )
    result = _run(_config(tmp_path), "import", str(sheet))
    assert result.exit_code == 2
    assert "sheet.csv: line 3: last_reviewed: is not a date" in result.output
    assert "sheet.csv: line 4: url: must start with https://" in result.output
    assert "nothing was changed" in result.output
    assert target.read_text() == before


def test_export_then_import_round_trip_in_both_formats(tmp_path: Path) -> None:
    write_directory(tmp_path)
    config = _config(tmp_path)
    for name in ("out.csv", "out.toml"):
        out = tmp_path / name
        result = _run(config, "export", str(out))
        assert result.exit_code == 0 and "Exported 2 resources" in result.output
        assert load(out).entries == load(tmp_path / "dir.csv").entries
    toml_config = _config(tmp_path, "dir.toml")
    (tmp_path / "dir.toml").write_text("sample = false\n")
    result = _run(toml_config, "import", str(tmp_path / "out.csv"))
    assert result.exit_code == 0, result.output
    assert load(tmp_path / "dir.toml").entries == load(tmp_path / "dir.csv").entries


def test_import_without_a_configured_file_refuses(tmp_path: Path) -> None:
    config = tmp_path / "hearthbot.toml"
    config.write_text('[database]\nurl = "sqlite:///hearth.db"\n')
    result = _run(config, "import", str(write_directory(tmp_path)))
    assert result.exit_code == 2 and "set [resources] directory" in result.output


async def test_export_includes_approved_suggestions_and_leaves_out_retired(
    tmp_path: Path,
) -> None:
    write_directory(tmp_path, CSV)
    config_path = _config(tmp_path)
    config = load_config(config_path)
    database = Database(database_url(config))
    database.upgrade()
    hearth = Hearth(config, database, clock=FakeClock())
    recorder = RecordingAdapter(hearth)
    card = only(
        await recorder.command("maria", f"/resources suggest {SUGGESTED_URL} why"), AlertModerators
    )
    approve = next(b.action_id for b in card.message.buttons if b.label == "Approve")
    form = only(await recorder.press("alex", approve, role=Role.MODERATOR), OpenForm).form
    await recorder.submit("alex", form.form_id, APPROVAL, role=Role.MODERATOR, context=form.context)
    grief = load(tmp_path / "dir.csv").entries[1].key
    await recorder.press("olivia", f"resources:retire:{grief}", role=Role.ORGANIZER)
    database.dispose()
    result = _run(config_path, "export", str(tmp_path / "out.csv"))
    assert result.exit_code == 0, result.output
    titles = [e.title for e in load(tmp_path / "out.csv").entries]
    assert titles == ["Sibling camp", "Hospital parking passes"]


def test_start_with_a_missing_directory_says_so_and_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--config", str(_config(tmp_path)), "console"], input="")
    assert result.exit_code == 2
    assert "dir.csv: file not found. Fix: create it" in result.output
    assert "Traceback" not in result.output


def test_export_with_a_broken_directory_lists_the_problems(tmp_path: Path) -> None:
    write_directory(tmp_path, f"{HEADER}\nA,https://a.org,s,t,parents,US,2026-02-30,o\n")
    result = _run(_config(tmp_path), "export", str(tmp_path / "out.csv"))
    assert result.exit_code == 2 and "line 2: last_reviewed: is not a date" in result.output
    assert not (tmp_path / "out.csv").exists()
