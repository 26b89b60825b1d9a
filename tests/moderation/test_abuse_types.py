"""Stance helpers of ``rules.abuse_types`` and the insult/homonym guards of ``rules.abuse``."""

from __future__ import annotations

import pytest

from moderation.normalize import normalize
from moderation.rules.abuse import detect_abuse
from moderation.rules.abuse_types import (
    counter_speech,
    derided_grief,
    health_fact,
    negated_judgement,
    negated_negative,
    praised,
    self_identified,
)


def _raised(text: str) -> bool:
    return any(s.score >= 0.5 for s in detect_abuse(normalize(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nobody here thinks you're an idiot", True),
        ("i don't think you are a bad mum", True),
        ("if you feel like you're a joke, talk to us", True),
        ("i think you're an idiot", False),
        ("you're an idiot, nobody thinks otherwise", False),
    ],
)
def test_negated_judgement(text: str, expected: bool) -> None:
    start = text.index("you're" if "you're" in text else "you are")
    assert negated_judgement(text, start) is expected


def test_praise_needs_no_negative_trait_anywhere() -> None:
    assert praised("refugees are some of the bravest people i know")
    assert praised("gay people are wonderful parents")
    assert not praised("gay people are wonderful at lying, they are all liars")
    assert not praised("immigrants have been nothing but trouble")
    assert not praised("jews are nothing but rats")


@pytest.mark.parametrize(
    "text",
    [
        "being muslim is fine",
        "you are a kind deaf person",
        "we welcome our refugee families",
        "i really respect jewish people",
        "trans people deserve respect",
        "disabled people deserve the same rights",
        "my nurse is muslim and she is lovely",
        "immigrants are our neighbours",
        "trans women are women",
        "our jewish neighbours have always been wonderful",
        "the refugees here have been nothing but kind to us",
    ],
)
def test_approval_shapes_are_praise(text: str) -> None:
    assert praised(text)


@pytest.mark.parametrize(
    "text",
    [
        "muslims are not welcome here",
        "immigrants are welcome to leave",
        "i don't respect gay people",
        "trans people don't deserve respect",
        "being gay is not fine",
        "you are a nice gay person, for a pervert",
    ],
)
def test_negated_or_excluding_approval_is_not_praise(text: str) -> None:
    assert not praised(text)


def test_self_identification_alone() -> None:
    assert self_identified("i am a gay dad")
    assert self_identified("we're immigrants and the paperwork is hard")
    assert not self_identified("i'm a christian and muslims scare me")
    assert not self_identified("as a white man i think black people are lazy")


def test_health_fact_about_a_group() -> None:
    assert health_fact("black people are more likely to get sickle cell")
    assert health_fact("this leukemia is more common in hispanic people")
    assert not health_fact("black people are more likely to get sick because they are inferior")


def test_derided_grief_needs_derision() -> None:
    assert derided_grief("another dead kid post lol")
    assert not derided_grief("sorry, another sob story from me tonight")


@pytest.mark.parametrize(
    "text",
    [
        "you're a complete joke",
        "you are clearly an idiot",
        "you are the dumbest person here",
        "you sound like a moron",
        "your advice is garbage and so are you",
        "are you stupid?",
        "being gay is disgusting",
        "the world would be better off without muslims",
        "deaf people are stupid",
        "this group is for real parents, not people like you",
        "stop milking your son's death",
        "@USER fuck you it's 3am",
        "you are a worthless muslim woman",
        "being deaf is pathetic",
        "why are immigrants so lazy?",
        "old people are despicable",
        "old people are a burden",
        "deport all the somalis",
        "let's ban muslims",
        "muslims seem so lazy",
        "gay people have always been vile",
        "i can't believe how stupid immigrants are",
        "i met some refugees once, they are filthy",
        "I'd love to see all Muslims hanged.",
        "I want every immigrant shot.",
        "we'd love to see those trans people beaten",
        "i cant wait to see the jews suffer",
        "No woman should ever be allowed to work in a hospital.",
        "no muslim should be allowed to be a nurse",
        "Jews control the hospitals.",
        "muslims are behind the pandemic",
        "Jews only care about money, even at the hospital.",
        "I know your daughter goes to St Mary's. Be careful.",
        "I found your address. Sleep well.",
        "I know where your husband works. You've been warned.",
        "I know your daughter's school, wouldn't want anything to happen to her.",
    ],
)
def test_rules_raise(text: str) -> None:
    assert _raised(text)


@pytest.mark.parametrize(
    "text",
    [
        "fuck you cancer, you don't get her",
        "fuck off leukemia",
        "do you suck on ice chips for the mouth sores?",
        "we had a fag break outside the clinic, I know I should quit",
        "to dismiss a person for being black is just wrong",
        "the solution is not to get rid of immigrants",
        "gay people aren't a threat to anyone's kids",
        "you're not a bad mom, you're exhausted",
        "i hate old people's homes, they smell of bleach",
        "being deaf is hard some days",
        "being gay is dangerous in some countries",
        "my dad is old and so stubborn about his meds",
        "we should ban smoking near the ward",
        "if africans are a burden, how do they run half the hospital?",
        "my aunt thinks immigrants are lazy, she is wrong",
        "we met the refugee families, they are exhausted",
        "I'd love to see all the tumours gone.",
        "I want to see every child cured.",
        "I'd love to see all Muslims welcomed here.",
        "I want to see all disabled people thrive.",
        "I'd love to see all the nurses get a pay rise.",
        "No child should ever be allowed to suffer like this.",
        "No woman should be allowed to go through this alone.",
        "no parent should be allowed to smoke on the ward",
        "Nurses run the ward, not the doctors.",
        "Women run this group and they do an amazing job.",
        "Jewish doctors run the best clinic in town.",
        "this myth plays into classic antisemitism: jews control the world",
        'the oldest antisemitic trope: "jews control the banks". a lie then and now',
        "jews only care about themselves, really? then why do so many volunteer here?",
        "are you really sure that muslims are violent? my son's nurse is muslim.",
        "Nurses only care about their own breaks on nights, honestly.",
        "I have your number, see you soon!",
        "I have your address, just saying I can drop soup off anytime.",
        "I know your son is on ward 4, be careful of the norovirus going round!",
        "I know your daughter goes to St Mary's, my son does too! Small world.",
    ],
)
def test_rules_stay_quiet(text: str) -> None:
    assert not _raised(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("people who post hate about women should be ashamed of themselves", True),
        ("anyone spreading racist comments about our nurses gets blocked", True),
        ("if anyone in here says 'trans ppl should be shot' again theyre getting reported", True),
        ('whoever wrote "muslims are animals" under my post, that is not ok', True),
        ("i post what i want about women, they are all liars", False),
        ("trans ppl should be shot", False),
        ("i said 'gays are disgusting' and i'd say it again", False),
    ],
)
def test_counter_speech_naming_hate_as_an_act(text: str, verdict: bool) -> None:
    """Hate speech named as the act of others ("post hate about X"), and quoted words with a
    moderator's sanction, are counter-speech (HateCheck's counter-speech functions)."""
    assert counter_speech(text) is verdict


