"""Embed training texts with MiniLM once and cache the vectors (outside the repository).

Uses the same encoder as run time (``moderation.embedding.minilm``, no torch), so training
and inference see identical vectors. The cache is a per-text store keyed by a digest of the
text (``--cache``, default in the system temp dir): changing which rows are sampled re-embeds
only the new texts, and an interrupted run keeps what it had embedded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..embedding.minilm import shared_encoder
from ..progress import Progress

# v3: int8 vectors of texts embedded in length-sorted batches of 64 (the shipped heads were
# trained on them); the run-time int8 encoder embeds one text per call (cosine ~0.99 to these).
# v4: int8 with uint8 weights (``onnx_graph.unsigned_weights``), the same integers on every
# CPU, one text per call; a v3 store may hold a non-VNNI CPU's saturated vectors.
STORE_VERSION = "v4"
_SAVE_EVERY = 1024


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


class EmbeddingStore:
    """text -> unit vector, kept in ``cache_dir`` as ``keys.txt`` + ``vectors.npy``."""

    def __init__(self, cache_dir: Path | None) -> None:
        engine = shared_encoder().engine
        self.folder = cache_dir / f"minilm-{STORE_VERSION}-{engine}" if cache_dir else None
        self.index: dict[str, int] = {}
        self.vectors = np.zeros((0, 384), dtype=np.float32)
        if self.folder and (self.folder / "keys.txt").exists():
            keys = (self.folder / "keys.txt").read_text().split()
            vectors = np.load(self.folder / "vectors.npy")
            n = min(len(keys), len(vectors))
            self.index = {k: i for i, k in enumerate(keys[:n])}
            self.vectors = vectors[:n]

    def _save(self) -> None:
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        keys = sorted(self.index, key=self.index.__getitem__)
        np.save(self.folder / "vectors.npy", self.vectors)
        (self.folder / "keys.txt").write_text("\n".join(keys) + "\n")

    def embed(self, texts: Sequence[str], label: str = "embedding") -> np.ndarray:
        """(len(texts), 384) unit vectors; texts not in the store are embedded and added."""
        keys = [_key(t) for t in texts]
        todo = {k: t for k, t in zip(keys, texts, strict=True) if k not in self.index}
        missing = sorted(todo.items())
        if missing:
            encoder = shared_encoder()
            with Progress(len(missing), label) as bar:
                for s in range(0, len(missing), _SAVE_EVERY):
                    part = missing[s : s + _SAVE_EVERY]
                    vecs = encoder.embed([t for _, t in part], batch_size=64)
                    base = len(self.vectors)
                    self.vectors = np.vstack([self.vectors, vecs])
                    for j, (k, _) in enumerate(part):
                        self.index[k] = base + j
                    self._save()
                    bar.update(len(part))
        return self.vectors[[self.index[k] for k in keys]]


def embed_texts(texts: Sequence[str], cache_dir: Path | None = None) -> np.ndarray:
    """(len(texts), 384) unit vectors of ``embedding_text`` inputs, through the store."""
    return EmbeddingStore(cache_dir).embed(texts)


class StoreEncoder:
    """The encoder interface (``embed``, ``tokenizer``) answered from an ``EmbeddingStore``.

    Lets the evaluation run the real backend over the development corpus without embedding
    texts again; texts missing from the store are embedded (and kept) as usual.
    """

    def __init__(self, store: EmbeddingStore) -> None:
        self.store = store
        self.tokenizer = shared_encoder().tokenizer
        self.dim = shared_encoder().dim

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        return self.store.embed(texts, "embedding")
