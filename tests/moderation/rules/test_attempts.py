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


# C-SSRS interrupted, aborted and actual attempts told with the act unsaid. Written from the
# C-SSRS behaviour definitions (an attempt interrupted by someone, stopped by the person, or
# made and survived), in chat, text-speak and longer forms; each with look-alikes that share
# the words and not the act.
@pytest.mark.parametrize(
    "text",
    [
        "My husband came home early and found me before I could go through with it.",
        "mum walked in on me just as i was about to. she doesnt know what she saw",
        "The carer found me before I could. They took everything out of the flat.",
        "I was this close to ending it all last week and nobody in my house noticed a thing.",
        "I nearly ended my life in the summer, before her relapse. I can feel it coming back.",
        "after my attempt in the spring my husband hides the car keys",
        "Since my last attempt I'm not allowed to be on my own with the meds.",
        "I survived an attempt two years ago and tonight the feelings are back.",
        "Last time I tried I woke up in ICU with tubes everywhere.",
        "i tried in june and ended up in a&e. now im thinking about it again",
    ],
)
def test_an_attempt_with_the_act_unsaid_raises(text: str) -> None:
    assert crisis_top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        # found or stopped before something named
        "My husband came home early and found me asleep on the sofa before I could make tea.",
        "the nurse stopped me before I could say something I'd regret to the registrar",
        "I was about to call the ward when my daughter called my name from her room.",
        # close to something else, or to ending a relationship
        "I was this close to crying in the consultant's office.",
        "came so close to ending it with him after the way he spoke to me at the ward round",
        "we almost ended it all on a high, then the scan came back clear and we partied",
        # an attempt at something, or another's attempt
        "My son attempted the stairs on his own today after 6 weeks in bed!",
        "I attempted a smile for the nurses.",
        "After my first attempt at the PICC dressing the nurse took over, thank god",
        "since my attempt to get a blue badge failed we park miles away",
        "he survived an attempt on his life in the army, now he's fighting this",
        # tried something named, and it did not work
        "I tried the new anti-sickness med last time and it didn't work.",
        "Last time we tried the nasal tube it didn't work and she ended up in ICU.",
        "She woke up in ICU after the surgery and asked for ice cream.",
    ],
)
def test_look_alikes_of_an_unsaid_attempt_stay_quiet(text: str) -> None:
    assert crisis_top(text) < 0.5


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("STOPPED_BEFORE", "my brother grabbed me just as i was about to"),
        ("ABOUT_TO_WHEN", "I was about to do it last night when my daughter called my name."),
        ("RESCUE_COUNTERFACTUAL", "If the nurse hadn't walked in when she did I wouldn't be here."),
        ("NEARLY_UNSAID", "I nearly did it on Tuesday."),
        ("NEARLY_UNSAID", "The only reason I didn't was thinking of her face."),
        ("TRIED_FAILED", "I tried again on friday. it didnt work"),
    ],
)
def test_the_weak_readings_read_their_shape(pattern: str, text: str) -> None:
    """Weak alone (the act unsaid has ordinary readings too): each raises with another sign
    (``warning_signs.corroborate``); here only that it reads its shape."""
    from moderation.rules import attempts

    assert re.search(getattr(attempts, pattern), normalize(text).text)
    assert crisis_top(text) < 0.9


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("I nearly did it on Tuesday. The only reason I didn't was thinking of her face.", True),
        ("nearly did it last night. only reason i didnt was the dog barking", True),
        ("I nearly did it, I nearly did it.", False),
        ("We nearly did it! Only reason we didn't win the quiz was the music round.", False),
    ],
)
def test_an_aborted_attempt_told_twice_in_different_words(text: str, raised: bool) -> None:
    """C-SSRS aborted attempt: each telling weak alone (an ordinary sense), two together."""
    assert (crisis_top(text) >= 0.5) is raised
