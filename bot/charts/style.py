"""One look for every Hearth chart: the Okabe-Ito colour-blind-safe palette, fonts shipped with
matplotlib (DejaVu Sans, so no system font is searched for), sizes readable when Discord or
Slack shrink an image to its inline width (about 400 px), and no metadata in the output."""

from __future__ import annotations

from typing import Any

#: Okabe & Ito (2008), distinguishable with every common colour-vision deficiency.
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#999999"
INK = "#222222"
GRID = "#DDDDDD"
#: Background bars under a line (participation under the mood trend).
PALE = "#D9D9D9"

#: Categorical series, in order (yellow last: it is faint on white).
SERIES = (BLUE, ORANGE, GREEN, VERMILLION, SKY_BLUE, PURPLE, GREY, YELLOW)

#: Mood 1 (rough) to 5 (good): warm to cool, with a neutral middle; counts are also printed on
#: the bars, so colour is never the only cue.
MOODS = (VERMILLION, ORANGE, GREY, SKY_BLUE, BLUE)

#: Pixels per inch of every PNG.
DPI = 100

#: matplotlib settings applied while a chart is drawn and saved (``matplotlib.rc_context``).
RC: dict[str, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 12,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.labelsize": 11.5,
    "xtick.labelsize": 11,
    "ytick.labelsize": 11,
    "legend.fontsize": 10.5,
    "legend.frameon": False,
    "figure.titlesize": 15,
    "figure.titleweight": "bold",
    "axes.edgecolor": INK,
    "axes.labelcolor": INK,
    "text.color": INK,
    "xtick.color": INK,
    "ytick.color": INK,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "grid.color": GRID,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
    "svg.hashsalt": "hearth",
    "path.simplify": True,
}
