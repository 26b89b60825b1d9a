"""Rules, DST and the misfire decision (pure: no database, no real time)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.scheduling.due import check
from bot.scheduling.rules import (
    RuleError,
    fires_between,
    next_fire,
    parse_rule,
    personal_rule,
)

NY = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_friendly_rules_and_crontab_numbers() -> None:
    assert parse_rule("weekdays@09:00", "UTC").cron == "0 9 * * mon-fri"
    assert parse_rule("mon,thu@19:30", "UTC").cron == "30 19 * * mon,thu"
    assert parse_rule("daily@7:05", "UTC").cron == "5 7 * * *"
    # crontab numbering: 1 = Monday, 0 and 7 = Sunday (APScheduler 3 would read 1 as Tuesday).
    rule = parse_rule('"0 9 * * 1"', "UTC")
    assert rule.cron == "0 9 * * mon"
    fire = next_fire(rule, utc(2026, 3, 1, 12))  # a Sunday
    assert fire == utc(2026, 3, 2, 9) and fire.weekday() == 0
    assert parse_rule("0 9 * * 0,7", "UTC").cron == "0 9 * * sun,sun"
    assert parse_rule("0 9 * * 1-5", "UTC").cron == "0 9 * * mon-fri"


@pytest.mark.parametrize(
    ("text", "tz", "problem"),
    [
        ("someday@09:00", "UTC", "not a day list"),
        ("mon@25:00", "UTC", "not a time of day"),
        ("0 9 * *", "UTC", "not a rule"),
        ("weekdays@09:00", "Mars/Olympus", "unknown time zone"),
        ("0 9 * * 9", "UTC", "out of range"),
    ],
)
def test_bad_rules_say_why(text: str, tz: str, problem: str) -> None:
    with pytest.raises(RuleError, match=problem):
        parse_rule(text, tz)


def test_personal_rule_validates_time() -> None:
    assert personal_rule("mon,thu", "19:00", "UTC").cron == "0 19 * * mon,thu"
    with pytest.raises(RuleError, match="not a time"):
        personal_rule("daily", "7pm", "UTC")


def test_new_york_spring_forward_keeps_local_time() -> None:
    rule = parse_rule("daily@09:00", "America/New_York")
    fires = fires_between(rule, utc(2026, 3, 6), utc(2026, 3, 11))
    assert [f.astimezone(NY).hour for f in fires] == [9] * 5
    assert [f.hour for f in fires] == [14, 14, 13, 13, 13]  # EST then EDT
    assert len({f.astimezone(NY).date() for f in fires}) == 5  # one per day


def test_new_york_fall_back_keeps_local_time() -> None:
    rule = parse_rule("daily@09:00", "America/New_York")
    fires = fires_between(rule, utc(2026, 10, 30), utc(2026, 11, 3))
    assert [f.astimezone(NY).hour for f in fires] == [9] * 4
    assert [f.hour for f in fires] == [13, 13, 14, 14]


def test_ambiguous_time_fires_once_and_missing_time_fires_once() -> None:
    late_night = parse_rule("daily@01:30", "America/New_York")
    fires = fires_between(late_night, utc(2026, 10, 31, 12), utc(2026, 11, 2, 12))
    # 01:30 happens twice on 1 Nov (EDT, then EST): one prompt, at the first.
    assert fires == [utc(2026, 11, 1, 5, 30), utc(2026, 11, 2, 6, 30)]
    gap = parse_rule("daily@02:30", "America/New_York")
    fires = fires_between(gap, utc(2026, 3, 7, 12), utc(2026, 3, 9, 12))
    # 02:30 does not exist on 8 March: it fires once, at 03:30 EDT (07:30 UTC).
    assert fires == [utc(2026, 3, 8, 7, 30), utc(2026, 3, 9, 6, 30)]
    assert fires[0].astimezone(NY).hour == 3


def test_london_dst_both_ways() -> None:
    rule = parse_rule("sun@09:00", "Europe/London")
    spring = fires_between(rule, utc(2026, 3, 20), utc(2026, 4, 6))
    assert [f.hour for f in spring] == [9, 8, 8]  # GMT, then BST from 29 March
    autumn = fires_between(rule, utc(2026, 10, 18), utc(2026, 11, 2))
    assert [f.hour for f in autumn] == [8, 9, 9]  # BST, then GMT from 25 October
    assert all(f.astimezone(LONDON).hour == 9 for f in spring + autumn)


def test_due_on_time_late_within_grace_and_skipped_beyond() -> None:
    rule = parse_rule("daily@09:00", "UTC")
    grace = timedelta(hours=1)
    stored = utc(2026, 3, 2, 9)
    not_yet = check(rule, stored, utc(2026, 3, 2, 8, 59), grace)
    assert not_yet.send is None and not not_yet.due and not_yet.next_fire_at == stored
    on_time = check(rule, stored, utc(2026, 3, 2, 9, 0, 20), grace)
    assert on_time.send == stored and not on_time.late
    late = check(rule, stored, utc(2026, 3, 2, 9, 45), grace)
    assert late.send == stored and late.late and late.next_fire_at == utc(2026, 3, 3, 9)
    missed = check(rule, stored, utc(2026, 3, 2, 11), grace)
    assert missed.send is None and missed.skipped == (stored,)
    assert missed.next_fire_at == utc(2026, 3, 3, 9)


def test_downtime_coalesces_to_latest_within_grace() -> None:
    rule = parse_rule("daily@09:00", "UTC")
    decision = check(rule, utc(2026, 3, 2, 9), utc(2026, 3, 5, 9, 30), timedelta(hours=1))
    assert decision.send == utc(2026, 3, 5, 9)
    assert decision.skipped == (utc(2026, 3, 2, 9), utc(2026, 3, 3, 9), utc(2026, 3, 4, 9))
    assert decision.next_fire_at == utc(2026, 3, 6, 9)


def test_awake_process_sends_within_the_answer_window_only() -> None:
    rule = parse_rule("daily@09:00", "UTC")
    grace, window = timedelta(hours=1), timedelta(hours=24)
    stored = utc(2026, 3, 2, 9)
    # The process started before the fire time: a coarse tick still sends it.
    awake = check(
        rule, stored, utc(2026, 3, 2, 20), grace, awake_since=utc(2026, 3, 1), max_late=window
    )
    assert awake.send == stored and awake.late
    # Started after the fire (it was down at 09:00): the grace rule applies.
    down = check(
        rule, stored, utc(2026, 3, 2, 20), grace, awake_since=utc(2026, 3, 2, 19), max_late=window
    )
    assert down.send is None and down.skipped == (stored,)
    # Awake but the answer window has passed: skipped; only the latest of many is sent.
    many = check(
        rule, stored, utc(2026, 3, 5, 8), grace, awake_since=utc(2026, 3, 1), max_late=window
    )
    assert many.send == utc(2026, 3, 4, 9)
    assert many.skipped == (utc(2026, 3, 2, 9), utc(2026, 3, 3, 9))


def test_a_day_of_week_that_is_not_an_ascii_number_is_a_rule_error() -> None:
    with pytest.raises(RuleError):
        parse_rule("0 9 * * ²", "UTC")
