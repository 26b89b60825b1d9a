"""More paths through the real client: edits in place, deferred updates, DMs, threads,
replies to messages, role mapping, and views kept out of discord.py's view store."""

from __future__ import annotations

from sqlmodel import select

from adapters.discord.adapter import FORM_MODAL
from adapters.discord.settings import DiscordConfig
from adapters.discord.testing import (
    GENERAL_ID,
    GUILD_ID,
    MODERATORS_ID,
    NEWCOMER_ROLE_ID,
    THREAD_ID,
    FakeDiscord,
)
from bot.actions import AlertOrganizers, Post, UpdateMessage
from bot.app import Hearth
from bot.events import MessagePosted
from bot.messages import Message
from bot.roles import Role
from bot.storage.database import Database
from bot.storage.models import Community
from tests.adapters.discord.conftest import Starter
from tests.adapters.discord.helpers import custom_ids, embed_text, is_ephemeral, subcommand

INSULT = "You are a stupid idiot and a terrible mother"
MODAL, DEFERRED_UPDATE, UPDATE = 9, 6, 7


async def _alert(fake: FakeDiscord) -> dict:
    await fake.wait_for("POST", rf"^/channels/{MODERATORS_ID}/messages$")
    return next(m for m in fake.messages.values() if m["channel_id"] == str(MODERATORS_ID))


async def test_case_note_modal_then_alert_edited_in_place(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    await fake.message("sam", INSULT)
    alert = await _alert(fake)
    note = next(i for i in custom_ids(alert) if i.startswith("case:note:"))
    iid = await fake.press("alex", note, alert)
    modal = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0].json
    assert modal["type"] == MODAL and custom_ids(modal["data"]) == ["note"]
    modal_id = modal["data"]["custom_id"]
    assert modal_id.startswith(FORM_MODAL)  # the form's context stays with the adapter
    iid = await fake.submit("alex", modal_id, {"note": "called her"}, message=alert)
    call = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0].json
    assert call["type"] == UPDATE  # the alert itself, edited in place
    assert "note" in embed_text(call["data"]).lower()


async def test_slow_button_deferred_then_its_message_edited(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter, settings: DiscordConfig
) -> None:
    await start_bot(probe_hearth, settings.model_copy(update={"respond_within": 0.1}))
    await fake.message("sam", "PROBE-HIDE")
    alert = await _alert(fake)
    assert custom_ids(alert) == ["probe:keep:7", "probe:timeout:7"]
    probe_hearth.features["probe"].delay = 0.4
    iid = await fake.press("alex", "probe:keep:7", alert)
    callback = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0]
    assert callback.json["type"] == DEFERRED_UPDATE
    edit = (await fake.wait_for("PATCH", rf"^/webhooks/\d+/token-{iid}/messages/@original$"))[0]
    assert "Restored by a moderator." in embed_text(edit.json)
    assert edit.json["components"] == []  # the decision's buttons are gone


async def test_proactive_update_edits_the_message_through_the_channel(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(probe_hearth)
    await fake.message("sam", "PROBE-HIDE")
    alert = await _alert(fake)
    # e.g. a re-alert or an expiry: no interaction, the alert is edited by channel and id
    update = UpdateMessage(
        channel=str(MODERATORS_ID), message_id=alert["id"], message=Message(text="Case expired")
    )
    assert await probe_hearth.deliver("discord", str(GUILD_ID), [update]) == []
    edit = await fake.wait_for("PATCH", rf"^/channels/{MODERATORS_ID}/messages/{alert['id']}$")
    assert "Case expired" in embed_text(edit[0].json) and edit[0].json["components"] == []


async def test_command_in_direct_messages_belongs_to_the_home_server(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter, database: Database
) -> None:
    await start_bot(hearth)
    iid = await fake.slash("maria", "help", dm=True)
    call = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0]
    assert "/resources" in embed_text(call.json["data"])
    with database.session() as session:
        communities = session.exec(select(Community)).all()
    assert [(c.platform, c.external_id) for c in communities] == [("discord", str(GUILD_ID))]


