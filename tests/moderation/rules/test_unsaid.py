"""Warning signs told with their purpose left unsaid (C-SSRS 3-6; 988/AFSP).

Every sentence is written for these tests from the taxonomy items the readings name; none is
taken from a functional test set.
"""

from __future__ import annotations

import re

import pytest

from moderation.normalize import normalize
from moderation.rules import unsaid
from moderation.rules.crisis import detect_crisis

from .test_crisis import top as crisis_top

RAISES = [
    (
        unsaid.READY_AFTER_AFFAIRS,
        "wrote letters for both boys and sorted the insurance. i'm ready now",
    ),
    (
        unsaid.READY_AFTER_AFFAIRS,
        "Signed the will this morning, told my sister where the passwords are. I'm ready.",
    ),
    (unsaid.NO_MORE_CONTACT, "love you all, you won't hear from me again x"),
    (unsaid.NO_MORE_CONTACT, "thanks for everything. u wont be hearing from me anymore"),
    (unsaid.MEANS_PURPOSE_DENIED, "picked up some rope from the garden centre. not for the garden"),
    (
        unsaid.MEANS_PURPOSE_DENIED,
        "Got a length of rope on the way home. Didn't tell my husband why.",
    ),
    (
        unsaid.EXHAUST_MEANS,
        "theres a hosepipe and gaffer tape in the boot now. kids at school tomorrow",
    ),
    (unsaid.HEIGHT_LOOKED_UP, "googled how high the viaduct by the ring road is. its high enough"),
    (unsaid.HEIGHT_LOOKED_UP, "Checked how deep the reservoir gets. Deep enough."),
    (unsaid.WRONG_SIDE, "top of the car park. i'm on the other side of the railing now"),
    (unsaid.WRONG_SIDE, "on the bridge again, sat on the wrong side of the parapet"),
    (
        unsaid.INTO_TRAFFIC,
        "sat by the dual carriageway for an hour. thinking about just walking out",
    ),
    (unsaid.STEPPING_OUT, "I keep thinking about stepping out of my family's lives"),
    (unsaid.STEPPING_OUT, "maybe it's time I stepped out of the picture for good"),
]


@pytest.mark.parametrize(("pattern", "text"), RAISES)
def test_a_sign_with_its_purpose_unsaid_raises(pattern: str, text: str) -> None:
    assert re.search(pattern, normalize(text).text)
    assert crisis_top(text) >= 0.5


QUIET = [
    # ready for something, or affairs seen to for an ordinary reason
    "Bags packed for the hospital stay and the insurance forms done. I'm ready.",
    "We made the will years ago, and I'm ready for the new school year",
    "wrote the letters to school about her absences, ready to send",
    # a goodbye bounded by time
    "you won't hear from me again until after the surgery, phone off",
    "you won't hear from me again today, ward wifi is dead",
    # a rope or hose with its purpose told
    "the kids got some rope for the treehouse, not for climbing though, just the pulley",
    "I've bought a new hose for the garden and some tape to fix the leak, the car needs a wash",
    "bought a rope swing for the garden, she'll love it when her counts are up",
    # a height or a depth looked up for a reason
    "Looked up how high the bridge is, our van is 2.9m so we should be fine",
    "looked up how deep the pool is for hydrotherapy, 1.2m, is that deep enough for a 6yo?",
    # a barrier that is not the author's place
    "we parked on the top floor of the car park, pay machine is on the other side of the barrier",
    "the cafe is on the other side of the barrier at the hospital entrance",
    # stepping out, not into traffic; out of the picture at work
    "the traffic on the ring road was awful so I was thinking about just stepping out for a coffee",
    "I'm thinking about stepping out of the picture at work and letting my deputy run things",
]


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_stay_quiet(text: str) -> None:
    norm = normalize(text).text
    assert not any(re.search(p, norm) for p, *_ in unsaid.UNSAID)
    assert crisis_top(text) < 0.5


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (
            unsaid.PILLS_BOUGHT_UNSEEN,
            "bought them at four different pharmacies so no one would notice",
        ),
        (unsaid.PILLS_BOUGHT_UNSEEN, "split it between shops so nobody notices how many tablets"),
        (unsaid.END_DATE, "ive picked my own end date now and i feel lighter"),
        (unsaid.END_DATE, "My plan to end things is set, after the wedding."),
        (
            unsaid.STEPPING_OUT,
            "once the scans are clear I'll take myself out of the picture for good",
        ),
        (unsaid.WRONG_SIDE, "On the other side of the railing. very windy up here"),
        (unsaid.SUDDEN_CALM, "after weeks of panic I'm strangely peaceful, the plan is made"),
        (
            unsaid.SUDDEN_CALM,
            "slept well for once, knowing I won't have to face any of it much longer",
        ),
        (unsaid.SUDDEN_CALM, "calmest I've been in months now I've found a way out"),
    ],
)
def test_more_signs_with_their_purpose_unsaid_raise(pattern: str, text: str) -> None:
    assert re.search(pattern, normalize(text).text)
    assert crisis_top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "went to two different supermarkets so they wouldn't run out of the formula we need",
        "we set an end date for the fundraiser, 30th june",
        "the trial has an end date for recruitment next spring",
        "On the other side of the fence at the park is a lovely cafe",
        "feel lighter now the decision about surgery is made",
        "I feel at peace now that she's finished treatment and we know the plan",
        "so relieved, found a way out of the car park at last lol",
        "calm now, the birthday party plan is made and the cake is ordered",
        "slept properly last night, won't have to do this much longer, 2 more cycles!",
    ],
)
def test_more_look_alikes_stay_quiet(text: str) -> None:
    norm = normalize(text).text
    assert not any(re.search(p, norm) for p, *_ in unsaid.UNSAID)
    assert crisis_top(text) < 0.5


