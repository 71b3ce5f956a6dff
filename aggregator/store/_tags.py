"""The tags room: configured tags, tag listings, and entries retagged after the rules
changed (links and their numbering: store/_links.py)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime

from sqlalchemy import select

from aggregator.config import TagConfig
from aggregator.exceptions import TagNotFoundError
from aggregator.store import _links
from aggregator.store import models as m
from aggregator.store._base import StoreBase
from aggregator.store._rows import BATCH, chunks, entry_data
from aggregator.store._upsert import having_duplicates
from aggregator.store.engine import insert_missing, lock_keys
from aggregator.types import EntryData, TagInfo


class TagRooms(StoreBase):
    """Tags: configured, listed, recomputed."""

    def sync_tags(self, tags: Sequence[TagConfig], now: datetime | None = None) -> None:
        """Record the configured tags and their titles (they exist even with no entries)."""
        now = now or datetime.now(UTC)
        with self._writing() as s:
            lock_keys(s, ["sync-tags"])
            rows = {row.slug: row for row in s.scalars(select(m.Tag))}
            for row in rows.values():
                row.configured = False
            missing = [tag for tag in tags if tag.slug not in rows]
            if missing:
                # An ingest elsewhere may be creating one of them from a category right now.
                insert_missing(
                    s,
                    m.Tag,
                    [
                        {
                            "slug": t.slug,
                            "title": t.title,
                            "configured": True,
                            "changed_at": now,
                            "last_seq": 0,
                            "entry_count": 0,
                        }
                        for t in missing
                    ],
                )
                rows.update(
                    {
                        row.slug: row
                        for row in s.scalars(select(m.Tag).where(m.Tag.slug.in_([t.slug for t in missing])))
                    }
                )
            for tag in tags:
                row = rows[tag.slug]
                if row.title != tag.title:
                    row.title, row.changed_at = tag.title, now
                row.configured = True

    def list_tags(self) -> list[TagInfo]:
        """Tags that are configured or carried by at least one entry, by slug."""
        with self._reading() as s:
            rows = s.scalars(
                select(m.Tag).where(m.Tag.configured | (m.Tag.entry_count > 0)).order_by(m.Tag.slug)
            )
            return [
                TagInfo(
                    slug=r.slug,
                    title=r.title,
                    entries=r.entry_count,
                    last_entry=r.last_entry,
                    changed_at=r.changed_at,
                )
                for r in rows
            ]

    def tag_changes(self) -> dict[str, datetime]:
        """When each configured tag's feed last changed (entries added, edited or removed)."""
        with self._reading() as s:
            return {
                slug: changed
                for slug, changed in s.execute(select(m.Tag.slug, m.Tag.changed_at).where(m.Tag.configured))
                if changed
            }

    def tag(self, slug: str) -> TagInfo:
        """Raises TagNotFoundError when no configured tag or stored entry has this slug."""
        with self._reading() as s:
            row = s.scalar(select(m.Tag).where(m.Tag.slug == slug))
            if row is None:
                raise TagNotFoundError(f"no tag {slug!r}")
            return TagInfo(
                slug=row.slug,
                title=row.title,
                entries=row.entry_count,
                last_entry=row.last_entry,
                changed_at=row.changed_at,
            )

    def iter_entries_for_tagging(self, batch: int = BATCH) -> Iterator[list[tuple[int, str, EntryData]]]:
        """Every entry, in batches of (entry id, source name, data), for retagging."""
        last_id = 0
        while True:
            with self._reading() as s:
                rows = s.execute(
                    select(m.Entry, m.Source.name)
                    .join(m.Source)
                    .where(m.Entry.id > last_id)
                    .order_by(m.Entry.id)
                    .limit(batch)
                ).all()
            if not rows:
                return
            last_id = rows[-1][0].id
            yield [(row.id, name, entry_data(row)) for row, name in rows]

    def replace_tags(
        self,
        tags_by_entry: Mapping[int, frozenset[str]],
        tag_titles: Mapping[str, str],
        category_tags: frozenset[str] = frozenset(),
    ) -> int:
        """Set the tags of the given entries (after the tag rules changed); returns how many
        entries changed tags.

        An article carried by several sources keeps the union of their tags: for it, and
        for its duplicates, tags are only ever added.
        """
        with self._writing() as s:
            lock_keys(s, ["retag"])  # workers starting together retag one at a time
            duplicate_of: dict[int, int | None] = {}
            for ids in chunks(list(tags_by_entry)):
                duplicate_of.update(
                    {
                        id_: dup
                        for id_, dup in s.execute(
                            select(m.Entry.id, m.Entry.duplicate_of).where(m.Entry.id.in_(ids))
                        )
                    }
                )
            shared = having_duplicates(s, [i for i, d in duplicate_of.items() if d is None])
            add: dict[int, set[str]] = {}
            replace: dict[int, frozenset[str]] = {}
            for id_, tags in tags_by_entry.items():
                if id_ not in duplicate_of:
                    continue
                target = duplicate_of[id_] or id_
                if duplicate_of[id_] is not None or id_ in shared:
                    add.setdefault(target, set()).update(tags)
                else:
                    replace[id_] = tags
            touched, entries = _links.set_links(
                s, add=add, replace=replace, titles=tag_titles, capped=category_tags
            )
            _links.touch_tags(s, touched, datetime.now(UTC))
            return len(entries)
