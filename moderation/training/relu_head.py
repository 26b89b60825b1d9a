"""One ReLU layer before a logistic output: the small network both embedding heads may use.

The whole-text abuse head (``heads.py``, ``--abuse-hidden``) and the warning-sign sentence
head (``warning_signs.py``) fit it the same way: scikit-learn's ``MLPClassifier`` for a fixed
number of epochs from a fixed seed, so a retrain writes the same bytes. Each caller balances
its classes its own way and passes the result as sample weights.
"""

from __future__ import annotations

import warnings
from typing import NamedTuple

import numpy as np

EPOCHS = 60


class ReluHead(NamedTuple):
    """``sigmoid(relu(x @ hidden_w + hidden_b) @ coef + intercept)``."""

    hidden_w: np.ndarray
    hidden_b: np.ndarray
    coef: np.ndarray
    intercept: float


def fit_relu_head(
    x: np.ndarray, y: np.ndarray, weights: np.ndarray, hidden: int, alpha: float, seeds: int = 1
) -> ReluHead:
    """Fit ``hidden`` ReLU units (L2 ``alpha``) on ``x``; ``weights`` are rescaled to mean 1,
    so ``alpha`` means the same whatever their scale. With ``seeds`` > 1, one network per seed
    (0, 1, ...) and their logits averaged (``bagged``): one wider head, read the same way."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    heads = []
    for seed in range(seeds):
        clf = MLPClassifier(
            hidden_layer_sizes=(hidden,), alpha=alpha, max_iter=EPOCHS, random_state=seed
        )
        with warnings.catch_warnings():  # a fixed number of epochs, not a convergence test
            warnings.simplefilter("ignore", ConvergenceWarning)
            clf.fit(x, y, sample_weight=weights / weights.mean())
        heads.append(
            ReluHead(
                hidden_w=clf.coefs_[0].astype(np.float32),
                hidden_b=clf.intercepts_[0].astype(np.float32),
                coef=clf.coefs_[1].reshape(-1).astype(np.float32),
                intercept=float(clf.intercepts_[1][0]),
            )
        )
    return heads[0] if seeds == 1 else bagged(heads)


def bagged(heads: list[ReluHead]) -> ReluHead:
    """One head whose logit is the mean of ``heads``' logits: their hidden units side by side,
    each output weight divided by their number. A retrain's spread between seeds (about 0.03
    of out-of-fold recall for the warning-sign head) is what the mean smooths."""
    k = len(heads)
    return ReluHead(
        hidden_w=np.hstack([h.hidden_w for h in heads]),
        hidden_b=np.concatenate([h.hidden_b for h in heads]),
        coef=(np.concatenate([h.coef for h in heads]) / k).astype(np.float32),
        intercept=float(np.mean([h.intercept for h in heads])),
    )
