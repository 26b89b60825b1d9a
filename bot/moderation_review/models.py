"""Moderation cases: the case, its append-only log, per-community numbering, signal stats.

What is stored and for how long:

* ``ModerationCase.text`` (and the quotes inside ``reasons``) is the flagged message. It is
  erased ``privacy.flagged_text_retention_days`` after the case closes (``tick`` purges it).
* Categories, scores and signal names are kept: they are what organizers need to see which
  rules misfire, and they carry no words from the message.
* ``CaseReport`` holds who reported what; only moderators ever see it, and it is deleted when
  the reporter asks Hearth to forget them.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.storage.models import utcnow

OPEN = "open"
ACKNOWLEDGED = "acknowledged"
RESOLVED = "resolved"
DISMISSED = "dismissed"
ACTIVE_STATUSES = (OPEN, ACKNOWLEDGED)

#: Hidden state of the case's message.
NOT_HIDDEN = "no"
HIDDEN = "hidden"
HIDE_IMPOSSIBLE = "not_possible"  # the platform cannot hide other people's messages
HIDE_FAILED = "failed"  # the adapter tried and reported a failure
# The decision of a case opened for abuse a member received and shared (never punished).
RECEIVED = "received"
#: The longest stored reasons (JSON); ``store.fit_reasons`` keeps the strongest that fit.
REASONS_MAX = 8000
#: The longest stored list of signals (JSON); ``store.case_fields`` keeps those that fit.
SIGNALS_MAX = 2000


class ModerationCase(SQLModel, table=True):
    __tablename__ = "moderation_case"
    __table_args__ = (UniqueConstraint("community_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", index=True)
    number: int
    #: message | report | the ``source`` given to ``screen`` (e.g. checkin)
    source: str = Field(default="message", max_length=32)
    #: The author of the flagged message (None once they asked to be forgotten).
    author_id: int | None = Field(default=None, foreign_key="member.id", index=True)
    channel: str | None = Field(default=None, max_length=100)
    #: The channel's name when the case opened (alerts read "in #general", not an id).
    channel_name: str | None = Field(default=None, max_length=100)
    message_id: str | None = Field(default=None, max_length=100)
    text: str | None = Field(default=None, max_length=4000)
    #: Comma-separated raised categories (``abuse,spam``); kept after the text is erased.
    categories: str = Field(default="", max_length=200)
    scores_json: str = Field(default="{}", max_length=1000)
    #: Reasons as JSON (category, signal, quote, detail); quotes are erased with the text.
    reasons_json: str = Field(default="[]", max_length=REASONS_MAX)
    #: Signal keys (``abuse``, ``abuse/insult``) counted in the stats when the case opened.
    signals_json: str = Field(default="[]", max_length=SIGNALS_MAX)
    #: What the assessor decided: review | hide | crisis | report | received (abuse the author
    #: received and shared: kept up, the moderators told, ``received.py``)
    decision: str = Field(default="review", max_length=16)
    status: str = Field(default=OPEN, max_length=16, index=True)
    assignee_id: int | None = Field(default=None, foreign_key="member.id")
    urgent: bool = Field(default=False)
    hidden: str = Field(default=NOT_HIDDEN, max_length=16)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    acknowledged_at: datetime | None = None
    last_alert_at: datetime | None = None
    closed_at: datetime | None = Field(default=None, index=True)
    text_erased_at: datetime | None = None

    @property
    def category_list(self) -> list[str]:
        return [c for c in self.categories.split(",") if c]

    @property
    def scores(self) -> dict[str, float]:
        return json.loads(self.scores_json or "{}")

    @property
    def reasons(self) -> list[dict[str, Any]]:
        """The stored reasons; none when a row written before ``store.fit_reasons`` holds JSON
        cut at the column's length (the alert must still render)."""
        try:
            return json.loads(self.reasons_json or "[]")
        except ValueError:
            return []

    @property
    def signals(self) -> list[str]:
        return json.loads(self.signals_json or "[]")

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def crisis(self) -> bool:
        return self.decision == "crisis"

    @property
    def received(self) -> bool:
        """The author shared abuse sent to them: they are the one harmed, never punished."""
        return self.decision == RECEIVED


class CaseEvent(SQLModel, table=True):
    """One line of a case's append-only log: what happened, who did it, why."""

    __tablename__ = "moderation_case_event"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="moderation_case.id", index=True)
    at: datetime = Field(default_factory=utcnow)
    #: Who acted (a moderator, or the member who reported); None: Hearth itself.
    actor_id: int | None = Field(default=None, foreign_key="member.id")
    kind: str = Field(max_length=32)
    detail: str = Field(default="", max_length=1000)


class CaseCounter(SQLModel, table=True):
    """The last case number given out in a community (incremented inside the case's
    transaction, so two flags at once never share a number)."""

    __tablename__ = "moderation_case_counter"

    community_id: int = Field(foreign_key="community.id", primary_key=True)
    last_number: int = Field(default=0)


class CaseReport(SQLModel, table=True):
    """A member's report that opened (or joined) a case. Visible to moderators only."""

    __tablename__ = "moderation_case_report"

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", index=True)
    case_id: int = Field(foreign_key="moderation_case.id", index=True)
    reporter_id: int = Field(foreign_key="member.id", index=True)
    note: str = Field(default="", max_length=2000)
    created_at: datetime = Field(default_factory=utcnow)


class SignalStat(SQLModel, table=True):
    """How often a signal flagged a message, and how often moderators kept the message."""

    __tablename__ = "moderation_signal_stat"
    __table_args__ = (UniqueConstraint("community_id", "signal"),)

    id: int | None = Field(default=None, primary_key=True)
    community_id: int = Field(foreign_key="community.id", index=True)
    signal: str = Field(max_length=100)
    flagged: int = Field(default=0)
    kept: int = Field(default=0)


class CaseAlert(SQLModel, table=True):
    """An alert Hearth posted about a case, and where it lives on the platform (the adapter
    reports it back), so it can be edited later: to the anonymised form when the member asks to
    be forgotten, or when the retention window ends and the flagged text is erased."""

    __tablename__ = "moderation_case_alert"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="moderation_case.id", index=True)
    channel: str = Field(max_length=100)
    message_id: str = Field(max_length=100)
    posted_at: datetime = Field(default_factory=utcnow)
    #: The alert shows words or a name that are gone: edit it to the case as it stands now.
    stale: bool = Field(default=False, index=True)
