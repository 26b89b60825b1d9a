"""Find a member of a community from what a person typed: a mention (``<@U123>``,
``<@!123>``), a platform user id, ``@name`` or a display name.

One lookup for every command that names a member. The platform id wins (exact match), then the
display name, compared case-insensitively as a literal: ``%`` and ``_`` are escaped, so ``%``
matches only someone called "%", never everyone. Input longer than any stored id or name is
refused before it reaches the database. :func:`member_or_error` turns "nobody" and "several"
into a specific :class:`UserError`; :func:`find_member` returns ``None`` instead.
"""

from __future__ import annotations

import re

from sqlmodel import Session, col, select

from bot.errors import UserError
from bot.storage.models import Member

#: Longer than any platform id or stored display name (names are kept to 100 characters).
MAX_LENGTH = 100
MENTION = re.compile(r"<@!?([^<>\s]+)>")
ESCAPE = "\\"


def clean(text: str) -> str:
    """The id or name inside a mention (``<@!123>`` -> ``123``, ``@sam`` -> ``sam``)."""
    text = text.strip()
    mention = MENTION.fullmatch(text)
    if mention:
        return mention.group(1)
    return text.removeprefix("@").strip()


def escape_like(text: str) -> str:
    """``text`` as a literal LIKE pattern (``%``, ``_`` and the escape itself escaped)."""
    return text.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")


def candidates(session: Session, community_id: int, text: str) -> list[Member]:
    """Members ``text`` names: the one with that platform id, else those with that name."""
    key = clean(text)
    if not key or len(key) > MAX_LENGTH:
        return []
    by_id = session.exec(
        select(Member).where(Member.community_id == community_id, Member.external_id == key)
    ).first()
    if by_id is not None:
        return [by_id]
    return list(
        session.exec(
            select(Member)
            .where(
                Member.community_id == community_id,
                col(Member.display_name).ilike(escape_like(key), escape=ESCAPE),
            )
            .order_by(col(Member.id))
            .limit(10)
        ).all()
    )


def find_member(session: Session, community_id: int, text: str) -> Member | None:
    """The member ``text`` names, or ``None`` (the first by age when a name is shared)."""
    found = candidates(session, community_id, text)
    return found[0] if found else None


def member_or_error(session: Session, community_id: int, text: str) -> Member:
    """The one member ``text`` names; a :class:`UserError` saying what to give otherwise."""
    key = clean(text)
    if not key:
        raise UserError("Which member? Give a mention, their user id or their display name.")
    if len(key) > MAX_LENGTH:
        raise UserError(
            f"That is longer than any member's name ({MAX_LENGTH} characters at most): "
            "give a mention, their user id or their display name."
        )
    found = candidates(session, community_id, text)
    if len(found) == 1:
        return found[0]
    shown = key if len(key) <= 40 else key[:40] + "…"
    if found:
        ids = ", ".join(m.external_id for m in found)
        raise UserError(f"Several members are called “{shown}”; use a user id: {ids}.")
    raise UserError(f"I don't know a member called “{shown}” here.")
