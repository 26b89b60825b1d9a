"""The inverted index ranks exactly as the original scan; a community's layered view ranks
exactly as an index rebuilt over its merged directory."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.resources import store
from bot.resources.directory import load
from bot.resources.models import APPROVED, FILE, RETIRED, SUGGESTED, ResourceEntry
from bot.resources.search import Match, SearchIndex, rank

SAMPLE = load(None)
INDEX = SearchIndex(SAMPLE.entries)
WORDS = sorted({t for e in SAMPLE.entries for t in e.tags} | {"money", "grief", "sick", "zebra"})
QUERY = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
REGION = st.sampled_from([None, "US", "UK", "AU"])


def _scored(matches: list[Match]) -> list[tuple[str, date, str, float]]:
    return [(m.resource.url, m.resource.last_reviewed, m.resource.title, m.score) for m in matches]


@settings(max_examples=200, deadline=None)
@given(QUERY, REGION)
def test_index_matches_the_scan(query: str, region: str | None) -> None:
    assert _scored(INDEX.rank(query, region=region)) == _scored(
        rank(SAMPLE.entries, query, region=region)
    )
    assert _scored(INDEX.rank(query, region=region, limit=3)) == _scored(
        rank(SAMPLE.entries, query, region=region)[:3]
    )


def _rows(actions: list[tuple[int, str]]) -> list[ResourceEntry]:
    rows = []
    for number, (which, what) in enumerate(actions):
        entry = SAMPLE.entries[which]
        row = ResourceEntry(
            id=number + 1,
            community_id=1,
            key=entry.key,
            origin=FILE,
            status=APPROVED,
            url=entry.url,
            title=entry.title,
            summary=entry.summary,
            tags=";".join(entry.tags),
            region=entry.region,
            source=entry.source,
        )
        if what == "retire":
            row.status = RETIRED
        elif what == "fresh":
            row.last_reviewed = date(2027, 1, 1)
        elif what == "edit":
            row.edited, row.title, row.tags = True, "Edited entry", "money;nausea"
        rows.append(row)
    suggestion = ResourceEntry(
        id=99,
        community_id=1,
        key="0123456789",
        origin=SUGGESTED,
        status=APPROVED,
        url="https://example.org/s",
        title="Parking help",
        summary="Free parking passes",
        tags="parking;financial",
        region="GLOBAL",
        source="example.org",
    )
    return [*{r.key: r for r in rows}.values(), suggestion]


ACTIONS = st.lists(
    st.tuples(
        st.integers(0, len(SAMPLE.entries) - 1),
        st.sampled_from(["retire", "fresh", "edit", "helped"]),
    ),
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(
    ACTIONS,
    QUERY,
    REGION,
    st.dictionaries(st.sampled_from([e.key for e in SAMPLE.entries]), st.integers(0, 9)),
)
def test_layered_view_matches_a_rebuilt_index(
    actions: list[tuple[int, str]], query: str, region: str | None, helped: dict[str, int]
) -> None:
    directory, layered = store.merge(SAMPLE, INDEX, _rows(actions))
    rebuilt = SearchIndex(directory.entries)
    for limit in (None, 3):
        assert _scored(layered.rank(query, region=region, helped=helped, limit=limit)) == _scored(
            rebuilt.rank(query, region=region, helped=helped, limit=limit)
        )
