"""``assessor._insult_evidence``: a model score just under the line counts for an insult
word said to "you", never for reassurance or text with no second person."""

from __future__ import annotations

import pytest

from moderation.assessor import _INSULT_AT_YOU_MIN, _insult_evidence


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("honestly you are such a clown about this", True),
        ("@sam ur a joke mate", True),
        ("you are not stupid for asking, we all had to learn this", False),
        ("don't call yourself pathetic, you're grieving", False),
        ("the pump is a stupid piece of junk", False),
        ("i felt like such an idiot at the pharmacy", False),
    ],
)
def test_insult_word_at_you(text: str, counts: bool) -> None:
    p = (_INSULT_AT_YOU_MIN + 0.5) / 2
    score, _ = _insult_evidence(text, p)
    assert (score >= 0.5) is counts


def test_only_just_under_the_line() -> None:
    assert _insult_evidence("you are such a clown", _INSULT_AT_YOU_MIN - 0.01)[0] < 0.5
    assert _insult_evidence("you are such a clown", 0.8) == (0.8, "")
