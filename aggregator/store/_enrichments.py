"""The enrichments table: which entries' article pages are to be read, and what they gave.

Helpers of the Store (store/__init__.py), each working inside the caller's session. An entry
gets a row when it arrives at a source with ``enrich`` on; the row is due at once, then after
each failure at the time enrich.py chose, and is closed (``next_try_at`` NULL) on success or
when enrich.py gives up. The fields a page gave stay in the row: the listing says its own
older version at every fetch, and the store keeps the page's (update.py merges them in).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, bindparam, insert, select, update
from sqlalchemy.engine import Connection

from aggregator.store import models as m
from aggregator.types import EnrichmentOutcome

_ENRICHMENTS = m.table_of(m.Enrichment)
_ENTRIES = m.table_of(m.Entry)
_INSERT = insert(_ENRICHMENTS)
#: Longest error message kept.
MAX_ERROR = 500


def add_pending(conn: Connection, source_id: int, entry_ids: Sequence[int], mode: str, now: datetime) -> None:
    """New entries of a source whose article pages are to be read, due now."""
    if mode == "none" or not entry_ids:
        return
    conn.execute(
        _INSERT,
        [
            {
                "entry_id": id_,
                "source_id": source_id,
                "mode": mode,
                "tries": 0,
                "next_try_at": now,
                "error": None,
            }
            for id_ in entry_ids
        ],
    )


def due(conn: Connection, source_id: int, now: datetime, limit: int) -> list[Row[Any]]:
    """Up to ``limit`` rows of the source due by ``now``, oldest due first: entry_id, mode,
    tries, then the entry's columns."""
    e, n = _ENTRIES.c, _ENRICHMENTS.c
    query = (
        select(n.entry_id, n.mode, n.tries, _ENTRIES)
        .join(_ENTRIES, e.id == n.entry_id)
        .where(n.source_id == source_id, n.next_try_at.is_not(None), n.next_try_at <= now)
        .order_by(n.next_try_at, n.entry_id)
        .limit(limit)
    )
    return list(conn.execute(query))


def record(conn: Connection, outcomes: Iterable[EnrichmentOutcome]) -> None:
    """Close the rows of pages read, and set the next try (or none: given up) of the others."""
    n = _ENRICHMENTS.c
    for outcome in outcomes:
        row = update(_ENRICHMENTS).where(n.entry_id == outcome.entry_id)
        if outcome.entry is not None:
            conn.execute(row.values(next_try_at=None, error=None, fields=dict(outcome.fields or {})))
        else:
            conn.execute(
                row.values(
                    next_try_at=outcome.retry_at, tries=n.tries + 1, error=(outcome.error or "")[:MAX_ERROR]
                )
            )


_FIELDS = (
    select(_ENTRIES.c.guid, _ENRICHMENTS.c.fields)
    .join(_ENTRIES, _ENTRIES.c.id == _ENRICHMENTS.c.entry_id)
    .where(
        _ENRICHMENTS.c.source_id == bindparam("source"),
        _ENTRIES.c.guid.in_(bindparam("guids", expanding=True)),
        _ENRICHMENTS.c.fields.is_not(None),
    )
)


def fields_by_guid(conn: Connection, source_id: int, guids: Sequence[str]) -> dict[str, Mapping[str, Any]]:
    """What the article pages of these entries gave, for those read."""
    return {
        guid: fields
        for guid, fields in conn.execute(_FIELDS, {"source": source_id, "guids": list(guids)})
        if fields
    }
