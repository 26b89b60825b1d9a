"""The real moderation review feature (bot.moderation_review) through the Slack adapter:
auto-hide with the admin user token, honest degradation without it, crisis care."""

from __future__ import annotations

import json
import re

import pytest
from sqlmodel import select

from adapters.slack.testing import (
    ADMIN_TOKEN,
    block_actions,
    event_callback,
    eventually,
    message_changed_event,
    message_event,
    slash_command,
)
from bot.app import Hearth
from bot.moderation_review.models import CaseAlert

GENERAL, MODS = "C0GENERAL", "C0MODS"
TS = "1772366500.000300"
ABUSE = "you are a worthless idiot and everyone here hates you"


@pytest.fixture
async def review_hearth(hearth: Hearth) -> Hearth:
    if "moderation" not in hearth.features:
        pytest.fail("bot.moderation_review is not in DEFAULT_FEATURES")
    await hearth.start()
    yield hearth
    await hearth.stop()


async def _post_abuse(fake, sender) -> None:
    fake.seed_message(GENERAL, TS, "U0SAM", ABUSE)
    await sender.event(event_callback(fake, message_event(ABUSE, user="U0SAM", ts=TS)))


def _action_ids(blocks: list) -> list[str]:
    return [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]


def _alerts(fake) -> list:
    return [c for c in fake.calls_to("chat.postMessage") if c.args["channel"] == MODS]


def _alert_ts(fake, call) -> str:
    return next(
        ts
        for (channel, ts), m in fake.messages.items()
        if channel == MODS and m["text"] == call.args["text"]
    )


async def test_abuse_hidden_with_admin_token_and_decision_shown_in_place(
    fake, start, review_hearth
) -> None:
    _, sender = await start(review_hearth, admin=True)
    await _post_abuse(fake, sender)
    [delete] = await fake.wait_for("chat.delete")
    assert delete.token == ADMIN_TOKEN and (delete.args["channel"], delete.args["ts"]) == (
        GENERAL,
        TS,
    )
    assert (GENERAL, TS) not in fake.messages
    await eventually(lambda: _alerts(fake))
    [alert] = _alerts(fake)
    assert "case:keep:1" in _action_ids(alert.args["blocks"])
    # the author hears privately why
    await eventually(
        lambda: any(c.args["channel"] == "D0SAM" for c in fake.calls_to("chat.postMessage"))
    )

    alert_ts = _alert_ts(fake, alert)
    press = block_actions(fake, "case:keep:1", user="U0ALEX", channel=MODS, message_ts=alert_ts)
    await sender.interaction(press)
    [update] = await fake.wait_for("chat.update")
    assert (update.args["channel"], update.args["ts"]) == (MODS, alert_ts)
    assert "alex" in update.args["text"].lower()


async def test_without_admin_token_the_alert_says_not_hidden(fake, start, review_hearth) -> None:
    _, sender = await start(review_hearth)
    await _post_abuse(fake, sender)
    await eventually(lambda: _alerts(fake))
    [alert] = _alerts(fake)
    assert "NOT hidden" in alert.args["text"]
    assert fake.calls_to("chat.delete") == []
    assert (GENERAL, TS) in fake.messages

    # A moderator pressing "hide" is told why it cannot be done; the alert shows the case.
    alert_ts = _alert_ts(fake, alert)
    press = block_actions(fake, "case:hide:1", user="U0ALEX", channel=MODS, message_ts=alert_ts)
    await sender.interaction(press)
    [reply] = await fake.wait_for("chat.postEphemeral")
    assert reply.args["user"] == "U0ALEX" and reply.args["channel"] == MODS
    assert "admin user token" in reply.args["text"]
    await fake.wait_for("chat.update")
    assert fake.calls_to("chat.delete") == []


