"""A cheap necessary condition for a pattern: words it cannot match without.

Most posts name no group, yet the group typology patterns (``abuse_types``) spent about half
of the abuse rules' time trying their long alternations at every word. ``requires`` proves
from the parsed regular expression that every match of a pattern contains a match of one of
``words`` (sub-patterns spelled verbatim in its source); ``Gate`` then runs such patterns only
on texts where the union of ``words`` is found at the start of a word. The proof of presence is
structural and conservative: a pattern where a word is optional, or sits in only some
branches, or only in a lookaround, is not gated, and runs on every text as before. That the
word starts a word is not proven: in every group pattern it follows a space or ``\b`` (at the
time of writing), and ``tests/moderation/rules/test_prefilter.py`` checks gated against
ungated signals on texts with group words glued to other letters ("transplant", "xmuslims").
Without the word boundary the gate opened for most posts ("told" holds "old").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

try:  # Python 3.11+; the same parser was public as ``sre_parse`` before
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

_MARK = "\x01"
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


def requires(source: str, words: Sequence[str]) -> bool:
    """True when every match of ``source`` must match one of ``words`` somewhere in it."""
    marked = source
    for word in sorted(words, key=len, reverse=True):
        marked = marked.replace(word, f"(?:{_MARK})")
    if marked == source:
        return False
    try:
        tree = _parser.parse(marked)
    except re.error:
        return False
    return _sequence_requires(list(tree))


def _sequence_requires(items: list) -> bool:
    return any(_node_requires(op, av) for op, av in items)


def _node_requires(op: object, av: object) -> bool:
    if op is _c.LITERAL:
        return av == ord(_MARK)
    if op is _c.SUBPATTERN:
        return _sequence_requires(list(av[-1]))  # type: ignore[index]
    if op is _c.BRANCH:
        return all(_sequence_requires(list(b)) for b in av[1])  # type: ignore[index]
    if op in _REPEATS:
        low, _high, item = av  # type: ignore[misc]
        return low >= 1 and _sequence_requires(list(item))
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence_requires(list(av))  # type: ignore[arg-type]
    return False


class Gate:
    """``words`` found once per text; ``open_for(text)`` says, per pattern, whether it can
    match."""

    def __init__(self, sources: Sequence[str], words: Sequence[str]) -> None:
        self.gated = [requires(s, words) for s in sources]
        self.words = re.compile(r"\b(?:" + "|".join(f"(?:{w})" for w in words) + ")")

    def open_for(self, text: str) -> list[bool]:
        """Per pattern: may it match ``text``? (Ungated patterns always may.)"""
        if self.words.search(text):
            return [True] * len(self.gated)
        return [not g for g in self.gated]

    @contextmanager
    def bypassed(self) -> Iterator[None]:
        """Every pattern runs on every text while inside: for the checks and the benchmark
        that compare gated with ungated (not thread-safe)."""
        saved = self.gated
        self.gated = [False] * len(saved)
        try:
            yield
        finally:
            self.gated = saved
