"""Panel painters shared by every Hearth chart: each draws one kind of plot on a given
``Axes`` from plain numbers, with a title, labelled axes and units, values printed on the marks
(so colour is never the only cue), and the small-count rule applied where asked.

**Small counts.** With ``floor=3`` a count of 1 or 2 is never drawn at its height: the bar is
drawn hatched up to the floor and labelled "<3", exactly as the text says "fewer than 3".
Zero stays zero: nobody can be picked out of nobody.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from bot.charts.style import BLUE, GREY, INK, PALE

HATCH = "///"


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One occurrence (or week) of check-ins: its label, how many answered, average mood."""

    label: str
    answered: int
    average: float | None


def hidden(count: int, floor: int) -> bool:
    """True when ``count`` must not be shown (1..floor-1 members)."""
    return 0 < count < floor


def shown(count: int, floor: int) -> str:
    """A count as people may read it: "fewer than 3" below the floor, else the number."""
    return f"fewer than {floor}" if hidden(count, floor) else str(count)


def _value_label(count: int, floor: int) -> str:
    return f"<{floor}" if hidden(count, floor) else str(count)


def bars(
    ax: Axes,
    labels: Sequence[str],
    values: Sequence[int],
    colours: Sequence[str],
    *,
    title: str,
    xlabel: str,
    ylabel: str,
    floor: int = 0,
) -> None:
    """Vertical bars with their value on top; small counts hatched at the floor."""
    heights = [floor if hidden(v, floor) else v for v in values]
    drawn = ax.bar(range(len(values)), heights, color=list(colours), edgecolor=INK, linewidth=0.6)
    for rect, value in zip(drawn, values, strict=True):
        if hidden(value, floor):
            rect.set_hatch(HATCH)
            rect.set_facecolor("white")
    ax.bar_label(drawn, labels=[_value_label(v, floor) for v in values], padding=2, fontsize=11)
    ax.set_xticks(range(len(values)), labels=list(labels))
    ax.set_ylim(0, max(max(heights, default=0), 1) * 1.22)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
    ax.set(title=title, xlabel=xlabel, ylabel=ylabel)


def hbars(
    ax: Axes,
    labels: Sequence[str],
    values: Sequence[float],
    colours: Sequence[str],
    *,
    title: str,
    xlabel: str,
    value_labels: Sequence[str] | None = None,
    floor: int = 0,
) -> None:
    """Horizontal bars, first label at the top, each with its value (or given text) after it.
    The small-count rule applies to whole-number counts only (never to hours or shares)."""
    small = [isinstance(v, int) and hidden(v, floor) for v in values]
    widths = [floor if s else v for v, s in zip(values, small, strict=True)]
    rows = list(range(len(values)))[::-1]
    drawn = ax.barh(rows, widths, color=list(colours), edgecolor=INK, linewidth=0.6, height=0.6)
    for rect, is_small in zip(drawn, small, strict=True):
        if is_small:
            rect.set_hatch(HATCH)
            rect.set_facecolor("white")
    texts = value_labels or [
        f"<{floor}" if s else f"{v:g}" for v, s in zip(values, small, strict=True)
    ]
    ax.bar_label(drawn, labels=list(texts), padding=3, fontsize=10.5)
    ax.set_yticks(rows, labels=list(labels))
    ax.set_xlim(0, max(max(widths, default=0), 1) * 1.45)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
    ax.set(title=title, xlabel=xlabel)


def trend(ax: Axes, points: Sequence[TrendPoint], *, title: str, floor: int = 0) -> Axes:
    """How many answered (bars, left axis) and the average mood (line, right axis, 1-5) per
    occurrence, oldest first. Returns the right-hand axes. An average over fewer than
    ``floor`` answers is left out (a gap in the line)."""
    answered = [p.answered for p in points]
    bars(
        ax,
        [p.label for p in points],
        answered,
        [PALE] * len(points),
        title=title,
        xlabel="",
        ylabel="Answered (members)",
        floor=floor,
    )
    ax.tick_params(axis="x", labelrotation=45, labelsize=9.5)
    for label in ax.get_xticklabels():
        label.set_horizontalalignment("right")
        label.set_rotation_mode("anchor")
    mood = ax.twinx()
    mood.spines["right"].set_visible(True)
    averages = [
        float("nan") if p.average is None or hidden(p.answered, floor) else p.average
        for p in points
    ]
    mood.plot(range(len(points)), averages, color=BLUE, marker="o", linewidth=2.2, markersize=6)
    mood.set_ylim(0.8, 5.4)
    mood.set_yticks([1, 2, 3, 4, 5])
    mood.set_ylabel("Average mood (1–5)", color=BLUE)
    mood.tick_params(axis="y", colors=BLUE)
    return mood


def matrix(
    ax: Axes,
    rows: Sequence[str],
    columns: Sequence[str],
    values: Sequence[Sequence[int]],
    *,
    title: str,
    floor: int = 0,
) -> None:
    """A table of counts drawn as shaded cells (one mesh, white borders) with the count (or
    "<3", or "–") in each; first row at the top."""
    top = max((v for row in values for v in row), default=0) or 1
    shade = [[0.0 if hidden(v, floor) else v / top for v in row] for row in values]
    ax.pcolormesh(shade, cmap="Blues", vmin=0, vmax=1.25, edgecolors="white", linewidth=2)
    ax.invert_yaxis()
    for i, row in enumerate(values):
        for j, value in enumerate(row):
            text = "–" if value == 0 else _value_label(value, floor)
            colour = "white" if shade[i][j] > 0.55 else INK
            ax.text(j + 0.5, i + 0.5, text, ha="center", va="center", fontsize=11, color=colour)
    ax.set_xticks([x + 0.5 for x in range(len(columns))], labels=list(columns))
    ax.set_yticks([y + 0.5 for y in range(len(rows))], labels=list(rows))
    ax.tick_params(axis="x", labelrotation=30, labelsize=10, length=0)
    ax.tick_params(axis="y", length=0)
    for label in ax.get_xticklabels():
        label.set_horizontalalignment("right")
        label.set_rotation_mode("anchor")
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_title(title)


def empty(ax: Axes, title: str, message: str) -> None:
    """A panel with nothing to plot: its title and a sentence saying why."""
    ax.set_title(title)
    ax.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        color=GREY,
        fontsize=11.5,
        wrap=True,
        transform=ax.transAxes,
    )
    ax.set_axis_off()


__all__ = ["TrendPoint", "bars", "empty", "hbars", "hidden", "matrix", "shown", "trend"]
