"""Train the MiniLM heads (abuse, crisis): logistic regression on sentence embeddings.

Rows come from the eval data directory (read in place, never copied). The split is the same
stable author/id hash as the linear model's (``train.split_of``): 20% of authors are held out
for validation, thresholds are chosen there, and the validation figures are stored in the
heads file's metadata. ``domain_cases.jsonl`` is never trained on (it is the project's own
acceptance set), nor are C-SSRS ``indicator`` users (no ideation label either way).

abuse:  positives Davidson hate (``abusive``) and OLID targeted insults; negatives every
        ``ok`` row, OLID ``profane`` (untargeted swearing is allowed here) and C-SSRS posts
        (talk of death is not abuse). Davidson ``offensive`` (noisy: it over-labels dialect and
        plain swearing) is embedded only as a 20% sample, chosen with the same hash as the
        split, so the whole sample lands in validation: it is measured, never trained on.
crisis: positives posts of C-SSRS users labelled ideation/behaviour/attempt (labels are per
        user, so many positive posts are mild: the head learns the register of despair);
        negatives C-SSRS supportive users, the benign health sets, and the abuse data.
        The head is trained on sentence-aligned chunks (``moderation.embedding.chunks``; a
        long text's rows share its weight) and a text scores as its best chunk, so a
        disclosure deep inside a long post is read. Its threshold comes from 5-fold
        out-of-fold scores grouped by author (every C-SSRS user is scored by a model that never
        saw them), and those out-of-fold figures are what the metadata reports; the shipped
        head is then fitted on every row.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from ..backends.minilm import calibrate, load_head_dicts, save_heads
from ..embedding.chunks import CHUNK_TOKENS, long_text_chunks
from ..embedding.minilm import WordPiece, model_dir
from ..normalize import normalize
from .embeddings import embed_texts

FILES = (
    "davidson.jsonl",
    "olid_train.jsonl",
    "cssrs.jsonl",
    "medquad.jsonl",
    "goemotions_sad.jsonl",
    "counselchat.jsonl",
)
BENIGN = {"medquad", "goemotions", "counselchat"}
CV_FOLDS = 5


def _unit_hash(key: str) -> float:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF


def keep(row: dict) -> bool:
    """Davidson 'offensive' (77% of Davidson): only the validation-side 20% (see above)."""
    if row["source"] == "davidson" and row["label"] == "offensive":
        return _unit_hash(str(row["id"])) < 0.2
    return True


def load_rows(data_dir: Path) -> dict[str, list[dict]]:
    out = {}
    for name in FILES:
        path = data_dir / name
        if not path.exists():
            print(f"skipping missing {path}", file=sys.stderr)
            continue
        with path.open(encoding="utf-8") as f:
            out[name] = [r for r in (json.loads(line) for line in f if line.strip()) if keep(r)]
    return out


def embedding_text(text: str) -> str:
    """What the MiniLM backend embeds: the normalised text (evasions undone)."""
    return normalize(text).text


def abuse_target(row: dict) -> tuple[int, float] | None:
    src, label = row["source"], row["label"]
    if label == "abusive":
        return 1, 2.0 if src == "davidson" else 1.0
    if label == "offensive":
        return None  # validation only (see the module docstring)
    if label in ("ok", "profane"):
        return 0, 1.0
    if src == "cssrs":
        return 0, 0.5
    return None


def crisis_target(row: dict) -> tuple[int, float] | None:
    src, label = row["source"], row["label"]
    if label == "indicator":
        return None
    if src == "cssrs":
        return (1, 1.0) if label == "crisis" else (0, 2.0)
    if src in BENIGN:
        return 0, 3.0
    return 0, 0.3


def fold_of(row: dict, k: int = CV_FOLDS) -> int:
    """A stable fold per author (or per row without one), independent of ``split_of``."""
    return int(_unit_hash("fold:" + str(row.get("group") or row.get("id"))) * k) % k


def chunk_instances(
    texts: list[str], x: np.ndarray, cache: Path | None
) -> tuple[np.ndarray, np.ndarray]:
    """One vector per chunk of each long text (its own vector for a short one), and owners."""
    pieces, owners = long_text_chunks(texts, WordPiece(model_dir() / "vocab.txt"))
    single = sorted(set(range(len(texts))) - set(owners))
    vectors = embed_texts(pieces, cache) if pieces else np.zeros((0, x.shape[1]), np.float32)
    return np.vstack([x[single], vectors]), np.array(single + owners)


def train_crisis(
    rows: list[dict], texts: list[str], x: np.ndarray, cache: Path | None, C: float, max_fpr: float
) -> tuple[dict, np.ndarray]:
    """The chunked crisis head and its out-of-fold probability for every row (see above)."""
    from sklearn.linear_model import LogisticRegression

    y, use, w = _targets(rows, crisis_target)
    inst_x, owner = chunk_instances(texts, x, cache)
    per_text = np.bincount(owner, minlength=len(rows))
    inst_y, inst_use = y[owner], use[owner]
    inst_w = w[owner] / np.sqrt(per_text[owner])
    folds = np.array([fold_of(r) for r in rows])

    def fit(mask: np.ndarray):
        clf = LogisticRegression(C=C, max_iter=4000, class_weight="balanced")
        clf.fit(inst_x[mask], inst_y[mask], sample_weight=inst_w[mask])
        return clf

    def best_chunk(clf) -> np.ndarray:
        best = np.zeros(len(rows))
        np.maximum.at(best, owner, clf.predict_proba(inst_x)[:, 1])
        return best

    out_of_fold = np.zeros(len(rows))
    for k in range(CV_FOLDS):
        held = folds == k
        out_of_fold[held] = best_chunk(fit(inst_use & ~held[owner]))[held]
    benign = np.array([r["source"] in BENIGN for r in rows])
    threshold = threshold_for_fpr(out_of_fold[benign], max_fpr)
    clf = fit(inst_use)
    head = {
        "coef": clf.coef_[0],
        "intercept": float(clf.intercept_[0]),
        "threshold": threshold,
        "chunked": True,
    }
    return head, out_of_fold


def threshold_for_fpr(neg_scores: np.ndarray, max_fpr: float) -> float:
    s = np.sort(neg_scores)
    idx = int(np.ceil(len(s) * (1 - max_fpr))) - 1
    return float(min(0.995, max(0.05, s[min(max(idx, 0), len(s) - 1)] + 1e-6)))


def train_abuse(
    rows: list[dict],
    texts: list[str],
    x: np.ndarray,
    tr: np.ndarray,
    va: np.ndarray,
    max_fpr: float,
    hidden: int,
) -> tuple[dict, np.ndarray]:
    """A small ReLU network on the training split, averaged with the n-gram model and
    alt-profanity-check; threshold on validation ``ok`` rows of Davidson and OLID."""
    from sklearn.neural_network import MLPClassifier

    from ..backends.minilm import ensemble_members

    y, use, w = _targets(rows, abuse_target)
    # MLPClassifier has no sample weights: repeat the heavier rows instead (weights 2 -> x2).
    idx = np.where(tr & use)[0]
    idx = np.concatenate([idx, idx[w[idx] >= 2.0]])
    mlp = MLPClassifier(
        hidden_layer_sizes=(hidden,),
        alpha=1e-3,
        max_iter=60,
        early_stopping=True,
        random_state=0,
    )
    mlp.fit(x[idx], y[idx])
    members = [np.asarray(m(texts)) for m in ensemble_members()]
    p_abuse = (mlp.predict_proba(x)[:, 1] + sum(members)) / (1 + len(members))
    neg = va & np.array([r["label"] == "ok" and r["source"] in ("davidson", "olid") for r in rows])
    head = {
        "hidden_w": mlp.coefs_[0],
        "hidden_b": mlp.intercepts_[0],
        "coef": mlp.coefs_[1][:, 0],
        "intercept": float(mlp.intercepts_[1][0]),
        "ensemble": True,
        "threshold": threshold_for_fpr(p_abuse[neg], max_fpr),
    }
    return head, p_abuse


HEAD_NAMES = ("abuse", "crisis")


def train_heads(
    data_dir: Path,
    out: Path,
    split_of,
    cache: Path | None,
    abuse_fpr: float = 0.036,
    crisis_fpr: float = 0.008,
    crisis_C: float = 0.3,
    abuse_hidden: int = 256,
    only: tuple[str, ...] = HEAD_NAMES,
) -> dict:
    """Fit the heads named in ``only`` (see the module docstring), keep the others from the
    existing ``out`` file, and save them all there."""
    unknown = set(only) - set(HEAD_NAMES)
    if unknown or not only:
        raise ValueError(f"heads to train: expected some of {HEAD_NAMES}, got {only}")
    files = load_rows(data_dir)
    rows: list[dict] = []
    texts: list[str] = []
    vecs = []
    for _name, file_rows in files.items():
        file_texts = [embedding_text(r["text"]) for r in file_rows]
        vecs.append(embed_texts(file_texts, cache))  # cached per file
        rows += file_rows
        texts += file_texts
    x = np.vstack(vecs)
    split = np.array([split_of(r) for r in rows])
    tr, va = split == "train", split == "val"
    heads, meta_val, params = {}, {}, {}
    if set(only) != set(HEAD_NAMES):
        heads, old_meta = load_head_dicts(out)
        meta_val, params = dict(old_meta["validation"]), dict(old_meta["params"])
        heads = {k: v for k, v in heads.items() if k not in only}
    rows_va = [r for r, m in zip(rows, va, strict=True) if m]
    if "abuse" in only:
        heads["abuse"], p_abuse = train_abuse(rows, texts, x, tr, va, abuse_fpr, abuse_hidden)
        meta_val["abuse"] = report("abuse", rows_va, p_abuse[va], heads["abuse"]["threshold"])
        params.update(abuse_hidden=abuse_hidden, abuse_max_fpr=abuse_fpr)
    if "crisis" in only:
        # logistic regression on chunks (a network memorised the training users).
        heads["crisis"], oof = train_crisis(rows, texts, x, cache, crisis_C, crisis_fpr)
        meta_val["crisis"] = report("crisis, out of fold", rows, oof, heads["crisis"]["threshold"])
        params.update(
            crisis_C=crisis_C,
            crisis_max_fpr=crisis_fpr,
            crisis_chunk_tokens=CHUNK_TOKENS,
            crisis_cv_folds=CV_FOLDS,
        )
    meta = {
        "trained_on": list(files),
        "rows_train": int(tr.sum()),
        "rows_val": int(va.sum()),
        "encoder": "all-MiniLM-L6-v2 (numpy, 128 tokens, mean pooled, L2; crisis per chunk)",
        "validation": meta_val,
        "params": params,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    save_heads(out, heads, meta)
    print(f"wrote {out} ({out.stat().st_size / 1e3:.0f} kB)")
    return {"heads": heads, "rows": rows, "x": x, "split": split}


def _targets(rows: list[dict], fn) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    t = [fn(r) for r in rows]
    use = np.array([v is not None for v in t])
    y = np.array([v[0] if v else 0 for v in t])
    w = np.array([v[1] if v else 0.0 for v in t])
    return y, use, w


def report(name: str, rows: list[dict], probs: np.ndarray, threshold: float) -> dict:
    buckets: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    users: dict[tuple[str, str], dict] = defaultdict(lambda: {"hit": False})
    for r, p in zip(rows, probs, strict=True):
        b = buckets[(r["source"], r["label"])]
        b[0] += int(p >= threshold)
        b[1] += 1
        if r["source"] == "cssrs":
            u = users[(r["label"], r["group"])]
            u["hit"] = bool(u["hit"] or p >= threshold)
    numbers = {}
    print(f"validation, {name} head (threshold {threshold:.3f}, calibrated to 0.5):")
    for (src, label), (hit, n) in sorted(buckets.items()):
        numbers[f"{src}/{label}"] = {"flagged": hit, "n": n, "rate": round(hit / n, 4)}
        print(f"  {src:12s} {label:10s} {hit:6d}/{n:<6d} {hit / n:6.1%}")
    per_label: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (label, _), u in users.items():
        per_label[label][0] += int(u["hit"])
        per_label[label][1] += 1
    for label, (hit, n) in sorted(per_label.items()):
        numbers[f"cssrs users/{label}"] = {"flagged": hit, "n": n, "rate": round(hit / n, 4)}
        print(f"  cssrs users  {label:10s} {hit:6d}/{n:<6d} {hit / n:6.1%}")
    return numbers


__all__ = ["calibrate", "train_heads"]
