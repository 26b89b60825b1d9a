"""Running the core off the event loop: a bounded pool of worker threads, crisis first.

The core's handlers are coroutines that do blocking database work (and hand assessment to a
thread). Run on the adapters' event loop, a burst of 400 interactions ran every handler before
a single answer or deferral could go out. The :class:`Dispatcher` runs each handler in one of
``runtime.workers`` threads, each with its own event loop, so the adapters' loop only parses
payloads and sends answers: a deferral always goes out within Discord's and Slack's 3 seconds,
whatever the queue depth.

Promises:

* **Bounded**: at most ``workers`` handlers run at once; the rest wait on the loop (cheap).
* **Crisis first**: waiting events are started by priority, then arrival. Events that carry a
  message text to assess (posted or edited messages) come before commands, buttons and
  forms, so a crisis disclosure's care DM and alert are never behind 1,000 ``/resources``
  lookups.
* **Per-member order**: events from one member (platform, community, user) start in the order
  they arrived and never run at the same time; a member's later message does not overtake
  their earlier command.
* **Acks first**: while an adapter is sending first responses it announced with
  :meth:`Dispatcher.acking` (a burst being deferred), no new handler starts (for at most
  ``ACK_HOLD`` seconds): workers share Python's one interpreter lock with the adapters' loop,
  and a deferral is worth more than an answer that can follow later.
* **Jobs apart**: scheduled jobs (a 20,000-member fan-out) run in their own thread, never
  taking a handler's slot and never on the adapters' loop.

A coroutine run here that needs the adapters' loop (delivering through a platform) goes back
to it with :meth:`Dispatcher.on_main_loop`.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Hashable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")

#: Priorities: lower starts first.
ASSESS, INTERACT = 0, 1
#: Longest a handler waits for adapters' pending first responses before starting anyway.
ACK_HOLD = 0.5


class RuntimeConfig(BaseModel):
    """``[runtime]``: how one Hearth process runs its core (see README, "Scale")."""

    model_config = ConfigDict(extra="forbid", validate_default=True)

    workers: int = Field(
        4,
        ge=1,
        le=64,
        description="Threads that run handlers and their database work off the event loop "
        "(SQLite has one writer: 2-4; PostgreSQL: up to its pool size, 15).",
    )
    leader_poll_seconds: float = Field(
        5.0,
        gt=0,
        le=300,
        description="PostgreSQL with several processes: how often a standby process tries to "
        "take over the scheduler (a dead leader is replaced within this time).",
    )


class PrioritySlots:
    """A semaphore whose waiters are woken lowest priority first, then first come."""

    def __init__(self, size: int) -> None:
        self._free = size
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    @property
    def free(self) -> int:
        return self._free

    @property
    def waiting(self) -> int:
        return sum(1 for *_, fut in self._waiters if not fut.done())

    async def acquire(self, priority: int) -> None:
        if self._free > 0 and not self.waiting:
            self._free -= 1
            return
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (priority, next(self._order), fut))
        try:
            await fut
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled():
                self.release()  # handed a slot just as we were cancelled: pass it on
            raise

    def release(self) -> None:
        while self._waiters:
            *_, fut = heapq.heappop(self._waiters)
            if not fut.done():
                fut.set_result(None)
                return
        self._free += 1


class _Lanes:
    """Threads that each keep one event loop, so a coroutine runs to completion in them."""

    def __init__(self, workers: int, name: str) -> None:
        self._executor = ThreadPoolExecutor(workers, thread_name_prefix=name)
        self._local = threading.local()

    def _run(self, factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
        runner = getattr(self._local, "runner", None)
        if runner is None:
            runner = self._local.runner = asyncio.Runner()
        return runner.run(factory())

    async def run(self, factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
        loop = asyncio.get_running_loop()
        try:
            future = loop.run_in_executor(self._executor, self._run, factory)
        except RuntimeError:  # shut down meanwhile (Hearth is stopping): run in place
            return await factory()
        return await future

    def close(self, *, wait: bool) -> None:
        self._executor.shutdown(wait=wait, cancel_futures=True)


#: Python's interpreter-lock hand-over interval while workers run (default 5 ms): the adapters'
#: loop waits at most this long for the lock when it wakes up to send an answer.
SWITCH_INTERVAL = 0.001


class Dispatcher:
    def __init__(self, workers: int = 4) -> None:
        self.workers = workers
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
        self._handlers = _Lanes(workers, "hearth-worker")
        self._jobs = _Lanes(1, "hearth-jobs")
        self._slots = PrioritySlots(workers)
        self._members: dict[Hashable, tuple[asyncio.Lock, int]] = {}
        self._main: asyncio.AbstractEventLoop | None = None
        self._closed = False
        self._acks = 0
        self._acks_clear = asyncio.Event()
        self._acks_clear.set()

    @property
    def waiting(self) -> int:
        """Events waiting for a worker (a burst's queue depth)."""
        return self._slots.waiting

    @property
    def busy(self) -> bool:
        """Every worker is taken: an event handed over now will wait (adapters defer first)."""
        return self._slots.free == 0

    async def handle(
        self, key: Hashable | None, priority: int, factory: Callable[[], Coroutine[Any, Any, T]]
    ) -> T:
        """Run ``factory()`` in a worker: after the member's earlier events, by priority.
        Called from a worker already (a handler handing over to another), it runs in place."""
        if _in_lane() or self._closed:
            return await factory()  # nested, or stopping: in place
        self._remember_loop()
        async with self._member(key):
            await self._slots.acquire(priority)
            try:
                if not self._acks_clear.is_set():
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._acks_clear.wait(), ACK_HOLD)
                return await self._handlers.run(factory)
            finally:
                self._slots.release()

    @asynccontextmanager
    async def acking(self) -> AsyncIterator[None]:
        """Adapters wrap the sending of a first response (a deferral) under load in this:
        handlers wait to start until every such response is out."""
        self._acks += 1
        self._acks_clear.clear()
        try:
            yield
        finally:
            self._acks -= 1
            if self._acks == 0:
                self._acks_clear.set()

    async def job(self, factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
        """Run a scheduled job in the jobs thread (one at a time)."""
        if _in_lane() or self._closed:
            return await factory()
        self._remember_loop()
        return await self._jobs.run(factory)

    async def in_thread(self, factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
        """Run a long-lived coroutine (the outbox worker) in a thread and loop of its own.
        Cancelling the caller cancels it there."""
        self._remember_loop()
        loop: asyncio.AbstractEventLoop = asyncio.new_event_loop()
        task: asyncio.Future[T] | None = None

        def run() -> T:
            nonlocal task
            asyncio.set_event_loop(loop)
            task = loop.create_task(factory())
            try:
                return loop.run_until_complete(task)
            finally:
                loop.close()

        try:
            return await asyncio.to_thread(run)
        except asyncio.CancelledError:
            if task is not None and not loop.is_closed():
                loop.call_soon_threadsafe(task.cancel)
            raise

    async def on_main_loop(self, awaitable: Awaitable[T]) -> T:
        """Await ``awaitable`` on the adapters' loop, from wherever this runs."""
        main = self._main
        here = asyncio.get_running_loop()
        if main is None or main is here or main.is_closed():
            return await awaitable
        return await asyncio.wrap_future(
            asyncio.run_coroutine_threadsafe(_as_coroutine(awaitable), main)
        )

    def spawn(self, coro: Coroutine[Any, Any, T]) -> asyncio.Future[T] | Future[T]:
        """Run ``coro`` in the background on the adapters' loop, which keeps running; a worker's
        loop only runs while a handler does, so a task left there would stall. Call it from a
        coroutine. ``asyncio.wrap_future`` awaits the result from any loop."""
        main, here = self._main, asyncio.get_running_loop()
        if main is None or main is here or main.is_closed():
            return here.create_task(coro)
        return asyncio.run_coroutine_threadsafe(coro, main)

    def close(self) -> None:
        """Stop the threads after the handlers in flight (blocking: call it in a thread); a
        running job is left to finish. Anything handed over afterwards runs in place."""
        self._closed = True
        self._handlers.close(wait=True)
        self._jobs.close(wait=False)

    def _remember_loop(self) -> None:
        self._main = asyncio.get_running_loop()

    @asynccontextmanager
    async def _member(self, key: Hashable | None) -> AsyncIterator[None]:
        if key is None:
            yield
            return
        lock, users = self._members.get(key, (asyncio.Lock(), 0))
        self._members[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._members[key]
            if users <= 1:
                del self._members[key]
            else:
                self._members[key] = (lock, users - 1)


def _in_lane() -> bool:
    return threading.current_thread().name.startswith(("hearth-worker", "hearth-jobs"))


async def _as_coroutine(awaitable: Awaitable[T]) -> T:
    return await awaitable
