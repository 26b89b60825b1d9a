"""What mentor tests share: the features they run, the flows they repeat, a parent's answers.

Fixtures live in ``conftest.py``; everything a test imports lives here.
"""

from __future__ import annotations

from bot.actions import Action, DirectMessage, OpenForm
from tests.support.recording import RecordingAdapter, of, only

FEATURES = (
    "bot.mentors.feature:MentorsFeature",
    "tests.bot.mentors.onboarding_stub:StubOnboarding",
)


#: Onboarding answers of a newly diagnosed parent (stand-in onboarding's shape).
MARIA = {
    "stage": "newly_diagnosed",
    "diagnosis_group": "leukemia",
    "age_band": "5-12",
    "region": "uk",
    "language": "English",
}


class Mentoring:
    """Short-hands for the flows the tests repeat."""

    def __init__(self, rec: RecordingAdapter) -> None:
        self.rec = rec

    async def volunteer(self, user: str, capacity: int = 1, **values: str) -> list[Action]:
        form = only(await self.rec.command(user, f"/mentor volunteer {capacity}"), OpenForm).form
        fields = {i.input_id for i in form.inputs}
        given = {k: v for k, v in values.items() if k in fields}
        given.setdefault("topics", "")
        return await self.rec.submit(user, form.form_id, given, context=form.context)

    async def request(self, user: str, **values: str) -> list[Action]:
        actions = await self.rec.command(user, "/mentor request")
        forms = of(actions, OpenForm)
        if not forms:
            return actions
        form = forms[0].form
        fields = {i.input_id for i in form.inputs}
        return await self.rec.submit(
            user, form.form_id, {k: v for k, v in values.items() if k in fields}
        )


def meet(recorder: RecordingAdapter, user: str) -> None:
    """Make ``user`` known to the group, as speaking in a channel does (reading does not)."""
    with recorder.hearth.db.session() as session:
        recorder.hearth.member_record(session, recorder.actor(user))
        session.commit()


def dms(actions: list[Action], user: str) -> list[DirectMessage]:
    return [a for a in of(actions, DirectMessage) if a.user_id == user]


def button(dm: DirectMessage, verb: str) -> str:
    """The action id of the button whose id has ``verb`` as its second segment."""
    found = [b.action_id for b in dm.message.buttons if b.action_id.split(":")[1] == verb]
    assert found, f"no {verb} button in {dm.message.buttons}"
    return found[0]


async def introduce(recorder: RecordingAdapter, mentoring: Mentoring, mentor: str, mentee: str):  # type: ignore[no-untyped-def]
    actions = await mentoring.request(mentee, stage="newly diagnosed")
    accept = button(dms(actions, mentee)[0], "accept")
    await recorder.press(mentor, accept)
    return await recorder.press(mentee, accept)
