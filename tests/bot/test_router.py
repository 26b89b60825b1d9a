"""The router's option parsing: typed integers accept sane ASCII numbers in range only."""

from __future__ import annotations

import pytest

from bot.actions import Reply
from bot.roles import Role
from bot.router import CommandSpec, OptionSpec, check_typed, parse_options
from tests.support.recording import RecordingAdapter, only

SPEC = CommandSpec(
    "case",
    "A case",
    options=(
        OptionSpec("number", "The case number", kind="integer"),
        OptionSpec("note", "A note", required=False, rest=True),
    ),
)


@pytest.mark.parametrize(
    "bad", ["--1", "-1", "0", "²", "١٢", "9223372036854775808", "2147483648", "1e3", "0x10", "+"]
)
def test_integer_options_refuse_what_is_not_a_sane_number(bad: str) -> None:
    with pytest.raises(ValueError, match="<number> must be a whole number from 1 to 2147483647"):
        parse_options(SPEC, f"{bad} a note")
    with pytest.raises(ValueError, match="whole number"):
        check_typed(SPEC, {"number": bad})


def test_integer_options_are_normalised() -> None:
    assert parse_options(SPEC, "007 talked") == {"number": "7", "note": "talked"}
    assert check_typed(SPEC, {"number": 12}) == {"number": "12"}
    assert parse_options(SPEC, "2147483647") == {"number": "2147483647"}


def test_typed_options_check_names_and_choices() -> None:
    spec = CommandSpec("x", "x", options=(OptionSpec("setting", "on/off", choices=("on", "off")),))
    with pytest.raises(ValueError, match="unknown option"):
        check_typed(spec, {"nope": "1"})
    with pytest.raises(ValueError, match="must be one of"):
        check_typed(spec, {"setting": "maybe"})


async def test_case_numbers_through_the_core_get_help_not_the_generic_error(
    recorder: RecordingAdapter,
) -> None:
    for bad in ("--1", "²", "9223372036854775808"):
        reply = only(await recorder.command("alex", f"/case {bad}", role=Role.MODERATOR), Reply)
        assert "whole number" in (reply.message.text + str(reply.message.sections))
        assert "something went wrong" not in reply.message.text
        typed = only(
            await recorder.command("alex", "/case", role=Role.MODERATOR, options={"number": bad}),
            Reply,
        )
        assert "something went wrong" not in typed.message.text
