"""Mocking a member's grief is read by its parts: another's loss and a mockery cue (policed,
accused or derided). Each look-alike keeps one part and loses the other, or turns the cue
round: the author's own loss, a defence, a report, warmth."""

from __future__ import annotations

import pytest

from moderation import Assessor
from moderation.normalize import normalize
from moderation.rules.grief_mockery import grief_mocked


def _mocked(text: str) -> bool:
    return bool(grief_mocked(normalize(text).text))


@pytest.mark.parametrize(
    "text",
    [
        # policed: told it should be over
        "We get it, your son died. Can we talk about something else for once.",
        "omg ur kid's been gone 3 yrs, get a hobby",
        "Your grief is getting boring tbh, move on.",
        "Honestly you should be over it by now, your daughter passed away in 2022.",
        "Still crying about your dead baby? Give it a rest.",
        # accused: used for attention
        "She posts her dead daughter every week for the likes, it's sick.",
        "Here comes another memorial post for sympathy points from her.",
        "Your son died, and honestly the way you milk it is embarrassing.",
        "her whole angel anniversary thing is just a pity party at this point",
        "ur grief show is getting old, not everyone wants ur misery on their feed",
        # derided
        "boo hoo, your kid is in heaven, we've all heard it",
        "ur daughters 'brave fight' lasted like 3 weeks, not exactly a warrior was she",
        # long post, the parts in neighbouring sentences
        (
            "Every single week there is a new candle photo and a new paragraph. Your son died "
            "two years ago. Nobody here cares any more, and you know it."
        ),
    ],
)
def test_mockery_of_anothers_grief(text: str) -> None:
    assert _mocked(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the author's own loss, self-talk
        "Sorry, another post about my angel, I know nobody cares.",
        "My son died last year and people keep telling me to move on.",
        "I'm still crying about my boy every night, I don't think I'll ever move on.",
        # defended against
        "Don't let anyone tell you to move on, your son died 2 years ago and that is no time.",
        "You never have to get over it. Your son matters.",
        "Your grief is yours, no one gets to tell you to get over it.",
        "Ignore anyone who says your daughter's memorial posts are for attention.",
        # reported
        "Someone commented we get it your kid died on my post and I cried all night.",
        "My sister told me to move on, my son has only been gone eight months.",
        # warmth
        "Your daughter's memorial was beautiful, thinking of you.",
        "It's been a year since your boy died and I still think of him, love to you.",
        # the cue with no loss, the loss with no cue
        "We moved on to the next cycle of chemo today.",
        "Your son's memorial is on Saturday, do you need a lift?",
        'Her "little warrior" rang the bell today!',
        "They called her son a 'warrior' in the paper, he would have loved that.",
        "My daughter's 'brave fight' was three years of hell, I hate that phrase.",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert not _mocked(text), text


@pytest.fixture(scope="module")
def assessor() -> Assessor:
    return Assessor()


def test_raised_as_abuse_with_its_reason(assessor: Assessor) -> None:
    a = assessor.assess("We get it, your son died. Change the record.")
    assert "abuse" in a.raised
    assert any("mocking someone's grief" in r.detail for r in a.reasons)


def test_condemned_mockery_stays_quiet(assessor: Assessor) -> None:
    a = assessor.assess(
        'Whoever wrote "your kid died, get over it" under Amy\'s post: that is vile and '
        "the mods have been told."
    )
    assert a.raised == ()


@pytest.mark.parametrize(
    ("text", "mocked"),
    [
        # the griever's words in scare quotes, and "here we go" (nobody's grief)
        (
            'Oh here we go, another "my angel" post. Some of us are sick of the grief olympics.',
            True,
        ),
        ('here we go again, another "little warrior" update. milking it as usual', True),
        # the author's own post, their own words
        ('Sorry, another "my angel" post from me. It\'s her birthday and I miss her.', False),
        (
            "Here we go again, another angel post from me. Sick of the grief olympics in my head.",
            False,
        ),
        ('another "quick question" post lol, sorry guys', False),
    ],
)
def test_grief_posts_held_up_in_scare_quotes(text: str, mocked: bool) -> None:
    assert bool(grief_mocked(normalize(text).text)) is mocked
