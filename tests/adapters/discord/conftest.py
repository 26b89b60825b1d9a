"""Fixtures: a loopback fake Discord and a real discord.py client (the adapter) connected to it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable

import discord
import pytest
import yarl

from adapters.discord.adapter import DiscordAdapter
from adapters.discord.settings import DiscordConfig
from adapters.discord.testing import GUILD_ID, FakeDiscord
from bot.app import DEFAULT_FEATURES, Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.storage.database import Database
from tests.support.cores import stop_cores

PROBE = "tests.adapters.discord.probe:ProbeFeature"

Starter = Callable[..., Awaitable[DiscordAdapter]]


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server = await FakeDiscord().start()
    base, gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    yield server
    await server.stop()
    discord.http.Route.BASE = base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = gateway
    assert isinstance(gateway, yarl.URL)


@pytest.fixture
def settings(fake: FakeDiscord) -> DiscordConfig:
    return DiscordConfig(
        api_url=fake.api_url,
        gateway_url=fake.gateway_url,
        guild_ids=[GUILD_ID],
        respond_within=1.0,
    )


@pytest.fixture
def probe_hearth(config: Config, database: Database, clock: FakeClock) -> Hearth:
    """Every default feature plus the test-only probe feature."""
    return Hearth(config, database, clock=clock, features=[*DEFAULT_FEATURES, PROBE])


@pytest.fixture
async def start_bot(config: Config, settings: DiscordConfig) -> AsyncIterator[Starter]:
    running: list[tuple[DiscordAdapter, asyncio.Task[None]]] = []

    async def start(hearth: Hearth, custom: DiscordConfig | None = None) -> DiscordAdapter:
        # The fake sends its one server at once: no need to wait 2 s for more.
        adapter = DiscordAdapter(hearth, config, custom or settings, guild_ready_timeout=0.2)
        task = asyncio.create_task(adapter.start("fake-token"))
        ready = asyncio.create_task(adapter.ready.wait())
        done, _ = await asyncio.wait({task, ready}, timeout=15, return_when="FIRST_COMPLETED")
        if task in done:
            ready.cancel()
            task.result()  # raises the start-up error
        assert ready in done, "the bot did not become ready"
        running.append((adapter, task))
        return adapter

    yield start
    for adapter, task in running:
        if task.done() and not task.cancelled() and task.exception() is not None:
            raise task.exception()  # the client died: show why
        await adapter.close()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
    await stop_cores(adapter.hearth for adapter, _ in running)
