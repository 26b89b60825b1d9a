"""Hearth's own abuse model: logistic regression on word n-grams, weights shipped in the package.

Trained by ``python -m moderation.training.train DATA_DIR``; inference is a few dictionary
look-ups per word in pure Python (no scikit-learn at run time).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np

from ..features import features
from .base import BackendUnavailable

MODEL_FILE = "hearth_linear.npz"


def default_model_path() -> Path:
    return Path(str(resources.files("moderation") / "data" / MODEL_FILE))


def save_model(
    path: Path,
    vocab: list[str],
    weights: np.ndarray,
    intercept: float,
    threshold: float,
    meta: dict,
) -> None:
    blob = "\n".join(vocab).encode("utf-8")
    np.savez_compressed(
        path,
        vocab=np.frombuffer(blob, dtype=np.uint8),
        weights=weights.astype(np.float32),
        intercept=np.array([intercept], dtype=np.float64),
        threshold=np.array([threshold], dtype=np.float64),
        meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
    )


class LinearBackend:
    """Word n-gram logistic regression; weights already include the idf and are l2-normalised."""

    name = "hearth-linear"

    def __init__(self, path: Path | None = None) -> None:
        path = path or default_model_path()
        if not path.exists():
            raise BackendUnavailable(f"model file {path} not found; run moderation.training.train")
        with np.load(path, allow_pickle=False) as data:
            vocab = bytes(data["vocab"]).decode("utf-8").split("\n")
            weights = data["weights"]
            self.idf = weights[0].astype(float).tolist() if weights.ndim == 2 else None
            coef = weights[1] if weights.ndim == 2 else weights
            self.intercept = float(data["intercept"][0])
            self.threshold = float(data["threshold"][0])
            self.meta = json.loads(bytes(data["meta"]).decode("utf-8"))
        self._index = {w: i for i, w in enumerate(vocab)}
        self._coef = coef.astype(float).tolist()

    def raw(self, masked: str) -> float:
        """Probability from the logistic regression for one masked text."""
        counts: dict[int, int] = {}
        for f in features(masked):
            i = self._index.get(f)
            if i is not None:
                counts[i] = 1
        if not counts:
            return 1.0 / (1.0 + math.exp(-self.intercept))
        idf = self.idf
        vals = [(i, idf[i] if idf is not None else 1.0) for i in counts]
        norm = math.sqrt(sum(v * v for _, v in vals))
        z = self.intercept + sum(self._coef[i] * v for i, v in vals) / norm
        z = max(-30.0, min(30.0, z))
        return 1.0 / (1.0 + math.exp(-z))

    def calibrate(self, p: float) -> float:
        """Map the model's operating threshold to 0.5, piecewise linearly."""
        t = self.threshold
        if p < t:
            return 0.5 * p / t
        return 0.5 + 0.5 * (p - t) / (1.0 - t)

    def score(self, texts: Sequence[str]) -> list[float]:
        return [self.calibrate(self.raw(t)) for t in texts]
