"""Stopping cores at the end of an adapter test."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

from bot.app import Hearth


async def stop_cores(hearths: Iterable[Hearth]) -> None:
    """Stop each core as ``hearthbot run`` does at shutdown: handlers still running in the
    workers finish first, so none is left writing to the database the next test truncates
    (on PostgreSQL such a leftover deadlocked the next test's ``TRUNCATE``)."""
    for hearth in {id(h): h for h in hearths}.values():
        await asyncio.wait_for(hearth.stop(), 30)
