"""Property: whatever a person types into a moderation command, button id or form, they get a
specific private answer, never the generic "something went wrong"."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.actions import Action, Reply
from bot.app import SORRY
from bot.roles import Role
from bot.storage.database import Database
from tests.bot.moderation_review.conftest import MISINFO, all_cases
from tests.support.recording import RecordingAdapter

MOD = Role.MODERATOR
VERBS = ("keep", "hide", "warn", "timeout", "escalate", "handled", "ack", "note", "x")


def _no_generic_error(actions: Sequence[Action]) -> None:
    for action in actions:
        if isinstance(action, Reply):
            assert action.message.text != SORRY
            assert action.ephemeral


def test_any_input_gets_a_specific_private_answer(
    recorder: RecordingAdapter, database: Database
) -> None:
    asyncio.run(recorder.say("maria", MISINFO))
    case_id = all_cases(database)[0].id

    @settings(
        max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(text=st.text(max_size=40), verb=st.sampled_from(VERBS))
    @example(text="²", verb="hide")
    @example(text="--1", verb="keep")
    @example(text="9223372036854775808", verb="warn")
    @example(text="99999999999d", verb="timeout")
    @example(text="-1d", verb="timeout")
    def check(text: str, verb: str) -> None:
        async def run() -> list[list[Action]]:
            return [
                await recorder.command("alex", f"/case {text}", role=MOD),
                await recorder.command("alex", f"/history {text}", role=MOD),
                await recorder.press("alex", f"case:{verb}:{text}", role=MOD),
                await recorder.press("alex", f"case:timeout:{case_id}:{text}", role=MOD),
                await recorder.submit(
                    "alex", f"case:timeout:{case_id}", {"duration": text}, role=MOD
                ),
                await recorder.submit("alex", f"case:{verb}:{case_id}", {"note": text}, role=MOD),
                await recorder.command("sam", f"/report {text}"),
            ]

        for actions in asyncio.run(run()):
            _no_generic_error(actions)

    check()
