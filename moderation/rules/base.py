"""Small shared pieces of the rule detectors."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..normalize import Normalized


@dataclass(frozen=True)
class Signal:
    """A detector finding on the normalised text; the assessor turns it into a Reason."""

    category: str
    score: float
    signal: str
    start: int
    end: int
    detail: str


def alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first so 'fucking' wins over 'fuck'."""
    return "(?:" + "|".join(sorted({w for w in words if w}, key=len, reverse=True)) + ")"


def compile_words(words: Iterable[str]) -> re.Pattern[str]:
    r"""Whole-word, case-insensitive pattern for plain phrases (``\b`` both sides)."""
    escaped = [re.escape(w.lower()).replace(r"\ ", r"\s+") for w in words if w.strip()]
    if not escaped:
        return re.compile(r"(?!x)x")
    return re.compile(r"\b" + alternation(escaped) + r"\b")


def find_all(
    pattern: re.Pattern[str],
    norm: Normalized,
    category: str,
    score: float,
    signal: str,
    detail: str,
) -> list[Signal]:
    return [
        Signal(category, score, signal, m.start(), m.end(), detail)
        for m in pattern.finditer(norm.text)
    ]


def window_before(text: str, start: int, chars: int = 40) -> str:
    """The text just before a match, cut at the previous sentence boundary."""
    left = text[max(0, start - chars) : start]
    cut = max(left.rfind("."), left.rfind("!"), left.rfind("?"), left.rfind(";"), left.rfind("\n"))
    return left[cut + 1 :] if cut >= 0 else left
