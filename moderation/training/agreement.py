"""Choose ``corroborate.AGREE_FROM`` and ``MODEL_AGREES``: ``python -m
moderation.training.agreement DATA_DIR``.

A sentence scoring from ``AGREE_FROM`` up to the warning-sign classifier's line raises in a
short message when the whole-text model's crisis score reaches ``MODEL_AGREES``
(``warning_signs.corroborate``). Every score this choice reads is out of fold:

- each benign row's best sentence score comes from a warning-sign head fitted without the
  row's fold (``warning_signs.oof_scores``, as the head's own threshold is chosen), and so
  does each written warning sign's and each of the community's ordinary messages';
- each benign row's whole-text crisis score comes from the whole-text crisis head refitted
  without the row's fold (``heads.HeadTrainer.cross_fit``), or from the shipped head for rows
  it was never trained on (the whole-text corpus samples ESConv), as for written signs and
  the community's messages, which it never saw.

For each sentence line of ``from_grid`` (0.005 steps from the head's near line up to its
threshold), the model line is the lowest score on a 0.01 grid at which short benign rows
between the sentence line and the threshold, carrying nothing the rules raise and no safety
statement, stay within ``corroborate.NEAR_BUDGET`` of all benign rows, and within half a
point (``SOURCE_NEAR_BUDGET``) of each benign source and of the community's ordinary messages:
the budgets the rules' corroboration is held to. Of those pairs, the one that raises the most
written warning signs (out of fold) is chosen, the narrower box on a tie. The table shows
what each pair gains: written warning signs (messages) raised and written look-alikes raised.

The long box (``corroborate.LONG_AGREE_FROM``, ``LONG_MODEL_AGREES``: messages over
``SHORT_UPTO`` sentences) is chosen by the same rule and budgets on the long benign rows, but
what it should gain is long crisis posts, not the written signs (nearly all short): the C-SSRS
and SDCNL ``crisis`` posts that neither the rules, the classifier nor the whole-text model
(under its own line) raise alone, each with its best near-line sentence as run time reads it
(the shipped matcher, which never trained on them) and its whole-text score out of fold. Their
``indicator`` posts (r/depression, about a fifth real crises; C-SSRS indicator users) and
C-SSRS Supportive posts are shown beside.

Until 2026-12-06 the box started at the near line; the near line moved (0.695 -> 0.675) when
the head was retrained and the model line was not chosen again, so the box raised 33 benign
rows out of fold against a budget of 19. ``corroborate.CHOSEN_FOR`` now ties the box to the
head it was chosen for.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from ..backends.minilm import MiniLMBackend, calibrate
from ..claims.shape import sentence_count
from ..normalize import normalize
from ..rules.abuse import medical_mask
from ..rules.base import NEAR
from ..warning_signs.corroborate import (
    AGREE_FROM,
    LONG_AGREE_FROM,
    LONG_MODEL_AGREES,
    MODEL_AGREES,
    SHORT_UPTO,
    box_for,
)
from ..warning_signs.head import load_head
from ..warning_signs.loader import load_warning_sign_matcher
from . import warning_signs as ws
from .corpus import written_in
from .embeddings import EmbeddingStore, StoreEncoder
from .heads import build_dataset, folds, trainer_from_params

Kind = tuple[np.ndarray, np.ndarray, np.ndarray]
GRID = tuple(round(0.2 + 0.01 * k, 2) for k in range(31))
# Long crisis posts the long box is chosen to gain (their ``crisis`` rows), and the labels of
# theirs that are no crisis, shown beside (``indicator``: r/depression and C-SSRS's
# indicator users, about a fifth of them real crises; ``ok``: C-SSRS Supportive users).
LONG_SOURCES = ("cssrs", "sdcnl")


def from_grid(near: float, threshold: float) -> tuple[float, ...]:
    """Sentence lines from ``near`` in 0.005 steps, under ``threshold``."""
    steps = round((threshold - near) / 0.005)
    return tuple(round(near + 0.005 * k, 3) for k in range(steps))


def lowest_agreeing(
    scores: Sequence[float],
    model: Sequence[float],
    eligible: Sequence[bool],
    near: float,
    threshold: float,
    budget: float,
    grid: Sequence[float] = GRID,
) -> float:
    """The lowest model score of ``grid`` at which eligible rows with a sentence score in
    [``near``, ``threshold``) and a model score at least that high are at most ``budget`` of
    all rows; 1.0 when none is."""
    s, m, e = np.asarray(scores), np.asarray(model), np.asarray(eligible, dtype=bool)
    band = e & (s >= near) & (s < threshold)
    for line in sorted(grid):
        if int((band & (m >= line)).sum()) <= budget * len(s):
            return float(line)
    return 1.0


def best_box(
    model_line: Callable[[float], float],
    gained: Callable[[float, float], int],
    froms: Sequence[float],
) -> tuple[float, float, int]:
    """(sentence line, model line, written signs raised) of the pair raising the most written
    signs, each sentence line with its lowest model line within budget (``model_line``); the
    higher sentence line on a tie. Sentence lines no model line keeps within budget are
    skipped; ``(1.0, 1.0, 0)`` when none is kept."""
    best = (1.0, 1.0, 0)
    for line in froms:
        agrees = model_line(line)
        if agrees >= 1.0:
            continue
        signs = gained(line, agrees)
        if signs >= best[2]:
            best = (line, agrees, signs)
    return best


def eligible(texts: Sequence[str], long: bool = False) -> np.ndarray:
    """Short messages (``long``: longer ones, not about cancer or a death) the rules neither
    raise nor hear a safety statement in: where the whole-text reading may vouch for a
    near-line sentence (``corroborate.corroborated``)."""
    out = []
    for text in texts:
        normalised, _, quiet = ws.rules_reading(text)
        is_long = sentence_count(normalised) > SHORT_UPTO
        out.append(quiet and is_long == long and box_for(normalised) is not None)
    return np.array(out, dtype=bool)


def near_readings(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Each text's best near-line sentence score as run time reads it (the shipped matcher's
    ``NEAR`` signals, 0 without one), and whether the matcher raises it on its own."""
    matcher = load_warning_sign_matcher()
    if matcher is None:
        raise SystemExit("the MiniLM weights and the warning-sign head are needed")
    best, raised = np.zeros(len(texts)), np.zeros(len(texts), dtype=bool)
    for start in range(0, len(texts), 256):
        norms = [normalize(t or "") for t in texts[start : start + 256]]
        for k, found in enumerate(matcher.signals(norms), start):
            near = [s.model_score or 0.0 for s in found if s.signal == NEAR]
            best[k] = max(near, default=0.0)
            raised[k] = any(s.signal != NEAR and s.score >= 0.5 for s in found)
    return best, raised


