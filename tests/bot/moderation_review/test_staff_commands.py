"""/case, /cases, /history and /moderation-stats."""

from __future__ import annotations

import pytest

from bot.actions import Reply
from bot.app import SORRY
from bot.clock import FakeClock
from bot.roles import Role
from bot.storage.database import Database
from tests.bot.moderation_review.conftest import CRISIS, INSULT, MISINFO, all_cases
from tests.support.recording import RecordingAdapter, only

MOD = Role.MODERATOR


async def test_cases_lists_open_cases_urgent_first(
    recorder: RecordingAdapter, database: Database, clock: FakeClock
) -> None:
    assert (
        "No open cases"
        in only(await recorder.command("alex", "/cases", role=MOD), Reply).message.text
    )
    await recorder.say("maria", MISINFO)
    await recorder.say("sam", INSULT)
    clock.advance(minutes=3)
    await recorder.say("sam", CRISIS)
    kept = all_cases(database)[1].id
    await recorder.press("alex", f"case:keep:{kept}", role=MOD)
    reply = only(await recorder.command("alex", "/cases", role=MOD), Reply)
    assert reply.ephemeral and reply.message.title == "Open cases (2)"
    lines = reply.message.text.splitlines()
    assert lines[0].startswith("#3 URGENT crisis · open · Sam in #general")
    assert lines[1].startswith("#1 misinformation · open · Maria in #general · 3 min ago")
    refused = only(await recorder.command("maria", "/cases"), Reply)
    assert "for moderators" in refused.message.text


async def test_case_detail_with_log_buttons_and_notes(
    recorder: RecordingAdapter, database: Database
) -> None:
    await recorder.say("sam", INSULT)
    case_id = all_cases(database)[0].id
    await recorder.press("alex", f"case:warn:{case_id}", role=MOD)
    reply = only(await recorder.command("alex", "/case 1", role=MOD), Reply)
    text = reply.message.plain()
    assert reply.ephemeral and reply.message.title == "Case #1: hidden (abuse)"
    assert INSULT in text
    assert "Hearth hid the message" in text and "Alex warned the author" in text
    assert f"case:keep:{case_id}" in {b.action_id for b in reply.message.buttons}
    noted = only(
        await recorder.command("alex", "/case 1 talked with Sam, all good", role=MOD), Reply
    )
    assert "Alex added a note: talked with Sam, all good" in noted.message.plain()
    missing = only(await recorder.command("alex", "/case 9", role=MOD), Reply)
    assert "no case #9" in missing.message.text
    bad = only(await recorder.command("alex", "/case one", role=MOD), Reply)
    assert "whole number" in bad.message.plain()


async def test_history_by_display_name_or_user_id(
    recorder: RecordingAdapter, database: Database
) -> None:
    await recorder.say("sam", INSULT)
    await recorder.say("sam", MISINFO)
    await recorder.say("maria", MISINFO)
    first = all_cases(database)[0].id
    await recorder.press("alex", f"case:warn:{first}", role=MOD)
    for ref in ("Sam", "sam", "<@sam>", "@Sam"):
        reply = only(await recorder.command("alex", f"/history {ref}", role=MOD), Reply)
        assert reply.message.title == "History of Sam (sam)", ref
        lines = reply.message.text.splitlines()
        assert len(lines) == 2
        assert lines[0].startswith("#1 2026-03-01 abuse · resolved · hid the message, warned")
        assert lines[1].startswith("#2 2026-03-01 misinformation · open")
        assert reply.message.fields[0].value == "1"
    await recorder.say("olivia", "hi")
    clean = only(await recorder.command("alex", "/history olivia", role=MOD), Reply)
    assert clean.message.text == "Olivia has no moderation cases."
    unknown = only(await recorder.command("alex", "/history nobody", role=MOD), Reply)
    assert "don't know a member" in unknown.message.text
    refused = only(await recorder.command("maria", "/history sam"), Reply)
    assert "for moderators" in refused.message.text


async def test_stats_show_misfires_after_keep(
    recorder: RecordingAdapter, database: Database
) -> None:
    await recorder.say("maria", MISINFO)
    await recorder.say("sam", INSULT)
    await recorder.say("olivia", MISINFO, role=Role.ORGANIZER)  # bypass: not flagged
    await recorder.say("sam", "Essential oils cure cancer, you can skip the chemo")
    cases = all_cases(database)
    await recorder.press("alex", f"case:keep:{cases[0].id}", role=MOD)
    reply = only(await recorder.command("olivia", "/moderation-stats", role=Role.ORGANIZER), Reply)
    lines = reply.message.text.splitlines()
    assert lines[0] == "misinformation: flagged 2, kept 1, misfire rate 50%"
    assert "misinformation/starter pattern: flagged 2, kept 1, misfire rate 50%" in lines
    assert "abuse: flagged 1, kept 0, misfire rate 0%" in lines
    assert "abuse/insult: flagged 1, kept 0, misfire rate 0%" in lines
    assert MISINFO not in reply.message.plain()  # signals, never text
    refused = only(await recorder.command("alex", "/moderation-stats", role=MOD), Reply)
    assert "for organizers" in refused.message.text


@pytest.mark.parametrize("number", ["--1", "²", "9223372036854775808", "-1", "0", "1.5", "#x"])
async def test_case_numbers_that_are_not_numbers_get_a_specific_answer(
    recorder: RecordingAdapter, number: str
) -> None:
    await recorder.say("maria", MISINFO)
    reply = only(await recorder.command("alex", f"/case {number}", role=MOD), Reply)
    assert reply.ephemeral and reply.message.text != SORRY
    assert "is not a case number" in reply.message.text or "whole number" in reply.message.text
