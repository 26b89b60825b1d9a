"""Training on a small data directory made here: corpus, out-of-fold, LOSO, eval --oof/--loso."""

import json

import numpy as np
import pytest
from click.testing import CliRunner

from moderation.cli import moderation
from moderation.training import corpus
from moderation.training.heads import (
    Dataset,
    HeadTrainer,
    TrainOptions,
    choose_threshold,
    threshold_for_fpr,
    train_heads,
)

HATE = [
    "{g} are vermin and should be driven out",
    "all {g} are filthy animals",
    "I can't stand {g}, they ruin everything",
    "{g} should not be allowed to vote",
]
NEUTRAL = [
    "my neighbours are {g} and they helped us move",
    "there are {g} in our support group too",
    "saying {g} are vermin is hateful and wrong",
    "the clinic has a leaflet for {g} families",
]
GROUPS = ["immigrants", "muslims", "women", "gay people", "jews", "refugees"]
CRISIS = [
    "i want to die, i can't do this anymore",
    "everyone would be better off without me",
    "i have been saving pills and i think tonight is the night",
    "i don't see any reason to keep living",
]
SUPPORT = [
    "what helps you sleep on the ward?",
    "we had a good day at clinic, counts are up",
    "does anyone know a good parking spot near the hospital",
    "thank you all for the kind messages",
]


def _write(folder, name, rows):
    with (folder / f"{name}.jsonl").open("w") as f:
        for i, (text, label, group) in enumerate(rows):
            source = name.replace("_train", "")
            row = {"id": f"{name}-{i}", "text": text, "label": label, "source": source}
            row["group"] = group
            f.write(json.dumps(row) + "\n")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("eval")
    for name in ("dynahate", "toxigen"):
        rows = [(t.format(g=g), "abusive", g) for t in HATE for g in GROUPS]
        rows += [(t.format(g=g), "ok", g) for t in NEUTRAL for g in GROUPS]
        _write(d, name, rows[:: 1 if name == "dynahate" else 2])
    users = [(CRISIS[i % 4] + f" ({i})", "crisis", f"u{i % 6}") for i in range(18)]
    users += [(SUPPORT[i % 4] + f" ({i})", "ok", f"s{i % 6}") for i in range(18)]
    _write(d, "cssrs", users)
    _write(
        d,
        "medquad",
        [
            (f"What is the outlook for stage {i} {t}?", "ok", "")
            for i in range(6)
            for t in ("neuroblastoma", "wilms tumor")
        ],
    )
    _write(d, "domain_cases", [("Scan day tomorrow, fingers crossed.", "ok", "")])
    return d


def test_corpus_caps_rows_by_a_stable_hash(data_dir, monkeypatch):
    monkeypatch.setitem(corpus.CAPS, ("dynahate", "ok"), 5)
    first = corpus.load_corpus(data_dir)
    again = corpus.load_corpus(data_dir)
    kept = [r["id"] for r in first if (r["source"], r["label"]) == ("dynahate", "ok")]
    assert len(kept) == 5 and kept == [
        r["id"] for r in again if (r["source"], r["label"]) == ("dynahate", "ok")
    ]
    assert "domain_cases" not in {r["source"] for r in first}  # the acceptance set


def test_cssrs_users_stay_in_one_fold_other_rows_spread(data_dir):
    rows = corpus.load_corpus(data_dir)
    by_user: dict[str, set[int]] = {}
    for r in rows:
        if r["source"] == "cssrs":
            by_user.setdefault(r["group"], set()).add(corpus.fold_of(r, 5))
    assert all(len(f) == 1 for f in by_user.values())
    dyna = {corpus.fold_of(r, 5) for r in rows if r["source"] == "dynahate"}
    assert len(dyna) == 5  # dynahate's group is a target group, not an author


