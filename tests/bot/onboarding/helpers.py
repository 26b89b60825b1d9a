"""Walking through onboarding the way a member does: find a control by its label, press it."""

from __future__ import annotations

from collections.abc import Sequence

from bot.actions import Action, DirectMessage, OpenForm, Reply
from bot.messages import Message
from tests.support.recording import RecordingAdapter

FEATURES = (
    "bot.resources.feature:ResourcesFeature",
    "bot.onboarding.feature:OnboardingFeature",
    "bot.privacy.feature:PrivacyFeature",
)

#: Labels a new parent picks, question by question (default questions).
JORDAN = {
    "stage": ["Bereaved"],
    "diagnosis": ["Brain / CNS"],
    "age_band": ["5 to 12"],
    "region": ["United Kingdom"],
    "timezone": "Europe/London",
    "support": ["Talking with other parents", "Bereavement support", "Done"],
    "mentor": ["I'd like a mentor"],
    "share": ["No, keep them private"],
    "guidelines": ["I agree"],
}


def last_message(actions: Sequence[Action]) -> Message:
    """The last message shown to the member (a reply or a DM)."""
    for action in reversed(actions):
        if isinstance(action, Reply | DirectMessage):
            return action.message
    raise AssertionError(f"no message in {actions!r}")


def question_id(message: Message) -> str:
    """The question a message asks, read from its controls' action ids."""
    for button in message.buttons:
        if button.action_id.startswith("onboard:") and not button.url:
            return button.action_id.split(":")[2]
    for select in message.selects:
        return select.action_id.split(":")[2]
    raise AssertionError(f"no question in {message!r}")


async def press_label(
    recorder: RecordingAdapter, user: str, message: Message, label: str
) -> list[Action]:
    for button in message.buttons:
        if button.label.lstrip("✓ ") == label and not button.url:
            return await recorder.press(user, button.action_id, direct=True)
    for select in message.selects:
        for option in select.options:
            if option.label.lstrip("✓ ") == label:
                return await recorder.press(
                    user, select.action_id, values=(option.value,), direct=True
                )
    raise AssertionError(f"no control labelled {label!r} in {message.plain()!r}")


async def answer(
    recorder: RecordingAdapter, user: str, message: Message, plan: str | list[str]
) -> list[Action]:
    """Answer the question in ``message`` following ``plan`` (labels, or a typed answer)."""
    if isinstance(plan, str):
        label = next(b.label for b in message.buttons if b.action_id.startswith("onboard:form:"))
        opened = await press_label(recorder, user, message, label)
        form = next(a for a in opened if isinstance(a, OpenForm)).form
        return await recorder.submit(user, form.form_id, {"answer": plan}, context=form.context)
    actions: list[Action] = []
    for label in plan:
        actions = await press_label(recorder, user, message, label)
        message = last_message(actions)
    return actions


async def onboard(
    recorder: RecordingAdapter, user: str, first: Message, plan: dict[str, str | list[str]]
) -> list[Action]:
    """Answer every question from ``first`` on; returns the actions of the last answer."""
    message = first
    for _ in range(len(plan) + 1):
        qid = question_id(message)
        actions = await answer(recorder, user, message, plan[qid])
        if any(isinstance(a, Reply) and a.message.title == "Welcome aboard" for a in actions):
            return actions
        message = last_message(actions)
    raise AssertionError("onboarding did not finish")
