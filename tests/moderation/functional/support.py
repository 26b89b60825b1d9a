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
    return [f"{m}-{c.id}" for c in table for m in c.modes]


def check(case: Case, mode: str) -> None:
    """Assert the case's verdict; a raised category must come with a reason quoting words."""
    a = pipeline(mode).assess(case.text)
    assert passes(case, a.raised), explain(case, mode)
    if case.expect != QUIET:
        assert any(r.category == case.expect and r.quote for r in a.reasons), explain(case, mode)
