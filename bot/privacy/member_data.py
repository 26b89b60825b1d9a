"""What the privacy feature itself holds about a member: nothing.

``/mydata`` and ``/forgetme`` keep no record of being used (no request log, no confirmation
row: the confirmation lives in the button's own action id). The install's pseudonym secret
(:mod:`bot.privacy.pseudonym`) is about no one. Both functions exist to say this has been
considered.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from bot.storage.models import Member


def export(session: Session, member: Member) -> dict[str, Any]:
    return {}


def forget(session: Session, member: Member) -> None:
    return None