async def test_refused_delete_is_recorded_and_moderators_told(fake, start, review_hearth) -> None:
    _, sender = await start(review_hearth, admin=True)
    fake.fail("chat.delete", "cant_delete_message")
    await _post_abuse(fake, sender)
    await fake.wait_for("chat.delete")
    await eventually(lambda: any("could NOT be hidden" in c.args["text"] for c in _alerts(fake)))
    assert (GENERAL, TS) in fake.messages


async def _sam_posts(fake, start, review_hearth, text: str):
    """Sam posts ``text`` in #general (admin token present); the one moderators' alert."""
    _, sender = await start(review_hearth, admin=True)
    fake.seed_message(GENERAL, TS, "U0SAM", text)
    await sender.event(event_callback(fake, message_event(text, user="U0SAM", ts=TS)))
    await eventually(lambda: _alerts(fake))
    [alert] = _alerts(fake)
    return alert


async def test_crisis_gets_care_by_dm_and_an_urgent_alert(fake, start, review_hearth) -> None:
    alert = await _sam_posts(fake, start, review_hearth, "I want to kill myself tonight")
    assert alert.args["text"].startswith("<!here> URGENT")
    dms = [c for c in fake.calls_to("chat.postMessage") if c.args["channel"] == "D0SAM"]
    [care] = [c for c in dms if "not alone" in c.args["text"]]
    assert "in #general" in care.args["text"]  # the channel's name, from conversations.info
    assert fake.calls_to("chat.delete") == []  # never hidden
    assert (GENERAL, TS) in fake.messages


async def test_abuse_received_stays_up_and_the_member_hears_the_moderators_know(
    fake, start, review_hearth
) -> None:
    text = 'someone messaged me saying "go kill yourself you useless cow". I\'m shaking.'
    alert = await _sam_posts(fake, start, review_hearth, text)
    assert "abuse a member received" in alert.args["text"]
    assert not alert.args["text"].startswith("<!here>")  # not urgent
    ids = _action_ids(alert.args["blocks"])
    assert not any(i.startswith(("case:warn:", "case:timeout:")) for i in ids)

    def told() -> list:
        dms = [c for c in fake.calls_to("chat.postMessage") if c.args["channel"] == "D0SAM"]
        return [c for c in dms if "let the moderators know" in c.args["text"]]

    await eventually(told)
    assert fake.calls_to("chat.delete") == []  # never hidden
    assert (GENERAL, TS) in fake.messages


def _urgent_block(alert) -> str:
    return next(
        b["text"]["text"]
        for b in alert.args["blocks"]
        if b["type"] == "section" and "Urgent" in b["text"]["text"]
    )


async def test_urgent_alert_notifies_here_in_text_and_blocks(fake, start, review_hearth) -> None:
    _, sender = await start(review_hearth)
    text = "I want to kill myself tonight"
    await sender.event(event_callback(fake, message_event(text, user="U0SAM", ts=TS)))
    await eventually(lambda: _alerts(fake))
    [alert] = _alerts(fake)
    assert alert.args["text"].startswith("<!here> ")
    assert _urgent_block(alert).endswith(" <!here>")  # rendered (not escaped): Slack pings


async def test_urgent_alert_notifies_the_configured_user_group(fake, start, review_hearth) -> None:
    _, sender = await start(review_hearth, urgent_mention="S0MODS")
    text = "I want to kill myself tonight"
    await sender.event(event_callback(fake, message_event(text, user="U0SAM", ts=TS)))
    await eventually(lambda: _alerts(fake))
    [alert] = _alerts(fake)
    assert alert.args["text"].startswith("<!subteam^S0MODS> ")
    assert "<!here>" not in alert.args["text"]
    assert _urgent_block(alert).endswith(" <!subteam^S0MODS>")