@pytest.mark.parametrize(
    ("text", "abuse"),
    [
        ("saw even more muslims at the hospital today. they make me want to throw up", True),
        ("So many immigrants at clinic today. They are animals.", True),
        ("Refugees arrived at our ward. They should all be shot.", True),
        ("immigrants came to the ward. honestly theyre filthy", True),
        ("we met lovely muslim families today. they were so kind", False),
        ("the chemo drugs arrived. they make me sick", False),
        ("Met two gay dads in the waiting room. They were lovely and gave us snacks.", False),
        ("People keep saying refugees are a drain. They are not, they work as nurses here.", False),
        ("Refugees came to the ward. The nurses were kind. They are the best.", False),
    ],
)
def test_pronoun_reference_to_the_group_before(text: str, abuse: bool) -> None:
    """HateCheck's pronoun reference in subsequent sentences: "they" opening the sentence
    after one that names a group is read as that group, by the same rules and stance."""
    assert _raised(text) is abuse


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("I'm so tired of people saying gay parents are bad for kids. It's nonsense.", True),
        ("My neighbour said Black families don't care. I was speechless, it's so wrong.", True),
        ("Please don't repeat the slur someone used about Roma families in here.", True),
        ("Black families don't care about their kids.", False),
        ("Everyone is saying you faked it.", False),
    ],
)
def test_counter_speech_as_a_report_and_a_verdict(text: str, verdict: bool) -> None:
    from moderation.rules.abuse_types import counter_speech

    assert counter_speech(normalize(text).text) is verdict


