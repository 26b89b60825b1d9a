"""Hearth's TOML configuration: one validated model, every key documented.

Secrets never live in the file: platform tokens come from environment variables only (see
each platform's section in ``config.example.toml``). Unknown keys are errors, and every error
names the key, the bad value, what is expected and, where it can be found, the line.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlalchemy.engine import make_url

from bot.checkins.settings import CheckinsConfig
from bot.digest.settings import DigestConfig
from bot.dispatch import RuntimeConfig
from bot.errors import ConfigError
from bot.mentors.settings import MentorsConfig
from bot.moderation_review.settings import CareConfig
from bot.onboarding.settings import OnboardingConfig
from bot.resources.settings import ResourcesConfig
from bot.roles import Role
from bot.timezones import load as load_zone
from moderation.settings import ModerationSettings

DEFAULT_CONFIG_NAME = "hearthbot.toml"


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)


class CommunityConfig(Section):
    name: str = Field("Hearth support group", description="Shown in welcomes and alerts.")
    region: str = Field(
        "US", description="Default region for crisis lines and resources (US, UK, IE, CA, AU...)."
    )
    general_channel: str = Field("general", description="Channel for check-in prompts.")
    moderators_channel: str = Field("moderators", description="Private moderators' channel.")
    guidelines_url: str | None = Field(None, description="Link to the community guidelines.")

    @field_validator("region")
    @classmethod
    def _upper(cls, v: str) -> str:
        return v.strip().upper()


class DatabaseConfig(Section):
    url: str = Field(
        "sqlite:///hearthbot.db",
        description="SQLAlchemy URL: sqlite:///FILE or postgresql+psycopg://user@host/db",
    )

    @field_validator("url")
    @classmethod
    def _scheme(cls, v: str) -> str:
        if not re.match(r"^(sqlite|postgresql(\+psycopg)?)://", v):
            raise ValueError("expected sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/DB")
        if v.startswith("postgresql://"):
            v = "postgresql+psycopg://" + v.removeprefix("postgresql://")
        try:
            url = make_url(v)
        except Exception:  # SQLAlchemy's ArgumentError, or a ValueError for a bad port
            raise ValueError(
                "not a database URL: expected sqlite:///PATH or "
                "postgresql+psycopg://USER@HOST:PORT/DB"
            ) from None
        if url.get_backend_name() == "sqlite" and (url.host or url.port):
            raise ValueError(
                "a SQLite URL has three slashes before a relative path (sqlite:///hearth.db) "
                "and four before an absolute one (sqlite:////var/lib/hearth/hearth.db)"
            )
        if "\x00" in v:
            raise ValueError("the URL contains a NUL character")
        return v


class ConsoleMember(Section):
    name: str = Field(description="The name typed before the colon, e.g. maria.")
    role: str = Field("member", description="member, moderator or organizer")
    timezone: str | None = Field(None, description="IANA time zone, e.g. America/Chicago")

    @field_validator("role")
    @classmethod
    def _role(cls, v: str) -> str:
        Role.parse(v)
        return v.lower()

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, v: str | None) -> str | None:
        if v is not None and load_zone(v) is None:
            raise ValueError(
                "unknown time zone: use an IANA name such as America/Chicago or Europe/London"
            )
        return v

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9_.-]{1,32}", v):
            raise ValueError("names are 1-32 letters, digits, '_', '.' or '-'")
        return v.lower()


def _default_console_members() -> list[ConsoleMember]:
    return [
        ConsoleMember(name="maria", role="member", timezone="America/Chicago"),
        ConsoleMember(name="sam", role="member", timezone="Europe/London"),
        ConsoleMember(name="alex", role="moderator", timezone="America/New_York"),
        ConsoleMember(name="olivia", role="organizer", timezone="America/Los_Angeles"),
    ]


class ConsoleConfig(Section):
    community: str = Field("console", description="Community id used for the console.")
    channel: str = Field("general", description="Channel a line goes to unless NAME@CHANNEL.")
    members: list[ConsoleMember] = Field(default_factory=_default_console_members)


class PrivacyConfig(Section):
    flagged_text_retention_days: int = Field(
        30, ge=0, description="Days a closed case keeps the flagged message text."
    )
    unfinished_onboarding_retention_days: int = Field(
        30,
        ge=0,
        description="Days after which the answers of a member who never finished onboarding "
        "are deleted (0 keeps them).",
    )


class LoggingConfig(Section):
    level: str = Field("INFO", description="DEBUG, INFO, WARNING or ERROR")

    @field_validator("level")
    @classmethod
    def _level(cls, v: str) -> str:
        v = v.upper()
        if v not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("expected DEBUG, INFO, WARNING or ERROR")
        return v


class Config(Section):
    community: CommunityConfig = Field(default_factory=CommunityConfig)
    database: DatabaseConfig = Field(default_factory=DatabaseConfig)
    console: ConsoleConfig = Field(default_factory=ConsoleConfig)
    resources: ResourcesConfig = Field(default_factory=ResourcesConfig)
    moderation: ModerationSettings = Field(default_factory=ModerationSettings)
    care: CareConfig = Field(default_factory=CareConfig)
    privacy: PrivacyConfig = Field(default_factory=PrivacyConfig)
    logging: LoggingConfig = Field(default_factory=LoggingConfig)
    checkins: CheckinsConfig = Field(default_factory=CheckinsConfig)
    mentors: MentorsConfig = Field(default_factory=MentorsConfig)
    onboarding: OnboardingConfig = Field(default_factory=OnboardingConfig)
    digest: DigestConfig = Field(default_factory=DigestConfig)
    runtime: RuntimeConfig = Field(default_factory=RuntimeConfig)
    #: Validated platform sections (``[discord]``, ``[slack]``), keyed by platform name.
    platforms: dict[str, Any] = Field(default_factory=dict, exclude=True)
    #: Directory relative paths in the file are resolved against.
    base_dir: Path = Field(default_factory=Path.cwd, exclude=True)

    def resolve(self, path: str) -> Path:
        p = Path(os.path.expanduser(path))
        return p if p.is_absolute() else self.base_dir / p

    def platform(self, name: str) -> Any:
        return self.platforms.get(name)


CORE_SECTIONS = set(Config.model_fields) - {"platforms", "base_dir"}


def locate(source: str, loc: tuple[str | int, ...]) -> int | None:
    """Best-effort line number of a key path in TOML text (tomllib keeps no positions)."""
    keys = [k for k in loc if isinstance(k, str)]
    table: list[str] = []
    section_line: int | None = None
    for number, raw in enumerate(source.splitlines(), start=1):
        line = raw.strip()
        header = re.match(r"^\[\[?\s*([^\]]+?)\s*\]\]?", line)
        if header:
            table = [part.strip().strip('"') for part in header.group(1).split(".")]
            if table == keys and section_line is None:
                section_line = number
            continue
        kv = re.match(r'^"?([A-Za-z0-9_-]+)"?\s*=', line)
        if kv and len(table) < len(keys) and [*table, kv.group(1)] == keys[: len(table) + 1]:
            return number
    return section_line


def _describe(error: dict[str, Any]) -> str:
    msg = str(error.get("msg", "invalid"))
    msg = msg.removeprefix("Value error, ")
    if error.get("type") == "extra_forbidden":
        return "unknown key (check the spelling against config.example.toml)"
    return msg


def _format_errors(exc: ValidationError, source: str, prefix: tuple[str, ...] = ()) -> list[str]:
    problems = []
    for error in exc.errors():
        loc = prefix + tuple(str(p) for p in error["loc"])
        key = ".".join(loc)
        line = locate(source, tuple(p for p in loc if not p.isdigit()))
        where = f"line {line}: " if line else ""
        value = error.get("input")
        shown = "" if isinstance(value, dict) or error.get("type") == "missing" else f" = {value!r}"
        problems.append(f"{where}{key}{shown}: {_describe(error)}")
    return problems


def parse_config(
    data: dict[str, Any],
    *,
    source: str = "",
    path: Path | None = None,
    platform_models: dict[str, type[BaseModel] | None] | None = None,
) -> Config:
    """Validate a TOML document's data. ``platform_models`` maps platform section names to their
    models (from the platform registry); any other unknown top-level key is an error."""
    from bot.platforms import platform_config_models

    models = platform_config_models() if platform_models is None else platform_models
    problems: list[str] = []
    core = {k: v for k, v in data.items() if k in CORE_SECTIONS}
    platforms: dict[str, Any] = {}
    for key, value in data.items():
        if key in CORE_SECTIONS:
            continue
        if key in models and models[key] is not None:
            try:
                platforms[key] = models[key].model_validate(value)  # type: ignore[union-attr]
            except ValidationError as exc:
                problems.extend(_format_errors(exc, source, (key,)))
        else:
            line = locate(source, (key,))
            where = f"line {line}: " if line else ""
            known = ", ".join(sorted(CORE_SECTIONS | {k for k, m in models.items() if m}))
            problems.append(f"{where}{key}: unknown section; known sections are {known}")
    try:
        config = Config.model_validate(core)
    except ValidationError as exc:
        problems.extend(_format_errors(exc, source))
        config = None
    if problems or config is None:
        raise ConfigError(problems, str(path) if path else None)
    for name, model in models.items():
        if model is not None and name not in platforms:
            platforms[name] = model()
    config.platforms = platforms
    if path is not None:
        config.base_dir = path.resolve().parent
    return config


def load_config(path: str | Path | None = None) -> Config:
    """Load ``path``; without one, ``./hearthbot.toml`` if present, else built-in defaults."""
    if path is None:
        candidate = Path(DEFAULT_CONFIG_NAME)
        if not candidate.exists():
            return parse_config({})
        path = candidate
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError([f"file not found: {path}"], str(path)) from None
    except OSError as exc:
        raise ConfigError([f"cannot read the file: {exc.strerror}"], str(path)) from None
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ConfigError(
            [
                f"line {line}: not UTF-8 text (byte {exc.object[exc.start]:#04x}): a config is a "
                "TOML text file saved as UTF-8"
            ],
            str(path),
        ) from None
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"not valid TOML: {exc}"], str(path)) from None
    return parse_config(data, source=source, path=path)
