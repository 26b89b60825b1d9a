"""The shipped warning-sign classifier and the helpers that trained it."""

from __future__ import annotations

import numpy as np
import pytest

from moderation.embedding.minilm import model_dir, shared_encoder
from moderation.embedding.sentence_head import SentenceHead, save_head
from moderation.normalize import normalize
from moderation.training.warning_signs import choose_threshold, fit, fit_head, row_max
from moderation.warning_signs.catalogue import CATALOGUE
from moderation.warning_signs.head import load_head
from moderation.warning_signs.loader import load_warning_sign_matcher


def test_shipped_head_carries_its_out_of_fold_figures() -> None:
    loaded = load_head()
    assert loaded is not None
    head, figures = loaded
    assert head.hidden is not None and head.hidden[0].shape == (384, figures["hidden"])
    assert head.coef.shape == (figures["hidden"],)
    assert figures["threshold"] == pytest.approx(head.threshold)
    # the threshold was chosen for the stated budget of benign rows, out of fold
    assert figures["benign_rows_raised_oof"] <= figures["budget"] * figures["benign_rows"]
    assert figures["catalogue_positives"] == sum(len(w.phrasings) for w in CATALOGUE)
    # the written warning signs are positives too, their look-alikes negatives
    assert figures["positives"] > figures["catalogue_positives"] + 400
    assert figures["written"]["positives_oof_recall"] > figures["written"]["lookalikes_raised_oof"]


def test_save_and_load_round_trip(tmp_path) -> None:
    head = SentenceHead(np.arange(384, dtype=np.float32) / 384, -0.5, 0.7)
    save_head(tmp_path / "h.npz", head, {"threshold": 0.7})
    back, figures = load_head(tmp_path / "h.npz")
    assert np.allclose(back.coef, head.coef) and back.intercept == -0.5
    assert back.threshold == 0.7 and figures == {"threshold": 0.7}
    assert load_head(tmp_path / "missing.npz") is None


def test_hidden_layer_round_trips_and_applies_relu(tmp_path) -> None:
    hidden = (np.eye(384, 2, dtype=np.float32), np.array([0.0, -10.0], dtype=np.float32))
    head = SentenceHead(np.array([2.0, 5.0], dtype=np.float32), -1.0, 0.7, hidden=hidden)
    save_head(tmp_path / "h.npz", head, {"threshold": 0.7})
    back, _ = load_head(tmp_path / "h.npz")
    assert back.hidden is not None and np.allclose(back.hidden[0], hidden[0])
    x = np.zeros((1, 384), dtype=np.float32)
    x[0, 0], x[0, 1] = 1.0, 1.0  # unit 0: 1.0; unit 1: 1.0 - 10 -> 0 after the ReLU
    assert back.probability(x) == pytest.approx(1 / (1 + np.exp(-(2.0 - 1.0))))


def test_fit_head_with_hidden_units_is_reproducible() -> None:
    rng = np.random.default_rng(0)
    x = np.vstack([rng.normal(1, 1, (20, 8)), rng.normal(-1, 1, (200, 8))])
    y = np.array([1] * 20 + [0] * 200)
    a, b = (fit_head(x, y, np.ones(len(y)), hidden=4) for _ in range(2))
    assert a.hidden is not None and np.array_equal(a.hidden[0], b.hidden[0])
    p = a.probability(x)
    assert p[:20].mean() > 0.5 > p[20:].mean()


def test_score_is_the_mean_of_probability_and_nearest_similarity() -> None:
    head = SentenceHead(np.zeros(384, dtype=np.float32), 0.0, 0.7)  # p = 0.5 everywhere
    vectors = np.ones((2, 384), dtype=np.float32)
    assert np.allclose(head.score(vectors, np.array([0.9, 0.1])), [0.7, 0.3])


def test_choose_threshold_keeps_the_budget() -> None:
    benign = np.concatenate([np.zeros(990), np.linspace(0.5, 0.99, 10)])
    t = choose_threshold(benign, budget=0.005)
    assert (benign >= t).mean() <= 0.005
    assert (benign >= t - 0.005).mean() > 0.005  # the lowest such threshold on the grid


def test_row_max_takes_each_rows_best_sentence() -> None:
    owners = np.array([0, 0, 2])
    assert row_max(owners, np.array([0.2, 0.7, 0.4], dtype=np.float32), 3).tolist() == [
        pytest.approx(0.7),
        0.0,
        pytest.approx(0.4),
    ]


def test_fit_balances_the_classes() -> None:
    rng = np.random.default_rng(0)
    x = np.vstack([rng.normal(1, 1, (5, 4)), rng.normal(-1, 1, (200, 4))])
    y = np.array([1] * 5 + [0] * 200)
    coef, b = fit(x, y, np.ones(len(y)))
    p = 1 / (1 + np.exp(-(x @ coef + b)))
    assert p[:5].mean() > 0.5 > p[5:].mean()  # the 5 positives are not swamped


def test_loader_uses_the_classifier_and_names_the_item() -> None:
    assert model_dir() is not None, "the MiniLM weights are needed (README: moderation)"
    matcher = load_warning_sign_matcher()
    assert matcher is not None and matcher.head is not None
    assert matcher.bank.encoder is shared_encoder()
    [signals] = matcher.signals([normalize("everyone would be better off if i wasn't around.")])
    assert signals and "being a burden" in signals[0].detail
    assert "classifier score" in signals[0].detail


def test_only_the_sign_sentence_of_a_written_sign_trains() -> None:
    """A written sign inside a longer post trains through its sentence nearest a catalogue
    phrasing; the treatment news around it is left out, never taught as a sign. Catalogue
    phrasings and look-alikes all keep their weight."""
    from moderation.training.warning_signs import Dataset, sign_sentences

    data = Dataset()
    data.add("i want to end my life", 1, 1.0, "sign/i want to end my life")
    post = "Counts are climbing slowly. I've decided I won't be here for the next scan."
    data.add("counts are climbing slowly.", 1, 1.0, f"written1/{post}")
    data.add("i've decided i won't be here for the next scan.", 1, 1.0, f"written1/{post}")
    data.add("she finished chemo today.", 0, 1.0, "written0/she finished chemo today.")
    x = np.asarray(shared_encoder().embed(data.texts))
    keep = sign_sentences(x, data, data.signs())
    assert keep.tolist() == [True, False, True, True]
