"""Train the member-abuse classifier: ``python -m moderation.training.member_abuse DATA_DIR``.

A rule catches its own words; abuse aimed at a member is said in endless words ("nobody wants
you here", "take the hint and go"). A linear classifier over MiniLM sentence embeddings learns
the direction of each catalogued kind (``member_abuse.catalogue``) against the ordinary
sentences told to someone in this kind of community, so a new wording scores high even when
no single phrasing is near it. Same method as the warning-sign head
(``moderation.training.warning_signs``, whose helpers this reuses).

Sentences: only the candidates of ``member_abuse.matcher.candidates`` (told to someone, an
order to leave, a taunt; not reported, not in a supportive message), exactly what run time
embeds. Positives: every catalogue phrasing.
Negatives: the candidate sentences of the benign rows of MedQuAD, CounselChat, GoEmotions
(sad), ESConv (supporters talk to "you" all the time), CONAN (counter-speech answering hate)
and C-SSRS (the posts of supportive users, talking someone out of suicide; a user is one
group), and the catalogue's look-alikes (``CONTRAST``) at ``--contrast-weight``.
Class-balanced logistic regression.

Threshold: 5 folds grouped by row (an ESConv dialogue is one group); every benign row gets an
out-of-fold score, and the threshold is the lowest at which at most ``--budget`` (0.1%) of the
benign rows would raise. A hidden message is a heavy action on a parent's post, so the budget
is the warning signs' one, not looser. The shipped head is then fitted on every sentence and
stored in ``moderation/data`` with its figures. Never tuned on the functional case sets.

``--kind NAME`` trains a kind head instead (``member_abuse.kinds``: threats, faking): the same
benign sentences and look-alikes (with the kind's own) against that kind's phrasings alone,
its line at the kind's share of the benign budget, written to the kind's file.

``--written a,b`` adds the abuse and look-alikes two blind writers wrote for training
(``training.written.member_abuse_a``, ``_b``; of an abusive message only its sentence nearest a
catalogue phrasing is a positive) and ``--hidden N`` puts a ReLU layer before the output; both
were measured and are not in the shipped head (README).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..embedding.sentence_head import save_head
from ..member_abuse.catalogue import CATALOGUE, CONTRAST
from ..member_abuse.kinds import BY_NAME, KindHead
from ..member_abuse.matcher import HEAD_FILE, candidates
from ..normalize import normalize
from .warning_signs import (
    BUDGET,
    WRITTEN_WEIGHT,
    C,
    Dataset,
    SentenceCache,
    add_written_sets,
    benign_rates,
    fit_head,
    oof_scores,
    sign_sentences,
    threshold_on_benign,
    written_arguments,
)
from .written import member_abuse_a, member_abuse_b, support_register, threats

BENIGN = ("medquad", "counselchat", "goemotions_sad", "esconv", "conan", "cssrs")
CONTRAST_WEIGHT = 5.0
# The register of support told to a member (``training.written.support_register``, 240
# sentences written blind for training) as weighted negatives: measured and not in the shipped
# head (README: at weight 5 the blind support set's held-back part went 57 -> 60 of 64 quiet
# and the sealed abuse tables lost 7 cases; at weight 1, 58 of 64 and even), so 0 here.
SUPPORT_WEIGHT = 0.0
# Abuse and look-alikes written for training by two blind writers (``training.written``):
# name -> (abuse by kind, look-alikes by kind).
WRITTEN: dict[str, tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]] = {
    "a": (member_abuse_a.POSITIVES, member_abuse_a.LOOKALIKES),
    "b": (member_abuse_b.POSITIVES, member_abuse_b.LOOKALIKES),
    "threats": (threats.THREATS, threats.LOOKALIKES),
}
# What the shipped head was trained on.
SHIPPED_WRITTEN: tuple[str, ...] = ()


def row_candidates(texts: list[str]) -> tuple[list[int], list[str]]:
    """(row index, candidate sentence) pairs of these texts, as run time would embed them."""
    spans, sents = candidates([normalize(t) for t in texts])
    return [i for i, _, _ in spans], sents


def dataset(
    folder: Path,
    contrast_weight: float = CONTRAST_WEIGHT,
    written: Sequence[str] = SHIPPED_WRITTEN,
    written_weight: float = WRITTEN_WEIGHT,
    kind: KindHead | None = None,
    support_weight: float = SUPPORT_WEIGHT,
) -> Dataset:
    """Every training sentence, as run time would embed it (see the module docstring); with
    ``kind``, that kind head's: its phrasings alone against the same negatives."""
    data = Dataset()
    for name in BENIGN:
        data.add_benign(folder, name, row_candidates, grouped=("esconv", "cssrs"))
    for p in CONTRAST + (kind.contrast if kind else ()):
        data.add(p.lower(), 0, contrast_weight, f"contrast/{p}")
    if support_weight > 0:
        for kind_of_support, said in support_register.SUPPORT.items():
            for p in said:
                data.add(p.lower(), 0, support_weight, f"support/{kind_of_support}/{p}")
    positives = kind.phrasings if kind else [p for k in CATALOGUE for p in k.phrasings]
    for p in positives:
        data.add(p.lower(), 1, 1.0, f"sign/{p}")
    add_written_sets(data, WRITTEN, written, written_weight, row_candidates)
    return data


