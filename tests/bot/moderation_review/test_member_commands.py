"""/report: members tell moderators about a message or a worry, rate-limited."""

from __future__ import annotations

from bot.actions import AlertModerators, DirectMessage, Post, Reply
from bot.clock import FakeClock
from bot.config import Config
from bot.roles import Role
from bot.storage.database import Database
from tests.bot.moderation_review.conftest import CRISIS, GRIEF, all_cases
from tests.support.recording import RecordingAdapter, of, only


async def test_report_a_message(recorder: RecordingAdapter, database: Database) -> None:
    assert await recorder.say("sam", "honestly some people here should just leave") == []
    actions = await recorder.command("maria", "/report m1 this felt aimed at me")
    reply = only(actions, Reply)
    assert reply.ephemeral and "case #1" in reply.message.text
    alert = only(actions, AlertModerators)
    text = alert.message.plain()
    assert alert.message.title == "Case #1: reported"
    assert "Reported by: Maria: this felt aimed at me" in text
    assert "honestly some people here should just leave" in text and "Sam" in text
    # the reporter's identity only goes to moderators
    assert of(actions, DirectMessage) == [] and of(actions, Post) == []
    assert "Maria" not in reply.message.plain()
    (case,) = all_cases(database)
    assert (case.source, case.message_id, case.channel) == ("report", "m1", "general")
    assert case.author_id is not None
    # moderators act on it like any case
    warned = await recorder.press("alex", f"case:warn:{case.id}", role=Role.MODERATOR)
    assert only(warned, DirectMessage).user_id == "sam"


async def test_report_by_link_and_a_concern_without_message(
    recorder: RecordingAdapter, database: Database
) -> None:
    await recorder.say("sam", GRIEF)
    only(
        await recorder.command("maria", "/report https://chat.example/c/general/m1"),
        AlertModerators,
    )
    actions = await recorder.command("maria", "/report I'm worried about Sam, he went quiet")
    alert = only(actions, AlertModerators)
    assert "Reported by: Maria: I'm worried about Sam, he went quiet" in alert.message.plain()
    assert alert.message.text == "A member's concern (not about a particular message)."
    assert "Member:" not in alert.message.plain()
    case = all_cases(database)[-1]
    assert (case.number, case.message_id, case.author_id, case.text) == (2, None, None, None)
    empty = only(await recorder.command("maria", "/report"), Reply)
    assert "Tell me what worries you" in empty.message.text


async def test_report_with_crisis_words_is_urgent(
    recorder: RecordingAdapter, database: Database
) -> None:
    actions = await recorder.command("maria", f"/report sam wrote to me: {CRISIS}")
    assert only(actions, AlertModerators).urgent
    assert all_cases(database)[0].urgent


async def test_reports_are_rate_limited(
    recorder: RecordingAdapter, database: Database, clock: FakeClock, config: Config
) -> None:
    assert config.care.report_limit == 5
    for n in range(5):
        only(await recorder.command("maria", f"/report worry number {n}"), AlertModerators)
        clock.advance(minutes=5)
    refused = await recorder.command("maria", "/report one more")
    assert of(refused, AlertModerators) == []
    assert "5 reports recently" in only(refused, Reply).message.text
    # another member is not limited by maria's reports
    only(await recorder.command("sam", "/report a worry"), AlertModerators)
    clock.advance(minutes=36)  # the first report is now more than an hour old
    only(await recorder.command("maria", "/report one more"), AlertModerators)
    assert len(all_cases(database)) == 7


async def test_report_by_slack_permalink(hearth, database: Database) -> None:  # type: ignore[no-untyped-def]
    from bot.events import MessagePosted

    recorder = RecordingAdapter(hearth)
    await recorder.send(
        MessagePosted(
            actor=recorder.actor("sam"),
            place=recorder.place(),
            message_id="1712345678.123456",
            text=GRIEF,
        )
    )
    link = "https://team.slack.com/archives/C012/p1712345678123456?thread_ts=1"
    only(await recorder.command("maria", f"/report {link}"), AlertModerators)
    assert all_cases(database)[0].message_id == "1712345678.123456"