def long_posts(folder: Path, store: Path | None, backend: MiniLMBackend) -> dict[str, Kind]:
    """The C-SSRS and SDCNL posts of each label, as (best near-line sentence score,
    whole-text crisis score out of fold, eligible): long, nothing the rules raise or a safety
    statement, neither the classifier nor the whole-text model (under its own line, 0.5)
    raising alone."""
    rows = {n: ws.load(folder, n) for n in LONG_SOURCES}
    model = whole_text_scores(folder, store, rows, backend)
    given = [r for n in LONG_SOURCES for r in rows[n]]
    m = np.concatenate([model[n] for n in LONG_SOURCES])
    best, raised = near_readings([r["text"] or "" for r in given])
    ok = eligible([r["text"] or "" for r in given], long=True) & ~raised & (m < 0.5)
    labels = np.array([r["label"] for r in given])
    return {lab: (best[labels == lab], m[labels == lab], ok[labels == lab]) for lab in set(labels)}


def whole_text_scores(
    folder: Path, cache: Path | None, rows: dict[str, list[dict]], backend: MiniLMBackend
) -> dict[str, np.ndarray]:
    """Each given row's whole-text crisis score (calibrated), per source: out of fold for
    the rows of the whole-text corpus, the shipped head's for the others."""
    ds = build_dataset(folder, cache, written_in(backend.meta.get("params", {})))
    trainer = trainer_from_params(ds, "crisis", backend.meta.get("params", {}))
    raw = trainer.cross_fit(folds(ds), "out-of-fold")
    oof = calibrate(raw, backend.heads["crisis"].threshold)
    known = {(r["source"], str(r["id"])): float(p) for r, p in zip(ds.rows, oof, strict=True)}
    out = {}
    for name, given in rows.items():
        scores = [known.get((name, str(r["id"]))) for r in given]
        unknown = [i for i, v in enumerate(scores) if v is None]
        fresh = shipped_scores(backend, [given[i]["text"] or "" for i in unknown])
        for i, v in zip(unknown, fresh, strict=True):
            scores[i] = float(v)
        out[name] = np.array(scores, dtype=np.float64)
    return out


def shipped_scores(backend: MiniLMBackend, texts: Sequence[str]) -> np.ndarray:
    """The shipped whole-text head's crisis scores, read as the assessor reads them."""
    if not texts:
        return np.zeros(0)
    masked = [medical_mask(normalize(t).text) for t in texts]
    return np.asarray(backend.score_categories(masked)["crisis"], dtype=np.float64)


