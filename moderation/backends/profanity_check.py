"""alt-profanity-check: a shipped linear SVM on character/word n-grams (profanity, not target)."""

from __future__ import annotations

from collections.abc import Sequence

from .base import BackendUnavailable


class ProfanityCheckBackend:
    name = "profanity-check"

    def __init__(self) -> None:
        try:
            from profanity_check import predict_prob
        except Exception as exc:  # ImportError, or a broken pickled model
            raise BackendUnavailable(f"alt-profanity-check not usable: {exc}") from exc
        self._predict_prob = predict_prob

    def score(self, texts: Sequence[str]) -> list[float]:
        if not texts:
            return []
        return [float(p) for p in self._predict_prob(list(texts))]
