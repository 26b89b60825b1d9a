"""The plugin: entry point, config section, credentials, manifest CLI, proactive delivery."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from pydantic import ValidationError

from adapters.slack import SlackPlatform, platform
from adapters.slack.cli import slack
from adapters.slack.manifest import BOT_EVENTS, BOT_SCOPES, build, to_yaml
from adapters.slack.settings import SlackConfig
from adapters.slack.testing import BOT_TOKEN, SIGNING_SECRET, SlackSender, eventually, slash_command
from bot import platforms
from bot.actions import AlertModerators, Post, Reply
from bot.config import parse_config
from bot.messages import Message

ROOT = Path(__file__).resolve().parents[3]


def test_registered_as_entry_point() -> None:
    platforms.available.cache_clear()
    assert isinstance(platforms.get("slack"), SlackPlatform)


def test_config_model_forbids_unknown_keys_and_documents_every_field() -> None:
    with pytest.raises(ValidationError):
        SlackConfig.model_validate({"mode": "socket", "tokn": "x"})
    with pytest.raises(ValidationError):
        SlackConfig.model_validate({"mode": "webhook"})
    with pytest.raises(ValidationError):
        SlackConfig.model_validate({"moderators": ["alex"]})
    assert all(f.description for f in SlackConfig.model_fields.values())
    assert SlackConfig().path == "/slack/events" and SlackConfig().mode == "socket"


def test_example_config_section_is_valid_and_complete() -> None:
    data = tomllib.loads((ROOT / "config.example.toml").read_text())
    config = parse_config({"slack": data["slack"]}, platform_models={"slack": SlackConfig})
    assert isinstance(config.platform("slack"), SlackConfig)
    text = (ROOT / "config.example.toml").read_text()
    section = text[text.index("[slack]") :]
    for key in SlackConfig.model_fields:
        assert f"{key} =" in section, f"config.example.toml [slack] does not mention {key}"


def test_credentials_present() -> None:
    assert not platform.credentials_present({})
    assert not platform.credentials_present({"SLACK_BOT_TOKEN": "xoxb"})
    assert platform.credentials_present({"SLACK_BOT_TOKEN": "xoxb", "SLACK_APP_TOKEN": "xapp"})
    assert platform.credentials_present({"SLACK_BOT_TOKEN": "x", "SLACK_SIGNING_SECRET": "s"})


def test_manifest_socket_mode_by_default() -> None:
    result = CliRunner().invoke(slack, ["manifest", "--format", "json"])
    assert result.exit_code == 0, result.output
    manifest = json.loads(result.output)
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert "request_url" not in manifest["settings"]["event_subscriptions"]
    assert manifest["oauth_config"]["scopes"] == {"bot": list(BOT_SCOPES)}
    assert manifest["features"]["slash_commands"][0]["command"] == "/hearth"
    assert set(manifest["settings"]["event_subscriptions"]["bot_events"]) == set(BOT_EVENTS)
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True


def test_manifest_http_mode_yaml_and_admin_scope() -> None:
    url = "https://hearth.example.org/slack/events"
    result = CliRunner().invoke(slack, ["manifest", "--http", url, "--admin-hide"])
    assert result.exit_code == 0, result.output
    manifest = yaml.safe_load(result.output)
    assert manifest == build(SlackConfig(), http_url=url, admin_hide=True)
    assert manifest["settings"]["socket_mode_enabled"] is False
    assert manifest["settings"]["interactivity"]["request_url"] == url
    assert manifest["features"]["slash_commands"][0]["url"] == url
    assert manifest["oauth_config"]["scopes"]["user"] == ["chat:write"]
    bad = CliRunner().invoke(slack, ["manifest", "--http", "http://plain"])
    assert bad.exit_code != 0 and "https://" in bad.output


def test_yaml_writer_round_trips_awkward_strings() -> None:
    data = {"a": "x: y", "b": "yes", "c": ["#tag", "plain"], "d": {"e": True, "f": 3}, "g": []}
    assert yaml.safe_load(to_yaml(data)) == data


def test_manifest_command_through_the_installed_cli() -> None:
    hearthbot = Path(sys.executable).with_name("hearthbot")
    out = subprocess.run(
        [str(hearthbot), "slack", "manifest", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "HEARTHBOT_CONFIG": ""},
    )
    assert json.loads(out.stdout)["display_information"]["name"] == "Hearth"


async def test_proactive_delivery(fake, start, stub_hearth) -> None:
    await start(stub_hearth)
    outcomes = await stub_hearth.deliver(
        "slack",
        fake.team,
        [
            Post(channel="general", message=Message(text="Check-in: how was today?")),
            AlertModerators(message=Message(text="Re-alert: case 3 still open")),
            Reply(message=Message(text="no event")),
        ],
    )
    posts = await fake.wait_for("chat.postMessage", 2)
    assert [p.args["channel"] for p in posts] == ["C0GENERAL", "C0MODS"]
    # the alert reports where it was posted (so it can be edited later); the reply failed
    assert [(o.ok, o.reason) for o in outcomes] == [(True, ""), (False, "error")]
    assert outcomes[0].platform_ref == f"C0MODS:{_ts(fake, 'C0MODS')}"


async def test_proactive_failures_are_returned_for_the_caller_to_handle(
    fake, start, stub_hearth
) -> None:
    await start(stub_hearth)
    fake.not_member.add("C0GENERAL")
    fake.fail("chat.postMessage", "ratelimited", status=429, retry_after=0, times=3)
    outcomes = await stub_hearth.deliver(
        "slack",
        fake.team,
        [
            Post(channel="C0MODS", message=Message(text="slow down")),
            Post(channel="general", message=Message(text="Check-in")),
        ],
    )
    assert [o.reason for o in outcomes] == ["rate_limited", "not_in_channel"]
    # the outbox retries rate limits and reports the rest itself: the adapter did not
    assert stub_hearth.features["review_stub"].outcomes == []
    assert len(fake.calls_to("chat.postMessage")) == 4


async def test_run_serves_http_from_environment(fake, stub_hearth, config, monkeypatch) -> None:
    config.platforms["slack"] = SlackConfig(
        mode="http", host="127.0.0.1", port=0, api_url=fake.api_url
    )
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SIGNING_SECRET)
    monkeypatch.delenv("SLACK_APP_TOKEN", raising=False)
    monkeypatch.delenv("SLACK_ADMIN_USER_TOKEN", raising=False)
    adapter = platform.adapter(stub_hearth, config)
    task = asyncio.create_task(adapter.serve())
    try:
        await eventually(lambda: adapter.port is not None)
        sender = SlackSender(f"http://127.0.0.1:{adapter.port}/slack/events")
        assert (await sender.command(slash_command(fake, "help")))[0] == 200
        await fake.wait_for_responses(1)
        await sender.close()
        assert stub_hearth.capabilities("slack").hide_messages is False
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


def test_missing_credentials_for_mode_are_explained(stub_hearth, config) -> None:
    config.platforms["slack"] = SlackConfig(mode="http")
    with pytest.raises(RuntimeError, match="SLACK_SIGNING_SECRET"):
        platform.adapter(stub_hearth, config, {"SLACK_BOT_TOKEN": "xoxb-x"})
    config.platforms["slack"] = SlackConfig(mode="socket")
    with pytest.raises(RuntimeError, match="SLACK_APP_TOKEN"):
        platform.adapter(stub_hearth, config, {"SLACK_BOT_TOKEN": "xoxb-x"})


def _ts(fake, channel: str) -> str:
    return next(ts for (c, ts) in fake.messages if c == channel)
