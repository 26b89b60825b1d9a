"""``assessor._generalisation_evidence``: a model score just under the line counts for a
habitual or universal claim about a named group, never for a remark about some people, about
a person, or with no group at all."""

from __future__ import annotations

import pytest

from moderation.assessor import _GENERALISED_MIN, _generalisation_evidence
from moderation.normalize import normalize
from moderation.rules.abuse_types import generalised


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        # the generic, with the quantifier that makes it a claim about the group
        ("romanian families never listen to the nurses", True),
        ("honestly muslims in this group always turn it into religion", True),
        ("catholics r all the same, judging everyone", True),
        ("typical immigrants, first in the queue for everything", True),
        ("and those people can't help themselves, every time", True),
        ("every single one of them is like that", True),
        ("i swear pakistanis always take the last parking space", True),
        # no quantifier, some people, a person, no group
        ("the polish family in bay 4 brought us soup", False),
        ("some muslims on the ward fast during ramadan", False),
        ("my neighbour always helps with the school run", False),
        ("the nurses always check the port twice", False),
        ("she never listens to the consultant", False),
    ],
)
def test_the_shape(text: str, shaped: bool) -> None:
    assert generalised(normalize(text).text) is shaped


def test_the_shape_with_the_model_just_under_the_line() -> None:
    p = (_GENERALISED_MIN + 0.5) / 2
    score, detail = _generalisation_evidence("romanian families never listen to anyone", p)
    assert score == 0.5 and "a habitual or universal claim" in detail
    assert _generalisation_evidence("the polish family in bay 4 is lovely", p) == (p, "")


def test_only_just_under_the_line() -> None:
    text = "romanian families never listen to anyone"
    assert _generalisation_evidence(text, _GENERALISED_MIN - 0.01)[0] < 0.5
    assert _generalisation_evidence(text, 0.8) == (0.8, "")
