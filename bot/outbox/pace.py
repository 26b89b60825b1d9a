"""One send rate for every process draining the same outbox (PostgreSQL).

Each process has its own :class:`~bot.outbox.bucket.TokenBucket`; with three processes on one
PostgreSQL database that would be three times the platform's rate. :class:`SharedPace` hands
out send slots from one row per platform (``outbox_pace``): an atomic ``UPDATE ... RETURNING``
moves the platform's next free slot on by ``1 / rate`` seconds on the database's clock, and
the process waits until its slot. The rate so holds in total, whatever the number of
processes; a process that dies just leaves its last slot unused.
"""

from __future__ import annotations

import asyncio

from sqlalchemy import Engine, text

_CLAIM_SLOT = text(
    "UPDATE outbox_pace "
    "SET next_at = GREATEST(next_at, EXTRACT(EPOCH FROM clock_timestamp())) + :step "
    "WHERE platform = :platform "
    "RETURNING next_at - :step - EXTRACT(EPOCH FROM clock_timestamp())"
)
_NO_WAIT_FOR_DISK = text("SET LOCAL synchronous_commit = off")
_ADD_PLATFORM = text(
    "INSERT INTO outbox_pace (platform, next_at) VALUES (:platform, 0) ON CONFLICT DO NOTHING"
)
_HOLD = text(
    "UPDATE outbox_pace SET next_at = GREATEST(next_at, EXTRACT(EPOCH FROM clock_timestamp()) "
    "+ :seconds) WHERE platform = :platform"
)


class SharedPace:
    #: No burst: slots are handed out one ``1 / rate`` apart.
    capacity = 1.0

    def __init__(self, engine: Engine, rate: float, platform: str) -> None:
        self.engine = engine
        self.step = 1.0 / rate
        self.platform = platform
        with engine.begin() as conn:
            conn.execute(_ADD_PLATFORM, {"platform": platform})

    def _slot(self) -> float:
        with self.engine.begin() as conn:
            conn.execute(_NO_WAIT_FOR_DISK)  # a slot lost in a server crash harms nobody
            wait = conn.execute(_CLAIM_SLOT, {"step": self.step, "platform": self.platform})
            return float(wait.scalar_one())

    async def acquire(self) -> None:
        """Wait for this process's next send slot."""
        wait = self._slot()  # one short statement; drains run off the adapters' loop
        if wait > 0:
            await asyncio.sleep(wait)

    def drain(self, seconds: float = 1.0) -> None:
        """The platform said we were rate limited: nobody sends for ``seconds``."""
        with self.engine.begin() as conn:
            conn.execute(_HOLD, {"seconds": seconds, "platform": self.platform})
