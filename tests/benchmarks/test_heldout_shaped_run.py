"""The held-out-shaped stand-in: its makeup, its stable choice of rows, a clear error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.heldout_shaped_run import MAKEUP, stand_in


def _write(folder: Path, name: str, n: int) -> None:
    with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"{name}-{i}", "text": f"text {i}", "label": "ok"}) + "\n")


def test_the_makeup_adds_up_to_the_held_out_size() -> None:
    assert sum(n for _, n in MAKEUP) == 13_010


def test_takes_each_files_share_by_a_stable_hash(tmp_path: Path) -> None:
    for name, _ in MAKEUP:
        _write(tmp_path, name, 60)
    rows = stand_in(tmp_path)
    assert len(rows) == sum(min(n, 60) for _, n in MAKEUP)
    assert rows == stand_in(tmp_path)
    assert set(rows[0]) == {"id", "text"}  # labels never reach the command


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match=r"cssrs\.jsonl is missing"):
        stand_in(tmp_path)
