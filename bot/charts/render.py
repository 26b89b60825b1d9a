"""Figures in, PNG bytes out: the one place Hearth touches matplotlib's state.

``styled()`` holds a process-wide lock and applies :data:`bot.charts.style.RC` while a figure
is built and saved, so charts rendered from worker threads never share matplotlib's settings.
Figures are created with ``matplotlib.figure.Figure`` on the Agg canvas directly (never
``pyplot``, no backend switch: no global figure registry, no display, nothing to close).
``png()`` writes exactly ``width x height`` pixels at the figure's DPI with no
metadata (no software version, no date), so the same figure always gives the same bytes.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.charts.style import DPI, RC

_LOCK = threading.RLock()


@dataclass(frozen=True, slots=True)
class Chart:
    """A rendered chart: the picture, what it says in words, and a plain-text version."""

    filename: str
    png: bytes
    alt_text: str
    text: str


@contextmanager
def styled() -> Iterator[None]:
    """Hearth's chart style, for one thread at a time."""
    with _LOCK, matplotlib.rc_context(RC):
        yield


def figure(
    width: int, height: int, *, layout: str | None = "constrained", scale: float = 1.0
) -> Figure:
    """A blank figure of ``width`` x ``height`` pixels (call inside :func:`styled`). The
    constrained layout keeps labels apart; ``layout=None`` (fixed margins the caller sets)
    saves its repeated text measuring where a figure has many panels. ``scale`` enlarges all
    text and lines against the same pixel size (a dense figure shown small)."""
    dpi = DPI * scale
    fig = Figure(figsize=(width / dpi, height / dpi), dpi=dpi, layout=layout)
    FigureCanvasAgg(fig)
    return fig


def png(fig: Figure) -> bytes:
    """The figure as PNG bytes: fixed size, no metadata."""
    buffer = io.BytesIO()
    with styled():
        fig.savefig(buffer, format="png", dpi=fig.dpi, metadata={"Software": None})
    return buffer.getvalue()


def text_bars(rows: list[tuple[str, int]], width: int = 20, floor: int = 0) -> str:
    """A plain-text bar chart: ``label | ████ value`` per row, labels padded to one width. With
    ``floor``, a value of 1..floor-1 is printed "<floor" with a bar as long as the floor's."""
    top = max((max(value, floor) for _, value in rows), default=0) or 1
    pad = max((len(label) for label, _ in rows), default=0)
    lines = []
    for label, value in rows:
        small = 0 < value < floor
        filled = round(width * (floor if small else value) / top)
        shown = f"<{floor}" if small else str(value)
        lines.append(
            f"{label:<{pad}} | {'░' * filled if small else '█' * filled}"
            f"{' ' if filled else ''}{shown}"
        )
    return "\n".join(lines)
