"""alt-profanity-check: a shipped linear SVM on character/word n-grams (profanity, not target)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from .base import BackendUnavailable

# Texts the fast path must reproduce before it is trusted (swearing, insults, plain talk).
_PROBES = (
    "you are a worthless lying piece of garbage",
    "fuck cancer, honestly. just fuck it.",
    "Her counts came back up! ANC is 1200.",
    "@user you fucking clown, nobody asked",
    "",
)


def profanity_scorer() -> Callable[[Sequence[str]], np.ndarray]:
    """alt-profanity-check's probabilities, without sklearn's per-call overhead where possible.

    The shipped model is ``CalibratedClassifierCV(LinearSVC, method="sigmoid")``: the mean over
    its folds of ``expit(-(a * (x . w + c) + b))``. Computed directly that is one sparse product
    (~0.6 ms a message, most of it the vectoriser) instead of ~4 ms of input checks per fold.
    The direct form is checked against the library at load; unknown internals or any mismatch
    fall back to the library's own ``predict_prob``.
    """
    try:
        from profanity_check import profanity_check as library
    except Exception as exc:  # ImportError, or a broken pickled model
        raise BackendUnavailable(f"alt-profanity-check not usable: {exc}") from exc
    slow = library.predict_prob
    try:
        model = library.model
        folds = model.calibrated_classifiers_
        if getattr(model, "method", None) != "sigmoid" or list(model.classes_) != [0, 1]:
            return slow
        weights = np.vstack([f.estimator.coef_[0] for f in folds]).T
        intercepts = np.array([f.estimator.intercept_[0] for f in folds])
        a = np.array([f.calibrators[0].a_ for f in folds])
        b = np.array([f.calibrators[0].b_ for f in folds])
    except (AttributeError, IndexError, TypeError, ValueError):
        return slow
    vectorizer = library.vectorizer

    def fast(texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        decision = np.asarray(vectorizer.transform(list(texts)) @ weights) + intercepts
        return (1.0 / (1.0 + np.exp(a * decision + b))).mean(axis=1)

    if not np.allclose(fast(_PROBES), slow(list(_PROBES)), rtol=0, atol=1e-9):
        return slow
    return fast


class ProfanityCheckBackend:
    name = "profanity-check"

    def __init__(self) -> None:
        self._predict_prob = profanity_scorer()

    def score(self, texts: Sequence[str]) -> list[float]:
        if not texts:
            return []
        return [float(p) for p in self._predict_prob(list(texts))]
