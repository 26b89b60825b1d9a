"""The group-word gate: patterns are skipped only where they provably cannot match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.normalize import normalize
from moderation.rules import abuse
from moderation.rules.prefilter import Gate, requires

GROUP = r"(?:cats|dogs)"


def test_a_word_in_every_branch_is_required() -> None:
    assert requires(rf"\b{GROUP}\s+are\s+bad\b", [GROUP])
    assert requires(rf"\ball\s+{GROUP}\b|\bhate\s+(?:the\s+)?{GROUP}\b", [GROUP])
    assert requires(rf"(?:{GROUP})+", [GROUP])


def test_an_optional_word_a_word_in_one_branch_or_a_lookahead_is_not() -> None:
    assert not requires(rf"\b(?:{GROUP}\s+)?are\s+bad\b", [GROUP])
    assert not requires(rf"\b{GROUP}\s+are\s+bad\b|\byou\s+are\s+bad\b", [GROUP])
    assert not requires(rf"\bbad(?=\s+{GROUP})", [GROUP])
    assert not requires(r"\bno\s+words\s+here\b", [GROUP])


def test_gated_patterns_are_skipped_only_without_a_group_word() -> None:
    gate = Gate([rf"{GROUP}\s+bite", r"\bbite\b"], [GROUP])
    assert gate.gated == [True, False]
    assert gate.open_for("the dogs bite") == [True, True]
    assert gate.open_for("the mice bite") == [False, True]
    with gate.bypassed():
        assert gate.open_for("the mice bite") == [True, True]
    assert gate.open_for("the mice bite") == [False, True]


def test_the_heavy_group_patterns_are_gated() -> None:
    details = [
        d for (_, _, _, d), g in zip(abuse._TYPES, abuse._GROUP_GATE.gated, strict=True) if g
    ]
    assert any("a group wished away" in d for d in details)
    assert any("negative judgement of a group" in d for d in details)


_WORDS = st.sampled_from(
    (
        # group words glued to other letters: the gate reads words, the patterns must too
        "transplant",
        "xmuslims",
        "told",
        "female",
        "nonwhite",
        "jewel",
        "caucasian",
        "muslims",
        "jews",
        "polish",
        "people",
        "women",
        "gay",
        "immigrants",
        "those",
        "people",
        "you",
        "are",
        "all",
        "so",
        "lazy",
        "dirty",
        "should",
        "be",
        "banned",
        "hate",
        "never",
        "trust",
        "a",
        "typical",
        "deport",
        "them",
        "the",
        "nurse",
        "chemo",
        "is",
        "vile",
        "and",
        "they",
        "are",
        "scum",
        "rats",
        "i",
        "kill",
        "every",
        "",
    )
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14).map(" ".join))
def test_the_gate_never_changes_what_the_rules_find(text: str) -> None:
    norm = normalize(text)
    gated = abuse.detect_abuse(norm)
    with abuse._GROUP_GATE.bypassed():
        assert abuse.detect_abuse(norm) == gated


def test_the_gate_words_compile() -> None:
    assert isinstance(abuse._GROUP_GATE.words, re.Pattern)
