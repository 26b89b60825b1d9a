"""The organizers' summary after a channel prompt closes: how many answered, the mood
distribution beside the trend of the last occurrences of the same schedule (one matplotlib
chart, :mod:`bot.charts.moods`, where the platform shows images; a text chart otherwise), and
low scores without names unless the member agreed to be named. Shared notes only; private
notes never leave the member's record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.charts.moods import summary_chart, text_chart
from bot.charts.panels import TrendPoint
from bot.messages import Field, Image, Message, Section


@dataclass(frozen=True, slots=True)
class Answer:
    mood: int | None
    name: str | None  # only when the member agreed to be named
    note: str | None  # only notes the member chose to share


@dataclass(frozen=True, slots=True)
class Earlier:
    fire_at: datetime
    answered: int
    average: float | None


def counts(answers: list[Answer]) -> list[int]:
    out = [0] * 5
    for a in answers:
        if a.mood is not None and 1 <= a.mood <= 5:
            out[a.mood - 1] += 1
    return out


def average(moods: list[int]) -> float | None:
    return round(sum(moods) / len(moods), 1) if moods else None


def trend_points(earlier: list[Earlier], answered: int, avg: float | None) -> list[TrendPoint]:
    """Oldest first, ending with this occurrence (``earlier`` is newest first)."""
    points = [TrendPoint(f"{e.fire_at:%d %b}", e.answered, e.average) for e in reversed(earlier)]
    return [*points, TrendPoint("this one", answered, avg)]


def chart_image(distribution: list[int], trend: list[TrendPoint], title: str) -> Image:
    chart = summary_chart(distribution, trend, title)
    return Image(chart.filename, chart.png, chart.alt_text)


def build(
    *,
    name: str,
    channel: str,
    local_when: str,
    answers: list[Answer],
    earlier: list[Earlier],
    threshold: int,
    images: bool,
) -> Message:
    distribution = counts(answers)
    moods = [a.mood for a in answers if a.mood is not None]
    avg = average(moods)
    lines = [f"{len(moods)} answered the “{name}” check-in in #{channel} ({local_when})."]
    if avg is not None:
        lines.append(f"Average mood {avg} out of 5.")
    trend = []
    for e in earlier:
        shown = "no answers" if e.average is None else f"{e.answered} answered, average {e.average}"
        trend.append(f"{e.fire_at:%d %b}: {shown}")
    if earlier and avg is not None and earlier[0].average is not None:
        delta = round(avg - earlier[0].average, 1)
        word = "up" if delta > 0 else "down" if delta < 0 else "level"
        lines.append(
            f"Trend: {word} {abs(delta) if delta else ''} since the last one.".replace(" .", ".")
        )
    low = [a for a in answers if a.mood is not None and a.mood <= threshold]
    named = [f"{a.name} ({a.mood})" for a in low if a.name]
    unnamed = len(low) - len(named)
    low_text = f"{len(low)} at {threshold} or below"
    if low:
        parts = []
        if named:
            parts.append("named with their agreement: " + ", ".join(named))
        if unnamed:
            parts.append(f"{unnamed} not named (they did not choose to be)")
        low_text += ": " + "; ".join(parts)
    fields = [Field("Low moods", low_text, inline=False)]
    if trend:
        fields.append(Field("Earlier weeks", "\n".join(trend), inline=False))
    sections: list[Section] = []
    notes = [a for a in answers if a.note]
    for a in notes:
        sections.append(
            Section(text=a.note or "", title=f"Shared note from {a.name or 'a member'}")
        )
    image = None
    if images:
        title = f"Check-in “{name}” in #{channel}, {local_when}"
        image = chart_image(distribution, trend_points(earlier, len(moods), avg), title)
    else:
        sections.insert(0, Section(text=text_chart(distribution), title="Moods (1 rough – 5 good)"))
    return Message(
        title=f"Check-in summary: {name}",
        text=" ".join(lines),
        fields=tuple(fields),
        sections=tuple(sections),
        image=image,
        footer="Only members who agreed are named. Private notes are never shown.",
    )