def loso_rates(
    data: Dataset,
    x: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    threshold: float,
    c: float,
    hidden: int = 0,
) -> dict[str, float]:
    """Each benign source's share of rows raised at ``threshold`` by a head fitted without any
    of that source's sentences (nearest-phrasing similarity as at run time)."""
    owner = np.array(data.benign_row)
    nearest = (x @ x[data.signs()].T).max(axis=1)
    out: dict[str, float] = {}
    for name, (a, b) in data.spans.items():
        mine = (owner >= a) & (owner < b)
        head = fit_head(x[~mine], y[~mine], w[~mine], c, hidden)
        rows = np.zeros(b - a, dtype=np.float32)
        np.maximum.at(rows, owner[mine] - a, head.score(x[mine], nearest[mine]))
        out[name] = round(float((rows >= threshold).mean()), 5)
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--cache", type=Path, default=None, help="pickle of sentence vectors")
    parser.add_argument("--kind", choices=sorted(BY_NAME), help="train a kind head (docstring)")
    parser.add_argument(
        "--budget", type=float, default=None, help=f"default {BUDGET}, or the kind's"
    )
    parser.add_argument("--C", type=float, default=C)
    parser.add_argument("--contrast-weight", type=float, default=CONTRAST_WEIGHT)
    parser.add_argument(
        "--support-weight",
        type=float,
        default=None,
        help=f"weight of the written support register (0: left out; default {SUPPORT_WEIGHT}, "
        "or the kind's)",
    )
    parser.add_argument(
        "--loso", action="store_true", help="also score each benign source by a head without it"
    )
    written_arguments(parser, None, WRITTEN)  # default: SHIPPED_WRITTEN, or the kind's
    parser.add_argument(
        "--hidden", type=int, default=0, help="ReLU units before the logistic output (0: linear)"
    )
    parser.add_argument("--show", type=int, default=0, help="print the N top benign sentences")
    parser.add_argument(
        "--out", type=Path, default=None, help=f"default: data/{HEAD_FILE} or the kind's"
    )
    args = parser.parse_args(argv)
    kind = BY_NAME[args.kind] if args.kind else None
    if args.budget is None:
        args.budget = kind.budget if kind else BUDGET

    if args.support_weight is None:
        args.support_weight = kind.support_weight if kind else SUPPORT_WEIGHT
    if args.written is None:
        args.written = kind.written if kind else SHIPPED_WRITTEN
    written = args.written
    data = dataset(
        args.folder, args.contrast_weight, written, args.written_weight, kind, args.support_weight
    )
    x = SentenceCache(args.cache).embed(data.texts)
    y = np.array(data.labels)
    w = np.array(data.weights, dtype=np.float64)
    signs = data.signs()
    # Of a written message, only its sentence nearest a catalogue phrasing is taught as abuse:
    # the others are the context around it ("I've read your posts for a year.").
    w = np.where(sign_sentences(x, data, signs), w, 0.0)
    oof = oof_scores(x, y, w, data.folds(), signs, args.C, args.hidden)
    benign_rows, threshold = threshold_on_benign(data, oof, args.budget)
    is_benign = np.array(data.benign_row) >= 0
    # Look-alikes run time would embed (the others are kept quiet by the gates, not the head).
    embedded = np.array([bool(candidates([normalize(t)])[1]) for t in data.texts])
    contrast = data.of("contrast") & embedded
    support = data.of("support") & embedded
    for i in np.argsort(-np.where(is_benign, oof, 0))[: args.show]:
        print(f"benign oof {oof[i]:.3f} {data.groups[i].split('/')[0]}: {data.texts[i][:140]}")
    for i in np.where(signs & (oof < threshold))[0][: args.show]:
        print(f"missed phrasing oof {oof[i]:.3f}: {data.texts[i][:140]}")
    for i in np.where(contrast & (oof >= threshold))[0][: args.show]:
        print(f"look-alike raised oof {oof[i]:.3f}: {data.texts[i][:140]}")
    figures = {
        "threshold": threshold,
        "budget": args.budget,
        "benign_rows": data.n_benign,
        "benign_rows_raised_oof": int((benign_rows >= threshold).sum()),
        "benign_rates_oof": {
            k: round(v, 5) for k, v in benign_rates(data, benign_rows, threshold).items()
        },
        "catalogue_phrasings_oof_recall": round(float((oof[signs] >= threshold).mean()), 3),
        "look_alikes_embedded": int(contrast.sum()),
        "look_alikes_raised_oof": int((oof[contrast] >= threshold).sum()),
        "support_embedded": int(support.sum()),
        "support_raised_oof": int((oof[support] >= threshold).sum()),
        "sentences": len(y),
        "positives": int((y * (w > 0)).sum()),
        "C": args.C,
        "contrast_weight": args.contrast_weight,
        "support_weight": args.support_weight,
        "hidden": args.hidden,
    }
    if kind:
        figures["kind"] = kind.name
    if written:
        messages = sum(len(m) for name in written for m in WRITTEN[name][0].values())
        trains = data.of("written1") & (w > 0)
        figures["written"] = {
            "sets": list(written),
            "weight": args.written_weight,
            "messages": messages,
            # a message with no sentence told to someone never reaches the head at run time
            "messages_embedded": int(trains.sum()),
            "positives_oof_recall": round(float((oof[trains] >= threshold).mean()), 3),
            "lookalikes_raised_oof": round(
                float((oof[data.of("written0")] >= threshold).mean()), 3
            ),
        }
        print(f"written: {figures['written']}", file=sys.stderr)
    if args.loso:
        figures["benign_rates_loso"] = loso_rates(data, x, y, w, threshold, args.C, args.hidden)
        print(f"leave one source out: {figures['benign_rates_loso']}", file=sys.stderr)
    head = dataclasses.replace(fit_head(x, y, w, args.C, args.hidden), threshold=threshold)
    out = args.out or Path(__file__).resolve().parents[1] / "data" / (
        kind.file if kind else HEAD_FILE
    )
    save_head(out, head, figures)
    print(json.dumps(figures, indent=1))
    print(f"saved {out}")


if __name__ == "__main__":
    main()
