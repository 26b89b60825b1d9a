"""Every module that defines tables, imported so SQLModel's metadata knows them all.

Add a feature's models module here when it gains tables, then write its migration.
"""

from __future__ import annotations

import importlib

from sqlmodel import SQLModel

MODEL_MODULES: tuple[str, ...] = (
    "bot.storage.models",
    "bot.moderation_review.models",
    "bot.checkins.models",
    "bot.outbox.models",
    "bot.mentors.models",
    "bot.onboarding.models",
    "bot.digest.models",
    "bot.privacy.models",
    "bot.resources.models",
)


def metadata():  # type: ignore[no-untyped-def]
    for name in MODEL_MODULES:
        importlib.import_module(name)
    return SQLModel.metadata
