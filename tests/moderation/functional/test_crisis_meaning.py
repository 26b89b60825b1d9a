"""Crisis warning signs by meaning: paraphrases without suicide words, and look-alikes.

The look-alikes of the ``DEV`` part of ``crisis_meaning.py`` must stay quiet through the
default pipeline (rules + MiniLM, whose encoder the by-meaning stage shares); every catalogue
phrasing must pass the gates, and nearly all must raise crisis there. The
positive paraphrases of ``DEV`` and ``HELD_BACK`` are reported, not asserted, by
``scripts/moderation_warning_signs.py``: the similarity floor is chosen on benign data, and
MiniLM puts many of them below it (see that script's output).
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from moderation import Assessor, ModerationSettings
from moderation.normalize import normalize
from moderation.rules.someone_close import TOLD_BY_MEANING
from moderation.warning_signs.catalogue import CATALOGUE
from moderation.warning_signs.matcher import ABOUT_ANOTHER, SIGNAL, candidate_sentences

from .crisis_meaning import DEV
from .support import QUIET, Case, passes


@lru_cache(maxsize=1)
def by_meaning() -> Assessor:
    """The default pipeline with crisis warning signs by meaning switched on."""
    assessor = Assessor(ModerationSettings(crisis_by_meaning=True))
    assert "minilm" in assessor.backends, assessor.backends_unavailable
    return assessor


QUIET_DEV = [c for c in DEV if not c.expect]
SIGNS = [(w.name, p) for w in CATALOGUE for p in w.phrasings]


@pytest.mark.parametrize("case", QUIET_DEV, ids=[c.id for c in QUIET_DEV])
def test_lookalike_stays_quiet(case: Case) -> None:
    assert case.expect == QUIET
    a = by_meaning().assess(case.text)
    assert passes(case, a.raised), a.reasons


@pytest.mark.parametrize(("item", "text"), SIGNS, ids=[t[:40] for _, t in SIGNS])
def test_gates_let_every_catalogue_phrasing_through(item: str, text: str) -> None:
    assert candidate_sentences(normalize(text)), "a gate blocks a catalogued sign"


def test_catalogue_phrasings_raise_crisis_on_the_care_path() -> None:
    """In sample nearly every phrasing raises; not all, and not the same few on every
    onnxruntime release: the head sits on int8 vectors whose last digits move between
    releases (1.32 put two phrasings just under the line that earlier releases put over)."""
    verdicts = by_meaning().assess_many([text for _, text in SIGNS])
    raised = [a for a in verdicts if "crisis" in a.raised]
    assert all(a.action == "review" for a in raised)
    missed = [t for (_, t), a in zip(SIGNS, verdicts, strict=True) if "crisis" not in a.raised]
    assert len(raised) >= 0.98 * len(SIGNS), missed


def test_catalogue_phrasings_are_read_as_their_item() -> None:
    """In sample, a linear head puts nearly every phrasing past its threshold, not all: at
    least 95% raise by meaning and name their own item (the rules catch the rest); a sign
    told of someone else has its own signal (the care path speaks to the helper)."""
    verdicts = by_meaning().assess_many([text for _, text in SIGNS])

    def signal(item: str) -> str:
        return TOLD_BY_MEANING if item in ABOUT_ANOTHER else SIGNAL

    named = sum(
        any(r.signal == signal(item) and item in r.detail for r in a.reasons)
        for (item, _), a in zip(SIGNS, verdicts, strict=True)
    )
    assert named >= 0.95 * len(SIGNS), f"{named} of {len(SIGNS)}"


def test_reason_names_the_taxonomy_item() -> None:
    text = "Scan day went fine. Honestly my family would be better off without me."
    reasons = [r for r in by_meaning().assess(text).reasons if r.signal == "warning sign"]
    assert reasons, by_meaning().assess(text).reasons
    assert "being a burden" in reasons[0].detail and "988" in reasons[0].detail
    assert reasons[0].quote.startswith("Honestly my family would be better off")


def test_setting_off_leaves_only_the_rules() -> None:
    off = Assessor(ModerationSettings(crisis_by_meaning=False))
    text = "I bought a rope today and hid it in the shed."
    assert all(r.signal != "warning sign" for r in off.assess(text).reasons)
    assert any(r.signal == "warning sign" for r in by_meaning().assess(text).reasons)
    default = ModerationSettings()
    assert default.crisis_by_meaning is Assessor(default).settings.crisis_by_meaning
