"""/digest from stored data: organizers only, private, the image the platform receives (or
text where it shows no images); /digest weekly and /digest off, with clear errors."""

from __future__ import annotations

from sqlmodel import select

from bot.actions import DirectMessage, Reply
from bot.app import Hearth
from bot.capabilities import Capabilities
from bot.digest import render
from bot.digest.models import DigestSubscription
from bot.roles import Role
from bot.storage.database import Database
from tests.support.charts import decode_png
from tests.support.recording import RecordingAdapter, only

ORG = Role.ORGANIZER


async def test_digest_now_from_stored_data(rec: RecordingAdapter, community: None) -> None:
    actions = await rec.command("olivia", "/digest", role=ORG)
    assert only(actions, Reply).ephemeral and "direct messages" in only(actions, Reply).message.text
    dm = only(actions, DirectMessage)
    assert dm.user_id == "olivia" and dm.fallback_channel == rec.channel
    message = dm.message
    assert message.title == "Weekly digest: Sunflower parents"
    assert message.image is not None and message.image.filename == "weekly-digest.png"
    assert decode_png(message.image.data) == (render.WIDTH, render.HEIGHT)
    assert "Crisis alerts:" in message.image.alt_text
    text = message.plain()
    assert "Parent " not in text and "Parent " not in message.image.alt_text  # never a name
    fields = {f.name: f.value for f in message.fields}
    assert "members answered, average mood" in fields["Check-ins"]
    assert "joined" in fields["New members"] and "still unacknowledged" in fields["Crisis alerts"]


async def test_asked_in_a_dm_the_reply_is_the_digest(rec: RecordingAdapter) -> None:
    reply = only(await rec.command("olivia", "/digest", role=ORG, direct=True), Reply)
    assert reply.message.title == "Weekly digest: Hearth support group"
    assert reply.message.image is not None


async def test_platform_without_dms_gets_a_private_reply(hearth: Hearth) -> None:
    rec = RecordingAdapter(hearth, capabilities=Capabilities(images=True, direct_messages=False))
    reply = only(await rec.command("olivia", "/digest", role=ORG), Reply)
    assert reply.ephemeral and reply.message.title == "Weekly digest: Hearth support group"


async def test_members_cannot_see_the_digest(rec: RecordingAdapter) -> None:
    reply = only(await rec.command("maria", "/digest"), Reply)
    assert "/digest is for organizers" in reply.message.text and reply.message.image is None


async def test_text_only_platform_gets_the_text_chart(hearth: Hearth, community: None) -> None:
    rec = RecordingAdapter(hearth, capabilities=Capabilities(images=False))
    message = only(await rec.command("olivia", "/digest", role=ORG), DirectMessage).message
    assert message.image is None
    (chart,) = message.sections
    assert chart.title == "Members who answered check-ins, by week"
    assert len(chart.text.splitlines()) == 8 and "█" in chart.text


async def test_weekly_and_off(rec: RecordingAdapter, database: Database) -> None:
    reply = only(
        await rec.command("olivia", "/digest weekly mon@09:00 America/Chicago", role=ORG), Reply
    )
    assert "mon at 09:00 (America/Chicago)" in reply.message.text
    assert "First one: Mon 02 Mar 09:00" in reply.message.text
    with database.session() as session:
        (row,) = session.exec(select(DigestSubscription)).all()
        assert row.timezone == "America/Chicago" and row.next_fire_at is not None
        assert row.next_fire_at.hour == 15  # 09:00 CST
    again = only(await rec.command("olivia", "/digest weekly", role=ORG), Reply)
    assert "mon at 09:00 (UTC)" in again.message.text  # the default rule, one subscription
    with database.session() as session:
        assert len(session.exec(select(DigestSubscription)).all()) == 1
    off = only(await rec.command("olivia", "/digest off", role=ORG), Reply)
    assert "stopped" in off.message.text
    with database.session() as session:
        assert session.exec(select(DigestSubscription)).all() == []
    assert (
        "were not getting"
        in only(await rec.command("olivia", "/digest off", role=ORG), Reply).message.text
    )


async def test_bad_rule_or_zone_says_how(rec: RecordingAdapter, database: Database) -> None:
    zone = only(
        await rec.command("olivia", "/digest weekly mon@09:00 Mars/Olympus", role=ORG), Reply
    )
    assert zone.ephemeral and "unknown time zone “Mars/Olympus”" in zone.message.text
    rule = only(await rec.command("olivia", "/digest weekly someday", role=ORG), Reply)
    assert "Example: /digest weekly mon@09:00 Europe/London" in rule.message.text
    bad = only(await rec.command("olivia", "/digest sometimes", role=ORG), Reply)
    assert "must be one of: now, weekly, off" in bad.message.plain()
    with database.session() as session:
        assert session.exec(select(DigestSubscription)).all() == []
