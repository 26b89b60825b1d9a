"""/hearth digest through the real slack-bolt app: the organizer gets the digest in a DM with
its picture uploaded there (a real PNG, alt text in the blocks), the channel only a private
pointer; a member is refused."""

from __future__ import annotations

from adapters.slack.testing import TEAM, slash_command
from bot.app import Hearth
from bot.digest import render, synthetic
from tests.bot.digest.support import FEATURES
from tests.support.charts import decode_png


async def test_digest_picture_lands_in_the_organizers_dm(
    fake, start, config, database, clock
) -> None:
    with database.session() as session:
        synthetic.build(session, now=clock.now(), members=40, platform="slack", external_id=TEAM)
    hearth = Hearth(config, database, clock=clock, features=FEATURES)
    _, sender = await start(hearth)
    await sender.command(slash_command(fake, "digest", user="U0OLIVIA", user_name="olivia"))
    [post] = await fake.wait_for("chat.postMessage")
    assert post.args["channel"] == "D0OLIVIA"
    assert "Weekly digest: Sunflower parents" in str(post.args["blocks"])
    [complete] = await fake.wait_for("files.completeUploadExternal")
    assert complete.args["channel_id"] == "D0OLIVIA"
    [stored] = fake.files.values()
    assert stored["filename"] == "weekly-digest.png"
    assert decode_png(stored["data"]) == (render.WIDTH, render.HEIGHT)
    assert stored["alt_txt"].startswith("Weekly digest charts for")
    [pointer] = await fake.wait_for_responses(1)
    assert "direct messages" in str(pointer)


async def test_members_are_refused(fake, start, config, database, clock) -> None:
    hearth = Hearth(config, database, clock=clock, features=FEATURES)
    _, sender = await start(hearth)
    await sender.command(slash_command(fake, "digest"))
    [answer] = await fake.wait_for_responses(1)
    assert "for organizers" in str(answer)
    assert fake.calls_to("files.completeUploadExternal") == []
