"""A bank of reference phrasings embedded once, on first need, and compared by cosine.

Shared by the by-meaning matchers (``moderation.claims``, ``moderation.warning_signs``): the
phrasings are embedded (lower-cased) the first time a sentence needs them, under a lock, so
an Assessor shared by threads embeds them once and the bot's first message never waits for
a catalogue it does not need. ``similarities`` embeds the given sentences in one call.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Protocol

import numpy as np


class Encoder(Protocol):
    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class PhraseBank:
    """Reference phrasings and their unit embeddings (computed once, thread-safe)."""

    def __init__(self, encoder: Encoder, phrasings: Sequence[str]) -> None:
        self.encoder = encoder
        self.phrasings = list(phrasings)
        self._vectors: np.ndarray | None = None
        self._lock = threading.Lock()

    @property
    def vectors(self) -> np.ndarray:
        with self._lock:
            if self._vectors is None:
                self._vectors = np.asarray(self.encoder.embed([p.lower() for p in self.phrasings]))
            return self._vectors

    def similarities(self, texts: Sequence[str]) -> np.ndarray:
        """Cosine similarity of each text (row) to each phrasing (column)."""
        if not texts:
            return np.zeros((0, len(self.phrasings)), dtype=np.float32)
        return np.asarray(self.encoder.embed(list(texts))) @ self.vectors.T
