"""Recurrence rules an organizer can type, turned into APScheduler ``CronTrigger`` objects.

Two spellings are accepted:

* friendly: ``DAYS@HH:MM`` where DAYS is ``daily``, ``weekdays``, ``weekends``, a day
  (``mon``), a list (``mon,thu``) or a range (``mon-fri``): ``weekdays@09:00``;
* a five-field crontab, quoted when typed: ``"0 9 * * 1-5"``. Day-of-week numbers follow
  crontab (0 or 7 = Sunday, 1 = Monday). APScheduler 3's own numbering starts at Monday = 0,
  so numbers are translated to day names here rather than passed through.

Times are wall-clock times in the schedule's time zone (IANA name). DST: a time that does not
exist on the spring-forward day fires once, an hour later on the wall clock (APScheduler's
behaviour); a time that happens twice on the fall-back day fires once, at its first occurrence
(:func:`next_fire` drops the repeat APScheduler would otherwise produce).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger

from bot.timezones import load

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_CRON_DOW = {0: "sun", 1: "mon", 2: "tue", 3: "wed", 4: "thu", 5: "fri", 6: "sat", 7: "sun"}
_DAY_ALIASES = {
    "daily": "*",
    "everyday": "*",
    "weekdays": "mon-fri",
    "weekends": "sat,sun",
}
_FRIENDLY = re.compile(r"^(?P<days>[a-z,\-*]+)@(?P<hour>\d{1,2}):(?P<minute>\d{2})$")
_TIME = re.compile(r"^(?P<hour>\d{1,2}):(?P<minute>\d{2})$")


class RuleError(ValueError):
    """A rule, day list, time or time zone that cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A normalised rule: five crontab fields with day names, plus the time zone."""

    cron: str
    timezone: str

    def trigger(self) -> CronTrigger:
        minute, hour, day, month, dow = self.cron.split()
        return CronTrigger(
            minute=minute,
            hour=hour,
            day=day,
            month=month,
            day_of_week=dow,
            timezone=zone(self.timezone),
        )

    def describe(self) -> str:
        minute, hour, day, month, dow = self.cron.split()
        if day == "*" and month == "*" and hour.isdigit() and minute.isdigit():
            days = "every day" if dow == "*" else dow
            return f"{days} at {int(hour):02d}:{int(minute):02d} ({self.timezone})"
        return f"cron “{self.cron}” ({self.timezone})"


def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name``; a :class:`RuleError` for anything else (the shared check in
    :func:`bot.timezones.load`, which never raises)."""
    found = load(name)
    if found is None:
        shown = name if len(name) <= 40 else name[:40] + "…"
        raise RuleError(
            f"unknown time zone “{shown}”: use an IANA name such as America/Chicago or "
            "Europe/London"
        )
    return found


def _days(text: str) -> str:
    text = text.strip().lower()
    if text in _DAY_ALIASES:
        return _DAY_ALIASES[text]
    if text == "*":
        return "*"
    parts = []
    for part in text.split(","):
        ends = part.split("-")
        if len(ends) > 2 or not all(e and e[:3] in DAY_NAMES for e in ends):
            raise RuleError(
                f"“{text}” is not a day list: use daily, weekdays, weekends, mon,thu or mon-fri"
            )
        parts.append("-".join(e[:3] for e in ends))
    return ",".join(parts)


def _clock_time(hour: str, minute: str) -> tuple[int, int]:
    h, m = int(hour), int(minute)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise RuleError(f"{hour}:{minute} is not a time of day (use 24-hour HH:MM)")
    return h, m


def _cron_dow(field: str) -> str:
    """Translate crontab day-of-week numbers (0/7 = Sunday) to names APScheduler reads right."""

    def one(token: str) -> str:
        if token.isascii() and token.isdigit():  # "²".isdigit() too, which int() refuses
            number = int(token)
            if number not in _CRON_DOW:
                raise RuleError(f"day of week {token} is out of range (0-7)")
            return _CRON_DOW[number]
        return token.lower()

    out = []
    for part in field.split(","):
        step = ""
        if "/" in part:
            part, _, step = part.partition("/")
            step = "/" + step
        out.append("-".join(one(t) for t in part.split("-")) + step)
    return ",".join(out)


def parse_rule(text: str, timezone: str) -> Rule:
    """Parse a friendly rule or a crontab line; raises :class:`RuleError` with the fix."""
    zone(timezone)
    text = text.strip().strip("\"'").strip()
    friendly = _FRIENDLY.match(text.lower())
    if friendly:
        h, m = _clock_time(friendly["hour"], friendly["minute"])
        rule = Rule(f"{m} {h} * * {_days(friendly['days'])}", timezone)
    else:
        fields = text.split()
        if len(fields) != 5:
            raise RuleError(
                f"“{text}” is not a rule: write DAYS@HH:MM (weekdays@09:00, mon,thu@19:30) "
                'or a quoted crontab line ("0 9 * * 1-5")'
            )
        fields[4] = _cron_dow(fields[4])
        rule = Rule(" ".join(fields), timezone)
    try:
        rule.trigger()
    except ValueError as exc:
        raise RuleError(f"“{text}” is not a valid rule: {exc}") from None
    return rule


def personal_rule(days: str, at: str, timezone: str) -> Rule:
    """A member's personal check-in: ``days`` (weekdays, mon,thu...) at ``at`` (HH:MM)."""
    match = _TIME.match(at.strip())
    if not match:
        raise RuleError(f"“{at}” is not a time: use 24-hour HH:MM such as 19:00")
    return parse_rule(f"{_days(days)}@{match['hour']}:{match['minute']}", timezone)


def next_fire(rule: Rule, after: datetime) -> datetime | None:
    """The first fire time strictly after ``after`` (UTC), skipping the repeat of an ambiguous
    wall-clock time on the fall-back day so a prompt is never sent twice."""
    trigger = rule.trigger()
    tz = zone(rule.timezone)
    current = after
    for _ in range(150):
        fire = trigger.get_next_fire_time(current, current)
        if fire is None:
            return None
        if fire <= current:
            # Inside the repeated hour APScheduler 3 maps the wall time back to its first
            # occurrence (a time in the past): step through the hour a minute at a time.
            current += timedelta(minutes=1)
            continue
        local = fire.astimezone(tz)
        if local.fold == 1 and local.replace(fold=0).utcoffset() != local.utcoffset():
            current = fire  # the second 01:30 of the night: it already fired an hour ago
            continue
        return fire.astimezone(after.tzinfo)
    return None


def fires_between(rule: Rule, start: datetime, end: datetime, limit: int = 1000) -> list[datetime]:
    """Fire times ``t`` with ``start <= t <= end`` (at most ``limit``, earliest first)."""
    out: list[datetime] = []
    current = start - timedelta(microseconds=1)
    while len(out) < limit:
        fire = next_fire(rule, current)
        if fire is None or fire > end:
            break
        out.append(fire)
        current = fire
    return out
