"""Queries over the community's resource layer, and the pure merge of that layer over the
organizers' file.

:func:`apply` decides what a community's directory is: the file's entries, minus those the
community retired, with re-review dates and edits applied, plus the suggestions moderators
approved (a suggestion whose URL is also in the file is shown as the file has it). Nothing here
commits; callers own the unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from bot.resources.directory import Directory, Resource
from bot.resources.models import (
    APPROVED,
    FILE,
    PENDING,
    RETIRED,
    SUGGESTED,
    ResourceEntry,
    ResourceGap,
    ResourceUpkeep,
)
from bot.resources.search import LayeredIndex, SearchIndex
from bot.storage.models import Community, Member

LIVE = (APPROVED, RETIRED)


def ident(row: Community | Member) -> int:
    """A stored row's id (never None once it was flushed, as every row handlers get is)."""
    assert row.id is not None, "row was not flushed"
    return row.id


def layer(session: Session, community: Community) -> list[ResourceEntry]:
    """The rows that change what this community's directory shows."""
    community_id = ident(community)
    return list(
        session.exec(
            select(ResourceEntry).where(
                ResourceEntry.community_id == community_id, col(ResourceEntry.status).in_(LIVE)
            )
        ).all()
    )


def layer_version(session: Session, community: Community) -> tuple[int, datetime | None]:
    """Changes whenever :func:`layer` would return something different (cache key)."""
    community_id = ident(community)
    count, latest = session.exec(
        select(func.count(), func.max(ResourceEntry.updated_at)).where(
            ResourceEntry.community_id == community_id, col(ResourceEntry.status).in_(LIVE)
        )
    ).one()
    return int(count), latest


def helped_counts(session: Session, community: Community) -> dict[str, int]:
    community_id = ident(community)
    rows = session.exec(
        select(ResourceEntry.key, ResourceEntry.helped).where(
            ResourceEntry.community_id == community_id, col(ResourceEntry.helped) > 0
        )
    ).all()
    return {key: helped for key, helped in rows}


def by_key(session: Session, community: Community, key: str) -> ResourceEntry | None:
    community_id = ident(community)
    return session.exec(
        select(ResourceEntry).where(
            ResourceEntry.community_id == community_id, ResourceEntry.key == key
        )
    ).first()


def suggestions_since(session: Session, member: Member, since: datetime) -> int:
    return session.exec(
        select(func.count()).where(
            ResourceEntry.suggested_by == ident(member),
            col(ResourceEntry.origin) == SUGGESTED,
            col(ResourceEntry.updated_at) >= since,
        )
    ).one()


def new_suggestion(community: Community, url: str, key: str, now: datetime) -> ResourceEntry:
    return ResourceEntry(
        community_id=ident(community),
        key=key,
        origin=SUGGESTED,
        status=PENDING,
        url=url,
        created_at=now,
    )


def upkeep(session: Session, community: Community) -> ResourceUpkeep:
    row = session.get(ResourceUpkeep, ident(community))
    return row or ResourceUpkeep(community_id=ident(community))


def overlay(
    session: Session, community: Community, resource: Resource, *, origin: str = FILE
) -> ResourceEntry:
    """The row for ``resource`` in this community, created (active, unedited) if missing."""
    row = by_key(session, community, resource.key)
    if row is None:
        row = ResourceEntry(
            community_id=ident(community),
            key=resource.key,
            origin=origin,
            status=APPROVED,
            url=resource.url[:500],
            title=resource.title[:200],
            summary=resource.summary[:1000],
            tags=";".join(resource.tags)[:300],
            audience=resource.audience[:40],
            region=resource.region[:8],
            source=resource.source[:200],
        )
        session.add(row)
        session.flush()
    return row


