"""Check-in data rights: export and forget."""

from __future__ import annotations

from bot.app import Hearth
from bot.clock import FakeClock
from tests.bot.checkins.support import (
    CHICAGO_ON,
    prompt_for,
)
from tests.support.recording import RecordingAdapter


async def test_export_and_forget(rec: RecordingAdapter, hooked: Hearth, clock: FakeClock) -> None:
    await rec.command("maria", CHICAGO_ON)
    dm = await prompt_for(rec, clock)
    await rec.press("maria", dm.message.buttons[3].action_id, direct=True)
    await rec.command("maria", "/checkin note quiet day")
    feature = hooked.features["checkins"]
    with hooked.db.session() as session:
        _, member = hooked.member_record(session, rec.actor("maria"))
        data = feature.export_member(session, member)
        assert data["personal_checkin"]["timezone"] == "America/Chicago"
        assert data["responses"][0]["mood"] == 4 and data["responses"][0]["note"] == "quiet day"
        feature.forget_member(session, member)
    with hooked.db.session() as session:
        _, member = hooked.member_record(session, rec.actor("maria"))
        data = feature.export_member(session, member)
    assert data == {"personal_checkin": None, "preferences": None, "responses": []}
    assert feature.outbox.counts() == {}
