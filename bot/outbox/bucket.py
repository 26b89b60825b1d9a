"""A token bucket: ``rate`` messages per second with a short burst allowance.

It paces real delivery against a platform's API, so it runs on a monotonic clock (not the
Hearth clock, which tests move by hand).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

#: Float slack, so rounding never leaves a waiter sleeping for nothing forever.
_EPSILON = 1e-9


class TokenBucket:
    def __init__(
        self,
        rate: float,
        burst: float | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.capacity = burst if burst is not None else max(1.0, rate / 10)
        self.tokens = self.capacity
        self._monotonic = monotonic
        self._sleep = sleep
        self._last = monotonic()

    def _refill(self) -> None:
        now = self._monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self._last) * self.rate)
        self._last = now

    async def acquire(self) -> None:
        """Wait until one token is available, then take it."""
        self._refill()
        while self.tokens < 1 - _EPSILON:
            await self._sleep(max((1 - self.tokens) / self.rate, _EPSILON))
            self._refill()
        self.tokens = max(0.0, self.tokens - 1)

    def drain(self) -> None:
        """Empty the bucket (after the platform said we were rate limited)."""
        self.tokens = 0
        self._last = self._monotonic()
