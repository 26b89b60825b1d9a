"""The shared one-ReLU-layer fit: deterministic, scale-free weights, learns what a line cannot."""

import numpy as np

from moderation.embedding.sentence_head import relu_logistic
from moderation.training.relu_head import fit_relu_head


def _xor(n: int = 2000) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(1)
    x = rng.normal(size=(n, 6)).astype(np.float32)
    return x, ((x[:, 0] > 0) != (x[:, 1] > 0)).astype(int)


def test_a_refit_writes_the_same_weights_whatever_the_weight_scale():
    x, y = _xor()
    w = np.random.default_rng(2).uniform(0.5, 1.5, size=len(y))
    first = fit_relu_head(x, y, w, hidden=8, alpha=0.01)
    again = fit_relu_head(x, y, w * 7.0, hidden=8, alpha=0.01)
    for a, b in zip(first, again, strict=True):
        assert np.array_equal(np.asarray(a), np.asarray(b))
    assert first.hidden_w.dtype == np.float32 and first.hidden_w.shape == (6, 8)


def test_it_learns_a_boundary_no_straight_line_draws():
    x, y = _xor()
    head = fit_relu_head(x, y, np.ones(len(y)), hidden=16, alpha=0.01)
    p = relu_logistic(x, head.coef, head.intercept, (head.hidden_w, head.hidden_b))
    assert ((p >= 0.5) == y).mean() > 0.9