def test_templated_rows_fold_by_template_and_cover_every_identity(data_dir):
    from collections import Counter

    from moderation.training.identity import IDENTITIES, STANCE_IDENTITIES, TEMPLATES
    from moderation.training.written import identity_stance

    rows = corpus.load_corpus(data_dir, written=("stance",))
    assert not any(r["source"] == "hearth_stance" for r in corpus.load_corpus(data_dir))
    rows = [r for r in rows if r["source"] == "hearth_stance"]
    templates = len(identity_stance.PRAISE) + len(identity_stance.COUNTER)
    assert len(rows) == templates * STANCE_IDENTITIES
    assert all("{" not in r["text"] and r["label"] == "ok" for r in rows)
    uses = Counter(r["id"].rsplit("-", 1)[1] for r in rows)
    assert set(uses) == set(IDENTITIES) and max(uses.values()) - min(uses.values()) <= 1
    folds: dict[str, set[int]] = {}
    for r in rows + corpus.identity_rows():
        folds.setdefault(corpus.author_key(r), set()).add(corpus.fold_of(r, 5))
    assert len(folds) == templates + len(TEMPLATES) and all(len(f) == 1 for f in folds.values())
    assert corpus.abuse_target(rows[0]) == (0, 1.5)


def test_group_hate_rows_on_request_abusive_and_look_alikes_by_template(data_dir):
    from moderation.training.identity import STANCE_IDENTITIES
    from moderation.training.written import group_hate

    assert not any(r["source"] == "hearth_group_hate" for r in corpus.load_corpus(data_dir))
    rows = [
        r
        for r in corpus.load_corpus(data_dir, written=("group_hate",))
        if r["source"] == "hearth_group_hate"
    ]
    templates = list(group_hate.ABUSIVE) + list(group_hate.LOOKALIKE)
    filled = sum(STANCE_IDENTITIES if "{" in t else 1 for t in templates)
    assert len(rows) == filled and all("{" not in r["text"] for r in rows)
    assert {r["label"] for r in rows} == {"abusive", "ok"}
    assert len({r["text"] for r in rows}) == len(rows)  # no template filled twice the same
    folds: dict[str, set[int]] = {}
    for r in rows:
        folds.setdefault(corpus.author_key(r), set()).add(corpus.fold_of(r, 5))
    assert len(folds) == len(templates) and all(len(f) == 1 for f in folds.values())
    by_label = {r["label"]: corpus.abuse_target(r) for r in rows}
    assert by_label == {"abusive": (1, 1.0), "ok": (0, 1.5)}


def test_mention_rows_on_request_quiet_and_folded_by_template(data_dir):
    from moderation.training.written import identity_mentions_b

    assert not any(r["source"] == "hearth_mentions" for r in corpus.load_corpus(data_dir))
    rows = [
        r
        for r in corpus.load_corpus(data_dir, written=("mentions",))
        if r["source"] == "hearth_mentions"
    ]
    assert len({corpus.author_key(r) for r in rows}) == len(identity_mentions_b.MENTIONS)
    assert {r["label"] for r in rows} == {"ok"} and corpus.abuse_target(rows[0]) == (0, 1.5)


def test_member_rows_on_request_one_row_and_one_fold_per_message(data_dir):
    from moderation.training.written import member_abuse_a, member_abuse_b

    assert not any(r["source"] == "hearth_member" for r in corpus.load_corpus(data_dir))
    rows = [
        r
        for r in corpus.load_corpus(data_dir, written=("member",))
        if r["source"] == "hearth_member"
    ]
    abusive = [
        m for mod in (member_abuse_a, member_abuse_b) for k in mod.POSITIVES.values() for m in k
    ]
    alike = [
        m for mod in (member_abuse_a, member_abuse_b) for k in mod.LOOKALIKES.values() for m in k
    ]
    assert sorted(r["text"] for r in rows if r["label"] == "abusive") == sorted(abusive)
    assert sorted(r["text"] for r in rows if r["label"] == "ok") == sorted(alike)
    assert len({corpus.author_key(r) for r in rows}) == len(rows)
    by_label = {r["label"]: corpus.abuse_target(r) for r in rows}
    assert by_label == {"abusive": (1, 1.0), "ok": (0, 1.5)}


def test_every_written_set_has_its_own_source_read_by_the_eval():
    from moderation.evaluation import SUBCATEGORY_GROUPS

    for name, rows in corpus.WRITTEN_SETS.items():
        assert {r["source"] for r in rows()} == {f"hearth_{name}"}
    assert corpus.WRITTEN_TEMPLATES <= SUBCATEGORY_GROUPS