async def test_a_review_alert_notifies_nobody(fake, start, review_hearth) -> None:
    _, sender = await start(review_hearth)
    await _post_abuse(fake, sender)
    await eventually(lambda: _alerts(fake))
    [alert] = _alerts(fake)
    assert "<!" not in alert.args["text"] and "<!" not in str(alert.args["blocks"])


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("@here", "<!here>"),
        ("S0MODS", "<!subteam^S0MODS>"),
        ("<!subteam^S0MODS>", "<!subteam^S0MODS>"),
        ("", None),
    ],
)
def test_urgent_mention_setting_is_normalised(given, sent) -> None:
    from adapters.slack.settings import SlackConfig

    assert SlackConfig(urgent_mention=given).urgent_mention == sent


def test_an_unsendable_urgent_mention_is_refused_with_the_fix() -> None:
    from pydantic import ValidationError

    from adapters.slack.settings import SlackConfig

    with pytest.raises(ValidationError, match="user group id"):
        SlackConfig(urgent_mention="@moderators")


def _field_texts(alert) -> list[str]:
    texts = []
    for block in alert.args["blocks"]:
        texts += [f["text"] for f in block.get("fields") or []]
        if block["type"] == "section" and "text" in block:
            texts.append(block["text"]["text"])
    return texts


async def test_alert_names_member_and_channel_natively_with_a_permalink(
    fake, start, review_hearth
) -> None:
    _, sender = await start(review_hearth)
    await _post_abuse(fake, sender)
    await eventually(lambda: _alerts(fake))
    [alert] = _alerts(fake)
    [permalink] = fake.calls_to("chat.getPermalink")
    assert (permalink.args["channel"], permalink.args["message_ts"]) == (GENERAL, TS)
    texts = _field_texts(alert)
    assert "*Member*\n<@U0SAM>" in texts
    assert "*Channel*\n<#C0GENERAL>" in texts
    link = f"https://hearth-test.slack.com/archives/{GENERAL}/p{TS.replace('.', '')}"
    assert f"*Message*\n<{link}|Jump to the message>" in texts
    assert "in #general" in alert.args["text"]


async def test_alert_still_goes_out_when_no_permalink_can_be_had(
    fake, start, review_hearth
) -> None:
    _, sender = await start(review_hearth)
    fake.fail("chat.getPermalink", "channel_not_found")
    await _post_abuse(fake, sender)
    await eventually(lambda: _alerts(fake))
    [alert] = _alerts(fake)
    assert f"*Message*\nmessage {TS} in #general" in _field_texts(alert)


def _remembered_alerts(hearth: Hearth) -> int:
    with hearth.db.session() as session:
        return len(session.exec(select(CaseAlert)).all())


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


async def test_forgetme_edits_the_alert_already_posted(fake, start, review_hearth) -> None:
    _, sender = await start(review_hearth)
    text = "I want to kill myself tonight"
    fake.seed_message(GENERAL, TS, "U0SAM", text)
    await sender.event(event_callback(fake, message_event(text, user="U0SAM", ts=TS)))
    await eventually(lambda: _remembered_alerts(review_hearth))  # where the alert was posted
    [alert] = _alerts(fake)
    alert_ts = _alert_ts(fake, alert)
    await sender.command(slash_command(fake, "forgetme", user="U0SAM", user_name="sam"))
    [ask] = await fake.wait_for_responses(1)
    confirm = next(i for i in _action_ids(ask["blocks"]) if ":confirm:" in i)
    await sender.interaction(block_actions(fake, confirm, user="U0SAM", ephemeral=True))
    [update] = await fake.wait_for("chat.update")
    assert (update.args["channel"], update.args["ts"]) == (MODS, alert_ts)
    shown = update.args["text"] + json.dumps(update.args["blocks"])
    assert "kill myself" not in shown and "U0SAM" not in shown and "sam" not in _words(shown)
    assert "forgotten" in update.args["text"]
    assert fake.messages[(MODS, alert_ts)]["text"] == update.args["text"]


