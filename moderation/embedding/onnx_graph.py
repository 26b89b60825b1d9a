"""The MiniLM forward pass as an onnxruntime session, built once from the installed weights.

Nothing is shipped or downloaded: ``build_model`` writes the BERT graph (the same computation
as ``MiniLM._forward``: embeddings + LayerNorm, 6 post-LN encoder layers, mean pooling, L2)
with the ``onnx`` helper API around the installed package's weights, and ``int8`` applies
onnxruntime's dynamic quantisation (int8 weights for every MatMul, activations quantised per
call). The session runs in C++ with fused kernels, several times faster than numpy. The model
file is built once per weights file, in a child process, into ``$XDG_CACHE_HOME/hearth``
(default ``~/.cache/hearth``); later loads only read it.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

OPSET = 18
# 2: int8 weights stored as uint8 + 128 (``unsigned_weights``), the same integers on every CPU.
GRAPH_VERSION = 2


def build_model(
    weights: dict[str, np.ndarray], layers: int, heads: int, tuned_from: int | None = None
):
    """An ``onnx.ModelProto``: inputs ``ids`` (int64 n x t), ``mask`` (float n x t); output
    ``embedding`` (n x dim, unit length).

    With ``tuned_from`` K (and weights ``t{i}.*`` for the layers i >= K) the output is
    n x 2*dim: the original embedding, then the embedding through the tuned layers, which read
    the same states after layer K - 1 (the layers below are computed once for both).
    """
    from onnx import TensorProto, helper, numpy_helper

    nodes, inits = [], []

    def const(name: str, value: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.require(value, requirements="C"), name))
        return name

    def node(op: str, inputs: list[str], out: str, **attrs) -> str:
        nodes.append(helper.make_node(op, inputs, [out], **attrs))
        return out

    def layer_norm(x: str, g: np.ndarray, b: np.ndarray, name: str) -> str:
        return node(
            "LayerNormalization",
            [x, const(f"{name}.g", g), const(f"{name}.b", b)],
            f"{name}.out",
            axis=-1,
            epsilon=1e-12,
        )

    word, pos, type0, emb_g, emb_b = (weights[k] for k in ("word", "pos", "type0", "ln_g", "ln_b"))
    dim = word.shape[1]
    d = dim // heads
    x = node("Gather", [const("word", word), "ids"], "tok")
    shape = node("Shape", ["ids"], "ids_shape")
    t = node("Gather", [shape, const("one", np.array(1, np.int64))], "t", axis=0)
    t1 = node("Unsqueeze", [t, const("ax0", np.array([0], np.int64))], "t1")
    p = node("Slice", [const("pos", pos), const("zero1", np.array([0], np.int64)), t1], "p")
    x = node("Add", [x, p], "xp")
    x = node("Add", [x, const("type0", type0)], "xt")
    x = layer_norm(x, emb_g, emb_b, "emb_ln")
    one_minus = node("Sub", [const("f1", np.array(1.0, np.float32)), "mask"], "inv_mask")
    bias = node("Mul", [one_minus, const("neg", np.array(-1e4, np.float32))], "bias2")
    bias = node("Unsqueeze", [bias, const("ax12", np.array([1, 2], np.int64))], "bias")
    split_shape = const("split_shape", np.array([0, 0, 3, heads, d], np.int64))
    merge_shape = const("merge_shape", np.array([0, 0, dim], np.int64))
    scale = const("scale", np.array(1.0 / math.sqrt(d), np.float32))

    def encoder_layer(x: str, pre: str) -> str:
        w = {k: v for k, v in weights.items() if k.startswith(pre)}
        qkv = node("MatMul", [x, const(pre + "qkv_w", w[pre + "qkv_w"])], pre + "qkv0")
        qkv = node("Add", [qkv, const(pre + "qkv_b", w[pre + "qkv_b"])], pre + "qkv1")
        qkv = node("Reshape", [qkv, split_shape], pre + "qkv2")
        qkv = node("Transpose", [qkv], pre + "qkv3", perm=[2, 0, 3, 1, 4])
        q, k, v = (
            node("Gather", [qkv, const(f"{pre}i{j}", np.array(j, np.int64))], f"{pre}{n}", axis=0)
            for j, n in enumerate("qkv")
        )
        kt = node("Transpose", [k], pre + "kt", perm=[0, 1, 3, 2])
        att = node("MatMul", [q, kt], pre + "att0")
        att = node("Mul", [att, scale], pre + "att1")
        att = node("Add", [att, bias], pre + "att2")
        att = node("Softmax", [att], pre + "att3", axis=-1)
        ctx = node("MatMul", [att, v], pre + "ctx0")
        ctx = node("Transpose", [ctx], pre + "ctx1", perm=[0, 2, 1, 3])
        ctx = node("Reshape", [ctx, merge_shape], pre + "ctx2")
        o = node("MatMul", [ctx, const(pre + "o_w", w[pre + "o_w"])], pre + "o0")
        o = node("Add", [o, const(pre + "o_b", w[pre + "o_b"])], pre + "o1")
        o = node("Add", [o, x], pre + "o2")
        x = layer_norm(o, w[pre + "ln1_g"], w[pre + "ln1_b"], pre + "ln1")
        h = node("MatMul", [x, const(pre + "i_w", w[pre + "i_w"])], pre + "h0")
        h = node("Add", [h, const(pre + "i_b", w[pre + "i_b"])], pre + "h1")
        h = _gelu(node, const, h, pre)
        f = node("MatMul", [h, const(pre + "f_w", w[pre + "f_w"])], pre + "f0")
        f = node("Add", [f, const(pre + "f_b", w[pre + "f_b"])], pre + "f1")
        f = node("Add", [f, x], pre + "f2")
        return layer_norm(f, w[pre + "ln2_g"], w[pre + "ln2_b"], pre + "ln2")

    m3 = node("Unsqueeze", ["mask", const("ax2", np.array([2], np.int64))], "mask3")
    const("ax1", np.array([1], np.int64))
    count = node("ReduceSum", ["mask", "ax1"], "count", keepdims=1)
    count = node("Max", [count, const("tiny", np.array(1e-9, np.float32))], "count1")
    tiny = const("tiny2", np.array(1e-12, np.float32))

    def pooled(x: str, pre: str, out: str) -> str:
        """Mean over real tokens, L2-normalised."""
        masked = node("Mul", [x, m3], pre + "masked")
        summed = node("ReduceSum", [masked, "ax1"], pre + "sum", keepdims=0)
        mean = node("Div", [summed, count], pre + "pooled")
        norm = node("ReduceL2", [mean, "ax1"], pre + "norm", keepdims=1)
        norm = node("Max", [norm, tiny], pre + "norm1")
        return node("Div", [mean, norm], out)

    below = None
    for i in range(layers):
        if i == tuned_from:
            below = x
        x = encoder_layer(x, f"l{i}.")
    if tuned_from is None:
        pooled(x, "", "embedding")
        out_dim = dim
    else:
        tuned = below
        for i in range(tuned_from, layers):
            tuned = encoder_layer(tuned, f"t{i}.")
        both = [pooled(x, "", "general"), pooled(tuned, "t.", "tuned")]
        nodes.append(helper.make_node("Concat", both, ["embedding"], axis=1))
        out_dim = 2 * dim
    graph = helper.make_graph(
        nodes,
        "minilm",
        [
            helper.make_tensor_value_info("ids", TensorProto.INT64, ["n", "t"]),
            helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["n", "t"]),
        ],
        [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["n", out_dim])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = 8
    return model


def _gelu(node, const, h: str, pre: str) -> str:
    """Exact GELU: 0.5 * h * (1 + erf(h / sqrt(2)))."""
    e = node("Div", [h, const(pre + "sqrt2", np.array(math.sqrt(2.0), np.float32))], pre + "g0")
    e = node("Erf", [e], pre + "g1")
    e = node("Add", [e, const(pre + "g_one", np.array(1.0, np.float32))], pre + "g2")
    e = node("Mul", [h, e], pre + "g3")
    return node("Mul", [e, const(pre + "g_half", np.array(0.5, np.float32))], pre + "g4")


def _write(model, path: Path, int8: bool) -> None:
    """Save ``model`` at ``path`` (int8: dynamically quantised), atomically."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
        plain = Path(tmp) / "minilm.onnx"
        plain.write_bytes(model.SerializeToString())
        out = plain
        if int8:
            out = Path(tmp) / "minilm.int8.onnx"
            logging.disable(logging.INFO)  # the quantiser logs every tensor at INFO
            try:
                quantize_dynamic(
                    str(plain),
                    str(out),
                    weight_type=QuantType.QInt8,
                    op_types_to_quantize=["MatMul"],
                    per_channel=True,
                    extra_options={"MatMulConstBOnly": True},
                )
            finally:
                logging.disable(logging.NOTSET)
            from onnx import load, save

            quantised = load(str(out))
            unsigned_weights(quantised)
            save(quantised, str(out))
        os.replace(out, path)


