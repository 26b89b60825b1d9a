"""Logging set-up: to stderr, with tokens redacted and exception messages withheld.

Hearth's own code never logs message text or tokens. Two last lines of defence: a filter
removes any token a library puts in a message, and outside DEBUG the formatter keeps a
traceback's frames (file, line, function) but withholds each exception's message, where user
input ends up (SQL parameters, a file name built from what someone typed, a bad value). The
database engine also hides statement parameters (``hide_parameters``).
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from types import TracebackType

TOKEN_PATTERNS = (
    re.compile(r"xox[abprs]-[A-Za-z0-9-]{8,}"),  # Slack bot/user tokens
    re.compile(r"xapp-[A-Za-z0-9-]{8,}"),  # Slack app-level tokens
    re.compile(r"[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}"),  # Discord
)
WITHHELD = "(message withheld: it may hold user input; run with -v to see it)"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


def redact(text: str) -> str:
    for pattern in TOKEN_PATTERNS:
        text = pattern.sub("[redacted]", text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


class RedactingFormatter(logging.Formatter):
    """Tracebacks with frames but without exception messages (unless ``verbose``)."""

    def __init__(self, fmt: str, *, verbose: bool = False) -> None:
        super().__init__(fmt)
        self.verbose = verbose

    def format(self, record: logging.LogRecord) -> str:
        # logging caches the formatted traceback on the record for every other handler: never
        # reuse another handler's full text, and never leave ours behind.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: ExcInfo) -> str:
        if self.verbose or ei[1] is None:
            return redact(super().formatException(ei))
        return withheld_traceback(ei[1])


def withheld_traceback(exc: BaseException) -> str:
    """``exc``'s traceback (and its causes) with frames only: no exception messages."""
    lines: list[str] = []
    current: BaseException | None = exc
    seen: set[int] = set()
    chain: list[BaseException] = []
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    for position, item in enumerate(reversed(chain)):
        if position:
            caused = item.__cause__ is not None
            lines.append(
                "\nThe above exception was the direct cause of the following exception:\n\n"
                if caused
                else "\nDuring handling of the above exception, another exception occurred:\n\n"
            )
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.StackSummary.extract(traceback.walk_tb(item.__traceback__)).format())
        lines.append(f"{type(item).__module__}.{type(item).__qualname__}: {WITHHELD}\n")
    return "".join(lines).rstrip("\n")


def configure(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        RedactingFormatter(
            "%(asctime)s %(levelname)s %(name)s: %(message)s", verbose=level == "DEBUG"
        )
    )
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("alembic", "discord", "slack_bolt", "slack_sdk", "apscheduler"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