def test_a_calm_denied_is_no_sudden_calm() -> None:
    assert crisis_top("I'm not calm at all and I haven't got a way out, that's the problem") < 0.5


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("googled how much of his oxy it would take for an adult, then cleared my history", True),
        ("looked up how many of the tablets an adult would need. they're in my handbag now", True),
        ("looked up how much calpol an adult would take vs a child, she's 40kg now", False),
        ("checked how much an adult would need for a migraine, hid it from the toddler", False),
    ],
)
def test_an_adults_amount_looked_up_and_hidden(text: str, raised: bool) -> None:
    """C-SSRS 3 with secrecy; a dose checked with its purpose, or kept from a child, is not."""
    assert bool(re.search(unsaid.ADULT_DOSE_HIDDEN, normalize(text).text)) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("the calmest i've been in months. once you've picked your date to check out", True),
        ("weirdly peaceful. i've set the day to go.", True),
        ("I feel calm now. We picked the date to go to Disneyland!", False),
        ("so relieved. the surgery date is set and we won't have to do this much longer", False),
    ],
)
def test_calm_with_the_date_in_the_next_sentence(text: str, raised: bool) -> None:
    """AFSP sudden calm: the reason may follow in the next sentence; a trip's date is no way out."""
    assert (crisis_top(text) >= 0.5) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("gonna do it friday while hes at his dads. at home, nobodys due round", True),
        ("bought rope today, the beam will take my weight. just need the house empty", True),
        ("saved up enough of my pills. nobody will find me till monday", True),
        ("gonna do the deep clean friday while hes at his dads, nobodys due round", False),
        ("I'll do it tomorrow when nobody's around to watch me cry lol, wig shopping", False),
        ("the house is empty for once so I'm going to do it - a proper bath with a book", False),
    ],
)
def test_means_with_nobody_there_to_intervene(text: str, raised: bool) -> None:
    """Beck Suicide Intent Scale: isolation and precautions against discovery."""
    assert (crisis_top(text) >= 0.5) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("the voices say i should go. i'm going to act on it", True),
        ("i've had thoughts of ending it for weeks. tonight i'm gonna give in to them.", True),
        ("the dark stuff creeps in every night and one of these nights i'll give in to it", True),
        ("next time the urge to jump comes I'm not fighting it, I'm going to act on it", True),
        (
            "thanks for the tips on the dark thoughts everyone, I'll act on them and see my GP",
            False,
        ),
        (
            "had the dark thoughts again but i'm not going to act on them, i've called my sister",
            False,
        ),
        ("the urge to cut is there but I'm not giving in to it tonight", False),
        ("my manager gave feedback on the rota, I'll act on it this week", False),
    ],
)
def test_acting_on_the_thoughts_named_before(text: str, raised: bool) -> None:
    """C-SSRS 4, intent to act, with the thoughts or urges named and the act told as 'it'."""
    assert (crisis_top(text) >= 0.5) is raised


@pytest.mark.parametrize(
    ("text", "calm"),
    [
        ("I feel weirdly calm now that I know what I'm going to do.", True),
        ("so much lighter since i stopped fighting it.", True),
        ("I feel calm now that I know what I'm going to do about the trial.", False),
        ("lighter since I stopped fighting the insurer, they paid up", False),
    ],
)
def test_a_calm_after_a_decision_left_unsaid_or_the_struggle_given_up(text: str, calm: bool):
    """NIMH's sudden calm: its reason may be a decision whose content is not said, or the
    fight given up; a decision or a fight with its object named is something else."""
    found = [
        s for s in detect_crisis(normalize(text)) if s.signal == "sudden calm" and s.score > 0.4
    ]
    assert bool(found) is calm
