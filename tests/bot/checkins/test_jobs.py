"""Timed work: channel prompts at local time, personal prompts across DST, gentle prompts for
bereaved parents, misfires, and restarts mid fan-out."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from bot.actions import Action, DirectMessage, Outcome, Post, Reply
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.storage.database import Database
from tests.bot.checkins.support import (
    BASE,
    CHICAGO_ON,
    FIRST,
    ORG,
    WEEKLY,
    WITH_HOOKS,
    StageOnboarding,
    at,
    restart,
)
from tests.support.recording import RecordingAdapter, of, only


async def test_prompt_posted_at_channel_local_time(rec: RecordingAdapter, clock: FakeClock) -> None:
    await rec.command("olivia", WEEKLY, role=ORG)
    clock.set(datetime(2026, 3, 1, 23, 59, tzinfo=UTC))
    await rec.hearth.tick()
    assert rec.delivered == []
    clock.set(datetime(2026, 3, 2, 0, 0, 30, tzinfo=UTC))
    await rec.hearth.tick()
    post = only(rec.delivered, Post)
    assert post.channel == "general"
    assert "How was your week?" in post.message.text
    assert [b.label for b in post.message.buttons] == ["1", "2", "3", "4", "5", "Add a note"]
    await rec.hearth.tick()  # nothing twice
    assert len(rec.delivered) == 1


async def test_personal_prompt_arrives_at_local_time_across_dst(
    rec: RecordingAdapter, clock: FakeClock
) -> None:
    reply = only(await rec.command("maria", CHICAGO_ON), Reply)
    assert "mon,thu at 19:00 (America/Chicago)" in reply.message.text
    assert "Mon 02 Mar 19:00" in reply.message.text
    clock.set(at(2026, 3, 3, 0, 59))
    await rec.hearth.tick()
    assert rec.delivered == []
    sent_at = []
    for moment in (FIRST, at(2026, 3, 6, 1), at(2026, 3, 10, 0), at(2026, 3, 13, 0)):
        clock.set(moment)
        await rec.hearth.tick()
        await rec.hearth.tick()
        sent_at.append(len(of(rec.delivered, DirectMessage)))
    # One prompt at each 19:00 Chicago time: 01:00 UTC in CST, 00:00 UTC after 8 March (CDT).
    assert sent_at == [1, 2, 3, 4]
    dm = of(rec.delivered, DirectMessage)[0]
    assert dm.user_id == "maria"
    assert dm.message.title == "Your check-in"
    assert [b.label for b in dm.message.buttons][:5] == ["1", "2", "3", "4", "5"]


async def test_bereaved_never_gets_upbeat_prompts(
    rec: RecordingAdapter, hooked: Hearth, clock: FakeClock
) -> None:
    StageOnboarding.bereaved = {"sam"}  # onboarding knows
    for user in ("maria", "sam", "alex"):
        await rec.command(user, CHICAGO_ON)
    await rec.command("maria", "/checkin gentle on")  # maria told us herself
    clock.set(FIRST)
    await hooked.tick()
    by_user = {a.user_id: a.message for a in of(rec.delivered, DirectMessage)}
    upbeat = hooked.config.checkins.personal_prompts
    for user in ("maria", "sam"):
        message = by_user[user]
        assert not any(p in message.plain() for p in upbeat)
        assert not any(b.action_id.startswith("checkin:mood:") for b in message.buttons)
        assert message.text == hooked.config.checkins.bereaved_prompts[0]
    assert any(p in by_user["alex"].plain() for p in upbeat)
    # A low answer from a bereaved parent points at bereavement support.
    ref = by_user["maria"].buttons[0].action_id.split(":")[2]
    follow = only(await rec.press("maria", f"checkin:mood:{ref}:1", direct=True), Reply)
    assert any(
        "bereave" in (s.title or "").lower() or "grief" in s.text.lower()
        for s in follow.message.sections
    )


async def test_bereaved_mode_none_sends_nothing(
    config: Config, database: Database, clock: FakeClock
) -> None:
    config.checkins.bereaved_mode = "none"
    hearth = Hearth(config, database, clock=clock, features=WITH_HOOKS)
    StageOnboarding.bereaved = {"sam"}
    rec = RecordingAdapter(hearth)
    await rec.command("sam", CHICAGO_ON)
    clock.set(FIRST)
    await hearth.tick()
    assert rec.delivered == []


async def test_misfire_within_grace_is_sent_late_once(
    rec: RecordingAdapter, clock: FakeClock
) -> None:
    await rec.command("olivia", WEEKLY, role=ORG)
    clock.set(datetime(2026, 3, 2, 0, 40, tzinfo=UTC))  # bot was down 40 min; grace is 60
    back = await restart(rec)
    await back.hearth.tick()
    await back.hearth.tick()
    assert len(of(back.delivered, Post)) == 1


async def test_misfire_beyond_grace_is_skipped_and_logged(
    rec: RecordingAdapter, clock: FakeClock, caplog
) -> None:
    await rec.command("olivia", WEEKLY, role=ORG)
    clock.set(datetime(2026, 3, 2, 3, 0, tzinfo=UTC))  # down 3 hours
    back = await restart(rec)
    with caplog.at_level(logging.WARNING, logger="bot.checkins.jobs"):
        await back.hearth.tick()
    assert back.delivered == []
    assert "missed fire time(s) skipped" in caplog.text
    assert "How was your week" not in caplog.text  # logs hold ids, never text
    clock.set(datetime(2026, 3, 9, 0, 0, tzinfo=UTC))  # next week is on time again
    await back.hearth.tick()
    assert len(of(back.delivered, Post)) == 1


async def test_running_process_sends_a_coarse_tick_once_within_the_window(
    rec: RecordingAdapter, clock: FakeClock
) -> None:
    """Not downtime: the process was up, only the tick was coarse (the demo's !clock +1d)."""
    await rec.command("olivia", WEEKLY, role=ORG)
    clock.set(datetime(2026, 3, 2, 20, 0, tzinfo=UTC))  # 20 h after the fire, window 24 h
    await rec.hearth.tick()
    await rec.hearth.tick()
    assert len(of(rec.delivered, Post)) == 1


async def test_restart_mid_fanout_messages_nobody_twice(
    config: Config, database: Database, clock: FakeClock
) -> None:
    got: list[str] = []

    async def crashing(community: str, actions: Sequence[Action]) -> list[Outcome]:
        if len(got) >= 8:
            raise asyncio.CancelledError  # the process dies while delivering the 9th
        got.extend(a.user_id for a in actions)  # type: ignore[attr-defined]
        return []

    first = Hearth(config, database, clock=clock, features=BASE)
    rec = RecordingAdapter(first)
    first.register_platform("test", rec.capabilities, crashing)
    members = [f"parent{n:02d}" for n in range(20)]
    for user in members:
        await rec.command(user, CHICAGO_ON)
    clock.set(FIRST)
    with pytest.raises(asyncio.CancelledError):
        await first.tick()

    second = Hearth(config, database, clock=clock, features=BASE)  # restart, same database
    again = RecordingAdapter(second)
    await second.start()
    await second.tick()  # the due-check runs again: no new rows, the rest are delivered
    clock.advance(minutes=10)  # past the lease: the interrupted row becomes "unknown"
    await second.tick()
    await second.stop()
    delivered = got + [a.user_id for a in of(again.delivered, DirectMessage)]
    assert len(delivered) == len(set(delivered)) == 19
    counts = second.features["checkins"].outbox.counts()  # type: ignore[attr-defined]
    assert counts == {"sent": 19, "unknown": 1}