def count_gap(
    session: Session, community: Community, topic: str, *, found: bool, now: datetime
) -> None:
    """Count one search for ``topic`` that found nothing (``found`` False) or found only what
    the member said was not what they needed."""
    if not topic:
        return
    community_id = ident(community)
    gap = session.exec(
        select(ResourceGap).where(
            ResourceGap.community_id == community_id, ResourceGap.topic == topic
        )
    ).first()
    if gap is None:
        gap = ResourceGap(community_id=community_id, topic=topic)
        session.add(gap)
    if found:
        gap.not_needed += 1
    else:
        gap.nothing_found += 1
    gap.last_seen = now


def gaps(session: Session, community: Community, limit: int = 15) -> list[ResourceGap]:
    community_id = ident(community)
    total = col(ResourceGap.nothing_found) + col(ResourceGap.not_needed)
    return list(
        session.exec(
            select(ResourceGap)
            .where(ResourceGap.community_id == community_id)
            .order_by(total.desc(), col(ResourceGap.last_seen).desc())
            .limit(limit)
        ).all()
    )


def as_resource(row: ResourceEntry, reviewed: date | None = None) -> Resource:
    return Resource(
        title=row.title,
        url=row.url,
        summary=row.summary,
        source=row.source,
        last_reviewed=reviewed or row.last_reviewed or row.created_at.date(),
        tags=tuple(t for t in row.tags.split(";") if t),
        audience=row.audience,
        region=row.region,
        suggested=row.origin == SUGGESTED,
        suggested_by=row.credit,
    )


def _applied(entry: Resource, row: ResourceEntry) -> Resource:
    reviewed = max(entry.last_reviewed, row.last_reviewed or entry.last_reviewed)
    if row.edited:
        edited = as_resource(row, reviewed)
        return Resource(
            edited.title,
            entry.url,
            edited.summary,
            entry.source,
            reviewed,
            edited.tags,
            edited.audience,
            edited.region,
        )
    if reviewed == entry.last_reviewed:
        return entry
    return Resource(
        entry.title,
        entry.url,
        entry.summary,
        entry.source,
        reviewed,
        entry.tags,
        entry.audience,
        entry.region,
    )


@dataclass(slots=True)
class _Layered:
    entries: list[Resource] = field(default_factory=list)
    extra: list[Resource] = field(default_factory=list)
    hidden: set[str] = field(default_factory=set)
    swapped: dict[str, Resource] = field(default_factory=dict)


def _layer(base: Directory, rows: list[ResourceEntry]) -> _Layered:
    by_key = {row.key: row for row in rows}
    out = _Layered()
    for entry in base.entries:
        row = by_key.pop(entry.key, None)
        if row is None:
            out.entries.append(entry)
            continue
        if row.status == RETIRED:
            out.hidden.add(entry.key)
            continue
        shown = _applied(entry, row)
        out.entries.append(shown)
        if row.edited:
            out.hidden.add(entry.key)
            out.extra.append(shown)
        elif shown is not entry:
            out.swapped[entry.key] = shown
    for row in sorted(by_key.values(), key=lambda r: r.id or 0):
        if row.origin == SUGGESTED and row.status == APPROVED:
            out.entries.append(as_resource(row))
            out.extra.append(out.entries[-1])
    return out


def apply(base: Directory, rows: list[ResourceEntry]) -> Directory:
    """The community's directory: ``base`` with this community's rows applied."""
    return Directory(tuple(_layer(base, rows).entries), base.origin, sample=base.sample)


def merge(
    base: Directory, base_index: SearchIndex, rows: list[ResourceEntry]
) -> tuple[Directory, LayeredIndex]:
    """:func:`apply`, plus the community's index: ``base_index`` reused as it is, and only
    the community's own entries (edits, approved suggestions) indexed anew."""
    layered = _layer(base, rows)
    directory = Directory(tuple(layered.entries), base.origin, sample=base.sample)
    index = LayeredIndex(
        base_index, tuple(layered.extra), frozenset(layered.hidden), layered.swapped
    )
    return directory, index
