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

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import datetime
from typing import TypeVar

from sqlalchemy import bindparam, case, delete, func, insert, select, tuple_, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from aggregator.store import models as m
from aggregator.store.engine import insert_missing
from aggregator.tag import MAX_CATEGORY_TAGS

logger = logging.getLogger(__name__)

#: Rows per IN (...) list: below SQLite's and PostgreSQL's bound-parameter limits.
BATCH = 500

T = TypeVar("T")


# Core tables and statements built once: on this hot path, the ORM's bulk statements
# re-evaluate the session's objects after each UPDATE, and building a statement costs more
# than SQLite running it.
_TAGS = m.table_of(m.Tag)
_LINKS = m.table_of(m.EntryTag)
_ENTRIES = m.table_of(m.Entry)
#: A list of entry ids, or of tag slugs.
_IDS: BindParameter[int | str] = bindparam("ids", expanding=True)
_TAKE_NUMBERS = (
    update(_TAGS)
    .where(_TAGS.c.id == bindparam("tag"))
    .values(
        last_seq=_TAGS.c.last_seq + bindparam("n"),
        entry_count=_TAGS.c.entry_count + bindparam("n"),
        last_entry=case(
            (_TAGS.c.last_entry.is_(None), bindparam("newest")),
            (_TAGS.c.last_entry < bindparam("newest"), bindparam("newest")),
            else_=_TAGS.c.last_entry,
        ),
    )
)
_LAST_SEQ = select(_TAGS.c.id, _TAGS.c.last_seq).where(_TAGS.c.id.in_(_IDS)).order_by(_TAGS.c.id)
_LINKS_OF = select(_LINKS.c.tag_id, _LINKS.c.entry_id).where(_LINKS.c.entry_id.in_(_IDS))
_TAG_IDS = select(_TAGS.c.slug, _TAGS.c.id).where(_TAGS.c.slug.in_(_IDS))
_SORT_DATES = select(_ENTRIES.c.id, _ENTRIES.c.sort_date).where(_ENTRIES.c.id.in_(_IDS))
_TOUCH = update(_TAGS).where(_TAGS.c.id.in_(_IDS)).values(changed_at=bindparam("now"))
_INSERT_LINKS = insert(_LINKS)


def set_links(
    s: Session,
    *,
    add: Mapping[int, Iterable[str]],
    replace: Mapping[int, Iterable[str]],
    titles: Mapping[str, str],
    dates: Mapping[int, datetime] | None = None,
    fresh: Iterable[int] = (),
    capped: AbstractSet[str] = frozenset(),
    source: str | None = None,
) -> tuple[set[int], set[int]]:
    """Link entries to tags by slug: ``add`` keeps the entries' other tags, ``replace``
    makes the given tags their only ones. ``dates``: the entries' sort dates when the caller
    knows them; ``fresh``: entries just inserted, known to have no link yet; ``capped``:
    slugs made from remote categories, created only within MAX_CATEGORY_TAGS (the others
    are left out; ``source`` names who sent them in the log). Returns the ids of the tags
    whose set of entries changed, and of the entries whose set of tags did."""
    # An entry with no tag to add has nothing to do here (most, where few entries match a tag).
    wanted_add = {entry_id: wanted for entry_id, slugs in add.items() if (wanted := set(slugs))}
    wanted_replace = {entry_id: set(slugs) for entry_id, slugs in replace.items()}
    slugs = sorted(
        {slug for group in (wanted_add, wanted_replace) for tags in group.values() for slug in tags}
    )
    ids = tag_ids(s, slugs, titles, capped=capped, source=source) if slugs else {}
    if len(ids) < len(slugs):  # category tags over the limit: not created, not linked
        for group in (wanted_add, wanted_replace):
            for tags in group.values():
                tags.intersection_update(ids)
    fresh = set(fresh).intersection(wanted_add.keys() | wanted_replace.keys())
    current = links_of(s, [e for e in [*wanted_add, *wanted_replace] if e not in fresh])
    for entry_id in fresh:
        current.setdefault(entry_id, set())

    to_insert: list[tuple[int, int]] = []  # (tag id, entry id)
    to_delete: list[tuple[int, int]] = []
    for entry_id, tags in wanted_add.items():
        to_insert += [(ids[t], entry_id) for t in tags if ids[t] not in current[entry_id]]
    for entry_id, tags in wanted_replace.items():
        new = {ids[t] for t in tags}
        to_insert += [(tag_id, entry_id) for tag_id in new - current[entry_id]]
        to_delete += [(tag_id, entry_id) for tag_id in current[entry_id] - new]
    to_insert = sorted(set(to_insert))

    for chunk in chunks(to_delete):
        s.execute(delete(_LINKS).where(tuple_(_LINKS.c.tag_id, _LINKS.c.entry_id).in_(chunk)))
    if to_insert:
        s.connection().execute(_INSERT_LINKS, _numbered(s, to_insert, dates or {}))
    if to_delete:
        recount_tags(s, {tag_id for tag_id, _ in to_delete})
    changes = [*to_insert, *to_delete]
    return {tag_id for tag_id, _ in changes}, {entry_id for _, entry_id in changes}


