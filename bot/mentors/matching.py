"""Ranking mentors for a request: pure, small and transparent.

Each shared trait earns the points configured in ``[mentors.weights]``; free capacity earns up
to ``weights.load`` points. The reasons returned are exactly the terms that scored, so an
organizer reviewing a proposal sees why it was made ("same diagnosis group, same region").
Mentors who are full (load >= capacity) are never ranked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.mentors.settings import MentorWeights

STAGES: dict[str, str] = {
    "newly_diagnosed": "newly diagnosed",
    "in_treatment": "in treatment",
    "off_treatment": "off treatment",
    "bereaved": "bereaved",
}
_STAGE_WORDS = {
    "new": "newly_diagnosed",
    "newly": "newly_diagnosed",
    "diagnosed": "newly_diagnosed",
    "treatment": "in_treatment",
    "during": "in_treatment",
    "off": "off_treatment",
    "after": "off_treatment",
    "survivor": "off_treatment",
    "remission": "off_treatment",
    "bereaved": "bereaved",
    "bereavement": "bereaved",
    "loss": "bereaved",
}
#: Answers two parents never "share" ("Other", "Prefer not to say", nothing at all).
NOT_SHARED = frozenset({"", "other", "prefer_not_to_say", "prefer not to say", "unknown", "no"})
_SPLIT = re.compile(r"\s*(?:,|;|/|\band\b)\s*")


def word(text: str | None) -> str:
    """One normalised value: lower case, single spaces, no commas (they separate lists)."""
    return " ".join((text or "").replace(",", " ").lower().split())[:100]


def words(text: str | None) -> list[str]:
    """A free-text list ("Leukemia, brain tumour and lymphoma") as normalised values."""
    seen: dict[str, None] = {}
    for part in _SPLIT.split(text or ""):
        value = word(part)
        if value and value not in {"-", "none", "n/a"}:
            seen.setdefault(value, None)
    return list(seen)


def stage(text: str | None) -> str | None:
    """A stage key from a key, a label or a rough phrase ("off treatment", "in-treatment")."""
    value = word(text).replace("-", " ").replace("_", " ")
    if not value:
        return None
    for key, label in STAGES.items():
        if value in (label, key.replace("_", " ")):
            return key
    if value.startswith(("in ", "on ")) and "treatment" in value:
        return "in_treatment"
    for token in value.split():
        if token in _STAGE_WORDS:
            return _STAGE_WORDS[token]
    return None


def stages(text: str | None) -> list[str]:
    found: dict[str, None] = {}
    for part in words(text):
        key = stage(part)
        if key:
            found.setdefault(key, None)
    return list(found)


@dataclass(frozen=True, slots=True)
class Need:
    """What the parent asking told us (all optional)."""

    stage: str | None = None
    diagnosis_group: str | None = None
    age_band: str | None = None
    region: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Offer:
    """A mentor as matching sees them: an opaque key (the member id) and their traits."""

    key: int
    capacity: int
    load: int
    diagnosis_groups: frozenset[str] = frozenset()
    stages: frozenset[str] = frozenset()
    age_bands: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    region: str | None = None
    order: int = 0  # tie-break: earlier volunteers first


@dataclass(frozen=True, slots=True)
class Reason:
    key: str  # diagnosis_group | age_band | stage | region | language | load
    text: str


@dataclass(frozen=True, slots=True)
class Scored:
    offer: Offer
    score: float
    reasons: tuple[Reason, ...]

    def explain(self, *, hide: Iterable[str] = ()) -> str:
        hidden = set(hide)
        return ", ".join(r.text for r in self.reasons if r.key not in hidden)


def score(need: Need, offer: Offer, weights: MentorWeights) -> Scored:
    points = 0.0
    reasons: list[Reason] = []

    def earn(key: str, ok: bool, text: str) -> None:
        nonlocal points
        weight = float(getattr(weights, key))
        if ok and weight > 0:
            points += weight
            reasons.append(Reason(key, text))

    earn(
        "diagnosis_group",
        word(need.diagnosis_group) not in NOT_SHARED
        and word(need.diagnosis_group) in offer.diagnosis_groups,
        "same diagnosis group",
    )
    earn(
        "age_band",
        bool(need.age_band) and word(need.age_band) in offer.age_bands,
        "child in the same age band",
    )
    earn("stage", bool(need.stage) and need.stage in offer.stages, "knows this stage")
    earn(
        "region",
        word(need.region) not in NOT_SHARED and word(need.region) == word(offer.region),
        "same region",
    )
    earn(
        "language",
        bool(need.language) and word(need.language) in offer.languages,
        "speaks your language",
    )
    free = max(offer.capacity - offer.load, 0) / offer.capacity if offer.capacity > 0 else 0.0
    if weights.load > 0 and free > 0:
        points += weights.load * free
        reasons.append(Reason("load", f"has room ({offer.load} of {offer.capacity} taken)"))
    return Scored(offer, round(points, 3), tuple(reasons))


def rank(need: Need, offers: Iterable[Offer], weights: MentorWeights) -> list[Scored]:
    """Mentors with room, best first (score, then lighter load, then earlier volunteer)."""
    scored = [score(need, o, weights) for o in offers if o.capacity > 0 and o.load < o.capacity]
    scored.sort(key=lambda s: (-s.score, s.offer.load, s.offer.order, s.offer.key))
    return scored
