"""Neutral messages and forms as discord.py embeds, views and modals (no network)."""

from __future__ import annotations

import pytest

from adapters.discord.rendering import URGENT, embed_for, modal_for, modal_values, render, view_for
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


async def test_embed_carries_title_text_sections_fields_footer() -> None:
    message = Message(
        text="Resources:",
        title="Nausea",
        sections=(Section("Why it happens", title="NCI", url="https://x.org", context="reviewed"),),
        fields=(Field("Case", "#3"),),
        footer="From the directory",
    )
    embed = embed_for(message).to_dict()
    assert embed["title"] == "Nausea"
    assert (
        embed["description"]
        == "Resources:\n\n**[NCI](https://x.org)**\nWhy it happens\n-# reviewed"
    )
    assert embed["fields"] == [{"name": "Case", "value": "#3", "inline": True}]
    assert embed["footer"]["text"] == "From the directory"


async def test_long_text_clipped_to_discord_limits() -> None:
    embed = embed_for(Message(text="x" * 5000, title="t" * 300)).to_dict()
    assert len(embed["description"]) == 4096 and embed["description"].endswith("…")
    assert len(embed["title"]) == 256


async def test_urgent_message_red_and_mentions() -> None:
    rendered = render(Message(text="help", urgent=True), mention="@here")
    assert rendered.content == "@here" and rendered.embeds[0].colour == URGENT
    assert render(Message(text="calm"), mention="@here").content is None


async def test_buttons_five_per_row_then_selects_on_their_own_rows() -> None:
    buttons = (
        *(Button(f"x:{i}", f"B{i}") for i in range(7)),
        Button("", "Guidelines", url="https://example.org"),
    )
    select = Select("x:pick", "Pick", (SelectOption("A", "a"),))
    view = view_for(Message(text="t", buttons=buttons, selects=(select,)))
    assert view is not None and view.is_finished()  # not stored by discord.py
    rows = [row["components"] for row in view.to_components()]
    assert [len(r) for r in rows] == [5, 3, 1]
    assert rows[1][2]["url"] == "https://example.org" and "custom_id" not in rows[1][2]
    assert rows[2][0]["custom_id"] == "x:pick" and rows[2][0]["type"] == 3
    assert view_for(Message(text="no controls")) is None


async def test_action_id_longer_than_a_custom_id_refused() -> None:
    with pytest.raises(ValueError, match="longer than 100"):
        view_for(Message(text="t", buttons=(Button("x:" + "9" * 120, "B"),)))


async def test_image_becomes_an_attachment() -> None:
    rendered = render(Message(text="chart", image=Image("mood.png", b"png", "Mood")))
    assert rendered.files[0].filename == "mood.png"
    assert rendered.embeds[0].image.url == "attachment://mood.png"


async def test_modal_inputs_and_submitted_values() -> None:
    form = Form(
        "f:1",
        "A title that is much longer than forty-five characters allows",
        (
            FormInput("a", "Short"),
            FormInput("b", "Long", style="paragraph", required=False, max_length=9000),
        ),
    )
    modal = modal_for(form, "f:1").to_dict()
    assert modal["custom_id"] == "f:1" and len(modal["title"]) == 45
    inputs = [row["components"][0] for row in modal["components"]]
    assert [(i["custom_id"], i["style"], i["required"]) for i in inputs] == [
        ("a", 1, True),
        ("b", 2, False),
    ]
    assert inputs[1]["max_length"] == 4000
    # action rows (classic) and label components (newer clients) both parse
    data = {
        "components": [
            {"type": 1, "components": [{"type": 4, "custom_id": "a", "value": "1"}]},
            {"type": 18, "component": {"type": 4, "custom_id": "b", "value": "2"}},
        ]
    }
    assert modal_values(data) == {"a": "1", "b": "2"}
