"""``/onboarding summary``: counts per answer, with private answers protected."""

from __future__ import annotations

import pytest

from bot.actions import DirectMessage, Reply
from bot.app import Hearth
from bot.clock import FakeClock
from bot.config import Config
from bot.messages import Message
from bot.roles import Role
from bot.storage.database import Database
from tests.bot.onboarding.helpers import FEATURES, JORDAN, onboard
from tests.support.recording import RecordingAdapter, only


@pytest.fixture
def rec(config: Config, database: Database, clock: FakeClock) -> RecordingAdapter:
    return RecordingAdapter(Hearth(config, database, clock=clock, features=FEATURES))


async def finish(rec: RecordingAdapter, user: str, **changes: list[str] | str) -> None:
    first = only(await rec.join(user), DirectMessage).message
    await onboard(rec, user, first, {**JORDAN, **changes})


async def summary(rec: RecordingAdapter) -> Message:
    return only(
        await rec.command("olivia", "/onboarding summary", role=Role.ORGANIZER), Reply
    ).message


async def test_summary_is_for_organizers_only(rec: RecordingAdapter) -> None:
    reply = only(await rec.command("maria", "/onboarding summary"), Reply)
    assert "for organizers" in reply.message.text


async def test_counts_small_private_counts_suppressed_no_diagnoses_without_consent(
    rec: RecordingAdapter,
) -> None:
    for user in ("ann", "ben", "cat"):
        await finish(rec, user, stage=["In treatment"], diagnosis=["Leukaemia / lymphoma"])
    await finish(rec, "dan", stage=["Bereaved"], diagnosis=["Brain / CNS"])
    await rec.join("eve")  # started, not finished: not counted
    msg = await summary(rec)
    assert msg.text == "4 member(s) finished onboarding; 1 in progress."
    fields = {f.name: f.value for f in msg.fields}
    # not private: exact counts, even small ones
    assert fields["Where your family is"] == "In treatment: 3 · Bereaved: 1 · skipped: 0"
    # private: 3 shown; the single Brain / CNS answer hidden, without saying which answer it
    # was, and no "answered" total that would reveal it
    assert fields["Diagnosis group"] == (
        "Leukaemia / lymphoma: 3 · other answers hidden (fewer than 3 each)"
    )
    assert "Brain" not in msg.plain()
    assert fields["Time zone"] == "Europe/London: 4 · skipped: 0"
    assert "Community guidelines" not in fields
    everything = msg.plain()
    for name in ("Ann", "Ben", "Cat", "Dan", "Eve"):
        assert name not in everything
    assert msg.sections == ()


async def test_members_who_share_are_listed_by_name(rec: RecordingAdapter) -> None:
    await finish(rec, "ann", diagnosis=["Solid tumour"], share=["Yes, that's fine"])
    await finish(rec, "ben", diagnosis=["Brain / CNS"])
    msg = await summary(rec)
    fields = {f.name: f.value for f in msg.fields}
    assert fields["Diagnosis group"] == "other answers hidden (fewer than 3 each)"
    shared = msg.sections[0]
    assert shared.title == "Shared with organizers by the members themselves"
    assert shared.text.splitlines() == [
        "Ann: Child's age: 5 to 12",
        "Ann: Diagnosis group: Solid tumour",
    ]
    assert "Ben" not in msg.plain()


async def test_typed_answers_never_shown(
    config: Config, database: Database, clock: FakeClock
) -> None:
    from bot.config import parse_config

    config = parse_config(
        {
            "onboarding": {
                "questions": [
                    {"id": "story", "prompt": "Tell us", "kind": "text", "private": True},
                    {"id": "ok", "prompt": "Agree?", "kind": "agreement"},
                ]
            }
        },
        platform_models={},
    )
    rec = RecordingAdapter(Hearth(config, database, clock=clock, features=FEATURES))
    for user in ("ann", "ben", "cat"):
        first = only(await rec.join(user), DirectMessage).message
        await onboard(rec, user, first, {"story": f"secret of {user}", "ok": ["I agree"]})
    msg = await summary(rec)
    assert {f.name: f.value for f in msg.fields} == {"Story": "3 answered"}
    assert "secret" not in msg.plain()
