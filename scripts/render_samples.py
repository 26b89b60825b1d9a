"""Write a sample of each Hearth chart under docs/ from a synthetic community, so a new
organizer sees what they will get (the README shows them).

    python scripts/render_samples.py [OUTDIR]      # default: docs/

Builds the community in a throwaway in-memory SQLite database (bot.digest.synthetic), then
renders: the check-in summary (mood distribution beside the trend of the last 8 check-ins),
the weekly digest (six panels) and the moderators' open-cases chart. Deterministic: the same
Hearth version writes the same bytes.
"""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image as PILImage

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.charts.cases import category, open_cases_chart  # noqa: E402
from bot.charts.moods import summary_chart  # noqa: E402
from bot.charts.panels import TrendPoint  # noqa: E402
from bot.digest import render, store, synthetic  # noqa: E402
from bot.storage.database import Database  # noqa: E402

NOW = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)


def checkin_sample(data: store.DigestData) -> bytes:
    """The summary of the latest weekly prompt (moods spread around the week's average),
    with the seven weeks before it as its trend."""
    latest = data.weeks[-1]
    moods = [round(latest.answered * share) for share in (0.1, 0.25, 0.35, 0.2, 0.1)]
    trend = [*data.weeks[:-1], TrendPoint("this one", sum(moods), latest.average)]
    chart = summary_chart(moods, trend, "Check-in “weekly” in #general, Sun 08 Mar 18:00")
    return chart.png


def cases_sample() -> bytes:
    ages = [2, 20, 45, 90, 300, 700, 1500, 3000, 5000, 9000, 12000]
    kinds = [
        category([], crisis=True, decision="crisis"),
        *(
            category([c], crisis=False, decision="review")
            for c in (
                "abuse",
                "misinformation",
                "abuse",
                "spam",
                "privacy",
                "abuse",
                "misinformation",
                "abuse",
                "spam",
            )
        ),
        category([], crisis=False, decision="report"),
    ]
    items = [(kind, timedelta(minutes=m)) for kind, m in zip(kinds, ages, strict=True)]
    return open_cases_chart(items).png


def main(outdir: Path) -> None:
    database = Database("sqlite://")
    database.upgrade()
    with database.session() as session:
        community = synthetic.build(session, now=NOW, members=500)
        data = store.collect(
            session,
            community_id=community.id or 0,
            community=community.name,
            end=NOW,
            period=timedelta(days=7),
            weeks=8,
            floor=render.FLOOR,
        )
    outdir.mkdir(parents=True, exist_ok=True)
    samples = {
        "sample-checkin-summary.png": checkin_sample(data),
        "sample-weekly-digest.png": render.digest_chart(data).png,
        "sample-open-cases.png": cases_sample(),
    }
    for name, png in samples.items():
        small = shrink(png)
        (outdir / name).write_bytes(small)
        print(f"{outdir / name}: {len(png) // 1024} KiB as rendered, {len(small) // 1024} KiB kept")


def shrink(png: bytes) -> bytes:
    """Docs only: a 64-colour palette keeps the committed samples small (the bot sends the
    full-colour PNG)."""
    with PILImage.open(io.BytesIO(png)) as image:
        out = io.BytesIO()
        image.convert("RGB").quantize(colors=64).save(out, format="PNG", optimize=True)
        return out.getvalue()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs")
