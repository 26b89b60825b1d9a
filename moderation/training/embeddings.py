"""Embed training texts with MiniLM once and cache the vectors (outside the repository).

Uses the same numpy encoder as run time (``moderation.embedding.minilm``, no torch), so
training and inference see identical vectors. Embedding ~30k texts takes a while on one core;
the cache (``--cache``, default in the system temp dir) makes re-runs instant.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..embedding.minilm import MiniLM


def _digest(texts: Sequence[str]) -> str:
    h = hashlib.sha1()
    for t in texts:
        h.update(t.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:16]


def embed_texts(texts: Sequence[str], cache_dir: Path | None = None) -> np.ndarray:
    """(len(texts), 384) unit vectors of ``embedding_text`` inputs; cached by content digest."""
    cache = cache_dir / f"minilm-{_digest(texts)}.npy" if cache_dir else None
    if cache is not None and cache.exists():
        return np.load(cache)
    print(f"embedding {len(texts)} texts with the numpy MiniLM encoder...", file=sys.stderr)
    vectors = MiniLM().embed(texts, batch_size=64)
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.save(cache, vectors)
    return vectors
