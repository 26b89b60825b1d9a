"""The fine-tuned warning-sign encoder: one pass gives the shared embedding and the tuned one."""

from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import save_file

from moderation.embedding.minilm import MiniLM, load_safetensors, model_dir, shared_encoder
from moderation.warning_signs import loader
from moderation.warning_signs.head import default_tuned_path, load_tuned_head

TEXTS = [
    "I keep counting the leftover pills from her last round.",
    "nobody would even notice if i was gone tbh",
    "Scan day tomorrow, fingers crossed for clear results!",
    "",
    "word " * 200,
]


def _untouched_top(path: Path, first: int, figures: str | None = None) -> Path:
    """A 'tuned' file whose top layers are the original ones (float16, as shipped)."""
    w = load_safetensors(model_dir() / "model.safetensors")
    pre = "bert." if "bert.embeddings.word_embeddings.weight" in w else ""
    top = {
        k[len(pre) :]: v.astype(np.float16)
        for k, v in w.items()
        if k.startswith(f"{pre}encoder.layer.") and int(k[len(pre) :].split(".")[2]) >= first
    }
    top["head.weight"] = np.zeros(384, np.float32)
    top["head.bias"] = np.zeros(1, np.float32)
    figures = figures or '{"threshold": 0.7, "near_line": 0.65}'
    save_file(top, str(path), metadata={"figures": figures})
    return path


@pytest.fixture(scope="module")
def untouched(tmp_path_factory) -> Path:
    return _untouched_top(tmp_path_factory.mktemp("tuned") / "top.safetensors", 4)


def test_untouched_top_gives_the_shared_embedding_twice(untouched):
    plain = MiniLM(engine="numpy").embed(TEXTS)
    both = MiniLM(engine="numpy", tuned=untouched).embed(TEXTS)
    assert both.shape == (len(TEXTS), 768)
    assert np.allclose(both[:, :384], plain, atol=1e-6)
    assert (both[:, 384:] * plain).sum(1).min() > 0.9999  # float16 copies of the same layers


