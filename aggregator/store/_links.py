"""Which entries carry which tag, and in what order they joined it.

Every link gets the next number of its tag's sequence (``tags.last_seq``). A tag feed's
current document is its last ``output.entries`` numbers, and its RFC 5005 archive pages are
fixed ranges of numbers, so an archive page never changes once the sequence has moved past
it, and a subscriber walking the archives meets every entry once. A link that stays keeps
its number; only new links take new ones.

Links always point at the *primary* copy of an article: when the same article (same
canonical URL) reaches us through several sources, the earliest seen carries the tags of
all of them, and the others are not linked at all.

Each tag keeps its number of links (``tags.entry_count``) and the newest sort date among
them (``tags.last_entry``), updated here with the links, so listing tags reads one row per
tag. Adding links adjusts them from the new rows alone; removing links recounts the tags
concerned (a rare path: tag rules changed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TypeVar

from sqlalchemy import case, delete, func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from aggregator.store import models as m
from aggregator.store.engine import insert_missing

#: Rows per IN (...) list: below SQLite's and PostgreSQL's bound-parameter limits.
BATCH = 500

T = TypeVar("T")


def set_links(s: Session, *, add: Mapping[int, Iterable[str]],
              replace: Mapping[int, Iterable[str]], titles: Mapping[str, str]
              ) -> tuple[set[int], set[int]]:
    """Link entries to tags by slug: ``add`` keeps the entries' other tags, ``replace``
    makes the given tags their only ones. Returns the ids of the tags whose set of entries
    changed, and of the entries whose set of tags did."""
    wanted_add = {entry_id: set(slugs) for entry_id, slugs in add.items()}
    wanted_replace = {entry_id: set(slugs) for entry_id, slugs in replace.items()}
    slugs = sorted({slug for group in (wanted_add, wanted_replace)
                    for tags in group.values() for slug in tags})
    ids = tag_ids(s, slugs, titles) if slugs else {}
    current = links_of(s, [*wanted_add, *wanted_replace])

    to_insert: list[tuple[int, int]] = []  # (tag id, entry id)
    to_delete: list[tuple[int, int]] = []
    for entry_id, tags in wanted_add.items():
        to_insert += [(ids[t], entry_id) for t in tags if ids[t] not in current[entry_id]]
    for entry_id, tags in wanted_replace.items():
        new = {ids[t] for t in tags}
        to_insert += [(tag_id, entry_id) for tag_id in new - current[entry_id]]
        to_delete += [(tag_id, entry_id) for tag_id in current[entry_id] - new]
    to_insert = sorted(set(to_insert), key=lambda pair: (pair[0], pair[1]))

    for chunk in chunks(to_delete):
        s.execute(delete(m.EntryTag).where(
            tuple_(m.EntryTag.tag_id, m.EntryTag.entry_id).in_(chunk)))
    if to_insert:
        rows = _numbered(s, to_insert)
        s.execute(insert(m.EntryTag), rows)
        _count_added(s, rows)
    if to_delete:
        recount_tags(s, {tag_id for tag_id, _ in to_delete})
    changes = [*to_insert, *to_delete]
    return {tag_id for tag_id, _ in changes}, {entry_id for _, entry_id in changes}


def _numbered(s: Session, pairs: Sequence[tuple[int, int]]) -> list[dict[str, int]]:
    """Rows for new links, numbered in each tag's sequence (older entries first)."""
    by_tag: dict[int, list[int]] = defaultdict(list)
    for tag_id, entry_id in pairs:
        by_tag[tag_id].append(entry_id)
    rows = []
    for tag_id, entry_ids in sorted(by_tag.items()):
        # One UPDATE ... RETURNING takes a block of numbers; on PostgreSQL the row lock it
        # holds until commit keeps two writers from taking the same numbers.
        last = s.execute(update(m.Tag).where(m.Tag.id == tag_id)
                         .values(last_seq=m.Tag.last_seq + len(entry_ids))
                         .returning(m.Tag.last_seq)).scalar_one()
        first = last - len(entry_ids) + 1
        rows += [{"tag_id": tag_id, "entry_id": entry_id, "seq": first + i}
                 for i, entry_id in enumerate(sorted(entry_ids))]
    return rows


