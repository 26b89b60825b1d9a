"""The AFSP and 988 signs of leaving: a farewell to the group, finality, withdrawing from
people, affairs put in order, calls to say goodbye. Each is weak alone (members leave groups,
patients put affairs in order); two different ones together raise (``combined``)."""

from __future__ import annotations

import pytest

from moderation.normalize import normalize
from moderation.rules.crisis import detect_crisis


def top(text: str) -> float:
    return max((s.score for s in detect_crisis(normalize(text))), default=0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Logging off from here and from everyone now. You won't hear from me again. "
        "Thank you for everything.",
        "i've stopped picking up my phone and cut everyone off. it was lovely knowing you all",
        "Deleted all my socials. Look after each other, this is the last one I'll write.",
        "Everything's sorted now, nothing left for anyone to deal with. "
        "Rang my dad just to tell him I love him.",
        "Gave my bike and my records to my brother. Won't be needing anything after this weekend.",
        "cant face anyone anymore. goodbye everyone.",
    ],
)
def test_two_signs_of_leaving_raise(text: str) -> None:
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        # a leaving with a reason to be glad, or a return
        "Finn is in remission so we're stepping back from the group. "
        "Thank you for everything, take care of each other!",
        "Taking a break from screens for a bit. Bye everyone, see you after the holidays.",
        "Thanks all for everything, moving to the new hospital's group now. Look after yourselves.",
        # one sign alone
        "Thank you for everything this year, you lot kept me sane.",
        "I've stopped answering withheld numbers, the insurance calls are relentless.",
        # goodbye told of, not said
        "He left the ward without even saying goodbye to the nurses. I can't take this pain.",
    ],
)
def test_an_ordinary_leaving_or_one_sign_alone_does_not(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "My husband would cope just fine without me, probably better.",
        "It would be a relief for everyone if I just disappeared.",
        "one less patient in the house to look after, that's what they need",
        "If I'm not on here tomorrow, none of it was anyone's fault.",
        "Stuck. There's only one way out of this and I keep looking at it.",
        "how long does it take for the fumes to fill a closed garage",
        "I sat in the garage with the engine running for an hour last night.",
        "I swallowed a handful of my sleeping pills after she went to bed.",
        "Found a note under his pillow saying sorry to us. He's 13.",
    ],
)
def test_taxonomy_signs_in_plain_words_raise(text: str) -> None:
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "They'd manage fine without me for one night, so I'm staying on the ward.",
        "Took the car to the garage, the exhaust was blowing and the engine running rough.",
        "If I'm not on here tomorrow it's because we're travelling to clinic.",
        "She swallowed a handful of blueberries and choked a bit, all fine now.",
        "Found a note from the nurse saying sorry they missed us.",
        "I've never sat in the garage with the engine running and I never would.",
    ],
)
def test_their_look_alikes_do_not(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I just want to rest for good.",
        "ready to sleep forever now",
        "i want to finally be at rest forever",
    ],
)
def test_rest_for_good_is_a_wish_to_die(text: str) -> None:
    assert top(text) >= 0.5


def test_rest_after_a_hard_week_is_not() -> None:
    assert top("Scans done, I want to rest all weekend and do nothing.") < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I've written a note for my husband to read after, it's in the drawer",
        "been recording videos for all of her birthdays, up to 21",
        "Left letters for both boys to open after. I feel calm now.",
    ],
)
def test_goodbye_letters_for_after_raise(text: str) -> None:
    assert "crisis" in {s.category for s in detect_crisis(normalize(text)) if s.score >= 0.5}


@pytest.mark.parametrize(
    "text",
    [
        "we wrote letters to the tooth fairy to open after bedtime",
        "the play team made videos for every birthday on the ward",
        "My prognosis is months now. I've recorded a video for every birthday so they know me",
    ],
)
def test_letters_by_others_for_after_something_or_by_a_dying_patient_do_not_raise(
    text: str,
) -> None:
    assert not [s for s in detect_crisis(normalize(text)) if s.score >= 0.5]


@pytest.mark.parametrize(
    "text",
    [
        "please watch over my boy for me once I'm gone",
        "Be there for the girls when I'm no longer around. That's all I ask.",
    ],
)
def test_entrusting_someone_for_after_one_is_gone_raises(text: str) -> None:
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "keep an eye on him for me when I'm not here, I'm at work till six",
        "this is my last post before surgery, see you all on the other side",
        "My cancer is stage 4 now. Please look after my girls for me when I'm gone",
    ],
)
def test_a_bounded_absence_or_a_dying_patients_wish_does_not_raise(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I've started giving my books away. Said my goodbyes to everyone at work.",
        "been giving all my stuff away this month, hugged everyone goodbye at my mum's sunday",
        "Gave my records away to a neighbour and said goodbye to everyone who matters.",
    ],
)
def test_things_given_away_with_the_object_first_and_goodbyes_raise(text: str) -> None:
    """988/AFSP's giving away and saying goodbye, with the possessions before "away"."""
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        # a leaving of a place: discharge, the end of treatment, a move
        "Gave away all my get-well toys to the playroom and hugged everyone goodbye, discharged!",
        "said goodbye to everyone on the ward and gave away my stuff to the next mum. "
        "last day of chemo!",
        "Giving my baby clothes away and saying goodbye to everyone at the NICU group, moving "
        "to Leeds next month.",
        # a day's ordinary parting
        "giving my old books away at the fair, then hugging everyone goodbye at the station",
    ],
)
def test_goodbyes_on_leaving_a_place_or_at_an_ordinary_parting_do_not(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I just want to say this group has meant everything to me. Thank you for holding me up "
        "this last year. Take care of each other. Goodbye x",
        "thank you all for everything. love you all. take care of each other. bye x",
        "It's been a privilege to know you. Look after yourselves. Farewell.",
    ],
)
def test_a_farewell_told_whole_raises(text: str) -> None:
    """988/AFSP saying goodbye: three parts of a farewell, each weak alone, together."""
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Leaving the group now, it's too hard to read. Thank you for everything, take care of "
        "each other, goodbye",
        "Thank you all for everything this year, take care of each other over Christmas, bye for "
        "now x",
        "Goodbye everyone, goodbye, goodbye x",
        "Taking a break from the group for my own head. Thanks for everything, love you all, bye",
    ],
)
def test_a_leaving_named_or_one_part_said_thrice_is_no_whole_farewell(text: str) -> None:
    assert top(text) < 0.5
