"""Lone surrogates and NULs become U+FFFD in every text field of an event, once, in the core."""

from __future__ import annotations

from bot.actions import Reply
from bot.events import Actor, CommandInvoked, Place
from bot.sanitize import clean_text, scrub
from tests.support.recording import RecordingAdapter, only


def test_clean_text() -> None:
    assert clean_text("plain café") == "plain café"
    assert clean_text("a\ud800b\udcffc\x00") == "a\ufffdb\ufffdc\ufffd"


def test_scrub_reaches_actor_place_args_and_options() -> None:
    event = CommandInvoked(
        actor=Actor("t", "c", "u", "n\ud800"),
        place=Place("c", "g\x00"),
        name="x",
        args="a\udce9",
        options={"k": "\ud800"},
    )
    clean = scrub(event)
    assert clean.actor.display_name == "n\ufffd" and clean.place.channel_id == "g\ufffd"
    assert clean.args == "a\ufffd" and clean.options == {"k": "\ufffd"}
    plain = CommandInvoked(actor=Actor("t", "c", "u", "n"), place=Place("c"), name="x")
    assert scrub(plain) is plain


async def test_a_lone_surrogate_from_a_platform_is_stored_as_a_replacement(
    recorder: RecordingAdapter,
) -> None:
    """A JSON ``"\\ud800"`` escape from Discord or Slack reached the database and failed to
    encode there ("something went wrong")."""
    reply = only(await recorder.command("sam", "/checkin timezone \ud800"), Reply)
    assert "is not a time zone I know" in reply.message.text
    reply = only(await recorder.command("sam\ud800", "/checkin on daily 09:00 UTC"), Reply)
    assert reply.message.text.startswith("Private check-ins on")
