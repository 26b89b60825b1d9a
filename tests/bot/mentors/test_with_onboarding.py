"""With the real onboarding feature: its option values and labels are the shared words."""

from __future__ import annotations

from sqlmodel import select

from bot.actions import DirectMessage, OpenForm, Reply
from bot.app import Hearth
from bot.mentors.matching import Need, Offer, score
from bot.mentors.models import MentorProfile, MentorRequest
from bot.mentors.settings import MentorWeights
from bot.mentors.vocabulary import Vocabulary
from bot.onboarding import store as onboarding_store
from bot.storage.models import Member
from tests.bot.mentors.support import Mentoring, button, dms, meet
from tests.support.recording import RecordingAdapter, of, only


def onboard(hearth: Hearth, user: str, answers: dict[str, str]) -> None:
    with hearth.db.session() as session:
        member = session.exec(select(Member).where(Member.external_id == user)).one()
        for question, value in answers.items():
            onboarding_store.save(session, member, question, [value], hearth.clock.now())


async def test_typed_and_onboarding_answers_meet_on_the_same_values(
    config,
    database,
    clock,  # type: ignore[no-untyped-def]
) -> None:
    hearth = Hearth(
        config,
        database,
        clock=clock,
        features=("bot.onboarding.feature:OnboardingFeature", "bot.mentors.feature:MentorsFeature"),
    )
    recorder = RecordingAdapter(hearth)
    mentoring = Mentoring(recorder)
    meet(recorder, "maria")
    onboard(
        hearth,
        "maria",
        {
            "stage": "newly_diagnosed",
            "diagnosis": "leukaemia_lymphoma",
            "age_band": "5-12",
            "region": "UK",
        },
    )
    form = only(await recorder.command("sam", "/mentor volunteer 1"), OpenForm).form
    hint = next(i for i in form.inputs if i.input_id == "diagnosis_groups").placeholder
    assert hint == "Leukaemia / lymphoma, Brain / CNS, Solid tumour"
    await mentoring.volunteer(
        "sam", diagnosis_groups="Leukemia", stages="newly diagnosed", age_bands="5 to 12"
    )
    await recorder.press("sam", "mentor:share:profile:yes")
    request_form = only(await recorder.command("maria", "/mentor request"), OpenForm).form
    assert [i.input_id for i in request_form.inputs] == ["language"]  # the rest is known
    actions = await recorder.submit("maria", request_form.form_id, {"language": ""})
    assert only(actions, Reply).message.title == "Mentor request received"
    to_maria = dms(actions, "maria")[0]
    assert "same diagnosis group, child in the same age band, knows this stage" in (
        to_maria.message.text
    )
    assert "Diagnosis groups: Leukaemia / lymphoma" in to_maria.message.plain()
    assert "Child's age: 5 to 12" in to_maria.message.plain()
    with hearth.db.session() as session:
        profile = session.exec(select(MentorProfile)).one()
        request = session.exec(select(MentorRequest)).one()
    assert profile.diagnosis_groups == "leukaemia_lymphoma" and profile.age_bands == "5-12"
    assert (request.diagnosis_group, request.region) == ("leukaemia_lymphoma", "UK")
    accept = button(to_maria, "accept")
    await recorder.press("sam", accept)
    intro = dms(await recorder.press("maria", accept), "sam")[0]
    assert "Region: United Kingdom" in intro.message.plain()
    assert "diagnosis" not in intro.message.plain().lower()  # maria did not share hers


def test_other_and_prefer_not_to_say_never_count_as_shared() -> None:
    vocab = Vocabulary({"diagnosis_group": [("other", "Other"), ("brain_cns", "Brain / CNS")]})
    assert vocab.value("diagnosis_group", "brain") == "brain_cns"
    assert vocab.value("diagnosis_group", "CNS") == "brain_cns"
    assert vocab.values("diagnosis_group", ["other", "brain_cns"]) == ["other", "brain_cns"]
    offer = Offer(key=1, capacity=1, load=0, diagnosis_groups=frozenset({"other"}), region="OTHER")
    scored = score(Need(diagnosis_group="other", region="other"), offer, MentorWeights())
    assert [r.key for r in scored.reasons] == ["load"]


async def test_forgetme_through_the_privacy_feature(config, database, clock) -> None:  # type: ignore[no-untyped-def]
    hearth = Hearth(config, database, clock=clock)  # every default feature
    recorder = RecordingAdapter(hearth)
    mentoring = Mentoring(recorder)
    await mentoring.volunteer("sam", stages="newly diagnosed")
    actions = await mentoring.request("maria", stage="newly diagnosed")
    accept = button(dms(actions, "maria")[0], "accept")
    await recorder.press("sam", accept)
    await recorder.press("maria", accept)
    exported = await recorder.command("sam", "/mydata", direct=True)
    overview = {f.name: f.value for f in of(exported, Reply)[0].message.fields}
    assert overview["mentors"] == (
        "mentor_profile: 1, mentor_requests: 0, mentor_matches: 1, mentor_blocks: 0"
    )
    detail = next(r for r in of(exported, Reply) if r.message.title == "Your data: mentors")
    assert '"role": "mentor"' in detail.message.text and '"with": "Maria"' in detail.message.text
    ask = only(await recorder.command("sam", "/forgetme"), Reply)
    confirm = next(b.action_id for b in ask.message.buttons if b.label.startswith("Yes"))
    done = await recorder.press("sam", confirm)
    assert only(done, Reply).message.title == "Deleted"
    with hearth.db.session() as session:
        assert session.exec(select(Member).where(Member.external_id == "sam")).first() is None
        assert session.exec(select(MentorProfile)).all() == []
    await hearth.tick()
    told = [d for d in of(recorder.delivered, DirectMessage) if d.user_id == "maria"]
    assert len(told) == 1 and "stepped away" in told[0].message.text
