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
