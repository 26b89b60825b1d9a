"""Running Hearth until it is told to stop, and stopping it cleanly.

:func:`serve` starts the core, runs each platform's ``run`` coroutine and waits until one of
them ends (the console at end of input) or the process gets SIGTERM or SIGINT. Then, in order:

1. stop taking events: the gate answers any new event with nothing (logged at DEBUG);
2. let handlers already in flight finish, for at most ``grace`` seconds;
3. cancel the platforms' runs: each adapter closes its connection in its own ``finally``
   (discord.py's ``Client.close`` sends a normal close to the gateway; Slack Socket Mode
   closes its websocket; HTTP mode stops its server);
4. ``hearth.stop()``: the scheduler and the outbox stop (pending work resumes after a restart);
5. the database pool is disposed and ``Hearth stopped cleanly`` is logged.

A second signal during the stop is ignored (the stop is already bounded). The process exits 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.actions import Action
    from bot.app import Hearth
    from bot.events import Event

log = logging.getLogger(__name__)

#: Seconds handlers in flight may take to finish once a stop was asked for.
GRACE_SECONDS = 10.0
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class Gate:
    """Counts events in flight through ``hearth.handle`` and, once closed, lets none in."""

    def __init__(self, hearth: Hearth) -> None:
        self.open = True
        self.in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._handle: Callable[[Event], Awaitable[list[Action]]] = hearth.handle

    async def handle(self, event: Event) -> list[Action]:
        if not self.open:
            log.debug("stopping: %s not handled", type(event).__name__)
            return []
        self.in_flight += 1
        self._idle.clear()
        try:
            return await self._handle(event)
        finally:
            self.in_flight -= 1
            if self.in_flight == 0:
                self._idle.set()

    async def close(self, grace: float) -> bool:
        """Refuse new events; True when every event in flight finished within ``grace``."""
        self.open = False
        try:
            await asyncio.wait_for(self._idle.wait(), grace)
        except TimeoutError:
            return False
        return True


async def serve(
    hearth: Hearth, *runs: Coroutine[Any, Any, None], grace: float = GRACE_SECONDS
) -> None:
    """Start Hearth, serve until a run ends or a stop signal arrives, then stop cleanly."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    received: list[str] = []

    def ask_to_stop(sig: signal.Signals) -> None:
        if not received:
            log.info("%s received: stopping", sig.name)
        received.append(sig.name)
        stop.set()

    installed = _install(loop, ask_to_stop)
    gate = Gate(hearth)
    # Every adapter calls hearth.handle at call time, so the gate sees every event.
    vars(hearth)["handle"] = gate.handle
    await hearth.start()
    tasks = [asyncio.ensure_future(run) for run in runs]
    stopper = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait([*tasks, stopper], return_when=asyncio.FIRST_COMPLETED)
    finally:
        await _stop(hearth, gate, tasks, stopper, grace)
        for sig in installed:
            loop.remove_signal_handler(sig)
    for task in tasks:  # a platform that failed on its own still fails the command
        failure = task.exception() if task.done() and not task.cancelled() else None
        if failure is not None:
            raise failure


def _install(
    loop: asyncio.AbstractEventLoop, handler: Callable[[signal.Signals], None]
) -> list[signal.Signals]:
    installed = []
    for sig in STOP_SIGNALS:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, handler, sig)
            installed.append(sig)
    return installed


async def _stop(
    hearth: Hearth,
    gate: Gate,
    tasks: list[asyncio.Future[None]],
    stopper: asyncio.Future[Any],
    grace: float,
) -> None:
    started = time.monotonic()
    drained = await gate.close(grace)
    if not drained:
        log.warning("stopping: %d event(s) still in flight after %.0fs", gate.in_flight, grace)
    stopper.cancel()
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await asyncio.wait_for(task, grace)
    await hearth.stop()
    hearth.db.dispose()
    log.info("Hearth stopped cleanly in %.1fs", time.monotonic() - started)
