"""Which process runs scheduled jobs: exactly one at a time.

APScheduler 3 does not coordinate several schedulers on one job store. With PostgreSQL and
several Hearth processes (a Slack process and a Discord process, or Discord shards), the
process holding the session-level advisory lock :data:`LOCK_KEY`, on a connection kept for
that purpose, leads; the others stand by and try again every ``runtime.leader_poll_seconds``.
When the leader dies (``kill -9``, a lost machine) PostgreSQL closes its connection, which
frees the lock, and a standby takes over at its next try. A leader whose connection breaks
steps down at once. On SQLite a single process is assumed, and it always leads.

Nothing here raises for a database problem: a failed try is "not leading", logged.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine, text

log = logging.getLogger(__name__)

#: The advisory lock's key: "HEARTH" read as hex-ish digits, fixed for every version.
LOCK_KEY = 0x4EA27401


class Leadership:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.shared = engine.dialect.name == "postgresql"
        self._conn: Connection | None = None

    @property
    def leading(self) -> bool:
        return not self.shared or self._conn is not None

    def try_lead(self) -> bool:
        """Take the lead if nobody holds it; True while this process leads."""
        if self.leading:
            return self.check()
        conn: Connection | None = None
        try:
            conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            got = bool(
                conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": LOCK_KEY}).scalar()
            )
        except Exception:
            log.exception("could not ask PostgreSQL for the scheduler lead")
            got = False
        if got:
            self._conn = conn
            log.info("this process now runs the scheduled jobs (leader)")
        elif conn is not None:
            conn.close()
        return got

    def check(self) -> bool:
        """Still leading? A broken lock connection means the lock is gone: step down."""
        if not self.shared:
            return True
        if self._conn is None:
            return False
        try:
            self._conn.execute(text("SELECT 1"))
            return True
        except Exception:
            log.warning("lost the connection holding the scheduler lead; standing by")
            self._drop()
            return False

    def release(self) -> None:
        if self._conn is None:
            return
        try:
            self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": LOCK_KEY})
        except Exception:
            log.warning("could not release the scheduler lead; it ends with the connection")
        self._drop()

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:
                log.debug("closing the lead connection failed", exc_info=True)
