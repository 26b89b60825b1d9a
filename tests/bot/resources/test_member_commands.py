"""``/resources TOPIC`` through the core: private by default, shareable, organizers' default."""

from __future__ import annotations

from bot.actions import DirectMessage, Post, Reply
from bot.app import Hearth
from bot.capabilities import Capabilities
from tests.support.recording import RecordingAdapter, only


def _share_button(reply: Reply) -> str:
    [share] = [b for b in reply.message.buttons if b.label == "Share in channel"]
    return share.action_id


async def test_answer_is_private_with_a_share_button(recorder: RecordingAdapter) -> None:
    reply = only(await recorder.command("maria", "/resources bereavement"), Reply)
    assert reply.ephemeral
    assert _share_button(reply).startswith("resources:share:")


async def test_share_posts_the_entries_without_the_search_words_or_name(
    recorder: RecordingAdapter,
) -> None:
    reply = only(await recorder.command("maria", "/resources financial help"), Reply)
    actions = await recorder.press("maria", _share_button(reply))
    post = only(actions, Post)
    assert post.channel == "general"
    assert [s.url for s in post.message.sections] == [s.url for s in reply.message.sections]
    shown = post.message.plain().lower()
    assert "financial help" not in shown and "maria" not in shown
    assert "shared by a member" in shown
    assert only(actions, Reply).ephemeral


async def test_direct_message_answer_has_no_share_button(recorder: RecordingAdapter) -> None:
    reply = only(await recorder.command("maria", "/resources nausea", direct=True), Reply)
    assert not any(b.label == "Share in channel" for b in reply.message.buttons)


async def test_share_of_unknown_entries_posts_nothing(recorder: RecordingAdapter) -> None:
    actions = await recorder.press("maria", "resources:share:deadbeef00")
    assert not [a for a in actions if isinstance(a, Post)]
    assert "no longer in the directory" in only(actions, Reply).message.text


async def test_organizers_can_make_answers_public(
    hearth: Hearth, recorder: RecordingAdapter
) -> None:
    hearth.config.resources.private_answers = False
    reply = only(await recorder.command("maria", "/resources nausea"), Reply)
    assert not reply.ephemeral
    assert not any(b.label == "Share in channel" for b in reply.message.buttons)


async def test_platform_without_private_replies_gets_a_direct_message(hearth: Hearth) -> None:
    plain = Capabilities(ephemeral=False)
    recorder = RecordingAdapter(hearth, platform="plain", capabilities=plain)
    actions = await recorder.command("maria", "/resources nausea")
    assert only(actions, DirectMessage).message.sections
    assert "privately" in only(actions, Reply).message.text


async def test_share_button_fits_discords_custom_id_limit(
    hearth: Hearth, recorder: RecordingAdapter
) -> None:
    hearth.config.resources.max_results = 10
    reply = only(await recorder.command("maria", "/resources parents", direct=False), Reply)
    assert all(len(b.action_id) <= 100 for b in reply.message.buttons)
    shared = only(await recorder.press("maria", _share_button(reply)), Post)
    assert 1 <= len(shared.message.sections) <= len(reply.message.sections)
