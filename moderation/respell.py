"""Identity words and slurs misspelt by one letter, spelled back (a ``normalize`` pass).

HateCheck (Röttger et al. 2021) tests hate written with a character dropped or two neighbours
swapped ("muslms", "mulsims", "imigrants"): a rule misses the word and the encoder reads a
rare token. Every single deletion and adjacent swap of an identity word or a slur of at least
six letters (``rules.lexicon``) is mapped back to the word, unless the misspelling is a word in
its own right, or such a word with an inflection ("reeks", "dyes"): a word of the
``english-words`` lists (web2 and GCIDE, 264,000 words) or of the lexicons ("moron" is no
misspelt "mormon", "koran" no misspelt "korean", "ethic" no misspelt "ethnic").
"""

from __future__ import annotations

import hashlib
from collections.abc import Container, Iterable
from functools import lru_cache

import numpy as np
from english_words import get_english_words_set

from .rules import lexicon
from .rules.lexicon import (
    GROUP_NOUNS,
    GROUP_TRAITS,
    IDENTITY_ADJECTIVES,
    IDENTITY_TERMS,
    SLURS,
    single_words,
)

MIN_LETTERS = 5
SLUR_LETTERS = 6
TRAIT_LETTERS = 7
# A misspelling of four letters is too often a name or a word of its own ("isla", "blid").
VARIANT_LETTERS = 5
_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "y")


def _targets() -> set[str]:
    """Identity words of five letters or more ("wmen", "blck" are no words), slurs of six,
    and the judging words of the group traits of seven or more ("dsigusting", "worthles")."""

    named = single_words((*GROUP_NOUNS, *IDENTITY_ADJECTIVES, *IDENTITY_TERMS), MIN_LETTERS)
    # a slur of five letters misspelt is too often another word ("aggy", "chik"): six and up
    named |= single_words(SLURS, SLUR_LETTERS)
    judged = single_words(GROUP_TRAITS, TRAIT_LETTERS)
    return named | judged


def _variants(word: str) -> set[str]:
    """Single deletions and adjacent swaps of ``word``."""
    out = {word[:i] + word[i + 1 :] for i in range(len(word))}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    out.discard(word)
    return out


def _lexicon_words() -> set[str]:
    """Every word of the lexicons' tuples."""
    return {
        w
        for name in dir(lexicon)
        if name.isupper() and isinstance(getattr(lexicon, name), tuple)
        for phrase in getattr(lexicon, name)
        if isinstance(phrase, str)
        for w in phrase.split()
    }


def a_word(token: str, words: Container[str]) -> bool:
    """``token`` is in ``words``, or is one of them with an inflection."""
    if token in words:
        return True
    return any(
        token.endswith(e) and len(token) - len(e) >= 3 and token[: -len(e)] in words
        for e in _ENDINGS
    )


def _place(variant: str, word: str) -> bool:
    """The variant is the place a demonym is named for ("africa", "syria", "asias"), which
    the word lists hold capitalised or not at all."""
    stem = word[:-1] if word.endswith("s") else word
    return stem.endswith("n") and variant in (stem[:-1], stem[:-1] + "s")


def _english_set() -> set[str]:
    return get_english_words_set(["web2", "gcide"], lower=True) | _lexicon_words()


def _digest(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


class Words:
    """A word list held as sorted 64-bit digests: membership in 2 MB instead of the 35 MB of
    a set of 264,000 strings (a false hit is about one in 70 billion lookups)."""

    def __init__(self, words: Iterable[str]) -> None:
        self._digests = np.unique(np.fromiter((_digest(w) for w in words), dtype=np.uint64))

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        d = np.uint64(_digest(word))
        i = int(np.searchsorted(self._digests, d))
        return i < len(self._digests) and self._digests[i] == d


def english() -> Words:
    """The ``english-words`` lists (web2 and GCIDE, lower case) and the lexicons' words."""
    return _built()[1]


def table() -> dict[str, str]:
    """Misspelling -> word (built once, about 0.2 s)."""
    return _built()[0]


@lru_cache(maxsize=1)
def _built() -> tuple[dict[str, str], Words]:
    """The misspelling table and the word list, from one read of the word lists (the set of
    strings is dropped once both are built)."""
    targets = _targets()
    words = _english_set()
    out: dict[str, str] = {}
    clashes: set[str] = set()
    for word in sorted(targets):
        for v in _variants(word):
            if len(v) < VARIANT_LETTERS or v in targets or a_word(v, words) or _place(v, word):
                continue
            if v in out and out[v] != word:
                clashes.add(v)  # one misspelling of two words: left as written
            out[v] = word
    for v in clashes:
        del out[v]
    return out, Words(words)
