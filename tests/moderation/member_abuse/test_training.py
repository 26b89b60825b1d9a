"""The member-abuse trainer: what it trains on, and that out-of-fold scores never see a row."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from moderation.member_abuse.catalogue import CATALOGUE, CONTRAST
from moderation.member_abuse.kinds import KINDS
from moderation.training import member_abuse
from moderation.training.warning_signs import FOLDS, oof_scores


def _write(folder: Path, name: str, rows: list[dict]) -> None:
    with (folder / f"{name}.jsonl").open("w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")


def test_dataset_keeps_what_run_time_would_embed(tmp_path: Path):
    ok = [
        {"id": "a", "text": "you will get through this. The ward was busy.", "label": "ok"},
        {"id": "b", "text": "we had scans today", "label": "ok"},
        {"id": "c", "text": "nobody blames you", "label": "ok"},  # blame denied: not embedded
        {"id": "d", "text": "get lost, you are not wanted", "label": "abusive"},  # not benign
    ]
    for name in member_abuse.BENIGN:
        rows = [dict(r, group=f"g{i}") for i, r in enumerate(ok)]
        _write(tmp_path, name, rows)
    data = member_abuse.dataset(tmp_path)
    benign = [t for t, row in zip(data.texts, data.benign_row, strict=True) if row >= 0]
    assert benign == ["you will get through this."] * len(member_abuse.BENIGN)
    assert data.n_benign == 3 * len(member_abuse.BENIGN)
    positives = sum(len(k.phrasings) for k in CATALOGUE)
    assert sum(data.labels) == positives == int(data.signs().sum())
    groups = zip(data.groups, data.weights, strict=True)
    weights = [w for g, w in groups if g.startswith("contrast/")]
    assert weights == [member_abuse.CONTRAST_WEIGHT] * len(CONTRAST)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_kind_dataset_teaches_its_kind_alone_against_the_same_benign_rows(tmp_path: Path, kind):
    for name in member_abuse.BENIGN:
        row = {"id": "a", "text": "you will get through this.", "label": "ok", "group": "g"}
        _write(tmp_path, name, [row])
    main = member_abuse.dataset(tmp_path)
    data = member_abuse.dataset(tmp_path, kind=kind)
    assert data.n_benign == main.n_benign
    positives = [t for t, y in zip(data.texts, data.labels, strict=True) if y]
    assert positives == [p.lower() for p in kind.phrasings]
    contrast = [g for g in data.groups if g.startswith("contrast/")]
    assert len(contrast) == len(CONTRAST) + len(kind.contrast)


def test_out_of_fold_scores_of_phrasings_never_see_their_own_fold():
    """A phrasing's score comes from a head fitted without its fold and from the nearest
    phrasing of another fold: changing one phrasing leaves its fold-mates' scores alone."""
    rng = np.random.default_rng(0)
    x = rng.normal(size=(60, 8)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    y = np.array([1] * 20 + [0] * 40)
    w = np.ones(60)
    folds = np.arange(60) % FOLDS
    signs = y == 1
    base = oof_scores(x, y, w, folds, signs)
    moved = x.copy()
    moved[0] = -moved[0]  # a phrasing of fold 0
    after = oof_scores(moved, y, w, folds, signs)
    mates = (folds == 0) & signs
    mates[0] = False
    assert not np.allclose(base[0], after[0])
    np.testing.assert_allclose(base[mates], after[mates], atol=1e-6)
    assert not np.allclose(base[folds != 0], after[folds != 0])  # the other folds trained on it
