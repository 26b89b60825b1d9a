"""Abuse a member received and shared: kept up, the moderators told, the member never punished."""

from __future__ import annotations

from bot.actions import AlertModerators, DirectMessage, HideMessage, Reply, TimeOut
from bot.moderation_review.models import NOT_HIDDEN, RECEIVED
from bot.roles import Role
from bot.storage.database import Database
from tests.bot.moderation_review.conftest import INSULT, all_cases, case_log
from tests.support.recording import RecordingAdapter, of, only

MOD = Role.MODERATOR
SHARED = (
    "got this in my DMs last night: \"you're a disgusting attention seeker, your kid isn't even "
    "sick\". I'm shaking."
)


async def test_shared_abuse_stays_up_and_the_moderators_are_told(
    recorder: RecordingAdapter, database: Database
) -> None:
    actions = await recorder.say("maria", SHARED)
    assert of(actions, HideMessage) == []
    (case,) = all_cases(database)
    assert (case.decision, case.hidden, case.categories) == (RECEIVED, NOT_HIDDEN, "")
    alert = only(actions, AlertModerators)
    assert not alert.urgent and alert.case_ref == f"case:{case.id}"
    assert alert.message.title == "Case #1: abuse a member received"
    text = alert.message.plain()
    assert "Maria shared abuse they say was sent to them" in text
    assert "disgusting attention seeker" in text and "stays up" in text
    labels = [b.label for b in alert.message.buttons]
    assert "I'm looking into it" in labels and "Mark handled" in labels
    assert "Warn" not in labels and alert.message.selects == ()  # no warning, no time-out
    dm = only(actions, DirectMessage)
    assert dm.user_id == "maria" and "let the moderators know" in dm.message.plain()
    assert "disgusting" not in dm.message.plain()  # the abuse is not repeated to them
    assert [e.kind for e in case_log(database, case.id)] == ["opened", "received_told"]


async def test_the_member_who_received_it_is_never_warned_or_timed_out(
    recorder: RecordingAdapter, database: Database
) -> None:
    await recorder.say("maria", SHARED)
    (case,) = all_cases(database)
    for action_id in (f"case:warn:{case.id}", f"case:timeout:{case.id}:1d"):
        actions = await recorder.press("alex", action_id, role=MOD)
        assert of(actions, TimeOut) == [] and of(actions, DirectMessage) == []
        assert "never" in only(actions, Reply).message.text
    await recorder.press("alex", f"case:handled:{case.id}", role=MOD)
    assert all_cases(database)[0].status == "resolved"


async def test_abuse_met_elsewhere_or_condemned_opens_no_case(
    recorder: RecordingAdapter, database: Database
) -> None:
    for text in (
        'a woman in the car park said to me "you\'re an attention seeker". people are awful.',
        'people who say "get over it" to grieving parents are vile',
        "got a lovely message from the ward nurse today, made my week",
    ):
        assert of(await recorder.say("maria", text), AlertModerators) == []
    assert all_cases(database) == []


async def test_shared_abuse_edited_into_the_authors_own_words_gets_the_usual_controls(
    recorder: RecordingAdapter, database: Database
) -> None:
    await recorder.say("maria", SHARED)
    await recorder.edit("maria", "m1", INSULT)
    (case,) = all_cases(database)
    assert case.decision == "review" and "abuse" in case.category_list
    alert = await recorder.press("alex", f"case:warn:{case.id}", role=MOD)
    assert of(alert, DirectMessage)  # the warning goes to the author
