"""A stand-in for the onboarding feature: answers(session, member) from a dict per user id.

The real onboarding feature is built separately; mentors only relies on this one method."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from bot.feature import Feature
from bot.router import Router
from bot.storage.models import Member


class StubOnboarding(Feature):
    name = "onboarding"

    def __init__(self, hearth) -> None:  # type: ignore[no-untyped-def]
        super().__init__(hearth)
        self.by_user: dict[str, dict[str, Any]] = {}

    def register(self, router: Router) -> None:
        pass

    def answers(self, session: Session, member: Member) -> dict[str, Any]:
        return dict(self.by_user.get(member.external_id, {}))

    def export_member(self, session: Session, member: Member) -> dict[str, Any]:
        return {}  # the stand-in stores nothing

    def forget_member(self, session: Session, member: Member) -> None:
        return None
