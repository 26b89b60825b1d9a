"""Onboarding tables: each member's answers and where their onboarding stands.

Progress lives here, not in memory, so onboarding resumes after a restart or a long pause.
A skipped optional question is stored as an empty answer so it is not asked again.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.storage.models import utcnow

#: Several choices of a ``multiple`` question are stored in one value, one per line.
SEPARATOR = "\n"


class OnboardingAnswer(SQLModel, table=True):
    __tablename__ = "onboarding_answer"
    __table_args__ = (UniqueConstraint("member_id", "question_id"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    question_id: str = Field(max_length=40)
    value: str = Field(default="", max_length=1000)
    updated_at: datetime = Field(default_factory=utcnow)

    @property
    def values(self) -> list[str]:
        return [v for v in self.value.split(SEPARATOR) if v]


class OnboardingProgress(SQLModel, table=True):
    """One row per member who was welcomed (so "never welcomed" means no row)."""

    __tablename__ = "onboarding_progress"

    member_id: int = Field(foreign_key="member.id", primary_key=True)
    #: The question last put to the member (None once finished).
    current_question: str | None = Field(default=None, max_length=40)
    #: Where the member was when welcomed: the fallback for a DM that cannot be delivered.
    channel: str | None = Field(default=None, max_length=64)
    started_at: datetime = Field(default_factory=utcnow)
    last_prompt_at: datetime = Field(default_factory=utcnow)
    reminders_sent: int = Field(default=0)
    #: Hearth gave the newcomer role on join, so it takes it away on completion.
    newcomer_role: bool = Field(default=False)
    completed_at: datetime | None = Field(default=None)
