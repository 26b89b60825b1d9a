"""Street addresses: a ward, a saint's name or a doctor after a number is no address."""

from __future__ import annotations

import pytest

from moderation.normalize import normalize
from moderation.rules.privacy import detect_privacy


def signals(text: str) -> list[str]:
    return [s.signal for s in detect_privacy(normalize(text))]


@pytest.mark.parametrize(
    "text",
    [
        "I'm in bed 14 on ward 8 at St James's if anyone local wants to visit.",
        "round 3 with Dr Patel tomorrow, wish me luck",
        "cycle 2 of 6 and the St John's hospice nurse came round",
    ],
)
def test_hospital_numbers_are_no_address(text: str) -> None:
    assert "street address" not in signals(text)


@pytest.mark.parametrize(
    "text",
    ["I live at 42 Acacia Avenue, Leeds", "we are at 221 Baker St apt 2", "1423 Maple Street"],
)
def test_street_addresses_still_found(text: str) -> None:
    assert "street address" in signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "the trial site is 2 hours each way every 3 weeks",
        "we're only 5 miles down the road from the children's hospital",
        "she takes it 3 times a day with food",
        "it's 20 minutes up the road, park on level 2",
    ],
)
def test_a_journey_or_a_dose_is_no_address(text: str) -> None:
    assert "street address" not in signals(text)
