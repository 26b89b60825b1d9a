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
    x: np.ndarray, y: np.ndarray, weights: np.ndarray, hidden: int, alpha: float
) -> ReluHead:
    """Fit ``hidden`` ReLU units (L2 ``alpha``) on ``x``; ``weights`` are rescaled to mean 1,
    so ``alpha`` means the same whatever their scale."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    clf = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=alpha, max_iter=EPOCHS, random_state=0)
    with warnings.catch_warnings():  # a fixed number of epochs, not a convergence test
        warnings.simplefilter("ignore", ConvergenceWarning)
        clf.fit(x, y, sample_weight=weights / weights.mean())
    return ReluHead(
        hidden_w=clf.coefs_[0].astype(np.float32),
        hidden_b=clf.intercepts_[0].astype(np.float32),
        coef=clf.coefs_[1].reshape(-1).astype(np.float32),
        intercept=float(clf.intercepts_[1][0]),
    )
