"""One lexicon of dangerous places reaches every reading that names places."""

from __future__ import annotations

import re

import pytest

from moderation.rules import plan_timing, unsaid, warning_signs
from moderation.rules.places import HEIGHTS, RAIL, WATER


@pytest.mark.parametrize("place", ["viaduct", "cliff path", "quarry", "rooftop", "bridge"])
def test_a_height_is_a_place_sign_a_place_of_no_return_and_a_height(place: str) -> None:
    assert re.fullmatch(warning_signs._PLACE, place)
    assert re.search(plan_timing.NO_RETURN, f"walking to the {place}, not sure i'm coming back.")
    assert re.search(
        unsaid.HEIGHT_LOOKED_UP, f"looked up how high the {place} is. it's high enough."
    )


@pytest.mark.parametrize(("part", "place"), [(RAIL, "level crossing"), (WATER, "weir")])
def test_the_railway_and_water_reach_the_no_return_reading(part: str, place: str) -> None:
    assert re.fullmatch(part, place)
    assert re.search(plan_timing.NO_RETURN, f"at the {place} now. not sure i'm coming back.")


def test_each_part_is_a_plain_alternation_with_no_stray_group() -> None:
    for part in (HEIGHTS, RAIL, WATER):
        assert re.compile(part).groups == 0
