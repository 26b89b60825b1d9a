"""Ranking resources for a topic: tags first, then title, then summary; the member's region
and audience break ties. Small and transparent on purpose: organizers can predict it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.resources.directory import Resource

_WORD = re.compile(r"[a-z0-9]+")
STOPWORDS = frozenset(
    (
        "a",
        "an",
        "and",
        "are",
        "for",
        "help",
        "how",
        "i",
        "in",
        "is",
        "it",
        "me",
        "my",
        "of",
        "on",
        "or",
        "our",
        "the",
        "to",
        "we",
        "what",
        "with",
    )
)
#: Everyday words parents type, mapped to the words the directory uses.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "money": ("financial",),
    "bills": ("financial",),
    "costs": ("financial",),
    "sick": ("nausea",),
    "vomiting": ("nausea",),
    "puking": ("nausea",),
    "brother": ("siblings",),
    "sister": ("siblings",),
    "grief": ("bereavement",),
    "died": ("bereavement",),
    "loss": ("bereavement",),
    "suicidal": ("crisis",),
    "hotline": ("crisis",),
    "housing": ("lodging",),
    "travel": ("lodging",),
}


def _stem(word: str) -> str:
    for suffix in ("ings", "ing", "ies", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def terms(text: str) -> set[str]:
    words = [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS]
    out = {_stem(w) for w in words}
    for w in words:
        out.update(_stem(s) for s in SYNONYMS.get(w, ()))
    return out


@dataclass(frozen=True, slots=True)
class Match:
    resource: Resource
    score: float


def rank(entries: tuple[Resource, ...], query: str, *, region: str | None = None) -> list[Match]:
    wanted = terms(query)
    if not wanted:
        return []
    matches = []
    for entry in entries:
        tag_terms = set().union(*(terms(t) for t in entry.tags)) if entry.tags else set()
        score = 3.0 * len(wanted & tag_terms)
        score += 2.0 * len(wanted & terms(entry.title))
        score += 1.0 * len(wanted & terms(entry.summary))
        if score == 0:
            continue
        if region and entry.region == region.upper():
            score += 0.5
        elif entry.region not in ("GLOBAL", (region or "").upper()):
            score -= 1.0
        matches.append(Match(entry, score))
    matches.sort(key=lambda m: (-m.score, m.resource.title))
    return [m for m in matches if m.score > 0]
