"""Property-based: every command, option, button id and form field of every feature, driven
through the core with arbitrary text, gets a specific private answer, never the generic
"something went wrong".

Nothing here is hand-listed: commands and their options come from the router's command tree,
button and form prefixes from its component and form tables, and the words that fill action id
segments and form field names from the string literals in ``bot/`` (so a new feature's verbs
and fields are fuzzed as soon as they exist). The text mixes ordinary words, numbers that
trip integer parsing, SQL LIKE wildcards, time zone directories, mentions, lone surrogates,
NUL bytes and very long strings. Examples are bounded so the suite runs in CI.
"""

from __future__ import annotations

import ast
import asyncio
import logging
from collections.abc import Coroutine, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import events
from bot.actions import Action, Reply
from bot.app import SORRY, Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.roles import Role
from bot.router import CommandSpec
from bot.storage.database import Database
from tests.support.recording import RecordingAdapter

BOT = Path(__file__).resolve().parents[2] / "bot"
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)

TRICKY = (
    "%",
    "_",
    "\\",
    "--1",
    "-1",
    "0",
    "²",
    "١٢",
    "9223372036854775808",
    "99999999999d",
    "-1d",
    "America",
    "Etc/../../etc/passwd",
    "mon-@09:00",
    "<@U1>",
    "<@!>",
    "@",
    "'",
    '"',
    '""',
    "\x00",
    "\ud800",
    "\udcff",
    "2026-02-30",
    "on",
    "off",
    "weekly",
    "general",
    "sun@18:00",
    "America/Chicago",
)


@cache
def literals() -> tuple[str, ...]:
    """Short identifier-like string literals in ``bot/``: verbs, field names, choices."""
    found: set[str] = set()
    for path in BOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for part in node.value.split(":"):
                    if part.replace("_", "").replace("-", "").isalnum() and len(part) <= 24:
                        found.add(part)
    return tuple(sorted(found))


@cache
def verbs() -> dict[str, tuple[str, ...]]:
    """``prefix -> second segments`` of the action ids written in ``bot/`` (``case:hide:``)."""
    found: dict[str, set[str]] = {}
    for path in BOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                prefix, sep, rest = node.value.partition(":")
                if sep and prefix.isidentifier():
                    found.setdefault(prefix, set()).add(rest.partition(":")[0])
    return {prefix: tuple(sorted(v)) for prefix, v in found.items()}


@cache
def link_buttons() -> frozenset[str]:
    """Ids of buttons that open a URL: the platform does the work, Hearth needs no answer."""
    found = set()
    for path in BOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "Button"
                and any(k.arg == "url" for k in node.keywords)
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    return frozenset(found)


def words() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(TRICKY),
        st.sampled_from(literals()),
        st.text(max_size=12),
        st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=6),
        st.integers(-(2**70), 2**70).map(str),
        st.integers(0, 200_000).map(lambda n: "x" * n),
    )


def free_text() -> st.SearchStrategy[str]:
    return st.lists(words(), max_size=6).map(" ".join)


def leaves(specs: dict[str, CommandSpec], prefix: str = "") -> Iterator[tuple[str, CommandSpec]]:
    for name, spec in specs.items():
        full = f"{prefix} {name}".strip()
        if spec.subcommands:
            yield from leaves(spec.subcommands, full)
        if spec.handler is not None:
            yield full, spec


@pytest.fixture
def fuzzed(config: Config, database: Database, clock: FakeClock) -> Iterator[RecordingAdapter]:
    hearth = Hearth(config, database, clock=clock)
    yield RecordingAdapter(hearth)


def run(coro: Coroutine[Any, Any, list[Action]]) -> list[Action]:
    return asyncio.run(coro)


def assert_specific(actions: list[Action], caplog: pytest.LogCaptureFixture, what: str) -> None:
    replies = [a for a in actions if isinstance(a, Reply)]
    for reply in replies:
        assert reply.message.text != SORRY, what
    failures = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not failures, (what, [r.getMessage() for r in failures])
    caplog.clear()


ROLES = st.sampled_from(list(Role))
PEOPLE = st.sampled_from(["maria", "sam", "alex", "olivia", "U1"])


def test_commands_are_enumerated_from_the_router(fuzzed: RecordingAdapter) -> None:
    names = [name for name, _ in leaves(fuzzed.hearth.router.commands)]
    assert {"checkin schedule", "checkin timezone", "case", "resources", "help"} <= set(names)
    assert {"checkin", "case", "onboard"} <= set(fuzzed.hearth.router.components)
    assert "skip" in literals() and "mood" in literals()


@FUZZ
@given(data=st.data(), role=ROLES, who=PEOPLE, direct=st.booleans())
def test_any_text_after_any_command(
    fuzzed: RecordingAdapter,
    caplog: pytest.LogCaptureFixture,
    data: st.DataObject,
    role: Role,
    who: str,
    direct: bool,
) -> None:
    commands = list(leaves(fuzzed.hearth.router.commands))
    name, _ = data.draw(st.sampled_from(commands), label="command")
    args = data.draw(free_text(), label="args")
    actions = run(fuzzed.command(who, f"/{name} {args}", role=role, direct=direct))
    assert actions, f"/{name}: no answer"
    assert_specific(actions, caplog, f"/{name} {args[:200]!r}")


@FUZZ
@given(data=st.data(), role=ROLES, who=PEOPLE)
def test_any_typed_option_values(
    fuzzed: RecordingAdapter,
    caplog: pytest.LogCaptureFixture,
    data: st.DataObject,
    role: Role,
    who: str,
) -> None:
    """What Discord and Slack send: options already split, each any text."""
    commands = [(n, s) for n, s in leaves(fuzzed.hearth.router.commands) if s.options]
    name, spec = data.draw(st.sampled_from(commands), label="command")
    options = {
        opt.name: data.draw(words(), label=opt.name)
        for opt in spec.options
        if opt.required or data.draw(st.booleans())
    }
    actions = run(fuzzed.command(who, f"/{name}", role=role, options=options))
    assert actions, f"/{name}: no answer"
    assert_specific(actions, caplog, f"/{name} {str(options)[:200]}")


