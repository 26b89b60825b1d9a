"""Plain-text rendering of neutral messages, with a prefix saying who sees it and where."""

from __future__ import annotations

from bot.messages import Message

BOT = "hearth"


def where(channel: str | None = None, *, to: str | None = None, ephemeral: bool = False) -> str:
    if channel is None:
        return f"[DM → {to}]"
    if ephemeral and to:
        return f"[#{channel} → {to}, only they see]"
    return f"[#{channel}]"


def render(prefix: str, message: Message, *, urgent: bool = False, numbered_from: int = 1) -> str:
    """``prefix`` then the message; continuation lines indented; controls numbered."""
    body = message.plain()
    if urgent or message.urgent:
        body = "URGENT " + body
    lines = body.splitlines() or [""]
    out = [f"{prefix} {BOT}: {lines[0]}"]
    indent = " " * (len(prefix) + 1)
    out.extend(f"{indent}{line}" for line in lines[1:])
    n = numbered_from
    if message.buttons:
        labels = []
        for button in message.buttons:
            labels.append(f"[{n}] {button.label}")
            n += 1
        out.append(f"{indent}buttons: " + "  ".join(labels))
    for select in message.selects:
        labels = []
        for option in select.options:
            labels.append(f"[{n}] {option.label}")
            n += 1
        out.append(f"{indent}{select.placeholder}: " + "  ".join(labels))
    if message.image:
        out.append(f"{indent}(image {message.image.filename}: {message.image.alt_text})")
    return "\n".join(out)
