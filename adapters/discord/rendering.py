"""Neutral messages and forms as Discord embeds, views, files and modals.

Components carry the neutral ``action_id`` as their ``custom_id``, and the views are *stopped*
before sending so discord.py does not keep them in its view store: every component interaction
is handled centrally by custom id (see ``adapter.py``), which is why buttons on an alert posted
before a restart keep working without re-registering anything.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field, replace
from typing import Any

import discord

from bot.messages import Button, ChannelLink, Field, Form, Mention, Message, MessageLink

WARM = discord.Colour(0xE8A33D)
URGENT = discord.Colour(0xD7263D)
STYLES = {
    "primary": discord.ButtonStyle.primary,
    "secondary": discord.ButtonStyle.secondary,
    "success": discord.ButtonStyle.success,
    "danger": discord.ButtonStyle.danger,
}
MAX_CUSTOM_ID = 100
EMBED_DESCRIPTION = 4096
MAX_FIELDS = 25


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(slots=True)
class Rendered:
    """Keyword arguments for discord.py's send/edit calls."""

    content: str | None = None
    embeds: list[discord.Embed] = field(default_factory=list)
    view: discord.ui.View | None = None
    files: list[discord.File] = field(default_factory=list)

    def send_kwargs(self, *, edit: bool = False) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"embeds": self.embeds}
        if self.content is not None or edit:
            kwargs["content"] = self.content
        if self.view is not None:
            kwargs["view"] = self.view
        elif edit:
            kwargs["view"] = None
        if self.files:
            kwargs["attachments" if edit else "files"] = self.files
        return kwargs


def field_value(item: Field) -> str:
    """A field's native form: ``<@id>``, ``<#id>``, ``[label](url)``; else its plain value.
    (Mentions inside an embed never ping.)"""
    ref = item.ref
    if isinstance(ref, Mention) and ref.user_id.isdigit():
        return f"<@{ref.user_id}>"
    if isinstance(ref, ChannelLink) and ref.channel_id.isdigit():
        return f"<#{ref.channel_id}>"
    if isinstance(ref, MessageLink) and ref.url:
        return f"[{ref.label}]({ref.url})"
    return item.value


def with_message_links(message: Message, guild_id: int | None) -> Message:
    """Fill each :class:`MessageLink`'s url (Discord's jump link: server, channel, message)."""
    if not any(isinstance(f.ref, MessageLink) and not f.ref.url for f in message.fields):
        return message
    server = str(guild_id) if guild_id else "@me"
    fields = tuple(
        replace(
            f,
            ref=replace(
                f.ref,
                url=f"https://discord.com/channels/{server}/{f.ref.channel_id}/{f.ref.message_id}",
            ),
        )
        if isinstance(f.ref, MessageLink) and not f.ref.url
        else f
        for f in message.fields
    )
    return replace(message, fields=fields)


def embed_for(message: Message) -> discord.Embed:
    embed = discord.Embed(
        title=_clip(message.title, 256) if message.title else None,
        colour=URGENT if message.urgent else WARM,
    )
    parts = [message.text] if message.text else []
    for section in message.sections:
        head = ""
        if section.title:
            head = (
                f"**[{section.title}]({section.url})**" if section.url else f"**{section.title}**"
            )
        elif section.url:
            head = section.url
        block = "\n".join(p for p in (head, section.text) if p)
        if section.context:
            block += f"\n-# {section.context}"
        parts.append(block)
    embed.description = _clip("\n\n".join(parts), EMBED_DESCRIPTION) or None
    for item in message.fields[:MAX_FIELDS]:
        embed.add_field(
            name=_clip(item.name, 256) or "-",
            value=_clip(field_value(item), 1024) or "-",
            inline=item.inline,
        )
    if message.footer:
        embed.set_footer(text=_clip(message.footer, 2048))
    if message.image is not None:
        embed.set_image(url=f"attachment://{message.image.filename}")
    return embed


