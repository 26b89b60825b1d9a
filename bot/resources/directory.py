"""The resource directory file: TOML or CSV, maintained by organizers, reloaded on change.

Each entry has a title, url, summary, tags, audience, region, last-reviewed date and source
organisation. :func:`validate` reads a file and returns every :class:`Problem` in it (file,
line, field, what is wrong and the fix), never raising; :func:`load` raises
:class:`DirectoryError` (a :class:`~bot.errors.ConfigError`) carrying those problems when there
is any, so a broken file is rejected as a whole and the caller keeps its last good directory.
A UTF-8 byte-order mark (Excel's "CSV UTF-8") is accepted; any other encoding is a problem.
Problems never quote the file's content beyond the field name.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources as pkg_resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.errors import ConfigError

if TYPE_CHECKING:
    from bot.config import Config

SAMPLE_NAME = "sample_directory.toml"
REQUIRED = ("title", "url", "summary", "source", "last_reviewed")
OPTIONAL = ("tags", "audience", "region")
#: The columns of the CSV form (and of ``hearthbot resources export``), in order.
COLUMNS = ("title", "url", "summary", "tags", "audience", "region", "last_reviewed", "source")
TEXT_FIELDS = ("title", "url", "summary", "source", "audience", "region")
MAX_URL = 2000
MAX_TEXT = 2000
_TOML_LINE = re.compile(r"at line (\d+)")
_RESOURCE_HEADER = re.compile(r"^\s*\[\[\s*resource\s*\]\]")


def url_key(url: str) -> str:
    """A short stable id for a URL (case of the scheme and host, a trailing slash ignored)."""
    normal = url.strip()
    scheme, sep, rest = normal.partition("://")
    host, slash, path = rest.partition("/")
    normal = f"{scheme.lower()}{sep}{host.lower()}{slash}{path}".rstrip("/")
    return hashlib.sha1(normal.encode()).hexdigest()[:10]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a directory file, with where it is and how to fix it."""

    file: str
    line: int | None
    field: str | None
    message: str
    fix: str

    def __str__(self) -> str:
        where = self.file + (f": line {self.line}" if self.line else "")
        what = f"{self.field}: " if self.field else ""
        return f"{where}: {what}{self.message}. Fix: {self.fix}"


class DirectoryError(ConfigError):
    """A directory file that cannot be used; ``problems`` says every place and fix."""

    def __init__(self, problems: list[Problem]) -> None:
        self.directory_problems = problems
        path = problems[0].file if problems else None
        super().__init__([str(p) for p in problems], path)

    def __str__(self) -> str:
        return "; ".join(str(p) for p in self.directory_problems)


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
    #: Suggested by a parent and approved by a moderator (the community's database layer).
    suggested: bool = False
    #: The suggester's name, only when they chose to be named.
    suggested_by: str | None = None

    @property
    def key(self) -> str:
        """A short stable id for buttons: a hash of the URL."""
        return url_key(self.url)


@dataclass(frozen=True, slots=True)
class Directory:
    entries: tuple[Resource, ...]
    origin: str
    sample: bool = False

    def find(self, keys: list[str]) -> list[Resource]:
        """The entries with these keys, in the order asked (unknown keys skipped)."""
        by_key = {entry.key: entry for entry in self.entries}
        return [by_key[k] for k in keys if k in by_key]

    def topics(self) -> list[str]:
        seen: dict[str, None] = {}
        for entry in self.entries:
            for tag in entry.tags:
                seen.setdefault(tag, None)
        return sorted(seen)


# -- one entry -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Where:
    file: str
    line: int | None
    field_lines: dict[str, int]

    def problem(self, name: str | None, message: str, fix: str) -> Problem:
        line = self.field_lines.get(name or "", self.line)
        return Problem(self.file, line, name, message, fix)


def _as_date(value: object, where: _Where) -> date | Problem:
    if isinstance(value, datetime):
        return where.problem(
            "last_reviewed",
            "is a date and time",
            f"write the date only, e.g. last_reviewed = {value.date().isoformat()}",
        )
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        return where.problem(
            "last_reviewed", "is not a date", "write it as YYYY-MM-DD, e.g. 2026-01-31"
        )


def _tags(value: object, where: _Where) -> tuple[str, ...] | Problem:
    if isinstance(value, str):
        value = [t for t in (part.strip() for part in value.replace(",", ";").split(";")) if t]
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        return where.problem(
            "tags",
            "must be a list of words",
            'write tags = ["financial", "bills"] (TOML) or financial;bills (CSV)',
        )
    return tuple(t.strip().lower() for t in value if t.strip())


