"""The dispatcher: routing, permissions, help for mistakes, no exceptions to the platform."""

from __future__ import annotations

import logging

import pytest

from bot.actions import (
    AlertModerators,
    AlertOrganizers,
    DirectMessage,
    HideMessage,
    Outcome,
    Reply,
)
from bot.app import SORRY, Hearth
from bot.context import Context
from bot.errors import UserError
from bot.feature import Feature
from bot.logs import RedactingFormatter
from bot.roles import Role
from bot.router import OptionSpec, Router
from tests.support.recording import RecordingAdapter, only


class Toy(Feature):
    name = "toy"
    seen: list[dict[str, str]]

    def register(self, router: Router) -> None:
        self.seen = []
        router.command(
            "echo",
            "Say it back",
            options=(
                OptionSpec("word", "a word"),
                OptionSpec("rest", "more", required=False, rest=True),
            ),
        )(self.echo)
        router.command("pin", "Moderators only", role=Role.MODERATOR)(self.echo)
        router.group("toy", "Toy commands")
        router.command(
            "toy on", "Turn on", options=(OptionSpec("level", "1-3", choices=("1", "2", "3")),)
        )(self.echo)
        router.command("toy boom", "Fails")(self.boom)
        router.command("toy oops", "User error")(self.oops)
        router.command("toy remember", "Stores the member")(self.remember)
        router.component("toy")(self.pressed)
        router.on_message(self.message)

    async def echo(self, ctx: Context):
        self.seen.append(dict(ctx.options))
        return ctx.reply(f"{ctx.command}: {ctx.options}")

    async def remember(self, ctx: Context):
        return ctx.reply(f"remembered member {ctx.member.id}")

    async def boom(self, ctx: Context):
        raise RuntimeError("secret message text must not be logged")

    async def oops(self, ctx: Context):
        raise UserError("Please give a date like 2026-12-24.")

    async def pressed(self, ctx: Context):
        return ctx.reply(f"pressed {ctx.event.action_id}")

    async def message(self, ctx: Context):
        return ctx.reply("heard", ephemeral=True)


@pytest.fixture
def toy_hearth(config, database, clock) -> Hearth:
    import sys
    import types

    module = types.ModuleType("toy_feature")
    module.Toy = Toy  # type: ignore[attr-defined]
    sys.modules["toy_feature"] = module
    return Hearth(config, database, clock=clock, features=["toy_feature:Toy"])


@pytest.fixture
def rec(toy_hearth: Hearth) -> RecordingAdapter:
    return RecordingAdapter(toy_hearth)


async def test_command_options_parsed_from_text(rec: RecordingAdapter) -> None:
    reply = only(await rec.command("maria", "/echo hello there friend"), Reply)
    assert reply.message.text == "echo: {'word': 'hello', 'rest': 'there friend'}"
    assert reply.ephemeral


async def test_typed_options_from_platform(rec: RecordingAdapter) -> None:
    reply = only(await rec.command("maria", "/echo", options={"word": "hi"}), Reply)
    assert "'word': 'hi'" in reply.message.text


async def test_missing_argument_gets_usage_not_exception(rec: RecordingAdapter) -> None:
    reply = only(await rec.command("maria", "/echo"), Reply)
    assert reply.ephemeral
    assert "Missing <word>" in reply.message.text
    assert any(f.value == "/echo <word> [rest…]" for f in reply.message.fields)


async def test_unknown_command_suggests_close_match(rec: RecordingAdapter) -> None:
    reply = only(await rec.command("maria", "/ecko hi"), Reply)
    assert "I don't know /ecko" in reply.message.text
    assert "Did you mean /echo?" in reply.message.text
    assert "/pin" not in reply.message.text  # members are not shown moderator commands


async def test_permission_checked_before_handler(rec: RecordingAdapter, toy_hearth: Hearth) -> None:
    reply = only(await rec.command("maria", "/pin"), Reply)
    assert "for moderators" in reply.message.text
    assert toy_hearth.features["toy"].seen == []  # type: ignore[attr-defined]
    reply = only(await rec.command("alex", "/pin", role=Role.MODERATOR), Reply)
    assert reply.message.text.startswith("pin:")


async def test_stored_role_raises_platform_role(rec: RecordingAdapter, toy_hearth: Hearth) -> None:
    await rec.command("maria", "/toy remember")
    with toy_hearth.db.session() as session:
        from sqlmodel import select

        from bot.storage.models import Member

        member = session.exec(select(Member).where(Member.external_id == "maria")).one()
        member.role = int(Role.MODERATOR)
    reply = only(await rec.command("maria", "/pin"), Reply)
    assert reply.message.text.startswith("pin:")


async def test_subcommands_and_choices(rec: RecordingAdapter) -> None:
    assert "toy on" in only(await rec.command("maria", "/toy on 2"), Reply).message.text
    assert (
        "must be one of: 1, 2, 3"
        in only(await rec.command("maria", "/toy on 9"), Reply).message.text
    )
    unknown = only(await rec.command("maria", "/toy fly"), Reply).message.text
    assert "Unknown /toy fly" in unknown and "/toy on <level>" in unknown
    assert "/toy boom" in only(await rec.command("maria", "/toy"), Reply).message.text
    # platforms that send the subcommand inside the name (Discord) route the same way
    assert (
        "toy on"
        in only(await rec.command("maria", "/toy on", options={"level": "1"}), Reply).message.text
    )