def unsigned_weights(model) -> None:
    """In place: every ``MatMulInteger``'s int8 weights and zero points become uint8 + 128.

    ``MatMulInteger`` multiplies ``(a - a_zero) * (b - b_zero)`` in int32, so shifting both
    ``b`` and its zero point by 128 leaves every product, and so every vector, as it was. The
    shift matters for the CPU: onnxruntime runs uint8 x int8 with ``vpmaddubsw`` on x86 CPUs
    without VNNI (AVX2, AVX-512F), whose int16 sums saturate, so the same model gave vectors
    at cosine 0.97-0.995 to the exact ones there and exact ones on VNNI CPUs: scores near a
    line, and so what was raised, changed with the machine. uint8 x uint8 has no such path:
    the exact integers on every CPU (checked against onnx's reference evaluator in the tests).
    """
    _shift_weights(model, np.int8, np.uint8, 128)


def signed_weights(model) -> None:
    """In place: the inverse of ``unsigned_weights`` (uint8 weights and zero points - 128).

    Only for a CPU whose uint8 x int8 kernel is exact (``signed_kernel_exact``): there it
    gives the very same integers as uint8 x uint8, at about twice the speed.
    """
    _shift_weights(model, np.uint8, np.int8, -128)


def _shift_weights(model, source: type, target: type, by: int) -> None:
    """Every ``MatMulInteger``'s weights and weight zero point of dtype ``source``, shifted by
    ``by`` into dtype ``target`` (the products ``(a - a0)(b - b0)`` are unchanged)."""
    from onnx import numpy_helper

    inits = {i.name: i for i in model.graph.initializer}
    for node in model.graph.node:
        if node.op_type != "MatMulInteger":
            continue
        for name in (node.input[1], node.input[3]):
            value = numpy_helper.to_array(inits[name])
            if value.dtype == source:
                shifted = (value.astype(np.int16) + by).astype(target)
                inits[name].CopyFrom(numpy_helper.from_array(shifted, name))