def _check_fields(raw: dict[str, Any], where: _Where) -> list[Problem]:
    problems = [
        where.problem(k, "unknown field", f"use only: {', '.join(COLUMNS)}")
        for k in sorted(set(raw) - {*REQUIRED, *OPTIONAL})
    ]
    for name in TEXT_FIELDS:
        value = raw.get(name)
        if value is not None and not isinstance(value, str):
            problems.append(where.problem(name, "must be text", f'put it in quotes: {name} = "…"'))
        elif isinstance(value, str) and len(value) > MAX_TEXT:
            problems.append(where.problem(name, "is too long", f"keep it under {MAX_TEXT} chars"))
    for name in REQUIRED:
        value = raw.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            problems.append(where.problem(name, "is missing", f"add a {name} to this entry"))
    url = raw.get("url")
    if isinstance(url, str) and url.strip():
        if not url.strip().startswith(("https://", "http://", "tel:")):
            problems.append(
                where.problem(
                    "url",
                    "must start with https://, http:// or tel:",
                    "write the full address, e.g. https://example.org/page",
                )
            )
        elif len(url) > MAX_URL:
            problems.append(where.problem("url", "is too long", f"keep it under {MAX_URL} chars"))
    return problems


def entry(raw: dict[str, Any], where: _Where) -> Resource | list[Problem]:
    """One entry from its raw fields, or every problem with it."""
    problems = _check_fields(raw, where)
    reviewed = _as_date(raw["last_reviewed"], where) if raw.get("last_reviewed") else None
    tags = _tags(raw.get("tags", []), where)
    problems += [p for p in (reviewed, tags) if isinstance(p, Problem)]
    if problems:
        return problems
    assert isinstance(reviewed, date) and isinstance(tags, tuple)
    return Resource(
        title=raw["title"].strip(),
        url=raw["url"].strip(),
        summary=raw["summary"].strip(),
        source=raw["source"].strip(),
        last_reviewed=reviewed,
        tags=tags,
        audience=(raw.get("audience") or "parents").strip().lower(),
        region=(raw.get("region") or "global").strip().upper(),
    )


def _collect(rows: list[tuple[dict[str, Any], _Where]], problems: list[Problem]) -> list[Resource]:
    entries: list[Resource] = []
    seen: dict[str, int | None] = {}
    for raw, where in rows:
        made = entry(raw, where)
        if isinstance(made, list):
            problems.extend(made)
            continue
        if made.key in seen:
            first = seen[made.key]
            problems.append(
                where.problem(
                    "url",
                    f"is the same as the entry on line {first}",
                    "merge the two entries or remove one",
                )
            )
            continue
        seen[made.key] = where.field_lines.get("url", where.line)
        entries.append(made)
    return entries


# -- file formats ----------------------------------------------------------------------


