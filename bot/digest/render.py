"""The digest as organizers see it: one image of six small panels and a short text, from a
:class:`~bot.digest.store.DigestData` of counts. Pure: no database, no names.

**Privacy.** Every count of members, requests, cases or alerts between 1 and ``FLOOR - 1`` is
written "fewer than 3" and drawn as a hatched bar labelled "<3", never at its height; an
average, median or worst time over fewer than ``FLOOR`` people is not shown at all (one
person's wait or mood would be readable from it). Zero is shown: nobody is picked out of
nobody. Signals are listed only when moderators kept their flag at least ``FLOOR`` times.

The panels, left to right, top to bottom: check-in participation and mood by week; new members
and how far they got in onboarding; mentor requests, matches and who still waits; moderation
cases by category and outcome; crisis alerts and the time until a person acknowledged them;
signals moderators keep overriding.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from bot.charts import panels
from bot.charts.panels import hidden, shown
from bot.charts.render import Chart, figure, png, styled, text_bars
from bot.charts.style import BLUE, GREEN, ORANGE, PURPLE, SKY_BLUE, VERMILLION
from bot.digest.store import OUTCOME_ORDER, DigestData
from bot.messages import Field, Image, Message, Section

FLOOR = 3
WIDTH, HEIGHT = 1000, 1100
#: Text and lines 20% larger than other charts: the digest is six panels shown small.
SCALE = 1.15
#: Fixed margins (no constrained layout: six panels would be measured over and over).
GRID = {"left": 0.13, "right": 0.975, "top": 0.9, "bottom": 0.07, "wspace": 0.62, "hspace": 0.62}
#: Longer signal names are cut to fit the panel's labels.
SIGNAL_CHARS = 24


def _short(name: str) -> str:
    name = name.replace("/", "/\n", 1) if len(name) > SIGNAL_CHARS // 2 else name
    return "\n".join(
        part if len(part) <= SIGNAL_CHARS else part[: SIGNAL_CHARS - 1] + "…"
        for part in name.split("\n")
    )


def _duration(minutes: float) -> str:
    if minutes < 90:
        return f"{minutes:.0f} min"
    if minutes < 48 * 60:
        return f"{minutes / 60:.1f} h"
    return f"{minutes / 1440:.1f} days"


def _period(data: DigestData) -> str:
    return f"{data.start:%d %b} – {data.end:%d %b %Y}"


# -- panels ------------------------------------------------------------------------------


def _checkins(ax: Axes, data: DigestData) -> None:
    if not any(p.answered for p in data.weeks):
        panels.empty(ax, "Check-ins", "No check-in answers in these weeks")
        return
    panels.trend(ax, data.weeks, title=f"Check-ins by week (last {len(data.weeks)})", floor=FLOOR)


def _onboarding(ax: Axes, data: DigestData) -> None:
    o = data.onboarding
    if not o.joined:
        panels.empty(ax, "New members", "Nobody joined this period")
        return
    panels.hbars(
        ax,
        ["Joined", "Started\nonboarding", "Finished\nonboarding"],
        [o.joined, o.started, o.finished],
        [BLUE, SKY_BLUE, GREEN],
        title="New members",
        xlabel="Members (count)",
        floor=FLOOR,
    )


def _mentors(ax: Axes, data: DigestData) -> None:
    m = data.mentors
    if not (m.requested or m.matched or m.waiting):
        panels.empty(ax, "Mentor requests", "No mentor requests, matches or waits")
        return
    panels.hbars(
        ax,
        ["Asked", "Matched", "Still\nwaiting"],
        [m.requested, m.matched, m.waiting],
        [BLUE, GREEN, ORANGE],
        title="Mentor requests",
        xlabel="Requests (count)",
        floor=FLOOR,
    )
    wait = _median_wait(m.match_days)
    if wait:
        ax.set_title(f"Mentor requests\nmedian wait to a match: {wait}")


def _median_wait(days: Sequence[float]) -> str | None:
    return f"{statistics.median(days):.1f} days" if len(days) >= FLOOR else None


def _cases(ax: Axes, data: DigestData) -> None:
    if not data.cases:
        panels.empty(ax, "Moderation cases", "No cases opened this period")
        return
    names = sorted({c for c, _ in data.cases}, key=lambda c: (c != "crisis", c))
    outcomes = [o for o in OUTCOME_ORDER if any(k[1] == o for k in data.cases)]
    values = [[data.cases.get((c, o), 0) for o in outcomes] for c in names]
    panels.matrix(ax, names, outcomes, values, title="Moderation cases", floor=FLOOR)


def _crisis(ax: Axes, data: DigestData) -> None:
    c = data.crisis
    title = f"Crisis alerts: {_count(c.alerts, 'none')}"
    waiting = f"still unacknowledged: {_count(c.unacknowledged, 'none')}"
    if len(c.ack_minutes) < FLOOR:
        why = "No alerts" if not c.alerts else f"Times are shown from {FLOOR} alerts"
        panels.empty(ax, f"{title}\n{waiting}", why)
    else:
        median, worst = statistics.median(c.ack_minutes), max(c.ack_minutes)
        panels.hbars(
            ax,
            ["Median", "Worst"],
            [median / 60, worst / 60],
            [BLUE, VERMILLION],
            title=f"{title}, {waiting}",
            xlabel="Hours until a person acknowledged",
            value_labels=[_duration(median), _duration(worst)],
        )
        ax.set_title(f"{title}\n{waiting}")
    if c.unacknowledged:
        ax.title.set_color(VERMILLION)


def _signals(ax: Axes, data: DigestData) -> None:
    if not data.signals:
        panels.empty(
            ax,
            "Signals moderators override",
            f"No signal was kept by moderators\n{FLOOR} or more times",
        )
        return
    panels.hbars(
        ax,
        [_short(s.name) for s in data.signals],
        [100 * s.kept / s.flagged for s in data.signals],
        [PURPLE] * len(data.signals),
        title="Signals moderators override",
        xlabel="Flags kept by moderators (%)",
        value_labels=[f"kept {s.kept} of {s.flagged}" for s in data.signals],
    )
    ax.set_xlim(0, 175)
    ax.set_xticks([0, 25, 50, 75, 100])


PANELS = (_checkins, _onboarding, _mentors, _cases, _crisis, _signals)


def digest_figure(data: DigestData) -> Figure:
    with styled():
        fig = figure(WIDTH, HEIGHT, layout=None, scale=SCALE)
        fig.suptitle(f"{data.community}: {_period(data)}", y=0.985)
        grid = fig.subplots(3, 2, gridspec_kw=GRID)
        for ax, draw in zip(grid.flat, PANELS, strict=True):
            draw(ax, data)
    return fig


# -- text ----------------------------------------------------------------------------------


def _count(n: int, zero: str = "0") -> str:
    return zero if n == 0 else shown(n, FLOOR)


def _checkin_line(data: DigestData) -> str:
    if not data.weeks or not data.weeks[-1].answered:
        return "no check-in answers this week."
    now = data.weeks[-1]
    line = f"{_count(now.answered)} members answered"
    if now.average is not None and not hidden(now.answered, FLOOR):
        line += f", average mood {now.average} of 5"
        earlier = data.weeks[-2] if len(data.weeks) > 1 else None
        if earlier and earlier.average is not None and earlier.answered >= FLOOR:
            line += f" (the week before: {earlier.average} from {earlier.answered} members)"
    return line + "."


def _mentor_line(data: DigestData) -> str:
    m = data.mentors
    line = f"{_count(m.requested)} asked, {_count(m.matched)} matched"
    wait = _median_wait(m.match_days)
    if wait:
        line += f" after a median {wait} (worst {max(m.match_days):.1f} days)"
    line += f"; {_count(m.waiting, 'nobody')} still waiting"
    if len(m.waiting_days) >= FLOOR:
        line += f", the longest for {max(m.waiting_days):.1f} days"
    return line + "."


def _case_line(data: DigestData) -> str:
    if not data.cases:
        return "no cases opened."
    by_category: dict[str, int] = {}
    by_outcome: dict[str, int] = {}
    for (name, outcome), n in data.cases.items():
        by_category[name] = by_category.get(name, 0) + n
        by_outcome[outcome] = by_outcome.get(outcome, 0) + n
    cats = ", ".join(f"{name} {_count(n)}" for name, n in sorted(by_category.items()))
    outs = ", ".join(f"{o} {_count(by_outcome[o])}" for o in OUTCOME_ORDER if o in by_outcome)
    return f"{_count(sum(by_category.values()))} opened ({cats}); {outs}."


def _crisis_line(data: DigestData) -> str:
    c = data.crisis
    line = f"{_count(c.alerts, 'none')} this period"
    if len(c.ack_minutes) >= FLOOR:
        line += (
            f"; a person acknowledged after a median {_duration(statistics.median(c.ack_minutes))}"
            f", worst {_duration(max(c.ack_minutes))}"
        )
    line += f"; still unacknowledged: {_count(c.unacknowledged, 'none')}"
    return line + (" (see /cases now)." if c.unacknowledged else ".")


def _signal_line(data: DigestData) -> str:
    if not data.signals:
        return f"none kept {FLOOR} or more times."
    return "; ".join(f"{s.name} (kept {s.kept} of {s.flagged})" for s in data.signals) + "."


def fields(data: DigestData) -> tuple[Field, ...]:
    o = data.onboarding
    return (
        Field("Check-ins", _checkin_line(data), inline=False),
        Field(
            "New members",
            f"{_count(o.joined)} joined; {_count(o.started)} started onboarding, "
            f"{_count(o.finished)} finished.",
            inline=False,
        ),
        Field("Mentor requests", _mentor_line(data), inline=False),
        Field("Moderation cases", _case_line(data), inline=False),
        Field("Crisis alerts", _crisis_line(data), inline=False),
        Field("Signals moderators keep overriding", _signal_line(data), inline=False),
    )


def alt_text(data: DigestData) -> str:
    return f"Weekly digest charts for {_period(data)}. " + " ".join(
        f"{f.name}: {f.value}" for f in fields(data)
    )


def digest_chart(data: DigestData) -> Chart:
    return Chart("weekly-digest.png", png(digest_figure(data)), alt_text(data), text_chart(data))


def text_chart(data: DigestData) -> str:
    """Check-in participation by week as text (where the platform shows no images)."""
    return text_bars([(p.label, p.answered) for p in data.weeks], floor=FLOOR)


def message(data: DigestData, *, images: bool) -> Message:
    image, sections = None, ()
    if images:
        chart = digest_chart(data)
        image = Image(chart.filename, chart.png, chart.alt_text)
    elif data.weeks:
        sections = (
            Section(text=text_chart(data), title="Members who answered check-ins, by week"),
        )
    return Message(
        title=f"Weekly digest: {data.community}",
        text=f"How the group did, {_period(data)}.",
        fields=fields(data),
        sections=sections,
        image=image,
        footer=f"Aggregates only: any count under {FLOOR} is shown as “fewer than {FLOOR}”, "
        "nobody is named. /digest weekly sends it every week, /digest off stops it.",
    )
