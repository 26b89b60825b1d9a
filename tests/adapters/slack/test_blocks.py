"""Block Kit rendering of the neutral message model and modal reading (pure functions)."""

from __future__ import annotations

import json

from adapters.slack.blocks import escape, modal, read_submission, render, validate
from bot.messages import (
    Button,
    Field,
    Form,
    FormInput,
    Message,
    Section,
    Select,
    SelectOption,
)


def test_escaping_keeps_user_mentions() -> None:
    assert escape("a < b & <@U0SAM> <https://x>") == "a &lt; b &amp; <@U0SAM> &lt;https://x&gt;"


def test_limits_are_respected() -> None:
    message = Message(
        text="x" * 5000,
        title="T" * 200,
        fields=tuple(Field(f"f{i}", "v") for i in range(12)),
        buttons=tuple(Button(f"b:{i}", "L" * 100) for i in range(25)),
    )
    blocks = render(message)
    assert len(blocks[0]["text"]["text"]) == 150  # header
    assert len(blocks[1]["text"]["text"]) == 3000  # section
    field_sections = [b for b in blocks if "fields" in b]
    assert [len(b["fields"]) for b in field_sections] == [10, 2]
    [actions] = [b for b in blocks if b["type"] == "actions"]
    assert len(actions["elements"]) == 25
    assert all(len(e["text"]["text"]) == 75 for e in actions["elements"])
    assert len({b["block_id"] for b in blocks}) == len(blocks)


def test_duplicate_action_ids_go_to_separate_blocks() -> None:
    blocks = render(Message(text="", buttons=(Button("a:1", "x"), Button("a:1", "y"))))
    assert [len(b["elements"]) for b in blocks if b["type"] == "actions"] == [1, 1]


def test_sections_fields_selects_footer() -> None:
    message = Message(
        text="",
        sections=(Section("body", title="Title", url="https://e.org", context="NCI · 2026"),),
        fields=(Field("Wide", "value", inline=False),),
        selects=(
            Select(
                "s:pick",
                "Choose",
                (SelectOption("A", "a"), SelectOption("B", "b")),
                max_values=2,
            ),
        ),
        footer="small print",
    )
    section, context, wide, actions, footer = render(message)
    assert section["text"]["text"] == "*<https://e.org|Title>*\nbody"
    assert context["elements"][0]["text"] == "NCI · 2026"
    assert wide["text"]["text"] == "*Wide*\nvalue"
    select = actions["elements"][0]
    assert select["type"] == "multi_static_select" and select["max_selected_items"] == 2
    assert footer == {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": "small print"}],
        "block_id": "hearth-4",
    }


def test_modal_round_trip_and_validation() -> None:
    form = Form(
        "f:1",
        "Title",
        (FormInput("a", "First", max_length=5), FormInput("b", "Second", required=False)),
        context={"k": "v"},
    )
    view = modal(form, channel="C1")
    metadata = json.loads(view["private_metadata"])
    assert metadata["form"] == "f:1" and metadata["context"] == {"k": "v"}
    assert metadata["channel"] == "C1"
    state = {"values": {"a": {"a": {"value": "abcdef"}}, "b": {"b": {"value": None}}}}
    meta, values = read_submission({**view, "state": state})
    assert values == {"a": "abcdef", "b": ""}
    assert validate(meta, values) == {"a": "Please keep this under 5 characters."}
    assert validate(meta, {"a": "ok", "b": ""}) == {}
    assert validate(meta, {"a": " \n", "b": ""}) == {"a": "Please answer “First”."}


def test_slack_markup_read_as_plain_text() -> None:
    from adapters.slack.text import to_plain

    assert to_plain("I &lt;3 you &amp; him") == "I <3 you & him"
    assert to_plain("<@U0SAM|sam> hi <@W0X>") == "<@U0SAM> hi <@W0X>"
    assert to_plain("in <#C0GENERAL|general> <#C0MODS>") == "in #general #C0MODS"
    assert to_plain("<!here> <!channel> <!subteam^S1|@mods>") == "@here @channel @mods"
    assert to_plain("see <https://x.example/a?b=1&amp;c=2|this>") == (
        "see this (https://x.example/a?b=1&c=2)"
    )
    assert to_plain("<https://x.example> <mailto:a@b.org|mail>") == (
        "https://x.example mail (a@b.org)"
    )
