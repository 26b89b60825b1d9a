"""Train the warning-sign classifier: ``python -m moderation.training.warning_signs DATA_DIR``.

Nearest-phrasing similarity (``warning_signs.matcher``) catches only sentences worded close to
one catalogue phrasing; a classifier over the same MiniLM sentence embeddings learns the
*direction* of a warning sign against the ordinary sentences of this kind of community, so a
new wording of a sign scores high even when no single phrasing is near it. The classifier has
one ReLU layer of ``HIDDEN`` (64) units before its logistic output (``--hidden 0``: logistic
regression alone, the head shipped until 2026-12-05).

Sentences: only the candidates of ``warning_signs.shape.candidate`` (about the author or their
child, not negated, not support, not a story, not the illness dying), exactly what run time
embeds. Positives: every catalogue phrasing (``CATALOGUE``) and the 1,475 warning signs
written for training by six writers (``written.crisis.POSITIVES``,
``written.crisis_voices.POSITIVES``, ``written.crisis_weak_c.POSITIVES``,
``written.crisis_weak_d.POSITIVES``; of a written sign, only its sentence nearest a catalogue
phrasing: ``sign_sentences``), plus, with ``--tweets W``, the
candidate sentences of the crisis rows of the two suicide tweet sets at weight W (short, first
person, but about half are not a crisis: their label-noise note). Negatives: the candidate
sentences of the benign rows of MedQuAD, CounselChat, GoEmotions (sad) and ESConv, the
catalogue's ordinary look-alikes (``CONTRAST``), the 1,322 look-alikes written for training
(``written.crisis.LOOKALIKES``, ``written.crisis_voices.LOOKALIKES``,
``written.crisis_weak_c.LOOKALIKES``, ``written.crisis_weak_d.LOOKALIKES``,
``written.patients.LOOKALIKES``: the community's and adult
patients' everyday talk that shares the signs' words), the community's ordinary chat
(``ordinary.ORDINARY``), and the community's death talk that is no
warning sign (``MORTALITY``: prognosis, hospice, funerals, legacy letters, trading places) at
``--mortality-weight`` (5: a few dozen written sentences against 33k benign ones would
otherwise not move the boundary). Class-balanced logistic regression. The weight and ``C``
(1.0) were chosen on out-of-fold figures only: catalogue recall at the benign budget
0.403 -> 0.424 and CounselChat rows raised 1.15% -> 0.89% against weight 0 and C 4.
The look-alikes keep weight 1 (``--contrast-weight``): with a widened catalogue that was
tried and not shipped (383 phrasings; README), weight 3 or 5 lowered catalogue recall at the
budget 0.528 -> 0.496 for 14 -> 10 of 117 look-alikes raised out of fold; care first keeps
the recall. The ordinary community sentences (``ORDINARY``, ``--ordinary-weight`` 1) were a
wash out of fold when there were 261 of them (4 of 163 raised at weight 0 and at 1, recall
0.486 -> 0.481, look-alikes 8 -> 7 of 77); with a second writer's 197 added, 6 of the 266
that reach the head raise at weight 1 (recall 0.455, look-alikes 6 of 77). They stay because
the community's own register is what the head must not read as a sign.

Threshold: 5 folds grouped by row (an ESConv dialogue is one group); every benign row gets an
out-of-fold score (its best sentence, from a model that never saw that row; a catalogue
phrasing is compared only with the phrasings of other folds), and the threshold
is the lowest value at which at most ``--budget`` (0.1%) of benign rows would raise. The
shipped head is then fitted on every sentence and stored in ``moderation/data`` with its
figures. Never tuned on the functional paraphrase sets.

The hidden layer and its L2 penalty (``HIDDEN_ALPHA`` 0.1) were chosen out of fold, with the
written sentences in: the penalty with the highest recall of catalogue and written phrasings
whose community sentences and look-alikes raised out of fold stay at the logistic head's
(alpha 0.01: catalogue recall 0.565, 9 community sentences and 7 look-alikes raised; 0.1: 0.542,
6 and 6; 1.0: 0.395, 6 and 6; logistic: 0.412, 5 and 5; ``--show`` and the figures print them).

The second writers' signs (``crisis_voices``) are often a sign inside a longer post, so every
sentence of a written sign taught as a sign also taught its treatment news. Out of fold, with
all four writers: every sentence (``--written-sentences all``) catalogue recall 0.531,
CounselChat rows 1.28%, 5 community sentences and 4 look-alikes raised, near line 0.645; only
the sentence nearest a catalogue phrasing (``best``, shipped) 0.571, 0.89%, 3 and 5, near line
0.675 (the first two writers' head: 0.542, 1.15%, 6 and 6). With the fifth and sixth
writers' signs of the six kinds still caught least (``crisis_weak_c``, ``crisis_weak_d``,
shipped): catalogue recall 0.593, threshold 0.735, near line 0.695.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import sys
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..embedding.sentence_head import SentenceHead, save_head
from ..normalize import normalize
from ..progress import Progress
from ..rules.base import Signal
from ..rules.crisis import detect_crisis
from ..warning_signs.catalogue import CATALOGUE, CONTRAST, MORTALITY
from ..warning_signs.corroborate import NEAR_BUDGET, near_line, weak_rule_signs
from ..warning_signs.head import HEAD_FILE
from ..warning_signs.matcher import candidate_sentences
from ..warning_signs.ordinary import ORDINARY
from .relu_head import fit_relu_head
from .written import (
    crisis,
    crisis_hard,
    crisis_voices,
    crisis_weak_c,
    crisis_weak_d,
    crisis_weak_e,
    patients,
    patients_b,
)

BENIGN = ("medquad", "counselchat", "goemotions_sad", "esconv")
TWEETS = ("suicide_tweets", "suicidal_tendency_tweets")
FOLDS = 5
BUDGET = 0.001
C = 1.0
MORTALITY_WEIGHT = 5.0
CONTRAST_WEIGHT = 1.0
ORDINARY_WEIGHT = 1.0
WRITTEN_WEIGHT = 1.0
WRITTEN_SENTENCES = "best"
# The sets written for training (``training.written``): name -> (warning signs, look-alikes).
WRITTEN: dict[str, tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]] = {
    "crisis": (crisis.POSITIVES, crisis.LOOKALIKES),
    "patients": ({}, patients.LOOKALIKES),
    "patients_b": ({}, patients_b.LOOKALIKES),
    "voices": (crisis_voices.POSITIVES, crisis_voices.LOOKALIKES),
    "hard": (crisis_hard.POSITIVES, crisis_hard.LOOKALIKES),
    "weak_c": (crisis_weak_c.POSITIVES, crisis_weak_c.LOOKALIKES),
    "weak_d": (crisis_weak_d.POSITIVES, crisis_weak_d.LOOKALIKES),
    "weak_e": (crisis_weak_e.POSITIVES, crisis_weak_e.LOOKALIKES),
}
# What the shipped head was trained on. ``crisis_hard`` (the eight kinds then caught least) was
# measured as training and lost on the sealed crisis sets (README); ``weak_c`` and ``weak_d``
# (six kinds still caught least, two further blind writers) gained and ship. ``weak_e`` (eight
# kinds, a seventh blind writer, 2026-12-06) was a dead heat on the sealed sets (475 of 589
# caught either way, one more look-alike raised) for out-of-fold catalogue recall 0.605 ->
# 0.621: measured, not shipped (README).
# ``patients_b`` (a second patients' writer) lowered the out-of-fold recall of signs for fewer
# false alarms on patients' posts: measured, not shipped (README).
SHIPPED_WRITTEN = ("crisis", "patients", "voices", "weak_c", "weak_d")
HIDDEN = 64
HIDDEN_ALPHA = 0.1
SEEDS = 1
# What a near-line sentence with a weak rule sign may add to the raised rate of any one benign
# source and of the community's ordinary messages: the held-out target for benign health posts
# is under 1%, so half of it.
SOURCE_NEAR_BUDGET = 0.005


class SentenceCache:
    """Sentence -> unit vector on the shared encoder, pickled between runs (outside the repo)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.cache: dict[str, np.ndarray] = {}
        if path is not None and path.exists():
            with path.open("rb") as f:
                self.cache = pickle.load(f)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        todo = sorted({t for t in texts if t not in self.cache})
        if todo:
            from ..embedding.minilm import shared_encoder

            encoder = shared_encoder()
            with Progress(len(todo), "embedding sentences") as bar:
                for i in range(0, len(todo), 256):
                    part = todo[i : i + 256]
                    for t, v in zip(part, encoder.embed(part), strict=True):
                        self.cache[t] = v
                    bar.update(len(part))
            self.save()
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self.cache[t] for t in texts]).astype(np.float32)

    def save(self) -> None:
        if self.path is not None:
            with self.path.open("wb") as f:
                pickle.dump(self.cache, f)