def action_ids(prefixes: list[str]) -> st.SearchStrategy[str]:
    """``prefix[:verb[:segment...]][:]``, verbs mostly those the code writes for the prefix."""

    def build(prefix: str) -> st.SearchStrategy[str]:
        verb = st.one_of(st.sampled_from(verbs().get(prefix, ("",))), st.sampled_from(literals()))
        segments = st.lists(st.one_of(st.sampled_from(TRICKY), words()), max_size=3)
        return st.tuples(st.just(prefix), st.lists(verb, max_size=1), segments, st.booleans()).map(
            lambda t: ":".join([t[0], *t[1], *t[2]]) + (":" if t[3] else "")
        )

    return st.sampled_from(prefixes).flatmap(build)


@settings(FUZZ, max_examples=120)
@given(data=st.data(), role=ROLES, who=PEOPLE, direct=st.booleans())
def test_any_button_id(
    fuzzed: RecordingAdapter,
    caplog: pytest.LogCaptureFixture,
    data: st.DataObject,
    role: Role,
    who: str,
    direct: bool,
) -> None:
    action_id = data.draw(action_ids(sorted(fuzzed.hearth.router.components)), label="id")
    values = tuple(data.draw(st.lists(words(), max_size=3), label="values"))
    actions = run(fuzzed.press(who, action_id, role=role, values=values, direct=direct))
    assert actions or action_id in link_buttons(), f"{action_id!r}: no answer"
    assert_specific(actions, caplog, repr(action_id)[:300])


@FUZZ
@given(data=st.data(), role=ROLES, who=PEOPLE)
def test_any_form_and_fields(
    fuzzed: RecordingAdapter,
    caplog: pytest.LogCaptureFixture,
    data: st.DataObject,
    role: Role,
    who: str,
) -> None:
    form_id = data.draw(action_ids(sorted(fuzzed.hearth.router.forms)), label="form")
    fields = data.draw(
        st.dictionaries(st.sampled_from(literals()), words(), max_size=6), label="fields"
    )
    context = data.draw(st.dictionaries(st.sampled_from(literals()), words(), max_size=2))
    actions = run(fuzzed.submit(who, form_id, fields, role=role, context=context))
    assert actions, f"{form_id!r}: no answer"
    assert_specific(actions, caplog, repr(form_id)[:300])


@settings(FUZZ, max_examples=30)
@given(text=free_text(), who=PEOPLE, role=ROLES)
def test_any_message_text(
    fuzzed: RecordingAdapter,
    caplog: pytest.LogCaptureFixture,
    text: str,
    who: str,
    role: Role,
) -> None:
    """Messages are assessed, never answered with an error (and nothing is logged as one)."""
    event = events.MessagePosted(
        actor=fuzzed.actor(who, role),
        place=fuzzed.place(),
        message_id="m1",
        text=text,
    )
    actions = run(fuzzed.send(event))
    assert_specific(actions, caplog, repr(text)[:300])


SWEEP_TOKENS = (
    "²",
    "9223372036854775808",
    "2147483648",
    "--1",
    "-1",
    "0",
    "%",
    "America",
    "\x00",
    "\ud800",
    "x" * 5000,
    "99999999999d",
    "-1d",
    "",
    "1",
)


def _sweep_ids(components: list[str]) -> Iterator[str]:
    for prefix in components:
        for verb in verbs().get(prefix, ("",)):
            for token in SWEEP_TOKENS:
                yield f"{prefix}:{verb}:{token}"
                yield f"{prefix}:{verb}:1:{token}"
                yield f"{prefix}:{verb}:{token}:1"


async def test_every_written_verb_with_every_tricky_segment(
    fuzzed: RecordingAdapter, caplog: pytest.LogCaptureFixture
) -> None:
    """Deterministic sweep: each verb the code writes for each routed prefix, with each tricky
    segment in each position, pressed by an organizer (every role check passes)."""
    generic: list[str] = []
    for action_id in _sweep_ids(sorted(fuzzed.hearth.router.components)):
        actions = await fuzzed.press("olivia", action_id, role=Role.ORGANIZER)
        if any(isinstance(a, Reply) and a.message.text == SORRY for a in actions):
            generic.append(action_id)
        assert actions or action_id in link_buttons(), f"{action_id!r}: no answer"
    caplog.clear()
    assert generic == [], sorted(set(generic))[:20]


async def test_every_command_with_every_tricky_word(
    fuzzed: RecordingAdapter, caplog: pytest.LogCaptureFixture
) -> None:
    """Deterministic sweep: each command with each tricky word as its text, after a valid
    first word, and as every typed option."""
    generic: list[str] = []
    for name, spec in leaves(fuzzed.hearth.router.commands):
        for token in SWEEP_TOKENS + TRICKY:
            tries = [
                ({}, f"/{name} {token}"),
                ({}, f"/{name} weekly {token}"),
                ({o.name: token for o in spec.options}, f"/{name}"),
            ]
            for options, text in tries:
                if options == {} and text == f"/{name}" and spec.options:
                    continue
                actions = await fuzzed.command("olivia", text, role=Role.ORGANIZER, options=options)
                if not actions or any(
                    isinstance(a, Reply) and a.message.text == SORRY for a in actions
                ):
                    generic.append(f"{text[:60]!r} {str(options)[:60]}")
    caplog.clear()
    assert generic == [], generic[:20]
