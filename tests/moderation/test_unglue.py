"""Words run together around a group word, split back (HateCheck's missing word boundaries).

Sentences written for these tests; none is taken from a functional test set.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moderation.normalize import normalize
from moderation.unglue import split


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("immigrantsaretrash", "immigrants are trash"),
        ("I can't stand allmuslims", "i can't stand all muslims"),
        ("gaypeopledisgustme", "gay people disgust me"),
        ("#blacklivesmatter", "#black lives matter"),
    ],
)
def test_a_run_together_group_statement_is_split(text: str, read: str) -> None:
    assert normalize(text).text == read


@pytest.mark.parametrize(
    "token",
    [
        "transplant",  # a word holding a group word
        "transphobic",  # a word the lists lack, ended by a word's ending
        "neutropenia",  # no group word
        "fuckcancer",  # no group word in the pieces
        "fraumeni",  # Li-Fraumeni: a guess ending in one letter
        "treatment",
    ],
)
def test_words_and_non_group_runs_stay_as_written(token: str) -> None:
    assert split(token) is None


def test_the_split_quotes_the_original_token() -> None:
    norm = normalize("honestly womenarevermin lol")
    start = norm.text.index("women")
    end = norm.text.index("vermin") + len("vermin")
    assert norm.quote(start, end) == "womenarevermin"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=30))
def test_a_split_only_puts_spaces_between_letters(token: str) -> None:
    pieces = split(token)
    assert pieces is None or "".join(pieces) == token
