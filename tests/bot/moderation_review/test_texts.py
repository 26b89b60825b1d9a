"""The test texts mean what the other tests assume, with the real offline Assessor."""

from __future__ import annotations

from moderation import Assessor, MessageContext
from tests.bot.moderation_review.conftest import CRISIS, GRIEF, INSULT, LINK, MISINFO


def test_assessor_classifies_the_test_texts_clearly() -> None:
    assessor = Assessor()
    member = MessageContext(author_id="u", channel="general")
    assert assessor.assess(GRIEF, member).action == "allow"
    insult = assessor.assess(INSULT, member)
    assert insult.action == "hide" and insult.raised == ("abuse",)
    assert insult.scores["abuse"] >= 0.8
    crisis = assessor.assess(CRISIS, member)
    assert crisis.crisis and crisis.scores["crisis"] >= 0.8
    misinfo = assessor.assess(MISINFO, member)
    assert misinfo.action == "review" and misinfo.raised == ("misinformation",)
    assert assessor.assess(LINK, member).action == "allow"
    new = MessageContext(author_id="u", channel="general", author_is_new=True)
    assert assessor.assess(LINK, new).raised == ("spam",)
