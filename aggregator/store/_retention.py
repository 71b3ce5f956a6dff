"""The retention room: old entries removed in short batches, never one still shown
in a current document, still listed by its source, or lending its tags."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, aliased

from aggregator.store import _links, _search
from aggregator.store import models as m
from aggregator.store._base import StoreBase
from aggregator.store._rows import BATCH, SEEN_EVERY
from aggregator.store.engine import lock_keys

logger = logging.getLogger(__name__)


class RetentionRooms(StoreBase):
    """Old entries removed."""

    def remove_old_entries(
        self, now: datetime, *, max_age: timedelta | None, max_per_source: int | None, keep_last: int
    ) -> int:
        """Remove entries dated before ``now - max_age``, and each source's first stored
        entries beyond its last ``max_per_source``; returns how many were removed.

        Never removed: an entry in the current document of a feed (the last ``keep_last``
        numbers of its source, of the all feed, of any of its tags), one its source still
        listed at its last fetch (it would come back as new at the next), and the primary
        copy of an article another source's entry still points at (removed with the last of
        them, so no duplicate is left without the tags it lent). Archive pages keep their
        numbers and may lose entries; the feeds concerned count as changed (new versions).
        """
        if max_age is None and max_per_source is None:
            return 0
        with self._reading() as s:
            query = select(m.Source.id).where(m.Source.entry_count > 0).order_by(m.Source.id)
            if max_age is None:
                query = query.where(m.Source.entry_count > max_per_source)
            source_ids = list(s.scalars(query))
        removed = 0
        # Duplicates first: their primaries may then go in the second pass.
        for duplicates in (True, False):
            for source_id in source_ids:
                removed += self._remove_from_source(
                    source_id, now, max_age, max_per_source, keep_last, duplicates
                )
        if removed:
            logger.info("retention removed entries=%d", removed)
        return removed

    def _remove_from_source(
        self,
        source_id: int,
        now: datetime,
        max_age: timedelta | None,
        max_per_source: int | None,
        keep_last: int,
        duplicates: bool,
    ) -> int:
        removed = 0
        after_id = 0
        while True:  # one batch per transaction; ends when a batch comes back short
            # Most sources have nothing to remove: look first, without taking the write lock.
            with self._reading() as s:
                query = self._removable(
                    s, source_id, now, max_age, max_per_source, keep_last, duplicates, after_id
                )
                if query is None or s.execute(query.limit(1)).first() is None:
                    return removed
            with self._writing() as s:
                query = self._removable(
                    s, source_id, now, max_age, max_per_source, keep_last, duplicates, after_id
                )
                rows = s.execute(query).all() if query is not None else []
                if rows:
                    src = s.get(m.Source, source_id)
                    assert src is not None
                    removed += self._delete_entries(s, src, rows, now)
                    after_id = rows[-1].id
            if len(rows) < BATCH:
                return removed

    def _removable(
        self,
        s: Session,
        source_id: int,
        now: datetime,
        max_age: timedelta | None,
        max_per_source: int | None,
        keep_last: int,
        duplicates: bool,
        after_id: int,
    ) -> Any:
        """The query of the next batch of the source's entries that retention removes (None:
        the source has none): old, and shown in no current document, and no longer listed."""
        src = s.execute(
            select(m.Source.id, m.Source.last_seq, m.Source.listed_at, m.Source.entry_count).where(
                m.Source.id == source_id
            )
        ).first()
        if src is None:
            return None
        old = []
        if max_age is not None:
            old.append(m.Entry.sort_date < now - max_age)
        if max_per_source is not None and src.entry_count > max_per_source:
            # The number of its max_per_source-th newest entry: an index range of that size.
            kth = s.scalar(
                select(m.Entry.source_seq)
                .where(m.Entry.source_id == src.id)
                .order_by(m.Entry.source_seq.desc())
                .offset(max_per_source - 1)
                .limit(1)
            )
            if kth is not None:
                old.append(m.Entry.source_seq < kth)
        if not old:
            return None
        last_id = s.scalar(select(func.max(m.Entry.id))) or 0
        shown_in_tag = (
            select(m.EntryTag.entry_id)
            .join(m.Tag)
            .where(m.EntryTag.entry_id == m.Entry.id, m.EntryTag.seq > m.Tag.last_seq - keep_last)
            .exists()
        )
        query = (
            select(m.Entry.id, m.Entry.dedupe_key)
            .where(
                m.Entry.source_id == src.id,
                m.Entry.id > after_id,
                or_(*old),
                m.Entry.source_seq <= src.last_seq - keep_last,
                m.Entry.id <= last_id - keep_last,
                ~shown_in_tag,
                m.Entry.duplicate_of.is_not(None) if duplicates else m.Entry.duplicate_of.is_(None),
            )
            .order_by(m.Entry.id)
            .limit(BATCH)
        )
        if src.listed_at is not None:  # what the source still lists stays
            query = query.where(m.Entry.seen_at.is_(None) | (m.Entry.seen_at < src.listed_at - SEEN_EVERY))
        return query

    def _delete_entries(self, s: Session, src: m.Source, rows: Sequence[Any], now: datetime) -> int:
        # Ingest of the same articles elsewhere takes turns with this (see _upsert_entries).
        lock_keys(s, {r.dedupe_key for r in rows if r.dedupe_key})
        ids = [r.id for r in rows]
        links = s.execute(
            select(m.EntryTag.tag_id, m.EntryTag.entry_id, m.Entry.sort_date)
            .join(m.Entry)
            .where(m.EntryTag.entry_id.in_(ids))
        ).all()
        dup = aliased(m.Entry)
        has_duplicates = select(dup.id).where(dup.duplicate_of == m.Entry.id).exists()
        deleted = set(
            s.scalars(delete(m.Entry).where(m.Entry.id.in_(ids), ~has_duplicates).returning(m.Entry.id))
        )
        if not deleted:
            return 0
        if s.get_bind().dialect.name != "postgresql":  # there, the foreign key cascades
            _search.unindex(s, sorted(deleted))
        src.entry_count -= len(deleted)
        src.changed_at = now
        per_tag: dict[int, list[datetime]] = {}
        for tag_id, entry_id, date in links:
            if entry_id in deleted:
                per_tag.setdefault(tag_id, []).append(date)
        recount = []
        for tag_id, dates in sorted(per_tag.items()):
            tag = s.get(m.Tag, tag_id)
            assert tag is not None
            tag.entry_count -= len(dates)
            tag.changed_at = now
            if tag.last_entry is not None and max(dates) >= tag.last_entry:
                recount.append(tag_id)
        s.flush()
        _links.recount_tags(s, recount)
        return len(deleted)
