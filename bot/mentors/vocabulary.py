"""Shared words for matching: onboarding's option values where it has them.

Onboarding stores a diagnosis group as an option value (``leukaemia_lymphoma``) with a label
(``Leukaemia / lymphoma``). A mentor typing "leukemia" into the volunteer form must land on the
same value, or matching would never see them as alike. Without onboarding (or for questions
without options) the typed words are used as they are, normalised.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from bot.mentors.matching import NOT_SHARED as UNSHARED
from bot.mentors.matching import word, words


def _fold(text: str) -> str:
    """Loose comparison: case, punctuation and British/American spelling folded away."""
    text = re.sub(r"[^a-z0-9+]", "", text.lower())
    return text.replace("ae", "e").replace("our", "or")


class Vocabulary:
    """Option values and labels per meaning (``diagnosis_group``, ``age_band``...)."""

    def __init__(self, options: dict[str, list[tuple[str, str]]] | None = None) -> None:
        self.options = options or {}

    @classmethod
    def from_onboarding(cls, feature: Any) -> Vocabulary:
        options: dict[str, list[tuple[str, str]]] = {}
        for question in getattr(feature, "questions", None) or ():
            key = getattr(question, "maps_to", None) or getattr(question, "id", "")
            pairs = [
                (str(getattr(o, "value", "")), str(getattr(o, "label", "")))
                for o in getattr(question, "options", None) or ()
            ]
            if key and pairs:
                options.setdefault(key, []).extend(pairs)
        return cls(options)

    def value(self, key: str, text: str | None) -> str:
        """One typed or stored answer as the value matching compares ('' if unusable)."""
        typed = word(text)
        if not typed:
            return ""
        pairs = self.options.get(key)
        if pairs:
            folded = _fold(typed)
            for value, label in pairs:
                parts = [value, label, *re.split(r"[/,()]| or ", label)]
                if any(_fold(p) == folded for p in parts if p.strip()):
                    return word(value)
        return typed

    def values(self, key: str, answer: Any) -> list[str]:
        """A free-text list, or onboarding's answer (a string or a list), as values."""
        if answer is None:
            return []
        items: Iterable[str] = (
            [str(a) for a in answer] if isinstance(answer, list | tuple) else words(str(answer))
        )
        out: dict[str, None] = {}
        for item in items:
            value = self.value(key, item)
            if value:
                out.setdefault(value, None)
        return list(out)

    def first(self, key: str, answer: Any) -> str | None:
        found = self.values(key, answer)
        return found[0] if found else None

    def label(self, key: str, value: str) -> str:
        for option, label in self.options.get(key, ()):
            if word(option) == word(value):
                return label
        return value

    def hint(self, key: str, fallback: str) -> str:
        """A placeholder listing the choices onboarding offers (Discord allows 100 chars)."""
        labels = [
            label for value, label in self.options.get(key, ()) if word(value) not in UNSHARED
        ]
        text = ", ".join(labels) if labels else fallback
        return text if len(text) <= 100 else text[:97].rsplit(",", 1)[0] + ", ..."
