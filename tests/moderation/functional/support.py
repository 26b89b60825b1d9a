"""Functional test cases for moderation, in the style of HateCheck (written for Hearth).

A ``Case`` names the *function* it tests (one warning sign, one abuse type, one look-alike
kind), its text, and what the pipeline must do: raise a category, or raise nothing at all.
Cases run through two pipelines: ``rules`` (the rule floor alone, no model) and ``full`` (the
default configuration with the MiniLM weights). ``modes`` lists the pipelines a case is
asserted on; the report script (``scripts/moderation_functional.py``) runs every case in both
and prints pass rates per function.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from moderation import Assessor, ModerationSettings

QUIET = ""  # expect: nothing raised
MODES = ("rules", "full")


@dataclass(frozen=True)
class Case:
    function: str
    text: str
    expect: str  # a category that must be raised, or QUIET
    modes: tuple[str, ...] = MODES

    @property
    def id(self) -> str:
        return f"{self.function}:{self.text[:40]}"


def cases(function: str, expect: str, *texts: str) -> list[Case]:
    return [Case(function, t, expect) for t in texts]


@lru_cache(maxsize=2)
def pipeline(mode: str, **settings: object) -> Assessor:
    """The rules-only floor, or the default pipeline (rules + models); ``settings`` override
    the defaults of the full pipeline (e.g. ``abuse_by_meaning=False``)."""
    if mode == "rules":
        return Assessor(ModerationSettings(backends=["rules"]))
    assessor = Assessor(ModerationSettings(**settings))
    assert "minilm" in assessor.backends, assessor.backends_unavailable
    return assessor


def passes(case: Case, raised: tuple[str, ...]) -> bool:
    if case.expect == QUIET:
        return raised == ()
    return case.expect in raised


def explain(case: Case, mode: str) -> str:
    a = pipeline(mode).assess(case.text)
    reasons = "; ".join(f"{r.category}/{r.signal}: {r.quote!r} {r.detail}" for r in a.reasons)
    return f"[{mode}] {case.function} expect={case.expect or 'nothing'} raised={a.raised} {reasons}"


def params(table: list[Case]) -> list[tuple[Case, str]]:
    return [(c, m) for c in table for m in c.modes]


def param_ids(table: list[Case]) -> list[str]:
    return pair_ids(params(table))


def pair_ids(pairs: list[tuple[Case, str]]) -> list[str]:
    return [f"{m}-{c.id}" for c, m in pairs]


@dataclass(frozen=True)
class KnownMisses:
    """Dev cases the full pipeline still gets wrong, each named by how its text starts: left
    out of what a test asserts, and checked to be still wrong so a change that fixes one is
    noticed (and the case goes back to being asserted)."""

    table: list[Case]
    starts: tuple[str, ...]

    def __contains__(self, case: Case) -> bool:
        return case.text.startswith(self.starts)

    @property
    def cases(self) -> list[Case]:
        return [c for c in self.table if c in self]

    @property
    def asserted(self) -> list[Case]:
        return [c for c in self.table if c not in self]

    def check(self, *, still_wrong: bool = True) -> None:
        """Each start names exactly one case; each of those still fails on the full pipeline
        (``still_wrong=False`` for cases whose verdict follows the CPU)."""
        for start in self.starts:
            named = [c.text[:60] for c in self.table if c.text.startswith(start)]
            assert len(named) == 1, f"{start!r} names {len(named)} cases: {named}"
        if still_wrong:
            full = pipeline("full")
            fixed = [c.id for c in self.cases if passes(c, full.assess(c.text).raised)]
            assert not fixed, f"known misses now pass, assert them again: {fixed}"


def check(case: Case, mode: str) -> None:
    """Assert the case's verdict; a raised category must come with a reason quoting words."""
    a = pipeline(mode).assess(case.text)
    assert passes(case, a.raised), explain(case, mode)
    if case.expect != QUIET:
        assert any(r.category == case.expect and r.quote for r in a.reasons), explain(case, mode)
