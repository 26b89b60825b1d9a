"""The illness-reason gate: legacy work and death anxiety are no warning sign; the rest stands."""

from __future__ import annotations

import pytest

from moderation.normalize import normalize
from moderation.rules.crisis import detect_crisis


def top(text: str) -> float:
    return max((s.score for s in detect_crisis(normalize(text))), default=0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Wrote goodbye letters to both kids before my surgery, just in case.",
        "since the diagnosis I keep thinking about death and who will raise them",
        "I'm recording videos for when I'm gone, the oncologist says months not years.",
    ],
)
def test_illness_named_as_the_reason_is_a_mention(text: str) -> None:
    assert top(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Wrote goodbye letters to both kids. I'm going to end it tonight.",
        "I keep thinking about death, I want to die.",
        "wrote my goodbye letters and I have the pills ready",
        "I keep thinking about ending it since his diagnosis.",
    ],
)
def test_another_sign_or_a_thought_of_suicide_still_raises(text: str) -> None:
    assert top(text) >= 0.5


def test_without_the_illness_a_goodbye_letter_raises() -> None:
    assert top("Wrote goodbye letters to both kids last night.") >= 0.5


def test_words_of_ending_ones_life_keep_the_illness_the_setting() -> None:
    from moderation.rules.mortality import illness_reason

    assert illness_reason("since the diagnosis i keep thinking about death")
    assert not illness_reason("been thinking about killing myself since the relapse")
    assert not illness_reason("after the last chemo i'm going to end it")


def test_a_burden_told_as_the_tasks_others_do_is_a_mention() -> None:
    assert top("I feel like a burden on my husband, he does all the school runs and cooking.") < 0.5
    assert top("I feel like a burden on my family.") >= 0.5
    assert top("I'm a burden, they do everything for me, they'd be better off without me.") >= 0.5


def test_one_weak_word_twice_is_not_several_signs() -> None:
    assert top("Finished radiation! I'm exhausted but I'm DONE.") < 0.5


def test_words_of_wishing_to_be_dead_keep_the_illness_the_setting() -> None:
    from moderation.rules.mortality import illness_reason

    assert not illness_reason("since my diagnosis i wish i was dead")
    assert not illness_reason("after chemo i don't want to wake up")
    assert not illness_reason("when the cancer pain gets bad i'll take all my morphine at once")


@pytest.mark.parametrize(
    ("sentence", "pain"),
    [
        ("i hate being on so many painkillers, i feel like a zombie", True),
        ("the bone pain from the injection is unbearable", True),
        ("my hips ache so much tonight", True),
        ("the pain is unbearable and i just want to stop existing", False),
        ("my hip pain is unbearable, i want it to stop for good", False),
        ("i've been stockpiling my pain pills and i don't want to wake up", False),
        ("the emotional pain is too much", False),
    ],
)
def test_bodily_pain(sentence: str, pain: bool) -> None:
    from moderation.rules.mortality import bodily_pain

    assert bodily_pain(sentence) is pain


@pytest.mark.parametrize(
    ("sentence", "dose"),
    [
        ("my pain is a 7 today even with the slow-release morphine", True),
        ("took the oramorph for the breakthrough pain, waiting for it to kick in", True),
        ("i've been saving the morphine instead of taking it", False),
        ("there's a bottle of oxycodone hidden in my drawer", False),
        ("tonight i'm going to take all my morphine", False),
    ],
)
def test_a_dose_for_pain_is_not_gathering_means(sentence: str, dose: bool) -> None:
    from moderation.rules.mortality import pain_treated

    assert pain_treated(sentence) is dose


def test_funeral_wishes() -> None:
    from moderation.rules.mortality import funeral_wishes

    assert funeral_wishes("when i die i want my ashes scattered at the beach")
    assert not funeral_wishes("once the funeral is over i'm going to end it")
    assert not funeral_wishes("i've picked the day")