def load(folder: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (folder / f"{name}.jsonl").open()]


def row_sentences(texts: Sequence[str]) -> tuple[list[int], list[str]]:
    """(row index, candidate sentence) pairs, as run time would embed them."""
    owners: list[int] = []
    out: list[str] = []
    for i, text in enumerate(texts):
        for sentence in candidate_sentences(normalize(text or "")):
            owners.append(i)
            out.append(sentence)
    return owners, out


def _balanced(y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Weights scaled so each class carries half of the total."""
    w = w.copy()
    for label in (0, 1):
        w[y == label] *= 0.5 * w.sum() / max(w[y == label].sum(), 1e-9)
    return w


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float = C) -> tuple[np.ndarray, float]:
    """Class-balanced (by weight) logistic regression; (coef, intercept)."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(x, y, sample_weight=_balanced(y, w))
    return clf.coef_.reshape(-1).astype(np.float32), float(clf.intercept_[0])


def fit_head(
    x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float = C, hidden: int = 0, seeds: int = 1
) -> SentenceHead:
    """The head fitted on these sentences (threshold 0): logistic regression, or with
    ``hidden`` units one ReLU layer before the logistic output (L2 ``HIDDEN_ALPHA``, a fixed
    seed and number of epochs, so a retrain gives the same head)."""
    if not hidden:
        return SentenceHead(*fit(x, y, w, c), threshold=0.0)
    head = fit_relu_head(x, y, _balanced(y, w), hidden, HIDDEN_ALPHA, seeds)
    return SentenceHead(
        head.coef, head.intercept, threshold=0.0, hidden=(head.hidden_w, head.hidden_b)
    )


def row_max(owners: np.ndarray, scores: np.ndarray, rows: int) -> np.ndarray:
    best = np.zeros(rows, dtype=np.float32)
    np.maximum.at(best, owners, scores)
    return best


def choose_threshold(benign_rows: np.ndarray, budget: float = BUDGET) -> float:
    """The lowest threshold (0.005 grid) at which at most ``budget`` of benign rows raise."""
    for t in np.arange(0.3, 1.0, 0.005):
        if (benign_rows >= t).mean() <= budget:
            return round(float(t), 3)
    return 0.995


def benign_row_scores(data: Dataset, oof: np.ndarray) -> np.ndarray:
    """Each benign row's out-of-fold score: the best of its candidate sentences."""
    bro = np.array(data.benign_row)
    is_benign = bro >= 0
    return row_max(bro[is_benign], oof[is_benign], data.n_benign)


def threshold_on_benign(
    data: Dataset, oof: np.ndarray, budget: float = BUDGET
) -> tuple[np.ndarray, float]:
    """(each benign row's out-of-fold score, the threshold chosen on them), printing the
    benign rates and catalogue recall from that threshold up."""
    benign_rows = benign_row_scores(data, oof)
    threshold = choose_threshold(benign_rows, budget)
    signs = data.signs()
    for t in np.arange(threshold, threshold + 0.1, 0.01):
        rates = benign_rates(data, benign_rows, t)
        shown = ", ".join(f"{n} {r:.2%}" for n, r in rates.items())
        recall = float((oof[signs] >= t).mean())
        print(f"t={t:.3f} benign {shown}; catalogue recall {recall:.3f}", file=sys.stderr)
    return benign_rows, threshold


def benign_rates(data: Dataset, benign_rows: np.ndarray, t: float) -> dict[str, float]:
    """The share of each benign source's rows that would raise at threshold ``t``."""
    return {n: float((benign_rows[a:b] >= t).mean()) for n, (a, b) in data.spans.items()}


def oof_scores(
    x: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    folds: np.ndarray,
    signs: np.ndarray,
    c: float = C,
    hidden: int = 0,
    seeds: int = 1,
) -> np.ndarray:
    """Every sentence's out-of-fold decision score (``SentenceHead.score``): the probability
    from a head fitted without its fold, averaged with the similarity to the nearest catalogue
    phrasing of another fold (a phrasing never sees itself or its fold's neighbours; benign
    sentences see every phrasing, as at run time). ``signs``: which rows are phrasings."""
    sims = x @ x[signs].T
    sign_folds = folds[signs]
    oof = np.zeros(len(y), dtype=np.float32)
    for k in range(FOLDS):
        test = folds == k
        head = fit_head(x[~test], y[~test], w[~test], c, hidden, seeds)
        nearest = np.where(signs[test][:, None] & (sign_folds == k)[None, :], -1.0, sims[test])
        oof[test] = head.score(x[test], nearest.max(axis=1))
    return oof


def community_rows(data: Dataset, oof: np.ndarray) -> tuple[list[float], list[bool]]:
    """Each of the community's ordinary messages (``ORDINARY``): its best out-of-fold
    sentence score and whether it carries a weak rule sign (``weak_rows``)."""
    best: dict[str, float] = {}
    for group, score in zip(data.groups, oof, strict=True):
        if group.startswith("ordinary/"):
            key = group.removeprefix("ordinary/")
            best[key] = max(best.get(key, 0.0), float(score))
    texts = list(ORDINARY)
    return [best.get(t, 0.0) for t in texts], weak_rows(texts)


def choose_near_line(
    data: Dataset,
    oof: np.ndarray,
    benign_rows: np.ndarray,
    threshold: float,
    budget: float = NEAR_BUDGET,
) -> float:
    """The corroboration line under ``threshold`` (``corroborate.near_line``): benign rows
    between it and the threshold with a weak rule sign stay within ``budget`` of all benign
    rows, and no benign source's rate, nor the community's ordinary messages', rises by more
    than half a point."""
    weak = weak_rows(data.row_texts)
    scores = benign_rows.tolist()
    lines = budget_lines(
        lambda part, share: near_line(scores[part], weak[part], threshold, share), data, budget
    )
    return max(*lines, near_line(*community_rows(data, oof), threshold, SOURCE_NEAR_BUDGET))


def budget_lines(
    line: Callable[[slice, float], float], data: Dataset, budget: float = NEAR_BUDGET
) -> list[float]:
    """``line(rows, share)`` chosen over all benign rows at ``budget`` and over each benign
    source's rows at ``SOURCE_NEAR_BUDGET``: the budgets a corroboration is held to (the
    strictest, the highest line, binds)."""
    return [
        line(slice(None), budget),
        *(line(slice(a, b), SOURCE_NEAR_BUDGET) for a, b in data.spans.values()),
    ]


def rules_reading(text: str) -> tuple[str, list[Signal], bool]:
    """The normalised text, the crisis signals the rules read in it, and whether they leave
    it quiet (nothing raised, no safety statement): a message a corroboration may raise."""
    norm = normalize(text or "")
    found = detect_crisis(norm)
    quiet = not any(s.score >= 0.5 or s.signal == "safe" for s in found)
    return norm.text, found, quiet


def weak_rows(texts: Sequence[str]) -> list[bool]:
    """Which rows carry a weak crisis sign the rules read (``corroborate.weak_rule_signs``)
    and nothing the rules raise or a safety statement: the rows a near-line sentence would
    raise (``corroborate.corroborated``)."""
    out = []
    for text in texts:
        normalised, found, quiet = rules_reading(text)
        out.append(quiet and bool(weak_rule_signs(found, normalised)))
    return out


def share(hits: np.ndarray) -> float:
    return round(float(hits.mean()), 3) if len(hits) else 0.0


def _fold(key: str) -> int:
    return zlib.crc32(key.encode("utf-8")) % FOLDS


@dataclass
class Dataset:
    """The training sentences: text, label (1 = warning sign), weight, fold group, and for a
    benign sentence the number of its row (-1 otherwise); ``spans`` maps each benign source to
    its rows."""

    texts: list[str] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    benign_row: list[int] = field(default_factory=list)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    n_benign: int = 0
    row_texts: list[str] = field(default_factory=list)

    def add(self, text: str, label: int, weight: float, group: str, row: int = -1) -> None:
        self.texts.append(text)
        self.labels.append(label)
        self.weights.append(weight)
        self.groups.append(group)
        self.benign_row.append(row)

    def add_benign(
        self,
        folder: Path,
        name: str,
        sentences_of: Callable[[list[str]], tuple[list[int], list[str]]],
        grouped: Sequence[str] = ("esconv",),
    ) -> None:
        """The ``ok`` rows of source ``name`` as negatives: the (row, sentence) pairs that
        ``sentences_of`` keeps of their texts; a row of a ``grouped`` source (a dialogue, a
        user) folds with its group, any other row on its own."""
        rows = [r for r in load(folder, name) if r["label"] == "ok"]
        owners, sents = sentences_of([r["text"] or "" for r in rows])
        for o, s in zip(owners, sents, strict=True):
            r = rows[o]
            group = f"{name}/{r['group'] if name in grouped else r['id']}"
            self.add(s, 0, 1.0, group, self.n_benign + o)
        self.spans[name] = (self.n_benign, self.n_benign + len(rows))
        self.n_benign += len(rows)
        self.row_texts += [r["text"] or "" for r in rows]
        print(f"benign {name}: {len(rows)} rows, {len(sents)} candidate sentences", file=sys.stderr)

    def folds(self) -> np.ndarray:
        return np.array([_fold(g) for g in self.groups])

    def of(self, *kinds: str) -> np.ndarray:
        """Which sentences belong to the given kinds (``sign``, ``contrast``, ``mortality``,
        ``ordinary``): the prefix of their group, ``<kind>/<text>``."""
        prefixes = tuple(f"{kind}/" for kind in kinds)
        return np.array([g.startswith(prefixes) for g in self.groups])

    def signs(self) -> np.ndarray:
        """Which sentences are catalogue phrasings (group ``sign/<phrasing>``)."""
        return self.of("sign")


def dataset(
    folder: Path,
    tweets: float = 0.0,
    mortality_weight: float = MORTALITY_WEIGHT,
    contrast_weight: float = CONTRAST_WEIGHT,
    ordinary_weight: float = ORDINARY_WEIGHT,
    written: Sequence[str] = SHIPPED_WRITTEN,
    written_weight: float = WRITTEN_WEIGHT,
) -> Dataset:
    """Every training sentence, as run time would embed it (see the module docstring)."""
    data = Dataset()
    for name in BENIGN:
        data.add_benign(folder, name, row_sentences)
    for p in CONTRAST:
        data.add(p.lower(), 0, contrast_weight, f"contrast/{p}")
    for o, sentence in zip(*row_sentences(ORDINARY), strict=True):
        data.add(sentence, 0, ordinary_weight, f"ordinary/{ORDINARY[o]}")
    mortality = [p for phrasings in MORTALITY.values() for p in phrasings]
    for o, sentence in zip(*row_sentences(mortality), strict=True):
        data.add(sentence, 0, mortality_weight, f"mortality/{mortality[o]}")
    for sign in CATALOGUE:
        for p in sign.phrasings:
            data.add(p.lower(), 1, 1.0, f"sign/{p}")
    add_written_sets(data, WRITTEN, written, written_weight)
    if tweets > 0:
        for name in TWEETS:
            rows = [r for r in load(folder, name) if r["label"] == "crisis"]
            owners, sents = row_sentences([r["text"] for r in rows])
            for o, s in zip(owners, sents, strict=True):
                data.add(s, 1, tweets, f"{name}/{rows[o]['id']}")
    return data


def add_written(
    data: Dataset,
    kinds: dict[str, tuple[str, ...]],
    label: int,
    weight: float,
    sentences: Callable[[list[str]], tuple[list[int], list[str]]] | None = None,
) -> None:
    """Messages written for training (``training.written``; kind -> messages) at ``label``:
    every candidate sentence of each (``sentences``, default the warning signs' candidates;
    group ``written<label>/<message>``, so a message's sentences fold together and never
    train the fold that scores them)."""
    messages = [m for kind in kinds.values() for m in kind]
    for o, sentence in zip(*(sentences or row_sentences)(messages), strict=True):
        data.add(sentence, label, weight, f"written{label}/{messages[o]}")


def add_written_sets(
    data: Dataset,
    sets: dict[str, tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]],
    names: Sequence[str],
    weight: float,
    sentences: Callable[[list[str]], tuple[list[int], list[str]]] | None = None,
) -> None:
    """Each named written set (``sets``: name -> (positives, look-alikes), by kind): its
    positives at label 1 and its look-alikes at 0 (``add_written``)."""
    for name in names:
        positives, lookalikes = sets[name]
        add_written(data, positives, 1, weight, sentences)
        add_written(data, lookalikes, 0, weight, sentences)


