"""Errors the core turns into friendly replies instead of crashes."""

from __future__ import annotations


class HearthError(Exception):
    """Base class for Hearth's own errors."""


class UserError(HearthError):
    """Something the person can fix (a bad argument, a missing answer).

    The dispatcher shows ``str(error)`` to the person privately; nothing is logged as an error.
    """


class ConfigError(HearthError):
    """A configuration file that cannot be used; the message names the key and the fix."""

    def __init__(self, problems: list[str], path: str | None = None) -> None:
        self.problems = problems
        self.path = path
        where = f"{path}: " if path else ""
        super().__init__(
            where + "invalid configuration\n" + "\n".join(f"  - {p}" for p in problems)
        )


class SchemaOutOfDate(HearthError):
    """The database schema is older (or newer) than this code."""