def test_targets_follow_the_noise_notes():
    assert corpus.abuse_target({"source": "conan", "label": "ok"}) == (0, 1.5)
    assert corpus.abuse_target({"source": "davidson", "label": "offensive"})[1] < 0.5
    assert corpus.crisis_target({"source": "cssrs", "label": "indicator"}) is None
    assert corpus.crisis_target({"source": "suicide_tweets", "label": "crisis"}) == (1, 0.5)
    assert corpus.crisis_target({"source": "sdcnl", "label": "indicator"})[0] == 0


def test_cross_fit_never_sees_the_rows_it_scores():
    rng = np.random.default_rng(0)
    n = 120
    x = rng.normal(size=(n, 8)).astype(np.float32)
    rows = [
        {"id": str(i), "source": "dynahate" if i % 2 else "toxigen", "label": "ok"}
        for i in range(n)
    ]
    for i in range(n):
        if x[i, 0] > 0:
            rows[i]["label"] = "abusive"
    ds = Dataset(rows, [""] * n, x, x, np.arange(n))
    parts = np.arange(n) % 4
    before = HeadTrainer(ds, "abuse", 1.0).cross_fit(parts, "test")
    flipped = [dict(r) for r in rows]
    for i in np.where(parts == 0)[0]:  # change the labels of part 0 only
        flipped[i]["label"] = "ok" if rows[i]["label"] == "abusive" else "abusive"
    after = HeadTrainer(Dataset(flipped, ds.texts, x, x, ds.owner), "abuse", 1.0).cross_fit(
        parts, "test"
    )
    assert np.allclose(before[parts == 0], after[parts == 0])
    assert not np.allclose(before[parts == 1], after[parts == 1])


def test_abuse_head_with_a_hidden_layer_is_read_the_same_at_run_time(tmp_path):
    from moderation.backends.minilm import Head, save_heads

    rng = np.random.default_rng(0)
    n = 4000
    x = rng.normal(size=(n, 8)).astype(np.float32)
    hate = (x[:, 0] > 0) != (x[:, 1] > 0)  # no straight line separates it
    rows = [
        {"id": str(i), "source": "dynahate", "label": "abusive" if hate[i] else "ok"}
        for i in range(n)
    ]
    ds = Dataset(rows, [""] * n, x, x, np.arange(n))
    every = np.ones(n, dtype=bool)
    plain = HeadTrainer(ds, "abuse", 1.0)
    assert "hidden_w" not in plain.fit(every)
    trainer = HeadTrainer(ds, "abuse", 1.0, hidden=16, alpha=0.01)
    head = trainer.fit(every)
    assert head["hidden_w"].shape == (8, 16) and head["coef"].shape == (16,)
    p = trainer.predict(head, every)
    assert ((p >= 0.5) == hate).mean() > 0.9
    assert ((plain.predict(plain.fit(every), every) >= 0.5) == hate).mean() < 0.75
    save_heads(tmp_path / "h.npz", {"abuse": {**head, "threshold": 0.5}}, {})
    with np.load(tmp_path / "h.npz") as data:
        assert np.allclose(Head(data, "abuse").probability(x), p, atol=1e-5)


def test_threshold_keeps_the_false_positive_budget():
    neg = np.linspace(0, 1, 1001)
    t = threshold_for_fpr(neg, 0.01)
    assert (neg >= t).mean() <= 0.01 and (neg >= t - 0.002).mean() > 0.01


def test_train_heads_stores_oof_loso_and_in_sample_figures(data_dir, tmp_path):
    out = tmp_path / "heads.npz"
    result = train_heads(data_dir, out, tmp_path / "cache", opts=TrainOptions(loso=True))
    figures = result["figures"]
    assert set(result["heads"]) == {"abuse", "crisis"}
    assert set(figures["abuse"]["dynahate/abusive"]) == {"oof", "loso", "in-sample", "n"}
    assert figures["abuse"]["dynahate/abusive"]["oof"] > 0.8
    assert figures["crisis"]["cssrs users/crisis"]["oof"] > 0.8
    # the abuse head's hidden layer is 384 x 64 float32: about 100 kB
    assert (tmp_path / "cache").is_dir() and out.stat().st_size < 150_000


