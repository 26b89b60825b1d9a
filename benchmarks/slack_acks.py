"""How fast the Slack adapter acknowledges a burst of slash commands (Slack allows 3 seconds).

Fires N concurrent, correctly signed ``/hearth resources nausea`` requests at the adapter's
HTTP server (the real slack-bolt AsyncApp with every default feature, a migrated SQLite
database, and the loopback fake Slack Web API), and the same burst at a bare bolt AsyncApp
whose handler only acks, in the same process. Reports the ack-latency distribution of both,
the ratio, and how long until every answer reached the fake ``response_url``.

    python -m benchmarks.slack_acks [--requests 200] [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import tempfile
import time
from pathlib import Path

from aiohttp import web
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.adapter import HTTP_BACKLOG, SlackAdapter
from adapters.slack.settings import SlackConfig
from adapters.slack.testing import (
    BOT_TOKEN,
    SIGNING_SECRET,
    FakeSlack,
    SlackSender,
    slash_command,
)
from bot.app import Hearth
from bot.config import parse_config
from bot.storage.database import Database

SLACK_LIMIT = 3.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


async def burst(fake: FakeSlack, sender: SlackSender, n: int, users: int) -> list[float]:
    requests = [
        slash_command(fake, "resources nausea", user=f"U0BENCH{i % users:03d}") for i in range(n)
    ]
    results = await asyncio.gather(*(sender.command(r) for r in requests))
    bad = [status for status, _, _ in results if status != 200]
    if bad:
        raise SystemExit(f"{len(bad)} request(s) failed: {sorted(set(bad))}")
    return [seconds for _, _, seconds in results]


async def serve(app: web.Application) -> tuple[web.AppRunner, int]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=HTTP_BACKLOG)  # as the adapter does
    await site.start()
    return runner, runner.addresses[0][1]


def describe(name: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    late = sum(1 for s in seconds if s >= SLACK_LIMIT)
    return (
        f"{name:<28} p50 {percentile(ms, 50):7.1f} ms   p95 {percentile(ms, 95):7.1f} ms   "
        f"p99 {percentile(ms, 99):7.1f} ms   "
        f"max {max(ms):7.1f} ms   mean {statistics.fmean(ms):7.1f} ms   over 3 s: {late}"
    )


async def main(n: int, rounds: int, users: int) -> None:
    logging.basicConfig(level=logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp:
        database = Database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        database.upgrade()
        config = parse_config({}, platform_models={})
        config.base_dir = Path(tmp)
        hearth = Hearth(config, database)
        async with FakeSlack() as fake:
            for i in range(users):
                fake.add_user(f"U0BENCH{i:03d}", f"parent{i}", tz="America/Chicago")
            settings = SlackConfig(mode="http", host="127.0.0.1", port=0, api_url=fake.api_url)
            adapter = SlackAdapter(
                hearth, settings, bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET
            )
            await adapter.connect()
            port = await adapter.start_http()
            hearth_sender = SlackSender(f"http://127.0.0.1:{port}/slack/events")

            bare = AsyncApp(
                client=AsyncWebClient(token=BOT_TOKEN, base_url=fake.api_url),
                signing_secret=SIGNING_SECRET,
            )

            @bare.command("/hearth")
            async def only_ack(ack):  # type: ignore[no-untyped-def]
                await ack()

            bare_runner, bare_port = await serve(bare.web_app())
            bare_sender = SlackSender(f"http://127.0.0.1:{bare_port}/slack/events")

            # Warm-up: bolt checks the token once (auth.test), caches fill as in production.
            await burst(fake, hearth_sender, 1, 1)
            await burst(fake, bare_sender, 1, 1)
            await fake.wait_for_responses(1, within=30)

            hearth_acks: list[float] = []
            bare_acks: list[float] = []
            completions: list[float] = []
            worst: list[tuple[float, float]] = []
            for _ in range(rounds):
                before = len(fake.responses)
                started = time.perf_counter()
                hearth_round = await burst(fake, hearth_sender, n, users)
                await fake.wait_for_responses(before + n, within=120)
                completions.append(time.perf_counter() - started)
                bare_round = await burst(fake, bare_sender, n, users)
                hearth_acks += hearth_round
                bare_acks += bare_round
                worst.append((max(hearth_round), max(bare_round)))

            await hearth_sender.close()
            await bare_sender.close()
            await bare_runner.cleanup()
            await adapter.stop()
        database.dispose()

    print(f"Slack ack latency: {rounds} round(s) of {n} concurrent signed slash commands")
    print(describe("Hearth adapter (/hearth)", hearth_acks))
    print(describe("baseline (bolt, ack only)", bare_acks))
    ratio50 = percentile(hearth_acks, 50) / percentile(bare_acks, 50)
    ratio95 = percentile(hearth_acks, 95) / percentile(bare_acks, 95)
    ratio99 = percentile(hearth_acks, 99) / percentile(bare_acks, 99)
    print(
        f"ratio Hearth / baseline:      p50 {ratio50:.2f}x   p95 {ratio95:.2f}x   "
        f"p99 {ratio99:.2f}x"
    )
    print(
        f"headroom to Slack's 3 s:      worst ack {max(hearth_acks):.3f} s "
        f"({max(hearth_acks) / SLACK_LIMIT:.0%} of the limit)"
    )
    print(
        "worst ack per round (Hearth / baseline): "
        + ", ".join(f"{h * 1000:.0f}/{b * 1000:.0f} ms" for h, b in worst)
    )
    print(
        "all answers delivered (response_url) after "
        + ", ".join(f"{c:.2f} s" for c in completions)
        + f" per burst of {n} ({n / statistics.fmean(completions):.0f} answers/s)"
    )


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="concurrent requests per burst")
    parser.add_argument("--rounds", type=int, default=3, help="bursts per app")
    parser.add_argument("--users", type=int, default=50, help="distinct Slack users")
    args = parser.parse_args()
    asyncio.run(main(args.requests, args.rounds, args.users))


if __name__ == "__main__":
    cli()
