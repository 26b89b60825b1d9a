"""SIGTERM and SIGINT stop Hearth cleanly, tested from the outside: the real
``python -m bot --config X run`` as a subprocess (the console, and the Discord platform
against the loopback fake Discord), a signal, exit 0 and a clean-stop log line."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from adapters.discord.testing import GUILD_ID, FakeDiscord
from adapters.slack.testing import APP_TOKEN, BOT_TOKEN, FakeSlack

REPO = Path(__file__).resolve().parents[2]


def _env(**extra: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))}
    return {**keep, "HEARTHBOT_CONFIG": "", **extra}


async def _start(config: Path, env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "--config",
        str(config),
        "run",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=env,
        cwd=REPO,
    )


async def _line_with(stream: asyncio.StreamReader, text: str, within: float = 90) -> str:
    async def find() -> str:
        while True:
            line = (await stream.readline()).decode("utf-8", "replace")
            if not line or text in line:
                return line

    return await asyncio.wait_for(find(), within)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
async def test_console_run_stops_cleanly_on_a_signal(tmp_path: Path, sig: signal.Signals) -> None:
    config = tmp_path / "c.toml"
    config.write_text(
        "[community]\nname = 'Night owls'\n"
        f"[database]\nurl = 'sqlite:///{tmp_path / 'h.db'}'\n[checkins]\nscheduler = 'on'\n"
    )
    proc = await _start(config, _env())
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(b"maria: /help\n")  # stdin stays open: the console would run for ever
    await proc.stdin.drain()
    assert "Hearth in Night owls" in await _line_with(proc.stdout, "Hearth in")
    proc.send_signal(sig)
    _, err = await asyncio.wait_for(proc.communicate(), 30)
    log = err.decode()
    assert proc.returncode == 0, log
    assert f"{sig.name} received: stopping" in log
    assert "check-ins stopped: scheduler shut down" in log  # hearth.stop() ran
    assert "Hearth stopped cleanly" in log and "Traceback" not in log


async def test_discord_run_closes_the_gateway_normally_on_sigterm(tmp_path: Path) -> None:
    fake = await FakeDiscord().start()
    try:
        config = tmp_path / "c.toml"
        config.write_text(
            f"[database]\nurl = 'sqlite:///{tmp_path / 'h.db'}'\n"
            f"[discord]\napi_url = '{fake.api_url}'\ngateway_url = '{fake.gateway_url}'\n"
            f"guild_ids = [{GUILD_ID}]\n"
        )
        proc = await _start(config, _env(DISCORD_TOKEN="fake-token"))
        await fake.wait_connected(within=90)
        proc.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(proc.communicate(), 30)
        log = err.decode()
        assert proc.returncode == 0, log
        assert "SIGTERM received: stopping" in log and "Hearth stopped cleanly" in log
        assert fake.close_codes == [1000]  # discord.py's normal close, not a dropped socket
    finally:
        await fake.stop()


async def test_slack_socket_mode_run_closes_normally_on_sigterm(tmp_path: Path) -> None:
    async with FakeSlack() as fake:
        config = tmp_path / "c.toml"
        config.write_text(
            f"[database]\nurl = 'sqlite:///{tmp_path / 'h.db'}'\n"
            f"[slack]\napi_url = '{fake.api_url}'\nmoderators_channel = 'C0MODS'\n"
        )
        proc = await _start(config, _env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_APP_TOKEN=APP_TOKEN))
        assert proc.stderr is not None
        assert "Socket Mode connected" in await _line_with(proc.stderr, "Socket Mode connected")
        proc.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(proc.communicate(), 30)
        log = err.decode()
        assert proc.returncode == 0, log
        assert "SIGTERM received: stopping" in log and "Hearth stopped cleanly" in log
        assert fake.socket_close_codes == [1000]
