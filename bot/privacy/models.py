"""The install's own secrets: one row per named secret, created on first use, never exported.

Today there is one, ``pseudonym`` (see :mod:`bot.privacy.pseudonym`). It lives in the database
so every process sharing the database (a Slack and a Discord process) agrees on it, and so a
backup restores it together with the rows it protects. Deleting the row makes every stored
pseudonym unmatchable: a forgotten person's returning platform id is then no longer recognised.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from bot.storage.models import utcnow


class InstallSecret(SQLModel, table=True):
    """A random secret of this installation (hex), by name."""

    __tablename__ = "install_secret"

    name: str = Field(primary_key=True, max_length=32)
    value: str = Field(max_length=128)
    created_at: datetime = Field(default_factory=utcnow)
