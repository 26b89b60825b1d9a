"""``/mydata`` and ``/forgetme`` against real tables (SQLite, or PostgreSQL in CI)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, func, select
from sqlmodel import Session

from bot.actions import AssignRole, DirectMessage, Reply
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.feature import Feature
from bot.messages import Message
from bot.onboarding.models import OnboardingAnswer, OnboardingProgress
from bot.privacy import export
from bot.router import Router
from bot.storage.database import Database
from bot.storage.models import Member
from tests.bot.onboarding.helpers import FEATURES, JORDAN, onboard
from tests.support.recording import RecordingAdapter, of, only

#: A test-only table that points at the member, standing in for a feature's own data.
_META = MetaData()
Table("member", _META, Column("id", Integer, primary_key=True))  # only so the key resolves
NOTES = Table(
    "test_note",
    _META,
    Column("id", Integer, primary_key=True),
    Column("member_id", Integer, ForeignKey("member.id"), nullable=False),
    Column("text", String(200), nullable=False),
)


class NotesFeature(Feature):
    """Holds notes about members; keeps an anonymised one when told to (like moderation)."""

    name = "notes"
    keep_anonymised = False

    def register(self, router: Router) -> None:
        pass

    def export_member(self, session: Session, member: Member) -> dict[str, Any]:
        rows = session.execute(select(NOTES.c.text).where(NOTES.c.member_id == member.id)).all()
        return {"notes": [r.text for r in rows]} if rows else {}

    def forget_member(self, session: Session, member: Member) -> None:
        if self.keep_anonymised:
            session.execute(
                NOTES.update().where(NOTES.c.member_id == member.id).values(text="[removed]")
            )
        else:
            session.execute(NOTES.delete().where(NOTES.c.member_id == member.id))


@pytest.fixture
def hearth_(config: Config, database: Database, clock: FakeClock) -> Hearth:
    NOTES.create(database.engine, checkfirst=True)
    return Hearth(config, database, clock=clock, features=(*FEATURES, f"{__name__}:NotesFeature"))


@pytest.fixture
def rec(hearth_: Hearth) -> RecordingAdapter:
    return RecordingAdapter(hearth_)


async def onboarded(rec: RecordingAdapter, database: Database, user: str = "jordan") -> int:
    first = only(await rec.join(user), DirectMessage).message
    await onboard(rec, user, first, JORDAN)
    with database.session() as session:
        member_id = session.exec(
            select(Member.id).where(Member.external_id == user)  # type: ignore[call-overload]
        ).one()[0]
        session.execute(NOTES.insert().values(member_id=member_id, text=f"note about {user}"))
    return int(member_id)


def counts(database: Database, member_id: int) -> dict[str, int]:
    with database.session() as session:
        return {
            name: session.execute(
                select(func.count()).select_from(table).where(column == member_id)
            ).scalar_one()
            for name, table, column in (
                ("member", Member.__table__, Member.__table__.c.id),  # type: ignore[attr-defined]
                ("answers", OnboardingAnswer.__table__, OnboardingAnswer.__table__.c.member_id),  # type: ignore[attr-defined]
                (
                    "progress",
                    OnboardingProgress.__table__,
                    OnboardingProgress.__table__.c.member_id,
                ),  # type: ignore[attr-defined]
                ("notes", NOTES, NOTES.c.member_id),
            )
        }


def json_of(messages: list[Message], feature: str) -> Any:
    parts = [m.text for m in messages if m.title == f"Your data: {feature}"]
    return json.loads("\n".join(parts))


async def test_mydata_exports_every_feature_privately(
    rec: RecordingAdapter, database: Database
) -> None:
    await onboarded(rec, database)
    actions = await rec.command("jordan", "/mydata")
    dms = of(actions, DirectMessage)
    assert all(dm.user_id == "jordan" and dm.fallback_channel is None for dm in dms)
    assert "private message" in only(actions, Reply).message.text
    messages = [dm.message for dm in dms]
    overview = messages[0]
    assert overview.title == "Everything Hearth holds about you"
    assert '"platform_user_id": "jordan"' in overview.text
    assert '"timezone": "Europe/London"' in overview.text
    fields = {f.name: f.value for f in overview.fields}
    assert set(fields) == {"resources", "onboarding", "privacy", "notes"}
    assert fields["onboarding"] == "answers: 9, progress: 1"
    assert fields["notes"] == "notes: 1"
    assert fields["resources"] == "nothing stored"
    assert json_of(messages, "notes") == {"notes": ["note about jordan"]}
    answers = {a["question"]: a for a in json_of(messages, "onboarding")["answers"]}
    assert answers["diagnosis"]["answer"] == "Brain / CNS"
    assert answers["diagnosis"]["private"] is True
    assert answers["guidelines"]["answer"] == "agreed"


async def test_mydata_in_dm_replies_there(rec: RecordingAdapter, database: Database) -> None:
    await onboarded(rec, database)
    actions = await rec.command("jordan", "/mydata", direct=True)
    assert of(actions, DirectMessage) == []
    assert of(actions, Reply)[0].message.title == "Everything Hearth holds about you"


def test_long_exports_are_split_and_say_so() -> None:
    data = {
        "member": {"id": 1},
        "features": {"checkins": {"answers": [f"answer number {i}" for i in range(2000)]}},
    }
    messages = export.messages(data)
    parts = [m for m in messages if m.title == "Your data: checkins"]
    assert len(parts) == export.MAX_PARTS
    assert all(len(m.text) <= export.PART_CHARS for m in parts)
    assert "This export is long" in (parts[-1].footer or "")
    assert "answers: 2000" in (parts[-1].footer or "")
    assert messages[0].fields[0].value == "answers: 2000"
    short = export.messages({"member": {}, "features": {"a": {"x": [1, 2]}}})
    assert json.loads(short[1].text) == {"x": [1, 2]}
    assert export.split("a" * 4000, 1800) == ["a" * 1800, "a" * 1800, "a" * 400]


async def test_forgetme_asks_then_deletes_everything(
    rec: RecordingAdapter, database: Database
) -> None:
    member_id = await onboarded(rec, database)
    assert counts(database, member_id) == {"member": 1, "answers": 9, "progress": 1, "notes": 1}
    ask = only(await rec.command("jordan", "/forgetme"), Reply)
    assert ask.ephemeral
    assert counts(database, member_id)["answers"] == 9  # nothing happens before confirming
    labels = {b.label: b.action_id for b in ask.message.buttons}
    assert labels["Cancel"] == "privacy:forget:cancel"
    assert labels["Yes, delete everything"].startswith(f"privacy:forget:confirm:{member_id}:")
    cancelled = only(await rec.press("jordan", labels["Cancel"]), Reply)
    assert "nothing was deleted" in cancelled.message.text
    assert counts(database, member_id)["answers"] == 9
    done = await rec.press("jordan", labels["Yes, delete everything"])
    assert only(done, Reply).message.title == "Deleted"
    assert of(done, AssignRole) == [AssignRole(user_id="jordan", role="bereavement", remove=True)]
    assert counts(database, member_id) == {"member": 0, "answers": 0, "progress": 0, "notes": 0}
    # speaking again: a new person to Hearth, welcomed again
    assert of(await rec.say("jordan", "hello again"), DirectMessage)


async def test_forget_confirmation_only_for_the_same_member_and_expires(
    rec: RecordingAdapter, database: Database, clock: FakeClock
) -> None:
    member_id = await onboarded(rec, database)
    confirm = only(await rec.command("jordan", "/forgetme"), Reply).message.buttons[0].action_id
    await rec.join("mallory")
    refused = only(await rec.press("mallory", confirm), Reply)
    assert "belongs to someone else" in refused.message.text
    assert counts(database, member_id)["member"] == 1
    clock.advance(minutes=16)
    expired = only(await rec.press("jordan", confirm), Reply)
    assert "expired" in expired.message.text
    assert counts(database, member_id)["answers"] == 9
    fresh = only(await rec.command("jordan", "/forgetme"), Reply).message.buttons[0].action_id
    await rec.press("jordan", fresh)
    assert counts(database, member_id)["member"] == 0


async def test_member_row_anonymised_when_a_record_must_stay(
    rec: RecordingAdapter, database: Database, hearth_: Hearth
) -> None:
    hearth_.features["notes"].keep_anonymised = True  # type: ignore[attr-defined]
    member_id = await onboarded(rec, database)
    confirm = only(await rec.command("jordan", "/forgetme"), Reply).message.buttons[0].action_id
    await rec.press("jordan", confirm)
    assert counts(database, member_id) == {"member": 1, "answers": 0, "progress": 0, "notes": 1}
    with database.session() as session:
        row = session.get(Member, member_id)
        assert row is not None
        assert row.external_id.startswith("forgotten-") and row.display_name == ""
        assert (row.timezone, row.region, row.consent, row.onboarded) == (None, None, False, False)
        note = session.execute(select(NOTES.c.text)).scalar_one()
    assert note == "[removed]"


async def test_mydata_covers_every_default_feature(
    hearth: Hearth, recorder: RecordingAdapter
) -> None:
    """With the features Hearth ships, each one appears in the export."""
    await recorder.join("sam")  # joining stores a member (and onboarding's progress)
    actions = await recorder.command("sam", "/mydata", direct=True)
    overview = of(actions, Reply)[0].message
    assert {f.name for f in overview.fields} == set(hearth.features)
    assert "onboarding" in hearth.features and "privacy" in hearth.features
    assert isinstance(
        datetime.fromisoformat(json.loads(overview.text.split("\n", 1)[1])["created_at"]), datetime
    )
