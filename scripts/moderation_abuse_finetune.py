"""Does fine-tuning MiniLM's top layers for abuse generalise? One fold, frozen head beside it.

    python scripts/moderation_abuse_finetune.py ../shared/eval [--steps 400] [--lr 5e-5]
        [--layers 2] [--fold 0] [--cache /tmp/abuse_bottom.pt]

The shipped abuse head is a logistic regression over *frozen* MiniLM embeddings of the
whole text (``moderation.training.heads``). This script trains the top ``--layers`` encoder
layers and a linear head (torch, training time only) on the same corpus rows, targets and
weights (``training.corpus``), on every fold but ``--fold``, with the trainer of the warning
signs (``training.warning_signs_finetune``: lower layers run once, batches of 16 positives
and 48 negatives, class-balanced loss, head initialised from the frozen logistic
regression). Both models then score the held-out fold and the functional suites, which were
never trained on: the blind HateCheck-style suite (``hate_blind``), the generalisation suite
(``hate_generalise``) and the neutral identity mentions (``identity_mentions``). Each model's
line is chosen on the held-out fold by the shipped head's rule (``heads.choose_threshold``).
Printed: per source and label, rows at or above the line; per suite, accuracy, recall and
false alarms of the head alone (no rules), held-back parts as rates only. Nothing is saved:
it measures (README, "Fine-tuning the abuse encoder").
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderation.embedding.sentence_head import SentenceHead
from moderation.training import warning_signs_finetune as tuning
from moderation.training.corpus import abuse_target, fold_of, load_corpus
from moderation.training.heads import TrainOptions, choose_threshold, embedding_text
from tests.moderation.functional.hate_blind import DEV as BLIND_DEV
from tests.moderation.functional.hate_blind import HELD_BACK as BLIND_HELD
from tests.moderation.functional.hate_functional import HATEFUL
from tests.moderation.functional.hate_generalise import DEV as GEN_DEV
from tests.moderation.functional.hate_generalise import HELD_BACK as GEN_HELD
from tests.moderation.functional.identity_mentions import DEV as MENTIONS_DEV
from tests.moderation.functional.identity_mentions import HELD_BACK as MENTIONS_HELD

# The shipped abuse head's budgets (``training.train``): hate-set ``ok`` rows, benign health
# and support text, ordinary text.
MAX_FPR = {
    "abuse": TrainOptions.abuse_fpr,
    "benign": TrainOptions.benign_fpr,
    "ordinary": TrainOptions.ordinary_fpr,
}
SUITES = {
    "blind-dev": BLIND_DEV,
    "blind-held": BLIND_HELD,
    "gen-dev": GEN_DEV,
    "gen-held": GEN_HELD,
}
MENTIONS = {"mentions-dev": MENTIONS_DEV, "mentions-held": MENTIONS_HELD}


def bottom_states(encoder: tuning.Encoder, texts: Sequence[str], cache: Path | None) -> list:
    """Token states below the tuned layers (the tokenizer's first ``MAX_TOKENS``), cached on
    disk."""
    import torch

    if cache is not None and cache.exists():
        return torch.load(cache)
    states = encoder.bottom(texts)
    if cache is not None:
        torch.save(states, cache)
    return states


def probabilities(x: np.ndarray, coef: np.ndarray, bias: float) -> np.ndarray:
    return SentenceHead(coef, bias, threshold=0.5).probability(x)


def report(name: str, rows: list[dict], scores: np.ndarray, suite_scores: np.ndarray) -> None:
    t = choose_threshold("abuse", rows, scores, MAX_FPR)
    print(f"== {name}: line {t:.3f} (chosen on the held-out fold)")
    pairs = sorted({(r["source"], r["label"]) for r in rows})
    for source, label in pairs:
        m = np.array([(r["source"], r["label"]) == (source, label) for r in rows])
        print(
            f"   {source:25s} {label:10s} {m.sum():5d} rows, {(scores[m] >= t).mean():6.1%} raised"
        )
    offset = 0
    for suite, cases in SUITES.items():
        s = suite_scores[offset : offset + len(cases)]
        offset += len(cases)
        hateful = np.array([c.label == HATEFUL for c in cases])
        raised = s >= t
        print(
            f"   {suite:13s} accuracy {(raised == hateful).mean():.3f}, recall "
            f"{raised[hateful].mean():.3f}, false alarms {raised[~hateful].mean():.3f}"
        )
    for suite, texts in MENTIONS.items():
        s = suite_scores[offset : offset + len(texts)]
        offset += len(texts)
        print(f"   {suite:13s} {(s >= t).sum()} of {len(texts)} neutral mentions raised")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--layers", type=int, default=2)
    parser.add_argument("--steps", type=int, default=400)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--fold", type=int, default=0, help="the held-out fold (of 5)")
    parser.add_argument("--cache", type=Path, default=None, help="lower layers' states")
    args = parser.parse_args(argv)
    from sklearn.linear_model import LogisticRegression

    rows = [r for r in load_corpus(args.folder) if abuse_target(r) is not None]
    y = np.array([abuse_target(r)[0] for r in rows])
    w = np.array([abuse_target(r)[1] for r in rows])
    held = np.array([fold_of(r, 5) == args.fold for r in rows])
    encoder = tuning.Encoder(args.layers)
    states = bottom_states(encoder, [embedding_text(r["text"]) for r in rows], args.cache)
    suite_texts = [c.text for cases in SUITES.values() for c in cases]
    suite_texts += [t for texts in MENTIONS.values() for t in texts]
    suite_states = encoder.bottom([embedding_text(t) for t in suite_texts])
    frozen = tuning.vectors(encoder.top(), states)
    clf = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced")
    clf.fit(frozen[~held], y[~held], sample_weight=w[~held])
    coef, bias = clf.coef_[0].astype(np.float32), float(clf.intercept_[0])
    held_rows = [r for r, h in zip(rows, held, strict=True) if h]
    report(
        "frozen MiniLM, logistic head",
        held_rows,
        probabilities(frozen[held], coef, bias),
        probabilities(tuning.vectors(encoder.top(), suite_states), coef, bias),
    )
    train = np.where(~held)[0]
    top, head = tuning.train_fold(
        encoder, [states[i] for i in train], y[train], w[train], (coef, bias), args.steps, args.lr
    )
    tuned_coef = head.weight.detach().numpy().reshape(-1)
    tuned_bias = float(head.bias.detach().numpy()[0])
    report(
        f"top {args.layers} layers tuned, {args.steps} steps, lr {args.lr:g}",
        held_rows,
        probabilities(
            tuning.vectors(top, [states[i] for i in np.where(held)[0]]), tuned_coef, tuned_bias
        ),
        probabilities(tuning.vectors(top, suite_states), tuned_coef, tuned_bias),
    )


if __name__ == "__main__":
    main()
