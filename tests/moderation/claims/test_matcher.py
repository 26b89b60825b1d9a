import numpy as np
import pytest
from pydantic import ValidationError

from moderation import Assessor, ModerationSettings
from moderation.claims.catalogue import CATALOGUE
from moderation.claims.matcher import EXPLICIT_BONUS, SIMILARITY_MIN, ClaimMatcher
from moderation.claims.shape import is_told
from moderation.embedding.minilm import shared_encoder
from moderation.normalize import normalize

# A claim outside the built-in kinds (and off its health topics): only the organizers' own
# sentence can catch its paraphrase.
ORGANIZER_CLAIM = "Fluoride toothpaste harms children's brains, throw it out."
PARAPHRASE = "Bin the fluoride toothpaste, it damages kids' brains, get a natural one instead."


@pytest.fixture(scope="module")
def matcher() -> ClaimMatcher:
    return ClaimMatcher(shared_encoder(), [ORGANIZER_CLAIM])


def test_catalogue_has_several_phrasings_per_kind():
    assert len(CATALOGUE) == 10
    for kind in CATALOGUE:
        assert len(kind.phrasings) >= 4, kind.name
        assert kind.danger


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("just give tylenol and wait until morning, a fever on chemo is normal.", True),
        ("is it true that sugar feeds cancer?", False),
        ("sugar doesn't feed cancer, our dietitian explained it.", False),
        ("it's a myth that vaccines cause relapse.", False),
        ("we had a lovely day at the beach.", False),  # no health topic
    ],
)
def test_shape_of_advice(sentence, told):
    assert is_told(sentence) is told


def test_new_phrasing_of_a_catalogue_claim_is_caught_and_quoted(matcher):
    text = (
        "Honestly, forget the ER when her counts are low and she spikes a fever, "
        "just let her sleep it off."
    )
    [signals] = matcher.signals([normalize(text)])
    assert signals and signals[0].category == "misinformation"
    assert "skip emergency care" in signals[0].detail
    assert signals[0].score >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        # the author's way, endorsed as a frame: "do what we did"
        "Do as I did: we never rang the ward for temps when she was neutropenic, calpol did it.",
        # the urgent call put off
        "i'd wait before calling the hospital, a 38.5 on chemo is just his body fighting.",
    ],
)
def test_skipping_emergency_care_told_as_a_frame_or_a_delay(matcher, text):
    [signals] = matcher.signals([normalize(text)])
    assert signals and "skip emergency care" in signals[0].detail


def test_a_delay_regretted_with_the_sound_advice_stays_quiet(matcher):
    text = (
        "We waited to call the hospital until morning and it was sepsis. "
        "Ring the ward straight away."
    )
    assert matcher.signals([normalize(text)]) == [[]]


def test_organizer_claim_is_matched_by_meaning(matcher):
    [signals] = matcher.signals([normalize(PARAPHRASE)])
    assert signals and "organizer claim" in signals[0].detail
    [without] = ClaimMatcher(shared_encoder()).signals([normalize(PARAPHRASE)])
    assert all(s.score < 0.5 for s in without)


def test_questions_and_refutations_embed_nothing(matcher):
    class Counting:
        calls = 0

        def embed(self, texts):
            Counting.calls += len(texts)
            return shared_encoder().embed(texts)

    counting = ClaimMatcher(Counting())
    before = Counting.calls
    counting.signals([normalize("Is it true that sugar feeds cancer?"), normalize("Hi all!")])
    assert Counting.calls == before
    assert SIMILARITY_MIN > 0.5


def test_a_remedy_for_a_prescribed_medicine_is_caught_by_the_catalogue(matcher):
    text = "Skip the antifungal the doctors gave you and use colloidal silver drops, works great."
    [signals] = ClaimMatcher(shared_encoder()).signals([normalize(text)])
    assert signals and "home remedy instead of medicine" in signals[0].detail


def test_pipeline_uses_extra_claims_from_settings():
    with_claim = Assessor(ModerationSettings(extra_claims=[ORGANIZER_CLAIM]))
    a = with_claim.assess(PARAPHRASE)
    assert "misinformation" in a.raised
    reason = next(r for r in a.reasons if r.category == "misinformation")
    assert "fluoride" in reason.quote.lower()


def test_rules_only_pipeline_has_no_meaning_matcher():
    rules = Assessor(ModerationSettings(backends=["rules"], extra_claims=[ORGANIZER_CLAIM]))
    assert rules.assess(PARAPHRASE).raised == ()
    # the claim patterns still work without the encoder
    sugar = rules.assess("Cut all sugar from his diet, sugar feeds the cancer.")
    assert "misinformation" in sugar.raised


def test_extra_claim_must_be_a_sentence():
    with pytest.raises(ValidationError, match="too short"):
        ModerationSettings(extra_claims=["silver"])


def test_the_explicit_bonus_lifts_only_the_kinds_spelled_out(matcher):
    sentence = "a fever on chemo? keep her home and wait till morning."
    row = np.zeros(len(matcher.kinds), dtype=np.float32)
    lifted = matcher.scores(sentence, row, bonus=0.1)
    kinds = {matcher.kinds[j] for j in np.flatnonzero(lifted)}
    assert kinds == {"skip emergency care"}
    assert not matcher.scores("we had a lovely day.", row, bonus=0.1).any()
    assert 0.0 <= EXPLICIT_BONUS <= 0.1


def test_an_answer_is_read_with_the_short_question_before_it(matcher):
    """The question names the topic, the answer gives the advice; neither alone is the claim."""
    text = "Temperature on chemo with low counts? Honestly just wait it out at home, A&E is grim."
    [signals] = matcher.signals([normalize(text)])
    assert signals and signals[0].start == 0
    assert "skip emergency care" in signals[0].detail
    sound = "Temperature on chemo with low counts? Ring the ward straight away, don't wait."
    assert matcher.signals([normalize(sound)]) == [[]]
