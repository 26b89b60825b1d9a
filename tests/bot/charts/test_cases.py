"""The moderators' open-cases chart: stacked bars by age and category from stored cases,
attached to /cases only when more than a few are open, as text where images are not shown."""

from __future__ import annotations

from datetime import timedelta

from bot.actions import Reply
from bot.app import Hearth
from bot.capabilities import Capabilities
from bot.charts.cases import AGES, HEIGHT, WIDTH, attachment, open_cases_figure, table
from bot.clock import FakeClock
from bot.roles import Role
from tests.bot.moderation_review.conftest import CRISIS, INSULT, MISINFO
from tests.support.charts import bar_count, decode_png
from tests.support.recording import RecordingAdapter, only

ITEMS = [
    ("abuse", timedelta(minutes=5)),
    ("crisis", timedelta(hours=2)),
    ("abuse", timedelta(days=2)),
    ("spam", timedelta(days=10)),
]


def test_one_bar_series_per_category_crisis_first() -> None:
    counts = table(ITEMS)
    assert list(counts) == ["crisis", "abuse", "spam"]
    assert counts["abuse"] == [1, 0, 1, 0, 0] and counts["spam"] == [0, 0, 0, 0, 1]
    fig = open_cases_figure(ITEMS)
    (ax,) = fig.axes
    assert bar_count(ax) == 3 * len(AGES)  # one segment per category and age (zeros included)
    assert [t.get_text() for t in ax.texts] == ["1", "1", "1", "1"]  # totals of non-empty ages
    assert ax.get_xlabel() == "Open cases (count)" and ax.get_title() == "Open cases by age (4)"
    legend = fig.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == ["crisis", "abuse", "spam"]


def test_attachment_only_beyond_a_few() -> None:
    assert attachment(ITEMS, images=True) == {}
    more = [*ITEMS, ("privacy", timedelta(hours=30))]
    image = attachment(more, images=True)["image"]
    assert decode_png(image.data) == (WIDTH, HEIGHT)
    assert "5 open cases" in image.alt_text and "crisis: 1 (1 1–24 h)" in image.alt_text
    (section,) = attachment(more, images=False)["sections"]
    assert section.text.splitlines()[2] == "1–3 days    | ████████████████████ 2"


async def _open_cases(rec: RecordingAdapter, clock: FakeClock) -> None:
    for i, text in enumerate([INSULT, MISINFO, INSULT, MISINFO, CRISIS]):
        await rec.say(f"parent{i}", text)
        clock.advance(hours=5)


async def test_cases_command_attaches_the_chart(config, database, clock: FakeClock) -> None:
    hearth = Hearth(
        config, database, clock=clock, features=["bot.moderation_review.feature:ModerationFeature"]
    )
    rec = RecordingAdapter(hearth)
    await _open_cases(rec, clock)
    reply = only(await rec.command("alex", "/cases", role=Role.MODERATOR), Reply)
    assert reply.message.title == "Open cases (5)"
    image = reply.message.image
    assert image is not None and decode_png(image.data) == (WIDTH, HEIGHT)
    assert "crisis: 1 (1 1–24 h)" in image.alt_text and "abuse: 2" in image.alt_text


async def test_cases_command_text_chart_without_images(config, database, clock: FakeClock) -> None:
    hearth = Hearth(
        config, database, clock=clock, features=["bot.moderation_review.feature:ModerationFeature"]
    )
    rec = RecordingAdapter(hearth, capabilities=Capabilities(images=False))
    await _open_cases(rec, clock)
    message = only(await rec.command("alex", "/cases", role=Role.MODERATOR), Reply).message
    assert message.image is None
    assert message.sections[0].title == "Open cases by age"
    assert "1–24 h      | " in message.plain()
