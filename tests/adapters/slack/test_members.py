"""Member joins (with users.info time zones), App Home, and the roles Slack users get."""

from __future__ import annotations

import asyncio

from adapters.slack.testing import block_actions, event_callback
from bot.app import Hearth

GENERAL = "C0GENERAL"


async def test_member_joined_channel_becomes_member_joined_with_timezone(
    fake, start, stub_hearth
) -> None:
    _, sender = await start(stub_hearth)
    event = {
        "type": "member_joined_channel",
        "user": "U0SAM",
        "channel": GENERAL,
        "channel_type": "C",
        "team": fake.team,
        "inviter": "U0OLIVIA",
    }
    assert (await sender.event(event_callback(fake, event)))[0] == 200
    [welcome] = await fake.wait_for("chat.postMessage")
    assert welcome.args["channel"] == "D0SAM" and welcome.args["text"] == "Welcome to Hearth"
    assert stub_hearth.features["interactive"].joins == [("U0SAM", "Europe/London", GENERAL)]
    assert [c.args["user"] for c in fake.calls_to("users.info")] == ["U0SAM"]


async def test_team_join_uses_the_events_user_and_is_not_doubled(fake, start, stub_hearth) -> None:
    adapter, sender = await start(stub_hearth)
    newcomer = fake.add_user("U0NEW", "jo", tz="Australia/Sydney")
    await sender.event(event_callback(fake, {"type": "team_join", "user": newcomer}))
    # Slack then adds the new member to the default channels: no second welcome.
    joined = {"type": "member_joined_channel", "user": "U0NEW", "channel": GENERAL}
    await sender.event(event_callback(fake, joined | {"team": fake.team}))
    await adapter.drain()  # both events' work is done
    await fake.wait_for("chat.postMessage")
    assert stub_hearth.features["interactive"].joins == [("U0NEW", "Australia/Sydney", None)]
    assert fake.calls_to("users.info") == []  # the event carried the user object


async def test_users_info_cached_briefly(fake, start, hearth) -> None:
    adapter, _ = await start(hearth, user_cache_seconds=60)
    first = await adapter.users.get("U0MARIA")
    fake.users["U0MARIA"]["tz"] = "Europe/Dublin"
    assert (await adapter.users.get("U0MARIA")).timezone == first.timezone == "America/Chicago"
    assert len(fake.calls_to("users.info")) == 1
    adapter.settings.user_cache_seconds = 0  # expired: asked again
    assert (await adapter.users.get("U0MARIA")).timezone == "Europe/Dublin"
    # Concurrent lookups of one user share a single users.info call.
    adapter.settings.user_cache_seconds = 60
    adapter.users._cache.clear()
    await asyncio.gather(*(adapter.users.get("U0SAM") for _ in range(20)))
    assert [c.args["user"] for c in fake.calls_to("users.info")].count("U0SAM") == 1


async def test_app_home_shows_help_with_buttons_when_no_home_command(
    fake, start, stub_hearth
) -> None:
    _, sender = await start(stub_hearth)
    opened = {"type": "app_home_opened", "user": "U0MARIA", "channel": "D0MARIA", "tab": "home"}
    await sender.event(event_callback(fake, opened))
    [published] = await fake.wait_for("views.publish")
    assert published.args["user_id"] == "U0MARIA"
    view = published.args["view"]
    assert view["type"] == "home"
    text = str(view["blocks"])
    assert "/hearth resources" in text and "/hearth announce" not in text  # member's commands
    buttons = view["blocks"][-1]["elements"]
    assert {"hearth-home:resources", "hearth-home:help"} <= {b["action_id"] for b in buttons}
    # A button runs the command for the person; without arguments that shows its usage, by DM.
    await sender.interaction(block_actions(fake, "hearth-home:resources", channel=None))
    [usage] = await fake.wait_for("chat.postMessage")
    assert usage.args["channel"] == "D0MARIA"
    assert "/hearth resources" in usage.args["text"]


async def test_app_home_uses_the_core_home_command_when_offered(
    fake, start, config, database, clock
) -> None:
    hearth = Hearth(
        config, database, clock=clock, features=["tests.adapters.slack.stub_features:HomeStub"]
    )
    _, sender = await start(hearth)
    opened = {"type": "app_home_opened", "user": "U0SAM", "channel": "D0SAM", "tab": "home"}
    await sender.event(event_callback(fake, opened))
    [published] = await fake.wait_for("views.publish")
    [block] = published.args["view"]["blocks"]
    assert block["text"]["text"] == "sam: 2 check-ins this week"


async def test_escaped_mentions_reach_the_core_as_user_ids(fake, start, stub_hearth) -> None:
    from adapters.slack.testing import slash_command

    _, sender = await start(stub_hearth)
    await sender.command(slash_command(fake, "help <@U0SAM|sam>"))
    [answer] = await fake.wait_for_responses(1)
    # help has no command "<@U0SAM>": the core answers about that exact word
    assert "&lt;@U0SAM|sam&gt;" not in answer["text"]
    assert "<@U0SAM>" in answer["text"]
