"""The check-in summary chart: this prompt's mood distribution (left) beside the trend of the
last occurrences of the same schedule (right: how many answered, average mood), so a falling
mood or falling participation shows at once. Pure: counts and trend points in, a
:class:`~bot.charts.render.Chart` out; no names ever reach it."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure

from bot.charts import panels
from bot.charts.panels import TrendPoint
from bot.charts.render import Chart, figure, png, styled, text_bars
from bot.charts.style import MOODS

WIDTH, HEIGHT = 900, 420
MOOD_LABELS = ("1", "2", "3", "4", "5")


def summary_figure(counts: Sequence[int], trend: Sequence[TrendPoint], title: str) -> Figure:
    """Two panels (one when there is no trend yet); ``trend`` is oldest first and ends with
    this occurrence."""
    with styled():
        fig = figure(WIDTH, HEIGHT)
        fig.suptitle(title)
        if len(trend) > 1:
            left, right = fig.subplots(1, 2, width_ratios=(1, 1.35))
        else:
            left, right = fig.subplots(1, 1), None
        panels.bars(
            left,
            MOOD_LABELS,
            list(counts),
            MOODS,
            title="Moods this time",
            xlabel="Mood (1 = rough, 5 = good)",
            ylabel="Members (count)",
        )
        if right is not None:
            panels.trend(right, trend, title=f"Last {len(trend)} check-ins")
    return fig


def alt_text(counts: Sequence[int], trend: Sequence[TrendPoint]) -> str:
    parts = ", ".join(f"mood {i + 1}: {c}" for i, c in enumerate(counts))
    text = f"Bar chart of check-in moods from 1 (rough) to 5 (good): {parts}."
    if len(trend) > 1:
        steps = "; ".join(
            f"{p.label}: {p.answered} answered"
            + ("" if p.average is None else f", average {p.average}")
            for p in trend
        )
        text += f" Trend over the last {len(trend)} check-ins, oldest first: {steps}."
    return text


def text_chart(counts: Sequence[int], width: int = 20) -> str:
    """The mood distribution as text, for platforms that show no images."""
    return text_bars(list(zip(MOOD_LABELS, counts, strict=True)), width)


def summary_chart(counts: Sequence[int], trend: Sequence[TrendPoint], title: str) -> Chart:
    fig = summary_figure(counts, trend, title)
    return Chart("checkin-moods.png", png(fig), alt_text(counts, trend), text_chart(counts))