@pytest.mark.parametrize(
    "text",
    [
        "do us all a favour and leave",
        "do everyone a favor and go away",
        "take your drama somewhere else",
        "go whine somewhere else",
        "go find another group to whine in",
    ],
)
def test_exclusion_told_as_a_favour_or_a_place_elsewhere(text: str) -> None:
    found = detect_abuse(normalize(text))
    assert any(s.signal == "exclusion" and s.score >= 0.5 for s in found)


@pytest.mark.parametrize(
    "text",
    [
        "do yourself a favour and go to the er",
        "do us a favour and bring the cake on friday",
        "my mum told me to take my worries somewhere quiet and write them down",
        'she said "take your drama somewhere else" to me and i cried',
    ],
)
def test_a_favour_asked_advice_or_words_reported_are_not_exclusion(text: str) -> None:
    found = detect_abuse(normalize(text))
    assert not any(s.signal == "exclusion" and s.score >= 0.5 for s in found)


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to stab every immigrant on this ward",
        "i wanna shoot all the gay people at pride",
        "I'll hunt down any Muslims who come to the fundraiser",
        "we're gonna beat up the next trans person we see",
        "i will torture those disabled people",
    ],
)
def test_a_direct_threat_against_a_group_raises(text: str) -> None:
    assert _raised(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'd never hurt any immigrant, that comment was vile",
        "I'll try not to hurt any trans people with clumsy questions",
        "I'm going to kill all the leukaemia cells, says the consultant",
        "we're going to beat the gay dads team at the quiz night",
        "my mate said he'd kill all Muslims and I reported him",
    ],
)
def test_denied_reported_or_sporting_violence_words_do_not_raise_by_rule(text: str) -> None:
    assert not _raised(text)


@pytest.mark.parametrize(
    "text",
    [
        "people who call refugees vermin are the real problem here",
        "anyone who calls disabled kids a burden should be banned",
        "folk who say gay dads are unfit are bigots, plain and simple",
        "saying you hate Muslims just shows what a bigot you are",
    ],
)
def test_judging_the_people_who_say_it_is_counter_speech(text: str) -> None:
    assert counter_speech(normalize(text).text)


@pytest.mark.parametrize(
    "text",
    [
        "people like you have no place in this group",
        "she isn't welcome among us any more, she knows why",
        "honestly can we just boot him out, he's poison",
        "your lot don't belong among real cancer families",
        "nobody asked for your opinion. show yourself out",
    ],
)
def test_a_member_told_they_do_not_belong_raises(text: str) -> None:
    assert _raised(text)


@pytest.mark.parametrize(
    "text",
    [
        "my son doesn't belong in hospital, he should be at school with his mates",
        "the nurses kicked him out of bed at 6am for obs",
        "you belong here as much as anyone, never doubt it",
        "cancer has no place in a child's life",
    ],
)
def test_a_place_that_is_no_place_for_a_sick_child_is_not_exclusion(text: str) -> None:
    assert not _raised(text)


@pytest.mark.parametrize(
    "text",
    ["never trust a sikh with the ward kitchen", "you can't trust any immigrants, simple as"],
)
def test_distrust_of_a_whole_group_raises(text: str) -> None:
    assert _raised(text)


@pytest.mark.parametrize(
    "text",
    [
        "never trust the pharmacy with a dose, double check it",
        "I don't trust Google for medical stuff",
    ],
)
def test_distrust_of_an_institution_is_not_derogation(text: str) -> None:
    assert not _raised(text)


@pytest.mark.parametrize(
    "text",
    [
        "we need more black people on the hospital board",
        "honestly I'd love to see more gay dads joining the group",
    ],
)
def test_a_wish_for_more_of_a_group_is_praise(text: str) -> None:
    assert praised(normalize(text).text)