@pytest.mark.parametrize(
    ("text", "talk"),
    [
        ("I can't do this anymore. The chemo is wrecking me.", True),
        ("The bone pain is back and I'm so fed up.", True),
        ("Since the cancer came back I want to die.", False),  # words of wishing to be dead
        ("I took my meds and I can't do this anymore.", False),  # depression uses these words
        ("I relapsed last night and I hate myself.", False),
    ],
)
def test_cancer_talk(text: str, talk: bool) -> None:
    from moderation.rules.mortality import cancer_talk

    assert cancer_talk(text.lower()) is talk


def test_a_burden_explained_in_the_next_sentence_is_a_mention() -> None:
    text = "I feel like a burden on my family. My daughter moved back home to look after me."
    assert top(text) < 0.5
    assert top("I feel like a burden. My daughter looks after me. I want to die.") >= 0.5
    assert top("I feel like a burden. They would be better off without me.") >= 0.5


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("honestly some days i think i'm going to die of this.", True),
        ("she asked if i'm going to die.", True),
        ("my son asked me whether he's going to die.", True),
        ("i won't get to see my daughter finish school.", True),
        ("i've accepted i'm going to die sooner than i'd like.", True),
        ("she asked if i'll still be her mum after i die.", True),
        ("he keeps asking who will take him to football when daddy dies.", True),
        ("i want to die.", False),
        ("i'm going to die of this anyway so i might as well end it.", False),
        ("i keep thinking about dying.", False),
    ],
)
def test_death_expected_or_asked_about(sentence: str, expected: bool) -> None:
    from moderation.rules.mortality import death_expected

    assert death_expected(sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("took the leftover tablets and the morphine back to the pharmacy for disposal.", True),
        ("keeping my meds in hand luggage in their original boxes for the flight.", True),
        ("the oxy is in a locked box in the kitchen.", True),
        ("i didn't take the leftover tablets back to the pharmacy, they're in my drawer.", False),
        ("took her old morphine out of the locked box and hid it.", False),
        ("kept enough of his tablets back from the pharmacy.", False),
    ],
)
def test_medicine_returned_or_kept_as_prescribed(sentence: str, expected: bool) -> None:
    from moderation.rules.mortality import safe_keeping

    assert safe_keeping(sentence) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i was diagnosed with stage 4 breast cancer last spring.", True),
        ("my oncologist says months not years.", True),
        ("i'm on hospice now and spending my days with the kids.", True),
        ("my son's cancer is back.", False),
        ("her chemo starts monday.", False),
        ("i have stage 4 cancer and i want to die.", False),
    ],
)
def test_the_author_is_the_patient(text: str, expected: bool) -> None:
    from moderation.rules.mortality import own_illness

    assert own_illness(text) is expected


def test_a_patients_goodbye_is_legacy_work_a_parents_is_a_sign() -> None:
    patient = "I was diagnosed with stage 4 last year. I've written goodbye letters to my kids."
    parent = "My son relapsed last year. I've written goodbye letters to my kids."
    assert top(patient) < 0.5
    assert top(parent) >= 0.5


def test_a_patients_decision_about_their_own_treatment() -> None:
    from moderation.rules.mortality import patient_decision

    assert patient_decision(
        "after a long chat with my oncologist I've declined radiotherapy after my lumpectomy."
    )
    assert patient_decision("my oncologist agreed. i decided i'm done with chemo.")
    assert not patient_decision("my son's oncologist wants to stop chemo.")  # not the patient
    assert not patient_decision("my cancer is back, i've stopped chemo and i'm going to end it.")


def test_i_cant_do_this_anymore_said_of_the_treatment_is_a_mention() -> None:
    treatment = (
        "I told my oncologist I can't do this anymore, meaning the taxol. "
        "I was scared of giving up."
    )
    assert top(treatment) < 0.5
    assert top("I can't do this anymore. I'm giving up.") >= 0.5


def test_survival_statistics_are_talk_of_the_illness() -> None:
    from moderation.rules.mortality import cancer_talk

    assert cancer_talk("lying awake doing survival stat maths again")
    assert cancer_talk("what's the five-year survival for stage 3?")


def test_soreness_in_a_body_part_is_bodily_pain() -> None:
    from moderation.rules.mortality import bodily_pain

    assert bodily_pain("it stings a bit going in and my thigh is sore for a day.")
    assert not bodily_pain("i'm sore inside and i want it to stop for good.")


