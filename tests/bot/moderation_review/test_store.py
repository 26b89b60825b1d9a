"""Case storage: tables, per-community numbering (also under concurrency), retention."""

from __future__ import annotations

import asyncio
import json
import threading
from datetime import datetime

import pytest
from sqlalchemy import inspect
from sqlmodel import Session

from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.moderation_review import store
from bot.moderation_review.jobs import Jobs
from bot.moderation_review.models import CaseCounter, ModerationCase
from bot.roles import Role
from bot.storage import batches
from bot.storage.database import Database
from bot.storage.models import Community
from tests.bot.moderation_review.conftest import CRISIS, INSULT, MISINFO, all_cases, case_log
from tests.support.recording import RecordingAdapter

TABLES = {
    "moderation_case",
    "moderation_case_event",
    "moderation_case_counter",
    "moderation_case_report",
    "moderation_signal_stat",
}


def test_tables_exist_after_upgrade(database: Database) -> None:
    assert set(inspect(database.engine).get_table_names()) >= TABLES
    assert "0002_cases" in database._all_revisions()


async def test_numbers_are_per_community(hearth: Hearth, database: Database) -> None:
    one = RecordingAdapter(hearth, community="c1")
    two = RecordingAdapter(hearth, community="c2")
    await one.say("maria", MISINFO)
    await two.say("maria", MISINFO)
    await one.say("sam", INSULT)
    await two.say("sam", INSULT)
    await two.say("sam", CRISIS)
    numbers = [(c.community_id, c.number) for c in all_cases(database)]
    assert numbers == [(1, 1), (2, 1), (1, 2), (2, 2), (2, 3)]


async def test_concurrent_messages_get_distinct_numbers(
    recorder: RecordingAdapter, database: Database
) -> None:
    # each handler awaits the assessor in a thread, so these interleave on the loop
    await asyncio.gather(*(recorder.say(f"parent{i}", MISINFO) for i in range(12)))
    assert sorted(c.number for c in all_cases(database)) == list(range(1, 13))


def test_numbering_is_safe_across_threads(database: Database) -> None:
    with database.session() as session:
        community = Community(platform="test", external_id="c1")
        session.add(community)
        session.flush()
        community_id = community.id
    got: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(8)

    def worker() -> None:
        try:
            start.wait()
            for _ in range(5):
                with database.session() as session:
                    number = store.next_number(session, community_id)  # type: ignore[arg-type]
                with lock:
                    got.append(number)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(got) == list(range(1, 41))
    with database.session() as session:
        assert session.get(CaseCounter, community_id).last_number == 40  # type: ignore[union-attr]


async def test_text_purged_after_the_retention_window(
    hearth: Hearth,
    recorder: RecordingAdapter,
    database: Database,
    clock: FakeClock,
    config: Config,
) -> None:
    config.privacy.flagged_text_retention_days = 30
    await recorder.say("sam", INSULT)
    await recorder.say("maria", MISINFO)  # stays open: never purged
    closed_id = all_cases(database)[0].id
    clock.advance(days=2)
    await recorder.press("alex", f"case:warn:{closed_id}", role=Role.MODERATOR)
    clock.advance(days=29, hours=23)
    await hearth.tick()
    assert all_cases(database)[0].text == INSULT
    clock.advance(hours=2)
    await hearth.tick()
    closed, still_open = all_cases(database)
    assert closed.text is None and closed.text_erased_at == clock.now()
    assert all(r["quote"] == "" for r in closed.reasons) and closed.reasons
    assert closed.categories == "abuse" and closed.scores["abuse"] >= 0.5
    assert case_log(database, closed_id)[-1].kind == "purged"
    assert still_open.text == MISINFO
    await hearth.tick()
    assert [e.kind for e in case_log(database, closed_id)].count("purged") == 1
    detail = await recorder.command("alex", "/case 1", role=Role.MODERATOR)
    assert "text erased: the retention window is over" in detail[0].message.plain()  # type: ignore[attr-defined]
    assert INSULT not in detail[0].message.plain()  # type: ignore[attr-defined]


async def test_retention_purge_commits_in_short_batches(
    hearth: Hearth,
    recorder: RecordingAdapter,
    database: Database,
    config: Config,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A year of cases is not erased in one long write transaction: each batch commits."""
    monkeypatch.setattr(batches, "BATCH_SIZE", 2)
    batch_sizes: list[int] = []
    purge = Jobs.purge

    def spy(self: Jobs, session: Session, now: datetime, limit: int | None = None) -> int:
        done = purge(self, session, now, limit)
        batch_sizes.append(done)
        return done

    monkeypatch.setattr(Jobs, "purge", spy)
    config.privacy.flagged_text_retention_days = 0
    for who in ("sam", "kim", "lee", "pat", "ash"):
        await recorder.say(who, INSULT)
    for case in all_cases(database):
        await recorder.press("alex", f"case:warn:{case.id}", role=Role.MODERATOR)
    await hearth.tick()
    assert batch_sizes == [2, 2, 1]
    assert all(case.text is None for case in all_cases(database))


async def test_zero_retention_purges_at_the_next_tick(
    hearth: Hearth, recorder: RecordingAdapter, database: Database, config: Config
) -> None:
    config.privacy.flagged_text_retention_days = 0
    await recorder.say("maria", MISINFO)
    case_id = all_cases(database)[0].id
    await recorder.press("alex", f"case:keep:{case_id}", role=Role.MODERATOR)
    await hearth.tick()
    assert all_cases(database)[0].text is None


def test_reasons_fit_the_column_strongest_first_and_stay_readable() -> None:
    reasons = [
        {"category": "crisis", "signal": f"s{i}", "quote": "q" * 150, "detail": "d" * 200}
        for i in range(40)
    ]
    reasons.append({"category": "crisis", "signal": "someone close", "quote": "", "detail": ""})
    kept = json.loads(store.fit_reasons(reasons, 8000))
    assert kept[0]["signal"] == "someone close"  # chooses the care message: always kept
    assert [r["signal"] for r in kept[1:]] == [f"s{i}" for i in range(len(kept) - 1)]
    assert 10 < len(kept) < 41
    assert store.fit_reasons(reasons[:2], 8000) == json.dumps(reasons[:2])


def test_a_row_cut_by_an_older_version_reads_as_no_reasons() -> None:
    case = ModerationCase(community_id=1, number=1, reasons_json='[{"category": "cris')
    assert case.reasons == []
