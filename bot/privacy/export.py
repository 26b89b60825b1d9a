"""What ``/mydata`` sends: the member row and every feature's export, as readable JSON.

The neutral message model has no file attachment, so the export is plain text: a first
message with the member record and a count per feature, then each feature's data as JSON split
into message-sized parts (on line boundaries). Very long exports say so instead of flooding
the conversation.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from bot.messages import Field, Message
from bot.storage.models import Member

if TYPE_CHECKING:
    from bot.app import Hearth

log = logging.getLogger(__name__)

#: Text per message: under Discord's 2,000 characters and Slack's 3,000 per section.
PART_CHARS = 1800
#: Parts per feature before the export stops and says how much is left.
MAX_PARTS = 8


def member_record(member: Member) -> dict[str, Any]:
    return {
        "id": member.id,
        "platform_user_id": member.external_id,
        "display_name": member.display_name,
        "timezone": member.timezone,
        "region": member.region,
        "consent": member.consent,
        "onboarded": member.onboarded,
        "created_at": member.created_at.isoformat(),
        "updated_at": member.updated_at.isoformat(),
    }


def collect(hearth: Hearth, session: Session, member: Member) -> dict[str, Any]:
    """Everything Hearth holds about ``member``: the member row plus each feature's export."""
    features: dict[str, Any] = {}
    for name, feature in hearth.features.items():
        features[name] = feature.export_member(session, member) or {}
    return {"member": member_record(member), "features": features}


def _empty(data: Any) -> bool:
    """Nothing stored: no data, or only empty lists/records/None."""
    if isinstance(data, dict):
        return all(_empty(v) for v in data.values())
    return data is None or data == [] or data == ""


def _counts(data: Any) -> str:
    if _empty(data):
        return "nothing stored"
    if isinstance(data, dict):
        parts = []
        for key, value in data.items():
            # a list counts its items; a record (dict) or a single value counts as one
            n = len(value) if isinstance(value, list) else (0 if value is None else 1)
            parts.append(f"{key}: {n}")
        return ", ".join(parts)
    if isinstance(data, list):
        return f"{len(data)} item(s)"
    return "1 item"


def split(text: str, size: int = PART_CHARS) -> list[str]:
    """Split on line boundaries into parts of at most ``size`` characters."""
    parts: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        while len(line) > size:  # one very long line: cut it
            if current:
                parts.append(current)
                current = ""
            parts.append(line[:size])
            line = line[size:]
        if len(current) + len(line) > size:
            parts.append(current)
            current = ""
        current += line
    if current:
        parts.append(current)
    return [p.rstrip("\n") for p in parts]


def messages(data: dict[str, Any]) -> list[Message]:
    features = data["features"]
    record = json.dumps(data["member"], indent=2, ensure_ascii=False)
    overview = Message(
        title="Everything Hearth holds about you",
        text="Only you can see this. Your member record:\n" + record,
        fields=tuple(Field(name, _counts(value), inline=False) for name, value in features.items()),
        footer="Each feature's data follows as JSON. /forgetme deletes all of it.",
    )
    out = [overview]
    for name, value in features.items():
        if _empty(value):
            continue
        parts = split(json.dumps(value, indent=2, ensure_ascii=False, default=str))
        shown = parts[:MAX_PARTS]
        for number, part in enumerate(shown, start=1):
            footer = f"{name}: part {number} of {len(parts)}"
            if number == len(shown) and len(parts) > len(shown):
                left = sum(len(p) for p in parts[len(shown) :])
                footer += (
                    f". This export is long: {len(parts) - len(shown)} more part(s) "
                    f"({left} characters, {_counts(value)}) are not shown here; "
                    "ask an organizer for a file copy"
                )
            out.append(Message(title=f"Your data: {name}", text=part, footer=footer))
    return out
