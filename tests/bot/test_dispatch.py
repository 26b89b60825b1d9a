"""The dispatcher: the core runs off the event loop, bounded, crisis first, per-member order."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from bot.actions import Action, AlertModerators, DirectMessage
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.dispatch import ASSESS, INTERACT, Dispatcher, PrioritySlots
from bot.storage.database import Database
from tests.bot.moderation_review.conftest import CRISIS
from tests.support.recording import RecordingAdapter, of

FEATURES = [
    "bot.moderation_review.feature:ModerationFeature",
    "bot.resources.feature:ResourcesFeature",
]


async def test_priority_slots_wake_lowest_priority_first() -> None:
    slots = PrioritySlots(1)
    await slots.acquire(INTERACT)
    order: list[str] = []

    async def wait(name: str, priority: int) -> None:
        await slots.acquire(priority)
        order.append(name)
        slots.release()

    tasks = [asyncio.ensure_future(wait(f"command{i}", INTERACT)) for i in range(3)]
    tasks.append(asyncio.ensure_future(wait("message", ASSESS)))
    await asyncio.sleep(0)
    slots.release()
    await asyncio.gather(*tasks)
    assert order == ["message", "command0", "command1", "command2"]


async def test_handlers_run_in_worker_threads_not_on_the_loop() -> None:
    dispatcher = Dispatcher(2)
    loop_thread = threading.current_thread()

    async def where() -> threading.Thread:
        return threading.current_thread()

    ran = await dispatcher.handle(("p", "c", "u"), INTERACT, where)
    assert ran is not loop_thread and ran.name.startswith("hearth-worker")
    assert await dispatcher.job(where) is not loop_thread
    dispatcher.close()


async def test_one_members_events_keep_their_order() -> None:
    """A member's message (assessed first) never overtakes their earlier command."""
    dispatcher = Dispatcher(1)
    order: list[str] = []
    gate = threading.Event()

    def step(name: str, wait: bool = False) -> Callable[[], Coroutine[Any, Any, None]]:
        async def run() -> None:
            if wait:
                gate.wait(5)
            order.append(name)

        return run

    blocker = asyncio.ensure_future(dispatcher.handle(("p", "c", "x"), INTERACT, step("x", True)))
    await asyncio.sleep(0.05)
    first = asyncio.ensure_future(dispatcher.handle(("p", "c", "u"), INTERACT, step("u-command")))
    await asyncio.sleep(0)
    second = asyncio.ensure_future(dispatcher.handle(("p", "c", "u"), ASSESS, step("u-message")))
    other = asyncio.ensure_future(dispatcher.handle(("p", "c", "v"), ASSESS, step("v-message")))
    await asyncio.sleep(0.05)
    gate.set()
    await asyncio.gather(blocker, first, second, other)
    assert order.index("u-command") < order.index("u-message")
    assert order.index("v-message") < order.index("u-command")  # another member's message first
    dispatcher.close()


async def test_crisis_jumps_a_burst_of_lookups(
    config: Config, database: Database, clock: FakeClock
) -> None:
    """200 /resources lookups queued, then a crisis: its DM and alert come among the first."""
    config.runtime.workers = 1
    hearth = Hearth(config, database, clock=clock, features=FEATURES)
    await hearth.features["moderation"].start()
    recorder = RecordingAdapter(hearth)
    done: list[str] = []

    async def run(name: str, call: Awaitable[list[Action]]) -> list[Action]:
        actions = await call
        done.append(name)
        return actions

    lookups = [
        asyncio.ensure_future(run(f"p{i}", recorder.command(f"p{i}", "/resources nausea")))
        for i in range(200)
    ]
    crisis = asyncio.ensure_future(run("sam", recorder.say("sam", CRISIS)))
    actions = await crisis
    assert of(actions, DirectMessage) and of(actions, AlertModerators)
    assert done.index("sam") < 5, f"crisis answered after {done.index('sam')} lookups"
    await asyncio.gather(*lookups)
    assert len(done) == 201
    await hearth.stop()