def _count_added(s: Session, rows: Sequence[Mapping[str, int]]) -> None:
    """Add new links to their tags' counters: each tag's new links are one range of its
    sequence, read back through the (tag, seq) index for the newest sort date."""
    ranges: dict[int, list[int]] = {}
    for row in rows:
        low_high = ranges.setdefault(row["tag_id"], [row["seq"], row["seq"]])
        low_high[0], low_high[1] = min(low_high[0], row["seq"]), max(low_high[1], row["seq"])
    for tag_id, (low, high) in sorted(ranges.items()):
        newest = (select(func.max(m.Entry.sort_date))
                  .join(m.EntryTag, m.EntryTag.entry_id == m.Entry.id)
                  .where(m.EntryTag.tag_id == tag_id, m.EntryTag.seq.between(low, high))
                  .scalar_subquery())
        s.execute(update(m.Tag).where(m.Tag.id == tag_id).values(
            entry_count=m.Tag.entry_count + (high - low + 1),
            last_entry=case((m.Tag.last_entry.is_(None), newest),
                            (m.Tag.last_entry < newest, newest),
                            else_=m.Tag.last_entry)))


def recount_tags(s: Session, ids: Iterable[int]) -> None:
    """Recompute the counters of these tags from their links (O(links of the tags))."""
    for tag_id in sorted(set(ids)):
        count, newest = s.execute(select(func.count(), func.max(m.Entry.sort_date))
                                  .select_from(m.EntryTag)
                                  .join(m.Entry, m.Entry.id == m.EntryTag.entry_id)
                                  .where(m.EntryTag.tag_id == tag_id)).one()
        s.execute(update(m.Tag).where(m.Tag.id == tag_id)
                  .values(entry_count=count, last_entry=newest))


def raise_last_entry(s: Session, entry_dates: Mapping[int, datetime]) -> None:
    """Entries got a later sort date: their tags' newest date may move up."""
    for entry_id, date in sorted(entry_dates.items()):
        tags = select(m.EntryTag.tag_id).where(m.EntryTag.entry_id == entry_id)
        s.execute(update(m.Tag).where(m.Tag.id.in_(tags),
                                      m.Tag.last_entry.is_(None) | (m.Tag.last_entry < date))
                  .values(last_entry=date))


def links_of(s: Session, entry_ids: Sequence[int]) -> dict[int, set[int]]:
    """Tag ids linked to each entry."""
    current: dict[int, set[int]] = {entry_id: set() for entry_id in entry_ids}
    for chunk in chunks(list(current)):
        for tag_id, entry_id in s.execute(select(m.EntryTag.tag_id, m.EntryTag.entry_id)
                                          .where(m.EntryTag.entry_id.in_(chunk))):
            current[entry_id].add(tag_id)
    return current


def tag_ids(s: Session, slugs: Sequence[str], titles: Mapping[str, str]) -> dict[str, int]:
    """Ids of tags by slug, creating the missing ones (titled from ``titles``)."""
    ids: dict[str, int] = {}
    for chunk in chunks(slugs):
        ids.update({slug: id_ for slug, id_ in s.execute(
            select(m.Tag.slug, m.Tag.id).where(m.Tag.slug.in_(chunk)))})
    missing = [slug for slug in slugs if slug not in ids]
    if missing:
        # Another worker may be creating the same tag right now (PostgreSQL).
        insert_missing(s, m.Tag, [{"slug": slug, "title": titles.get(slug) or slug,
                                   "configured": False, "last_seq": 0, "entry_count": 0}
                                  for slug in missing])
        for chunk in chunks(missing):
            ids.update({slug: id_ for slug, id_ in s.execute(
                select(m.Tag.slug, m.Tag.id).where(m.Tag.slug.in_(chunk)))})
    return ids


def touch_tags(s: Session, ids: Iterable[int], now: datetime) -> None:
    """Record that these tags' feeds changed now."""
    for chunk in chunks(sorted(set(ids))):
        s.execute(update(m.Tag).where(m.Tag.id.in_(chunk)).values(changed_at=now))


def chunks(items: Sequence[T], size: int = BATCH) -> Iterable[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
