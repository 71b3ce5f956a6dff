"""Rows become dataclasses here, and entries' values become rows: shared by the rooms
of the store. No session is opened here."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Row

from aggregator.redact import DEFAULT_SECRET_PARAMS, redact_text, redact_url
from aggregator.store import models as m
from aggregator.types import Enclosure, Entry, EntryData, SourceInfo, SourceState

ENTRIES = m.table_of(m.Entry)

SOURCES = m.table_of(m.Source)

#: Rows per IN (...) list: below SQLite's and PostgreSQL's bound-parameter limits.
BATCH = 500

#: An entry's seen_at is refreshed when a fetch lists it and it is older than this: at most
#: one write per listed entry and day, and retention still knows what a source lists.
SEEN_EVERY = timedelta(days=1)

#: Dates further ahead than this are not trusted for ordering (a feed dated 2099 would
#: otherwise stay on top forever): such entries sort by when we first saw them.
FUTURE_TOLERANCE = timedelta(days=1)

T = TypeVar("T")


def sort_date(data: EntryData, first_seen: datetime) -> datetime:
    """Published, else updated, else first seen; a date in the future is not trusted."""
    date = data.published or data.updated
    if date is None or date > first_seen + FUTURE_TOLERANCE:
        return first_seen
    return date


def entry_values(data: EntryData, now: datetime, first_seen: datetime | None = None) -> dict[str, Any]:
    return {
        "url": data.url,
        "title": data.title,
        "summary": data.summary,
        "content": data.content,
        "author": data.author,
        "published": data.published,
        "updated": data.updated,
        "categories": list(data.categories),
        "enclosures": [[e.url, e.type, e.length] for e in data.enclosures],
        "content_hash": data.content_hash,
        "dedupe_key": data.dedupe_key,
        "changed_at": now,
        "sort_date": sort_date(data, first_seen or now),
    }


def entry_data(row: m.Entry | Row[Any]) -> EntryData:
    """An entry's data from its ORM row or a Core row with its columns."""
    return EntryData(
        guid=row.guid,
        url=row.url,
        title=row.title,
        summary=row.summary,
        content=row.content,
        author=row.author,
        published=row.published,
        updated=row.updated,
        categories=tuple(row.categories or ()),
        enclosures=tuple(Enclosure(url=u, type=t, length=n) for u, t, n in row.enclosures or ()),
        content_hash=row.content_hash,
        dedupe_key=row.dedupe_key,
    )


def entry_of(
    row: m.Entry,
    src: m.Source,
    tags: tuple[str, ...],
    also: tuple[tuple[str, str | None, str | None], ...] = (),
    params: frozenset[str] = DEFAULT_SECRET_PARAMS,
) -> Entry:
    return Entry(
        id=row.id,
        source=src.name,
        data=entry_data(row),
        first_seen=row.first_seen,
        changed_at=row.changed_at,
        sort_date=row.sort_date,
        tags=tags,
        source_title=src.title,
        source_link=public_url(src.link, params),
        source_url=public_url(src.url, params),
        also_from=also,
    )


def public_url(url: str | None, params: frozenset[str]) -> str | None:
    """A source URL as it may be shown: without userinfo and secret parameters."""
    return redact_url(url, params) if url else url


def source_state_of(row: m.Source | Row[*tuple[Any, ...]], claimed_by: str | None = None) -> SourceState:
    """A source's state from its ORM object or a row of its columns; ``claimed_by``: the
    claim just taken (a row read before it was marked)."""
    return SourceState(
        name=row.name,
        url=row.url,
        type=row.type,
        etag=row.etag,
        last_modified=row.last_modified,
        failures=row.failures,
        last_success=row.last_success_at,
        next_fetch=row.next_fetch_at,
        via=row.via,
        created_at=row.created_at,
        feed_ttl=timedelta(seconds=row.feed_ttl) if row.feed_ttl else None,
        claimed_by=claimed_by or row.claimed_by,
        body_hash=row.body_hash,
    )


def source_info_of(row: m.Source, entries: int, params: frozenset[str] = DEFAULT_SECRET_PARAMS) -> SourceInfo:
    return SourceInfo(
        name=row.name,
        url=redact_url(row.url, params),
        type=row.type,
        tags=(),
        entries=entries,
        error=redact_text(row.error, params) if row.error else row.error,
        failures=row.failures,
        last_fetch=row.last_fetch_at,
        last_success=row.last_success_at,
        next_fetch=row.next_fetch_at if row.active and not row.disabled else None,
        disabled=row.disabled,
        status=row.last_status,
        title=row.title,
        link=public_url(row.link, params),
        via=public_url(row.via, params),
        changed_at=row.changed_at,
        created_at=row.created_at,
        warning=row.warning,
    )


def chunks(items: Sequence[T], size: int = BATCH) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