async def test_handler_failure_is_a_kind_reply_and_logged_without_text(
    rec: RecordingAdapter, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        reply = only(await rec.command("maria", "/toy boom"), Reply)
    assert reply.message.text == SORRY and reply.ephemeral
    assert "handler failed for CommandInvoked" in caplog.text
    assert "boom" not in caplog.messages[0]


async def test_user_error_becomes_private_reply(rec: RecordingAdapter) -> None:
    reply = only(await rec.command("maria", "/toy oops"), Reply)
    assert reply.message.text == "Please give a date like 2026-12-24." and reply.ephemeral


async def test_components_route_by_prefix(rec: RecordingAdapter) -> None:
    assert only(await rec.press("maria", "toy:go:1"), Reply).message.text == "pressed toy:go:1"
    assert "no longer in use" in only(await rec.press("maria", "gone:x"), Reply).message.text


async def test_messages_reach_message_handlers(rec: RecordingAdapter) -> None:
    assert only(await rec.say("maria", "hello"), Reply).message.text == "heard"


async def test_help_lists_what_the_role_may_use(rec: RecordingAdapter) -> None:
    member = only(await rec.command("maria", "/help"), Reply).message.text
    moderator = only(await rec.command("alex", "/help", role=Role.MODERATOR), Reply).message.text
    assert "/pin" not in member and "/pin" in moderator
    detail = only(await rec.command("maria", "/help echo"), Reply)
    assert detail.message.fields[0].value == "/echo <word> [rest…]"


async def test_missing_permission_outcome_alerts_organizers(
    rec: RecordingAdapter, toy_hearth: Hearth
) -> None:
    action = HideMessage(channel="general", message_id="m1", reason="abuse")
    outcome = Outcome(action, ok=False, reason="forbidden", detail="grant Hearth 'Manage Messages'")
    follow = await toy_hearth.report_outcome("test", "c1", outcome)
    alert = only(follow, AlertOrganizers)
    assert "could not hide a message: grant Hearth 'Manage Messages'" in alert.message.text


async def test_commands_for_adapters(toy_hearth: Hearth) -> None:
    names = {spec.name for spec in toy_hearth.commands()}
    assert {"echo", "pin", "toy", "help"} <= names
    assert set(toy_hearth.router.commands["toy"].subcommands) == {"on", "boom", "oops", "remember"}


async def test_missing_role_alerts_but_vanished_message_does_not(toy_hearth: Hearth) -> None:
    from bot.actions import AssignRole

    role = Outcome(AssignRole(user_id="u", role="newcomer"), ok=False, reason="not_found")
    assert only(await toy_hearth.report_outcome("test", "c1", role), AlertOrganizers)
    gone = Outcome(
        HideMessage(channel="g", message_id="m", reason="x"), ok=False, reason="not_found"
    )
    assert await toy_hearth.report_outcome("test", "c1", gone) == []


async def test_platform_timezone_fills_a_gap_but_never_overrides(toy_hearth: Hearth) -> None:
    from bot.events import Actor, CommandInvoked, Place

    def event(tz: str | None) -> CommandInvoked:
        actor = Actor("test", "c1", "kim", "Kim", Role.MEMBER, tz)
        return CommandInvoked(actor=actor, place=Place("c1", "general"), name="toy remember")

    def stored() -> str | None:
        from sqlmodel import select

        from bot.storage.models import Member

        with toy_hearth.db.session() as session:
            return session.exec(select(Member).where(Member.external_id == "kim")).one().timezone

    await toy_hearth.handle(event(None))
    assert stored() is None
    await toy_hearth.handle(event("Europe/Dublin"))
    assert stored() == "Europe/Dublin"
    await toy_hearth.handle(event("Asia/Tokyo"))
    assert stored() == "Europe/Dublin"


async def test_member_row_is_created_only_by_a_handler_that_stores(
    rec: RecordingAdapter, toy_hearth: Hearth
) -> None:
    from sqlmodel import func, select

    from bot.storage.models import Member

    def members() -> int:
        with toy_hearth.db.session() as session:
            return session.exec(select(func.count()).select_from(Member)).one()

    await rec.command("maria", "/help")
    await rec.command("maria", "/echo hi")
    await rec.press("maria", "toy:look")
    assert members() == 0
    first = only(await rec.command("maria", "/toy remember"), Reply).message.text
    again = only(await rec.command("maria", "/toy remember"), Reply).message.text
    assert first == again == "remembered member 1"
    assert members() == 1


class Broken(Feature):
    """A feature whose message handler always fails, registered after moderation."""

    name = "broken"

    def register(self, router: Router) -> None:
        router.on_message(self.message)

    async def message(self, ctx: Context):
        raise RuntimeError("secret message text must not be logged")

    def export_member(self, session, member):  # nothing stored
        return {}

    def forget_member(self, session, member) -> None:
        return None


async def test_a_failing_message_handler_does_not_drop_the_crisis_care(
    config, database, clock, caplog: pytest.LogCaptureFixture
) -> None:
    import sys
    import types

    module = types.ModuleType("broken_feature")
    module.Broken = Broken  # type: ignore[attr-defined]
    sys.modules["broken_feature"] = module
    hearth = Hearth(
        config,
        database,
        clock=clock,
        features=["bot.moderation_review.feature:ModerationFeature", "broken_feature:Broken"],
    )
    rec = RecordingAdapter(hearth)
    with caplog.at_level(logging.ERROR):
        actions = await rec.say("maria", "I can't go on anymore, I want to end my life")
    assert any(isinstance(a, DirectMessage) and a.user_id == "maria" for a in actions)
    assert any(isinstance(a, AlertModerators) for a in actions)
    assert not any(isinstance(a, Reply) and a.message.text == SORRY for a in actions)
    formatter = RedactingFormatter("%(levelname)s %(name)s %(message)s")  # as Hearth logs
    logged = "\n".join(formatter.format(record) for record in caplog.records)
    assert "MessagePosted handler failed" in logged
    assert "end my life" not in logged and "message withheld" in logged
