"""The warning-sign classifier: logistic regression over a sentence's MiniLM embedding.

Trained by ``moderation.training.warning_signs`` (catalogue phrasings against the ordinary
sentences of the benign development sets). A sentence raises when ``score`` (the mean of the
probability and the similarity to the nearest catalogue phrasing) reaches the threshold,
chosen on out-of-fold benign scores for a stated budget of benign rows raised and stored with
the weights and the figures in ``moderation/data/warning_signs_head.npz``. Numpy only at run
time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

HEAD_FILE = "warning_signs_head.npz"
# The fine-tuned variant (``moderation.training.warning_signs_finetune``): MiniLM's top layers
# trained for warning signs and a head over their embedding, preferred when present.
TUNED_FILE = "warning_signs_tuned.safetensors"


@dataclass(frozen=True)
class WarningSignHead:
    """``tuned``: the head reads the embedding through the fine-tuned layers (the second half
    of the tuned encoder's vectors), not the shared encoder's."""

    coef: np.ndarray
    intercept: float
    threshold: float
    tuned: bool = False

    def probability(self, vectors: np.ndarray) -> np.ndarray:
        """P(warning sign) of each unit sentence vector (rows)."""
        return 1.0 / (1.0 + np.exp(-(np.asarray(vectors) @ self.coef + self.intercept)))

    def score(self, vectors: np.ndarray, nearest: np.ndarray) -> np.ndarray:
        """The decision score: the mean of the classifier's probability and the similarity to
        the nearest catalogue phrasing (``nearest``). The classifier generalises the direction
        of a sign, the similarity keeps it anchored to a catalogued wording; out of fold, their
        plain mean caught more held-out catalogue phrasings at the same benign budget than
        either alone (``moderation.training.warning_signs``)."""
        return 0.5 * (self.probability(vectors) + np.asarray(nearest))


def default_head_path() -> Path:
    return Path(str(resources.files("moderation") / "data" / HEAD_FILE))


def default_tuned_path() -> Path:
    return Path(str(resources.files("moderation") / "data" / TUNED_FILE))


def load_tuned_head(path: Path | None = None) -> tuple[WarningSignHead, dict] | None:
    """The fine-tuned head (weights, threshold and figures from the tuned layers' file); None
    when the file is missing."""
    from safetensors import safe_open

    path = path or default_tuned_path()
    if not path.exists():
        return None
    with safe_open(str(path), framework="numpy") as f:
        coef = f.get_tensor("head.weight").astype(np.float32)
        bias = float(f.get_tensor("head.bias")[0])
        figures = json.loads(f.metadata()["figures"])
    return WarningSignHead(coef, bias, float(figures["threshold"]), tuned=True), figures


def save_head(path: Path, head: WarningSignHead, figures: dict) -> None:
    np.savez_compressed(
        path,
        coef=np.asarray(head.coef, dtype=np.float32),
        intercept=np.array([head.intercept]),
        threshold=np.array([head.threshold]),
        meta=np.frombuffer(json.dumps(figures).encode("utf-8"), dtype=np.uint8),
    )


def load_head(path: Path | None = None) -> tuple[WarningSignHead, dict] | None:
    """The shipped head and its figures; None when the file is missing."""
    path = path or default_head_path()
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        head = WarningSignHead(
            data["coef"].astype(np.float32),
            float(data["intercept"][0]),
            float(data["threshold"][0]),
        )
        figures = json.loads(bytes(data["meta"]).decode("utf-8"))
    return head, figures