async def test_alert_edited_when_the_retention_window_ends(
    fake, start, review_hearth, clock
) -> None:
    _, sender = await start(review_hearth)
    await _post_abuse(fake, sender)
    await eventually(lambda: _remembered_alerts(review_hearth))
    [alert] = _alerts(fake)
    alert_ts = _alert_ts(fake, alert)
    keep = block_actions(fake, "case:keep:1", user="U0ALEX", channel=MODS, message_ts=alert_ts)
    await sender.interaction(keep)
    await fake.wait_for("chat.update")
    clock.advance(days=review_hearth.config.privacy.flagged_text_retention_days + 1)
    await review_hearth.tick()
    edit = (await fake.wait_for("chat.update", 2))[-1]
    assert edit.args["ts"] == alert_ts and ABUSE not in edit.args["text"]
    assert "retention window is over" in edit.args["text"]


MISINFO = "Chemo is poison. Essential oils cure cancer, skip the chemo"


async def test_a_message_edited_into_a_crisis_gets_care_and_an_urgent_alert(
    fake, start, review_hearth
) -> None:
    _, sender = await start(review_hearth)
    before = "We had a good day at the clinic"
    await sender.event(event_callback(fake, message_event(before, user="U0SAM", ts=TS)))
    crisis = "I want to kill myself tonight"
    changed = message_changed_event(crisis, before, ts=TS, user="U0SAM")
    await sender.event(event_callback(fake, changed))
    await eventually(lambda: _alerts(fake))
    [alert] = _alerts(fake)
    assert alert.args["text"].startswith("<!here> ") and crisis in alert.args["text"]
    await eventually(
        lambda: any(c.args["channel"] == "D0SAM" for c in fake.calls_to("chat.postMessage"))
    )


async def test_an_edit_of_a_flagged_message_updates_its_alert(fake, start, review_hearth) -> None:
    _, sender = await start(review_hearth)
    await sender.event(event_callback(fake, message_event(MISINFO, user="U0SAM", ts=TS)))
    await eventually(lambda: _remembered_alerts(review_hearth))
    [alert] = _alerts(fake)
    alert_ts = _alert_ts(fake, alert)
    edited = MISINFO + " - my aunt swears by it"
    changed = message_changed_event(edited, MISINFO, ts=TS, user="U0SAM")
    await sender.event(event_callback(fake, changed))
    [update] = await fake.wait_for("chat.update")
    assert (update.args["channel"], update.args["ts"]) == (MODS, alert_ts)
    assert edited in update.args["text"]
    assert len(_alerts(fake)) == 1  # no second case, no second alert


async def test_an_unfurl_is_not_an_edit(fake, start, review_hearth) -> None:
    adapter, sender = await start(review_hearth)
    changed = message_changed_event(ABUSE, ABUSE, ts=TS, user="U0SAM")  # same text
    await sender.event(event_callback(fake, changed))
    await adapter.drain()
    assert _alerts(fake) == [] and fake.calls_to("users.info") == []


async def test_no_time_out_menu_on_slack(fake, start, review_hearth) -> None:
    _, sender = await start(review_hearth)
    await _post_abuse(fake, sender)
    await eventually(lambda: _alerts(fake))
    [alert] = _alerts(fake)
    ids = _action_ids(alert.args["blocks"])
    assert "case:keep:1" in ids and not any(i.startswith("case:timeout") for i in ids)


async def test_the_permalink_is_asked_once_per_message(fake, start, review_hearth) -> None:
    _, sender = await start(review_hearth)
    await _post_abuse(fake, sender)
    await eventually(lambda: _alerts(fake))
    alert_ts = _alert_ts(fake, _alerts(fake)[0])
    press = block_actions(fake, "case:ack:1", user="U0ALEX", channel=MODS, message_ts=alert_ts)
    await sender.interaction(press)
    [update] = await fake.wait_for("chat.update")
    assert "Jump to the message" in json.dumps(update.args["blocks"])  # the link stays
    assert len(fake.calls_to("chat.getPermalink")) == 1
