"""The directory loader: every broken file gives problems naming file, line, field and fix;
a broken file swapped in while running keeps the last good directory and tells organizers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.actions import AlertOrganizers, Reply
from bot.app import Hearth
from bot.config import parse_config
from bot.errors import ConfigError
from bot.resources.directory import DirectoryError, load, validate, validate_configured
from tests.bot.resources.support import use_directory
from tests.support.recording import RecordingAdapter, of, only

HEADER = "title,url,summary,tags,audience,region,last_reviewed,source"
GOOD_ROW = (
    "Sibling camp,https://example.org/camp,A camp for siblings,siblings,parents,US,2026-01-10,Camp"
)
GOOD_TOML = """
[[resource]]
title = "Sibling camp"
url = "https://example.org/camp"
summary = "A camp for siblings"
tags = ["siblings"]
source = "Camp Org"
last_reviewed = 2026-01-10
"""


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_missing_file(tmp_path: Path) -> None:
    [problem] = validate(tmp_path / "nope.toml")
    assert problem.message == "file not found" and "[resources] directory" in problem.fix


def test_directory_path(tmp_path: Path) -> None:
    folder = tmp_path / "dir.csv"
    folder.mkdir()
    [problem] = validate(folder)
    assert "folder" in problem.message and ".csv" in problem.fix


def test_csv_row_with_an_extra_comma(tmp_path: Path) -> None:
    bad = "Camp, again,https://example.org/x,S,t,parents,US,2026-01-10,Org"
    path = _write(tmp_path, "d.csv", f"{HEADER}\n{GOOD_ROW}\n{bad}\n")
    [problem] = validate(path)
    assert problem.line == 3 and "9 values but the header has 8" in problem.message
    assert "quotes" in problem.fix
    assert str(problem).startswith(f"{path}: line 3: ")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("tags", "tags = 7", "must be a list of words"),
        ("title", "title = 12", "must be text"),
        ("last_reviewed", "last_reviewed = 2026-01-10T09:30:00", "is a date and time"),
        ("last_reviewed", 'last_reviewed = "soon"', "is not a date"),
        ("url", 'url = "ftp://example.org"', "must start with https://"),
    ],
)
def test_toml_wrong_types_named_by_line_and_field(
    tmp_path: Path, field: str, value: str, message: str
) -> None:
    lines = GOOD_TOML.strip().splitlines()
    lines = [value if line.startswith(f"{field} =") else line for line in lines]
    text = GOOD_TOML + "\n" + "\n".join(lines) + "\n"
    text = text.replace('url = "https://example.org/camp"', 'url = "https://example.org/b"', 1)
    path = _write(tmp_path, "d.toml", text)
    [problem] = validate(path)
    assert problem.field == field and message in problem.message
    assert problem.line == text.splitlines().index(value) + 1
    assert problem.fix


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = _write(tmp_path, "d.csv", ("\ufeff" + f"{HEADER}\n{GOOD_ROW}\n").encode())
    assert validate(path) == []
    assert load(path).entries[0].title == "Sibling camp"


def test_non_utf8_and_binary(tmp_path: Path) -> None:
    latin = _write(tmp_path, "d.csv", f"{HEADER}\n{GOOD_ROW}\nCaf\xe9,x\n".encode("latin-1"))
    [problem] = validate(latin)
    assert problem.line == 3 and "not UTF-8" in problem.message and "UTF-8" in problem.fix
    binary = _write(tmp_path, "b.toml", b"\x00\x01\x02")
    assert "binary" in validate(binary)[0].message


def test_toml_syntax_error_has_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "d.toml", GOOD_TOML + "title = oops\n")
    [problem] = validate(path)
    assert problem.line == len(GOOD_TOML.splitlines()) + 1 and "not valid TOML" in problem.message


def test_duplicate_url_and_header_problems(tmp_path: Path) -> None:
    path = _write(tmp_path, "d.csv", f"{HEADER}\n{GOOD_ROW}\n{GOOD_ROW}\n")
    [problem] = validate(path)
    assert problem.line == 3 and "same as the entry on line 2" in problem.message
    header = _write(tmp_path, "h.csv", "title,url,colour\n")
    fields = {p.field for p in validate(header)}
    assert {"summary", "source", "last_reviewed", "colour"} <= fields


def test_load_raises_a_config_error_listing_every_problem(tmp_path: Path) -> None:
    path = _write(tmp_path, "d.csv", f"{HEADER}\nx,ftp://a,s,t,p,US,2026-13-01,o\n")
    with pytest.raises(ConfigError) as info:
        load(path)
    assert isinstance(info.value, DirectoryError)
    assert len(info.value.problems) == 2  # the url and the date, both on line 2
    assert all("line 2" in p for p in info.value.problems)


async def test_non_utf8_file_swapped_in_keeps_last_good_directory_and_tells_organizers(
    tmp_path: Path, hearth: Hearth, recorder: RecordingAdapter
) -> None:
    path = _write(tmp_path, "d.csv", f"{HEADER}\n{GOOD_ROW}\n")
    use_directory(hearth, path)
    path.write_bytes(
        f"{HEADER}\nCaf\xe9 camp,https://e.org,s,camp,p,US,2026-01-01,o\n".encode("latin-1")
    )
    os.utime(path, (5, 5))
    for _ in range(3):  # every lookup still answers from the last good directory
        actions = await recorder.command("maria", "/resources camp")
        assert only(actions, Reply).message.sections[0].title == "Sibling camp"
    alerts = of(actions, AlertOrganizers)
    assert alerts == []  # told once, on the first lookup after the change
    first = await _first_alert(recorder, path)
    assert "not UTF-8" in first.message.text and "line 2" in first.message.text


async def _first_alert(recorder: RecordingAdapter, path: Path) -> AlertOrganizers:
    os.utime(path, (6, 6))  # the organizer touches it again, still broken: told again
    return only(await recorder.command("maria", "/resources camp"), AlertOrganizers)


def test_validate_configured_resolves_against_the_config_folder(tmp_path: Path) -> None:
    config = parse_config({"resources": {"directory": "dir.csv"}}, platform_models={})
    config.base_dir = tmp_path
    [missing] = validate_configured(config)
    assert missing.file == str(tmp_path / "dir.csv") and missing.message == "file not found"
    _write(tmp_path, "dir.csv", f"{HEADER}\n{GOOD_ROW}\n")
    assert validate_configured(config) == []
    assert validate_configured(parse_config({}, platform_models={})) == []  # the sample