def _numbered(
    s: Session, pairs: Sequence[tuple[int, int]], dates: Mapping[int, datetime]
) -> list[dict[str, int]]:
    """Rows for new links, numbered in each tag's sequence (older entries first); each
    tag's counters (links, newest sort date) move with them."""
    by_tag: dict[int, list[int]] = defaultdict(list)
    for tag_id, entry_id in pairs:
        by_tag[tag_id].append(entry_id)
    conn = s.connection()
    unknown = sorted({e for _, e in pairs if e not in dates})
    if unknown:
        dates = dict(dates)
        for chunk in chunks(unknown):
            dates.update({id_: date for id_, date in conn.execute(_SORT_DATES, {"ids": chunk})})
    # The tags' counters are read under a row lock (PostgreSQL: two writers never take the
    # same numbers; SQLite's write transaction does the same), then moved by one
    # executemany: an UPDATE ... RETURNING per tag ran row by row, a quarter of a cold
    # ingest's statements.
    tags = sorted(by_tag)
    last: dict[int, int] = {}
    query = _LAST_SEQ.with_for_update() if conn.dialect.name == "postgresql" else _LAST_SEQ
    for chunk in chunks(tags):
        last.update(conn.execute(query, {"ids": list(chunk)}).all())
    moves, rows = [], []
    for tag_id in tags:
        entry_ids = by_tag[tag_id]
        moves.append({"tag": tag_id, "n": len(entry_ids), "newest": max(dates[e] for e in entry_ids)})
        first = last[tag_id] + 1
        rows += [
            {"tag_id": tag_id, "entry_id": entry_id, "seq": first + i}
            for i, entry_id in enumerate(sorted(entry_ids))
        ]
    if moves:
        conn.execute(_TAKE_NUMBERS, moves)
    return rows


def recount_tags(s: Session, ids: Iterable[int]) -> None:
    """Recompute the counters of these tags from their links (O(links of the tags))."""
    for tag_id in sorted(set(ids)):
        count, newest = s.execute(
            select(func.count(), func.max(m.Entry.sort_date))
            .select_from(m.EntryTag)
            .join(m.Entry, m.Entry.id == m.EntryTag.entry_id)
            .where(m.EntryTag.tag_id == tag_id)
        ).one()
        s.execute(update(m.Tag).where(m.Tag.id == tag_id).values(entry_count=count, last_entry=newest))


def raise_last_entry(s: Session, entry_dates: Mapping[int, datetime]) -> None:
    """Entries got a later sort date: their tags' newest date may move up."""
    for entry_id, date in sorted(entry_dates.items()):
        tags = select(m.EntryTag.tag_id).where(m.EntryTag.entry_id == entry_id)
        s.execute(
            update(m.Tag)
            .where(m.Tag.id.in_(tags), m.Tag.last_entry.is_(None) | (m.Tag.last_entry < date))
            .values(last_entry=date)
        )


def links_of(s: Session, entry_ids: Sequence[int]) -> dict[int, set[int]]:
    """Tag ids linked to each entry."""
    current: dict[int, set[int]] = {entry_id: set() for entry_id in entry_ids}
    conn = s.connection()
    for chunk in chunks(list(current)):
        for tag_id, entry_id in conn.execute(_LINKS_OF, {"ids": chunk}):
            current[entry_id].add(tag_id)
    return current


def tag_ids(
    s: Session,
    slugs: Sequence[str],
    titles: Mapping[str, str],
    *,
    capped: AbstractSet[str] = frozenset(),
    source: str | None = None,
) -> dict[str, int]:
    """Ids of tags by slug, creating the missing ones (titled from ``titles``); of the
    missing ones in ``capped``, only as many as MAX_CATEGORY_TAGS leaves room for (the
    others get no id)."""
    ids: dict[str, int] = {}
    conn = s.connection()
    for chunk in chunks(slugs):
        ids.update({slug: id_ for slug, id_ in conn.execute(_TAG_IDS, {"ids": chunk})})
    missing = [slug for slug in slugs if slug not in ids]
    over = [slug for slug in missing if slug in capped]
    if over:
        # A soft limit: two PostgreSQL workers creating tags at once may pass it by a few.
        room = max(
            0,
            MAX_CATEGORY_TAGS
            - (s.scalar(select(func.count()).select_from(_TAGS).where(~_TAGS.c.configured)) or 0),
        )
        refused = set(over[room:])
        if refused:
            logger.warning(
                "category tags not created, limit reached source=%s limit=%d refused=%d",
                source or "-",
                MAX_CATEGORY_TAGS,
                len(refused),
            )
            missing = [slug for slug in missing if slug not in refused]
    if missing:
        # Another worker may be creating the same tag right now (PostgreSQL).
        insert_missing(
            s,
            m.Tag,
            [
                {
                    "slug": slug,
                    "title": titles.get(slug) or slug,
                    "configured": False,
                    "last_seq": 0,
                    "entry_count": 0,
                }
                for slug in missing
            ],
        )
        for chunk in chunks(missing):
            ids.update({slug: id_ for slug, id_ in conn.execute(_TAG_IDS, {"ids": chunk})})
    return ids


def touch_tags(s: Session, ids: Iterable[int], now: datetime) -> None:
    """Record that these tags' feeds changed now."""
    conn = s.connection()
    for chunk in chunks(sorted(set(ids))):
        conn.execute(_TOUCH, {"ids": chunk, "now": now})


def chunks(items: Sequence[T], size: int = BATCH) -> Iterable[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