def test_eval_prints_in_sample_oof_and_loso_beside_baseline(data_dir, tmp_path):
    cache = tmp_path / "cache"
    r = CliRunner().invoke(
        moderation,
        ["eval", str(data_dir), "--oof", "--loso", "--cache", str(cache), "--json"],
        obj={},
    )
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert {"hearth", "oof", "loso", "baseline"} <= set(d)
    sources = {x["source"] for x in d["oof"]["per_source"]}
    assert {"dynahate", "cssrs", "medquad", "domain_cases"} <= sources
    text = CliRunner().invoke(
        moderation, ["eval", str(data_dir), "--loso", "--cache", str(cache)], obj={}
    )
    assert text.exit_code == 0, text.output
    assert "loso" in text.stdout.splitlines()[2]


def test_ordinary_text_weighs_more_and_keeps_its_own_budget():
    assert corpus.abuse_target({"source": "olid", "label": "ok"}) == (0, corpus.ORDINARY_WEIGHT)
    assert corpus.abuse_target({"source": "davidson", "label": "ok"})[1] > 1.0
    assert corpus.abuse_target({"source": "dynahate", "label": "ok"}) == (0, 1.0)
    # Hate-set ok rows allow 20% at 0.5; ordinary rows at 5% push the threshold up.
    rows = [{"source": "dynahate", "label": "ok"}] * 100 + [{"source": "olid", "label": "ok"}] * 100
    oof = np.r_[np.linspace(0, 0.6, 100), np.linspace(0, 1, 100)]
    loose = choose_threshold("abuse", rows, oof, {"abuse": 0.2, "benign": 0.005})
    budget = {"abuse": 0.2, "benign": 0.005, "ordinary": 0.05}
    t = choose_threshold("abuse", rows, oof, budget)
    assert t > loose
    assert (oof[100:] >= t).mean() <= 0.05


def test_hearths_written_ok_rows_keep_a_budget_only_on_request():
    rows = [{"source": "dynahate", "label": "ok"}] * 100
    rows += [{"source": "hearth_mentions", "label": "ok"}] * 100
    rows += [{"source": "hearth_group_hate", "label": "abusive"}] * 100
    oof = np.r_[np.linspace(0, 0.6, 100), np.linspace(0, 1, 100), np.ones(100)]
    budget = {"abuse": 0.2, "benign": 0.005}
    off = choose_threshold("abuse", rows, oof, budget)
    assert off == choose_threshold("abuse", rows, oof, {**budget, "written": 1.0})
    t = choose_threshold("abuse", rows, oof, {**budget, "written": 0.05})
    assert t > off
    assert (oof[100:200] >= t).mean() <= 0.05  # the abusive written rows never count


def test_eval_refits_each_head_in_the_shape_the_heads_file_describes(monkeypatch):
    """Out-of-fold and leave-one-source-out heads are refitted as the shipped ones were: a
    logistic head scored against a hidden-layer head's threshold would raise far more."""
    from types import SimpleNamespace

    from moderation.training import cross_eval
    from moderation.training.heads import DEFAULT_C, trainer_from_params

    n = 40
    rng = np.random.default_rng(0)
    x = rng.normal(size=(n, 4)).astype(np.float32)
    rows = [
        {"id": str(i), "source": "dynahate", "label": "abusive" if i % 2 else "ok"}
        for i in range(n)
    ]
    ds = Dataset(rows, [f"t{i}" for i in range(n)], x, x, np.arange(n))
    plain = trainer_from_params(ds, "abuse", {})
    assert (plain.C, plain.hidden) == (DEFAULT_C["abuse"], 0)
    params = {"abuse_C": 2.0, "abuse_hidden": 16, "abuse_alpha": 0.01}
    shaped = trainer_from_params(ds, "abuse", params)
    assert (shaped.C, shaped.hidden, shaped.alpha) == (2.0, 16, 0.01)

    seen: list[int] = []

    def cross_fit(self, parts, label):
        seen.append(self.hidden)
        return np.full(len(self.ds.rows), 0.5)

    monkeypatch.setattr(HeadTrainer, "cross_fit", cross_fit)
    head = SimpleNamespace(threshold=0.5)
    backend = SimpleNamespace(meta={"params": params}, categories=("abuse",), heads={"abuse": head})
    scores = cross_eval.cross_scores(ds, backend, "oof")
    assert seen == [16] and scores["t0"] == {"abuse": 0.5}
