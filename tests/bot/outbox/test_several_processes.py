"""Several processes drain one outbox (PostgreSQL): each row is sent at most once, none is
lost, and the platform's rate holds for all of them together. Each "process" here is a Hearth
with an engine of its own, draining in a thread and event loop of its own. On SQLite a single
process is assumed: one drainer."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from datetime import UTC, datetime

from sqlmodel import col, func, select

from bot.actions import DirectMessage
from bot.clock import FakeClock
from bot.config import Config
from bot.outbox.models import SENT, OutboxItem
from bot.outbox.queue import Outbox
from bot.storage.database import Database
from tests.bot.outbox.test_queue import Sink, dm, enqueue, make

MESSAGES = 600
RATE = 300.0  # messages per second, in total


def _drain_in_own_thread(outbox: Outbox) -> threading.Thread:
    thread = threading.Thread(target=lambda: asyncio.run(outbox.drain()))
    thread.start()
    return thread


def test_three_processes_send_each_row_once_at_the_total_rate(
    config: Config, database: Database
) -> None:
    shared = database.engine.dialect.name == "postgresql"
    engines = [database] + ([Database(database.url), Database(database.url)] if shared else [])
    sinks = [Sink() for _ in engines]
    outboxes = []
    for engine, sink in zip(engines, sinks, strict=True):
        outbox = make(config, engine, FakeClock(datetime.now(UTC)), sink)
        outbox.settings.rates["test"] = RATE
        outboxes.append(outbox)
    enqueue(database, outboxes[0], [dm(n) for n in range(MESSAGES)])
    started = time.monotonic()
    threads = [_drain_in_own_thread(outbox) for outbox in outboxes]
    for thread in threads:
        thread.join(60)
    elapsed = time.monotonic() - started

    sent = Counter(
        action.user_id for sink in sinks for action in sink.got if isinstance(action, DirectMessage)
    )
    assert len(sent) == MESSAGES and max(sent.values()) == 1  # none lost, none twice
    if shared:
        assert all(sink.got for sink in sinks)  # every process took a share
    # The rate is a floor on the time: three processes together are no faster than one.
    print(f"{MESSAGES} rows, {len(engines)} drainer(s), {elapsed:.2f} s")
    assert elapsed >= (MESSAGES - outboxes[0].bucket("test").capacity) / RATE * 0.95
    with database.session() as session:
        assert (
            session.exec(
                select(func.count()).select_from(OutboxItem).where(col(OutboxItem.status) == SENT)
            ).one()
            == MESSAGES
        )
    for engine in engines[1:]:
        engine.dispose()
