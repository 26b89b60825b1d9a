"""Neutral messages and forms rendered as Slack Block Kit, and modal answers read back.

Limits follow Slack's Block Kit reference (header 150 chars, section text 3000, field 2000,
button label 75, modal title 24, 100 blocks a message); longer text is cut with an ellipsis
rather than rejected by Slack.
"""

from __future__ import annotations

import json
import re
from typing import Any

from bot.messages import (
    Button,
    ChannelLink,
    Field,
    Form,
    Mention,
    Message,
    MessageLink,
    Select,
)

#: Action ids of link buttons: Slack sends block_actions for them too; the adapter ignores them.
LINK_PREFIX = "hearth-link"
MAX_BLOCKS = 50
_STYLES = {"primary": "primary", "success": "primary", "danger": "danger"}


_MENTION = re.compile(r"&lt;@([UW][A-Z0-9]{2,})&gt;")
#: A Slack id (user U…/W…, channel C…/G…/D…): safe inside ``<…>``.
_ID = re.compile(r"[A-Z][A-Z0-9]{2,}")


def escape(text: str) -> str:
    """Slack mrkdwn control characters (``<``, ``>``, ``&``) as entities, so text such as
    ``/resources <topic>`` is shown, not parsed as a link. User mentions (``<@U123>``) stay
    mentions."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MENTION.sub(r"<@\1>", text)


def field_value(item: Field) -> str:
    """A field's native form: ``<@U…>``, ``<#C…>``, ``<permalink|label>``; else its escaped
    plain value (a link whose permalink could not be fetched stays readable text)."""
    ref = item.ref
    if isinstance(ref, Mention) and _ID.fullmatch(ref.user_id):
        return f"<@{ref.user_id}>"
    if isinstance(ref, ChannelLink) and _ID.fullmatch(ref.channel_id):
        return f"<#{ref.channel_id}>"
    if isinstance(ref, MessageLink) and ref.url:
        return f"<{ref.url}|{escape(ref.label)}>"
    return escape(item.value)


def cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plain(text: str, limit: int = 3000) -> dict[str, Any]:
    return {"type": "plain_text", "text": cut(text, limit) or " ", "emoji": True}


def mrkdwn(text: str, limit: int = 3000) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": cut(text, limit) or " "}


def fallback_text(message: Message, *, urgent: bool = False) -> str:
    """The notification / screen-reader text sent beside the blocks."""
    prefix = "URGENT: " if urgent or message.urgent else ""
    return cut(prefix + escape(message.plain() or " "), 3000)


def render(
    message: Message, *, urgent: bool = False, mention: str | None = None
) -> list[dict[str, Any]]:
    """Block Kit for ``message``. Block ids are unique within the message (Slack requires it)."""
    blocks: list[dict[str, Any]] = []

    def add(block: dict[str, Any]) -> None:
        block["block_id"] = f"hearth-{len(blocks)}"
        blocks.append(block)

    if message.title:
        add({"type": "header", "text": plain(message.title, 150)})
    if urgent or message.urgent:
        ping = f" {mention}" if mention else ""  # already Slack syntax (settings validated)
        add({"type": "section", "text": mrkdwn(f":rotating_light: *Urgent*{ping}")})
    if message.text:
        add({"type": "section", "text": mrkdwn(escape(message.text))})
    for section in message.sections:
        head = ""
        if section.title:
            title = escape(section.title)
            head = f"*<{section.url}|{title}>*" if section.url else f"*{title}*"
        elif section.url:
            head = f"<{section.url}>"
        body = "\n".join(p for p in (head, escape(section.text)) if p)
        add({"type": "section", "text": mrkdwn(body)})
        if section.context:
            add({"type": "context", "elements": [mrkdwn(escape(section.context))]})
    inline = [f for f in message.fields if f.inline]
    for start in range(0, len(inline), 10):  # Slack: at most 10 fields per section
        chunk = inline[start : start + 10]
        add(
            {
                "type": "section",
                "fields": [mrkdwn(f"*{escape(f.name)}*\n{field_value(f)}", 2000) for f in chunk],
            }
        )
    for f in message.fields:
        if not f.inline:
            add({"type": "section", "text": mrkdwn(f"*{escape(f.name)}*\n{field_value(f)}")})
    if message.image is not None:
        # Always say what the picture shows: it is uploaded after the message where Slack
        # allows (not in ephemeral replies), and the text stays if the upload fails.
        add(
            {
                "type": "context",
                "elements": [mrkdwn(f":frame_with_picture: {escape(message.image.alt_text)}")],
            }
        )
    for elements in _action_rows(message.buttons, message.selects):
        add({"type": "actions", "elements": elements})
    if message.footer:
        add({"type": "context", "elements": [mrkdwn(escape(message.footer))]})
    return blocks[:MAX_BLOCKS]


def _action_rows(
    buttons: tuple[Button, ...], selects: tuple[Select, ...]
) -> list[list[dict[str, Any]]]:
    """Action blocks of at most 25 elements, no action id twice in one block."""
    rows: list[list[dict[str, Any]]] = []
    current: list[dict[str, Any]] = []
    seen: set[str] = set()
    elements = [_button(b, i) for i, b in enumerate(buttons)] + [_select(s) for s in selects]
    for element in elements:
        if len(current) == 25 or element["action_id"] in seen:
            rows.append(current)
            current, seen = [], set()
        current.append(element)
        seen.add(element["action_id"])
    if current:
        rows.append(current)
    return rows


def _button(button: Button, index: int) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "button",
        "text": plain(button.label, 75),
        "action_id": button.action_id if not button.url else f"{LINK_PREFIX}:{index}",
    }
    if button.url:
        element["url"] = button.url
    else:
        element["value"] = cut(button.action_id, 2000)
    if button.style in _STYLES:
        element["style"] = _STYLES[button.style]
    return element


def _select(select: Select) -> dict[str, Any]:
    multi = select.max_values > 1
    element: dict[str, Any] = {
        "type": "multi_static_select" if multi else "static_select",
        "action_id": select.action_id,
        "placeholder": plain(select.placeholder, 150),
        "options": [
            {"text": plain(o.label, 75), "value": cut(o.value, 150)} for o in select.options
        ],
    }
    if multi:
        element["max_selected_items"] = select.max_values
    return element


# -- modals ------------------------------------------------------------------------------


def modal(form: Form, *, channel: str | None, private: dict[str, Any] | None = None) -> dict:
    """A modal view for ``form``. The form id is the callback id; what the submission needs to
    validate and route (context, limits, where the form was opened) rides in private_metadata."""
    blocks: list[dict[str, Any]] = []
    if form.intro:
        blocks.append({"type": "section", "block_id": "hearth-intro", "text": mrkdwn(form.intro)})
    for item in form.inputs:
        element: dict[str, Any] = {
            "type": "plain_text_input",
            "action_id": item.input_id,
            "multiline": item.style == "paragraph",
            "max_length": min(item.max_length, 3000),
        }
        if item.placeholder:
            element["placeholder"] = plain(item.placeholder, 150)
        if item.default:
            element["initial_value"] = item.default
        blocks.append(
            {
                "type": "input",
                "block_id": item.input_id,
                "optional": not item.required,
                "label": plain(item.label, 2000),
                "element": element,
            }
        )
    metadata = {
        "form": form.form_id,
        "context": form.context,
        "channel": channel,
        "inputs": {i.input_id: [i.required, i.max_length, i.label] for i in form.inputs},
        **(private or {}),
    }
    return {
        "type": "modal",
        "callback_id": cut(form.form_id, 255),
        "title": plain(form.title, 24),
        "submit": plain(form.submit_label, 24),
        "close": plain("Cancel", 24),
        "private_metadata": cut(json.dumps(metadata, separators=(",", ":")), 3000),
        "blocks": blocks,
    }


def read_submission(view: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """(private metadata, answers by input id) from a ``view_submission`` payload's view."""
    try:
        metadata = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        metadata = {}
    values: dict[str, str] = {}
    for block_id, actions in (view.get("state") or {}).get("values", {}).items():
        for state in actions.values():
            value = state.get("value")
            if value is None and state.get("selected_option"):
                value = state["selected_option"].get("value")
            values[block_id] = value or ""
    return metadata, values


def validate(metadata: dict[str, Any], values: dict[str, str]) -> dict[str, str]:
    """Per-input error messages (block id -> text) for ``response_action: errors``.

    Slack checks required inputs and lengths in the client, but a blank-looking answer
    (spaces only) passes there, and a crafted submission can skip the client entirely."""
    errors: dict[str, str] = {}
    for input_id, (required, max_length, label) in (metadata.get("inputs") or {}).items():
        answer = values.get(input_id, "")
        if required and not answer.strip():
            errors[input_id] = f"Please answer “{cut(label, 60)}”."
        elif len(answer) > int(max_length):
            errors[input_id] = f"Please keep this under {max_length} characters."
    return errors
