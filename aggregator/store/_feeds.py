"""The feeds room: what readers of a feed get. Documents of a tag, a source or every
entry, numbered for RFC 5005 archive pages; search results; the cheap versions that
conditional requests compare. Reads only."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from aggregator.exceptions import NotFoundError, SourceNotFoundError, TagNotFoundError
from aggregator.query import Query
from aggregator.store import _search
from aggregator.store import models as m
from aggregator.store._base import StoreBase
from aggregator.store._rows import BATCH, chunks, entry_of, public_url
from aggregator.types import Entry, FeedPage

#: A search checks at most this many candidates from the index (or, for a query the index
#: cannot narrow, such as one made only of -words or /regexes/, the newest entries) before
#: it answers with what it found: a bound on the work of one request.
SEARCH_EXAMINED = 20_000


class FeedRooms(StoreBase):
    """Feed documents, search and feed versions (reads only)."""

    def feed_page(self, kind: str, key: str, *, size: int, page: int | None = None) -> FeedPage:
        """A document of the feed ``kind`` ("tag", "source" or "all") named ``key``: its
        current document (``page`` None), or RFC 5005 archive page ``page`` (1 = oldest).

        Entries are numbered in the order they joined the feed; the current document holds
        the last ``size`` numbers and archive page n holds numbers (n-1)*size+1 to n*size,
        the newest page stopping where the current document starts. A page is complete once
        a newer archive page exists: from then on its entries and links stay as they are.

        Raises TagNotFoundError / SourceNotFoundError, or NotFoundError for a page that
        does not exist.
        """
        with self._reading() as s:
            last, where, number = self._sequence(s, kind, key)
            boundary = max(last - size, 0)  # numbers above it are in the current document
            archives = -(-boundary // size)  # ceiling
            if page is None:
                low, high, complete = boundary + 1, last, False
            elif 1 <= page <= archives:
                low, high = (page - 1) * size + 1, min(page * size, boundary)
                # Complete once a newer archive page exists: its range is full and its
                # next-archive link will not change either.
                complete = page * size < boundary
            else:
                raise NotFoundError(f"no archive page {page} (the feed has {archives})")
            ids = s.scalars(select(number[1]).where(*where, number[0] >= low, number[0] <= high)).all()
            entries = self._entries_by_id(s, ids, own_only=kind == "source")
            entries.sort(key=lambda e: (e.sort_date, e.id), reverse=True)
            return FeedPage(entries=tuple(entries), page=page, archives=archives, complete=complete)

    def tag_entries(self, slug: str, limit: int) -> list[Entry]:
        """The tag's last ``limit`` entries, newest first (raises TagNotFoundError)."""
        return list(self.feed_page("tag", slug, size=limit).entries)

    def source_entries(self, name: str, limit: int) -> list[Entry]:
        """The source's last ``limit`` entries, newest first (raises SourceNotFoundError)."""
        return list(self.feed_page("source", name, size=limit).entries)

    def all_entries(self, limit: int) -> list[Entry]:
        """The last ``limit`` articles of all sources, each once, newest first."""
        return list(self.feed_page("all", "all", size=limit).entries)

    def search(self, query: Query, limit: int) -> FeedPage:
        """The last ``limit`` articles to arrive that match ``query``, each once (as in the
        all feed), newest first by date. The full-text index proposes candidates, newest
        first; the query's matcher decides (store/_search.py), over at most
        ``SEARCH_EXAMINED`` candidates."""
        with self._reading() as s:
            found = list(
                itertools.islice(self._matches(s, query, first=limit + 10, examine=SEARCH_EXAMINED), limit)
            )
            entries = self._entries_by_id(s, found)
        entries.sort(key=lambda e: (e.sort_date, e.id), reverse=True)
        return FeedPage(entries=tuple(entries), page=None, archives=0)

    def matching_ids(self, query: Query) -> list[int]:
        """Every article (each once) that matches ``query``, last to arrive first, without
        bound: for ``tags --try``, not for requests."""
        with self._reading() as s:
            return list(self._matches(s, query, first=BATCH, examine=None))

    def _matches(self, s: Session, query: Query, *, first: int, examine: int | None) -> Iterator[int]:
        return _search.matches(s, query, first=first, examine=examine)

    def _sequence(self, s: Session, kind: str, key: str) -> tuple[int, list[Any], tuple[Any, Any]]:
        """(last number, filter, (number column, entry id column)) of a feed's sequence."""
        if kind == "tag":
            tag = s.execute(select(m.Tag.id, m.Tag.last_seq).where(m.Tag.slug == key)).first()
            if tag is None:
                raise TagNotFoundError(f"no tag {key!r}")
            return tag.last_seq, [m.EntryTag.tag_id == tag.id], (m.EntryTag.seq, m.EntryTag.entry_id)
        if kind == "source":
            src = s.execute(select(m.Source.id, m.Source.last_seq).where(m.Source.name == key)).first()
            if src is None:
                raise SourceNotFoundError(f"no source named {key!r}")
            return src.last_seq, [m.Entry.source_id == src.id], (m.Entry.source_seq, m.Entry.id)
        # all: every article once, numbered by id
        last = s.scalar(select(func.max(m.Entry.id))) or 0
        return last, [m.Entry.duplicate_of.is_(None)], (m.Entry.id, m.Entry.id)

    def _entries_by_id(self, s: Session, ids: Sequence[int], own_only: bool = False) -> list[Entry]:
        """Entries with their tags and, unless ``own_only``, the other sources that carried
        the same article."""
        if not ids:
            return []
        rows: dict[int, tuple[m.Entry, m.Source]] = {}
        tags: dict[int, list[str]] = {id_: [] for id_ in ids}
        also: dict[int, list[tuple[str, str | None, str | None]]] = {id_: [] for id_ in ids}
        for chunk in chunks(list(ids)):
            rows.update(
                {
                    row.id: (row, src)
                    for row, src in s.execute(
                        select(m.Entry, m.Source).join(m.Source).where(m.Entry.id.in_(chunk))
                    )
                }
            )
            for entry_id, slug in s.execute(
                select(m.EntryTag.entry_id, m.Tag.slug)
                .join(m.Tag)
                .where(m.EntryTag.entry_id.in_(chunk))
                .order_by(m.Tag.slug)
            ):
                tags[entry_id].append(slug)
            if not own_only:
                for primary, name, title, url in s.execute(
                    select(m.Entry.duplicate_of, m.Source.name, m.Source.title, m.Source.url)
                    .join(m.Source)
                    .where(m.Entry.duplicate_of.in_(chunk))
                    .order_by(m.Entry.id)
                ):
                    if primary is not None:  # always: duplicate_of IN chunk
                        also[primary].append((name, title, url))
        params = self.secret_params
        return [
            entry_of(
                *rows[id_],
                tags=tuple(tags[id_]),
                also=tuple((n, t, public_url(u, params)) for n, t, u in also[id_]),
                params=params,
            )
            for id_ in ids
            if id_ in rows
        ]

    def newest_entries(self, ids: Sequence[int], limit: int) -> list[Entry]:
        """The ``limit`` newest (by feed order: sort date, then id) of the given entries."""
        dated: list[tuple[datetime, int]] = []
        with self._reading() as s:
            for chunk in chunks(list(ids)):
                dated.extend(
                    (d, i)
                    for i, d in s.execute(select(m.Entry.id, m.Entry.sort_date).where(m.Entry.id.in_(chunk)))
                )
            newest = [id_ for _, id_ in heapq.nlargest(limit, dated)]
            return self._entries_by_id(s, newest)

    def entry_count(self) -> int:
        with self._reading() as s:
            return s.scalar(select(func.count()).select_from(m.Entry)) or 0

    def last_change(self) -> datetime | None:
        """When any stored entry last changed (every change also marks its source)."""
        with self._reading() as s:
            return s.scalar(select(func.max(m.Source.changed_at)))

    def feed_version(self, kind: str, key: str) -> tuple[object, ...]:
        """What identifies the state of a feed: its last change and its last number. Cheap:
        one indexed row. Raises TagNotFoundError / SourceNotFoundError."""
        with self._reading() as s:
            if kind == "tag":
                row = s.execute(
                    select(m.Tag.changed_at, m.Tag.last_seq, m.Tag.title).where(m.Tag.slug == key)
                ).first()
                if row is None:
                    raise TagNotFoundError(f"no tag {key!r}")
                return tuple(row)
            if kind == "source":
                row = s.execute(
                    select(m.Source.changed_at, m.Source.last_seq, m.Source.url).where(m.Source.name == key)
                ).first()
                if row is None:
                    raise SourceNotFoundError(f"no source named {key!r}")
                return tuple(row)
            return (s.scalar(select(func.max(m.Source.changed_at))), s.scalar(select(func.max(m.Entry.id))))
