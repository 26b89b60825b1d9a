"""Feature extraction shared by the shipped linear model and its training script."""

from __future__ import annotations

import re
from itertools import pairwise

from .normalize import normalize
from .rules.abuse import medical_mask

_MENTION = re.compile(r"@\w+")
_URL = re.compile(r"\b(?:https?://|www\.)\S+")
_WORD = re.compile(r"@user|[a-z]+(?:'[a-z]+)?")


def model_text(text: str) -> str:
    """Normalised text with medical violence masked: what every abuse model sees."""
    return medical_mask(normalize(text).text)


def features(masked: str) -> list[str]:
    """Word unigrams and bigrams of already normalised+masked text (mentions/URLs folded)."""
    t = _URL.sub(" ", _MENTION.sub(" @user ", masked))
    words = [w for w in _WORD.findall(t) if not w.startswith("x" * 3)]
    words = [w for w in words if w != "rt"]
    feats = list(words)
    feats.extend(f"{a} {b}" for a, b in pairwise(words))
    return feats
