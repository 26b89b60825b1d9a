"""The shared one-ReLU-layer fit: deterministic, scale-free weights, learns what a line cannot."""

import numpy as np

from moderation.embedding.sentence_head import relu_logistic
from moderation.training.relu_head import ReluHead, bagged, fit_relu_head


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


def _logit(head: ReluHead, x: np.ndarray) -> np.ndarray:
    return np.maximum(x @ head.hidden_w + head.hidden_b, 0.0) @ head.coef + head.intercept


def test_a_bag_is_one_wider_head_whose_logit_is_the_mean_of_its_members():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(50, 6)).astype(np.float32)
    members = [
        ReluHead(
            rng.normal(size=(6, 4)).astype(np.float32),
            rng.normal(size=4).astype(np.float32),
            rng.normal(size=4).astype(np.float32),
            float(rng.normal()),
        )
        for _ in range(3)
    ]
    bag = bagged(members)
    assert bag.hidden_w.shape == (6, 12) and bag.coef.shape == (12,)
    expected = np.mean([_logit(m, x) for m in members], axis=0)
    np.testing.assert_allclose(_logit(bag, x), expected, rtol=1e-5, atol=1e-5)


def test_seeds_start_from_the_single_fit_and_add_networks():
    x, y = _xor()
    w = np.ones(len(y))
    alone = fit_relu_head(x, y, w, hidden=16, alpha=0.01)
    bag = fit_relu_head(x, y, w, hidden=16, alpha=0.01, seeds=3)
    assert bag.hidden_w.shape == (6, 48)
    assert np.array_equal(bag.hidden_w[:, :16], alone.hidden_w)
    assert not np.array_equal(bag.hidden_w[:, 16:32], alone.hidden_w)
    p = relu_logistic(x, bag.coef, bag.intercept, (bag.hidden_w, bag.hidden_b))
    assert ((p >= 0.5) == y).mean() > 0.9