def test_the_end_of_life_by_the_illness() -> None:
    from moderation.rules.mortality import terminal

    assert terminal("i'm 46, dad of three, with mesothelioma, and i'm now on hospice care at home.")
    assert not terminal("my son is in hospice.")  # the author is not the patient
    assert not terminal("i'm on hospice care and i want to die tonight.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("i dont know how to live without him but im getting up every morning anyway", True),
        ("i don't see the point of going on, but i keep going for her sister", True),
        ("i don't know how to live without him", False),
        ("i keep going for her sister but i wish i was dead", False),
    ],
)
def test_carrying_on(sentence: str, expected: bool) -> None:
    from moderation.rules.mortality import carrying_on

    assert carrying_on(sentence) is expected


def test_a_wish_to_die_told_with_its_subject_keeps_the_illness_the_setting() -> None:
    from moderation.rules.mortality import illness_reason

    assert not illness_reason("she wishes she would just die so the chemo stops")
    assert not illness_reason("he'd rather die than have more chemo")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "i want to die at home with my family around me, the hospice team are arranging it.",
            True,
        ),
        ("if the cancer wins i want to die in my own bed, not on a ward.", True),
        ("when the time comes i'd like to die peacefully with music on.", True),
        ("i just want to die, at home or anywhere.", False),
        ("i want to die at home tonight, i have the pills.", False),
        ("some days i want to die in the hospital bed next to him.", False),
        ("i want to die in my sleep and never wake up.", False),
    ],
)
def test_where_or_when_to_die_of_the_illness(sentence: str, expected: bool) -> None:
    from moderation.rules.mortality import preferred_death

    assert preferred_death(sentence) is expected


def test_advance_care_planning_is_a_mention_a_wish_to_die_is_not() -> None:
    assert top("I want to die at home with my family around me, the hospice team know.") < 0.5
    assert top("I just want to die at home.") >= 0.5


def test_here_that_is_a_place() -> None:
    from moderation.rules.mortality import here_a_place

    assert here_a_place("i don't want to be here anymore, this ward is driving me mad.")
    assert not here_a_place("i don't want to be here anymore.")
    assert not here_a_place("i don't want to be here anymore, this house is so empty without her.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("part of me wants everything gone so i never have to think about it again.", True),
        ("i just want it out of me.", True),
        ("i want the lump gone before christmas.", True),
        ("i want to be gone.", False),
        ("i want it all to end.", False),
        ("i want everything gone, me included, i want to die.", False),
    ],
)
def test_a_thing_wished_gone_is_not_the_author(sentence: str, expected: bool) -> None:
    from moderation.rules.mortality import thing_gone

    assert thing_gone(sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("i know it's keeping me alive.", True),
        ("the kids keep me going on the bad days.", True),
        ("i'm still getting up for her sake.", True),
        ("nothing is keeping me alive anymore.", False),
        ("the only thing keeping me alive is my kids.", False),
        ("it's not keeping me going any more.", False),
    ],
)
def test_a_reason_for_living_counts_only_when_affirmed(sentence: str, expected: bool) -> None:
    from moderation.rules.mortality import carrying_on

    assert carrying_on(sentence) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "what i don't want is icu or a ventilator at the end.",
        "we signed the dnr with the palliative team.",
        "my advance directive says no resuscitation.",
    ],
)
def test_end_of_life_care_is_a_medical_reason(sentence: str) -> None:
    from moderation.rules.mortality import illness_reason

    assert illness_reason(sentence)


def test_done_with_a_treatment_is_not_distress() -> None:
    assert top("One more round. Then I am done with chemo forever!") < 0.3
    assert top("I'm done. I can't do this anymore.") >= 0.5


@pytest.mark.parametrize(
    ("sentence", "care"),
    [
        ("my husband sorted the meds out for the week", True),
        ("sorting his tablets into the dosette for the week ahead", True),
        ("filled her pill organiser for the trip", True),
        ("been sorting the meds out for the week and keeping a few back for myself", False),
        ("sorted out enough of his pills to do it", False),
        ("i've been putting his morphine tablets aside for weeks now", False),
    ],
)
def test_the_weeks_supply_set_out_is_care_not_gathering(sentence: str, care: bool) -> None:
    from moderation.rules.mortality import care_dose

    assert care_dose(sentence) is care


