"""The abuse head's operating point, read off out-of-fold scores.

    nice python scripts/moderation_abuse_operating_point.py ../shared/eval [--cache DIR]

Scores every development row with an abuse head that never saw it (5 folds grouped by
author, as in training), then prints:

1. which ``ok`` rows of the ordinary-text sets (OLID, Davidson) the head raises at the
   shipped threshold, split by the taxonomy's direction: aimed at a person (second person,
   an in-text @mention, a third-person pronoun), at a group (an identity word or a slur), or
   at nobody, and whether they swear;
2. per candidate false-positive budget on ordinary text, the threshold it implies and the
   out-of-fold recall / false-positive rate per source, with and without the target gate
   (a model score alone raises abuse only when the message has a person or group target);
3. per candidate lower line for second-person messages with an insult word (the assessor's
   ``_INSULT_AT_YOU_MIN``, as a fraction of the threshold), the same rates;
4. per candidate lower line for a habitual or universal claim about a named group
   (``rules.abuse_types.generalised``; the assessor's ``_GENERALISED_MIN``), the same rates,
   with the shape's own rows counted apart.

Nothing here is tuned on a single example: the budgets are rates over thousands of rows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderation.assessor import _INSULT_WORD
from moderation.rules.abuse import medical_mask
from moderation.rules.abuse_types import generalised
from moderation.rules.targets import message_target, swears
from moderation.training.heads import (
    DEFAULT_C,
    HeadTrainer,
    build_dataset,
    choose_threshold,
    folds,
)

ORDINARY = {("olid", "ok"), ("davidson", "ok"), ("olid", "profane")}
SHOWN = (
    ("olid", "ok"),
    ("olid", "profane"),
    ("davidson", "ok"),
    ("olid", "abusive"),
    ("davidson", "abusive"),
    ("davidson", "offensive"),
    ("dynahate", "abusive"),
    ("dynahate", "ok"),
    ("toxigen", "abusive"),
    ("toxigen", "ok"),
    ("hatexplain", "abusive"),
    ("hatexplain", "ok"),
    ("conan", "abusive"),
    ("conan", "ok"),
    ("hearth_identity", "ok"),
    ("esconv", "ok"),
    ("goemotions", "ok"),
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "hearth_emb")
    ap.add_argument(
        "--ordinary-fpr", type=float, default=1.0, help="budget on ordinary text (1: none)"
    )
    args = ap.parse_args()
    ds = build_dataset(args.data_dir, args.cache)
    oof = HeadTrainer(ds, "abuse", DEFAULT_C["abuse"]).cross_fit(folds(ds), "out-of-fold")
    rows = ds.rows
    pair = [(r["source"], r["label"]) for r in rows]
    masked = [medical_mask(t) for t in ds.texts]
    target = [message_target(m) for m in masked]
    swore = [swears(m) for m in masked]
    shipped = choose_threshold(
        "abuse", rows, oof, {"abuse": 0.2, "benign": 0.005, "ordinary": args.ordinary_fpr}
    )
    print(f"shipped rule: threshold {shipped:.3f}")
    print("ordinary ok rows raised by the head alone, by target and swearing:")
    for src in sorted({p for p in pair if p in ORDINARY}):
        idx = [i for i, p in enumerate(pair) if p == src]
        hit = [i for i in idx if oof[i] >= shipped]
        cells: dict[tuple[str, bool], int] = defaultdict(int)
        for i in hit:
            cells[(target[i], swore[i])] += 1
        print(f"  {src[0]}/{src[1]}: {len(hit)}/{len(idx)} raised")
        for (t, s), n in sorted(cells.items()):
            print(f"    target={t:7s} swears={s!s:5s} {n:5d} ({n / max(1, len(hit)):.0%})")
    ordinary = np.array([p in ORDINARY for p in pair])
    has_target = np.array([t != "none" for t in target])
    print("\nbudget on ordinary text (OLID ok+profane, Davidson ok), out of fold:")
    header = " ".join(f"{s[:5]}/{lab[:3]}" for s, lab in SHOWN)
    print(f"{'budget':>7s} {'gate':>5s} {'thr':>6s} {header}")
    for budget in (None, 0.10, 0.08, 0.06, 0.05, 0.04, 0.03):
        t = shipped
        if budget is not None:
            s = np.sort(oof[ordinary])
            t = max(shipped, float(s[int(np.ceil(len(s) * (1 - budget))) - 1] + 1e-6))
        for gate in (False, True):
            raised = (oof >= t) & (has_target | (not gate))
            name = "none" if budget is None else f"{budget:.0%}"
            print(f"{name:>7s} {'on' if gate else 'off':>5s} {t:6.3f} {_rates(raised, pair)}")
    insult_at_you = np.array(
        [t == "you" and bool(_INSULT_WORD.search(m)) for t, m in zip(target, masked, strict=True)]
    )
    print("\nlower line for second-person messages with an insult word, out of fold:")
    _lower_lines(insult_at_you, (0.5, 0.45, 0.4, 0.35, 0.3, 0.25), shipped, oof, pair, header)
    shaped = np.array([generalised(m) for m in masked])
    print("\nlower line for a habitual or universal claim about a named group, out of fold:")
    for p in SHOWN:
        m = np.array([q == p for q in pair])
        if (m & shaped).any():
            n_shaped, n_rows = int((m & shaped).sum()), int(m.sum())
            print(f"  {p[0]}/{p[1]}: {n_shaped} of {n_rows} rows have the shape")
    _lower_lines(shaped, (0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2), shipped, oof, pair, header)


def _rates(raised: np.ndarray, pair: list[tuple[str, str]]) -> str:
    """The share of each ``SHOWN`` (source, label) raised."""
    cells = []
    for p in SHOWN:
        m = np.array([q == p for q in pair])
        cells.append(f"{raised[m].mean():9.1%}" if m.any() else f"{'-':>9s}")
    return " ".join(cells)


def _lower_lines(
    evidence: np.ndarray,
    lines: tuple[float, ...],
    shipped: float,
    oof: np.ndarray,
    pair: list[tuple[str, str]],
    header: str,
) -> None:
    """One row per candidate line for the rows with ``evidence`` (a fraction of the
    threshold: calibrated 0.5 is the threshold; below it, linear)."""
    print(f"{'line':>7s} {'':>5s} {'thr':>6s} {header}")
    for line in lines:
        t_line = shipped * line / 0.5
        raised = oof >= np.where(evidence, t_line, shipped)
        print(f"{line:7.2f} {'':>5s} {t_line:6.3f} {_rates(raised, pair)}")


if __name__ == "__main__":
    main()
