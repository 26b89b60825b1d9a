"""Socket Mode: envelopes over a loopback websocket, acked by slack-bolt's aiohttp handler."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import pytest

from adapters.slack.adapter import SlackAdapter
from adapters.slack.testing import (
    APP_TOKEN,
    BOT_TOKEN,
    BOT_USER,
    block_actions,
    event_callback,
    message_event,
    slash_command,
)
from tests.adapters.slack.conftest import slack_settings
from tests.support.cores import stop_cores


@pytest.fixture
async def socket_adapter(fake, stub_hearth) -> AsyncIterator[SlackAdapter]:
    adapter = SlackAdapter(
        stub_hearth,
        slack_settings(fake, mode="socket"),
        bot_token=BOT_TOKEN,
        app_token=APP_TOKEN,
    )
    assert await adapter.connect()
    await adapter.start_socket()
    yield adapter
    await adapter.stop()
    await stop_cores([stub_hearth])


async def test_connects_with_the_app_token(fake, socket_adapter) -> None:
    [opened] = fake.calls_to("apps.connections.open")
    assert opened.token == APP_TOKEN


async def test_slash_command_envelope_acked_and_answered(fake, socket_adapter) -> None:
    started = time.perf_counter()
    ack = await fake.send_envelope("slash_commands", slash_command(fake, "resources nausea"))
    assert time.perf_counter() - started < 3.0
    assert ack["envelope_id"].startswith("env-")
    [answer] = await fake.wait_for_responses(1)
    assert "Resources for “nausea”" in answer["text"]


async def test_interactive_and_event_envelopes(fake, socket_adapter, stub_hearth) -> None:
    fake.seed_message("C0GENERAL", "1772366400.000100", BOT_USER)
    ack = await fake.send_envelope("interactive", block_actions(fake, "stub:yes"))
    assert "envelope_id" in ack
    [update] = await fake.wait_for("chat.update")
    assert update.args["text"] == "maria chose stub:yes"
    event = event_callback(fake, message_event("you idiot", user="U0SAM"))
    ack = await fake.send_envelope("events_api", event)
    assert ack["envelope_id"]
    [alert] = await fake.wait_for("chat.postMessage")
    assert alert.args["channel"] == "C0MODS"


async def test_modal_errors_travel_in_the_ack(fake, socket_adapter) -> None:
    from adapters.slack.testing import view_submission

    await fake.send_envelope("slash_commands", slash_command(fake, "form"))
    [opened] = await fake.wait_for("views.open")
    ack = await fake.send_envelope(
        "interactive", view_submission(fake, opened.args["view"], {"name": ""})
    )
    assert ack["payload"]["response_action"] == "errors"
    assert set(ack["payload"]["errors"]) == {"name"}


async def test_platform_run_uses_socket_mode_by_default(
    fake, stub_hearth, config, monkeypatch
) -> None:
    import asyncio

    from adapters.slack import platform
    from adapters.slack.settings import SlackConfig

    config.platforms["slack"] = SlackConfig(api_url=fake.api_url)  # mode defaults to socket
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_APP_TOKEN", APP_TOKEN)
    monkeypatch.delenv("SLACK_SIGNING_SECRET", raising=False)
    task = asyncio.create_task(platform.run(stub_hearth, config))
    try:
        ack = await fake.send_envelope("slash_commands", slash_command(fake, "help"))
        assert ack["envelope_id"]
        [answer] = await fake.wait_for_responses(1)
        assert "/hearth help" in answer["text"]
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
