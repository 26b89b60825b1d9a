"""Slurs (HateCheck functions: slurs, their homonyms, reclaimed slurs, spelling variations).

Content warning: slurs, written here only to test that they are read. Every sentence is
written for these tests; none is taken from a functional test set.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moderation.normalize import normalize
from moderation.rules.abuse import detect_abuse
from moderation.rules.lexicon import AMBIGUOUS_SLURS, SLURS, plural_forms


def slur_scores(text: str) -> dict[str, float]:
    """Signal name -> best score among the slur readings of ``text``."""
    out: dict[str, float] = {}
    for s in detect_abuse(normalize(text)):
        if s.signal in {"slur", "slur?", "homonym", "reclaimed"}:
            out[s.signal] = max(out.get(s.signal, 0.0), s.score)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "the ward is full of ragheads this week",
        "keep the spazzes out of the sibling group",
        "my neighbour is a filthy wog and everyone knows it",
        "honestly the pikeys nicked the charity box again",
        "two feminazis in the comments as usual",
    ],
)
def test_a_slur_in_the_plural_or_newly_listed_raises(text: str) -> None:
    assert slur_scores(text).get("slur", 0.0) >= 0.9


@pytest.mark.parametrize(
    ("masked", "word"),
    [
        ("those f*ggots again", "faggots"),
        ("a n***er in the lift", "nigger"),
        ("sp*cs everywhere", "spics"),
        ("what a r*ghead", "raghead"),
        ("f*g", "fag"),
    ],
)
def test_a_masked_slur_reads_as_the_slur(masked: str, word: str) -> None:
    assert word in normalize(masked).text.split()


@pytest.mark.parametrize(
    ("masked", "word"),
    [("f*** this", "fuck"), ("f*cking hell", "fucking"), ("sh*t day", "shit"), ("k*ll", "kill")],
)
def test_a_mask_stays_the_swear_word_of_its_length(masked: str, word: str) -> None:
    assert normalize(masked).text.split()[0] == word


@pytest.mark.parametrize(
    "text",
    [
        "nipped out for a crafty fag while she slept",
        "grandad is desperate for a fag, the ward is no smoking",
        "the tranny went on the van, mechanic says it needs a rebuild",
        "our old transistor tranny radio still works",
        "first holiday since treatment, two weeks on Lesbos with the kids",
    ],
)
def test_a_homonym_in_its_ordinary_sense_is_not_a_slur(text: str) -> None:
    scores = slur_scores(text)
    assert "slur" not in scores
    assert scores.get("homonym") == pytest.approx(0.2)


@pytest.mark.parametrize(
    "text",
    [
        "you fag, nobody wants you here",
        "we don't want any trannies at the fundraiser",
        "saw a tranny in the car park, disgusting",
    ],
)
def test_the_same_words_aimed_at_people_stay_slurs(text: str) -> None:
    assert slur_scores(text).get("slur", 0.0) >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "I'm a proud dyke and my wife and I run the sibling meetup",
        "us queers have to look out for each other on the ward",
        "as a queer dad I was nervous about joining, you've all been lovely",
    ],
)
def test_a_slur_the_author_reclaims_for_their_own_group_is_not_abuse(text: str) -> None:
    scores = slur_scores(text)
    assert "slur" not in scores
    assert "slur?" not in scores


def test_a_reclaimed_slur_says_why_it_is_quiet() -> None:
    assert slur_scores("proud dyke, proud mum of a chemo warrior").get("reclaimed") == 0.2


@pytest.mark.parametrize(
    "text",
    [
        "those dykes are disgusting and should be kept away from kids",
        "she is a dyke and a liar",
    ],
)
def test_a_reclaimable_slur_said_of_others_stays_a_slur(text: str) -> None:
    assert slur_scores(text).get("slur", 0.0) >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "and poof, the rash was gone by morning",
        "her spastic diplegia means she uses a walker",
        "we stayed in Troon for a week after transplant",
    ],
)
def test_an_ambiguous_word_alone_does_not_raise(text: str) -> None:
    assert slur_scores(text).get("slur", 0.0) < 0.5


@given(st.sampled_from([w for w in SLURS if w not in AMBIGUOUS_SLURS and " " not in w]))
def test_every_listed_slur_and_its_plural_raises_in_a_plain_sentence(word: str) -> None:
    for form in plural_forms([word]):
        assert slur_scores(f"there were {form} in the waiting room").get("slur", 0.0) >= 0.9


def test_plural_forms() -> None:
    assert plural_forms(["towelhead", "tranny", "spaz", "anchor baby", "fags"]) == [
        "towelhead",
        "towelheads",
        "tranny",
        "trannies",
        "spaz",
        "spazes",
        "anchor baby",
        "anchor babies",
        "fags",
    ]


@pytest.mark.parametrize(
    "text",
    ["you'll never be more than a c**n to me", "another sp**k in the group, great", "typical m*ng"],
)
def test_a_masked_slur_that_is_also_an_ordinary_word_is_the_slur(text: str) -> None:
    assert any(s.signal == "slur" and s.score >= 0.5 for s in detect_abuse(normalize(text)))


@pytest.mark.parametrize(
    "text",
    [
        "saw a coon at the campsite bins last night",  # the animal, unmasked
        "I'm a great big old dyke and proud of it",  # reclaimed, self-named
        "queers of the oncology ward unite, bring snacks",  # the in-group rallied
        "grandad finally gave up the fags after her diagnosis",  # the cigarette
    ],
)
def test_homonyms_and_reclaimed_uses_stay_quiet(text: str) -> None:
    assert not any(s.score >= 0.5 for s in detect_abuse(normalize(text)))