def message_best(data: ws.Dataset, oof: np.ndarray, kind: str) -> tuple[list[str], np.ndarray]:
    """The messages of one kind of group (``written1``, ``written0``, ``ordinary``) and each
    one's best out-of-fold sentence score."""
    best: dict[str, float] = {}
    for group, score in zip(data.groups, oof, strict=True):
        prefix, _, message = group.partition("/")
        if prefix == kind:
            best[message] = max(best.get(message, 0.0), float(score))
    return list(best), np.array(list(best.values()))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--cache", type=Path, default=None, help="pickle of sentence vectors")
    parser.add_argument("--store", type=Path, default=None, help="whole-text embedding cache")
    args = parser.parse_args(argv)
    loaded = load_head()
    if loaded is None:
        raise SystemExit("the warning-sign head is not installed")
    head, figures = loaded
    threshold, near = head.threshold, float(figures["near_line"])

    data = ws.dataset(args.folder)
    x = ws.SentenceCache(args.cache).embed(data.texts)
    y, folds_ = np.array(data.labels), data.folds()
    signs = data.signs()
    w = np.where(ws.sign_sentences(x, data, signs), np.array(data.weights), 0.0)
    oof = ws.oof_scores(x, y, w, folds_, signs, ws.C, ws.HIDDEN)
    benign = ws.benign_row_scores(data, oof)

    backend = MiniLMBackend(encoder=StoreEncoder(EmbeddingStore(args.store)))
    rows = {
        name: [r for r in ws.load(args.folder, name) if r["label"] == "ok"] for name in ws.BENIGN
    }
    by_source = whole_text_scores(args.folder, args.store, rows, backend)
    model = np.concatenate([by_source[name] for name in ws.BENIGN])
    print(f"near line {near}, threshold {threshold}", file=sys.stderr)

    # Written signs, written look-alikes, the community's messages: (texts, best out-of-fold
    # sentence score, whole-text score), read once; each box takes its own eligible ones.
    read = {}
    for kind in ("written1", "written0", "ordinary"):
        texts, best = message_best(data, oof, kind)
        read[kind] = (texts, best, shipped_scores(backend, texts))

    def box(long: bool, gain: Kind | None, shown: dict[str, Kind]) -> tuple[float, float, int]:
        """Choose and print the box of short (or ``long``) messages; ``gain``: what it is
        chosen to raise (None: the written signs)."""
        ok = eligible(data.row_texts, long)
        kinds = {k: (best, m, eligible(texts, long)) for k, (texts, best, m) in read.items()}
        gain = kinds["written1"] if gain is None else gain

        def model_line(start: float) -> float:
            lines = ws.budget_lines(
                lambda part, share: lowest_agreeing(
                    benign[part], model[part], ok[part], start, threshold, share
                ),
                data,
            )
            lines.append(
                lowest_agreeing(*kinds["ordinary"], start, threshold, ws.SOURCE_NEAR_BUDGET)
            )
            return max(lines)

        def raised(kind: Kind, start: float, line: float) -> int:
            s, m, e = kind
            return int((e & (s >= start) & (s < threshold) & (m >= line)).sum())

        columns = {"benign rows": (benign, model, ok), **kinds, **shown}
        print(f"{'long' if long else 'short'} messages; gain: {gain[0].size} messages")
        print("from   model  gain  " + "  ".join(columns))
        lines = {start: model_line(start) for start in from_grid(near, threshold)}
        chosen = best_box(lines.__getitem__, lambda f, m: raised(gain, f, m), lines)
        for start, line in lines.items():
            cells = [raised(gain, start, line)] + [raised(k, start, line) for k in columns.values()]
            mark = "  <- chosen" if (start, line) == chosen[:2] else ""
            print(f"{start:5.3f}  {line:5.2f}  " + "  ".join(f"{c:5d}" for c in cells) + mark)
        return chosen

    short = box(False, None, {})
    print(
        f"chosen AGREE_FROM {short[0]}, MODEL_AGREES {short[1]} "
        f"(shipped {AGREE_FROM}, {MODEL_AGREES}; CHOSEN_FOR ({threshold}, {near}))"
    )
    posts = long_posts(args.folder, args.store, backend)
    long = box(True, posts["crisis"], {"indicator": posts["indicator"], "supportive": posts["ok"]})
    print(
        f"chosen LONG_AGREE_FROM {long[0]}, LONG_MODEL_AGREES {long[1]} "
        f"(shipped {LONG_AGREE_FROM}, {LONG_MODEL_AGREES})"
    )


if __name__ == "__main__":
    main()
