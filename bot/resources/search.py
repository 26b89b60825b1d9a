"""Ranking resources for a topic: tags first, then title, then summary; the member's region
breaks ties, and what helped people in this community ("This helped") lifts an entry a little.
Small and transparent on purpose: organizers can predict it.

:class:`SearchIndex` is built once per directory (at load, or when the community's layer
changes): an inverted index from each term to the entries and weights it carries, so a lookup
touches only the entries sharing a word with the query. :func:`rank` is the original scan over
every entry, kept as the reference the index is tested against and the benchmark's baseline
(``benchmarks/resource_lookup.py``); both give the same scores.
"""

from __future__ import annotations

import functools
import heapq
import re
from collections.abc import Mapping
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


@functools.lru_cache(maxsize=65536)
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


#: The most "This helped" presses can add to an entry's score (a tag match is worth 3).
MAX_BOOST = 1.0


def boost(helped: int) -> float:
    return min(MAX_BOOST, 0.25 * helped) if helped > 0 else 0.0


def _weights(entry: Resource) -> dict[str, float]:
    tag_terms = set().union(*(terms(t) for t in entry.tags)) if entry.tags else set()
    title_terms, summary_terms = terms(entry.title), terms(entry.summary)
    return {
        t: 3.0 * (t in tag_terms) + 2.0 * (t in title_terms) + 1.0 * (t in summary_terms)
        for t in tag_terms | title_terms | summary_terms
    }


class SearchIndex:
    """An inverted index over one directory's entries; scores equal :func:`rank`'s."""

    def __init__(self, entries: tuple[Resource, ...]) -> None:
        self.entries = entries
        self.postings: dict[str, list[tuple[int, float]]] = {}
        for number, entry in enumerate(entries):
            for term, weight in _weights(entry).items():
                self.postings.setdefault(term, []).append((number, weight))

    def rank(
        self,
        query: str,
        *,
        region: str | None = None,
        helped: Mapping[str, int] | None = None,
        limit: int | None = None,
    ) -> list[Match]:
        scores: dict[int, float] = {}
        for term in terms(query):
            for number, weight in self.postings.get(term, ()):
                scores[number] = scores.get(number, 0.0) + weight
        wanted_region = (region or "").upper()
        matches = []
        for number, score in scores.items():
            entry = self.entries[number]
            if region and entry.region == wanted_region:
                score += 0.5
            elif entry.region not in ("GLOBAL", wanted_region):
                score -= 1.0
            if helped:
                score += boost(helped.get(entry.key, 0))
            if score > 0:
                matches.append(Match(entry, score))
        if limit is not None:
            return heapq.nsmallest(limit, matches, key=_order)
        return sorted(matches, key=_order)


def _order(match: Match) -> tuple[float, str]:
    return (-match.score, match.resource.title)


class LayeredIndex:
    """A community's view over the file's index without re-indexing the file: entries the
    community retired or edited are ``hidden`` from the file's index, re-reviewed ones are
    ``swapped`` for their new dates (same words, same score), and edited entries and approved
    suggestions are indexed on their own (a few rows, quick to build)."""

    def __init__(
        self,
        base: SearchIndex,
        extra: tuple[Resource, ...],
        hidden: frozenset[str],
        swapped: Mapping[str, Resource],
    ) -> None:
        self.base, self.extra = base, SearchIndex(extra)
        self.hidden, self.swapped = hidden, swapped

    def rank(
        self,
        query: str,
        *,
        region: str | None = None,
        helped: Mapping[str, int] | None = None,
        limit: int | None = None,
    ) -> list[Match]:
        wanted = None if limit is None else limit + len(self.hidden)
        found = [
            Match(self.swapped.get(m.resource.key, m.resource), m.score)
            for m in self.base.rank(query, region=region, helped=helped, limit=wanted)
            if m.resource.key not in self.hidden
        ]
        found += self.extra.rank(query, region=region, helped=helped, limit=limit)
        found.sort(key=_order)
        return found if limit is None else found[:limit]


#: What a community searches with: the file's own index, or a layered view over it.
Ranker = SearchIndex | LayeredIndex
