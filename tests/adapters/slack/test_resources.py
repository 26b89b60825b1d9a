"""/hearth resources through the real slack-bolt app: an ephemeral response_url answer, and
"Share in channel" posting the entries (chat.postMessage) without the search words."""

from __future__ import annotations

from adapters.slack.testing import block_actions, slash_command


def _action_ids(answer: dict) -> list[str]:
    return [
        element["action_id"]
        for block in answer["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
    ]


async def test_resources_answer_is_ephemeral_and_share_posts_to_channel(
    fake, start, hearth
) -> None:
    _, sender = await start(hearth)
    await sender.command(slash_command(fake, "resources bereavement"))
    [answer] = await fake.wait_for_responses(1)
    assert answer["response_type"] == "ephemeral"
    assert "Resources for “bereavement”" in answer["text"]
    [share] = [a for a in _action_ids(answer) if a.startswith("resources:share:")]
    await sender.interaction(block_actions(fake, share, ephemeral=True))
    [post] = await fake.wait_for("chat.postMessage")
    assert post.args["channel"] == "C0GENERAL"
    assert "Shared from the community's resource directory" in post.args["text"]
    assert "bereavement”" not in post.args["text"] and "maria" not in post.args["text"].lower()
