"""Split a long message into sentence-aligned pieces that each fit the encoder's window.

The encoder reads at most ``MAX_TOKENS`` word pieces; what a long post says after that is
lost to a head that sees one embedding. A crisis disclosure is often one sentence in the middle
of a long post ("...I found myself tempted to look for my father's guns..."), so the crisis
head scores every piece and keeps the highest. Most chat messages are one piece: for them this
costs at most one tokenisation (none under ``CHUNK_TOKENS`` characters) and changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

# Word pieces per chunk, leaving room for [CLS] and [SEP] inside the encoder's 128.
CHUNK_TOKENS = 120

# Sentence ends, line breaks, and the seams of posts pasted as a quoted list ("', '").
_BOUNDARY = re.compile(r"(?<=[.!?…])\s+|\n+|',\s*'|\",\s*\"")


def split_chunks(
    text: str, count_tokens: Callable[[str], int], limit: int = CHUNK_TOKENS
) -> list[str]:
    """``[text]`` when it fits in ``limit`` word pieces, else its sentences packed greedily.

    A single sentence longer than ``limit`` stays one chunk (the encoder reads its opening).
    Every word piece covers at least one character, so a text of at most ``limit`` characters
    is one chunk without being tokenised.
    """
    if len(text) <= limit or count_tokens(text) <= limit:
        return [text]
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for part in _BOUNDARY.split(text):
        if not part or not part.strip():
            continue
        n = count_tokens(part)
        if current and size + n > limit:
            chunks.append(" ".join(current))
            current, size = [], 0
        current.append(part)
        size += n
    if current:
        chunks.append(" ".join(current))
    return chunks or [text]


class TokenCounter(Protocol):
    def count(self, text: str, stop: int | None = None) -> int: ...


def long_text_chunks(
    texts: Sequence[str], tokenizer: TokenCounter, limit: int = CHUNK_TOKENS
) -> tuple[list[str], list[int]]:
    """The chunks of every text that needs more than one, and the index of the text of each."""
    pieces: list[str] = []
    owners: list[int] = []
    for i, text in enumerate(texts):
        parts = split_chunks(text, lambda t: tokenizer.count(t, stop=limit), limit)
        if len(parts) > 1:
            pieces += parts
            owners += [i] * len(parts)
    return pieces, owners