def _set_names(value: str) -> tuple[str, ...]:
    """``--written``'s comma-separated names; empty for ''."""
    return tuple(name for name in value.split(",") if name)


def written_arguments(
    parser: argparse.ArgumentParser, shipped: Sequence[str] | None, sets: Iterable[str]
) -> None:
    """``--written`` (which sets of ``training.written``, default the shipped ones; parsed to
    a tuple of names) and ``--written-weight``, as both sentence trainers take them. With
    ``shipped`` None the default is None: the trainer decides (a kind head's own sets)."""
    parser.add_argument(
        "--written",
        type=_set_names,
        default=None if shipped is None else ",".join(shipped),
        help=f"written sets to train on, comma-separated (of {', '.join(sets)}; '' for none)",
    )
    parser.add_argument("--written-weight", type=float, default=WRITTEN_WEIGHT)


def sign_sentences(x: np.ndarray, data: Dataset, signs: np.ndarray) -> np.ndarray:
    """Which sentences may train as warning signs: all but those of a written warning sign
    other than its sentence nearest a catalogue phrasing. A sign written inside a longer post
    ("Counts are climbing. I've said my goodbyes.") has one sentence that is the sign; the
    others are the treatment news around it and are left out, not taught as signs."""
    keep = np.ones(len(x), dtype=bool)
    written = np.where(data.of("written1"))[0]
    if not len(written):
        return keep
    nearest = (x[written] @ x[signs].T).max(axis=1)
    best: dict[str, tuple[int, float]] = {}
    for i, sim in zip(written.tolist(), nearest.tolist(), strict=True):
        group = data.groups[i]
        if group not in best or sim > best[group][1]:
            best[group] = (i, sim)
    keep[written] = False
    keep[[i for i, _ in best.values()]] = True
    return keep


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--cache", type=Path, default=None, help="pickle of sentence vectors")
    parser.add_argument("--tweets", type=float, default=0.0, help="weight of crisis tweets")
    parser.add_argument("--budget", type=float, default=BUDGET)
    parser.add_argument("--C", type=float, default=C)
    parser.add_argument("--mortality-weight", type=float, default=MORTALITY_WEIGHT)
    parser.add_argument("--contrast-weight", type=float, default=CONTRAST_WEIGHT)
    parser.add_argument("--ordinary-weight", type=float, default=ORDINARY_WEIGHT)
    parser.add_argument("--no-written", action="store_true", help="leave out training.written")
    written_arguments(parser, SHIPPED_WRITTEN, WRITTEN)
    parser.add_argument(
        "--written-sentences",
        choices=("best", "all"),
        default=WRITTEN_SENTENCES,
        help="which sentences of a written warning sign are positives",
    )
    parser.add_argument("--hidden", type=int, default=HIDDEN, help="ReLU units (0: linear)")
    parser.add_argument("--seeds", type=int, default=SEEDS, help="networks bagged (hidden > 0)")
    parser.add_argument("--near-budget", type=float, default=NEAR_BUDGET)
    parser.add_argument("--show", type=int, default=0, help="print the N top benign sentences")
    parser.add_argument("--out", type=Path, default=None, help=f"default: data/{HEAD_FILE}")
    args = parser.parse_args(argv)
    cache = SentenceCache(args.cache)

    data = dataset(
        args.folder,
        args.tweets,
        args.mortality_weight,
        args.contrast_weight,
        args.ordinary_weight,
        () if args.no_written else args.written,
        args.written_weight,
    )
    texts, groups, n_benign = data.texts, data.groups, data.n_benign
    labels, weights, benign_row = data.labels, data.weights, data.benign_row
    x = cache.embed(texts)
    y = np.array(labels)
    w = np.array(weights, dtype=np.float64)
    folds = data.folds()
    bro = np.array(benign_row)

    signs = data.signs()
    if args.written_sentences == "best":
        w = np.where(sign_sentences(x, data, signs), w, 0.0)
    look_alikes = data.of("contrast", "mortality")
    ordinary = data.of("ordinary")
    oof = oof_scores(x, y, w, folds, signs, args.C, args.hidden, args.seeds)
    is_benign = bro >= 0
    benign_rows, threshold = threshold_on_benign(data, oof, args.budget)
    for i in np.argsort(-np.where(is_benign, oof, 0))[: args.show]:
        print(f"benign oof {oof[i]:.3f} {groups[i].split('/')[0]}: {texts[i][:140]}")
    for i in np.where(signs & (oof < threshold))[0][: args.show]:
        print(f"missed sign oof {oof[i]:.3f}: {texts[i][:140]}")
    near = choose_near_line(data, oof, benign_rows, threshold, args.near_budget)
    figures = {
        "threshold": threshold,
        "near_line": near,
        "near_budget": args.near_budget,
        "budget": args.budget,
        "benign_rows": n_benign,
        "benign_rows_raised_oof": int((benign_rows >= threshold).sum()),
        "catalogue_phrasings_oof_recall": round(float((oof[signs] >= threshold).mean()), 3),
        "look_alikes": int(look_alikes.sum()),
        "look_alikes_raised_oof": int((oof[look_alikes] >= threshold).sum()),
        "ordinary": int(ordinary.sum()),
        "ordinary_raised_oof": int((oof[ordinary] >= threshold).sum()),
        "sentences": len(y),
        "positives": int((y * (w > 0)).sum()),
        "catalogue_positives": int(signs.sum()),
        "tweets_weight": args.tweets,
        "C": args.C,
        "mortality_weight": args.mortality_weight,
        "contrast_weight": args.contrast_weight,
        "ordinary_weight": args.ordinary_weight,
    }
    figures["hidden"] = args.hidden
    if args.seeds > 1:
        figures["seeds"] = args.seeds
    figures["hidden_alpha"] = HIDDEN_ALPHA
    if not args.no_written:
        figures["written"] = {
            "weight": args.written_weight,
            "sentences": args.written_sentences,
            "positives_oof_recall": share(oof[data.of("written1") & (w > 0)] >= threshold),
            "lookalikes_raised_oof": share(oof[data.of("written0")] >= threshold),
        }
    head = dataclasses.replace(
        fit_head(x, y, w, args.C, args.hidden, args.seeds), threshold=threshold
    )
    out = args.out or Path(__file__).resolve().parents[1] / "data" / HEAD_FILE
    save_head(out, head, figures)
    print(json.dumps(figures, indent=1))
    print(f"saved {out}")


if __name__ == "__main__":
    main()
