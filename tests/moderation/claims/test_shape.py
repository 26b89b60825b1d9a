"""The shape gates of misinformation by meaning: sentence split, told/asked/retold, direction."""

import pytest

from moderation.claims.catalogue import CATALOGUE
from moderation.claims.shape import (
    DIRECTION,
    EXPLICIT,
    as_advice,
    asked_or_refuted,
    is_told,
    sentences,
    urgent,
    windows,
)
from moderation.normalize import normalize


def test_a_web_address_or_a_decimal_does_not_end_a_sentence():
    norm = normalize("Fever was 38.5 at noon. See https://www.cancer.gov/myths for more. Thanks")
    got = [s.strip() for _, _, s in sentences(norm)]
    assert len(got) == 3
    assert got[0].startswith("fever was 38.5")
    assert "cancer.gov" not in got[1] and got[1].startswith("see")


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("the oncologist said a fever means we come straight in.", False),  # retold advice
        ("for anyone hearing that sugar feeds cancer: it doesn't.", False),  # heard claim
        ("when his fever spikes, keep him home and give fluids.", True),  # a condition
        ("when should we go in with a fever on chemo", False),  # a question
        ("cancer cells can't survive in an alkaline body.", True),  # an assertion
        ("her brother shouldn't get his jabs while she is on chemo.", True),  # any subject
        ("cancer isn't contagious, you can't catch it.", False),  # a refutation
        # the team's agreement: cleared with them, or they are fine with it
        ("i take turmeric, cleared with my team, they said no issue with my letrozole.", False),
        ("my oncologist is fine with me taking fish oil instead of the extra tablets.", False),
        # knowing is not agreeing
        ("we stopped the chemo for cannabis oil, my team knows and they're furious.", True),
    ],
)
def test_told_asked_or_retold(sentence, told):
    assert is_told(sentence) is told


def test_retold_claims_are_not_the_author_s_for_the_rule_patterns_either():
    assert asked_or_refuted("my mil keeps saying sugar feeds cancer")
    assert not asked_or_refuted("sugar feeds cancer, cut it out")


def test_urgent_sound_advice_is_recognised():
    assert urgent("don't wait with a fever on chemo, go straight to the er.")
    assert urgent("call the oncology team right away if the line site is red.")
    assert not urgent("no need to go to the er for a fever, wait till morning.")
    # the call as a noun: "a fever means a call to the ward"
    assert urgent("fever on chemo always means a call to the ward, no exceptions.")
    assert urgent("a temp of 38 means an immediate phone call to the oncology team.")
    assert not urgent("no need for a call to the ward over a temp, just give calpol.")
    # the imperative at the start of a sentence, not when it is waved away
    assert urgent("go to a&e and tell them you're on chemo and could be neutropenic.")
    assert urgent("please just take him to the hospital, a temp on chemo is an emergency.")
    assert not urgent("don't go to a&e for a temp, they only make you wait.")


@pytest.mark.parametrize(
    "sentence",
    [
        "a cool bath and tylenol sorts it out even when his anc is zero",
        "calpol knocks it out every time, no need for the hospital with a temp",
        "honey wiped the infection out in two days",
    ],
)
def test_a_phrasal_cure_with_its_object_between_is_told(sentence: str) -> None:
    assert is_told(sentence)


def test_a_phrasal_verb_said_of_a_person_without_a_topic_is_not_told() -> None:
    assert not is_told("the nurses sorted it out quickly and he was home by lunch")


def test_agent_myths_need_the_agent_named():
    spread = DIRECTION["surgery or biopsy spreads cancer"]
    assert not spread.search("there are three ways that cancer spreads in the body.")
    assert spread.search("the biopsy needle spreads the cancer, refuse it.")
    # the surgeon is a person, not the procedure the myth blames
    assert not spread.search("the chemo killed the whole tumour. my surgeon did a fist pump.")
    assert spread.search("surgeons spread the cancer when they cut into it.")
    contagious = DIRECTION["cancer is contagious"]
    assert not contagious.search("the cancer spread to his lungs.")
    assert contagious.search("you can catch cancer from a kid on the ward.")


@pytest.mark.parametrize(
    ("kind", "text"),
    [(k.name, p) for k in CATALOGUE for p in k.phrasings],
    ids=[p[:40] for k in CATALOGUE for p in k.phrasings],
)
def test_every_catalogue_phrasing_passes_its_own_gates(kind, text):
    """A phrasing the gates would drop could never be matched: the gates must cover it."""
    sentence = text.lower()
    assert is_told(sentence)
    assert DIRECTION[kind].search(sentence)
    assert not urgent(sentence)


def test_long_sentences_are_also_read_as_runs_of_two_clauses():
    sentence = "for the sickness, bin the antiemetics, peppermint oil does the job, love to all."
    runs = windows(sentence)
    assert "bin the antiemetics, peppermint oil does the job" in runs
    assert all(len(r.split()) >= 4 for r in runs)
    assert windows("skip the er, wait till morning.") == []  # two clauses: the sentence itself


