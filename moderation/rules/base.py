"""Small shared pieces of the rule detectors."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise

from ..normalize import Normalized

# The signal of a warning-sign classifier reading just under its line: it raises nothing alone
# (``warning_signs.corroborate`` pairs it with a weak rule sign; ``crisis`` never counts it).
NEAR = "near the line"
# The signal of a sentence the warning-sign classifier reads over its line (``warning_signs``).
BY_MEANING = "warning sign"


@dataclass(frozen=True)
class Signal:
    """A detector finding on the normalised text; the assessor turns it into a Reason."""

    category: str
    score: float
    signal: str
    start: int
    end: int
    detail: str
    # The classifier's own probability when a model read the sign below its line (``score``
    # is the pipeline's severity, the same 0.3 for every such reading).
    model_score: float | None = None


def alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first so 'fucking' wins over 'fuck'."""
    return "(?:" + "|".join(sorted({w for w in words if w}, key=len, reverse=True)) + ")"


def phrase_alternation(words: Iterable[str]) -> str:
    """An alternation of plain phrases: each escaped, any whitespace between its words."""
    return alternation(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def compile_words(words: Iterable[str]) -> re.Pattern[str]:
    r"""Whole-word, case-insensitive pattern for plain phrases (``\b`` both sides)."""
    phrases = [w.lower() for w in words if w.strip()]
    if not phrases:
        return re.compile(r"(?!x)x")
    return re.compile(r"\b" + phrase_alternation(phrases) + r"\b")


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


_SENTENCE_ENDS = ".!?\n"
CLAUSE_ENDS = ".!?;,\n"


def sentence_start(text: str, pos: int, marks: str = _SENTENCE_ENDS) -> int:
    """Where the sentence (or, with ``CLAUSE_ENDS``, the clause) holding ``pos`` begins."""
    return max(text.rfind(c, 0, pos) for c in marks) + 1


def sentence_end(text: str, pos: int) -> int:
    """The index of the first sentence end at or after ``pos`` (``len(text)`` if none)."""
    return min(
        (i for i in (text.find(c, pos) for c in _SENTENCE_ENDS) if i >= 0), default=len(text)
    )


def sentence_at(text: str, pos: int) -> str:
    """The sentence holding ``pos``, without its closing mark."""
    return text[sentence_start(text, pos) : sentence_end(text, pos)]


def sentence_windows(text: str) -> list[tuple[int, int]]:
    """Each sentence, and each sentence with the one before it, as (start, end) spans: where
    a reading by parts looks for its parts together."""
    bounds = [m.end() for m in re.finditer(r"[.!?\n]+", text)]
    starts = [0, *(b for b in bounds if b < len(text))]
    ends = [*(b for b in bounds if b < len(text)), len(text)]
    sentences = [(a, b) for a, b in zip(starts, ends, strict=True) if text[a:b].strip()]
    pairs = [(a[0], b[1]) for a, b in pairwise(sentences)]
    return sentences + pairs


def windows_read(text: str, read: Callable[[str], str | None]) -> list[tuple[int, int, str]]:
    """``(start, end, detail)`` of each window of ``text`` (``sentence_windows``) that ``read``
    reads (it returns the reason's detail, or None), its span from the window's first
    non-space; a window inside one already read, or holding one, is not read again."""
    found: list[tuple[int, int, str]] = []
    for start, end in sentence_windows(text):
        if any((s <= start and end <= e) or (start <= s and e <= end) for s, e, _ in found):
            continue
        window = text[start:end]
        detail = read(window)
        if detail is not None:
            found.append((start + len(window) - len(window.lstrip()), end, detail))
    return found


def window_before(text: str, start: int, chars: int = 40) -> str:
    """The text just before a match, cut at the previous sentence boundary."""
    left = text[max(0, start - chars) : start]
    cut = max(left.rfind("."), left.rfind("!"), left.rfind("?"), left.rfind(";"), left.rfind("\n"))
    return left[cut + 1 :] if cut >= 0 else left