async def test_message_in_a_thread_keeps_thread_and_is_hidden_there(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(probe_hearth)
    posted = await fake.message("maria", "PROBE-HIDE", channel_id=THREAD_ID)
    await fake.wait_for("DELETE", rf"^/channels/{THREAD_ID}/messages/{posted['id']}$")
    event = next(e for e in probe_hearth.features["probe"].events if isinstance(e, MessagePosted))
    assert event.place.thread_id == str(THREAD_ID) and event.place.channel_name == "general"


async def test_replies_to_messages_private_by_dm_public_as_a_reply(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(probe_hearth)
    maria = fake.person("maria")[0]
    await fake.message("maria", "PROBE-PRIVATE")
    dm = (await fake.wait_for("POST", rf"^/channels/{maria + 7}/messages$"))[0]
    assert "Only you should see this." in embed_text(dm.json)
    posted = await fake.message("maria", "PROBE-PUBLIC")
    reply = (await fake.wait_for("POST", rf"^/channels/{GENERAL_ID}/messages$"))[0]
    assert str(reply.json["message_reference"]["message_id"]) == posted["id"]
    assert "Everyone may see this." in embed_text(reply.json)


async def test_command_with_no_reply_still_answered(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(probe_hearth)
    olivia = fake.person("olivia")[0]
    options = subcommand("role", role="Newcomer")
    iid = await fake.slash("olivia", "probe", options)
    await fake.wait_for("PUT", rf"^/guilds/{GUILD_ID}/members/{olivia}/roles/{NEWCOMER_ROLE_ID}$")
    call = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0]
    assert call.json["data"]["content"] == "Done." and is_ephemeral(call.json["data"])


async def test_organizer_alerts_fall_back_to_the_moderators_channel(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    outcomes = await hearth.deliver(
        "discord", str(GUILD_ID), [AlertOrganizers(message=Message(text="token expires soon"))]
    )
    assert outcomes == []
    post = (await fake.wait_for("POST", rf"^/channels/{MODERATORS_ID}/messages$"))[0]
    assert "token expires soon" in embed_text(post.json)


async def test_roles_from_permissions_and_from_role_names(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter, settings: DiscordConfig
) -> None:
    adapter = await start_bot(hearth)
    guild = adapter.client.get_guild(GUILD_ID)
    assert guild is not None

    def member(name: str):  # type: ignore[no-untyped-def]
        found = guild.get_member(fake.person(name)[0])
        assert found is not None
        return found

    assert adapter.role_of(member("maria")) == Role.MEMBER
    assert adapter.role_of(member("alex")) == Role.MODERATOR  # manage messages
    assert adapter.role_of(member("olivia")) == Role.ORGANIZER  # manage server
    by_name = settings.model_copy(
        update={"moderator_permissions": ["ban_members"], "moderator_roles": ["moderators"]}
    )
    adapter.settings = by_name
    adapter._moderator_roles = {"moderators"}
    assert adapter.role_of(member("alex")) == Role.MODERATOR
    adapter._moderator_roles = set()
    assert adapter.role_of(member("alex")) == Role.MEMBER


async def test_views_are_not_kept_in_discord_py_view_store(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter
) -> None:
    adapter = await start_bot(probe_hearth)
    for _ in range(3):
        await fake.message("sam", "PROBE-HIDE")
    await fake.wait_for("POST", rf"^/channels/{MODERATORS_ID}/messages$", count=3)
    assert adapter.client.persistent_views == []
    assert not adapter.client._connection._view_store._views  # nothing grows per alert


async def test_configured_channel_names_map_to_ids(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter, settings: DiscordConfig
) -> None:
    await start_bot(hearth, settings.model_copy(update={"channels": {"check-ins": GENERAL_ID}}))
    post = Post(channel="check-ins", message=Message(text="How are you today?"))
    assert await hearth.deliver("discord", str(GUILD_ID), [post]) == []
    call = (await fake.wait_for("POST", rf"^/channels/{GENERAL_ID}/messages$"))[0]
    assert "How are you today?" in embed_text(call.json)


async def test_button_answer_with_reply_and_edit_edits_the_alert_then_follows_up(
    fake: FakeDiscord, probe_hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(probe_hearth)
    await fake.message("sam", "PROBE-HIDE")
    alert = await _alert(fake)
    iid = await fake.press("alex", "probe:both:7", alert)
    callback = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0].json
    assert callback["type"] == UPDATE and "Decided." in embed_text(callback["data"])
    followup = (await fake.wait_for("POST", rf"^/webhooks/\d+/token-{iid}$"))[0].json
    assert "Noted privately." in embed_text(followup) and is_ephemeral(followup)
