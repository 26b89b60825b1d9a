"""Slash commands, autocomplete, components and modals through the real discord.py client."""

from __future__ import annotations

from datetime import datetime, timedelta

from adapters.discord.adapter import FORM_BUTTON, FORM_MODAL
from adapters.discord.settings import DiscordConfig
from adapters.discord.testing import GENERAL_ID, GUILD_ID, FakeDiscord
from adapters.slack.testing import eventually
from bot.app import Hearth
from tests.adapters.discord.conftest import Starter
from tests.adapters.discord.helpers import custom_ids, embed_text, is_ephemeral, subcommand

# Discord's interaction callback types
MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE, AUTOCOMPLETE, MODAL = 4, 5, 6, 7, 8, 9


async def test_slash_command_answered_with_the_features_result(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    iid = await fake.slash("maria", "resources", [{"name": "topic", "type": 3, "value": "nausea"}])
    call = (await fake.wait_for("POST", rf"^/interactions/{iid}/[^/]+/callback$"))[0]
    assert call.json["type"] == MESSAGE
    text = embed_text(call.json["data"])
    assert "Resources for “nausea”" in text and "cancer.gov" in text
    assert is_ephemeral(call.json["data"])  # resources answer privately by default


async def test_commands_synced_to_the_configured_guild_on_start(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    call = (await fake.wait_for("PUT", rf"/guilds/{GUILD_ID}/commands$"))[0]
    names = {c["name"] for c in call.json}
    assert {"resources", "help", "case", "checkin"} <= names
    assert not fake.find("PUT", r"^/applications/\d+/commands$")  # not global


async def test_global_sync_without_guild_ids(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter, settings: DiscordConfig
) -> None:
    await start_bot(hearth, settings.model_copy(update={"guild_ids": []}))
    await fake.wait_for("PUT", r"^/applications/\d+/commands$")
    assert not fake.find("PUT", r"/guilds/")


async def test_typed_options_reach_the_core_and_role_comes_from_discord_permissions(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(probe_hearth)
    maria = fake.person("maria")[0]
    options = [
        {
            "type": 1,
            "name": "timeout",
            "options": [
                {"type": 6, "name": "member", "value": str(maria)},
                {"type": 4, "name": "days", "value": 2},
            ],
        }
    ]
    # maria is a member: refused by the core, nothing sent to Discord
    iid = await fake.slash("maria", "probe", options)
    call = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0]
    assert "for moderators" in embed_text(call.json["data"])
    assert not fake.find("PATCH", r"/members/")
    # alex holds the Moderators role (manage messages): a moderator
    iid = await fake.slash("alex", "probe", options)
    await fake.wait_for("POST", rf"^/interactions/{iid}/")
    patch = (await fake.wait_for("PATCH", rf"^/guilds/{GUILD_ID}/members/{maria}$"))[0]
    until = datetime.fromisoformat(patch.json["communication_disabled_until"])
    assert timedelta(days=2) - timedelta(minutes=1) < until - datetime.now(until.tzinfo)
    assert until - datetime.now(until.tzinfo) <= timedelta(days=2)
    assert patch.reason == "probe"


async def test_timeout_longer_than_28_days_is_clamped_and_said(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(probe_hearth)
    maria = fake.person("maria")[0]
    iid = await fake.slash(
        "alex",
        "probe",
        [
            {
                "type": 1,
                "name": "timeout",
                "options": [
                    {"type": 6, "name": "member", "value": str(maria)},
                    {"type": 4, "name": "days", "value": 40},
                ],
            }
        ],
    )
    patch = (await fake.wait_for("PATCH", rf"/members/{maria}$"))[0]
    until = datetime.fromisoformat(patch.json["communication_disabled_until"])
    assert until - datetime.now(until.tzinfo) <= timedelta(days=28)
    assert until - datetime.now(until.tzinfo) > timedelta(days=27, hours=23)
    followup = (await fake.wait_for("POST", r"^/webhooks/\d+/token-" + iid))[0]
    assert "at most 28 days" in embed_text(followup.json) and is_ephemeral(followup.json)
    # The core records outcomes in a worker thread: reported just after the answer.
    await eventually(lambda: probe_hearth.features["probe"].outcomes)
    outcome = probe_hearth.features["probe"].outcomes[-1]
    assert outcome.ok and outcome.reason == "clamped"


async def test_autocomplete_offers_resource_topics(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    iid = await fake.autocomplete(
        "maria", "resources", [{"type": 3, "name": "topic", "value": "nau", "focused": True}]
    )
    call = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0]
    assert call.json["type"] == AUTOCOMPLETE
    choices = [c["value"] for c in call.json["data"]["choices"]]
    assert "nausea" in choices and all("nau" in c for c in choices)


async def test_slow_core_is_deferred_then_followed_up(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter, settings: DiscordConfig
) -> None:
    await start_bot(probe_hearth, settings.model_copy(update={"respond_within": 0.1}))
    probe_hearth.features["probe"].delay = 0.5
    iid = await fake.slash("maria", "probe", subcommand("slow"))
    callback = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0]
    assert callback.json["type"] == DEFERRED_MESSAGE and is_ephemeral(callback.json["data"])
    assert callback.at - fake.dispatched_at[iid] < 0.5  # deferred before the core answered
    edit = (await fake.wait_for("PATCH", rf"^/webhooks/\d+/token-{iid}/messages/@original$"))[0]
    assert "Slow answer." in embed_text(edit.json)


async def test_slow_public_answer_replaces_the_private_placeholder(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter, settings: DiscordConfig
) -> None:
    await start_bot(probe_hearth, settings.model_copy(update={"respond_within": 0.1}))
    probe_hearth.features["probe"].delay = 0.5
    options = subcommand("slow", public="yes")
    iid = await fake.slash("maria", "probe", options)
    await fake.wait_for("DELETE", rf"^/webhooks/\d+/token-{iid}/messages/@original$")
    followup = (await fake.wait_for("POST", rf"^/webhooks/\d+/token-{iid}$"))[0]
    assert "Slow answer." in embed_text(followup.json) and not is_ephemeral(followup.json)


async def test_image_sent_as_an_attachment(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(probe_hearth)
    iid = await fake.slash("maria", "probe", subcommand("chart"))
    call = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0]
    assert call.files and call.files[0][0] == "mood.png" and call.files[0][1] > 0
    embed = call.json["data"]["embeds"][0]
    assert embed["image"]["url"] == "attachment://mood.png"
    assert call.json["data"]["attachments"][0]["description"] == "Mood over two weeks"


async def test_long_form_split_into_modal_steps(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(probe_hearth)
    probe = probe_hearth.features["probe"]
    iid = await fake.slash("maria", "probe", subcommand("intake"))
    modal = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0].json
    assert modal["type"] == MODAL and modal["data"]["custom_id"] == "probe:intake:1"
    assert custom_ids(modal["data"]) == ["q1", "q2", "q3", "q4", "q5"]
    # submitting step 1: Discord cannot answer a modal with a modal, so a Continue button
    iid = await fake.submit("maria", "probe:intake:1", {f"q{i}": f"a{i}" for i in range(1, 6)})
    prompt = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0].json
    assert prompt["type"] == MESSAGE and is_ephemeral(prompt["data"])
    [button] = custom_ids(prompt["data"])
    assert button.startswith(FORM_BUTTON)
    assert probe.events[-1].form_id == "probe:intake:1" and probe.events[-1].values["q5"] == "a5"
    iid = await fake.press("maria", button, {"id": "1", "channel_id": str(GENERAL_ID)})
    second = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0].json
    assert second["type"] == MODAL and custom_ids(second["data"]) == ["q6", "q7"]
    modal_id = second["data"]["custom_id"]
    assert modal_id.startswith(FORM_MODAL)
    iid = await fake.submit("maria", modal_id, {"q6": "a6", "q7": "a7"})
    done = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0].json
    assert "all steps done" in embed_text(done["data"])
    last = probe.events[-1]
    assert last.form_id == "probe:intake:2" and last.context == {"step": "2"}
    assert last.values == {"q6": "a6", "q7": "a7"}


