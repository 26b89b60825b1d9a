"""Ranking is pure: each shared trait earns its weight, free capacity breaks ties."""

from __future__ import annotations

from bot.mentors.matching import Need, Offer, rank, score, stage, stages, words
from bot.mentors.settings import MentorWeights

W = MentorWeights()
NEED = Need(
    stage="newly_diagnosed",
    diagnosis_group="leukemia",
    age_band="5-12",
    region="UK",
    language="english",
)


def offer(key: int, capacity: int = 2, load: int = 0, **traits: object) -> Offer:
    fs = {k: frozenset(v) for k, v in traits.items() if k != "region"}  # type: ignore[arg-type]
    return Offer(key=key, capacity=capacity, load=load, region=traits.get("region"), **fs)  # type: ignore[arg-type]


def keys(need: Need, offers: list[Offer]) -> list[int]:
    return [s.offer.key for s in rank(need, offers, W)]


def test_each_trait_ranks_above_none() -> None:
    plain = offer(9)
    for trait in (
        {"diagnosis_groups": {"leukemia"}},
        {"age_bands": {"5-12"}},
        {"stages": {"newly_diagnosed"}},
        {"region": "UK"},
        {"languages": {"english"}},
    ):
        assert keys(NEED, [plain, offer(1, **trait)]) == [1, 9], trait


def test_diagnosis_outweighs_age_which_outweighs_region() -> None:
    by_diagnosis = offer(1, diagnosis_groups={"leukemia"})
    by_age = offer(2, age_bands={"5-12"})
    by_region = offer(3, region="UK")
    assert keys(NEED, [by_region, by_age, by_diagnosis]) == [1, 2, 3]


def test_reasons_are_the_terms_that_scored() -> None:
    scored = score(NEED, offer(1, diagnosis_groups={"leukemia"}, region="uk", load=1), W)
    assert scored.explain() == "same diagnosis group, same region, has room (1 of 2 taken)"
    assert scored.score == 3.0 + 1.0 + 0.5
    assert scored.explain(hide={"diagnosis_group"}) == "same region, has room (1 of 2 taken)"


def test_lighter_load_wins_between_equals_and_full_mentors_are_left_out() -> None:
    busy = offer(1, capacity=3, load=2, region="UK")
    free = offer(2, capacity=3, load=0, region="UK")
    full = offer(3, capacity=1, load=1, region="UK", diagnosis_groups={"leukemia"})
    paused = offer(4, capacity=0, load=0, diagnosis_groups={"leukemia"})
    assert keys(NEED, [busy, full, free, paused]) == [2, 1]


def test_weights_are_configurable() -> None:
    weights = MentorWeights(diagnosis_group=0, region=10)
    ranked = rank(NEED, [offer(1, diagnosis_groups={"leukemia"}), offer(2, region="UK")], weights)
    assert [s.offer.key for s in ranked] == [2, 1]
    assert "same diagnosis group" not in ranked[1].explain()


def test_free_text_is_normalised() -> None:
    assert words("Leukemia, Brain  Tumour and lymphoma; -") == [
        "leukemia",
        "brain tumour",
        "lymphoma",
    ]
    assert stage("Newly diagnosed") == "newly_diagnosed"
    assert stage("in-treatment") == "in_treatment"
    assert stage("on treatment") == "in_treatment"
    assert stage("bereaved") == "bereaved"
    assert stage("banana") is None
    assert stages("in treatment, off treatment, bereaved") == [
        "in_treatment",
        "off_treatment",
        "bereaved",
    ]
