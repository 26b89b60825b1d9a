"""The one duration parser: what it reads, and that nothing else ever escapes it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.durations import DurationError, describe, parse_duration

YEAR = timedelta(days=365)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30m", timedelta(minutes=30)),
        ("2h", timedelta(hours=2)),
        ("3d", timedelta(days=3)),
        ("2w", timedelta(weeks=2)),
        ("1d 12h", timedelta(days=1, hours=12)),
        ("1d12h", timedelta(days=1, hours=12)),
        (" 2 Hours ", timedelta(hours=2)),
        ("1 week 2 days", timedelta(weeks=1, days=2)),
    ],
)
def test_reads_units_and_combinations(text: str, expected: timedelta) -> None:
    assert parse_duration(text, maximum=YEAR) == expected


def test_a_bare_number_needs_the_callers_unit() -> None:
    assert parse_duration("3", maximum=YEAR, bare_unit="days") == timedelta(days=3)
    with pytest.raises(DurationError, match="Add a unit"):
        parse_duration("3", maximum=YEAR)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "Give a duration"),
        ("-1d", "can't be negative"),
        ("−2h", "can't be negative"),
        ("0d", "longer than zero"),
        ("99999999999d", "longer than 365 days"),  # once an OverflowError
        ("999999999999w", "longer than 365 days"),
        ("9999999999999d", "couldn't read"),  # more digits than any duration has
        ("999999w", "longer than 365 days"),
        ("400d", "longer than 365 days"),
        ("²d", "couldn't read"),
        ("1.5d", "couldn't read"),
        ("soon", "couldn't read"),
        ("1d" * 30, "too long"),
    ],
)
def test_refuses_with_a_specific_reason(text: str, why: str) -> None:
    with pytest.raises(DurationError, match=why):
        parse_duration(text, maximum=YEAR, bare_unit="days")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_a_bounded_duration_or_a_duration_error(text: str) -> None:
    try:
        duration = parse_duration(text, maximum=YEAR, bare_unit="days")
    except DurationError as exc:
        assert str(exc)
    else:
        assert timedelta(0) < duration <= YEAR


def test_describe() -> None:
    assert describe(timedelta(days=1, hours=2)) == "1 day 2 hours"
    assert describe(timedelta(minutes=30)) == "30 minutes"
    assert describe(timedelta(seconds=5)) == "a moment"
