"""Words run together around a group word, split back (a ``normalize`` pass).

HateCheck (Röttger et al. 2021) tests hate written with the spaces between words deleted
("muslimsarevermin", "i hate allwomen"): no rule reads the words and the encoder reads a run
of word pieces. A token is split only when it is no word itself (``respell.english``) and
``wordninja`` (word costs from English Wikipedia unigram frequencies) splits it into words of
the same lists, the last not a word's ending, of which one names a group or is a slur
(``rules.lexicon``): "blackpeoplearetrash" -> "black people are trash", while
"transplant", "neutropenia" and "#fuckcancer" stay as written (a word; no group word in the
pieces; no group word).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .respell import a_word, english
from .rules.lexicon import GROUP_NOUNS, IDENTITY_ADJECTIVES, IDENTITY_TERMS, SLURS, single_words

MIN_LETTERS = 7
# A piece of one or two letters other than these is a sign the split went wrong ("neu").
_SHORT = frozenset(
    ("a", "i", "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it",
     "me", "my", "no", "of", "on", "or", "so", "to", "up", "us", "we")
)  # fmt: skip
# A last piece that is a word's ending, not a word: "transphobic", "jewishness", "somalian" are
# words the lists lack, not two words run together.
_ENDINGS = frozenset({"ness", "ish", "dom", "an", "ian", "ies", "ism", "ist", "ists", "ity",
                      "hood", "ly", "phobic", "phobia", "phobe", "phobes", "ic"})  # fmt: skip


@lru_cache(maxsize=1)
def group_words() -> frozenset[str]:
    """The single words that name a group or are slurs (their plural forms too)."""
    words = single_words((*GROUP_NOUNS, *IDENTITY_ADJECTIVES, *IDENTITY_TERMS, *SLURS), 3)
    return frozenset(words | {w + "s" for w in words})


# A run of seven or more letters, as a token of its own (a hashtag's "#" left out).
_LONG_TOKEN = re.compile(rf"(?<![\w@/'])#?(?P<token>[a-z]{{{MIN_LETTERS},}})(?![\w'/])")


@lru_cache(maxsize=1)
def _inner() -> re.Pattern[str]:
    """Any group word inside a token."""
    return re.compile("|".join(sorted(group_words(), key=len, reverse=True)))


def split(token: str) -> tuple[str, ...] | None:
    """The words of a run-together ``token``, or None when it is left as written."""
    import wordninja  # about 15 MB of word costs, loaded on the first candidate

    if a_word(token, english()):
        return None
    pieces = [p for p in wordninja.split(token) if p]
    if len(pieces) < 2 or pieces[-1] in _ENDINGS or any(len(p) == 1 for p in pieces[1:]):
        return None
    if any((len(p) <= 2 and p not in _SHORT) or not a_word(p, english()) for p in pieces):
        return None  # a piece no word: the split is a guess ("islam oph obes")
    if not any(p in group_words() for p in pieces):
        return None
    return tuple(pieces)


@lru_cache(maxsize=65536)
def _split_if_grouped(token: str) -> tuple[str, ...] | None:
    """``split`` for a token holding a group word; long words recur, so the answer is kept."""
    return split(token) if _inner().search(token) else None


def spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, spaced words) of every run-together token of ``text`` to split."""
    out = []
    for m in _LONG_TOKEN.finditer(text):
        pieces = _split_if_grouped(m.group("token"))
        if pieces is not None:
            out.append((m.start("token"), m.end("token"), " ".join(pieces)))
    return out
