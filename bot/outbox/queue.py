"""Enqueue (idempotent) and drain (paced, at most once) the outbox.

States: ``pending`` -> ``sending`` -> ``sent``; ``pending`` again after a rate limit (with
backoff, until ``max_attempts`` -> ``failed``); ``failed`` for any other refusal (closed DMs,
missing permission: the adapter's outcome goes to ``hearth.report_outcome``); ``unknown`` for a
row left ``sending`` by a crash (not resent: at most once); ``cancelled`` when the member paused
or left before delivery. The payload (message text) is erased once a row is final.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import insert as generic_insert
from sqlalchemy import text, update
from sqlmodel import Session, col, delete, select

from bot.actions import Action
from bot.outbox.bucket import TokenBucket
from bot.outbox.codec import decode, encode
from bot.outbox.models import (
    CANCELLED,
    FAILED,
    PENDING,
    SENDING,
    SENT,
    UNKNOWN,
    OutboxItem,
)
from bot.outbox.pace import SharedPace

if TYPE_CHECKING:
    from bot.app import Hearth

log = logging.getLogger(__name__)

RETRY_REASONS = frozenset({"rate_limited", "not_connected"})


@dataclass(slots=True)
class OutboxSettings:
    rates: dict[str, float] = field(default_factory=dict)
    default_rate: float = 1.0
    lease: timedelta = timedelta(minutes=5)
    max_attempts: int = 5
    backoff: timedelta = timedelta(seconds=30)
    max_backoff: timedelta = timedelta(hours=1)
    #: Rows per transaction in :meth:`Outbox.enqueue_many` (short write transactions).
    batch: int = 500

    def rate(self, platform: str) -> float:
        return self.rates.get(platform, self.default_rate)


@dataclass(frozen=True, slots=True)
class Entry:
    """One action to enqueue."""

    key: str
    platform: str
    community: str
    action: Action
    member_id: int | None = None


@dataclass(slots=True)
class DrainReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    recovered_unknown: int = 0

    def __bool__(self) -> bool:
        return bool(self.sent or self.retried or self.failed or self.recovered_unknown)


def _insert(session: Session):  # type: ignore[no-untyped-def]
    """``INSERT ... ON CONFLICT DO NOTHING`` for the dialect in use."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert

        return insert(OutboxItem).on_conflict_do_nothing(index_elements=["key"])
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert

        return insert(OutboxItem).on_conflict_do_nothing(index_elements=["key"])
    return generic_insert(OutboxItem)