def test_a_wish_for_more_of_a_group_with_a_negative_trait_is_not_praise() -> None:
    assert not praised(normalize("we need more immigrants on the board, they're lazy anyway").text)


@pytest.mark.parametrize(
    "text",
    [
        "calling refugees parasites makes you a bigot",
        "saying disabled kids are a burden makes you a bully",
    ],
)
def test_what_saying_it_makes_anyone_is_counter_speech_not_an_insult(text: str) -> None:
    assert counter_speech(normalize(text).text)
    assert not _raised(text)


# Sentences below written for these tests from the HateCheck and implicit-hate taxonomies
# (counter-speech by reference, pronoun reference, direct threat, implicit derogation).


@pytest.mark.parametrize(
    "text",
    [
        "Harassing refugees on this server has to stop now.",
        "people being horrible about gay dads in the comments needs to end",
        "picking on muslim families is never acceptable",
        "mocking disabled kids will not be tolerated here",
    ],
)
def test_hostility_to_a_group_named_and_condemned_is_counter_speech(text: str) -> None:
    assert counter_speech(normalize(text).text)


@pytest.mark.parametrize(
    "text",
    [
        "the Somali families on the ward bake for everyone and they do a brilliant job",
        "immigrants who work so hard on the night shift deserve better",
    ],
)
def test_a_groups_work_praised_is_praise(text: str) -> None:
    assert praised(normalize(text).text)
    assert not _raised(text)


@pytest.mark.parametrize(
    "text",
    [
        "Muslims keep posting in here, and frankly they disgust me.",
        "Stop going on about refugees. I can't stand them.",
        "i met some trans people at the fundraiser. they are the lowest of the low",
        "if a trans woman comes near my daughter again I will smash their face in",
        "we're gonna torch every hostel with refugees in it",
        "gay people just don't belong in a group for real families",
        "since the immigrants moved in the estate has gone downhill",
        "the clinic went to hell the moment Black families showed up",
    ],
)
def test_group_hate_by_reference_threat_or_implication_raises(text: str) -> None:
    assert _raised(text)


@pytest.mark.parametrize(
    "text",
    [
        "my kids adore the nurses. i can't stand them sometimes lol, they wake him at 5",
        "if a nurse comes near his line again I will complain to PALS",
        "disabled people don't belong in institutions, they belong at home",
        "the ward went downhill when the new manager started",
        "her counts went downhill after the chemo started",
        "immigrants run the hospital canteen and it's the best food in the building",
        "the refugees we met were lovely, they made us tea",
    ],
)
def test_look_alikes_of_group_hate_stay_quiet(text: str) -> None:
    assert not _raised(text)


@pytest.mark.parametrize(
    "text",
    [
        "No way are gay people a threat to kids.",
        "Disabled people aren't any less human than the rest of us.",
        "i dont think black ppl are dangerous lol where did u get that",
        "trans people are NOT mentally ill and never were",
        "I have never once thought immigrants were a burden.",
        "Women aren't weak, they're running this ward.",
        "gay dads are in no way worse parents than anyone else",
    ],
)
def test_a_negative_word_about_a_group_negated_is_a_denial(text: str) -> None:
    assert negated_negative(normalize(text).text)
    assert not _raised(text)


@pytest.mark.parametrize(
    "text",
    [
        "Muslims are not welcome here",  # a negated good: exclusion
        "gay people aren't human",  # dehumanisation
        "immigrants are not just lazy, they are dangerous",  # "not just" adds
        "women are no less stupid than children",  # "no less" asserts
        "I have yet to meet a Muslim who isn't violent",  # a relative clause restricts
        "I don't hate Muslims, I just think they are all terrorists",  # a preamble taken back
    ],
)
def test_negations_that_do_not_deny_are_no_denial(text: str) -> None:
    assert not negated_negative(normalize(text).text)


@pytest.mark.parametrize(
    "text",
    [
        "trans ppl keep posting in here and theyre the lowest of the low",
        "if a woman tries that on my son again I will kill her",
    ],
)
def test_a_pronoun_after_and_and_a_woman_in_a_condition_raise(text: str) -> None:
    assert _raised(text)
