"""Pseudonyms: keep a safety choice about someone without keeping who they are.

When B asks Hearth to forget them, a choice another member made about B (A's "never match me
with B") must survive, or B's deletion would undo A's safety. So the choice keeps a pseudonym
instead of B's member id: ``HMAC-SHA256(install secret, purpose, community, platform id)``.
It cannot be turned back into B's platform id or name, and it is useless outside this
installation; if B ever comes back under the same platform id, the same pseudonym is computed
and A's choice still holds.

The secret is 32 random bytes, created on first use and stored in the ``install_secret`` table
(row ``pseudonym``), shared by every process on the database. Keep it with database backups;
deleting it makes every stored pseudonym unmatchable (choices then apply to nobody). Safe to
call from concurrent processes: the first writer wins and everyone reads its secret. Never logs
the platform id or the pseudonym.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bot.privacy.models import InstallSecret

SECRET_NAME = "pseudonym"
#: Length of a pseudonym (hex SHA-256).
LENGTH = 64


def install_secret(session: Session, name: str = SECRET_NAME) -> bytes:
    """The named secret, created (in a savepoint, race-safe) when missing."""
    row = session.get(InstallSecret, name)
    if row is None:
        try:
            with session.begin_nested():
                session.add(InstallSecret(name=name, value=secrets.token_hex(32)))
        except IntegrityError:  # another process created it first: use theirs
            pass
        row = session.get(InstallSecret, name, populate_existing=True)
        assert row is not None
    return bytes.fromhex(row.value)


def pseudonym(session: Session, purpose: str, community_id: int, platform_id: str) -> str:
    """A stable keyed hash of ``platform_id`` for one ``purpose`` in one community."""
    message = "\x1f".join((purpose, str(community_id), platform_id)).encode()
    return hmac.new(install_secret(session), message, hashlib.sha256).hexdigest()
