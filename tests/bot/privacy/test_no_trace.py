"""After /forgetme, nothing of the person is left anywhere in the database: not their platform
id, not their name, not their words (issue 11, item 3), across the features Hearth ships.

The journey touches every feature that stores something: onboarding, mentors (a match with
another parent, who keeps theirs, and a block on the person, which outlives them by pseudonym),
check-ins, moderation (their flagged message, a /report they made, another member's
report about them, a moderator's note naming them) and resources (a suggestion with their note).
"""

from __future__ import annotations

from sqlmodel import select

from bot.actions import DirectMessage, Reply
from bot.mentors.models import MentorMatch
from bot.roles import Role
from bot.storage.database import Database
from tests.bot.mentors.support import Mentoring, button, dms
from tests.bot.onboarding.helpers import JORDAN, onboard
from tests.support.recording import RecordingAdapter, only
from tests.support.traces import assert_no_trace, assert_trace

PERSON = "zephyrine"
#: Words only this person wrote, one pair or word per place they end up: mentor topics, a
#: flagged message, a /report, a resource suggestion's note.
TOPICS = ("quillwort", "lanternfish")
WORDS = (*TOPICS, "fenlark", "tidepoolish", "sedgewick")


async def test_forgetme_leaves_no_id_name_or_words(
    recorder: RecordingAdapter, database: Database
) -> None:
    first = only(await recorder.join(PERSON), DirectMessage).message
    await onboard(recorder, PERSON, first, JORDAN)
    mentoring = Mentoring(recorder)
    await mentoring.volunteer(PERSON, topics=" ".join(TOPICS), stages="newly diagnosed")
    asked = await mentoring.request("maria", stage="newly diagnosed")
    accept = button(dms(asked, "maria")[0], "accept")
    await recorder.press(PERSON, accept)
    await recorder.press("maria", accept)
    await recorder.command(PERSON, "/checkin on mon 09:00 Europe/London")
    await recorder.command("maria", f"/mentor block {PERSON}")
    await recorder.say(PERSON, "You are a worthless idiot and a liar, fenlark")
    await recorder.command(PERSON, "/report maria was unkind about tidepoolish")
    await recorder.command("olivia", f"/report {PERSON} keeps posting rude things")
    await recorder.command("morgan", f"/case 1 spoke with {PERSON} about it", role=Role.MODERATOR)
    await recorder.command(
        PERSON, "/resources suggest https://example.org/help it helped on sedgewick nights"
    )
    for needle in (PERSON, *WORDS):
        assert_trace(database, needle)

    ask = only(await recorder.command(PERSON, "/forgetme"), Reply)
    await recorder.press(PERSON, ask.message.buttons[0].action_id)
    await recorder.command(PERSON, "/mydata")
    await recorder.command(PERSON, "/help")

    assert_no_trace(database, PERSON, *WORDS)
    with database.session() as session:  # the other parent keeps their side of the story
        match = session.exec(select(MentorMatch)).one()
        assert match.mentee_id is not None and match.mentor_id is None
    assert_trace(database, "maria")
