"""The resource directory file: TOML or CSV, maintained by organizers, reloaded on change.

Each entry has a title, url, summary, tags, audience, region, last-reviewed date and source
organisation. A broken file is rejected as a whole with the entry and field named, and the
previous good directory stays in use.
"""

from __future__ import annotations

import csv
import io
import logging
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources as pkg_resources
from pathlib import Path

log = logging.getLogger(__name__)

SAMPLE_NAME = "sample_directory.toml"
REQUIRED = ("title", "url", "summary", "source", "last_reviewed")


class DirectoryError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Resource:
    title: str
    url: str
    summary: str
    source: str
    last_reviewed: date
    tags: tuple[str, ...] = ()
    audience: str = "parents"
    region: str = "global"


@dataclass(frozen=True, slots=True)
class Directory:
    entries: tuple[Resource, ...]
    origin: str
    sample: bool = False

    def topics(self) -> list[str]:
        seen: dict[str, None] = {}
        for entry in self.entries:
            for tag in entry.tags:
                seen.setdefault(tag, None)
        return sorted(seen)


def _as_date(value: object, where: str) -> date:
    if isinstance(value, datetime):
        raise DirectoryError(
            f"{where}: last_reviewed is a date and time: write a date (YYYY-MM-DD)"
        )
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise DirectoryError(
            f"{where}: last_reviewed {value!r} is not a date (YYYY-MM-DD)"
        ) from None


def _entry(raw: dict[str, object], where: str) -> Resource:
    missing = [k for k in REQUIRED if not str(raw.get(k, "")).strip()]
    if missing:
        raise DirectoryError(f"{where}: missing {', '.join(missing)}")
    unknown = set(raw) - {*REQUIRED, "tags", "audience", "region"}
    if unknown:
        raise DirectoryError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    for key in ("title", "url", "summary", "source", "audience", "region"):
        if key in raw and not isinstance(raw[key], str):
            raise DirectoryError(f"{where}: {key} must be text in quotes")
    tags = raw.get("tags", ())
    if not isinstance(tags, str | list | tuple) or not all(isinstance(t, str) for t in tags):
        raise DirectoryError(f'{where}: tags must be a list of words, e.g. ["nausea", "food"]')
    url = str(raw["url"]).strip()
    if not url.startswith(("https://", "http://", "tel:")):
        raise DirectoryError(f"{where}: url {url!r} must start with https://, http:// or tel:")
    tags = raw.get("tags", ())
    if isinstance(tags, str):
        tags = [t for t in (part.strip() for part in tags.replace(",", ";").split(";")) if t]
    return Resource(
        title=str(raw["title"]).strip(),
        url=url,
        summary=str(raw["summary"]).strip(),
        source=str(raw["source"]).strip(),
        last_reviewed=_as_date(raw["last_reviewed"], where),
        tags=tuple(str(t).strip().lower() for t in tags),  # type: ignore[union-attr]
        audience=str(raw.get("audience") or "parents").strip().lower(),
        region=str(raw.get("region") or "global").strip().upper(),
    )


def parse_toml(text: str, origin: str) -> Directory:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DirectoryError(f"{origin}: not valid TOML: {exc}") from None
    rows = data.get("resource", [])
    if not isinstance(rows, list):
        raise DirectoryError(f"{origin}: expected [[resource]] tables")
    entries = tuple(_entry(row, f"{origin}: resource #{i}") for i, row in enumerate(rows, 1))
    return Directory(entries, origin, sample=bool(data.get("sample", False)))


def parse_csv(text: str, origin: str) -> Directory:
    reader = csv.DictReader(io.StringIO(text))
    entries = []
    for line, row in enumerate(reader, start=2):
        cleaned = {k.strip(): v for k, v in row.items() if k and v is not None and v.strip()}
        entries.append(_entry(cleaned, f"{origin}: line {line}"))
    return Directory(tuple(entries), origin)


def load(path: Path | None) -> Directory:
    """Load ``path`` (``.toml`` or ``.csv``); ``None`` loads the bundled sample."""
    if path is None:
        text = pkg_resources.files("bot.resources").joinpath(SAMPLE_NAME).read_text("utf-8")
        return parse_toml(text, f"built-in {SAMPLE_NAME}")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DirectoryError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark (Excel's CSV) is not a title
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise DirectoryError(
            f"{path}: line {line}: not UTF-8 text: save the file as UTF-8"
        ) from None
    if path.suffix.lower() == ".csv":
        return parse_csv(text, str(path))
    return parse_toml(text, str(path))
