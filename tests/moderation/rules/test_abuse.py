"""Swearing at the illness or one's own body is not abuse; the same words at a person are."""

from __future__ import annotations

import pytest

from moderation.normalize import normalize
from moderation.rules.abuse import detect_abuse, illness_directed_spans, vocative_illness_spans


def top(text: str) -> float:
    return max((s.score for s in detect_abuse(normalize(text))), default=0.0)


@pytest.mark.parametrize(
    "text",
    [
        "chemo you absolute bastard, give me my taste buds back",
        "Cancer, you're a thief.",
        "you evil bastard, cancer!",
        "oh neuropathy you utter bitch",
        "Dear cancer,\n\nYou took my hair and my job. You absolute waste of space.",
        "An open letter to chemo: you are a thief and a liar.",
    ],
)
def test_the_illness_addressed_as_you_is_not_an_insult(text: str) -> None:
    assert vocative_illness_spans(normalize(text).text)
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "god you're an idiot",
        "Mike you absolute bastard, you ate my sandwich",
        "you absolute idiot, read the post before replying",
        "the chemo you recommended is rubbish and you are an idiot",
        "dear moderators, you are a waste of space",
    ],
)
def test_a_person_addressed_as_you_is_still_insulted(text: str) -> None:
    assert top(text) >= 0.5


def test_swearing_at_ones_own_body_is_aimed_at_the_illness() -> None:
    assert illness_directed_spans("my stupid fucking body keeps betraying me")
    assert illness_directed_spans("fuck these pills")


@pytest.mark.parametrize(
    "text",
    [
        "Someone should teach you a lesson you won't forget.",
        "somebody needs to shut you up for good",
        "one of these days someone is gonna hurt you",
        "you need to shut up",
    ],
)
def test_what_someone_should_do_to_you_is_a_threat(text: str) -> None:
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "The play specialist will teach you a lesson on how to flush the line.",
        "Someone should teach you how to use the pump, ask the ward.",
        "If anyone tries to hurt you in this group, tell a mod.",
        "I'll shut up now, sorry for the long post.",
        "I should just shut up about the scans.",
    ],
)
def test_teaching_protecting_and_talking_to_oneself_are_not(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("nobody asked for ur opinion, u smug two faced hypocrite :(", True),
        ("you lying fraud :/", True),
        ("u smug hypocrite :)", True),
        ("you lying fraud ;)", True),
        ("u smug hypocrite", True),
    ],
)
def test_an_emoticon_closes_the_vocative_and_changes_nothing(text: str, raised: bool) -> None:
    from moderation.normalize import normalize
    from moderation.rules.abuse import VOCATIVE, detect_abuse

    found = [s for s in detect_abuse(normalize(text)) if s.detail == VOCATIVE and s.score >= 0.5]
    assert bool(found) is raised


@pytest.mark.parametrize(
    "text",
    [
        "you're vermin, crawl back under your rock",
        "u r scum",
        "leeches like you bleed the charities dry",
        "you are absolute filth",
        "you're a plague on this group",
    ],
)
def test_a_member_named_as_vermin_is_dehumanised(text: str) -> None:
    """Hate typology: dehumanisation, aimed at a member and said without an article."""
    assert top(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "you're rubbish at this quiz lol",
        "the rats in the hospital basement are the size of cats",
        "cancer, you're scum",
    ],
)
def test_banter_animals_and_the_illness_are_not_dehumanised(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ("wow, another genius mum who knows better than the oncologist. amazing.", True),
        ("oh sure, because your google degree beats 10 years of medical school", True),
        ("congrats on your medical degree from facebook university", True),
        ("ok Dr Google, whatever you say", True),
        ("Dr Google scared me half to death at 3am", False),
        ("I basically have a google degree in neuroblastoma now lol", False),
        ("our consultant has a degree from the university of Edinburgh", False),
        ("another expert who knows better than me - the play specialist - got him to eat!", False),
    ],
)
def test_mock_credentials_are_contempt(text: str, raised: bool) -> None:
    """Derogation by irony at a member's knowledge; the author's own searching is not."""
    assert (top(text) >= 0.5) is raised


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        ('"ur son died 2 yrs ago, get over it" <- this was in my DMs', False),
        ('"nobody wants you in this group" someone sent me that', False),
        ("ur son died 2 yrs ago, get over it", True),
    ],
)
def test_window_readings_quoted_by_their_target_are_reported(text: str, raised: bool) -> None:
    """A window may open on the quotation mark: the quotation check reads from its first word."""
    assert (top(text) >= 0.5) is raised
