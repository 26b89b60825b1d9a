"""The paced outbound queue: bulk proactive messages (a check-in to thousands of members) are
written to the ``outbox`` table with an idempotency key, then delivered at a per-platform rate.

Delivery is **at most once**: a row is marked ``sending`` (committed) before delivery and
``sent`` after. A row found still ``sending`` after a crash (older than the lease) is marked
``unknown`` and logged, never resent: for a check-in prompt, a missed prompt is a smaller harm
than the same prompt twice to a parent in hospital. Rate-limited deliveries are retried with
exponential backoff.
"""

from bot.outbox.codec import decode, encode
from bot.outbox.queue import Outbox, OutboxSettings

__all__ = ["Outbox", "OutboxSettings", "decode", "encode"]
