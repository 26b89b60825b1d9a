"""A group generalised by a misconduct is read by its parts: a group's habitual claim and a
misconduct as its predicate. Look-alikes keep the group and the habit and lose the misconduct,
or frame it as praise, deny it or report it."""

from __future__ import annotations

import pytest

from moderation import Assessor
from moderation.normalize import normalize
from moderation.rules.stereotypes import stereotyped


def _stereotyped(text: str) -> bool:
    return bool(stereotyped(normalize(text).text))


@pytest.mark.parametrize(
    "text",
    [
        "Polish parents never follow the treatment plan.",
        "Muslim families always take over the whole waiting room and ignore the rules.",
        "Jewish parents always expect special treatment from the consultants.",
        "Nigerian families never turn up to appointments on time.",
        "Travellers never pay for anything and always take advantage of the charity.",
        "muslims always play the victim card to jump the queue",
        "honestly polish families always hog the parents kitchen",
        "Romanian mums always think they know better than the nurses.",
    ],
)
def test_a_group_generalised_by_a_misconduct(text: str) -> None:
    assert _stereotyped(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the habit is no misconduct
        "Sikh families always bring food for the whole ward.",
        "Chinese families always ask so many questions, the nurses love it.",
        # the misconduct framed as praise
        "The Somali mums always take over the kitchen on Fridays and cook, best day of the week.",
        "Polish nurses always take over when the ward gets busy, they're brilliant.",
        # no group's habitual claim
        "Polish parents often need an interpreter, the hospital should book one.",
        "Our Polish consultant never follows the script, he explains everything properly.",
        "My son never follows the rules at bedtime.",
    ],
)
def test_lookalikes_are_not_read(text: str) -> None:
    assert not _stereotyped(text), text


@pytest.fixture(scope="module")
def assessor() -> Assessor:
    return Assessor()


def test_raised_as_abuse_with_its_reason(assessor: Assessor) -> None:
    a = assessor.assess("Polish parents never follow the treatment plan.")
    assert "abuse" in a.raised
    assert any("generalised by a misconduct" in r.detail for r in a.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Someone said Polish parents never follow the plan, which is rubbish.",
        "Not all Romanian parents ignore the rules, most are lovely.",
    ],
)
def test_reported_or_denied_stays_quiet(assessor: Assessor, text: str) -> None:
    assert assessor.assess(text).raised == ()
