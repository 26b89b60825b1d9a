"""A plan told by its timing, and a dangerous place with no return (C-SSRS 5; 988/AFSP).

Every sentence is written for these tests from the C-SSRS plan item (a time set) and the 988 and
AFSP sign of being at a dangerous place; none is taken from a functional test set.
"""

from __future__ import annotations

import re

import pytest

from moderation.normalize import normalize
from moderation.rules.plan_timing import DECIDED_END, NO_RETURN, TIMED_END, TIMED_LOOSE_END

from .test_crisis import top as crisis_top

_TIMED = [
    "after the funeral on saturday it ends for me",
    "Once the kids are back at school, I won't be around anymore.",
    "sunday it ends for me. everything is sorted",
    "when the money runs out, it ends for me",
    "After Thursday I won't be around anymore",
    "after this weekend it all ends for me honestly",
]
_NO_RETURN = [
    "sitting on the bridge over the motorway. not sure im coming back",
    "at the cliffs again. idk if ill drive back",
    "on the roof of the hospital car park, dont know if im coming back down",
    "walked out to the quarry after tea. dunno if i'll walk back tbh",
]


@pytest.mark.parametrize(
    ("pattern", "text"),
    [(TIMED_END, t) for t in _TIMED] + [(NO_RETURN, t) for t in _NO_RETURN],
)
def test_an_end_set_for_a_time_or_no_return_from_a_dangerous_place_raises(
    pattern: str, text: str
) -> None:
    """The author's end set for after something (C-SSRS 5: a plan with timing), and the doubt
    of coming back from a dangerous place (988/AFSP)."""
    assert re.search(pattern, normalize(text).text)
    assert crisis_top(text) >= 0.5


def test_an_end_in_ordinary_words_is_weak_alone_and_raises_with_a_decision() -> None:
    """'I'm checking out' after a date is also a hotel; with a decision made it is a plan."""
    alone = "once mum arrives to take over, i'm checking out"
    assert re.search(TIMED_LOOSE_END, normalize(alone).text)
    assert crisis_top(alone) < 0.5
    assert crisis_top(alone + ". made up my mind") >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        # an end with a purpose, a place or a leave after it
        "after christmas im going back to work part time",
        "Once she finishes chemo I'm going to sleep for a week",
        "after the appointment I won't be around much, phone is dead",
        "friday I'll be gone all day at the clinic, can someone cover the rota?",
        "once he's home I won't be here as often, sorry all",
        "After March I won't be around on here, we're moving",
        "After Friday I won't be around, I'm on nights",
        # a treatment finished, told by the patient
        "After this round that's it for me.",
        "after this cycle I'm out. no more chemo for me, my choice",
        # a place, and a return doubted for the weather, the traffic or the dark
        "stuck on the bridge in traffic, not sure i'll get back in time for pickup",
        "walked the dog along the river, not sure I'm coming back this way, too muddy",
        "we're at the sea front, dunno if we'll make it back before dark",
    ],
)
def test_look_alikes_stay_quiet(text: str) -> None:
    norm = normalize(text).text
    assert not re.search(TIMED_END, norm)
    assert not re.search(NO_RETURN, norm)
    assert crisis_top(text) < 0.5


_DECIDED = [
    "I've decided, after the funeral I'm ending things",
    "made my decision. sunday is when i end it",
    "mind's made up, once the kids are at my mum's I'm not carrying on",
    "i decided im not going on after christmas",
    "I've picked the day and I won't be around anymore after it",
    "Ive set myself a date. After his birthday that's when I go.",
    "I've chosen the day I'll end it all, it's the day after his scan",
    "worked it all out, once my husband is back from his trip I'm checking out",
    "after the school play thats it for me. date's set",
    "Decided: sunday, once the kids are asleep. Won't be here monday.",
    "mind's made up, im not sticking around after christmas",
    "calmer since I decided I'm not going to be around much longer",
]


@pytest.mark.parametrize("text", _DECIDED)
def test_the_authors_end_decided_on_raises(text: str) -> None:
    """C-SSRS 4: intent told as a decision made, with the author's end and no object."""
    assert re.search(DECIDED_END, normalize(text).text)
    assert crisis_top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        # something else ends: a relationship, a treatment, a habit, a post
        "I've decided to end things with him, I deserve better",
        "made up my mind to end it with my boyfriend",
        "I've decided I'm not carrying on with the trial, the side effects are too much",
        "I've set a deadline, after Christmas I'm not carrying on like this, I'm getting help",
        "I've decided to end it here, thanks for reading my rant",
        "I've decided, after this round I'm done with chemo",
        # a patient's own death by the illness, a plan of the family, a decision denied
        "I've decided when I go I want to be at home, not in hospital",
        "We've decided to end treatment and bring her home",
        "I've decided not to end it. I'm calling my GP in the morning",
        "I've made my decision: when the scan is clear I'm going back to work.",
        "I've made my decision, I won't be here for the next meeting",
        "I've decided I'm not sticking around for the school play, too many germs",
    ],
)
def test_a_decision_that_ends_something_else_stays_quiet(text: str) -> None:
    norm = normalize(text).text
    assert not re.search(DECIDED_END, norm) or crisis_top(text) < 0.5
