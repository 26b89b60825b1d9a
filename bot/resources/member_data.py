"""What the resources feature holds about a member: nothing.

``/resources TOPIC`` reads the directory and the member's region (when Hearth already holds
one) and stores nothing: not the topic searched, not who searched. Both functions exist to say
this has been considered; a feature change that starts storing per-member data belongs here.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from bot.storage.models import Member


def export(session: Session, member: Member) -> dict[str, Any]:
    return {}


def forget(session: Session, member: Member) -> None:
    return None
