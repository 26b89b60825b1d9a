"""Choose and report the similarity floor of crisis warning signs by meaning.

    python scripts/moderation_warning_signs.py /work/shared/eval [--limit N]

Two stages are reported. Without ``--head``: the nearest-phrasing similarity floor.
Rule (written before looking at any result): the floor is the lowest similarity, on a 0.01
grid from 0.55, at which at most 0.1% of the benign rows of MedQuAD, CounselChat, GoEmotions
(sad) and ESConv would raise crisis by meaning (a row raises when one of its candidate
sentences reaches the floor). Recall is then reported at that floor, never used to choose it:
C-SSRS users (``group`` is the author; a user is caught when any post raises), SDCNL and the
two suicide tweet sets (crisis rows), and the held-back paraphrases of
``tests/moderation/functional/crisis_meaning.py``.

With ``--head PATH`` (the shipped classifier: ``moderation/data/warning_signs_head.npz``):
the classifier's probability at the threshold stored with it (chosen on out-of-fold benign
scores by ``moderation.training.warning_signs``), on the same rows; the benign figures here
are in-sample for the shipped head (the out-of-fold ones are stored in its figures).
``--heldback2`` also prints the second held-back set (``crisis_heldback2.py``), never tuned on.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderation.normalize import normalize
from moderation.training.warning_signs import SentenceCache
from moderation.warning_signs.head import load_head
from moderation.warning_signs.matcher import WarningSignMatcher
from tests.moderation.functional.crisis_heldback2 import HELD_BACK2
from tests.moderation.functional.crisis_meaning import DEV, HELD_BACK
from tests.moderation.functional.fresh import FRESH

BENIGN = ("medquad", "counselchat", "goemotions_sad", "esconv")
CRISIS = ("cssrs", "sdcnl", "suicide_tweets", "suicidal_tendency_tweets")
BENIGN_MAX = 0.001


def load(folder: Path, name: str, limit: int | None) -> list[dict]:
    rows = [json.loads(line) for line in (folder / f"{name}.jsonl").open()]
    return rows[:limit] if limit else rows


def row_scores(matcher: WarningSignMatcher, texts: list[str]) -> np.ndarray:
    """Each text's best score against the catalogue over its candidate sentences (0: none)."""
    todo, sentences = matcher.candidates([normalize(t or "") for t in texts])
    best = np.zeros(len(texts), dtype=np.float32)
    if sentences:
        if matcher.head is not None:
            vectors = matcher.bank.encoder.embed(sentences)
            nearest = (vectors @ matcher.bank.vectors[: matcher.signs].T).max(axis=1)
            sims = matcher.head.score(vectors, nearest)
        else:
            sims = matcher.scores(sentences)
        for (i, _, _), s in zip(todo, sims, strict=True):
            best[i] = max(best[i], s)
    return best


def choose_floor(benign: np.ndarray) -> float:
    for floor in np.arange(0.55, 0.95, 0.01):
        if (benign >= floor).mean() <= BENIGN_MAX:
            return round(float(floor), 2)
    return 0.95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="rows per file (a quick look)")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of sentence vectors")
    parser.add_argument("--head", type=Path, default=None, help="a warning-sign classifier")
    parser.add_argument("--heldback2", action="store_true", help="also the second held-back set")
    args = parser.parse_args()
    encoder = SentenceCache(args.cache)
    loaded = load_head(args.head) if args.head else None
    matcher = WarningSignMatcher(encoder, head=loaded[0] if loaded else None)
    benign_all = []
    per_set = {}
    for name in BENIGN:
        rows = [r for r in load(args.folder, name, args.limit) if r["label"] == "ok"]
        scores = row_scores(matcher, [r["text"] for r in rows])
        per_set[name] = scores
        benign_all.append(scores)
    benign = np.concatenate(benign_all)
    if loaded is not None:
        floor = loaded[0].threshold
        print(f"classifier {args.head}: threshold {floor:.3f}; stored figures {loaded[1]}")
    else:
        floor = choose_floor(benign)
        print(f"floor (<= {BENIGN_MAX:.1%} of {len(benign)} benign rows raised): {floor:.2f}")
    for name, scores in per_set.items():
        print(f"  benign {name:26s} {int((scores >= floor).sum()):5d} / {len(scores)}")
    for name in CRISIS:
        rows = load(args.folder, name, args.limit)
        scores = row_scores(matcher, [r["text"] for r in rows])
        hit = scores >= floor
        if name == "cssrs":
            users: dict[str, bool] = defaultdict(bool)
            for r, h in zip(rows, hit, strict=True):
                if r["label"] == "crisis":
                    users[r["group"]] |= bool(h)
            print(f"  crisis cssrs users          {sum(users.values()):5d} / {len(users)}")
            continue
        for label in ("crisis", "indicator", "ok"):
            idx = [i for i, r in enumerate(rows) if r["label"] == label]
            if idx:
                print(f"  {label:6s} {name:26s} {int(hit[idx].sum()):5d} / {len(idx)}")
    tables = [("dev", DEV), ("held back", HELD_BACK), ("fresh crisis", FRESH[:18])]
    if args.heldback2:
        tables.append(("held back 2", HELD_BACK2))
    for title, table in tables:
        scores = row_scores(matcher, [c.text for c in table])
        ok = sum((s >= floor) == bool(c.expect) for c, s in zip(table, scores, strict=True))
        print(f"  paraphrases {title:14s} {ok} / {len(table)} as expected (by meaning alone)")
    encoder.save()


if __name__ == "__main__":
    main()