async def test_select_posted_and_choice_routed_by_custom_id(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(probe_hearth)
    options = subcommand("post", channel="general")
    await fake.slash("maria", "probe", options)
    post = (await fake.wait_for("POST", rf"^/channels/{GENERAL_ID}/messages$"))[0]
    assert custom_ids(post.json) == ["probe:pick"]
    select = post.json["components"][0]["components"][0]
    assert select["type"] == 3 and [o["value"] for o in select["options"]] == ["a", "b"]
    message = fake.messages[
        next(iter(m for m in fake.messages if fake.messages[m]["channel_id"] == str(GENERAL_ID)))
    ]
    iid = await fake.press("alex", "probe:pick", message, values=["b"])
    call = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0]
    assert "pressed probe:pick b" in embed_text(call.json["data"])


async def test_subcommand_options_and_check_in_name_autocomplete(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    """A real feature's subcommand with typed options, then its autocomplete, end to end."""
    await start_bot(hearth)
    schedule = [
        {
            "type": 1,
            "name": "schedule",
            "options": [
                {"type": 3, "name": "name", "value": "weekly"},
                {"type": 3, "name": "channel", "value": "general"},
                {"type": 3, "name": "rule", "value": "sun@18:00"},
                {"type": 3, "name": "timezone", "value": "America/Chicago"},
                {"type": 3, "name": "question", "value": "How was your week?"},
            ],
        }
    ]
    iid = await fake.slash("olivia", "checkin", schedule)
    answer = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0].json
    assert "weekly" in embed_text(answer["data"])
    pause = [
        {
            "type": 1,
            "name": "pause",
            "options": [{"type": 3, "name": "name", "value": "we", "focused": True}],
        }
    ]
    iid = await fake.autocomplete("olivia", "checkin", pause)
    call = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0].json
    assert call["type"] == AUTOCOMPLETE
    assert [c["value"] for c in call["data"]["choices"]] == ["weekly"]


