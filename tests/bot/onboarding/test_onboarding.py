"""Onboarding through the recording adapter: events in, neutral actions out, real SQLite."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import inspect
from sqlmodel import select

from bot.actions import AssignRole, DirectMessage, OpenForm, Reply
from bot.app import Hearth
from bot.capabilities import Capabilities
from bot.clock import FakeClock
from bot.config import Config, parse_config
from bot.onboarding.models import OnboardingAnswer, OnboardingProgress
from bot.roles import Role
from bot.storage.database import Database
from bot.storage.models import Member
from tests.bot.onboarding.helpers import (
    FEATURES,
    JORDAN,
    answer,
    last_message,
    onboard,
    press_label,
    question_id,
)
from tests.support.recording import RecordingAdapter, of, only


@pytest.fixture
def ob(config: Config, database: Database, clock: FakeClock) -> Hearth:
    config.community.guidelines_url = "https://example.org/guidelines"
    return Hearth(config, database, clock=clock, features=FEATURES)


@pytest.fixture
def rec(ob: Hearth) -> RecordingAdapter:
    return RecordingAdapter(ob)


def member(database: Database, user: str) -> Member:
    with database.session() as session:
        row = session.exec(select(Member).where(Member.external_id == user)).one()
        session.expunge(row)
        return row


def test_tables_exist_after_upgrade(database: Database) -> None:
    tables = set(inspect(database.engine).get_table_names())
    assert {"onboarding_answer", "onboarding_progress"} <= tables
    assert database.current_revisions() == database.head_revisions()


async def test_join_welcomes_privately_and_holds_newcomer_role(rec: RecordingAdapter) -> None:
    actions = await rec.join("jordan")
    assert only(actions, AssignRole) == AssignRole(user_id="jordan", role="newcomer")
    dm = only(actions, DirectMessage)
    assert dm.user_id == "jordan" and dm.fallback_channel == "general"
    assert dm.message.title == "Welcome to Hearth support group"
    assert dm.message.text.startswith("Welcome! This is a peer-support group")
    assert dm.message.text.endswith("Question 1 of 9: Where is your family right now?")
    assert question_id(dm.message) == "stage"
    labels = [b.label for b in dm.message.buttons]
    assert labels == ["Newly diagnosed", "In treatment", "Off treatment / survivorship", "Bereaved"]


async def test_full_flow_assigns_roles_and_records_consent(
    rec: RecordingAdapter, database: Database, ob: Hearth
) -> None:
    first = only(await rec.join("jordan"), DirectMessage).message
    assert not member(database, "jordan").onboarded
    done = await onboard(rec, "jordan", first, JORDAN)
    roles = of(done, AssignRole)
    assert AssignRole(user_id="jordan", role="newcomer", remove=True) in roles
    assert AssignRole(user_id="jordan", role="bereavement") in roles
    jordan = member(database, "jordan")
    assert jordan.onboarded and jordan.consent
    assert jordan.timezone == "Europe/London" and jordan.region == "UK"
    with database.session() as session:
        feature = ob.features["onboarding"]
        row = session.get(Member, jordan.id)
        assert feature.stage(session, row) == "bereaved"
        answers = feature.answers(session, row)
    assert answers["diagnosis_group"] == "brain_cns"
    assert answers["age_band"] == "5-12"
    assert answers["support"] == ["talk", "bereavement"]
    assert answers["mentor_interest"] == "want"
    assert "guidelines" not in answers


async def test_first_message_welcomes_once_and_staff_are_not_welcomed(
    rec: RecordingAdapter,
) -> None:
    dm = only(await rec.say("jordan", "hello everyone"), DirectMessage)
    assert dm.fallback_channel == "general"
    assert of(await rec.say("jordan", "anyone around?"), DirectMessage) == []
    assert await rec.say("olivia", "hi all", role=Role.ORGANIZER) == []


async def test_start_in_channel_sends_dm_and_in_dm_replies(rec: RecordingAdapter) -> None:
    actions = await rec.command("casey", "/start")
    assert question_id(only(actions, DirectMessage).message) == "stage"
    assert "private message" in only(actions, Reply).message.text
    actions = await rec.command("casey", "/start", direct=True)
    assert of(actions, DirectMessage) == []
    assert question_id(only(actions, Reply).message) == "stage"


async def test_no_role_changes_where_platform_has_no_roles(ob: Hearth) -> None:
    rec = RecordingAdapter(ob, platform="noroles", capabilities=Capabilities(roles=False))
    first = only(await rec.join("jordan"), DirectMessage).message
    assert of(await rec.join("jordan"), AssignRole) == []
    done = await onboard(rec, "jordan", first, JORDAN)
    assert of(done, AssignRole) == []


async def test_required_questions_cannot_be_skipped(rec: RecordingAdapter) -> None:
    first = only(await rec.join("jordan"), DirectMessage).message
    assert not any(b.label == "Skip" for b in first.buttons)
    reply = only(await rec.press("jordan", "onboard:skip:stage", direct=True), Reply)
    assert "can't be skipped" in reply.message.text
    reply = only(await rec.press("jordan", "onboard:answer:guidelines:nope", direct=True), Reply)
    assert "I agree" in reply.message.text


async def test_optional_question_skipped_is_not_asked_again(
    rec: RecordingAdapter, database: Database
) -> None:
    first = only(await rec.join("jordan"), DirectMessage).message
    msg = last_message(await answer(rec, "jordan", first, ["In treatment"]))
    assert question_id(msg) == "diagnosis"
    msg = last_message(await press_label(rec, "jordan", msg, "Skip"))
    assert question_id(msg) == "age_band"
    with database.session() as session:
        rows = session.exec(select(OnboardingAnswer)).all()
        assert {(r.question_id, r.value) for r in rows} == {
            ("stage", "in_treatment"),
            ("diagnosis", ""),
        }


async def test_more_than_five_options_use_a_select(rec: RecordingAdapter) -> None:
    first = only(await rec.join("jordan"), DirectMessage).message
    msg = first
    for plan in (["Newly diagnosed"], ["Skip"], ["Skip"]):
        msg = last_message(await answer(rec, "jordan", msg, plan))
    assert question_id(msg) == "region"
    select_ = only_select(msg)
    assert select_.action_id == "onboard:answer:region"
    assert len(select_.options) == 7 and select_.max_values == 1


def only_select(message):  # type: ignore[no-untyped-def]
    assert len(message.selects) == 1
    return message.selects[0]


async def test_timezone_validation_suggests_close_matches(
    rec: RecordingAdapter, database: Database
) -> None:
    await rec.join("jordan")
    form = only(await rec.press("jordan", "onboard:form:timezone", direct=True), OpenForm).form
    assert form.form_id == "onboard:answer:timezone"
    assert form.inputs[0].input_id == "answer"
    reply = only(await rec.submit("jordan", form.form_id, {"answer": "Europe/Londn"}), Reply)
    assert "I don't know the time zone “Europe/Londn”" in reply.message.text
    suggestions = [b.label for b in reply.message.buttons]
    assert suggestions[0] == "Europe/London"
    assert "Type it again" in suggestions
    assert member(database, "jordan").timezone is None
    await press_label(rec, "jordan", reply.message, "Europe/London")
    assert member(database, "jordan").timezone == "Europe/London"
    # city names and common abbreviations are understood too
    await rec.submit("jordan", "onboard:answer:timezone", {"answer": "chicago"})
    assert member(database, "jordan").timezone == "America/Chicago"
    reply = only(
        await rec.submit("jordan", "onboard:answer:timezone", {"answer": "qqqq zzzz"}), Reply
    )
    assert [b.label for b in reply.message.buttons] == ["Type it again", "Skip"]


async def test_known_platform_timezone_offered_as_a_button(rec: RecordingAdapter) -> None:
    from bot.events import CommandInvoked

    actions = await rec.send(
        CommandInvoked(
            actor=rec.actor("kim", timezone="America/Denver"),
            place=rec.place(direct=True),
            name="start",
        )
    )
    assert question_id(only(actions, Reply).message) == "stage"
    reply = only(await rec.press("kim", "onboard:edit:timezone", direct=True), Reply)
    assert reply.message.buttons[0].label == "Use America/Denver"


async def test_multiple_choice_toggles_until_done(
    rec: RecordingAdapter, database: Database
) -> None:
    await rec.join("jordan")
    msg = only(await rec.press("jordan", "onboard:edit:support", direct=True), Reply).message
    msg = last_message(await press_label(rec, "jordan", msg, "Practical tips"))
    msg = last_message(await press_label(rec, "jordan", msg, "Regular check-ins"))
    msg = last_message(await press_label(rec, "jordan", msg, "Practical tips"))
    assert [b.label for b in msg.buttons if b.label.startswith("✓")] == ["✓ Regular check-ins"]
    with database.session() as session:
        row = session.exec(select(OnboardingAnswer)).one()
        assert row.values == ["checkins"]
    # a real multi-select sends the whole choice at once
    await rec.press("jordan", "onboard:answer:support", values=("talk", "resources"), direct=True)
    with database.session() as session:
        assert session.exec(select(OnboardingAnswer)).one().values == ["talk", "resources"]


async def test_resume_after_restart_from_stored_progress(
    config: Config, database: Database, clock: FakeClock
) -> None:
    first_run = RecordingAdapter(Hearth(config, database, clock=clock, features=FEATURES))
    msg = only(await first_run.join("jordan"), DirectMessage).message
    msg = last_message(await answer(first_run, "jordan", msg, ["Off treatment / survivorship"]))
    msg = last_message(await answer(first_run, "jordan", msg, ["Skip"]))
    assert question_id(msg) == "age_band"
    # a new process over the same database: nothing in memory survives
    second_run = RecordingAdapter(Hearth(config, database, clock=clock, features=FEATURES))
    resumed = only(await second_run.command("jordan", "/start", direct=True), Reply).message
    assert question_id(resumed) == "age_band"
    assert "carry on where you stopped (2 of 9 answered)" in resumed.text
    # a press on the old message from before the restart still works
    after = last_message(await press_label(second_run, "jordan", msg, "13 to 17"))
    assert question_id(after) == "region"


async def test_reminders_at_most_twice(
    rec: RecordingAdapter, ob: Hearth, clock: FakeClock, database: Database
) -> None:
    await rec.join("jordan")
    clock.advance(hours=23)
    await ob.tick()
    assert rec.delivered == []
    clock.advance(hours=2)
    await ob.tick()
    first = only(rec.delivered, DirectMessage)
    assert first.user_id == "jordan" and question_id(first.message) == "stage"
    assert "Hello again" in first.message.text
    await ob.tick()  # nothing new is due yet
    assert len(rec.delivered) == 1
    for _ in range(5):
        clock.advance(hours=25)
        await ob.tick()
    assert len(rec.delivered) == 2
    assert "last reminder" in rec.delivered[1].message.text  # type: ignore[attr-defined]
    with database.session() as session:
        assert session.exec(select(OnboardingProgress)).one().reminders_sent == 2


async def test_answering_postpones_the_reminder_and_finished_members_get_none(
    rec: RecordingAdapter, ob: Hearth, clock: FakeClock
) -> None:
    first = only(await rec.join("jordan"), DirectMessage).message
    clock.advance(hours=20)
    msg = last_message(await answer(rec, "jordan", first, ["In treatment"]))
    clock.advance(hours=20)
    await ob.tick()
    assert rec.delivered == []
    clock.advance(hours=5)
    await ob.tick()
    assert question_id(only(rec.delivered, DirectMessage).message) == question_id(msg)
    plan = {k: v for k, v in JORDAN.items() if k != "stage"}
    await onboard(rec, "jordan", msg, plan)
    clock.advance(days=3)
    await ob.tick()
    assert len(rec.delivered) == 1


async def test_profile_shows_and_edits_answers(rec: RecordingAdapter, database: Database) -> None:
    first = only(await rec.join("jordan"), DirectMessage).message
    await onboard(rec, "jordan", first, JORDAN)
    profile = only(await rec.command("jordan", "/profile"), Reply)
    assert profile.ephemeral
    fields = {f.name: f.value for f in profile.message.fields}
    assert fields["Where your family is"] == "Bereaved"
    assert fields["Diagnosis group"] == "Brain / CNS (private)"
    assert fields["Support wanted"] == "Talking with other parents, Bereavement support"
    assert fields["Community guidelines"] == "agreed"
    assert "Change Community guidelines" not in [b.label for b in profile.message.buttons]
    # change stage: bereavement role removed, new role (none) assigned
    asked = only(
        await press_label(rec, "jordan", profile.message, "Change Where your family is"), Reply
    )
    assert asked.message.title == "Change: Where your family is"
    changed = await press_label(rec, "jordan", asked.message, "Off treatment / survivorship")
    assert of(changed, AssignRole) == [
        AssignRole(user_id="jordan", role="bereavement", remove=True)
    ]
    assert "Saved: Where your family is." in only(changed, Reply).message.text
    # region edit through the select updates the member record
    asked = only(await rec.press("jordan", "onboard:edit:region", direct=True), Reply).message
    await rec.press("jordan", asked.selects[0].action_id, values=("IE",), direct=True)
    assert member(database, "jordan").region == "IE"
    # a typed time zone edit goes through the form again, in change mode
    form = only(await rec.press("jordan", "onboard:form:timezone:change", direct=True), OpenForm)
    assert form.form.form_id == "onboard:change:timezone"
    assert form.form.inputs[0].default == "Europe/London"
    saved = await rec.submit("jordan", "onboard:change:timezone", {"answer": "Australia/Sydney"})
    assert "Saved: Time zone." in only(saved, Reply).message.text
    assert member(database, "jordan").timezone == "Australia/Sydney"


async def test_profile_before_finishing_points_to_start(rec: RecordingAdapter) -> None:
    await rec.join("jordan")
    reply = only(await rec.command("jordan", "/profile"), Reply)
    assert "/start picks up where you stopped" in reply.message.text
    assert {f.value for f in reply.message.fields} == {
        "not answered yet",
        "not answered yet (private)",
    }


async def test_unfinished_onboarding_purged_after_retention(
    rec: RecordingAdapter, ob: Hearth, clock: FakeClock, database: Database
) -> None:
    first = only(await rec.join("jordan"), DirectMessage).message
    await answer(rec, "jordan", first, ["Bereaved"])
    finisher = only(await rec.join("casey"), DirectMessage).message
    await onboard(rec, "casey", finisher, JORDAN)
    clock.advance(days=29)
    await ob.tick()
    with database.session() as session:
        assert len(session.exec(select(OnboardingAnswer)).all()) == 10
    clock.advance(days=2)
    await ob.tick()
    with database.session() as session:
        rows = session.exec(select(OnboardingAnswer)).all()
        assert {r.member_id for r in rows} == {member(database, "casey").id}
        assert len(session.exec(select(OnboardingProgress)).all()) == 1


def test_config_questions_validated() -> None:
    from bot.errors import ConfigError

    data = {
        "onboarding": {
            "questions": [
                {"id": "stage", "prompt": "Where?", "kind": "single", "options": []},
            ]
        }
    }
    with pytest.raises(ConfigError) as err:
        parse_config(data, platform_models={})
    assert "1-25 options" in str(err.value)
    data["onboarding"]["questions"] = [  # type: ignore[index]
        {"id": "ok", "prompt": "Fine?", "kind": "text"},
    ]
    with pytest.raises(ConfigError) as err:
        parse_config(data, platform_models={})
    assert "exactly one kind = 'agreement'" in str(err.value)


async def test_custom_questions_from_config(database: Database, clock: FakeClock) -> None:
    config = parse_config(
        {
            "onboarding": {
                "newcomer_role": "",
                "questions": [
                    {
                        "id": "where",
                        "prompt": "Where are you in the journey?",
                        "kind": "single",
                        "required": True,
                        "options": [
                            {
                                "value": "loss",
                                "label": "We lost our child",
                                "role": "grief",
                                "sets": {"stage": "bereaved"},
                            },
                            {
                                "value": "treat",
                                "label": "Treatment",
                                "sets": {"stage": "in_treatment"},
                            },
                        ],
                    },
                    {"id": "lang", "prompt": "Language?", "kind": "text", "maps_to": "language"},
                    {"id": "rules", "prompt": "Agree?", "kind": "agreement"},
                ],
            }
        },
        platform_models={},
    )
    hearth = Hearth(config, database, clock=clock, features=FEATURES)
    rec = RecordingAdapter(hearth)
    actions = await rec.join("ana")
    assert of(actions, AssignRole) == []  # no newcomer role configured
    first = only(actions, DirectMessage).message
    done = await onboard(
        rec, "ana", first, {"where": ["We lost our child"], "lang": "Spanish", "rules": ["I agree"]}
    )
    assert of(done, AssignRole) == [AssignRole(user_id="ana", role="grief")]
    with database.session() as session:
        row = session.exec(select(Member).where(Member.external_id == "ana")).one()
        feature = hearth.features["onboarding"]
        assert feature.stage(session, row) == "bereaved"
        assert feature.answers(session, row)["language"] == "Spanish"


async def test_old_buttons_for_removed_questions_explain(rec: RecordingAdapter) -> None:
    reply = only(await rec.press("jordan", "onboard:answer:gone:x", direct=True), Reply)
    assert "no longer asked" in reply.message.text


async def test_reminder_skips_platforms_not_connected(
    ob: Hearth, clock: FakeClock, database: Database
) -> None:
    rec = RecordingAdapter(ob)
    await rec.join("jordan")
    other = RecordingAdapter(ob, platform="elsewhere")
    await other.join("pat")
    ob._platforms.pop("elsewhere")  # that process is not this one
    clock.advance(timedelta(hours=25))
    await ob.tick()
    assert [a.user_id for a in rec.delivered] == ["jordan"]  # type: ignore[attr-defined]
    with database.session() as session:
        sent = {p.member_id: p.reminders_sent for p in session.exec(select(OnboardingProgress))}
    assert sorted(sent.values()) == [0, 1]


async def test_no_welcome_on_a_message_moderation_flagged(recorder: RecordingAdapter) -> None:
    """With every default feature: a first message in crisis gets care, not a welcome."""
    actions = await recorder.say("robin", "I can't go on anymore, I want to end my life")
    assert not any(
        isinstance(a, DirectMessage) and (a.message.title or "").startswith("Welcome")
        for a in actions
    )
    assert actions, "moderation's care path answers a crisis message"
    later = only(await recorder.say("robin", "thank you all for being here"), DirectMessage)
    assert later.message.title == "Welcome to Hearth support group"


def test_example_config_documents_the_default_questions() -> None:
    """config.example.toml writes the defaults out; they must not drift apart."""
    import tomllib
    from pathlib import Path

    from bot.onboarding.settings import OnboardingConfig

    path = Path(__file__).parents[3] / "config.example.toml"
    section = tomllib.loads(path.read_text("utf-8"))["onboarding"]
    assert OnboardingConfig.model_validate(section) == OnboardingConfig()
    documented = set(section) | {"questions"}
    assert documented == set(OnboardingConfig.model_fields)


async def test_rejoining_member_gets_answer_roles_back_without_questions(
    rec: RecordingAdapter,
) -> None:
    first = only(await rec.join("jordan"), DirectMessage).message
    await onboard(rec, "jordan", first, JORDAN)
    again = await rec.join("jordan")
    assert again == [AssignRole(user_id="jordan", role="bereavement")]


async def test_consent_recorded_at_the_agreement_step(database: Database, clock: FakeClock) -> None:
    config = parse_config(
        {
            "onboarding": {
                "questions": [
                    {"id": "rules", "prompt": "Agree?", "kind": "agreement"},
                    {
                        "id": "where",
                        "prompt": "Where?",
                        "required": True,
                        "options": [{"value": "here", "label": "Here"}],
                    },
                ]
            }
        },
        platform_models={},
    )
    rec = RecordingAdapter(Hearth(config, database, clock=clock, features=FEATURES))
    first = only(await rec.join("ana"), DirectMessage).message
    msg = last_message(await answer(rec, "ana", first, ["I agree"]))
    ana = member(database, "ana")
    assert (ana.consent, ana.onboarded) == (True, False)
    done = await answer(rec, "ana", msg, ["Here"])
    assert only(done, Reply).message.title == "Welcome aboard"
    assert member(database, "ana").onboarded


async def test_timezone_answers_use_the_shared_check(
    rec: RecordingAdapter, database: Database
) -> None:
    """The same text that broke ``/checkin timezone`` ("America", 10 KB) is answered here the
    same way, through the one check in bot.timezones."""
    await rec.join("jordan")
    for text in ("America", "Z" * 10_000, "Etc/../../etc/passwd", "a\x00b"):
        reply = only(await rec.submit("jordan", "onboard:answer:timezone", {"answer": text}), Reply)
        assert "I don't know the time zone" in reply.message.text
    assert member(database, "jordan").timezone is None


async def test_an_empty_or_garbled_onboarding_button_gets_an_answer(rec: RecordingAdapter) -> None:
    """Pressing ``onboard:`` (or ``onboard``) used to return nothing at all."""
    for action_id in ("onboard:", "onboard", "onboard:answer", "onboard:zzz:"):
        reply = only(await rec.press("jordan", action_id, direct=True), Reply)
        assert reply.ephemeral and "no longer" in reply.message.text
    assert await rec.press("jordan", "onboard:link", direct=True) == []
