"""Medicine names read as their class before a told sentence is embedded."""

from __future__ import annotations

from moderation.claims.drugs import CLASSES, by_class
from moderation.claims.loader import load_claim_matcher
from moderation.normalize import normalize


def test_names_become_their_class_and_other_words_stay() -> None:
    assert by_class("skip the zofran and give calpol") == (
        "skip the anti-sickness medicine and give fever medicine"
    )
    assert by_class("the dexterity of the nurse") == "the dexterity of the nurse"


def test_every_name_belongs_to_one_class() -> None:
    names = [n for names in CLASSES.values() for n in names.split()]
    assert len(names) == len(set(names))


def test_a_claim_about_a_brand_name_reads_like_one_about_its_class() -> None:
    matcher = load_claim_matcher([])
    assert matcher is not None
    brand = "Skip the Zofran, peppermint oil does the same thing without the chemicals."
    assert matcher.signals([normalize(brand)])[0]


def test_the_form_noun_goes_with_the_name_and_class_words_read_as_their_class():
    assert by_class("refuse the neulasta shot") == "refuse the growth factor injection"
    assert by_class("the abx and the pred") == "the antibiotics and the steroid medicine"
    assert by_class("bin the antiemetics") == "bin the anti-sickness medicine"


def test_adult_cancer_medicines_read_as_their_class():
    from moderation.claims.drugs import by_class

    assert by_class("stop the tamoxifen") == "stop the hormone therapy"
    assert by_class("week 4 of taxol") == "week 4 of chemotherapy"
    assert by_class("enhertu every 3 weeks") == "targeted therapy every 3 weeks"


def test_antivirals_read_as_their_class_and_a_remedy_instead_is_caught():
    assert by_class("stop the aciclovir and the valtrex") == (
        "stop the antiviral medicine and the antiviral medicine"
    )
    matcher = load_claim_matcher([])
    told = "just give her elderberry syrup and garlic instead of the valaciclovir, nan swears by it"
    [signals] = matcher.signals([normalize(told)])
    assert signals and "home remedy instead of medicine" in signals[0].detail
