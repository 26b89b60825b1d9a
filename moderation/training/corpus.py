"""The development corpus for the MiniLM heads: every eval set, read in place, subsampled.

``load_corpus(data_dir)`` reads the JSONL files of the eval data directory (never copied into
the project) and keeps, per (source, label), at most ``CAPS`` rows chosen by a stable hash of
the row id, so the corpus is the same on every run and machine. ``domain_cases`` (the
project's acceptance set) is never trained on; Hearth's own neutral identity mentions
(``identity.identity_rows``) are always added, its praise of groups and counter-speech
(``identity.stance_rows``) on request. Their rows are templates filled with identity
terms: a template's rows share a fold, so out-of-fold scores never see a sibling.

What each row teaches each head (``abuse_target`` and ``crisis_target``: (label, weight) or
None when the row says nothing about that head) follows the data README's noise notes:

- abuse positives: DynaHate, ToxiGen and CONAN hate, HateXplain hate and offensive, Davidson
  hate, OLID targeted insults. Davidson ``offensive`` (over-labels dialect and plain swearing)
  counts at a low weight. Negatives: CONAN counter-speech (hard negatives: it names groups and
  quotes hate to argue against it), DynaHate/ToxiGen/HateXplain ``ok`` (neutral and positive
  mentions of groups), OLID untargeted swearing, and every benign and crisis set (talk of
  death and despair is not abuse).
- crisis positives: C-SSRS ideation/behaviour/attempt users' posts, SuicideWatch (SDCNL) and
  the two Twitter suicide sets. About half the Twitter ``crisis`` rows are not a crisis, so
  they weigh less. Negatives: C-SSRS supportive users, r/depression (SDCNL ``indicator``, a
  hard negative at low weight since ~20% are crises), ESConv conversations, the benign health
  sets, the Twitter ``ok`` rows and the abuse sets (low weight). C-SSRS and Twitter
  ``indicator`` rows are left out.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from .identity import group_hate_rows, identity_rows, member_rows, mention_rows, stance_rows

# (source, label) -> most rows kept; unlisted pairs keep every row.
CAPS = {
    ("conan", "ok"): 2500,
    ("conan", "abusive"): 2000,
    ("hatexplain", "ok"): 2000,
    ("hatexplain", "abusive"): 2000,
    ("hatexplain", "offensive"): 2000,
    ("davidson", "ok"): 2500,
    ("davidson", "offensive"): 1500,
    ("olid", "ok"): 2500,
    ("olid", "abusive"): 2500,
    ("suicidal_tendency_tweets", "ok"): 1500,
    ("suicidal_tendency_tweets", "crisis"): 1500,
    ("suicidal_tendency_tweets", "indicator"): 0,
    ("esconv", "ok"): 3000,
}
FILES = (
    "dynahate",
    "toxigen",
    "conan",
    "hatexplain",
    "davidson",
    "olid_train",
    "cssrs",
    "suicide_tweets",
    "suicidal_tendency_tweets",
    "sdcnl",
    "esconv",
    "goemotions_sad",
    "counselchat",
    "medquad",
)
BENIGN = {"medquad", "goemotions", "counselchat"}
HATE_SOURCES = {"dynahate", "toxigen", "conan", "hatexplain", "davidson", "olid"}
SUICIDE_TWITTER = {"suicide_tweets", "suicidal_tendency_tweets"}
# Ordinary text with no abuse by annotation: the abuse head's false-positive budget is kept on
# these (``heads.choose_threshold``) and they weigh more in its training.
ORDINARY = {("olid", "ok"), ("olid", "profane"), ("davidson", "ok")}
ORDINARY_WEIGHT = 3.0


def unit_hash(key: str) -> float:
    """A stable number in [0, 1] for a string (sampling, folds)."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF


