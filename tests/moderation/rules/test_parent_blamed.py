"""A parent blamed for their child's illness is read by its parts: the child's illness and a
blame cue aimed at the reader. Each look-alike keeps the words and loses the blame: denied,
the author's own guilt, reported, asked, or gratitude."""

from __future__ import annotations

import pytest

from moderation import Assessor
from moderation.normalize import normalize
from moderation.rules.parent_blamed import parent_blamed


def _blamed(text: str) -> bool:
    return bool(parent_blamed(normalize(text).text))


@pytest.mark.parametrize(
    "text",
    [
        "ur kid got cancer cos of all that junk u fed him, ur own fault tbh",
        "If he doesn't make it, that's on you and only you.",
        "Catch the lump before it spread like a real mother would. You failed her.",
        "Karma's real. Of course your son got leukaemia.",
        "Your daughter is sick and you only have yourself to blame.",
        "you let her eat rubbish for years and now she has a tumour, what did you expect?",
        "Honestly you brought this on yourself, your boy relapsed because you skipped clinic.",
        (
            "I'll say what nobody else will. You smoked all through the pregnancy. "
            "Now your son has leukaemia. That is on you."
        ),
    ],
)
def test_blame_for_the_childs_illness(text: str) -> None:
    assert _blamed(text), text


@pytest.mark.parametrize(
    "text",
    [
        # denied or defended against
        "It's not your fault your son got leukaemia. Nothing you did caused this.",
        "Please don't blame yourself, you couldn't have known she was ill.",
        "No one could have known, the lump was tiny. None of this is on you.",
        "You didn't cause her cancer, the consultant said it's just bad luck.",
        # the author's own guilt
        "I keep thinking it's my fault she got sick, I missed the bruises for weeks.",
        "Is it my fault? Could I have caught the tumour earlier?",
        # reported or condemned
        "My mother-in-law told me it was my fault he got cancer because of the formula.",
        "Someone said it's your fault your daughter got sick? That's vile, report them.",
        # asked in support
        "Do you ever feel like it's your fault she got ill? I do, all the time.",
        # gratitude and pride
        "You did this! He rang the bell today and you were there for every round.",
        "He relapsed, and honestly because of you being there every day he's coping so well.",
        # blame with no illness named
        "You deserve every second of this after how you treated your ex.",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert not _blamed(text), text


def test_raised_as_abuse_with_its_reason() -> None:
    a = Assessor().assess("ur kid got cancer cos of all that junk u fed him, ur own fault tbh")
    assert "abuse" in a.raised
    assert any("blaming a parent" in r.detail for r in a.reasons)
