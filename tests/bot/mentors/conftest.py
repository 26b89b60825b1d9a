"""Mentor tests run a Hearth with the mentors feature and a stand-in onboarding feature."""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import Action, DirectMessage, OpenForm
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.storage.database import Database
from tests.support.recording import RecordingAdapter, of, only

FEATURES = (
    "bot.mentors.feature:MentorsFeature",
    "tests.bot.mentors.onboarding_stub:StubOnboarding",
)


@pytest.fixture
def hearth(config: Config, database: Database, clock: FakeClock) -> Hearth:
    return Hearth(config, database, clock=clock, features=FEATURES)


@pytest.fixture
def answers(hearth: Hearth) -> dict[str, dict[str, Any]]:
    """Onboarding answers by user id (edit in a test before the person acts)."""
    return hearth.features["onboarding"].by_user  # type: ignore[attr-defined,no-any-return]


class Mentoring:
    """Short-hands for the flows the tests repeat."""

    def __init__(self, rec: RecordingAdapter) -> None:
        self.rec = rec

    async def volunteer(self, user: str, capacity: int = 1, **values: str) -> list[Action]:
        form = only(await self.rec.command(user, f"/mentor volunteer {capacity}"), OpenForm).form
        fields = {i.input_id for i in form.inputs}
        given = {k: v for k, v in values.items() if k in fields}
        given.setdefault("topics", "")
        return await self.rec.submit(user, form.form_id, given, context=form.context)

    async def request(self, user: str, **values: str) -> list[Action]:
        actions = await self.rec.command(user, "/mentor request")
        forms = of(actions, OpenForm)
        if not forms:
            return actions
        form = forms[0].form
        fields = {i.input_id for i in form.inputs}
        return await self.rec.submit(
            user, form.form_id, {k: v for k, v in values.items() if k in fields}
        )


@pytest.fixture
def mentoring(recorder: RecordingAdapter) -> Mentoring:
    return Mentoring(recorder)


def meet(recorder: RecordingAdapter, user: str) -> None:
    """Make ``user`` known to the group, as speaking in a channel does (reading does not)."""
    with recorder.hearth.db.session() as session:
        recorder.hearth.member_record(session, recorder.actor(user))
        session.commit()


def dms(actions: list[Action], user: str) -> list[DirectMessage]:
    return [a for a in of(actions, DirectMessage) if a.user_id == user]


def button(dm: DirectMessage, verb: str) -> str:
    """The action id of the button whose id has ``verb`` as its second segment."""
    found = [b.action_id for b in dm.message.buttons if b.action_id.split(":")[1] == verb]
    assert found, f"no {verb} button in {dm.message.buttons}"
    return found[0]
