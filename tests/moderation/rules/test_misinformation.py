"""A prescribed medicine swapped for a remedy and commended, read by its four parts.

Every sentence is written for these tests from the catalogue kind "a home remedy instead of a
prescribed medicine" (NCI and ACS pages on complementary and alternative medicine); none is
taken from a functional test set.
"""

from __future__ import annotations

import pytest

from moderation.normalize import normalize
from moderation.rules.misinformation import compile_patterns, detect_misinformation

_PATTERNS = compile_patterns()


def top(text: str) -> float:
    found = detect_misinformation(normalize(text), _PATTERNS)
    return max((s.score for s in found), default=0.0)


@pytest.mark.parametrize(
    "text",
    [
        "we binned the septrin and give her garlic and manuka honey now, does the same job",
        "Stopped the dexamethasone, switched to turmeric. Way gentler, you should all try it.",
        "took him off the oramorph, clove oil instead. trust me you don't need the morphine",
        "The laxatives made her cramp so we replaced them with prune juice and kiwis. Recommend.",
        "honestly ditch the anti-sickness meds, ginger and peppermint work just as well",
    ],
)
def test_a_medicine_swapped_for_a_remedy_and_commended_raises(text: str) -> None:
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        # a remedy alongside the medicine
        "We give ginger biscuits alongside the ondansetron, not instead, and it helps a bit.",
        # the team's own change
        "The team switched him from septrin to a different antibiotic, no honey involved lol.",
        # asked, not told
        "Has anyone swapped the laxatives for prune juice? Does it do the same job?",
        # a cautionary tale
        "I stopped the ondansetron for ginger once. Learned the hard way, back on the meds now.",
        # no commendation: the author's worry
        "She refuses the steroids so I've been hiding turmeric in her yoghurt, is that okay?",
        # refuted
        "Someone told me manuka honey does the same job as antibiotics. It doesn't, please don't.",
    ],
)
def test_the_swap_told_otherwise_stays_quiet(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "neutropenic fevers are usually nothing, we never go in for 38, just cool flannels",
        "temps on chemo are mostly nothing, sleep it off",
        "we never take her in for a temp on chemo, calpol and bed, the ward overreacts",
    ],
)
def test_a_fever_on_treatment_dismissed_raises(text: str) -> None:
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "fevers on chemo are never nothing, go in every time",
        "we never go in for a temp under 38 off treatment, the team told us that's fine now",
    ],
)
def test_sound_advice_or_the_teams_word_stays_quiet(text: str) -> None:
    assert top(text) < 0.5