def test_onnx_dual_graph_matches_the_numpy_forward_pass(untouched, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    reference = MiniLM(engine="numpy", tuned=untouched).embed(TEXTS)
    for engine, floor in (("onnx", 0.9999), ("onnx-int8", 0.97)):
        got = MiniLM(engine=engine, threads=1, tuned=untouched)
        assert got.engine == engine
        vectors = got.embed(TEXTS)
        for half in (slice(0, 384), slice(384, 768)):
            cos = (vectors[:, half] * reference[:, half]).sum(1)
            assert cos.min() > floor, (engine, cos)


def test_dual_graph_is_cached_per_tuned_file(untouched, tmp_path, monkeypatch):
    from moderation.embedding import onnx_graph

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    plain = onnx_graph.cached_model_path(model_dir(), int8=True)
    dual = onnx_graph.cached_model_path(model_dir(), int8=True, tuned=untouched)
    other = _untouched_top(tmp_path / "other.safetensors", 5)
    assert len({plain, dual, onnx_graph.cached_model_path(model_dir(), True, other)}) == 3


def test_fine_tuned_layers_saved_by_training_load_at_run_time(tmp_path):
    """torch's layer names and float16 storage, read back by the numpy forward pass: the tuned
    half is what the trained torch layers compute, and the head's weights come back."""
    import torch

    from moderation.training.warning_signs_finetune import (
        Encoder,
        save_tuned,
        train_fold,
        vectors,
    )

    encoder = Encoder(layers=2, threads=1)
    texts = [t for t in TEXTS if t] * 3
    states = encoder.bottom(texts)
    y = np.array([1, 1, 0, 0] * 3)
    init = (np.zeros(384, np.float32), 0.0)
    top, head = train_fold(encoder, states, y, np.ones(len(y)), init, steps=2, lr=1e-3)
    path = tmp_path / "tuned.safetensors"
    save_tuned(path, encoder.split, top, head, {"threshold": 0.74, "layers": 2})
    assert {int(k.split(".")[2]) for k in load_safetensors(path) if k.startswith("encoder")} == {
        4,
        5,
    }
    expected = vectors(top, states)
    got = MiniLM(engine="numpy", tuned=path).embed(texts)[:, 384:]
    assert (got * expected).sum(1).min() > 0.999
    loaded, figures = load_tuned_head(path)
    assert loaded.tuned and loaded.threshold == 0.74 and figures["layers"] == 2
    with torch.no_grad():
        assert np.allclose(loaded.coef, head.weight.numpy().reshape(-1))


@contextmanager
def _shipped_as(monkeypatch, path: Path):
    """The loader sees ``path`` as the shipped tuned file (its encoder built afresh)."""
    monkeypatch.setattr(loader, "default_tuned_path", lambda: path)
    monkeypatch.setattr(loader, "load_tuned_head", lambda: load_tuned_head(path))
    loader.tuned_encoder.cache_clear()
    try:
        yield path
    finally:
        loader.tuned_encoder.cache_clear()


@pytest.fixture
def with_tuned(untouched, monkeypatch):
    """The loader sees ``untouched`` as the shipped tuned file."""
    with _shipped_as(monkeypatch, untouched) as path:
        yield path


def test_shared_half_of_the_tuned_encoder_is_the_shared_embedding(with_tuned):
    both = loader.tuned_encoder().embed(TEXTS)
    cos = (both[:, :384] * shared_encoder().embed(TEXTS)).sum(1)
    assert cos.min() > 0.999


def test_loader_prefers_a_tuned_file_and_falls_back_without_it(with_tuned, monkeypatch):
    matcher = loader.load_warning_sign_matcher()
    assert matcher.head.tuned and matcher.sentence_encoder is loader.tuned_encoder()
    assert matcher.near_line == 0.65  # corroboration reads the tuned head's own line
    general, for_head = matcher.embed(TEXTS[:3])
    assert general.shape == for_head.shape == (3, 384)
    monkeypatch.setattr(loader, "load_tuned_head", lambda: None)
    frozen = loader.load_warning_sign_matcher()
    assert not frozen.head.tuned and frozen.sentence_encoder is None


def test_no_tuned_file_is_shipped_the_frozen_head_decides():
    """Measured, not shipped (README): end to end the fine-tuned layers did not beat the
    frozen-embedding head. Shipping one means retraining with ``--out`` and new figures."""
    assert not default_tuned_path().exists()
    assert loader.tuned_encoder() is None
    assert not loader.load_warning_sign_matcher().head.tuned


def test_a_tuned_head_without_its_encoder_is_refused(untouched):
    from moderation.warning_signs.matcher import WarningSignMatcher

    head, _ = load_tuned_head(untouched)
    with pytest.raises(ValueError, match="tuned sentence encoder"):
        WarningSignMatcher(shared_encoder(), head=head)


@pytest.fixture
def averaged(tmp_path, monkeypatch):
    """The loader sees a tuned file trained with ``--combine average`` as the shipped one."""
    path = _untouched_top(
        tmp_path / "avg.safetensors",
        4,
        '{"combine": "average", "threshold": 0.71, "near_line": 0.6}',
    )
    with _shipped_as(monkeypatch, path):
        yield path


def test_an_averaged_file_reads_both_halves_with_both_heads(averaged):
    """``--combine average``: the shipped frozen head scores the shared half, the tuned head
    the tuned half, and the decision is their mean at the file's own threshold."""
    from moderation.warning_signs.head import AveragedHead, load_head

    matcher = loader.load_warning_sign_matcher()
    assert isinstance(matcher.head, AveragedHead)
    assert matcher.head.threshold == 0.71 and matcher.near_line == 0.6
    general, for_head = matcher.embed(TEXTS[:3])
    assert general.shape == (3, 384) and for_head.shape == (3, 768)
    assert np.array_equal(for_head[:, :384], general)
    frozen, _ = load_head()
    # the untouched tuned head has zero weights: probability 0.5 on the tuned half
    expected = 0.5 * (frozen.probability(general) + 0.5)
    assert np.allclose(matcher.head.probability(for_head), expected, atol=1e-6)
    nearest = np.array([0.2, 0.4, 0.6])
    assert np.allclose(matcher.head.score(for_head, nearest), 0.5 * (expected + nearest))
    # end to end: a batch is scored without error, and plain chat stays quiet
    from moderation.normalize import normalize

    assert matcher.signals([normalize("Scan day tomorrow, fingers crossed!")]) == [[]]


def test_an_averaged_file_without_the_frozen_head_is_refused(averaged, tmp_path):
    with pytest.raises(FileNotFoundError, match="frozen head"):
        load_tuned_head(averaged, frozen_path=tmp_path / "missing.npz")
