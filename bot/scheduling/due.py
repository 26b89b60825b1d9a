"""The due / misfire decision shared by tests (FakeClock + ``tick()``) and production
(APScheduler waking the same code).

**Misfire rule.** A schedule row keeps ``next_fire_at``, the next time it should fire. When the
check runs at ``now`` and ``next_fire_at <= now``:

* every fire time in ``[next_fire_at, now]`` is collected (after downtime there may be many);
* they are *coalesced*: only the latest one can still be sent, the earlier ones are skipped;
* the latest is sent (late, marked ``late``) if ``now - latest <= grace``
  (``checkins.misfire_grace_minutes``); otherwise it is skipped too, and the skip is logged;
* exception: a fire time that came *while this process was running* (``awake_since``, the
  moment the process started) was not missed through downtime, only reached by a coarse
  tick (the demo's ``!clock +1d``, a stalled event loop); it is still sent as long as its
  answer window is open (``max_late``);
* ``next_fire_at`` moves to the first fire time after ``now``.

APScheduler's own ``misfire_grace_time`` and ``coalesce`` are set to the same values, so the
production driver and this check never disagree. Sending is idempotent on top of this (the
outbox key contains the fire time), so running the check twice never sends twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.scheduling.rules import Rule, fires_between, next_fire

#: A fire handled within this of its time is "on time", not late.
ON_TIME = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class Decision:
    send: datetime | None
    """The fire time to act on now (None: nothing to send)."""
    late: bool = False
    skipped: tuple[datetime, ...] = field(default=())
    """Missed fire times not sent (coalesced away or beyond the grace window)."""
    skipped_more: bool = False
    """True when more fire times were missed than listed (long downtime, frequent rule)."""
    next_fire_at: datetime | None = None

    @property
    def due(self) -> bool:
        return self.send is not None or bool(self.skipped)


def check(
    rule: Rule,
    next_fire_at: datetime | None,
    now: datetime,
    grace: timedelta,
    *,
    awake_since: datetime | None = None,
    max_late: timedelta | None = None,
) -> Decision:
    """Decide what to do about ``rule`` at ``now`` given its stored ``next_fire_at``."""
    if next_fire_at is None:
        return Decision(None, next_fire_at=next_fire(rule, now))
    if next_fire_at > now:
        return Decision(None, next_fire_at=next_fire_at)
    following = next_fire(rule, now)
    lookback = grace
    if awake_since is not None and max_late is not None:
        lookback = max(grace, min(now - awake_since, max_late))
    window_start = max(next_fire_at, now - lookback)
    recent = fires_between(rule, window_start, now, limit=100_000)
    older: list[datetime] = []
    if next_fire_at < window_start:
        older = fires_between(rule, next_fire_at, window_start - timedelta(microseconds=1), 50)
    more = len(older) == 50
    if not recent:
        return Decision(None, skipped=tuple(older), skipped_more=more, next_fire_at=following)
    latest = recent[-1]
    awake = (
        awake_since is not None
        and max_late is not None
        and latest >= awake_since
        and now - latest <= max_late
    )
    if now - latest > grace and not awake:
        return Decision(
            None, skipped=tuple(older + recent), skipped_more=more, next_fire_at=following
        )
    return Decision(
        latest,
        late=now - latest > ON_TIME,
        skipped=tuple(older + recent[:-1]),
        skipped_more=more,
        next_fire_at=following,
    )
