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
from pathlib import Path

import numpy as np

from ..embedding.sentence_head import SentenceHead, packaged, read_head

HEAD_FILE = "warning_signs_head.npz"
# The fine-tuned variant (``moderation.training.warning_signs_finetune``): MiniLM's top layers
# trained for warning signs and a head over their embedding, preferred when present.
TUNED_FILE = "warning_signs_tuned.safetensors"


def default_head_path() -> Path:
    return packaged(HEAD_FILE)


def default_tuned_path() -> Path:
    return packaged(TUNED_FILE)


@dataclass(frozen=True)
class AveragedHead:
    """The frozen-embedding head and the fine-tuned one, their probabilities averaged.

    It reads a tuned encoder's whole vector, [shared embedding | tuned embedding] from one
    pass: ``frozen`` scores the first half, ``tuned_head`` the second. Out of fold the two
    averaged caught more than either alone at the same benign budget, so a tuned file trained
    with ``--combine average`` is read this way, with its own threshold (measured end to end
    and not shipped: README)."""

    frozen: SentenceHead
    tuned_head: SentenceHead
    threshold: float
    tuned: bool = True

    def probability(self, vectors: np.ndarray) -> np.ndarray:
        half = vectors.shape[1] // 2
        return 0.5 * (
            self.frozen.probability(vectors[:, :half])
            + self.tuned_head.probability(vectors[:, half:])
        )

    def score(self, vectors: np.ndarray, nearest: np.ndarray) -> np.ndarray:
        """As ``SentenceHead.score``: the mean with the nearest-phrasing similarity."""
        return 0.5 * (self.probability(vectors) + np.asarray(nearest))


def load_tuned_head(
    path: Path | None = None, frozen_path: Path | None = None
) -> tuple[SentenceHead | AveragedHead, dict] | None:
    """The fine-tuned head (weights, threshold and figures from the tuned layers' file); None
    when the file is missing. A file whose figures say ``"combine": "average"`` gives the
    ``AveragedHead`` of it and the frozen head (``frozen_path``, default the shipped one)."""
    from safetensors import safe_open

    path = path or default_tuned_path()
    if not path.exists():
        return None
    with safe_open(str(path), framework="numpy") as f:
        coef = f.get_tensor("head.weight").astype(np.float32)
        bias = float(f.get_tensor("head.bias")[0])
        figures = json.loads(f.metadata()["figures"])
    threshold = float(figures["threshold"])
    if figures.get("combine") == "average":
        frozen = load_head(frozen_path)
        if frozen is None:
            raise FileNotFoundError(f"{path} is averaged with the frozen head, which is missing")
        tuned = SentenceHead(coef, bias, threshold, tuned=True)
        return AveragedHead(frozen[0], tuned, threshold), figures
    return SentenceHead(coef, bias, threshold, tuned=True), figures


def load_head(path: Path | None = None) -> tuple[SentenceHead, dict] | None:
    """The shipped head and its figures; None when the file is missing."""
    return read_head(path or default_head_path())
