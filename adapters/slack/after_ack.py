"""The slow part of each Slack request, run after its ack by a few workers.

Slack gives every request 3 seconds. Listeners ack at once and queue the rest here (users.info,
the core's database work and model scoring, the Web API calls that answer). Bounded workers
keep a burst (200 slash commands at once) from running 200 database sessions side by side on
the event loop, where they would delay the acks of requests still arriving; and a worker waits
while HTTP requests are still on their way to their ack (at most ``ACK_PRIORITY_WAIT``).
Work is taken in arrival order.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

log = logging.getLogger(__name__)

#: Longest a worker defers its work while other requests still wait for their ack.
ACK_PRIORITY_WAIT = 1.0
#: Workers doing the slow part of requests.
WORKERS = 4

Work = Callable[..., Awaitable[None]]


class AfterAck:
    def __init__(self, workers: int = WORKERS) -> None:
        self.size = workers
        self._queue: asyncio.Queue[tuple[Work, tuple[Any, ...]]] = asyncio.Queue()
        self._workers: list[asyncio.Task[None]] = []
        self._in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()

    def later(self, fn: Work, *args: Any) -> None:
        """Queue ``fn(*args)``; call it right after ``ack()``."""
        if not self._workers:
            self._workers = [
                asyncio.create_task(self._worker(), name=f"slack-worker-{i}")
                for i in range(self.size)
            ]
        self._queue.put_nowait((fn, args))

    async def _worker(self) -> None:
        while True:
            fn, args = await self._queue.get()
            try:
                await self._acks_first()
                await fn(*args)
            except Exception:  # one bad request must not stop the worker
                log.exception("Slack work item %s failed", getattr(fn, "__name__", fn))
            finally:
                self._queue.task_done()

    async def _acks_first(self) -> None:
        if self._in_flight:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(ACK_PRIORITY_WAIT):
                    await self._idle.wait()

    @web.middleware
    async def count_in_flight(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """aiohttp middleware: an HTTP request is in flight until its response (the ack)."""
        self._in_flight += 1
        self._idle.clear()
        try:
            return await handler(request)
        finally:
            self._in_flight -= 1
            if self._in_flight == 0:
                self._idle.set()

    async def drain(self) -> None:
        """Wait until every queued piece of work is done."""
        await self._queue.join()

    async def stop(self, grace: float = 5.0) -> None:
        """Finish what was already acknowledged (briefly), then stop the workers."""
        if self._workers:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(grace):
                    await self.drain()
        for worker in self._workers:
            worker.cancel()
        self._workers = []
