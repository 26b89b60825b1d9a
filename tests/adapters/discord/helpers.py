"""Small readers for the JSON the bot sent to the fake Discord."""

from __future__ import annotations

from typing import Any

EPHEMERAL = 1 << 6


def custom_ids(payload: dict[str, Any]) -> list[str]:
    """Every component custom_id in a message payload, in order."""
    found: list[str] = []

    def walk(component: dict[str, Any]) -> None:
        if "custom_id" in component:
            found.append(component["custom_id"])
        for child in component.get("components") or []:
            walk(child)
        if isinstance(component.get("component"), dict):
            walk(component["component"])

    for top in payload.get("components") or []:
        walk(top)
    return found


def embed_text(payload: dict[str, Any]) -> str:
    parts = [payload.get("content") or ""]
    for embed in payload.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f['name']}: {f['value']}" for f in embed.get("fields") or []]
        parts.append((embed.get("footer") or {}).get("text", ""))
    return "\n".join(p for p in parts if p)


def is_ephemeral(payload: dict[str, Any]) -> bool:
    return bool(int(payload.get("flags") or 0) & EPHEMERAL)


def subcommand(name: str, **strings: str) -> list[dict[str, Any]]:
    """Slash-command options as Discord sends ``/command name key:value ...``: one subcommand
    (type 1) holding string options (type 3)."""
    options = [{"type": 3, "name": key, "value": value} for key, value in strings.items()]
    return [{"type": 1, "name": name, "options": options}]
