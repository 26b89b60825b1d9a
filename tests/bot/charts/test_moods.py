"""The check-in summary chart: a real PNG of the promised size, five mood bars, the trend panel
with one bar and one line point per occurrence, the same bytes every time, alt text and the
text chart."""

from __future__ import annotations

from bot.charts.moods import HEIGHT, WIDTH, summary_chart, summary_figure, text_chart
from bot.charts.panels import TrendPoint
from tests.support.charts import bar_count, decode_png, panels

TREND = [
    TrendPoint("19 Jan", 14, 3.4),
    TrendPoint("26 Jan", 0, None),
    TrendPoint("02 Feb", 9, 2.6),
    TrendPoint("this one", 7, 2.1),
]


def test_distribution_beside_trend() -> None:
    fig = summary_figure([1, 2, 3, 1, 0], TREND, "Check-in “weekly”")
    assert panels(fig) == 2
    moods, trend, mood_axis = fig.axes
    assert bar_count(moods) == 5
    assert [t.get_text() for t in moods.texts] == ["1", "2", "3", "1", "0"]
    assert moods.get_xlabel().startswith("Mood") and moods.get_ylabel() == "Members (count)"
    assert bar_count(trend) == 4 and trend.get_ylabel() == "Answered (members)"
    (line,) = mood_axis.lines
    assert list(line.get_xdata()) == [0, 1, 2, 3]
    ys = list(line.get_ydata())
    assert ys[0] == 3.4 and ys[1] != ys[1] and ys[3] == 2.1  # NaN: a gap where nobody answered
    assert mood_axis.get_ylabel() == "Average mood (1–5)"
    assert fig._suptitle is not None and fig._suptitle.get_text() == "Check-in “weekly”"


def test_png_decodes_at_the_promised_size_and_is_deterministic() -> None:
    chart = summary_chart([0, 3, 1, 12, 5], TREND, "Check-in")
    assert decode_png(chart.png) == (WIDTH, HEIGHT)
    assert summary_chart([0, 3, 1, 12, 5], TREND, "Check-in").png == chart.png
    assert b"matplotlib" not in chart.png  # no Software metadata
    assert "mood 4: 12" in chart.alt_text and "02 Feb: 9 answered, average 2.6" in chart.alt_text


def test_first_occurrence_has_one_panel_and_empty_counts_render() -> None:
    fig = summary_figure([0, 0, 0, 0, 0], [TrendPoint("this one", 0, None)], "First")
    assert panels(fig) == 1 and bar_count(fig.axes[0]) == 5
    assert decode_png(summary_chart([0] * 5, [], "First").png) == (WIDTH, HEIGHT)


def test_text_chart() -> None:
    assert text_chart([0, 2, 0, 4, 1], width=4).splitlines() == [
        "1 | 0",
        "2 | ██ 2",
        "3 | 0",
        "4 | ████ 4",
        "5 | █ 1",
    ]