def test_advice_framed_as_own_experience_reads_as_advice():
    assert as_advice("we skipped the er and waited till morning, do the same.") == (
        "skip the er and wait till morning, do the same."
    )
    assert as_advice("we skipped the er and waited till morning.") is None  # not endorsed
    assert as_advice("do the same as last time.") is None  # nothing the author did
    # the endorsement as a frame before what was done
    assert as_advice("do what we did: we never went in for temps, just calpol.") == (
        "never go in for temps, just calpol."
    )


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("honestly i'd keep her home with a fever.", True),  # "i'd" is advice
        ("i wouldnt bother with the injections, broth raises the count.", True),
        ("sugar is literally tumour food.", True),  # an assertion
        ("the team paused chemo because his counts were low.", False),  # their decision
        ("our consultant stopped the vincristine because of nerve pain.", False),
        # the team's decision in progress, "they" who changed a medicine, a choice made with them
        ("the team are tapering my dex instead of stopping it dead.", False),
        ("they've switched me from codeine to slow-release morphine and added a laxative.", False),
        ("sat down with my oncologist and we agreed to stop it and switch instead.", False),
        ("my oncologist and i agreed i'd stop the omeprazole instead.", False),
        # a replacement refuted
        ("mushroom powders dont replace gcsf, keep doing the injections.", False),
        ("you can stop yours too, the chemo is only profit for pharma.", True),
    ],
)
def test_advice_shape_by_cue_class(sentence, told):
    assert is_told(sentence) is told


def test_urgent_advice_negated_or_replaced_does_not_veto():
    assert not urgent("there's no need to ring the hospital, keep it clean.")
    assert not urgent("we treated it at home instead of calling the team.")
    assert urgent("never give paracetamol before calling the ward.")
    assert urgent("always call the ward with a temperature.")
    # the call put off is no urgent advice: "wait before calling", "hold off on ringing"
    assert not urgent("i'd wait a bit before calling the ward, a fever is the body fighting.")
    assert not urgent("hold off on ringing the on-call team till morning.")
    assert urgent("don't wait, call the ward straight away.")


def test_completed_treatment_and_another_form_of_a_medicine_veto_their_kinds():
    stop = DIRECTION["stop or delay treatment"]
    assert not stop.search("we finished treatment in spring and have had no more chemo since.")
    assert stop.search("we stopped treatment after round two, do the same.")
    remedy = DIRECTION["home remedy instead of medicine"]
    assert not remedy.search("we swapped to the liquid version of the antibiotics.")
    assert remedy.search("we swapped the antibiotics for garlic.")
    assert not remedy.search("if the medicine works then take it.")  # efficacy alone


def test_a_first_person_report_is_not_advice_unless_endorsed():
    report = "we kept him home and waited till morning with the fever."
    assert not is_told(report)
    endorsed = as_advice(report.rstrip(".") + ", do the same.")
    assert endorsed is not None and is_told(endorsed)
    assert is_told("we are refusing the last block of chemo.")  # a plan told to the group


def test_care_checked_with_the_team_is_reported_not_told():
    assert not is_told("we stopped the morphine and use paracetamol now, the team agreed.")
    assert not is_told("we gave paracetamol after checking with the nurse, no fever.")


def test_the_vaccine_kind_needs_a_vaccine_named():
    vaccines = DIRECTION["vaccines during treatment"]
    assert not vaccines.search("we stopped the anti-sickness meds after chemo ended.")
    assert vaccines.search("skip the jabs after chemo, the body recovers by itself.")


@pytest.mark.parametrize(
    ("kind", "sentence", "spelled"),
    [
        ("skip emergency care", "a fever on chemo? keep her home and wait till morning.", True),
        ("skip emergency care", "we went in with the fever and she's on antibiotics.", False),
        ("home remedy instead of medicine", "skip the pain medication, use arnica instead.", True),
        ("home remedy instead of medicine", "she refused her pills so we gave them in jam.", False),
        ("stop or delay treatment", "stop the chemo and heal her naturally.", True),
        ("stop or delay treatment", "we finished treatment, no more chemo, all clear!", False),
    ],
)
def test_a_claim_spelled_out_in_words(kind, sentence, spelled):
    assert bool(EXPLICIT[kind].search(sentence)) is spelled


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("i don't take the anti-sickness pills anymore, ginger works better for me.", True),
        ("i decided against reconstruction and went flat.", True),
        ("my body, my choice, i refused the feeding tube.", True),
        (
            "i used cannabis oil instead of chemo, best decision for me, my tumours shrank.",
            False,
        ),
        ("i decided to quit chemo and do juicing, you should too.", False),
        ("personally i'd skip the flu jab for kids on chemo.", False),
        ("stop the chemo, natural is better.", False),
    ],
)
def test_own_decision(sentence: str, own: bool) -> None:
    from moderation.claims.shape import is_told, own_decision

    assert own_decision(sentence) is own
    if own:
        assert not is_told(sentence)


def test_options_a_clinician_offered_are_retold() -> None:
    assert asked_or_refuted("my oncologist gave me the option of stopping treatment.")
    assert asked_or_refuted("the consultant offered to pause the chemo for the wedding.")
    assert not asked_or_refuted("stop the chemo, it does more harm than good.")