async def test_late_interaction_with_slow_core_deferred_before_the_deadline(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter, settings: DiscordConfig
) -> None:
    """Discord's 3 s count from the interaction's creation (its snowflake): one that waited
    2 s before the bot read it gets only 0.5 s more before it is deferred."""
    await start_bot(probe_hearth, settings.model_copy(update={"respond_within": 1.5}))
    probe_hearth.features["probe"].delay = 0.9
    slow = subcommand("slow")
    iid = await fake.slash("maria", "probe", slow, age=2.0)
    callback = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0]
    assert callback.json["type"] == DEFERRED_MESSAGE
    assert callback.at - fake.dispatched_at[iid] < 0.8  # before the core's 0.9 s
    edit = (await fake.wait_for("PATCH", rf"^/webhooks/\d+/token-{iid}/messages/@original$"))[0]
    assert "Slow answer." in embed_text(edit.json)
    # the same work on a fresh interaction is answered directly (0.9 s < respond_within)
    iid = await fake.slash("maria", "probe", slow)
    assert (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0].json["type"] == MESSAGE


async def test_late_interaction_with_fast_core_answered_directly(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    iid = await fake.slash("maria", "help", age=2.8)
    assert (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0].json["type"] == MESSAGE


async def test_burst_of_blocking_work_is_deferred_at_once(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter
) -> None:
    """The core's blocking work runs off the event loop: with every worker taken, the rest of
    a burst is deferred at once, before any handler finished (issue 12). On the old code each
    handler blocked the loop and nothing was deferred."""
    await start_bot(probe_hearth)
    probe = probe_hearth.features["probe"]
    probe.delay, probe.blocking = 0.5, True
    workers = probe_hearth.dispatcher.workers
    ids = [await fake.slash(f"parent{i}", "probe", subcommand("slow")) for i in range(2 * workers)]
    await fake.wait_for("POST", r"^/interactions/\d+/[^/]+/callback$", count=len(ids))
    first = [fake.callback(iid) for iid in ids]
    assert all(call is not None for call in first)
    deferred = [call for call in first if call and call.json["type"] == DEFERRED_MESSAGE]
    assert len(deferred) >= workers
    edits = await fake.wait_for(
        "PATCH", r"^/webhooks/\d+/token-\d+/messages/@original$", count=len(deferred)
    )
    # Every deferral went out around the time the first handlers finished, not one handler
    # (0.5 s) after another as when handlers blocked the loop; half a handler of slack for load.
    assert max(call.at for call in deferred) < min(edit.at for edit in edits) + probe.delay / 2
