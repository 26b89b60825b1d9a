"""Time to first response for a burst of Discord interactions, against Discord's 3 s limit.

A loopback fake Discord (``adapters.discord.testing``) dispatches N INTERACTION_CREATE events
back to back over its gateway; the figure is, per interaction, the time from the moment the
fake sent the event until the bot's interaction callback (respond or defer) reached the fake's
REST. Two clients run in the same process against the same fake:

* baseline: a bare discord.py client answering every interaction with a constant at once;
* hearth: the real Discord adapter with every default feature on a migrated SQLite database,
  answering ``/resources <topic>`` and ``/help`` for many distinct members (each member's
  first contact also creates their record).

    python -m benchmarks.discord_burst [--interactions 200] [--members 50]
        [--respond-within SECONDS]

``--respond-within 0`` compares the "always defer first" strategy with the default (answer
directly when the core is fast, defer when it is slow or the interaction is already late).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import statistics
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord

from adapters.discord.adapter import DiscordAdapter, configure_endpoints
from adapters.discord.settings import DiscordConfig
from adapters.discord.testing import FakeDiscord
from bot.app import Hearth
from bot.config import parse_config
from bot.storage.database import Database

LIMIT = 3.0
TOPICS = ("nausea", "financial help", "siblings", "sleep", "school")


class Baseline(discord.Client):
    """The floor: discord.py itself answering with a constant, no work at all."""

    def __init__(self) -> None:
        super().__init__(intents=discord.Intents.none())
        self.ready_event = asyncio.Event()

    async def on_ready(self) -> None:
        self.ready_event.set()

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("ok", ephemeral=True)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


async def _burst(fake: FakeDiscord, count: int, members: int) -> dict[str, Any]:
    payloads = []
    for i in range(count):
        who = f"parent{i % members}"
        if i % 4 == 3:
            data = {"id": fake.new_id(), "name": "help", "type": 1, "options": []}
        else:
            topic = TOPICS[i % len(TOPICS)]
            data = {
                "id": fake.new_id(),
                "name": "resources",
                "type": 1,
                "options": [{"name": "topic", "type": 3, "value": topic}],
            }
        payloads.append(fake.interaction_payload(who, 2, data))
    started = time.perf_counter()
    ids = [await fake.interact(p) for p in payloads]  # back to back: a burst
    await fake.wait_for("POST", r"^/interactions/\d+/[^/]+/callback$", count=count, within=120)
    wall = time.perf_counter() - started
    own, burst = [], []
    deferred = 0
    for iid in ids:
        call = fake.callback(iid)
        assert call is not None and call.status == 200
        own.append(call.at - fake.dispatched_at[iid])
        # The fake and the bot share one event loop, so a busy bot also slows the fake's
        # sending: measuring from the burst's start counts that queueing too (as if all N
        # events had arrived at once), the conservative figure compared with the limit.
        burst.append(call.at - started)
        deferred += call.json["type"] == 5
    # Every deferred interaction's answer follows (an edit of the placeholder or a follow-up
    # message); wait for them (bounded) so the client closes with nothing in flight.
    answered = await _follow_ups(fake, deferred)
    return {
        "p50": statistics.median(burst),
        "p95": _percentile(burst, 0.95),
        "p99": _percentile(burst, 0.99),
        "max": max(burst),
        "own_p50": statistics.median(own),
        "own_max": max(own),
        "over": sum(1 for x in burst if x > LIMIT),
        "deferred": deferred,
        "wall": wall,
        "answered": answered - started,
    }


async def _follow_ups(fake: FakeDiscord, count: int, within: float = 300.0) -> float:
    """When ``count`` deferred answers had reached the fake (perf_counter time)."""
    deadline = time.perf_counter() + within
    while True:
        edits = fake.find("PATCH", r"^/webhooks/\d+/[^/]+/messages/@original$")
        posts = fake.find("POST", r"^/webhooks/\d+/[^/]+$")
        calls = sorted(c.at for c in edits + posts)
        if len(calls) >= count or time.perf_counter() > deadline:
            return calls[count - 1] if count and len(calls) >= count else time.perf_counter()
        await asyncio.sleep(0.05)


@contextlib.asynccontextmanager
async def _connected(client: Any, ready: asyncio.Event) -> AsyncIterator[None]:
    """Run ``client`` (a discord.py client or the adapter) against the fake for the block,
    entered once it is ready; closed and its task collected on the way out."""
    task = asyncio.create_task(client.start("bench-token"))
    try:
        await asyncio.wait_for(ready.wait(), 30)
        yield
    finally:
        await client.close()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def _baseline(count: int, members: int) -> dict[str, Any]:
    fake = await FakeDiscord().start()
    configure_endpoints(DiscordConfig(api_url=fake.api_url, gateway_url=fake.gateway_url))
    client = Baseline()
    try:
        async with _connected(client, client.ready_event):
            return await _burst(fake, count, members)
    finally:
        await fake.stop()


async def _hearth(
    count: int, members: int, folder: Path, tuning: dict[str, Any], workers: int | None = None
) -> dict[str, Any]:
    fake = await FakeDiscord().start()
    database = Database(f"sqlite:///{folder / 'bench.db'}")
    database.upgrade()
    config = parse_config({"runtime": {"workers": workers}} if workers else {}, platform_models={})
    config.base_dir = folder
    hearth = Hearth(config, database)
    settings = DiscordConfig(api_url=fake.api_url, gateway_url=fake.gateway_url)
    adapter = DiscordAdapter(
        hearth, config, settings.model_copy(update={"sync_on_start": False, **tuning})
    )
    await hearth.start()
    try:
        async with _connected(adapter, adapter.ready):
            return await _burst(fake, count, members)
    finally:
        await hearth.stop()
        database.dispose()
        await fake.stop()


def _line(name: str, r: dict[str, Any]) -> str:
    return (
        f"{name:<9} p50 {r['p50'] * 1000:7.1f} ms  p95 {r['p95'] * 1000:7.1f} ms  "
        f"p99 {r['p99'] * 1000:7.1f} ms  "
        f"max {r['max'] * 1000:7.1f} ms  | per event p50 {r['own_p50'] * 1000:6.1f} ms "
        f"max {r['own_max'] * 1000:6.1f} ms | over 3 s: {r['over']}  deferred: {r['deferred']}"
        f"  | every answer in {r['answered']:.2f} s"
    )


async def main(count: int, members: int, tuning: dict[str, Any], workers: int | None) -> None:
    logging.basicConfig(level=logging.ERROR)
    base = await _baseline(count, members)
    with tempfile.TemporaryDirectory() as folder:
        ours = await _hearth(count, members, Path(folder), tuning, workers)
    print(f"Discord burst: {count} interactions from {members} members, limit {LIMIT:.0f} s")
    if tuning:
        print(f"adapter settings: {tuning}")
    print(
        "time to first response at the fake REST, measured from the burst's start "
        "(all N sent at once); 'per event' from each event's own send"
    )
    print(_line("baseline", base))
    print(_line("hearth", ours))
    print(
        f"ratio hearth/baseline: p50 {ours['p50'] / base['p50']:.1f}x   "
        f"p95 {ours['p95'] / base['p95']:.1f}x   p99 {ours['p99'] / base['p99']:.1f}x   "
        f"max {ours['max'] / base['max']:.1f}x"
    )
    headroom = LIMIT - ours["max"]
    verdict = "within" if ours["over"] == 0 else "OVER"
    print(f"hearth max is {verdict} Discord's 3 s limit (headroom {headroom * 1000:.0f} ms)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--interactions", type=int, default=200)
    parser.add_argument("--members", type=int, default=50)
    parser.add_argument(
        "--respond-within",
        type=float,
        help="[discord] respond_within for this run (0: always defer first)",
    )
    parser.add_argument("--workers", type=int, help="[runtime] workers for this run")
    args = parser.parse_args()
    tuning = {
        key: value for key, value in (("respond_within", args.respond_within),) if value is not None
    }
    asyncio.run(main(args.interactions, args.members, tuning, args.workers))
