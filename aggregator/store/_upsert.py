"""The ingest room's statements, built once (building one costs more than running it), and
the helpers that run them: what store/_ingest.py carries out, kept apart to stay short."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from aggregator.store import _bulk, _search
from aggregator.store import models as m
from aggregator.store._decide import ChangedEntry, NewEntry
from aggregator.store._rows import ENTRIES, SOURCES, chunks

# What the store holds of the guids a fetch lists.
EXISTING = select(
    ENTRIES.c.guid,
    ENTRIES.c.id,
    ENTRIES.c.content_hash,
    ENTRIES.c.first_seen,
    ENTRIES.c.duplicate_of,
    ENTRIES.c.sort_date,
    ENTRIES.c.seen_at,
).where(ENTRIES.c.source_id == bindparam("source"), ENTRIES.c.guid.in_(bindparam("guids", expanding=True)))

# An edited entry, updated in place: executemany over the changed entries of a fetch.
UPDATE_ENTRY = update(ENTRIES).where(ENTRIES.c.id == bindparam("b_id"))
# New entries go in by executemany without RETURNING, then their ids are read back by guid:
# an INSERT ... RETURNING that must keep the rows' order runs one statement per row on SQLite
# (SQLAlchemy cannot batch it there), a third of a cold ingest's statements.
INSERT_ENTRIES = insert(ENTRIES)
_MAX_ID = f"SELECT max(id) FROM {ENTRIES.name}"
NEW_IDS = select(ENTRIES.c.guid, ENTRIES.c.id).where(
    ENTRIES.c.source_id == bindparam("source"), ENTRIES.c.guid.in_(bindparam("guids", expanding=True))
)

# "coalesce(duplicate_of, 0) = 0" rather than "duplicate_of IS NULL": nearly every entry
# is a primary, and SQLite would otherwise walk the duplicate_of index over all of them
# (10 ms a query at 16,000 entries) instead of looking the keys up.
PRIMARIES = (
    select(ENTRIES.c.dedupe_key, func.min(ENTRIES.c.id))
    .where(
        ENTRIES.c.dedupe_key.in_(bindparam("keys", expanding=True)),
        func.coalesce(ENTRIES.c.duplicate_of, 0) == 0,
        ENTRIES.c.source_id != bindparam("source"),
    )
    .group_by(ENTRIES.c.dedupe_key)
)


# The tags of a source's entries, whose feeds name the source: touched when its title changes.
# Core, built once: the ORM's UPDATE looks for Tag objects of the session to synchronize, and
# that cost a millisecond a source in a cold pass (every title is new then).
TOUCH_TAGS_OF_SOURCE = (
    update(m.table_of(m.Tag))
    .where(
        m.Tag.id.in_(
            select(m.EntryTag.tag_id).where(
                m.EntryTag.entry_id.in_(
                    select(func.coalesce(ENTRIES.c.duplicate_of, ENTRIES.c.id)).where(
                        ENTRIES.c.source_id == bindparam("source")
                    )
                )
            )
        )
    )
    .values(changed_at=bindparam("now"))
)


# A source's row as an update reads it, under the row lock (PostgreSQL).
HOLD_SOURCE = (
    select(
        SOURCES.c.id,
        SOURCES.c.name,
        SOURCES.c.url,
        SOURCES.c.claimed_by,
        SOURCES.c.disabled,
        SOURCES.c.via,
        SOURCES.c.title,
        SOURCES.c.link,
        SOURCES.c.subtitle,
        SOURCES.c.last_seq,
        SOURCES.c.entry_count,
    )
    .where(SOURCES.c.name == bindparam("name"))
    .with_for_update()
)


#: UPDATEs of a source's row by the set of columns they write, each built once (a statement's
#: cache key is computed once per statement object).
_SOURCE_UPDATES: dict[frozenset[str], Any] = {}


def update_source(conn: Connection, source_id: int, values: Mapping[str, Any]) -> None:
    """``UPDATE sources SET <values> WHERE id = source_id``, by a statement built once per set
    of columns (at the driver's level on SQLite)."""
    if _bulk.update_row(conn, SOURCES, "id", source_id, values):
        return
    columns = frozenset(values)
    statement = _SOURCE_UPDATES.get(columns)
    if statement is None:
        statement = _SOURCE_UPDATES[columns] = (
            update(SOURCES)
            .where(SOURCES.c.id == bindparam("b_id"))
            .values({c: bindparam(f"v_{c}") for c in columns})
        )
    conn.execute(statement, {"b_id": source_id, **{f"v_{c}": v for c, v in values.items()}})


@dataclass(slots=True)
class HeldSource:
    """What storing entries reads and moves of a source's row (an ORM ``Source`` has the same
    attributes): its id and name, the numbering of its entries and their count."""

    id: int
    name: str
    last_seq: int
    entry_count: int


#: SQLite's largest rowid: past it, new rows get random ones.
_LAST_ROWID = 2**63 - 1


def insert_entries(conn: Connection, source_id: int, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert a source's new entries; their ids, in the order of ``rows``.

    On SQLite the ids follow from the largest id after the insert: a table without
    AUTOINCREMENT gives each new row the largest rowid plus one, for as long as that is
    below ``_LAST_ROWID`` (only then does it pick them at random), and the write
    transaction keeps any other writer out, so the rows of one executemany are numbered
    in a row. Elsewhere (or past that bound) they are read back by guid: (source, guid) is
    unique and the write transaction holds the source's row."""
    if _bulk.insert_rows(conn, ENTRIES, rows):
        last = conn.exec_driver_sql(_MAX_ID).scalar()
        if last is not None and last < _LAST_ROWID:
            return list(range(last - len(rows) + 1, last + 1))
    else:
        conn.execute(INSERT_ENTRIES, rows)
    ids: dict[str, int] = {}
    for guids in chunks([r["guid"] for r in rows]):
        ids.update(conn.execute(NEW_IDS, {"source": source_id, "guids": list(guids)}).all())
    return [ids[r["guid"]] for r in rows]


def search_text_of(entry: NewEntry | ChangedEntry) -> str:
    """The entry's words for the search index: as the parser process computed them, else now."""
    if entry.search_text is not None:
        return entry.search_text
    values = entry.values
    return _search.search_text(values["title"], values["summary"], values["content"])


def primaries(s: Session, keys: set[str], exclude_source: int) -> dict[str, int]:
    """For each canonical URL, the earliest-seen entry of another source that has it."""
    found: dict[str, int] = {}
    conn = s.connection()
    for chunk in chunks(sorted(keys)):
        for key, id_ in conn.execute(PRIMARIES, {"keys": chunk, "source": exclude_source}):
            found[key] = id_
    return found


def having_duplicates(s: Session, ids: Sequence[int]) -> set[int]:
    """Which of these entries other sources' entries point at as their primary."""
    found: set[int] = set()
    for chunk in chunks(list(ids)):
        found.update(
            s.scalars(select(m.Entry.duplicate_of).distinct().where(m.Entry.duplicate_of.in_(chunk)))
        )
    return found
