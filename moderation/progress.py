"""Progress for long runs: a bar on a terminal, a line every few seconds otherwise.

``Progress(total, label)`` is advanced with ``update(n)`` and closed with ``close()`` (or used
as a context manager). It writes to stderr only, so JSONL written to stdout stays clean, and
it never shows message text.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts work done out of ``total``; quiet when ``enabled`` is false."""

    def __init__(
        self,
        total: int,
        label: str,
        stream: TextIO | None = None,
        interval: float = 10.0,
        enabled: bool = True,
    ) -> None:
        self.total = max(0, total)
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.interval = 0.2 if self.tty else interval
        self.enabled = enabled
        self.done = 0
        self.start = time.monotonic()
        self._last = self.start

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def update(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and now - self._last >= self.interval:
            self._last = now
            self._write(final=False)

    def close(self) -> None:
        if self.enabled and self.done:
            self._write(final=True)

    def _write(self, final: bool) -> None:
        elapsed = max(time.monotonic() - self.start, 1e-9)
        rate = self.done / elapsed
        total = self.total or self.done
        share = min(1.0, self.done / total) if total else 1.0
        left = (total - self.done) / rate if rate > 0 and not final else 0.0
        figures = f"{self.done}/{total} ({share:4.0%}) {rate:.1f}/s, {elapsed:.0f}s"
        if not final:
            figures += f", ~{left:.0f}s left"
        if self.tty:
            bar = "#" * int(share * 30)
            end = "\n" if final else ""
            self.stream.write(f"\r{self.label} [{bar:30s}] {figures}{end}")
        else:
            self.stream.write(f"{self.label}: {figures}\n")
        self.stream.flush()
