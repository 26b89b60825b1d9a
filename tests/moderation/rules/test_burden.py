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


@pytest.mark.parametrize(
    "text",
    [
        "Sometimes I think the kindest thing I could do for my wife and Noah "
        "is to stop being here.",
        "honestly the best thing i could do for my kids is just disappear",
        "The best gift I could give my family would be to get out of their lives.",
        # the beneficiary left unnamed, or named after
        "the kindest thing I could do is stop being here for them to carry.",
        "honestly the best thing i could do is disappear",
    ],
)
def test_the_authors_absence_as_a_gift_raises(text: str) -> None:
    """Joiner's perceived burdensomeness: the death seen as worth more to others than the life."""
    assert crisis_top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "the kindest thing I could do for her is to go to every appointment with her",
        "the best thing I can do for my son is to be here",
        "the kindest thing we could do for him was to let him go",
        "the best thing I could do for them is go away for the weekend and rest",
        "the best thing I could give them is time",
        "the kindest thing I could do is stop being here for the night shift and go home",
        "the best thing I can do is go for a walk",
    ],
)
def test_being_there_letting_go_and_a_break_are_not_absence(text: str) -> None:
    assert crisis_top(text) < 0.5


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("i'm just dead weight to them now", True),
        ("i feel like a millstone round their necks", True),
        ("they'd move on quicker than they think if I was gone", True),
        ("the mortgage is a millstone round our necks", False),
        ("the kids got over it fast when the hamster died", False),
        ("they'd move on quickly if I left the group, it's not like I post much", False),
    ],
)
def test_the_burden_in_its_synonyms_and_the_grief_cut_short(text: str, raised: bool) -> None:
    """988/AFSP being a burden: dead weight, a millstone; the family over it quickly."""
    assert (crisis_top(text) >= 0.5) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        # others better off had the author never existed (988/AFSP: being a burden)
        ("everyone would be better off if I had never been born", True),
        ("It would have been better for everyone if I'd never been born.", True),
        ("my kids would be better off if id never been born", True),
        ("They'd be happier if I'd never existed.", True),
        ("I wish I'd never been born.", True),
        # a birth's circumstance, or never being somewhere
        ("I wish I'd never been born in the winter, my birthday is always cold lol", False),
        ("wish i had never been born a girl in this family, my brothers get everything", False),
        ("We'd have been better off if we had never been in that trial.", False),
        ("She'd have been happier if I'd never been here for the ward round, it was tense.", False),
    ],
)
def test_better_off_had_the_author_never_been_born(text: str, raised: bool) -> None:
    assert (crisis_top(text) >= 0.5) is raised