# The x86 instructions that sum uint8 x int8 products straight into int32 (VPDPBUSD), which
# onnxruntime uses when the CPU has them instead of the saturating int16 pairs.
_VNNI_FLAGS = frozenset({"avx512_vnni", "avx_vnni"})


def signed_kernel_exact(cpuinfo: str | None = None) -> bool:
    """True on an x86-64 CPU with VNNI (read from ``/proc/cpuinfo``, or ``cpuinfo``): its
    uint8 x int8 products are summed exactly. Anywhere else, or when it cannot be told (another
    OS, another architecture), False: the unsigned weights are exact on every CPU."""
    if cpuinfo is None:
        if os.environ.get("HEARTH_INT8_WEIGHTS") == "unsigned":
            return False
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text()
        except OSError:
            return False
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            return bool(_VNNI_FLAGS & set(line.partition(":")[2].split()))
    return False


def cached_model_path(
    folder: Path, int8: bool, tuned: Path | None = None, signed: bool = False
) -> Path:
    """Where the built model for these weights is kept (``$XDG_CACHE_HOME/hearth``); the
    tuned layers' file is keyed by its content (it changes with a checkout, not a reinstall)."""
    st = (folder / "model.safetensors").stat()
    key = f"{folder.resolve()}|{st.st_size}|{st.st_mtime_ns}|{int8}|{GRAPH_VERSION}|{OPSET}"
    if tuned is not None:
        key += "|" + hashlib.sha1(tuned.read_bytes()).hexdigest()
    digest = hashlib.sha1(key.encode()).hexdigest()[:16]
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "hearth"
    kind = ("int8s" if signed else "int8") if int8 else "fp32"
    return base / f"minilm-{kind}-{digest}.onnx"


