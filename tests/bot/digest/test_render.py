"""The digest image and text from counts: six panels with the expected marks, a PNG of the
promised size, and the small-count rule (never a count of 1 or 2, never a median of fewer than
three people, never a name)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.charts.panels import TrendPoint
from bot.digest import render
from bot.digest.store import Crisis, DigestData, Mentors, Onboarding, Signal
from tests.support.charts import bar_count, decode_png, hatched, panels

END = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)
WEEKS = tuple(TrendPoint(f"w{i}", n, 3.0 + i / 10) for i, n in enumerate([9, 8, 2, 7, 6, 5, 4, 1]))
FULL = DigestData(
    community="Sunflower parents",
    start=END - timedelta(days=7),
    end=END,
    weeks=WEEKS,
    onboarding=Onboarding(joined=7, started=5, finished=2),
    mentors=Mentors(
        requested=4, matched=3, waiting=1, match_days=(1.0, 2.5, 4.0), waiting_days=(6.0,)
    ),
    cases={("abuse", "hidden"): 5, ("abuse", "kept"): 1, ("spam", "open"): 3},
    crisis=Crisis(alerts=4, ack_minutes=(5.0, 12.0, 30.0, 200.0), unacknowledged=0),
    signals=(Signal("misinformation/cure-claim", 10, 7), Signal("abuse/insult", 30, 3)),
)
SMALL = DigestData(
    community="Sunflower parents",
    start=END - timedelta(days=7),
    end=END,
    weeks=WEEKS,
    onboarding=Onboarding(joined=2, started=1, finished=0),
    mentors=Mentors(requested=1, matched=1, waiting=0, match_days=(3.0,)),
    cases={("abuse", "warned"): 1},
    crisis=Crisis(alerts=2, ack_minutes=(4.0, 90.0), unacknowledged=1),
)


def test_six_panels_with_their_marks() -> None:
    fig = render.digest_figure(FULL)
    assert panels(fig) == 6
    checkins, onboarding, mentors, cases, crisis, signals, mood = fig.axes
    assert bar_count(checkins) == 8 and len(mood.lines) == 1
    assert hatched(checkins) == 2  # weeks with 2 and 1 answers: drawn at the floor, "<3"
    ys = list(mood.lines[0].get_ydata())
    assert ys[2] != ys[2] and ys[7] != ys[7]  # no average over fewer than 3 answers
    assert bar_count(onboarding) == 3 and hatched(onboarding) == 1
    assert [t.get_text() for t in onboarding.texts] == ["7", "5", "<3"]
    assert bar_count(mentors) == 3 and "median wait to a match: 2.5 days" in mentors.get_title()
    assert len(cases.collections) == 1  # one mesh of cells
    cells = [t.get_text() for t in cases.texts]
    assert len(cells) == 2 * 3 and "<3" in cells and "5" in cells and "1" not in cells
    assert bar_count(crisis) == 2 and [t.get_text() for t in crisis.texts] == ["21 min", "3.3 h"]
    assert bar_count(signals) == 2
    assert [t.get_text() for t in signals.texts] == ["kept 7 of 10", "kept 3 of 30"]


def test_png_decodes_at_the_promised_size() -> None:
    chart = render.digest_chart(FULL)
    assert decode_png(chart.png) == (render.WIDTH, render.HEIGHT)
    assert render.digest_chart(FULL).png == chart.png
    assert "Crisis alerts: 4 this period" in chart.alt_text


def test_small_counts_never_shown() -> None:
    message = render.message(SMALL, images=False)
    text = message.plain()
    assert "New members: fewer than 3 joined; fewer than 3 started onboarding, 0 finished." in text
    assert (
        "Mentor requests: fewer than 3 asked, fewer than 3 matched; nobody still waiting." in text
    )
    assert "median" not in text and "3.0 days" not in text  # one person's wait
    assert (
        "Moderation cases: fewer than 3 opened (abuse fewer than 3); warned fewer than 3." in text
    )
    assert "Crisis alerts: fewer than 3 this period; still unacknowledged: fewer than 3" in text
    assert "90" not in text and "1.5 h" not in text
    for digit in ("1 ", "2 "):
        assert f": {digit}" not in text
    assert "w2 | " in message.sections[0].text and "<3" in message.sections[0].text
    fig = render.digest_figure(SMALL)
    crisis = fig.axes[4]
    assert not crisis.axison and "Times are shown from 3 alerts" in crisis.texts[0].get_text()
    assert [t.get_text() for t in fig.axes[1].texts] == ["<3", "<3", "0"]


def test_empty_community_renders() -> None:
    empty = DigestData(community="New group", start=END - timedelta(days=7), end=END)
    fig = render.digest_figure(empty)
    assert panels(fig) == 6 and not any(ax.axison for ax in fig.axes)
    assert decode_png(render.digest_chart(empty).png) == (render.WIDTH, render.HEIGHT)
    assert "no check-in answers this week" in render.message(empty, images=True).plain()
