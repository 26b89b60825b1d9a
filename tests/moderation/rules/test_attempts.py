"""Suicidal behaviour read by its parts (C-SSRS actual, interrupted and aborted attempts).

Every sentence is written for these tests from the C-SSRS behaviour items; none is taken from
a functional test set.
"""

from __future__ import annotations

import re

import pytest

from moderation.normalize import normalize
from moderation.rules.attempts import LIGATURE_ON_NECK, OVERDOSE_TAKEN

from .test_crisis import top as crisis_top


@pytest.mark.parametrize(
    "text",
    [
        "two weeks ago I swallowed a handful of my sleeping tablets and woke up in A&E",
        "i took loads of her tramadol on friday night. still here obviously",
        "Last month I took everything in the bathroom cabinet. My sister found me.",
        "honestly i downed the whole packet of paracetamol after the scan results",
        "I've taken a whole strip of the diazepam, I don't know why I'm posting this",
    ],
)
def test_an_overdose_taken_raises(text: str) -> None:
    assert re.search(OVERDOSE_TAKEN, normalize(text).text)
    assert crisis_top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "sat in the garage with the rope around my neck for an hour on tuesday",
        "I tied my dressing gown cord round my neck last night and then my son called out",
        "had the belt around my neck when the doorbell went",
        "last week i put the dogs lead round my neck in the hallway. nobody knows",
    ],
)
def test_a_ligature_on_ones_own_neck_raises(text: str) -> None:
    assert re.search(LIGATURE_ON_NECK, normalize(text).text)
    assert crisis_top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        # a dose, or a quantity carried somewhere
        "took two of the oramorph at bedtime like the palliative nurse said",
        "I took a whole box of his leftover tablets back to the pharmacy",
        "took the rest of the morphine bottle to the hospice to be destroyed",
        "she took all her meds tonight without spitting any out",
        "I took a handful of grapes up to the ward for him",
        # a figure of speech, or an ordinary thing worn round the neck
        "the hospital parking bill is a noose around my neck",
        "I wear the lanyard with my visitor badge round my neck",
        "walked to clinic with my headphones and the cable round my neck",
        # another's neck: a birth story
        "the cord was round her neck when she was born, she's a fighter",
        "put the lead on the dog and walked round the block to clear my head",
        "the puppy got his lead wrapped round my legs on the school run",
    ],
)
def test_look_alikes_stay_quiet(text: str) -> None:
    norm = normalize(text).text
    assert not re.search(OVERDOSE_TAKEN, norm)
    assert not re.search(LIGATURE_ON_NECK, norm)


@pytest.mark.parametrize(
    "text",
    [
        "found her sobbing in the bathroom, whispering she wants to be dead",
        "he texted me from school that he wishes he was dead",
        "my son kept screaming he wanted to die all through the dressing change",
    ],
)
def test_a_child_said_to_wish_to_be_dead_raises(text: str) -> None:
    assert crisis_top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "he said he wants to be a fireman when he's better",
        "she keeps saying she wants to go home",
    ],
)
def test_a_childs_ordinary_wish_is_quiet(text: str) -> None:
    assert crisis_top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "had my stomach pumped on saturday. still here apparently",
        "woke up in resus with a drip in my arm. didnt mean to wake up",
        "I tried last night. It didn't work.",
        "spent the weekend on the psych ward after what I did on friday",
        "the ambulance came in time, so I'm still here. I didn't want them to come",
        "my sister found me in time, I'm furious I survived",
    ],
)
def test_an_attempt_told_by_its_aftermath_raises(text: str) -> None:
    """C-SSRS actual or interrupted attempt, told by the rescue or the waking."""
    assert crisis_top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I didn't mean to wake up so early but the baby was crying",
        "tried the new anti-sickness last night, didn't work either",
        "the paramedics got to him in time, he's in PICU now",
        "I'm so sorry I woke up the whole ward with my alarm",
    ],
)
def test_the_aftermath_of_other_things_stays_quiet(text: str) -> None:
    assert crisis_top(text) < 0.5


def test_an_attempt_long_ago_and_ended_is_lived_experience() -> None:
    """The aftermath reading yields to the recovered past (``rules.recovered``) in the pipeline."""
    from moderation import Assessor

    text = "when I was 19 I had my stomach pumped, I've been well for 20 years since therapy"
    assert "crisis" not in Assessor().assess(text).raised
