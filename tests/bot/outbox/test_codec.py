"""The action codec: every neutral action and message round-trips through JSON."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from bot.actions import (
    AlertModerators,
    AlertOrganizers,
    AssignRole,
    DirectMessage,
    HideMessage,
    OpenForm,
    Post,
    Reply,
    TimeOut,
    UpdateMessage,
)
from bot.messages import (
    Button,
    Field,
    Form,
    FormInput,
    Image,
    Message,
    Section,
    Select,
    SelectOption,
)
from bot.outbox.codec import decode, encode

RICH = Message(
    text="How are you?",
    title="Check-in",
    sections=(Section("body", title="t", url="https://x", context="c"),),
    fields=(Field("a", "b", inline=False),),
    buttons=(Button("checkin:mood:s1-1:1", "1", style="primary"),),
    selects=(Select("x:y", "pick", (SelectOption("A", "a", "desc"),), 1, 1),),
    footer="f",
    image=Image("chart.png", b"\x89PNG\x00\xff", "alt"),
    urgent=True,
)

ACTIONS = [
    Reply(message=RICH, ephemeral=True),
    Post(channel="general", message=RICH),
    DirectMessage(user_id="u1", message=RICH, fallback_channel="general"),
    OpenForm(
        form=Form(
            "checkin:note:p1-2",
            "Note",
            (FormInput("note", "Note", style="paragraph", required=False),),
            context={"ref": "p1-2"},
        )
    ),
    UpdateMessage(channel="c", message_id="m", message=RICH),
    HideMessage(channel="c", message_id="m", reason="r", case_ref="7"),
    TimeOut(user_id="u", duration=timedelta(hours=2, seconds=5), reason="r"),
    AssignRole(user_id="u", role="mentor", remove=True),
    AlertModerators(message=RICH, urgent=True, case_ref="3"),
    AlertOrganizers(message=RICH),
]


@pytest.mark.parametrize("action", ACTIONS, ids=lambda a: type(a).__name__)
def test_round_trip(action) -> None:  # type: ignore[no-untyped-def]
    data = encode(action)
    json.loads(data)  # plain JSON
    assert decode(data) == action


def test_unknown_types_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown type"):
        decode('{"$t": "Popen", "args": ["rm"]}')
    with pytest.raises(ValueError, match="not an action"):
        decode('{"$t": "Button", "action_id": "a", "label": "b", "style": "primary", "url": null}')
