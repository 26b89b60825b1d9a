"""The moderators' queue at a glance: open cases by age (how long they have waited) and
category, as stacked bars, added to ``/cases`` when more than :data:`FEW` cases are open.

Pure: ``(category, age)`` pairs in, a :class:`~bot.charts.render.Chart` out. Moderators see
every case by number anyway, so no count is hidden here. :func:`attachment` gives the reply
keywords (an image where the platform shows images, the text chart otherwise, nothing for a
short queue) so the command adds one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from matplotlib.figure import Figure

from bot.charts.render import Chart, figure, png, styled, text_bars
from bot.charts.style import INK, SERIES, VERMILLION
from bot.messages import Image, Section

#: More open cases than this get a chart; a short list reads better on its own.
FEW = 4
WIDTH, HEIGHT = 720, 340
#: Age buckets: (label, upper bound).
AGES: tuple[tuple[str, timedelta], ...] = (
    ("under 1 h", timedelta(hours=1)),
    ("1–24 h", timedelta(days=1)),
    ("1–3 days", timedelta(days=3)),
    ("3–7 days", timedelta(days=7)),
    ("over 7 days", timedelta.max),
)
#: Crisis first and always in vermillion; other categories take the palette in order.
CRISIS = "crisis"


def category(categories: Sequence[str], *, crisis: bool, decision: str) -> str:
    """The one category a case is counted under: crisis, else its first raised category,
    else how it opened (``report``, ``review``)."""
    return CRISIS if crisis else (categories[0] if categories else decision)


def bucket(age: timedelta) -> int:
    return next(i for i, (_, upper) in enumerate(AGES) if age < upper)


def table(items: Sequence[tuple[str, timedelta]]) -> dict[str, list[int]]:
    """Category -> count per age bucket (crisis first, then by size, then by name)."""
    counts: dict[str, list[int]] = {}
    for name, age in items:
        counts.setdefault(name, [0] * len(AGES))[bucket(age)] += 1
    order = sorted(counts, key=lambda c: (c != CRISIS, -sum(counts[c]), c))
    return {name: counts[name] for name in order}


def _colours(names: Sequence[str]) -> list[str]:
    others = iter(c for c in SERIES if c != VERMILLION)
    return [VERMILLION if name == CRISIS else next(others) for name in names]


def open_cases_figure(items: Sequence[tuple[str, timedelta]]) -> Figure:
    counts = table(items)
    with styled():
        fig = figure(WIDTH, HEIGHT)
        ax = fig.subplots()
        left = [0] * len(AGES)
        rows = list(range(len(AGES)))[::-1]
        for name, colour in zip(counts, _colours(list(counts)), strict=True):
            ax.barh(
                rows,
                counts[name],
                left=left,
                color=colour,
                edgecolor=INK,
                linewidth=0.6,
                height=0.65,
                label=name,
            )
            left = [a + b for a, b in zip(left, counts[name], strict=True)]
        for row, total in zip(rows, left, strict=True):
            if total:
                ax.text(total + 0.1, row, str(total), va="center", fontsize=11)
        ax.set_yticks(rows, labels=[label for label, _ in AGES])
        ax.set_xlim(0, max(max(left), 1) * 1.1 + 0.4)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set(
            title=f"Open cases by age ({len(items)})",
            xlabel="Open cases (count)",
            ylabel="Waiting for",
        )
        fig.legend(loc="outside right center", title="Category")
    return fig


def alt_text(items: Sequence[tuple[str, timedelta]]) -> str:
    parts = []
    for name, per_age in table(items).items():
        spread = ", ".join(f"{n} {AGES[i][0]}" for i, n in enumerate(per_age) if n)
        parts.append(f"{name}: {sum(per_age)} ({spread})")
    return (
        f"Bar chart of {len(items)} open cases by how long they have waited: "
        + "; ".join(parts)
        + "."
    )


def open_cases_chart(items: Sequence[tuple[str, timedelta]]) -> Chart:
    rows = [(label, 0) for label, _ in AGES]
    for _, age in items:
        label, n = rows[bucket(age)]
        rows[bucket(age)] = (label, n + 1)
    return Chart("open-cases.png", png(open_cases_figure(items)), alt_text(items), text_bars(rows))


def attachment(items: Sequence[tuple[str, timedelta]], *, images: bool) -> dict[str, Any]:
    """Keywords for the ``/cases`` reply: ``image`` (or a text-chart ``sections``) when more
    than :data:`FEW` cases are open, else nothing."""
    if len(items) <= FEW:
        return {}
    chart = open_cases_chart(items)
    if images:
        return {"image": Image(chart.filename, chart.png, chart.alt_text)}
    return {"sections": (Section(text=chart.text, title="Open cases by age"),)}
