"""Fixtures: a loopback fake Slack, and the real adapter (slack-bolt AsyncApp) serving HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from adapters.slack.adapter import SlackAdapter
from adapters.slack.settings import SlackConfig
from adapters.slack.testing import (
    ADMIN_TOKEN,
    APP_TOKEN,
    BOT_TOKEN,
    SIGNING_SECRET,
    FakeSlack,
    SlackSender,
)
from bot.app import Hearth
from tests.support.cores import stop_cores

MODS = "C0MODS"
GENERAL = "C0GENERAL"


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    async with FakeSlack() as fake:
        fake.add_user("U0MARIA", "maria", tz="America/Chicago")
        fake.add_user("U0SAM", "sam", tz="Europe/London")
        fake.add_user("U0ALEX", "alex", tz="America/New_York")
        fake.add_user("U0OLIVIA", "olivia", tz="America/Los_Angeles", is_admin=True)
        yield fake


def slack_settings(fake: FakeSlack, **overrides: object) -> SlackConfig:
    values: dict[str, object] = {
        "mode": "http",
        "host": "127.0.0.1",
        "port": 0,
        "api_url": fake.api_url,
        "moderators_channel": MODS,
        "channels": {"general": GENERAL},
        "moderators": ["U0ALEX"],
    }
    values.update(overrides)
    return SlackConfig.model_validate(values)


Start = Callable[..., Awaitable[tuple[SlackAdapter, SlackSender]]]


@pytest.fixture
async def start(fake: FakeSlack) -> AsyncIterator[Start]:
    """``await start(hearth, admin=False, **settings)`` -> (adapter serving HTTP, sender)."""
    running: list[tuple[SlackAdapter, SlackSender]] = []

    async def _start(
        hearth: Hearth, *, admin: bool = False, **overrides: object
    ) -> tuple[SlackAdapter, SlackSender]:
        adapter = SlackAdapter(
            hearth,
            slack_settings(fake, **overrides),
            bot_token=BOT_TOKEN,
            signing_secret=SIGNING_SECRET,
            app_token=APP_TOKEN,
            admin_token=ADMIN_TOKEN if admin else None,
        )
        assert await adapter.connect()
        port = await adapter.start_http()
        sender = SlackSender(f"http://127.0.0.1:{port}/slack/events")
        running.append((adapter, sender))
        return adapter, sender

    yield _start
    for adapter, sender in running:
        await sender.close()
        await adapter.stop()
    await stop_cores(adapter.hearth for adapter, _ in running)


STUBS = [
    "bot.resources.feature:ResourcesFeature",
    "tests.adapters.slack.stub_features:Interactive",
    "tests.adapters.slack.stub_features:ReviewStub",
]


@pytest.fixture
def stub_hearth(config, database, clock) -> Hearth:  # type: ignore[no-untyped-def]
    """Resources plus the test-only features that use every neutral action."""
    return Hearth(config, database, clock=clock, features=STUBS)