def ensure_model(
    folder: Path, int8: bool, tuned: Path | None = None, signed: bool | None = None
) -> Path:
    """The onnx model file for the weights in ``folder``, built once in a child process.

    Building holds the float weights several times over (numpy, the graph, its bytes, the
    quantiser's copy); a child process keeps that peak out of the bot's own memory. An int8
    model has its weights signed where that is exact (``signed`` None: ``signed_kernel_exact``),
    made from the unsigned file: the same vectors, faster.
    """
    path = cached_model_path(folder, int8, tuned)
    if not path.exists():
        _build(folder, path, int8, tuned)
    if not int8 or not (signed_kernel_exact() if signed is None else signed):
        return path
    fast = cached_model_path(folder, int8, tuned, signed=True)
    if not fast.exists():
        from onnx import load, save

        model = load(str(path))
        signed_weights(model)
        with tempfile.TemporaryDirectory(dir=fast.parent) as tmp:
            save(model, str(Path(tmp) / fast.name))
            os.replace(Path(tmp) / fast.name, fast)
    return fast


def _build(folder: Path, path: Path, int8: bool, tuned: Path | None) -> None:
    """Write the model file at ``path`` from a child process (``main``)."""
    root = str(Path(__file__).resolve().parents[2])
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
    }
    cmd = [sys.executable, "-m", "moderation.embedding.onnx_graph", str(folder), str(path)]
    cmd += ["int8" if int8 else "fp32", *([str(tuned)] if tuned is not None else [])]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"building {path.name} took over 10 minutes") from exc
    if done.returncode != 0 or not path.exists():
        raise RuntimeError(f"building {path.name} failed: {done.stderr.strip()[-300:]}")


def load_session(path: Path, threads: int = 0):
    """An onnxruntime session for the model file; ``threads`` 0 means one per core."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def main(argv: list[str]) -> int:
    """``python -m moderation.embedding.onnx_graph MODEL_DIR OUT.onnx int8|fp32 [TUNED]``."""
    from .minilm import MiniLM

    folder, out, kind = Path(argv[0]), Path(argv[1]), argv[2]
    tuned = Path(argv[3]) if len(argv) > 3 else None
    encoder = MiniLM(folder, engine="numpy", tuned=tuned)
    model = build_model(
        minilm_weights(encoder),
        len(encoder.layers),
        encoder.heads,
        encoder.tuned_from if tuned is not None else None,
    )
    _write(model, out, int8=kind == "int8")
    return 0


def minilm_weights(encoder) -> dict[str, np.ndarray]:
    """The numpy encoder's arrays under the names ``build_model`` expects."""
    w = {
        "word": encoder.word,
        "pos": encoder.pos,
        "type0": encoder.type0,
        "ln_g": encoder.emb_ln[0],
        "ln_b": encoder.emb_ln[1],
    }
    names = ("qkv_w", "qkv_b", "o_w", "o_b", "ln1", "i_w", "i_b", "f_w", "f_b", "ln2")
    stacks = [("l", 0, encoder.layers)]
    if encoder.tuned_layers:
        stacks.append(("t", encoder.tuned_from, encoder.tuned_layers))
    for prefix, first, layers in stacks:
        for i, layer in enumerate(layers, start=first):
            for name, value in zip(names, layer, strict=True):
                if name.startswith("ln"):
                    w[f"{prefix}{i}.{name}_g"], w[f"{prefix}{i}.{name}_b"] = value
                else:
                    w[f"{prefix}{i}.{name}"] = value
    return {k: np.asarray(v, dtype=np.float32) for k, v in w.items()}


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
