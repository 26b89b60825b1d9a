"""Being a burden read by its parts (988/AFSP; Joiner's perceived burdensomeness).

Every sentence is written for these tests; none is taken from a functional test set.
"""

from __future__ import annotations

import re

import pytest

from moderation.normalize import normalize
from moderation.rules.burden import BURDEN_BY_PARTS, EXTRA_LOAD

from .test_crisis import top as crisis_top


@pytest.mark.parametrize(
    "text",
    [
        # relief then absence, words between
        "my husband and the boys would honestly have a much easier time once I'm gone for good",
        "everyone here would be so much calmer, I swear, if I just wasn't around",
        "Leo would cope better with me out of the picture",
        # absence then relief
        "without me they'd have a lighter life, less money going on my mess",
        "if I disappeared the girls would be happier, I really believe that",
        # text-speak
        "tbh the kids wud be better off w/o me",
        # the household's running as the relief
        "the house would run so much smoother if I wasn't around",
    ],
)
def test_relief_and_absence_in_one_sentence_raise(text: str) -> None:
    assert re.search(BURDEN_BY_PARTS, normalize(text).text)
    assert crisis_top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I'm only one more problem for my family to deal with now",
        "feel like another mouth for my parents to worry about since the relapse",
    ],
)
def test_the_author_as_the_familys_extra_load_raises(text: str) -> None:
    assert re.search(EXTRA_LOAD, normalize(text).text)
    assert crisis_top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        # bounded absences
        "the house is much calmer without me for a weekend, nobody nags about shoes",
        "he'd cope better without me at the dressing changes, I flap too much",
        "it'd be easier if I wasn't here during the ward round, they need the space",
        # the author's own relief, or relief with nobody gone
        "I'd be better off without the night shifts",
        "the kids would be happier with a trampoline, honestly",
        # denied, or support to someone else
        "I don't believe they'd be better off without me any more, therapy helped",
        "if you think they'd be better off without you, please ring someone tonight",
        # a prognosis, not a wish: "fine" and "okay" are not relief words here
        "the kids will be fine when I'm gone, my sister has promised to raise them",
    ],
)
def test_look_alikes_are_not_read_as_burden(text: str) -> None:
    assert not re.search(BURDEN_BY_PARTS, normalize(text).text) or crisis_top(text) < 0.5
