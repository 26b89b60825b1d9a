"""/resources through the real discord.py client: the answer is ephemeral (flag 64 on the
interaction callback), and "Share in channel" posts the entries without the search words."""

from __future__ import annotations

from adapters.discord.testing import GENERAL_ID, FakeDiscord
from bot.app import Hearth
from tests.adapters.discord.conftest import Starter
from tests.adapters.discord.helpers import custom_ids, embed_text, is_ephemeral


async def test_resources_answer_is_ephemeral_and_share_posts_to_channel(
    fake: FakeDiscord, hearth: Hearth, start_bot: Starter
) -> None:
    await start_bot(hearth)
    options = [{"name": "topic", "type": 3, "value": "bereavement"}]
    iid = await fake.slash("maria", "resources", options)
    call = (await fake.wait_for("POST", rf"^/interactions/{iid}/[^/]+/callback$"))[0]
    assert is_ephemeral(call.json["data"])
    assert "bereavement" in embed_text(call.json["data"]).lower()
    [share] = [c for c in custom_ids(call.json["data"]) if c.startswith("resources:share:")]
    message = {**call.json["data"], "id": fake.new_id(), "channel_id": str(GENERAL_ID)}
    iid = await fake.press("maria", share, message)
    post = (await fake.wait_for("POST", rf"^/channels/{GENERAL_ID}/messages$"))[0]
    text = embed_text(post.json)
    assert "Shared from the community's resource directory" in text
    assert "bereavement" not in text.split("\n", 1)[0].lower()
    assert "“bereavement”" not in text and "maria" not in text.lower()
    answer = (await fake.wait_for("POST", rf"^/interactions/{iid}/"))[0]
    assert is_ephemeral(answer.json["data"])
