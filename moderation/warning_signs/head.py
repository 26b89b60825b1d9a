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


def load_tuned_head(path: Path | None = None) -> tuple[SentenceHead, dict] | None:
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
    return SentenceHead(coef, bias, float(figures["threshold"]), tuned=True), figures


def load_head(path: Path | None = None) -> tuple[SentenceHead, dict] | None:
    """The shipped head and its figures; None when the file is missing."""
    return read_head(path or default_head_path())
