"""Shared constants and steps for the resources tests (core and adapters)."""

from __future__ import annotations

from pathlib import Path

from bot.app import Hearth
from bot.checkins.feature import CheckinsFeature
from bot.messages import Message
from bot.resources.feature import ResourcesFeature

HEADER = "title,url,summary,tags,audience,region,last_reviewed,source"
CSV = "\n".join(
    [
        HEADER,
        "Sibling camp,https://example.org/camp,A summer camp for siblings,siblings;camp,"
        "siblings,US,2026-01-10,Camp Org",
        "Old grief group,https://example.org/grief,Grief support meetings,bereavement,"
        "parents,global,2020-01-01,Grief Org",
        "",
    ]
)
SUGGESTED_URL = "https://parking.example.org/hospital-parking"
SUGGESTED_NOTE = "Free hospital parking passes for families; saved us a fortune on parking."
APPROVAL = {
    "title": "Hospital parking passes",
    "summary": "How to ask for a free parking pass during treatment.",
    "tags": "parking; financial",
    "audience": "parents",
    "region": "global",
}


def write_directory(tmp_path: Path, text: str = CSV, name: str = "dir.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def resources_of(hearth: Hearth) -> ResourcesFeature:
    feature = hearth.features["resources"]
    assert isinstance(feature, ResourcesFeature)
    return feature


def checkins_of(hearth: Hearth) -> CheckinsFeature:
    feature = hearth.features["checkins"]
    assert isinstance(feature, CheckinsFeature)
    return feature


def use_directory(hearth: Hearth, path: Path) -> ResourcesFeature:
    """Point the running feature at ``path`` and load it (as a config change and reload would)."""
    feature = resources_of(hearth)
    feature.path = path
    feature.reload()
    return feature


def buttons(message: Message) -> dict[str, str]:
    """A message's buttons by label."""
    return {b.label: b.action_id for b in message.buttons}
