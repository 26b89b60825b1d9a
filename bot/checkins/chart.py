"""Mood charts: a small PNG bar chart written with zlib/struct (no plotting library), and the
plain-text chart used where a platform shows no images."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence

# 3x5 digits for the axis labels and counts.
_DIGITS = {
    "0": ("111", "101", "101", "101", "111"),
    "1": ("010", "110", "010", "010", "111"),
    "2": ("111", "001", "111", "100", "111"),
    "3": ("111", "001", "111", "001", "111"),
    "4": ("101", "101", "111", "001", "001"),
    "5": ("111", "100", "111", "001", "111"),
    "6": ("111", "100", "111", "101", "111"),
    "7": ("111", "001", "010", "010", "010"),
    "8": ("111", "101", "111", "101", "111"),
    "9": ("111", "101", "111", "001", "111"),
}
#: One colour per mood, rough to good.
MOOD_COLOURS = (
    (196, 92, 92),
    (226, 150, 84),
    (214, 196, 94),
    (132, 186, 110),
    (82, 160, 140),
)
BACKGROUND = (255, 255, 255)
INK = (60, 60, 60)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def encode_png(pixels: list[list[tuple[int, int, int]]]) -> bytes:
    """RGB rows -> PNG bytes (8-bit truecolour, no filtering)."""
    height, width = len(pixels), len(pixels[0])
    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw, 9))
        + _chunk(b"IEND", b"")
    )


def _text(canvas: list[list[tuple[int, int, int]]], x: int, y: int, text: str, scale: int) -> None:
    for char in text:
        glyph = _DIGITS.get(char)
        if glyph is not None:
            for gy, row in enumerate(glyph):
                for gx, bit in enumerate(row):
                    if bit == "1":
                        for dy in range(scale):
                            for dx in range(scale):
                                canvas[y + gy * scale + dy][x + gx * scale + dx] = INK
        x += 4 * scale


def bar_chart_png(counts: Sequence[int], *, bar: int = 36, gap: int = 14, plot: int = 120) -> bytes:
    """Bars for moods 1..n with the count above each bar and the mood number below."""
    scale = 2
    label_h = 5 * scale + 6
    width = gap + len(counts) * (bar + gap)
    height = label_h + plot + label_h
    canvas = [[BACKGROUND] * width for _ in range(height)]
    top = max(max(counts, default=0), 1)
    base = label_h + plot
    for i, count in enumerate(counts):
        x0 = gap + i * (bar + gap)
        h = round(plot * count / top)
        colour = MOOD_COLOURS[i % len(MOOD_COLOURS)]
        for y in range(base - h, base):
            canvas[y][x0 : x0 + bar] = [colour] * bar
        digits = str(count)
        _text(
            canvas, x0 + (bar - len(digits) * 4 * scale) // 2, base - h - label_h + 3, digits, scale
        )
        _text(canvas, x0 + (bar - 3 * scale) // 2, base + 4, str(i + 1), scale)
    canvas[base][gap // 2 : width - gap // 2] = [INK] * (width - gap // 2 * 2)
    return encode_png(canvas)


def text_chart(counts: Sequence[int], width: int = 20) -> str:
    top = max(max(counts, default=0), 1)
    lines = []
    for i, count in enumerate(counts):
        filled = round(width * count / top)
        lines.append(f"{i + 1} | {'█' * filled}{' ' if filled else ''}{count}")
    return "\n".join(lines)


def alt_text(counts: Sequence[int]) -> str:
    parts = ", ".join(f"mood {i + 1}: {c}" for i, c in enumerate(counts))
    return f"Bar chart of check-in moods from 1 (rough) to 5 (good): {parts}."
