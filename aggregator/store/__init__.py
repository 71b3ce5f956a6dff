"""The store: the only storage API. Takes and returns dataclasses, never rows.

One source update is one short write transaction, so readers never wait long. Claiming due
sources goes through the database (``claim_due_sources``) so that several worker processes
can share a PostgreSQL database without fetching a source twice.

The store is built of rooms, one module per concern, as mixins over ``StoreBase`` (the
engine and the sessions), like lemon24/reader's ``Storage(FeedsMixin, EntriesMixin, ...)``:

    _base.py        StoreBase: engine, sessions, the SQLite file watched
    _sources.py     sources as configured, listed, their state and health
    _claims.py      claims on sources: who fetches what, when it is due
    _ingest.py      a fetch recorded; entries upserted as _decide.py decides (pure)
    _tags.py        configured tags, listings, retagging (links: _links.py)
    _feeds.py       feed documents, archive pages, search, versions (reads only)
    _retention.py   old entries removed
    _settings.py    named settings, periodic-job claims
    _enrichments.py, _websub.py, _search.py   helpers and rooms of their features
    _rows.py        rows -> dataclasses, shared by the rooms
"""

from __future__ import annotations

from aggregator.store._base import StoreBase, database_revision, sqlite_file, upgrade_database
from aggregator.store._claims import ClaimRooms, claim_token, claimer_is_dead
from aggregator.store._feeds import SEARCH_EXAMINED, FeedRooms
from aggregator.store._heartbeat import HeartbeatRoom
from aggregator.store._ingest import IngestRooms
from aggregator.store._retention import RetentionRooms
from aggregator.store._rows import BATCH, FUTURE_TOLERANCE, SEEN_EVERY, sort_date
from aggregator.store._settings import SettingRooms
from aggregator.store._sources import SourceRooms
from aggregator.store._tags import TagRooms
from aggregator.store._websub import WebSubRooms

__all__ = [
    "BATCH",
    "FUTURE_TOLERANCE",
    "SEARCH_EXAMINED",
    "SEEN_EVERY",
    "Store",
    "claim_token",
    "claimer_is_dead",
    "database_revision",
    "sort_date",
    "sqlite_file",
    "upgrade_database",
]


class Store(
    SourceRooms,
    ClaimRooms,
    IngestRooms,
    TagRooms,
    FeedRooms,
    RetentionRooms,
    SettingRooms,
    WebSubRooms,
    HeartbeatRoom,
    StoreBase,
):
    """Entries, sources and tags in a SQL database (SQLite or PostgreSQL)."""