def _button(button: Button) -> discord.ui.Button:
    if button.url:
        return discord.ui.Button(label=_clip(button.label, 80), url=button.url)
    if len(button.action_id) > MAX_CUSTOM_ID:
        raise ValueError(f"action id longer than {MAX_CUSTOM_ID} characters: {button.action_id!r}")
    return discord.ui.Button(
        label=_clip(button.label, 80),
        style=STYLES.get(button.style, discord.ButtonStyle.secondary),
        custom_id=button.action_id,
    )


def view_for(message: Message) -> discord.ui.View | None:
    """Buttons five to a row, then each select on its own row (Discord's 5x5 grid)."""
    if not message.buttons and not message.selects:
        return None
    view = discord.ui.View(timeout=None)
    row = 0
    for index, button in enumerate(message.buttons):
        item = _button(button)
        item.row = row + index // 5
        view.add_item(item)
    if message.buttons:
        row += (len(message.buttons) + 4) // 5
    for select in message.selects:
        view.add_item(
            discord.ui.Select(
                custom_id=select.action_id,
                placeholder=_clip(select.placeholder, 150),
                min_values=select.min_values,
                max_values=min(select.max_values, len(select.options)),
                options=[
                    discord.SelectOption(
                        label=_clip(o.label, 100),
                        value=_clip(o.value, 100),
                        description=_clip(o.description, 100) or None,
                    )
                    for o in select.options
                ],
                row=row,
            )
        )
        row += 1
    # Not stored in discord.py's view store: interactions are routed by custom id instead.
    view.stop()
    return view


def render(message: Message, *, mention: str | None = None) -> Rendered:
    files = []
    if message.image is not None:
        files.append(
            discord.File(
                io.BytesIO(message.image.data),
                filename=message.image.filename,
                description=_clip(message.image.alt_text, 1024) or None,
            )
        )
    content = mention if mention and message.urgent else None
    return Rendered(
        content=content, embeds=[embed_for(message)], view=view_for(message), files=files
    )


def alert_mentions(mention: str | None) -> discord.AllowedMentions:
    """Exactly the ping an alert's ``content`` carries, nothing else: ``@here``/``@everyone``
    allow "everyone" (Discord's flag for both), a ``<@&ID>`` allows that one role; anything in
    the embed (the member's ``<@id>``) never pings. Without this the client's default
    (no everyone, no roles) silently suppresses the urgent ping."""
    everyone = mention in ("@here", "@everyone")
    role = mention[3:-1] if mention and mention.startswith("<@&") else None
    return discord.AllowedMentions(
        everyone=everyone,
        users=False,
        roles=[discord.Object(int(role))] if role else False,
        replied_user=False,
    )


def modal_for(form: Form, custom_id: str) -> discord.ui.Modal:
    modal = discord.ui.Modal(title=_clip(form.title, 45), custom_id=custom_id)
    for item in form.inputs:
        modal.add_item(
            discord.ui.TextInput(
                label=_clip(item.label, 45),
                custom_id=item.input_id,
                style=(
                    discord.TextStyle.paragraph
                    if item.style == "paragraph"
                    else discord.TextStyle.short
                ),
                required=item.required,
                placeholder=_clip(item.placeholder, 100) or None,
                default=_clip(item.default, 4000) or None,
                max_length=max(1, min(item.max_length, 4000)),
            )
        )
    modal.stop()  # submissions are routed centrally by custom id, like components
    return modal


def modal_values(data: dict[str, Any]) -> dict[str, str]:
    """Text input values from a MODAL_SUBMIT's ``data`` (action rows or label components)."""
    values: dict[str, str] = {}

    def walk(component: dict[str, Any]) -> None:
        if "custom_id" in component and "value" in component:
            values[component["custom_id"]] = str(component["value"] or "")
        for child in component.get("components") or []:
            walk(child)
        if isinstance(component.get("component"), dict):
            walk(component["component"])

    for top in data.get("components") or []:
        walk(top)
    return values