def test_short_messages_also_yield_neighbouring_sentence_pairs():
    from moderation.claims.shape import kept_sentences

    short = normalize("Scan day. Picked up a rope. Nobody knows.")
    spans, texts = kept_sentences([short], lambda s: True, pairs_upto=4)
    assert texts[:3] == ["scan day.", "picked up a rope.", "nobody knows."]
    assert texts[3:] == ["scan day. picked up a rope.", "picked up a rope. nobody knows."]
    assert [short.text[a:b] for _, a, b in spans[3:]] == texts[3:]
    longer = normalize("One. Two here. Three here. Four here. Five here.")
    assert len(kept_sentences([longer], lambda s: True, pairs_upto=4)[1]) == 5
    assert len(kept_sentences([short], lambda s: True)[1]) == 3  # no pairs unless asked


@pytest.mark.parametrize(
    ("sentence", "skips_care"),
    [
        ("if your kid spikes a fever on chemo, don't panic.", False),
        ("fever on chemo? no need to panic, ring the ward.", False),
        ("a red port site? dont freak out, they see it every day.", False),
        ("fever on chemo? don't take him in.", True),
        ("fever on chemo? no need to go in.", True),
        ("fever on chemo? don't panic, it's normal.", True),
    ],
)
def test_calming_a_parent_is_not_turning_them_away_from_care(sentence, skips_care):
    assert bool(DIRECTION["skip emergency care"].search(sentence)) is skips_care


def test_stopping_treatment_needs_a_treatment_named():
    stop = DIRECTION["stop or delay treatment"]
    assert not stop.search("no more appointments and i feel like no one is watching the cancer.")
    assert stop.search("no more chemo for us, natural is better.")
    assert stop.search("stop the tamoxifen and heal naturally.")


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("a relief after all the 'starve the cancer' stuff my cousin sends me.", True),
        ('people keep posting "chemo is poison" memes at me.', True),
        ('"stop the chemo and juice instead."', False),  # all quotation: the author's words
        ("don't give up, the kids' toys are in the playroom.", False),  # apostrophes only
    ],
)
def test_a_claim_in_scare_quotes_is_named_not_made(text, blanked):
    from moderation.claims.shape import unquoted

    assert (unquoted(text) != text) is blanked
    assert len(unquoted(text)) == len(text)


def test_a_treatment_that_stopped_working_is_not_stopped():
    stop = DIRECTION["stop or delay treatment"]
    assert not stop.search("i'll be on treatment until it stops working, then the next one.")
    assert not stop.search("treatment is until i stop tolerating it, then we try the next line.")
    assert stop.search("stop the treatment, it stops your body healing.")


def test_a_natural_cure_needs_a_remedy_named():
    cure = DIRECTION["natural cure"]
    assert not cure.search("the chemo killed the whole tumour, nothing left but scar tissue.")
    assert cure.search("turmeric killed the whole tumour, no chemo needed.")


def test_sound_urgent_advice_anywhere_in_the_message():
    from moderation.claims.shape import sound_urgent_advice
    from moderation.normalize import normalize

    told = normalize(
        "I know it feels like overreacting and you don't want to waste anyone's time. "
        "Ring the 24-hour line and they'll tell you to come in."
    )
    assert sound_urgent_advice(told)
    assert not sound_urgent_advice(normalize("Fever on chemo? No need to ring the 24-hour line."))


def test_a_claim_retold_from_articles_is_not_made():
    from moderation.claims.shape import asked_or_refuted

    assert asked_or_refuted("my husband keeps sending me articles saying sugar feeds cancer.")
    assert asked_or_refuted("there are tiktok videos claiming apricot kernels cure it.")
    assert not asked_or_refuted("sugar feeds cancer, cut it all out.")


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        # a person doing something: described, not claimed
        ("mouth sores from methotrexate, he won't eat.", False),
        ("my son only eats toast since chemo started.", False),
        ("my husband works nights so i do the chemo runs.", False),
        ("she made a card for the nurses on the oncology ward.", False),
        # the same verbs with a remedy as subject stay claims
        ("ginger works better than the anti-sickness meds.", True),
        ("the oil made the tumour shrink.", True),
        # cure, cause and dismissal stay claims whoever says them
        ("i cured my cancer with juice.", True),
        ("we cleared her thrush with yoghurt, no need for the antifungal.", True),
        ("he's fine on the honey alone, skip the antibiotics.", True),
        # "clear" as an adjective describes
        ("the scan after treatment was clear.", False),
        ("she's said no to more treatment and she's so clear in her mind.", False),
    ],
)
def test_the_subject_decides_whether_an_assertion_is_a_claim(sentence, told):
    assert is_told(sentence) is told


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("been googling which anti-sickness meds work best for kids on chemo.", False),
        ("i wonder whether the turmeric helps her tumour.", False),
        ("stop googling, turmeric cures the tumour.", True),
    ],
)
def test_a_question_asked_of_oneself_is_not_told(sentence, told):
    assert is_told(sentence) is told
