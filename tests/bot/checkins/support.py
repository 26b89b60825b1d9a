"""Test-only stand-ins for features being built elsewhere: onboarding (a member's stage) and
moderation (``screen()`` returning the crisis care path). They exercise Hearth's real feature
hooks; the check-ins feature only guards for their presence."""

from __future__ import annotations

from typing import ClassVar

from sqlmodel import Session

from bot.actions import Action, AlertModerators, DirectMessage
from bot.context import Context
from bot.feature import Feature
from bot.messages import Message
from bot.router import Router
from bot.storage.models import Member


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
