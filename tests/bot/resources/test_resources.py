"""Resource lookup: ranking, review dates, file formats, reloading."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from bot.actions import Reply
from bot.app import Hearth
from bot.resources.directory import DirectoryError, load, parse_csv
from bot.resources.search import rank
from bot.roles import Role
from tests.bot.resources.support import resources_of, use_directory
from tests.support.recording import RecordingAdapter, only

CSV = "\n".join(
    [
        "title,url,summary,tags,audience,region,last_reviewed,source",
        "Sibling camp,https://example.org/camp,A summer camp for siblings,siblings;camp,"
        "siblings,US,2026-01-10,Camp Org",
        "Old grief group,https://example.org/grief,Grief support meetings,bereavement,"
        "parents,global,2020-01-01,Grief Org",
        "",
    ]
)


async def test_lookup_replies_with_source_and_review_date(recorder: RecordingAdapter) -> None:
    reply = only(await recorder.command("maria", "/resources nausea"), Reply)
    assert reply.ephemeral  # private by default: the search words are nobody else's business
    first = reply.message.sections[0]
    assert first.title == "Nausea and vomiting related to cancer treatment"
    assert first.url and first.url.startswith("https://")
    assert first.context == "National Cancer Institute (US) · reviewed 2026-06-01"
    assert "Sample directory" in (reply.message.footer or "")


async def test_financial_help_finds_financial_entries(recorder: RecordingAdapter) -> None:
    reply = only(await recorder.command("sam", "/resources financial help"), Reply)
    assert len(reply.message.sections) == 3
    assert all(
        "financial" in (s.text + (s.title or "")).lower() or "travel" in (s.title or "").lower()
        for s in reply.message.sections
    )


async def test_everyday_words_map_to_tags(recorder: RecordingAdapter) -> None:
    reply = only(await recorder.command("sam", "/resources help with bills"), Reply)
    assert any("Financial" in (s.title or "") for s in reply.message.sections)


async def test_nothing_found_lists_topics(recorder: RecordingAdapter) -> None:
    reply = only(await recorder.command("maria", "/resources unicorns"), Reply)
    assert reply.ephemeral and "Topics I know about" in reply.message.text


async def test_stale_entries_marked(
    tmp_path: Path, hearth: Hearth, recorder: RecordingAdapter
) -> None:
    path = tmp_path / "dir.csv"
    path.write_text(CSV)
    hearth.config.resources.directory = str(path)
    resources_of(hearth).path = path  # the file is newer than what was loaded: reloaded
    reply = only(await recorder.command("maria", "/resources grief"), Reply)
    assert (
        reply.message.sections[0].context
        == "Grief Org · reviewed 2020-01-01 · possibly out of date"
    )
    assert reply.message.footer == "From the community's resource directory."


async def test_file_change_reloads_and_broken_file_keeps_old(
    tmp_path: Path, hearth: Hearth, recorder: RecordingAdapter
) -> None:
    path = tmp_path / "dir.csv"
    path.write_text(CSV)
    use_directory(hearth, path)
    assert (
        only(await recorder.command("maria", "/resources camp"), Reply).message.sections[0].title
        == "Sibling camp"
    )
    path.write_text(CSV.replace("Sibling camp", "Sibling weekend"))
    os.utime(path, (1, 1))
    assert (
        only(await recorder.command("maria", "/resources camp"), Reply).message.sections[0].title
        == "Sibling weekend"
    )
    path.write_text("title,url\nbroken,ftp://x\n")
    os.utime(path, (2, 2))
    assert (
        only(await recorder.command("maria", "/resources camp"), Reply).message.sections[0].title
        == "Sibling weekend"
    )
    reload = only(await recorder.command("olivia", "/resources-reload", role=Role.ORGANIZER), Reply)
    assert (
        "not reloaded" in reload.message.text
        and "summary: column is missing" in reload.message.text
    )


async def test_reload_is_for_organizers(recorder: RecordingAdapter) -> None:
    reply = only(await recorder.command("maria", "/resources-reload"), Reply)
    assert "for organizers" in reply.message.text
    ok = only(await recorder.command("olivia", "/resources-reload", role=Role.ORGANIZER), Reply)
    assert ok.message.text.startswith("Reloaded 14 resources")


async def test_autocomplete_topics(hearth: Hearth, recorder: RecordingAdapter) -> None:
    topics = await hearth.autocomplete(
        recorder.actor("maria"), recorder.place(), "resources", "topic", "sib"
    )
    assert topics == ["siblings"]


def test_region_preference() -> None:
    directory = load(None)
    uk = rank(directory.entries, "bereavement", region="UK")
    assert uk[0].resource.source == "Child Bereavement UK"
    us = rank(directory.entries, "bereavement", region="US")
    assert us[0].resource.source == "The Compassionate Friends"


@pytest.mark.parametrize(
    ("row", "error"),
    [
        ("x,https://a,s,t,p,US,2026-13-01,o", "not a date"),
        ("x,ftp://a,s,t,p,US,2026-01-01,o", "must start with https://"),
        (",https://a,s,t,p,US,2026-01-01,o", "title: is missing"),
    ],
)
def test_bad_rows_named(row: str, error: str) -> None:
    header = CSV.splitlines()[0]
    with pytest.raises(DirectoryError, match=error) as info:
        parse_csv(f"{header}\n{row}\n", "d.csv")
    assert "d.csv: line 2" in str(info.value)


def test_sample_is_labelled_and_reviewed_dates_parse() -> None:
    directory = load(None)
    assert directory.sample
    assert all(isinstance(e.last_reviewed, date) for e in directory.entries)
    assert {"financial", "siblings", "bereavement", "crisis"} <= set(directory.topics())
