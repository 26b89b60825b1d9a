"""Value types shared by the whole moderation package (no behaviour beyond (de)serialisation)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Category(StrEnum):
    """What a message is assessed for."""

    ABUSE = "abuse"
    CRISIS = "crisis"
    MISINFORMATION = "misinformation"
    SPAM = "spam"
    PRIVACY = "privacy"
    PROFANITY = "profanity"


class Action(StrEnum):
    """What the bot should do with a message, least to most severe."""

    ALLOW = "allow"
    REVIEW = "review"
    HIDE = "hide"


ACTION_SEVERITY = {Action.ALLOW: 0, Action.REVIEW: 1, Action.HIDE: 2}
CATEGORIES: tuple[str, ...] = tuple(c.value for c in Category)


@dataclass(frozen=True)
class RecentMessage:
    """One earlier message by the same author (used for spam/flood detection)."""

    text: str
    at: datetime


@dataclass(frozen=True)
class MessageContext:
    """Light context around a message; everything is optional."""

    author_id: str = ""
    channel: str = ""
    author_role: str = "member"
    author_is_new: bool = False
    recent: tuple[RecentMessage, ...] = ()
    now: datetime | None = None


@dataclass(frozen=True)
class Reason:
    """Why a category got its score: the signal that fired and the ORIGINAL words it fired on."""

    category: str
    signal: str
    quote: str
    detail: str

    def to_dict(self) -> dict[str, str]:
        return {
            "category": self.category,
            "signal": self.signal,
            "quote": self.quote,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class Assessment:
    """The result of assessing one message.

    ``raised`` lists the categories whose score reached their threshold and whose configured
    action is not ``allow`` (profanity is scored and explained but allowed by default).
    ``action`` is the most severe action of the raised categories, except that a crisis is
    always ``review``: it goes to the care path, never to punishment.
    """

    scores: dict[str, float]
    raised: tuple[str, ...]
    action: str
    reasons: tuple[Reason, ...]
    backends: tuple[str, ...]
    backends_unavailable: dict[str, str] = field(default_factory=dict)

    @property
    def crisis(self) -> bool:
        return Category.CRISIS.value in self.raised

    def to_dict(self) -> dict[str, Any]:
        return {
            "scores": {k: round(float(v), 4) for k, v in self.scores.items()},
            "raised": list(self.raised),
            "action": str(self.action),
            "crisis": self.crisis,
            "reasons": [r.to_dict() for r in self.reasons],
            "backends": list(self.backends),
            "backends_unavailable": dict(self.backends_unavailable),
        }
