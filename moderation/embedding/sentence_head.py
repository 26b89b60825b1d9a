"""A sentence classifier over MiniLM embeddings, as the by-meaning stages use it.

Logistic regression on a unit sentence vector (optionally after one ReLU hidden layer),
combined with the similarity to the nearest
phrasing of a catalogue, against a threshold chosen on out-of-fold benign rows for a stated
budget. Trained by ``moderation.training.warning_signs`` (crisis warning signs) and
``moderation.training.member_abuse`` (abuse aimed at a member); stored as ``.npz`` with the
weights, the threshold and the figures they were chosen on. Numpy only at run time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np


def relu_logistic(
    vectors: np.ndarray,
    coef: np.ndarray,
    intercept: float,
    hidden: tuple[np.ndarray, np.ndarray] | None = None,
) -> np.ndarray:
    """P(positive) of each row: a logistic output over ``vectors``, through one ReLU layer
    (weights, biases) first when ``hidden`` is given. Every embedding head is read this way,
    at run time and in training; logits are clipped to +-30 so ``exp`` never overflows."""
    x = np.asarray(vectors)
    if hidden is not None:
        x = np.maximum(x @ hidden[0] + hidden[1], 0.0)
    z = x @ coef + intercept
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


@dataclass(frozen=True)
class SentenceHead:
    """``tuned``: the head reads the embedding through fine-tuned layers (the second half of
    a tuned encoder's vectors), not the shared encoder's. ``hidden``: the weights and biases of
    a ReLU layer the vector passes through before the logistic output (None: linear)."""

    coef: np.ndarray
    intercept: float
    threshold: float
    tuned: bool = False
    hidden: tuple[np.ndarray, np.ndarray] | None = None

    def probability(self, vectors: np.ndarray) -> np.ndarray:
        """P(positive) of each unit sentence vector (rows)."""
        return relu_logistic(vectors, self.coef, self.intercept, self.hidden)

    def score(self, vectors: np.ndarray, nearest: np.ndarray) -> np.ndarray:
        """The decision score: the mean of the classifier's probability and the similarity to
        the nearest catalogue phrasing (``nearest``). The classifier generalises the direction
        of a kind, the similarity keeps it anchored to a catalogued wording; out of fold, their
        plain mean caught more held-out catalogue phrasings at the same benign budget than
        either alone (``moderation.training.warning_signs``)."""
        return 0.5 * (self.probability(vectors) + np.asarray(nearest))


def packaged(name: str) -> Path:
    """Where a head shipped with Hearth lives (``moderation/data``)."""
    return Path(str(resources.files("moderation") / "data" / name))


def save_head(path: Path, head: SentenceHead, figures: dict) -> None:
    hidden = {}
    if head.hidden is not None:
        hidden = {
            "hidden_weight": np.asarray(head.hidden[0], dtype=np.float32),
            "hidden_bias": np.asarray(head.hidden[1], dtype=np.float32),
        }
    np.savez_compressed(
        path,
        coef=np.asarray(head.coef, dtype=np.float32),
        intercept=np.array([head.intercept]),
        threshold=np.array([head.threshold]),
        meta=np.frombuffer(json.dumps(figures).encode("utf-8"), dtype=np.uint8),
        **hidden,
    )


def read_head(path: Path) -> tuple[SentenceHead, dict] | None:
    """The head stored at ``path`` and its figures; None when the file is missing."""
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        hidden = None
        if "hidden_weight" in data.files:
            hidden = (data["hidden_weight"], data["hidden_bias"])
        head = SentenceHead(
            data["coef"].astype(np.float32),
            float(data["intercept"][0]),
            float(data["threshold"][0]),
            hidden=hidden,
        )
        figures = json.loads(bytes(data["meta"]).decode("utf-8"))
    return head, figures
