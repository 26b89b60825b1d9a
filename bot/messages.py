"""The neutral message model: what the core says, independent of any platform.

Interactive content (buttons, selects, forms) is first-class here, with stable action ids of
the form ``feature:verb[:argument...]`` so that a button pressed on an old message still routes
to the right handler after a restart. Each adapter renders these natively (Discord embeds,
views and modals; Slack Block Kit and ``views.open``; plain text on the console).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ButtonStyle = Literal["primary", "secondary", "success", "danger"]
InputStyle = Literal["short", "paragraph"]

#: Platform limits the neutral model enforces up front so no adapter has to truncate silently.
MAX_SELECT_OPTIONS = 25
MAX_FORM_INPUTS = 5
MAX_BUTTONS = 25


@dataclass(frozen=True, slots=True)
class Mention:
    """A member, shown natively (Discord ``<@id>``, Slack ``<@U…>``): one click to their profile
    and a DM. Rendered inside a message it never pings (adapters allow no user mentions there)."""

    user_id: str


@dataclass(frozen=True, slots=True)
class ChannelLink:
    """A channel, shown natively (``<#id>`` on both Discord and Slack)."""

    channel_id: str


@dataclass(frozen=True, slots=True)
class MessageLink:
    """A link that opens a message in place. The core knows only the ids; each adapter fills
    ``url`` before rendering (Discord ``https://discord.com/channels/GUILD/CHANNEL/MESSAGE``,
    Slack ``chat.getPermalink``); without a url the field's plain ``value`` is shown."""

    channel_id: str
    message_id: str
    label: str = "Open the message"
    url: str | None = None


#: What a field may point at natively.
Ref = Mention | ChannelLink | MessageLink


@dataclass(frozen=True, slots=True)
class Field:
    """A labelled value shown beside others (an embed field, a Block Kit field).

    ``value`` is always complete readable text (the console, notifications, screen readers);
    with ``ref`` set, adapters show the native mention or link instead."""

    name: str
    value: str
    inline: bool = True
    ref: Ref | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A block of text with an optional title, link and small-print context line."""

    text: str
    title: str | None = None
    url: str | None = None
    context: str | None = None


@dataclass(frozen=True, slots=True)
class Button:
    action_id: str
    label: str
    style: ButtonStyle = "secondary"
    url: str | None = None


@dataclass(frozen=True, slots=True)
class SelectOption:
    label: str
    value: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class Select:
    action_id: str
    placeholder: str
    options: tuple[SelectOption, ...]
    min_values: int = 1
    max_values: int = 1

    def __post_init__(self) -> None:
        if not 1 <= len(self.options) <= MAX_SELECT_OPTIONS:
            raise ValueError(
                f"select {self.action_id!r} has {len(self.options)} options; "
                f"1..{MAX_SELECT_OPTIONS} allowed"
            )


@dataclass(frozen=True, slots=True)
class Image:
    """An attached picture (for example a check-in mood chart) with a text alternative."""

    filename: str
    data: bytes
    alt_text: str


@dataclass(frozen=True, slots=True)
class Message:
    """Something the bot says. ``text`` is always a complete plain-text rendering."""

    text: str
    title: str | None = None
    sections: tuple[Section, ...] = ()
    fields: tuple[Field, ...] = ()
    buttons: tuple[Button, ...] = ()
    selects: tuple[Select, ...] = ()
    footer: str | None = None
    image: Image | None = None
    urgent: bool = False

    def __post_init__(self) -> None:
        if len(self.buttons) > MAX_BUTTONS:
            raise ValueError(f"a message holds at most {MAX_BUTTONS} buttons")

    def plain(self) -> str:
        """The whole message as plain text (console, logs in debug, notifications)."""
        parts: list[str] = []
        if self.title:
            parts.append(self.title)
        if self.text:
            parts.append(self.text)
        for s in self.sections:
            head = f"• {s.title}" if s.title else "•"
            if s.url:
                head += f" <{s.url}>"
            body = "\n".join(f"  {line}" for line in s.text.splitlines())
            parts.append(f"{head}\n{body}" if s.text else head)
            if s.context:
                parts.append(f"  ({s.context})")
        parts.extend(f"{f.name}: {f.value}" for f in self.fields)
        if self.footer:
            parts.append(self.footer)
        return "\n".join(parts)


@dataclass(frozen=True, slots=True)
class FormInput:
    input_id: str
    label: str
    style: InputStyle = "short"
    required: bool = True
    placeholder: str = ""
    default: str = ""
    max_length: int = 1000


@dataclass(frozen=True, slots=True)
class Form:
    """A modal form. Platforms cap inputs per form; longer forms are split into steps."""

    form_id: str
    title: str
    inputs: tuple[FormInput, ...]
    submit_label: str = "Submit"
    intro: str = ""
    context: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 1 <= len(self.inputs) <= MAX_FORM_INPUTS:
            raise ValueError(
                f"form {self.form_id!r} has {len(self.inputs)} inputs; 1..{MAX_FORM_INPUTS} "
                "allowed per step (split longer forms into steps)"
            )


def text(body: str, **kwargs: object) -> Message:
    """Shorthand for a plain message."""
    return Message(text=body, **kwargs)  # type: ignore[arg-type]
