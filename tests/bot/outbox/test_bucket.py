"""The token bucket paces to its rate (measured on a fake monotonic clock)."""

from __future__ import annotations

import pytest

from bot.outbox.bucket import TokenBucket


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept = 0.0

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        self.slept += seconds


async def test_rate_is_respected_after_the_burst() -> None:
    t = FakeTime()
    bucket = TokenBucket(5, burst=2, monotonic=t.monotonic, sleep=t.sleep)
    for _ in range(12):
        await bucket.acquire()
    # 2 free from the burst, then 10 at 5 per second.
    assert t.now == pytest.approx(2.0)


async def test_drain_forces_a_wait() -> None:
    t = FakeTime()
    bucket = TokenBucket(10, burst=5, monotonic=t.monotonic, sleep=t.sleep)
    await bucket.acquire()
    bucket.drain()
    await bucket.acquire()
    assert t.slept == pytest.approx(0.1)


def test_rate_must_be_positive() -> None:
    with pytest.raises(ValueError):
        TokenBucket(0)
