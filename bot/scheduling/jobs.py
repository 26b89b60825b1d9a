"""Module-level job functions APScheduler stores by reference (``bot.scheduling.jobs:run``).

Jobs in the SQLAlchemy job store are pickled, so they hold only a textual function reference
and plain ids: never a Hearth, a session or a bound method. At start-up the running Hearth is
bound here; a job then names a feature and one of the methods that feature lists in
``job_methods``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.app import Hearth

log = logging.getLogger(__name__)

_hearth: Hearth | None = None


def bind(hearth: Hearth | None) -> None:
    """Make ``hearth`` the one jobs act on (called by the scheduler on start and stop)."""
    global _hearth
    _hearth = hearth


def bound() -> Hearth | None:
    return _hearth


async def run(feature: str, method: str, *args: Any) -> None:
    """Run ``hearth.features[feature].<method>(*args)``; ``method`` must be in ``job_methods``."""
    hearth = _hearth
    if hearth is None:
        log.warning("job %s.%s ran with no Hearth bound; ignored", feature, method)
        return
    target = hearth.features.get(feature)
    if target is None or method not in getattr(target, "job_methods", ()):
        log.warning("job %s.%s has no handler; ignored", feature, method)
        return
    # Off the adapters' event loop: a 20,000-member fan-out must not hold up acks.
    await hearth.dispatcher.job(lambda: getattr(target, method)(*args))
