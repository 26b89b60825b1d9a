"""The whole loop through the core: suggest, review, approve, find, mark helpful, gaps,
stale reminder, retire; and the refusals (bad links, rate limit, roles)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from bot.actions import Action, AlertModerators, AlertOrganizers, DirectMessage, OpenForm, Reply
from bot.app import Hearth
from bot.clock import FakeClock
from bot.messages import Form
from bot.resources.models import ResourceEntry, ResourceGap
from bot.roles import Role
from tests.bot.resources.support import (
    APPROVAL,
    HEADER,
    SUGGESTED_NOTE,
    SUGGESTED_URL,
    buttons,
    resources_of,
    use_directory,
    write_directory,
)
from tests.support.recording import RecordingAdapter, of, only


async def _suggest_and_approve(recorder: RecordingAdapter) -> AlertModerators:
    actions = await recorder.command(
        "maria", f"/resources suggest {SUGGESTED_URL} {SUGGESTED_NOTE}"
    )
    assert "moderators will review" in only(actions, Reply).message.text
    card = only(actions, AlertModerators)
    assert SUGGESTED_URL in card.message.plain() and "Maria" not in card.message.plain()
    form = only(
        await recorder.press("alex", buttons(card.message)["Approve"], role=Role.MODERATOR),
        OpenForm,
    ).form
    assert form.form_id == "resources:approve" and "parking" in form.inputs[1].default
    done = await recorder.submit(
        "alex", form.form_id, APPROVAL, role=Role.MODERATOR, context=form.context
    )
    assert "in the directory now" in only(done, Reply).message.text
    told = only(done, DirectMessage)
    assert told.user_id == "maria" and "Hospital parking passes" in told.message.text
    return card


async def test_suggest_review_approve_then_found(recorder: RecordingAdapter) -> None:
    await _suggest_and_approve(recorder)
    reply = only(await recorder.command("sam", "/resources parking"), Reply)
    first = reply.message.sections[0]
    assert first.title == "Hospital parking passes" and first.url == SUGGESTED_URL
    assert first.context == "Suggested by a parent, reviewed by a moderator on 2026-03-01"


async def test_suggester_may_choose_to_be_named(recorder: RecordingAdapter) -> None:
    actions = await recorder.command("maria", f"/resources suggest {SUGGESTED_URL}")
    credit = buttons(only(actions, Reply).message)["Show my name with it"]
    refused = only(await recorder.press("sam", credit), Reply)
    assert "Only the parent who suggested it" in refused.message.text
    named = only(await recorder.press("maria", credit), Reply)
    assert "it will say it was suggested by Maria" in named.message.text
    card = only(actions, AlertModerators)
    form = only(
        await recorder.press("alex", buttons(card.message)["Approve"], role=Role.MODERATOR),
        OpenForm,
    ).form
    await recorder.submit("alex", form.form_id, APPROVAL, role=Role.MODERATOR, context=form.context)
    reply = only(await recorder.command("sam", "/resources parking"), Reply)
    assert reply.message.sections[0].context.startswith("Suggested by Maria, reviewed by")


@pytest.mark.parametrize(
    "link", ["ftp://example.org/x", "javascript:alert(1)", "example.org", "https://" + "a" * 600]
)
async def test_bad_links_refused_privately(recorder: RecordingAdapter, link: str) -> None:
    reply = only(await recorder.command("maria", f"/resources suggest {link} why"), Reply)
    assert reply.ephemeral and (
        "https://" in reply.message.text or "too long" in reply.message.text
    )


async def test_same_link_twice_merges_into_one_card(
    hearth: Hearth, recorder: RecordingAdapter
) -> None:
    first = await recorder.command("maria", f"/resources suggest {SUGGESTED_URL} mine")
    second = await recorder.command(
        "sam",
        "/resources suggest HTTPS://PARKING.EXAMPLE.ORG/hospital-parking/ theirs",
    )
    assert len(of(first, AlertModerators)) == 1 and of(second, AlertModerators) == []
    assert "added your voice" in only(second, Reply).message.text
    with hearth.db.session() as session:
        [row] = session.exec(select(ResourceEntry)).all()
        assert row.times_suggested == 2 and row.note == "mine"


async def test_rate_limited(hearth: Hearth, recorder: RecordingAdapter) -> None:
    hearth.config.resources.suggest_limit = 2
    for n in range(2):
        await recorder.command("maria", f"/resources suggest https://example.org/{n}")
    reply = only(await recorder.command("maria", "/resources suggest https://example.org/9"), Reply)
    assert "suggestions recently" in reply.message.text
    assert of(
        await recorder.command("sam", "/resources suggest https://example.org/9"), AlertModerators
    )


async def _review(
    recorder: RecordingAdapter, button: str, reason: str
) -> tuple[AlertModerators, Form, list[Action]]:
    """maria suggests; alex presses ``button`` on the card and sends ``reason`` in its form."""
    card = only(
        await recorder.command("maria", f"/resources suggest {SUGGESTED_URL}"), AlertModerators
    )
    pressed = await recorder.press("alex", buttons(card.message)[button], role=Role.MODERATOR)
    form = only(pressed, OpenForm).form
    values = {"reason": reason}
    done = await recorder.submit(
        "alex", form.form_id, values, role=Role.MODERATOR, context=form.context
    )
    return card, form, done


async def test_decline_sends_a_kind_reason_privately(recorder: RecordingAdapter) -> None:
    card, form, done = await _review(recorder, "Decline", "We only list organisations' pages.")
    assert "Thank you for thinking of other parents" in form.inputs[0].default
    dm = only(done, DirectMessage)
    assert dm.user_id == "maria" and "We only list organisations' pages." in dm.message.text
    assert "sent privately" in only(done, Reply).message.text
    again = only(
        await recorder.press("alex", buttons(card.message)["Approve"], role=Role.MODERATOR), Reply
    )
    assert "already decided" in again.message.text


async def test_ask_for_changes_then_suggest_again(recorder: RecordingAdapter) -> None:
    card, _, done = await _review(recorder, "Ask for changes", "Which hospitals does it cover?")
    assert "Which hospitals" in only(done, DirectMessage).message.text
    again = await recorder.command(
        "maria", f"/resources suggest {SUGGESTED_URL} all children's hospitals"
    )
    assert only(again, AlertModerators).message.title == card.message.title  # same suggestion


async def test_members_cannot_review(recorder: RecordingAdapter) -> None:
    card = only(
        await recorder.command("maria", f"/resources suggest {SUGGESTED_URL}"), AlertModerators
    )
    reply = only(await recorder.press("sam", buttons(card.message)["Approve"]), Reply)
    assert "Only moderators" in reply.message.text


TWO_GROUPS = "\n".join(
    [
        HEADER,
        "A grief group,https://example.org/a,Meetings for bereaved parents,bereavement,"
        "parents,global,2026-01-01,Org A",
        "B grief group,https://example.org/b,Meetings for bereaved parents,bereavement,"
        "parents,global,2026-01-01,Org B",
        "",
    ]
)


async def test_helped_lifts_an_entry_and_counts_once_per_member(
    tmp_path: Path, hearth: Hearth, recorder: RecordingAdapter
) -> None:
    use_directory(hearth, write_directory(tmp_path, TWO_GROUPS))
    reply = only(await recorder.command("maria", "/resources grief", direct=True), Reply)
    titles = [s.title for s in reply.message.sections]
    second = reply.message.buttons[1]
    assert second.label.startswith("This helped")
    for name in ("maria", "maria", "sam", "jo"):
        assert "Thank you" in only(await recorder.press(name, second.action_id), Reply).message.text
    with hearth.db.session() as session:
        assert session.exec(select(ResourceEntry.helped)).one() == 3
    lifted = only(await recorder.command("maria", "/resources grief", direct=True), Reply)
    assert lifted.message.sections[0].title == titles[1]


async def test_gaps_for_organizers(hearth: Hearth, recorder: RecordingAdapter) -> None:
    nothing = only(await recorder.command("maria", "/resources unicorns"), Reply)
    assert "found nothing" in nothing.message.text
    reply = only(await recorder.command("sam", "/resources nausea"), Reply)
    missed = buttons(reply.message)["Not what I needed"]
    assert "fill the gaps" in only(await recorder.press("sam", missed), Reply).message.text
    gaps = only(await recorder.command("olivia", "/resources gaps", role=Role.ORGANIZER), Reply)
    assert "unicorn: found nothing 1×" in gaps.message.text
    assert "nausea: found nothing 0×, not what they needed 1×" in gaps.message.text
    refused = only(await recorder.command("maria", "/resources-gaps"), Reply)
    assert "for organizers" in refused.message.text
    # counts only: no member, no name
    assert {c.name for c in ResourceGap.__table__.columns} == {
        "id",
        "community_id",
        "topic",
        "nothing_found",
        "not_needed",
        "last_seen",
    }


async def test_monthly_stale_reminder_then_still_accurate_and_retire(
    tmp_path: Path, hearth: Hearth, recorder: RecordingAdapter, clock: FakeClock
) -> None:
    use_directory(hearth, write_directory(tmp_path))
    await recorder.command("maria", "/resources camp")  # the community exists
    await hearth.tick()  # schedules the first review: 1 April, 09:00 UTC
    assert recorder.delivered == []
    clock.set(datetime(2026, 4, 1, 9, 30, tzinfo=UTC))
    await hearth.tick()
    await hearth.tick()  # idempotent: nothing sent twice
    [card] = of(recorder.delivered, AlertOrganizers)
    assert card.message.sections[0].title == "Old grief group"
    labels = buttons(card.message)
    assert (
        "Only organizers"
        in only(
            await recorder.press("alex", labels["Retire"], role=Role.MODERATOR), Reply
        ).message.text
    )
    fresh = only(
        await recorder.press("olivia", labels["Still accurate"], role=Role.ORGANIZER), Reply
    )
    assert "reviewed today" in fresh.message.text
    reply = only(await recorder.command("maria", "/resources grief", direct=True), Reply)
    assert reply.message.sections[0].context == "Grief Org · reviewed 2026-04-01"
    retired = only(await recorder.press("olivia", labels["Retire"], role=Role.ORGANIZER), Reply)
    assert "no longer appears" in retired.message.text
    gone = only(await recorder.command("maria", "/resources grief", direct=True), Reply)
    assert "found nothing" in gone.message.text
    clock.set(datetime(2026, 5, 1, 9, 30, tzinfo=UTC))
    await hearth.tick()
    assert len(of(recorder.delivered, AlertOrganizers)) == 1  # nothing stale left


async def test_edit_from_a_reminder(
    tmp_path: Path, hearth: Hearth, recorder: RecordingAdapter
) -> None:
    use_directory(hearth, write_directory(tmp_path))
    reply = only(await recorder.command("maria", "/resources grief", direct=True), Reply)
    key = reply.message.buttons[0].action_id.rsplit(":", 1)[1]
    form = only(
        await recorder.press("olivia", f"resources:edit:{key}", role=Role.ORGANIZER), OpenForm
    ).form
    values = {i.input_id: i.default for i in form.inputs} | {"title": "Grief group (monthly)"}
    await recorder.submit("olivia", form.form_id, values, role=Role.ORGANIZER, context=form.context)
    edited = only(await recorder.command("maria", "/resources grief", direct=True), Reply)
    assert edited.message.sections[0].title == "Grief group (monthly)"
    assert edited.message.sections[0].context == "Grief Org · reviewed 2026-03-01"


async def test_stale_review_can_be_turned_off(
    hearth: Hearth, recorder: RecordingAdapter, clock: FakeClock
) -> None:
    hearth.config.resources.stale_review_rule = ""
    await recorder.command("maria", "/resources camp")
    await hearth.tick()
    clock.advance(timedelta(days=400))
    await hearth.tick()
    assert of(recorder.delivered, AlertOrganizers) == []


async def test_export_and_forget_cover_suggestions(
    hearth: Hearth, recorder: RecordingAdapter
) -> None:
    await _suggest_and_approve(recorder)
    await recorder.command("maria", "/resources suggest https://example.org/pending why it helped")
    with hearth.db.session() as session:
        maria = hearth.member_record(session, recorder.actor("maria"))[1]
        exported = resources_of(hearth).export_member(session, maria)
        assert [s["status"] for s in exported["resource_suggestions"]] == ["approved", "pending"]
        resources_of(hearth).forget_member(session, maria)
    with hearth.db.session() as session:
        rows = session.exec(select(ResourceEntry)).all()
        assert [(r.url, r.suggested_by, r.note, r.credit) for r in rows] == [
            (SUGGESTED_URL, None, "", None)
        ]
    still = only(await recorder.command("sam", "/resources parking"), Reply)
    assert still.message.sections[0].url == SUGGESTED_URL


async def test_bad_approval_form_is_refused_and_changes_nothing(
    hearth: Hearth, recorder: RecordingAdapter
) -> None:
    card = only(
        await recorder.command("maria", f"/resources suggest {SUGGESTED_URL}"), AlertModerators
    )
    approve = buttons(card.message)["Approve"]
    form = only(await recorder.press("alex", approve, role=Role.MODERATOR), OpenForm).form
    bad = APPROVAL | {"region": "United States!"}
    reply = only(
        await recorder.submit("alex", form.form_id, bad, role=Role.MODERATOR, context=form.context),
        Reply,
    )
    assert reply.ephemeral and "Region is a short code" in reply.message.text
    with hearth.db.session() as session:
        row = session.exec(select(ResourceEntry)).one()
        assert (row.status, row.title) == ("pending", "")
    forged = await recorder.submit(
        "alex", form.form_id, APPROVAL, role=Role.MODERATOR, context={"id": "²"}
    )
    assert "no longer exists" in only(forged, Reply).message.text
