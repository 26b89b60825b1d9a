"""Charts for organizers and moderators: matplotlib on its Agg backend, rendered to PNG bytes.

The contract: every chart here is a pure function from plain data (numbers, labels, dates) to
a :class:`~bot.charts.render.Chart` (PNG bytes, alt text, and the plain-text chart for
platforms that show no images). Nothing here touches the database, the network or a display,
and nothing here sees a member's name: callers pass counts. Output is deterministic: the same
data gives the same bytes (fixed size and DPI, DejaVu fonts shipped with matplotlib, no
metadata in the file, one lock around rendering so no two threads share matplotlib's settings).
"""

from bot.charts.render import Chart

__all__ = ["Chart"]
