"""Shared checks for rendered charts: decode the PNG with Pillow (matplotlib's own image
dependency) and count what a figure draws, without trusting our own strings."""

from __future__ import annotations

import io

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from PIL import Image as PILImage


def decode_png(data: bytes) -> tuple[int, int]:
    """Decode ``data`` fully as a PNG (raises if it is not one); return (width, height)."""
    with PILImage.open(io.BytesIO(data)) as image:
        assert image.format == "PNG"
        image.load()
        return image.size


def bar_count(ax: Axes) -> int:
    """Bars drawn on ``ax`` (bar containers' rectangles; not the axes background)."""
    return sum(len(c.patches) for c in ax.containers)


def hatched(ax: Axes) -> int:
    """Bars drawn hatched (small counts hidden behind the floor)."""
    return sum(1 for p in ax.patches if isinstance(p, Rectangle) and p.get_hatch())


def panels(fig: Figure) -> int:
    """How many panels the figure has: grid cells holding axes (a ``twinx`` shares its cell)."""
    cells = set()
    for ax in fig.axes:
        spec = ax.get_subplotspec()
        assert spec is not None
        cells.add((spec.rowspan.start, spec.rowspan.stop, spec.colspan.start, spec.colspan.stop))
    return len(cells)
