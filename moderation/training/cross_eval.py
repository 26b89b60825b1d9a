"""The whole pipeline scored honestly: in-sample, out-of-fold and leave-one-source-out.

``hearthbot moderation eval PATH --oof --loso`` runs the assessor (rules, gates, policy) over
the development corpus three ways: with the shipped heads (in-sample for rows they were
trained on), with each row's MiniLM scores from heads trained without that row's fold
(grouped by author), and with scores from heads trained without that row's source. Only the
MiniLM head scores change between the three; every rule and gate is the same. Rows of files
that are not part of the training corpus (``domain_cases``) are never trained on, so the
shipped heads already score them out of sample.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..backends.minilm import MiniLMBackend, calibrate
from ..evaluation import evaluate, load_rows, pipeline_flagger
from .corpus import written_in
from .embeddings import EmbeddingStore, StoreEncoder
from .heads import CHUNKED, Dataset, build_dataset, folds, trainer_from_params


class CrossFitted:
    """The MiniLM backend, answering with precomputed scores for the texts it knows."""

    def __init__(self, backend: MiniLMBackend, by_text: dict[str, dict[str, float]]) -> None:
        self.backend = backend
        self.by_text = by_text
        self.name = backend.name
        self.input = backend.input
        self.categories = backend.categories
        self.supersedes = backend.supersedes
        self.targets_learned = backend.targets_learned

    def score_categories(self, texts: Sequence[str]) -> dict[str, list[float]]:
        unknown = [t for t in texts if t not in self.by_text]
        fresh = self.backend.score_categories(unknown) if unknown else {}
        where = {t: i for i, t in enumerate(unknown)}
        out: dict[str, list[float]] = {c: [] for c in self.categories}
        for t in texts:
            for c in self.categories:
                known = self.by_text.get(t)
                out[c].append(known[c] if known else fresh[c][where[t]])
        return out

    def score(self, texts: Sequence[str]) -> list[float]:
        return self.score_categories(texts).get("abuse", [0.0] * len(texts))


def cross_scores(ds: Dataset, backend: MiniLMBackend, kind: str) -> dict[str, dict[str, float]]:
    """normalised text -> calibrated head scores from heads that never saw that text's part."""
    parts = folds(ds) if kind == "oof" else ds.sources
    label = "out-of-fold" if kind == "oof" else "leave-one-source-out"
    params = backend.meta.get("params", {})
    per_head = {}
    for name in backend.categories:
        if name not in CHUNKED:
            continue
        raw = trainer_from_params(ds, name, params).cross_fit(parts, label)
        per_head[name] = calibrate(raw, backend.heads[name].threshold)
    out: dict[str, dict[str, float]] = {}
    for i, text in enumerate(ds.texts):
        out[text] = {c: float(per_head[c][i]) if c in per_head else 0.0 for c in per_head}
    return out


def run_cross(
    path: Path,
    data_dir: Path,
    assessor_factory,
    cache: Path | None,
    kinds: Sequence[str],
    baseline=None,
) -> dict[str, dict]:
    """Results per system (``hearth`` in-sample, then each of ``kinds``, then ``baseline``)."""
    encoder = StoreEncoder(EmbeddingStore(cache))
    backend = MiniLMBackend(encoder=encoder)
    # the corpus the shipped heads were trained on, so the refits see the same rows
    ds = build_dataset(data_dir, cache, written_in(backend.meta.get("params", {})))
    given = load_rows(path)
    wanted = {r["source"] for r in given}
    trained = {r["source"] for r in ds.rows}
    rows = [r for r in ds.rows if r["source"] in wanted]
    rows += [r for r in given if r["source"] not in trained]
    texts = [r.get("text", "") for r in rows]
    assessor = assessor_factory()
    assessor.replace_model(backend)
    results = {"hearth": evaluate(rows, pipeline_flagger(assessor)(texts))}
    for kind in kinds:
        crossed = CrossFitted(backend, cross_scores(ds, backend, kind))
        assessor.replace_model(crossed)
        results[kind] = evaluate(rows, pipeline_flagger(assessor)(texts))
    if baseline is not None:
        results["baseline"] = evaluate(rows, baseline(texts))
    return results