def _toml_positions(text: str) -> list[tuple[int, dict[str, int]]]:
    """For each ``[[resource]]`` header: its line and the line of each field under it."""
    found: list[tuple[int, dict[str, int]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if _RESOURCE_HEADER.match(line):
            found.append((number, {}))
        elif found and (key := re.match(r"^\s*([A-Za-z_]+)\s*=", line)):
            found[-1][1].setdefault(key.group(1), number)
    return found


def parse_toml_entries(text: str, origin: str) -> tuple[list[Resource], bool, list[Problem]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = _TOML_LINE.search(str(exc))
        return (
            [],
            False,
            [
                Problem(
                    origin,
                    int(line.group(1)) if line else None,
                    None,
                    f"is not valid TOML ({str(exc).split(' (at')[0]})",
                    "check the syntax on that line: text in quotes, dates as 2026-01-31",
                )
            ],
        )
    problems: list[Problem] = []
    sample = data.pop("sample", False)
    if not isinstance(sample, bool):
        problems.append(Problem(origin, None, "sample", "must be true or false", "sample = false"))
    rows = data.pop("resource", [])
    for key in sorted(data):
        problems.append(
            Problem(
                origin,
                None,
                key,
                "unknown top-level key",
                "write entries as [[resource]] tables; remove this key",
            )
        )
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        problems.append(
            Problem(
                origin,
                None,
                "resource",
                "must be [[resource]] tables",
                "start each entry with a [[resource]] line",
            )
        )
        return [], False, problems
    positions = _toml_positions(text)
    located = [
        (row, _Where(origin, *(positions[i] if i < len(positions) else (None, {}))))
        for i, row in enumerate(rows)
    ]
    return _collect(located, problems), sample is True, problems


def parse_csv_entries(text: str, origin: str) -> tuple[list[Resource], list[Problem]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    problems: list[Problem] = []
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        missing = [c for c in REQUIRED if c not in header]
        unknown = [h for h in header if h not in COLUMNS]
        for name in missing:
            problems.append(
                Problem(
                    origin,
                    1,
                    name,
                    "column is missing from the header",
                    f"the first line names the columns: {','.join(COLUMNS)}",
                )
            )
        for name in unknown:
            problems.append(
                Problem(
                    origin, 1, name or "(empty)", "unknown column", f"use only: {','.join(COLUMNS)}"
                )
            )
        if problems:
            return [], problems
        rows: list[tuple[dict[str, Any], _Where]] = []
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                problems.append(
                    Problem(
                        origin,
                        line,
                        None,
                        f"has {len(values)} values but the header has {len(header)}",
                        'put "quotes" around a value that contains a comma',
                    )
                )
                continue
            raw = {k: v for k, v in zip(header, values, strict=True) if v.strip()}
            rows.append((raw, _Where(origin, line, {})))
    except csv.Error as exc:
        problems.append(
            Problem(
                origin,
                reader.line_num or None,
                None,
                f"is not valid CSV ({exc})",
                "check the quotes on that line: every opening quote needs a closing one",
            )
        )
        return [], problems
    return _collect(rows, problems), problems


def parse_toml(text: str, origin: str) -> Directory:
    entries, sample, problems = parse_toml_entries(text, origin)
    if problems:
        raise DirectoryError(problems)
    return Directory(tuple(entries), origin, sample=sample)


def parse_csv(text: str, origin: str) -> Directory:
    entries, problems = parse_csv_entries(text, origin)
    if problems:
        raise DirectoryError(problems)
    return Directory(tuple(entries), origin)


# -- reading a file --------------------------------------------------------------------


def read_text(path: Path) -> str | Problem:
    """The file's text (a UTF-8 BOM removed), or the problem that stops it being read."""
    origin = str(path)
    fix_path = "correct [resources] directory in the config (relative to the config's folder)"
    if path.suffix.lower() not in (".toml", ".csv"):
        return Problem(origin, None, None, "is neither .toml nor .csv", "use a .toml or .csv file")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Problem(origin, None, None, "file not found", f"create it, or {fix_path}")
    except IsADirectoryError:
        return Problem(
            origin,
            None,
            None,
            "is a folder, not a file",
            f"name the .toml or .csv file inside it: {fix_path}",
        )
    except OSError as exc:
        return Problem(
            origin, None, None, f"cannot be read ({exc.strerror})", "check the file's permissions"
        )
    if b"\x00" in data:
        return Problem(
            origin,
            data[: data.index(b"\x00")].count(b"\n") + 1,
            None,
            "is a binary file, not text",
            "save the directory as a UTF-8 text file",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return Problem(
            origin,
            line,
            None,
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x})",
            'save it as UTF-8 (in a spreadsheet: "CSV UTF-8")',
        )


def parse_file(path: Path) -> tuple[Directory | None, list[Problem]]:
    """Read and check ``path``: the directory when it has no problem, and every problem."""
    text = read_text(path)
    if isinstance(text, Problem):
        return None, [text]
    if path.suffix.lower() == ".csv":
        entries, problems = parse_csv_entries(text, str(path))
        sample = False
    else:
        entries, sample, problems = parse_toml_entries(text, str(path))
    if problems:
        return None, problems
    return Directory(tuple(entries), str(path), sample=sample), []


def validate(path: Path | None) -> list[Problem]:
    """Every problem in the directory file at ``path`` (``None``: the bundled sample); an empty
    list means it loads. Never raises: ``check-config`` calls it."""
    if path is None:
        return []
    return parse_file(path)[1]


def validate_configured(config: Config) -> list[Problem]:
    """:func:`validate` for the file ``[resources] directory`` names (relative to the config's
    folder), as ``run`` would load it; ``check-config`` prints each problem and exits 2."""
    configured = config.resources.directory
    return validate(config.resolve(configured) if configured else None)


def load(path: Path | None) -> Directory:
    """Load ``path`` (``.toml`` or ``.csv``); ``None`` loads the bundled sample."""
    if path is None:
        text = pkg_resources.files("bot.resources").joinpath(SAMPLE_NAME).read_text("utf-8")
        return parse_toml(text, f"built-in {SAMPLE_NAME}")
    directory, problems = parse_file(path)
    if directory is None:
        raise DirectoryError(problems)
    return directory


# -- writing a file (export, import) ---------------------------------------------------


def _row(resource: Resource) -> dict[str, str]:
    return {
        "title": resource.title,
        "url": resource.url,
        "summary": resource.summary,
        "tags": ";".join(resource.tags),
        "audience": resource.audience,
        "region": resource.region.lower() if resource.region == "GLOBAL" else resource.region,
        "last_reviewed": resource.last_reviewed.isoformat(),
        "source": resource.source,
    }


def to_csv(entries: tuple[Resource, ...] | list[Resource]) -> str:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(_row(e) for e in entries)
    return out.getvalue()


def _toml_string(text: str) -> str:
    # JSON's string escapes (\" \\ \n \uXXXX) are all valid in a TOML basic string.
    return json.dumps(text, ensure_ascii=False)


def to_toml(entries: tuple[Resource, ...] | list[Resource], *, sample: bool = False) -> str:
    lines = [f"sample = {'true' if sample else 'false'}"]
    for entry in entries:
        row = _row(entry)
        lines += ["", "[[resource]]"]
        for name in COLUMNS:
            if name == "tags":
                lines.append(f"tags = [{', '.join(_toml_string(t) for t in entry.tags)}]")
            elif name == "last_reviewed":
                lines.append(f"last_reviewed = {row[name]}")
            else:
                lines.append(f"{name} = {_toml_string(row[name])}")
    return "\n".join(lines) + "\n"


def serialise(directory: Directory, path: Path) -> str:
    """``directory`` in the format ``path`` names (``.csv``, else TOML)."""
    if path.suffix.lower() == ".csv":
        return to_csv(directory.entries)
    return to_toml(directory.entries, sample=directory.sample)