class Outbox:
    def __init__(self, hearth: Hearth, settings: OutboxSettings) -> None:
        self.hearth = hearth
        self.settings = settings
        self._buckets: dict[str, TokenBucket | SharedPace] = {}
        # Drains run on the adapters' loop (the background worker) and in the jobs thread
        # (after a fan-out): a thread lock, taken without blocking either loop.
        self._lock = threading.Lock()
        self._task: asyncio.Task[None] | None = None

    # -- enqueue -------------------------------------------------------------------------

    def enqueue(self, session: Session, entries: Iterable[Entry]) -> int:
        """Add entries in the caller's unit of work; existing keys are left alone.
        Returns how many rows were offered (duplicates are silently ignored)."""
        now = self.hearth.clock.now()
        rows = [
            {
                "key": e.key,
                "platform": e.platform,
                "community": e.community,
                "member_id": e.member_id,
                "payload": encode(e.action),
                "status": PENDING,
                "attempts": 0,
                "next_attempt_at": now,
                "last_reason": "",
                "created_at": now,
                "updated_at": now,
            }
            for e in entries
        ]
        for start in range(0, len(rows), 500):
            session.execute(_insert(session), rows[start : start + 500])
        return len(rows)

    def enqueue_many(self, session: Session, entries: Iterable[Entry], *, batch: int = 0) -> int:
        """Add many entries in short transactions: the caller's session is committed after every
        ``batch`` rows (``settings.batch`` when 0), so a fan-out to 20,000 members never holds
        SQLite's single write lock for more than one batch.

        ``entries`` is consumed lazily with autoflush off: whatever the producer changes in the
        session while making a batch (the rows that say a prompt was sent) is written in the
        same commit as that batch's outbox rows, so a crash between batches neither loses a
        row nor sends one twice. Work already pending in the session is committed first.
        Returns how many rows were offered."""
        size = batch or self.settings.batch
        session.commit()
        offered = 0
        pending: list[Entry] = []
        with session.no_autoflush:
            for entry in entries:
                pending.append(entry)
                if len(pending) >= size:
                    offered += self.enqueue(session, pending)
                    session.commit()
                    pending = []
            offered += self.enqueue(session, pending)
        session.commit()
        return offered

    def cancel_member(self, session: Session, member_id: int, key_prefix: str) -> int:
        """Cancel a member's pending rows under ``key_prefix`` (they paused or left)."""
        result = session.execute(
            update(OutboxItem)
            .where(
                col(OutboxItem.member_id) == member_id,
                col(OutboxItem.status) == PENDING,
                col(OutboxItem.key).startswith(key_prefix),
            )
            .values(status=CANCELLED, payload="", updated_at=self.hearth.clock.now())
        )
        return result.rowcount or 0  # type: ignore[attr-defined]

    def forget_member(self, session: Session, member_id: int) -> None:
        session.exec(delete(OutboxItem).where(col(OutboxItem.member_id) == member_id))  # type: ignore[call-overload]

    # -- drain ---------------------------------------------------------------------------

    def bucket(self, platform: str) -> TokenBucket | SharedPace:
        """The platform's pace: this process's token bucket on SQLite (one process), one
        shared slot row for every process on PostgreSQL."""
        if platform not in self._buckets:
            rate = self.settings.rate(platform)
            engine = self.hearth.db.engine
            self._buckets[platform] = (
                SharedPace(engine, rate, platform)
                if engine.dialect.name == "postgresql"
                else TokenBucket(rate)
            )
        return self._buckets[platform]

    def recover(self) -> int:
        """Mark rows left ``sending`` longer than the lease as ``unknown`` (never resent)."""
        now = self.hearth.clock.now()
        with self.hearth.db.session() as session:
            stale = session.exec(
                select(OutboxItem.id, OutboxItem.key).where(
                    col(OutboxItem.status) == SENDING,
                    col(OutboxItem.updated_at) < now - self.settings.lease,
                )
            ).all()
            for row_id, _key in stale:
                session.execute(
                    update(OutboxItem)
                    .where(col(OutboxItem.id) == row_id, col(OutboxItem.status) == SENDING)
                    .values(status=UNKNOWN, payload="", updated_at=now, last_reason="crash")
                )
                log.warning(
                    "outbox row %s was being sent when Hearth stopped; marked unknown and "
                    "not resent (at-most-once)",
                    row_id,
                )
        return len(stale)

    async def drain(self, *, limit: int | None = None) -> DrainReport:
        """Deliver due rows for every connected platform, paced per platform.

        One drain at a time per process: when one is running already (the background worker,
        or a job's), this returns at once and that drain, which claims rows until none is
        due, sends these too. Other processes drain the same outbox side by side."""
        if not self._lock.acquire(blocking=False):
            return DrainReport()
        try:
            return await self._drain(limit)
        finally:
            self._lock.release()

    async def _drain(self, limit: int | None) -> DrainReport:
        report = DrainReport(recovered_unknown=self.recover())
        platforms = self.hearth.platforms()
        if not platforms:
            return report
        while limit is None or report.sent + report.failed + report.retried < limit:
            claimed = self._claim(platforms)  # drains run off the adapters' loop
            if claimed is None:
                break
            await self._deliver_one(*claimed, report)
        if report:
            log.info(
                "outbox: %d sent, %d to retry, %d failed, %d unknown",
                report.sent,
                report.retried,
                report.failed,
                report.recovered_unknown,
            )
        return report

    def _claim(self, platforms: list[str]) -> tuple[int, str, str, str] | None:
        """Mark the next due row ``sending`` and return it (id, platform, community, payload).

        One short transaction. On PostgreSQL ``FOR UPDATE SKIP LOCKED``: processes draining
        the same outbox each take a different row and never wait for one another."""
        now = self.hearth.clock.now()
        with self.hearth.db.session() as session:
            pick = (
                select(OutboxItem.id)
                .where(
                    col(OutboxItem.status) == PENDING,
                    col(OutboxItem.next_attempt_at) <= now,
                    col(OutboxItem.platform).in_(platforms),
                )
                .order_by(col(OutboxItem.next_attempt_at))
                .limit(1)
            )
            if session.get_bind().dialect.name == "postgresql":
                pick = pick.with_for_update(skip_locked=True)
            row = session.execute(
                update(OutboxItem)
                .where(
                    col(OutboxItem.id) == pick.scalar_subquery(),
                    col(OutboxItem.status) == PENDING,
                )
                .values(status=SENDING, updated_at=now)
                .returning(
                    OutboxItem.id, OutboxItem.platform, OutboxItem.community, OutboxItem.payload
                )
            ).first()
        return None if row is None else (row[0], row[1], row[2], row[3])

    def _set(self, item_id: int, expected: str, **values: object) -> bool:
        values.setdefault("updated_at", self.hearth.clock.now())
        with self.hearth.db.session() as session:
            if expected == SENDING and session.get_bind().dialect.name == "postgresql":
                # After delivery: a PostgreSQL crash may lose this commit, leaving the row
                # ``sending`` (then ``unknown``, never resent), so it need not wait for disk.
                session.execute(text("SET LOCAL synchronous_commit = off"))
            result = session.execute(
                update(OutboxItem)
                .where(col(OutboxItem.id) == item_id, col(OutboxItem.status) == expected)
                .values(**values)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    async def _deliver_one(
        self, item_id: int, platform: str, community: str, payload: str, report: DrainReport
    ) -> None:
        """Deliver one claimed (``sending``) row at the platform's pace."""
        await self.bucket(platform).acquire()
        try:
            action = decode(payload)
        except (ValueError, TypeError, KeyError):
            log.exception("outbox row %s has an unreadable payload; failed", item_id)
            self._set(item_id, SENDING, status=FAILED, payload="", last_reason="bad_payload")
            report.failed += 1
            return
        try:
            outcomes = await self.hearth.deliver(platform, community, [action])
        except Exception:
            # The adapter raised before or while sending: we cannot know whether it went out.
            log.exception("outbox row %s: delivery raised; marked unknown", item_id)
            self._set(item_id, SENDING, status=UNKNOWN, payload="", last_reason="error")
            report.failed += 1
            return
        failed = [o for o in outcomes if not o.ok]
        if not failed:
            self._set(item_id, SENDING, status=SENT, payload="")
            report.sent += 1
            return
        outcome = failed[0]
        if outcome.reason in RETRY_REASONS:
            self.bucket(platform).drain()
            self._retry(item_id, outcome.reason, report)
            return
        self._set(item_id, SENDING, status=FAILED, payload="", last_reason=outcome.reason[:32])
        report.failed += 1
        log.info("outbox row %s not delivered: %s", item_id, outcome.reason)
        follow = await self.hearth.report_outcome(platform, community, outcome)
        if follow:
            await self.hearth.deliver(platform, community, follow)

    def _retry(self, item_id: int, reason: str, report: DrainReport) -> None:
        now = self.hearth.clock.now()
        with self.hearth.db.session() as session:
            item = session.get(OutboxItem, item_id)
            if item is None:
                return
            item.attempts += 1
            item.last_reason = reason[:32]
            item.updated_at = now
            if item.attempts >= self.settings.max_attempts:
                item.status, item.payload = FAILED, ""
                report.failed += 1
                log.warning("outbox row %s gave up after %d attempts", item_id, item.attempts)
                return
            delay = min(
                self.settings.backoff * (2 ** (item.attempts - 1)), self.settings.max_backoff
            )
            item.status = PENDING
            item.next_attempt_at = now + delay
            report.retried += 1

    # -- production worker -----------------------------------------------------------------

    def start(self, poll_seconds: float = 2.0) -> None:
        """Drain continuously in the background (production), in a thread of its own so the
        adapters' loop only carries the sends; tests call :meth:`drain`."""
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(
                self.hearth.dispatcher.in_thread(lambda: self._run(poll_seconds))
            )

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self, poll_seconds: float) -> None:
        while True:
            started = time.monotonic()
            try:
                await self.drain()
            except Exception:
                log.exception("outbox drain failed; retrying in %.0fs", poll_seconds)
            await asyncio.sleep(max(0.0, poll_seconds - (time.monotonic() - started)))

    def counts(self) -> dict[str, int]:
        with self.hearth.db.session() as session:
            rows = session.exec(select(OutboxItem.status)).all()
        out: dict[str, int] = {}
        for status in rows:
            out[status] = out.get(status, 0) + 1
        return out


__all__ = ["DrainReport", "Entry", "Outbox", "OutboxSettings", "datetime"]
