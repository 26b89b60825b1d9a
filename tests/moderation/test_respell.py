"""Misspelt identity words and slurs spelled back (``moderation.respell``), words left alone."""

from __future__ import annotations

import pytest
from english_words import get_english_words_set
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation import Assessor, ModerationSettings, respell
from moderation.normalize import normalize


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("muslms", "muslims"),  # a letter dropped
        ("mulsims", "muslims"),  # two neighbours swapped
        ("imigrants", "immigrants"),
        ("christains", "christians"),
        ("jewsih", "jewish"),
        ("wmoen", "women"),  # an identity word of five letters, swapped
        ("disgustng", "disgusting"),  # a judging word of the group traits
        ("worthelss", "worthless"),
    ],
)
def test_misspelling_is_spelled_back(typed: str, word: str) -> None:
    assert respell.table()[typed] == word
    assert normalize(f"all the {typed} here").text == f"all the {word} here"


@pytest.mark.parametrize(
    "word",
    # English words one edit from an identity word or a slur, and places a demonym is named for
    [
        *("moron", "koran", "ethic", "reeks", "dyes", "pics", "geeks", "omen", "africa", "syria"),
        # four letters is too short to respell: names and words of their own ("isla", "blid")
        *("isla", "blck", "wmen"),
    ],
)
def test_a_word_is_never_respelt(word: str) -> None:
    assert word not in respell.table()
    assert normalize(f"the {word} again").text == f"the {word} again"


def test_every_entry_is_one_edit_from_its_word_and_no_english_word() -> None:
    words = get_english_words_set(["web2", "gcide"], lower=True)
    for typed, word in respell.table().items():
        assert typed in respell._variants(word)
        assert not respell.a_word(typed, words), typed


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(respell.table())))
def test_quotes_come_from_the_original(typed: str) -> None:
    text = f"Honestly the {typed.upper()} on this ward."
    norm = normalize(text)
    start = norm.text.index(respell.table()[typed])
    end = start + len(respell.table()[typed])
    assert norm.quote(start, end) == typed.upper()


def test_the_rules_read_the_misspelt_group() -> None:
    assessor = Assessor(ModerationSettings(backends=["rules"]))
    assert "abuse" in assessor.assess("all mulsims are terrorists").raised
    assert assessor.assess("the geeks in the parents' room fixed my laptop").raised == ()
