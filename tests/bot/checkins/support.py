"""Test-only stand-ins for features being built elsewhere: onboarding (a member's stage) and
moderation (``screen()`` returning the crisis care path). They exercise Hearth's real feature
hooks; the check-ins feature only guards for their presence."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import ClassVar

from sqlmodel import Session

from bot.actions import Action, AlertModerators, DirectMessage, Post, Reply
from bot.app import Hearth
from bot.clock import FakeClock
from bot.context import Context
from bot.feature import Feature
from bot.messages import Message
from bot.roles import Role
from bot.router import Router
from bot.storage.models import Member
from tests.support.recording import RecordingAdapter, of, only


class StageOnboarding(Feature):
    name = "onboarding"
    bereaved: ClassVar[set[str]] = set()

    def register(self, router: Router) -> None:
        pass

    def stage(self, session: Session, member: Member) -> str | None:
        return "bereaved" if member.external_id in self.bereaved else "in_treatment"


class CrisisModeration(Feature):
    name = "moderation"
    screened: ClassVar[list[str]] = []

    def register(self, router: Router) -> None:
        pass

    async def screen(self, ctx: Context, text: str, *, source: str) -> list[Action]:
        self.screened.append(source)
        if "end it" not in text.lower():
            return []
        return [
            DirectMessage(
                user_id=ctx.member.external_id,
                message=Message(text="You matter. Crisis line: 988 (US), any time."),
            ),
            AlertModerators(message=Message(text="Crisis care needed"), urgent=True),
        ]


BASE = ["bot.resources.feature:ResourcesFeature", "bot.checkins.feature:CheckinsFeature"]
WITH_HOOKS = [
    *BASE,
    "tests.bot.checkins.support:StageOnboarding",
    "tests.bot.checkins.support:CrisisModeration",
]


ORG = Role.ORGANIZER


# The fixture clock starts Sunday 2026-03-01 12:00 UTC; 18:00 in Chicago is 00:00 UTC Monday.
WEEKLY = "/checkin schedule weekly general sun@18:00 America/Chicago How was your week?"


CHICAGO_ON = "/checkin on mon,thu 19:00 America/Chicago"


# Monday 2 March 19:00 in Chicago (CST) is 01:00 UTC on Tuesday 3 March.
FIRST = datetime(2026, 3, 3, 1, 0, tzinfo=UTC)


async def scheduled(rec: RecordingAdapter, clock: FakeClock) -> Post:
    reply = only(await rec.command("olivia", WEEKLY, role=ORG), Reply)
    assert "Sun 01 Mar 18:00" in reply.message.text
    clock.set(datetime(2026, 3, 2, 0, 0, tzinfo=UTC))
    await rec.hearth.tick()
    return only(rec.delivered, Post)


async def restart(rec: RecordingAdapter) -> RecordingAdapter:
    """A new process over the same database (the bot was down until the clock's now)."""
    old = rec.hearth
    hearth = Hearth(old.config, old.db, clock=old.clock, features=list(_feature_paths(old)))
    return RecordingAdapter(hearth)


def _feature_paths(hearth: Hearth) -> list[str]:
    return [f"{type(f).__module__}:{type(f).__name__}" for f in hearth.features.values()]


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


async def prompt_for(rec: RecordingAdapter, clock: FakeClock, user: str = "maria") -> DirectMessage:
    clock.set(FIRST)
    await rec.hearth.tick()
    return next(a for a in of(rec.delivered, DirectMessage) if a.user_id == user)