# Hearth's written template sets added on request (``train --stance``, ``--group-hate``,
# ``--mentions``, ``--member``; each measured, see README): praise and counter-speech, implicit
# hate about groups and its look-alikes, a second writer's neutral mentions of groups, abuse
# aimed at a member and its look-alikes. Set ``name``'s rows have source ``hearth_<name>``. A
# heads file's ``params`` record which were used (``written_in``).
WRITTEN_SETS: dict[str, Callable[[], list[dict]]] = {
    "stance": stance_rows,
    "group_hate": group_hate_rows,
    "mentions": mention_rows,
    "member": member_rows,
}
# Hearth's own written rows (``identity``): folded by template, the ``ok`` ones weigh more.
WRITTEN_TEMPLATES = {"hearth_identity", *(f"hearth_{name}" for name in WRITTEN_SETS)}


def written_in(params: dict) -> tuple[str, ...]:
    """The written sets a heads file's ``params`` (or training options) were trained with."""
    return tuple(name for name in WRITTEN_SETS if params.get(name))


def load_corpus(
    data_dir: Path, files: tuple[str, ...] = FILES, written: Iterable[str] = ()
) -> list[dict]:
    """Rows of every present file, capped per (source, label) by a stable hash of the id,
    Hearth's neutral mentions of groups, and the ``written`` sets named (``WRITTEN_SETS``)."""
    rows: list[dict] = []
    for name in files:
        path = data_dir / f"{name}.jsonl"
        if not path.exists():
            print(f"skipping missing {path}", file=sys.stderr)
            continue
        by_pair: dict[tuple[str, str], list[dict]] = defaultdict(list)
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    by_pair[(row["source"], row["label"])].append(row)
        for pair, pair_rows in by_pair.items():
            cap = CAPS.get(pair)
            if cap is not None and len(pair_rows) > cap:
                pair_rows = sorted(pair_rows, key=lambda r: unit_hash("keep:" + str(r["id"])))
                pair_rows = pair_rows[:cap]
            rows += pair_rows
    return rows + identity_rows() + [row for name in written for row in WRITTEN_SETS[name]()]


def author_key(row: dict) -> str:
    """What ties rows together for cross-validation: the C-SSRS user, else the row itself.

    In the later sets ``group`` is a sub-category (target group, hate type), not an author:
    folding by it would hold out whole target groups, which is what leave-one-source-out
    measures separately.
    """
    if row["source"] == "cssrs" and row.get("group"):
        return f"cssrs:{row['group']}"
    if row["source"] == "esconv" and row.get("group"):
        return "esconv:" + str(row["group"]).rsplit("/", 1)[-1]  # one dialogue
    if row["source"] in WRITTEN_TEMPLATES:  # one template, whatever identity fills it
        return str(row["id"]).rsplit("-", 1)[0]
    return f"{row['source']}:{row['id']}"


def fold_of(row: dict, k: int) -> int:
    return int(unit_hash("fold:" + author_key(row)) * k) % k


def abuse_target(row: dict) -> tuple[int, float] | None:
    src, label = row["source"], row["label"]
    if label == "abusive":
        return 1, 1.0
    if label == "offensive":
        return (1, 0.3) if src == "davidson" else (1, 0.7)
    if (src, label) in ORDINARY:
        return 0, ORDINARY_WEIGHT
    if label in ("ok", "profane"):
        weight = 1.5 if (src == "conan" or src in WRITTEN_TEMPLATES or src in BENIGN) else 1.0
        return 0, weight
    if label in ("crisis", "indicator"):
        return 0, 0.5
    return None


def crisis_target(row: dict) -> tuple[int, float] | None:
    src, label = row["source"], row["label"]
    if label == "crisis":
        if src in SUICIDE_TWITTER:
            return 1, 0.5
        return 1, 1.0
    if label == "indicator":
        return (0, 0.4) if src == "sdcnl" else None
    if src == "cssrs":
        return 0, 2.0
    if src in BENIGN:
        return 0, 3.0
    if src == "esconv":
        return 0, 1.0
    if src in SUICIDE_TWITTER:
        return 0, 0.7
    return 0, 0.2
