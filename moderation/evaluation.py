"""Evaluate the pipeline (and the alt-profanity-check baseline) on labeled JSONL files.

A row is ``{"id", "text", "label", "source", "group"?}``. What counts as a hit depends on the
label: ``abusive``/``offensive`` -> ``abuse`` raised; ``crisis`` -> ``crisis`` raised;
``misinfo`` -> ``misinformation`` raised; ``ok``/``profane`` -> anything raised is a false
positive. ``indicator`` rows are reported but not scored. Grouped data (several rows per
``group``) also gets a user-level crisis rate: did any of that user's posts raise crisis?
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .progress import Progress

# Sets whose ``group`` is a sub-category (target group, hate type, original label, dialogue
# role), not an author: no user-level rate for them.
SUBCATEGORY_GROUPS = {
    "dynahate",
    "toxigen",
    "conan",
    "hatexplain",
    "esconv",
    "suicide_tweets",
    "suicidal_tendency_tweets",
    "sdcnl",
    "hearth_identity",
    "hearth_stance",
    "hearth_group_hate",
    "hearth_mentions",
    "hearth_member",
}
TARGET = {"abusive": "abuse", "offensive": "abuse", "crisis": "crisis", "misinfo": "misinformation"}
NEGATIVE = {"ok", "profane"}

Flagger = Callable[[Sequence[str]], list[tuple[str, ...]]]


def load_rows(path: Path) -> list[dict]:
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    rows: list[dict] = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                row = json.loads(line)
                row.setdefault("source", f.stem)
                row.setdefault("id", f"{f.stem}-{n}")
                rows.append(row)
    return rows


def pipeline_flagger(assessor, batch: int = 256, label: str = "assessing") -> Flagger:
    def flag(texts: Sequence[str]) -> list[tuple[str, ...]]:
        out: list[tuple[str, ...]] = []
        with Progress(len(texts), label, enabled=len(texts) > batch) as bar:
            for i in range(0, len(texts), batch):
                out += [a.raised for a in assessor.assess_many(list(texts[i : i + batch]))]
                bar.update(min(batch, len(texts) - i))
        return out

    return flag


def baseline_flagger() -> Flagger | None:
    try:
        from profanity_check import predict_prob
    except Exception:
        return None

    def flag(texts: Sequence[str]) -> list[tuple[str, ...]]:
        probs = predict_prob(list(texts)) if texts else []
        return [("abuse",) if p >= 0.5 else () for p in probs]

    return flag


def evaluate(rows: list[dict], flags: list[tuple[str, ...]]) -> dict:
    per: dict[tuple[str, str], Counter] = defaultdict(Counter)
    confusion: dict[str, Counter] = defaultdict(Counter)
    users: dict[tuple[str, str], dict] = {}
    for row, fl in zip(rows, flags, strict=True):
        label, source = row["label"], row["source"]
        c = per[(source, label)]
        c["n"] += 1
        c["any"] += bool(fl)
        for cat in fl:
            c[cat] += 1
        target = TARGET.get(label)
        if target:
            c["hit"] += target in fl
        elif label in NEGATIVE:
            c["hit"] += bool(fl)
        confusion[label][fl[0] if len(fl) == 1 else ("+".join(sorted(fl)) or "none")] += 1
        group = row.get("group")
        if group and source not in SUBCATEGORY_GROUPS:
            u = users.setdefault((source, group), {"label": label, "crisis": False, "n": 0})
            u["crisis"] = u["crisis"] or "crisis" in fl
            u["n"] += 1
    sources = []
    for (source, label), c in sorted(per.items()):
        rate = c["hit"] / c["n"] if c["n"] else 0.0
        kind = "recall" if label in TARGET else ("fp_rate" if label in NEGATIVE else "flag_rate")
        sources.append(
            {
                "source": source,
                "label": label,
                "n": c["n"],
                "metric": kind,
                "value": round(rate if kind != "flag_rate" else c["any"] / c["n"], 4),
                "by_category": {k: v for k, v in c.items() if k not in ("n", "hit", "any")},
            }
        )
    grouped = defaultdict(lambda: Counter())
    for (source, _), u in users.items():
        if u["n"] < 2 and source not in ("cssrs",):
            continue
        g = grouped[(source, u["label"])]
        g["users"] += 1
        g["crisis_users"] += u["crisis"]
    user_level = [
        {
            "source": s,
            "label": lab,
            "users": g["users"],
            "crisis_rate": round(g["crisis_users"] / g["users"], 4),
        }
        for (s, lab), g in sorted(grouped.items())
    ]
    return {
        "per_source": sources,
        "user_level": user_level,
        "confusion": {k: dict(v) for k, v in confusion.items()},
    }


def format_report(results: dict[str, dict]) -> str:
    """Side-by-side text report for several systems (e.g. 'hearth' and 'baseline')."""
    names = list(results)
    first = results[names[0]]
    lines = [
        "Per source/label (recall for abusive/offensive/crisis/misinfo; FP rate for ok/profane)"
    ]
    header = f"  {'source':14s} {'label':10s} {'n':>6s} {'metric':9s} " + " ".join(
        f"{n:>10s}" for n in names
    )
    lines.append(header)
    for i, row in enumerate(first["per_source"]):
        vals = [results[n]["per_source"][i]["value"] for n in names]
        lines.append(
            f"  {row['source']:14s} {row['label']:10s} {row['n']:6d} {row['metric']:9s} "
            + " ".join(f"{v:10.2%}" for v in vals)
        )
    if first["user_level"]:
        lines.append("User-level crisis rate (any post of the user raised crisis)")
        for i, row in enumerate(first["user_level"]):
            vals = [results[n]["user_level"][i]["crisis_rate"] for n in names]
            lines.append(
                f"  {row['source']:14s} {row['label']:10s} {row['users']:6d} users   "
                + " ".join(f"{v:10.2%}" for v in vals)
            )
    for n in names:
        lines.append(f"Confusion ({n}): label -> raised categories")
        for label, counts in sorted(results[n]["confusion"].items()):
            top = ", ".join(f"{k}={v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))
            lines.append(f"  {label:10s} {top}")
    return "\n".join(lines)


def run(path: Path, assessor, with_baseline: bool = True) -> dict[str, dict]:
    rows = load_rows(path)
    texts = [r.get("text", "") for r in rows]
    results = {"hearth": evaluate(rows, pipeline_flagger(assessor)(texts))}
    if with_baseline:
        base = baseline_flagger()
        if base is not None:
            results["baseline"] = evaluate(rows, base(texts))
    return results


def iter_jsonl(lines: Iterable[str]):
    """Yield (line number, row or None, error) for a JSONL stream."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, None, f"invalid JSON: {exc.msg}"
            continue
        if not isinstance(row, dict) or "id" not in row or not isinstance(row.get("text"), str):
            yield n, None, "needs an object with 'id' and a string 'text'"
            continue
        yield n, row, ""