@pytest.mark.parametrize(
    ("sentence", "decision"),
    [
        # a medicine stopped, declined, swapped or taken up again: a treatment decision
        ("i stopped the ondansetron for ginger because someone said it worked.", True),
        ("we dropped the antifungal after talking to the pharmacist", True),
        ("my oncologist and i agreed i'd stop it and see how i go", True),
        ("decided to decline the extra anti-sickness tablets from day two", True),
        ("back on the meds and begging you not to do what i did.", True),
        ("the team switched him from zofran to cyclizine", True),
        ("they put her back on the steroids after the scan", True),
        # gathering: kept, saved, counted, or told with giving up
        ("i've stopped taking my antidepressants and i'm saving them up", False),
        ("i stopped my tablets a month ago and i've got nearly forty in the drawer", False),
        ("i quit the oxy but i'm keeping the rest of the bottle", False),
        ("i'm going to stop all my meds and just let it happen", False),
        ("stopped taking them so there'd be enough", False),
        # no medicine and no care team: "it" could be anything
        ("i stopped it before it got worse", False),
    ],
)
def test_a_medicine_stopped_or_swapped_is_a_decision_not_gathering(
    sentence: str, decision: bool
) -> None:
    from moderation.rules.mortality import medicine_stopped

    assert medicine_stopped(sentence) is decision


def test_a_medicine_stopped_reads_as_the_illness_for_gathering_means_only() -> None:
    from moderation.rules.mortality import medicine_stopped
    from moderation.warning_signs.matcher import ILLNESS_READ

    assert medicine_stopped in ILLNESS_READ["preparing: gathering means"]
    assert all(
        medicine_stopped not in reads
        for sign, reads in ILLNESS_READ.items()
        if sign != "preparing: gathering means"
    )


@pytest.mark.parametrize(
    ("sentence", "anothers"),
    [
        ("if i had called the ambulance sooner my brother would still be here", True),
        ("she'd still be alive if they'd caught it sooner", True),
        ("my husband might have survived with a different team", True),
        ("everyone would be better off if i wasn't here", False),
        ("i wish i wasn't here anymore, he'd be better off", False),
        ("he'd still be here if i'd killed myself instead", False),
        # the child's death feared
        ("i don't want my baby to die", True),
        ("we don't want her to go, she's only four", True),
        ("i don't want to die, i want to see her grow up", False),
        ("i don't want my daughter to die and i want to die too", False),
    ],
)
def test_anothers_death_regretted_is_not_a_wish_to_be_dead(sentence: str, anothers: bool) -> None:
    from moderation.rules.mortality import anothers_death

    assert anothers_death(sentence) is anothers


@pytest.mark.parametrize(
    ("text", "loss"),
    [
        ("two years on from losing our son and the house is still too quiet", True),
        ("we lost my husband in march. the kids ask for him every night", True),
        ("mum died on tuesday, the funeral is friday", True),
        ("she passed away peacefully in the hospice", True),
        ("lost my keys again, third time this week", False),
        ("i lost track of the chemo days", False),
        ("losing my patience with the ward pharmacy", False),
        # words of ending one's own life outweigh the loss told beside them
        ("since my son died i want to die too", False),
    ],
)
def test_loss_talk(text: str, loss: bool) -> None:
    from moderation.rules.mortality import loss_talk

    assert loss_talk(text) is loss


@pytest.mark.parametrize(
    ("sentence", "errand"),
    [
        ("parked on the top floor of the car park again bc the rest was full", True),
        ("the roof garden on ward 4 is lovely, highly recommend", True),
        ("on the roof of the car park, the lift is broken and i can't stop looking down", False),
        ("top floor of the car park. not sure im coming back", False),
    ],
)
def test_a_high_place_with_its_errand(sentence: str, errand: bool) -> None:
    from moderation.rules.warning_signs import errand_at_place

    assert errand_at_place(sentence) is errand
