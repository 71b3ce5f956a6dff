"""The store: the only storage API. Takes and returns dataclasses, never rows.

One source update is one short write transaction, so readers never wait long. Claiming due
sources goes through the database (``claim_due_sources``) so that several worker processes
can share a PostgreSQL database without fetching a source twice.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import os
import secrets
import socket
import stat
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, aliased, sessionmaker

from aggregator.config import SourceConfig, TagConfig
from aggregator.exceptions import (
    ClaimLostError,
    NotFoundError,
    SourceNotFoundError,
    StorageError,
    TagNotFoundError,
)
from aggregator.query import Query
from aggregator.redact import DEFAULT_SECRET_PARAMS, redact_text, redact_url
from aggregator.store import _enrichments, _links, _migrate, _search
from aggregator.store import models as m
from aggregator.store._heartbeat import HeartbeatRoom
from aggregator.store._websub import WebSubRooms
from aggregator.store.engine import (
    SQLITE_BUSY_TIMEOUT_MS,
    insert_missing,
    lock_keys,
    make_engine,
    writer,
)
from aggregator.types import (
    Enclosure,
    EnrichmentOutcome,
    EnrichmentTask,
    Entry,
    EntryData,
    FeedPage,
    SourceHealth,
    SourceInfo,
    SourceState,
    SourceUpdate,
    StoreResult,
    TaggedEntry,
    TagInfo,
)

logger = logging.getLogger(__name__)

_ENTRIES = m.Entry.__table__
_SOURCES = m.Source.__table__
# Statements of the ingest path, built once (building one costs more than running it).
_EXISTING = (select(_ENTRIES.c.guid, _ENTRIES.c.id, _ENTRIES.c.content_hash,
                    _ENTRIES.c.first_seen, _ENTRIES.c.duplicate_of, _ENTRIES.c.sort_date,
                    _ENTRIES.c.seen_at)
             .where(_ENTRIES.c.source_id == bindparam("source"),
                    _ENTRIES.c.guid.in_(bindparam("guids", expanding=True))))
_INSERT_ENTRIES = insert(_ENTRIES).returning(_ENTRIES.c.id, sort_by_parameter_order=True)
# "coalesce(duplicate_of, 0) = 0" rather than "duplicate_of IS NULL": nearly every entry
# is a primary, and SQLite would otherwise walk the duplicate_of index over all of them
# (10 ms a query at 16,000 entries) instead of looking the keys up.
_PRIMARIES = (select(_ENTRIES.c.dedupe_key, func.min(_ENTRIES.c.id))
              .where(_ENTRIES.c.dedupe_key.in_(bindparam("keys", expanding=True)),
                     func.coalesce(_ENTRIES.c.duplicate_of, 0) == 0,
                     _ENTRIES.c.source_id != bindparam("source"))
              .group_by(_ENTRIES.c.dedupe_key))
_ENTRY_DATE = func.coalesce(_ENTRIES.c.published, _ENTRIES.c.updated)
_RECENT_DATES = (select(_ENTRY_DATE)
                 .where(_ENTRIES.c.source_id == select(m.Source.id)
                        .where(m.Source.name == bindparam("name")).scalar_subquery(),
                        _ENTRY_DATE.is_not(None))
                 .order_by(_ENTRIES.c.sort_date.desc(), _ENTRIES.c.id.desc())
                 .limit(bindparam("limit")))

#: Rows per IN (...) list: below SQLite's and PostgreSQL's bound-parameter limits.
BATCH = 500
#: An entry's seen_at is refreshed when a fetch lists it and it is older than this: at most
#: one write per listed entry and day, and retention still knows what a source lists.
SEEN_EVERY = timedelta(days=1)
#: A search checks at most this many candidates from the index (or, for a query the index
#: cannot narrow, such as one made only of -words or /regexes/, the newest entries) before
#: it answers with what it found: a bound on the work of one request.
SEARCH_EXAMINED = 20_000
#: Dates further ahead than this are not trusted for ordering (a feed dated 2099 would
#: otherwise stay on top forever): such entries sort by when we first saw them.
FUTURE_TOLERANCE = timedelta(days=1)

T = TypeVar("T")


class Store(WebSubRooms, HeartbeatRoom):
    """Entries, sources and tags in a SQL database (SQLite or PostgreSQL)."""

    def __init__(self, url: str, *, migrate: bool = True,
                 secret_params: frozenset[str] = DEFAULT_SECRET_PARAMS,
                 **engine_options: Any) -> None:
        """Open the database at ``url``, migrating its schema to the current revision unless
        ``migrate`` is False (then a database not at that revision is refused).

        ``secret_params``: query parameters cut, with userinfo, from every source URL and
        error the store hands out for display (``Entry``, ``SourceInfo``; redact.py). Only
        ``SourceState``, what the fetcher reads, keeps the whole URL."""
        #: Set anew on a configuration reload ([fetch] secret_params).
        self.secret_params = secret_params
        try:
            self.engine = make_engine(url, **engine_options)
            if not _migrate.at_head(self.engine):
                if migrate:
                    _migrate.upgrade(self.engine)
                else:
                    self._check_revision(url)
        except SQLAlchemyError as e:
            raise StorageError(f"cannot open the database {_safe_url(url)}: {e}") from e
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer(self.engine), expire_on_commit=False)
        # SQLite has one writer at a time: this process's threads queue here, handed the
        # turn at once, rather than in SQLite's busy handler, which polls with sleeps of
        # up to 100 ms (a third of a warm 8-thread pass went to those sleeps).
        self._write_turn = threading.Lock() if self.engine.dialect.name == "sqlite" else None
        self.dialect = self.engine.dialect.name
        #: The SQLite file, and its (device, inode) when opened: a file deleted or replaced
        #: under the running process is noticed (see _check_file).
        self.file = sqlite_file(url)
        self._identity = _identity(self.file) if self.file else None
        self._file_lock = threading.Lock()
        #: Why the database file cannot be used now ("gone"), None when it can.
        self.file_problem: str | None = None
        #: Times the SQLite file was found replaced and the connections reopened on it.
        self.reopened = 0
        #: Write transactions that failed since start, and the last one's error while
        #: writes keep failing (None once one succeeds): a full disk, a read-only file.
        self.write_failures = 0
        self.write_error: str | None = None

    def close(self) -> None:
        self.engine.dispose()

    def _check_file(self) -> None:
        """Refuse to work on a SQLite file that is gone, and reopen one that was replaced.

        The connections keep the file they opened: deleted, fetches would go on writing
        into a file nobody can reach, all lost at restart; replaced (restored from a
        backup), reads would keep showing the old one. The path is compared, by device and
        inode, with the file opened; a stat per transaction."""
        if self.file is None:
            return
        identity = _identity(self.file)
        if identity == self._identity:
            if self.file_problem is not None:
                self._file_back()
            return
        with self._file_lock:
            if identity is None:
                if self.file_problem is None:
                    logger.error("database file gone, refusing to work on the copy still open "
                                 "path=%s", self.file)
                    self.file_problem = "gone"
                raise StorageError(f"the database file {self.file} is gone (deleted or moved "
                                   "away): put it back, or restart to begin a new one")
            if identity != self._identity:
                # Connections on the old file are dropped; new ones open the one there now.
                logger.warning("database file replaced, reopening it path=%s", self.file)
                self._reopen()
                self._identity = identity
                self.reopened += 1
            if self.file_problem is not None:
                self._file_back()

    def _reopen(self) -> None:
        """Close the connections on the old file, and move its write-ahead log aside.

        SQLite keeps the -wal and -shm files of a file deleted or renamed under it (it
        will not checkpoint into a file that moved); left beside the new file, its frames
        would be replayed into it and corrupt it. Only the ones this process had open are
        moved (a new file's own log, opened by another process, is left alone), renamed
        ``<name>-wal.stale-<time>`` rather than deleted."""
        assert self.file is not None
        ours = {path: _open_identities(path) for path in (f"{self.file}-wal", f"{self.file}-shm")}
        self.engine.dispose()
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        for path, identities in ours.items():
            if identities and _identity(path) in identities:
                os.replace(path, f"{path}.stale-{stamp}")
                logger.warning("write-ahead file of the old database moved aside path=%s",
                               f"{path}.stale-{stamp}")

    def _file_back(self) -> None:
        logger.info("database file back path=%s", self.file)
        # Writes were refused because of it, without trying: nothing else known against them.
        self.file_problem = self.write_error = None

    def _write_failed(self, error: Exception) -> None:
        self.write_failures += 1
        self.write_error = str(error).splitlines()[0][:300] if str(error) else repr(error)

    def _check_revision(self, url: str) -> None:
        found, needed = _migrate.current(self.engine), _migrate.head()
        if found != needed:
            self.engine.dispose()
            raise StorageError(
                f"the database {_safe_url(url)} is at schema revision {found or '(none)'}, this "
                f"version needs {needed}: run `aggregator db upgrade` (or set "
                "[database] migrate = true)")

    # -- sessions ---------------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        self._check_file()
        try:
            with self._read() as session:
                try:
                    yield session
                except BaseException:
                    self._discard(session)
                    raise
        except SQLAlchemyError as e:
            raise StorageError(f"database read failed: {e}") from e

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        try:
            self._check_file()
        except StorageError as e:
            self._write_failed(e)
            raise
        turn = self._write_turn
        if turn is not None and not turn.acquire(timeout=SQLITE_BUSY_TIMEOUT_MS / 1000):
            raise StorageError("database write failed: another thread of this process held "
                               "the database for too long; is a pass stuck?")
        try:
            with self._write() as session, session.begin():
                try:
                    yield session
                except BaseException:
                    self._discard(session)
                    raise
        except SQLAlchemyError as e:
            self._write_failed(e)
            raise StorageError(f"database write failed: {e}") from e
        else:
            self.write_error = None
        finally:
            if turn is not None:
                turn.release()

    def _discard(self, session: Session) -> None:
        """Drop the connection of a session that failed midway.

        Since Python 3.11, sqlite3 keeps a half-read SELECT alive across ROLLBACK; its stale
        read snapshot then makes the connection's next write fail at once with "database is
        locked". Closing the connection ends it.
        """
        if self.dialect == "sqlite" and session.in_transaction():
            session.connection().invalidate()

    def ping(self) -> bool:
        """True when the database answers."""
        try:
            with self._reading() as s:
                s.execute(select(1))
            return True
        except StorageError:
            return False

    # -- configuration ----------------------------------------------------------------------

    def sync_sources(self, sources: Sequence[SourceConfig], now: datetime) -> None:
        """Make the sources table match the configuration, keyed by name.

        A new source is due at once. A changed URL in the config replaces the stored one (even
        one learned from a permanent redirect) and keeps the entries. Sources no longer in the
        config stop being polled; their entries stay.
        """
        with self._writing() as s:
            # Workers starting together all sync the same configuration: one at a time, so
            # the next finds the sources the first inserted.
            lock_keys(s, ["sync-sources"])
            existing = {row.name: row for row in s.scalars(select(m.Source))}
            for cfg in sources:
                row = existing.pop(cfg.name, None)
                if row is None:
                    s.add(m.Source(name=cfg.name, url=cfg.url, config_url=cfg.url, type=cfg.type,
                                   active=True, disabled=False, failures=0,
                                   next_fetch_at=now, created_at=now))
                    continue
                if row.config_url != cfg.url:
                    logger.info("source url changed in config source=%s url=%s", cfg.name, cfg.url)
                    row.url = row.config_url = cfg.url
                    row.etag = row.last_modified = row.via = row.body_hash = None
                    row.disabled = False
                    row.next_fetch_at = now
                if row.type != cfg.type:
                    row.type = cfg.type
                    row.etag = row.last_modified = row.via = row.body_hash = None
                    row.next_fetch_at = now
                if not row.active:
                    row.active = True
                    row.next_fetch_at = now
            for row in existing.values():
                row.active = False

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
                insert_missing(s, m.Tag, [{"slug": t.slug, "title": t.title, "configured": True,
                                           "changed_at": now, "last_seq": 0, "entry_count": 0}
                                          for t in missing])
                rows.update({row.slug: row for row in s.scalars(
                    select(m.Tag).where(m.Tag.slug.in_([t.slug for t in missing])))})
            for tag in tags:
                row = rows[tag.slug]
                if row.title != tag.title:
                    row.title, row.changed_at = tag.title, now
                row.configured = True

    def get_setting(self, key: str) -> str | None:
        with self._reading() as s:
            return s.scalar(select(m.Setting.value).where(m.Setting.key == key))

    def set_setting(self, key: str, value: str) -> None:
        with self._writing() as s:
            # Processes starting together all set the same settings: the first insert wins,
            # the others wait for it, then update.
            insert_missing(s, m.Setting, [{"key": key, "value": value}])
            s.execute(update(m.Setting).where(m.Setting.key == key).values(value=value))

    # -- scheduling -------------------------------------------------------------------------

    def claim_due_sources(self, now: datetime, *, limit: int, lease: timedelta,
                          names: Iterable[str] | None = None,
                          due_only: bool = True, claimer: str | None = None
                          ) -> list[SourceState]:
        """Claim up to ``limit`` sources for fetching, for ``lease``, and return them.

        A claimed source is not handed out again until ``apply_update`` releases it or the
        lease expires (its worker died). ``names`` restricts the claim to those sources;
        ``due_only=False`` claims them whatever their next fetch time (``aggregator fetch``).
        ``claimer`` identifies the worker (``claim_token()``; a new one when None): the
        result of the fetch is applied only while the claim is still its own.

        On PostgreSQL, ``FOR UPDATE SKIP LOCKED``: concurrent claimers pass over each
        other's rows instead of waiting for them or taking them twice. On SQLite the write
        transaction (BEGIN IMMEDIATE) serializes claimers.
        """
        claimer = claimer or claim_token()
        with self._writing() as s:
            query = (select(m.Source)
                     .where(m.Source.active, ~m.Source.disabled,
                            (m.Source.claimed_until.is_(None)) | (m.Source.claimed_until <= now))
                     .order_by(m.Source.next_fetch_at, m.Source.id)
                     .limit(limit))
            if due_only:
                query = query.where(m.Source.next_fetch_at <= now)
            if names is not None:
                query = query.where(m.Source.name.in_(list(names)))
            if self.dialect == "postgresql":
                query = query.with_for_update(skip_locked=True)
            rows = list(s.scalars(query))
            for row in rows:
                row.claimed_until = now + lease
                row.claimed_by = claimer
            return [_source_state(row) for row in rows]

    def requeue(self, names: Iterable[str], until: datetime,
                claimer: str | None = None) -> None:
        """Release claims taken but not started (their host is busy), due again ``until``:
        behind the sources due now, so that others get their turn."""
        self.release_claims(names, claimer=claimer, until=until)

    def release_claims(self, names: Iterable[str] | None = None, *, claimer: str | None = None,
                       until: datetime | None = None) -> int:
        """Give back claims: on the named sources, or on every source ``claimer`` holds (a
        worker stopping), so that they are fetched again at once rather than after the
        lease. With ``claimer``, only its own claims are touched. Their next fetch time is
        left as it was, or set to ``until``. Returns how many claims were released."""
        if names is None and claimer is None:
            raise ValueError("release_claims needs names or a claimer")
        values: dict[str, Any] = {"claimed_by": None, "claimed_until": None}
        if until is not None:
            values["next_fetch_at"] = until
        released = 0
        with self._writing() as s:
            chunks: Iterable[Sequence[str] | None] = [None] if names is None else _chunks(list(names))
            for chunk in chunks:
                query = update(m.Source)
                if chunk is not None:
                    query = query.where(m.Source.name.in_(chunk))
                if claimer is not None:
                    query = query.where(m.Source.claimed_by == claimer)
                result = s.execute(query.values(**values))
                released += int(getattr(result, "rowcount", 0) or 0)
        return released

    def reschedule(self, intervals: Mapping[str, timedelta], now: datetime) -> int:
        """Move the next fetch of each named source to its last fetch plus its new polling
        interval (now, if that is past), after a reload changed the interval: the fetch
        scheduled with the old one may be a day away. Left alone: sources never fetched
        (due already), failing ones (their backoff decides), claimed ones (their fetch sets
        the next time), and a time the feed itself asked for (its ``<ttl>``) that is later.
        Returns how many moved."""
        moved = 0
        with self._writing() as s:
            for chunk in _chunks(sorted(intervals)):
                rows = s.scalars(select(m.Source).where(
                    m.Source.name.in_(chunk), m.Source.active.is_(True),
                    m.Source.failures == 0, m.Source.claimed_by.is_(None),
                    m.Source.last_fetch_at.is_not(None)))
                for row in rows:
                    last = row.last_fetch_at
                    assert last is not None
                    when = last + intervals[row.name]
                    if row.feed_ttl:
                        when = max(when, last + timedelta(seconds=row.feed_ttl))
                    when = max(when, now)
                    if row.next_fetch_at != when:
                        row.next_fetch_at = when
                        moved += 1
        return moved

    def claim_holders(self, now: datetime) -> dict[str, int]:
        """Who holds claims that have not expired: claimer -> number of sources."""
        with self._reading() as s:
            return {claimer: count for claimer, count in s.execute(
                select(m.Source.claimed_by, func.count())
                .where(m.Source.claimed_by.is_not(None), m.Source.claimed_until > now)
                .group_by(m.Source.claimed_by))}

    def enable_source(self, name: str, now: datetime) -> bool:
        """Poll a disabled source again, from ``now``; False when it was not disabled.

        Raises SourceNotFoundError for a name the store does not know.
        """
        with self._writing() as s:
            row = s.scalar(select(m.Source).where(m.Source.name == name))
            if row is None:
                raise SourceNotFoundError(f"no source named {name!r}")
            if not row.disabled:
                return False
            row.disabled = False
            row.failures = 0
            row.next_fetch_at = now
            logger.info("source enabled source=%s url=%s", name, row.url)
            return True

    def recent_entry_dates(self, name: str, limit: int) -> list[datetime]:
        """The published (else updated) dates of the source's newest dated entries, newest
        first: what its publishing rhythm is read from."""
        with self._reading() as s:
            return list(s.connection().scalars(_RECENT_DATES, {"name": name, "limit": limit}))

    def next_due(self) -> datetime | None:
        """When the next active source is due (None when there is none)."""
        with self._reading() as s:
            return s.scalar(select(func.min(m.Source.next_fetch_at))
                            .where(m.Source.active, ~m.Source.disabled))

    def source_state(self, name: str) -> SourceState:
        with self._reading() as s:
            row = s.scalar(select(m.Source).where(m.Source.name == name))
            if row is None:
                raise SourceNotFoundError(f"no source named {name!r}")
            return _source_state(row)

    # -- ingest -----------------------------------------------------------------------------

    def apply_update(self, upd: SourceUpdate) -> StoreResult:
        """Record one fetch of one source and its entries, in one transaction, and release
        the source's claim.

        Entries are matched on (source, guid): a new one is inserted, a changed one (other
        content hash) updated in place keeping its id and first-seen time, an unchanged one
        left alone. Entries missing from this fetch are never deleted.
        """
        now = upd.fetched_at
        with self._writing() as s:
            if self._record_fetch_only(s, upd):
                return StoreResult()
            # The row lock orders this against a claim by another worker (PostgreSQL; on
            # SQLite the write transaction does): either the claim skips the row, or this
            # sees the new claim holder and refuses.
            src = s.scalar(select(m.Source).where(m.Source.name == upd.name).with_for_update())
            if src is None:
                raise SourceNotFoundError(f"no source named {upd.name!r}")
            if upd.claimed_by is not None and src.claimed_by != upd.claimed_by:
                raise ClaimLostError(f"source {upd.name!r} is claimed by "
                                     f"{src.claimed_by or 'no one'} now, not {upd.claimed_by}")
            src.claimed_until = None
            src.claimed_by = None
            src.last_fetch_at = now
            src.next_fetch_at = upd.next_fetch
            src.last_status = upd.status
            src.error = upd.error
            src.failures = upd.failures
            if upd.disable and not src.disabled:
                src.disabled = True
                logger.warning("source disabled source=%s url=%s status=%s; re-enable it with "
                               "`aggregator enable %s` or a new url in the configuration",
                               src.name, src.url, upd.status, src.name)
            if upd.feed is not None:
                src.feed_ttl = int(upd.feed_ttl.total_seconds()) if upd.feed_ttl else None
                src.warning = upd.warning
            if src.via != upd.via:
                logger.info("source reads %s source=%s", upd.via or "its own url", src.name)
                src.via = upd.via
            if upd.error is None:
                src.last_success_at = now
                src.etag, src.last_modified = upd.etag, upd.last_modified
            if upd.body_hash is not None:
                src.body_hash = upd.body_hash
            if upd.feed is not None:
                src.listed_at = now
            if upd.moved_to and upd.moved_to != src.url:
                logger.info("source moved permanently source=%s from=%s url=%s",
                            src.name, src.url, upd.moved_to)
                src.url = upd.moved_to
            if upd.feed is not None and (src.title, src.link, src.subtitle) != (
                    upd.feed.title, upd.feed.link, upd.feed.subtitle):
                src.title, src.link, src.subtitle = upd.feed.title, upd.feed.link, upd.feed.subtitle
                src.changed_at = now
                # Tag feeds name the source of each entry: they changed too.
                entries = select(func.coalesce(m.Entry.duplicate_of, m.Entry.id)).where(
                    m.Entry.source_id == src.id)
                s.execute(update(m.Tag).where(m.Tag.id.in_(
                    select(m.EntryTag.tag_id).where(m.EntryTag.entry_id.in_(entries))))
                    .values(changed_at=now))
            if not upd.entries:
                return StoreResult()
            result = self._upsert_entries(s, src, upd.entries, upd.tag_titles, now,
                                          enrich=upd.enrich, category_tags=upd.category_tags)
            if result.new or result.updated:
                src.changed_at = now
            return result

    @staticmethod
    def _record_fetch_only(s: Session, upd: SourceUpdate) -> bool:
        """Record a fetch that brought nothing to store (a 304, most failures) with one
        UPDATE, the commonest write of a poller. False when the update needs the full path:
        a document, a move, a 410, a changed ``via``, or a claim that is not this one."""
        if upd.feed is not None or upd.entries or upd.disable or upd.moved_to:
            return False
        src = _SOURCES.c
        values: dict[str, Any] = dict(
            claimed_until=None, claimed_by=None, last_fetch_at=upd.fetched_at,
            next_fetch_at=upd.next_fetch, last_status=upd.status, error=upd.error,
            failures=upd.failures)
        if upd.error is None:
            values.update(last_success_at=upd.fetched_at, etag=upd.etag,
                          last_modified=upd.last_modified)
        query = update(_SOURCES).where(src.name == upd.name,
                                       src.via.is_not_distinct_from(upd.via))
        if upd.claimed_by is not None:
            query = query.where(src.claimed_by == upd.claimed_by)
        return s.connection().execute(query.values(**values)).rowcount == 1

    def _upsert_entries(self, s: Session, src: m.Source, entries: Sequence[TaggedEntry],
                        tag_titles: Mapping[str, str], now: datetime,
                        enrich: str = "none",
                        category_tags: frozenset[str] = frozenset()) -> StoreResult:
        # Core statements on this path: the ORM's bulk UPDATE re-evaluates the session after
        # each statement, and its INSERT path costs more than SQLite's work itself.
        e = _ENTRIES.c
        conn = s.connection()
        existing: dict[str, Any] = {}
        for guids in _chunks([t.data.guid for t in entries]):
            for row in conn.execute(_EXISTING, {"source": src.id, "guids": guids}):
                existing[row.guid] = row

        new: list[tuple[dict[str, Any], frozenset[str]]] = []
        changed: list[tuple[int, int | None, frozenset[str]]] = []
        unchanged = 0
        seen: list[int] = []
        dates: dict[int, datetime] = {}  # sort dates of the entries whose links may move
        later: dict[int, datetime] = {}  # entries whose sort date moved up
        earlier: list[int] = []  # ... or down
        for tagged in reversed(entries):
            data = tagged.data
            found = existing.get(data.guid)
            if found is None:
                new.append((_entry_values(data, now) | {
                    "source_id": src.id, "guid": data.guid, "first_seen": now,
                    "seen_at": now}, tagged.tags))
            elif found.content_hash != data.content_hash:
                values = _entry_values(data, now, first_seen=found.first_seen)
                s.execute(update(_ENTRIES).where(e.id == found.id).values(**values, seen_at=now))
                _search.index(conn, [(found.id, values["title"], values["summary"],
                                      values["content"])])
                if found.duplicate_of is None:
                    dates[found.id] = values["sort_date"]
                changed.append((found.id, found.duplicate_of, tagged.tags))
                if values["sort_date"] > found.sort_date:
                    later[found.duplicate_of or found.id] = values["sort_date"]
                elif values["sort_date"] < found.sort_date:
                    earlier.append(found.duplicate_of or found.id)
            else:
                unchanged += 1
                if found.seen_at is None or found.seen_at < now - SEEN_EVERY:
                    seen.append(found.id)
        for ids in _chunks(seen):
            s.execute(update(_ENTRIES).where(e.id.in_(ids)).values(seen_at=now))

        # New entries are numbered oldest first: by date, and entries of the same date (all
        # the undated ones) in reverse document order, since documents list the newest first.
        new.sort(key=lambda pair: pair[0]["sort_date"])  # stable: keeps the reversed order
        new_rows = [row for row, _ in new]
        new_tags = [tags for _, tags in new]
        add: dict[int, set[str]] = {}
        replace: dict[int, frozenset[str]] = {}
        if new_rows:
            keys = {r["dedupe_key"] for r in new_rows if r["dedupe_key"]}
            # Two workers storing the same article at once would each find no primary and
            # both become one: the lock on the article's key makes the second see the first.
            lock_keys(s, keys)
            primaries = _primaries(s, keys, exclude_source=src.id)
            for row in new_rows:
                src.last_seq += 1
                row["source_seq"] = src.last_seq
                row["duplicate_of"] = primaries.get(row["dedupe_key"])
            ids = conn.execute(_INSERT_ENTRIES, new_rows).scalars().all()
            # An entry without a link has no article page to read.
            _enrichments.add_pending(conn, src.id, [id_ for id_, row in zip(ids, new_rows, strict=True)
                                                    if row["url"]], enrich, now)
            _search.index(conn, ((id_, r["title"], r["summary"], r["content"])
                                 for id_, r in zip(ids, new_rows, strict=True)))
            for id_, row, tags in zip(ids, new_rows, new_tags, strict=True):
                # A duplicate lends its tags to the earliest-seen copy of the article.
                target = row["duplicate_of"] or id_
                add.setdefault(target, set()).update(tags)
                if target == id_:
                    dates[id_] = row["sort_date"]
            src.entry_count += len(new_rows)
        with_duplicates = _having_duplicates(s, [c[0] for c in changed if c[1] is None])
        for id_, duplicate_of, tags in changed:
            if duplicate_of is not None or id_ in with_duplicates:
                add.setdefault(duplicate_of or id_, set()).update(tags)
            else:
                replace[id_] = tags
        fresh = [id_ for id_ in (ids if new_rows else ()) if id_ in dates]
        touched, _ = _links.set_links(s, add=add, replace=replace, titles=tag_titles,
                                      dates=dates, fresh=fresh, capped=category_tags,
                                      source=src.name)
        _links.raise_last_entry(s, later)
        if earlier:
            _links.recount_tags(s, {t for tags in _links.links_of(s, earlier).values()
                                    for t in tags})
        # An edited entry changes every feed it is in, not only those it joined or left.
        edited = [duplicate_of or id_ for id_, duplicate_of, _ in changed]
        touched.update(t for tags in _links.links_of(s, edited).values() for t in tags)
        _links.touch_tags(s, touched, now)
        return StoreResult(new=len(new_rows), updated=len(changed), unchanged=unchanged)

    # -- enrichment from article pages (store/_enrichments.py) ------------------------------

    def due_enrichments(self, name: str, now: datetime, limit: int) -> list[EnrichmentTask]:
        """Up to ``limit`` entries of the source whose article page is due to be read."""
        with self._reading() as s:
            source_id = s.scalar(select(m.Source.id).where(m.Source.name == name))
            if source_id is None:
                return []
            return [EnrichmentTask(entry_id=row.entry_id, mode=row.mode, tries=row.tries,
                                   data=_entry_data(row))
                    for row in _enrichments.due(s.connection(), source_id, now, limit)]

    def record_enrichments(self, name: str, outcomes: Sequence[EnrichmentOutcome],
                           tag_titles: Mapping[str, str], now: datetime) -> StoreResult:
        """Store what article pages gave (each entry updated like an edit: its feeds change)
        and when to try the others again, in one transaction."""
        if not outcomes:
            return StoreResult()
        with self._writing() as s:
            src = s.scalar(select(m.Source).where(m.Source.name == name).with_for_update())
            if src is None:
                raise SourceNotFoundError(f"no source named {name!r}")
            read = [o.entry for o in outcomes if o.entry is not None]
            result = self._upsert_entries(s, src, read, tag_titles, now) if read \
                else StoreResult()
            _enrichments.record(s.connection(), outcomes)
            if result.updated:
                src.changed_at = now
            return result

    def enrichment_fields(self, name: str, guids: Sequence[str]) -> dict[str, Mapping[str, Any]]:
        """For those of ``guids`` whose article page was read: what it gave."""
        with self._reading() as s:
            source_id = s.scalar(select(m.Source.id).where(m.Source.name == name))
            found: dict[str, Mapping[str, Any]] = {}
            for chunk in _chunks(list(guids)):
                found.update(_enrichments.fields_by_guid(s.connection(), source_id, chunk))
            return found

    def known_guids(self, name: str, guids: Sequence[str]) -> set[str]:
        """Which of ``guids`` the source already has."""
        with self._reading() as s:
            source_id = s.scalar(select(m.Source.id).where(m.Source.name == name))
            found: set[str] = set()
            for chunk in _chunks(list(guids)):
                found.update(s.scalars(select(m.Entry.guid).where(
                    m.Entry.source_id == source_id, m.Entry.guid.in_(chunk))))
            return found

    # -- retagging (after the tag rules or a source's tags change) --------------------------

    def iter_entries_for_tagging(self, batch: int = BATCH
                                 ) -> Iterator[list[tuple[int, str, EntryData]]]:
        """Every entry, in batches of (entry id, source name, data), for retagging."""
        last_id = 0
        while True:
            with self._reading() as s:
                rows = s.execute(
                    select(m.Entry, m.Source.name).join(m.Source)
                    .where(m.Entry.id > last_id).order_by(m.Entry.id).limit(batch)).all()
            if not rows:
                return
            last_id = rows[-1][0].id
            yield [(row.id, name, _entry_data(row)) for row, name in rows]

    def newest_entries(self, ids: Sequence[int], limit: int) -> list[Entry]:
        """The ``limit`` newest (by feed order: sort date, then id) of the given entries."""
        dated: list[tuple[datetime, int]] = []
        with self._reading() as s:
            for chunk in _chunks(list(ids)):
                dated.extend((d, i) for i, d in s.execute(
                    select(m.Entry.id, m.Entry.sort_date).where(m.Entry.id.in_(chunk))))
            newest = [id_ for _, id_ in heapq.nlargest(limit, dated)]
            return self._entries_by_id(s, newest)

    def replace_tags(self, tags_by_entry: Mapping[int, frozenset[str]],
                     tag_titles: Mapping[str, str],
                     category_tags: frozenset[str] = frozenset()) -> int:
        """Set the tags of the given entries (after the tag rules changed); returns how many
        entries changed tags.

        An article carried by several sources keeps the union of their tags: for it, and
        for its duplicates, tags are only ever added.
        """
        with self._writing() as s:
            lock_keys(s, ["retag"])  # workers starting together retag one at a time
            duplicate_of: dict[int, int | None] = {}
            for ids in _chunks(list(tags_by_entry)):
                duplicate_of.update({id_: dup for id_, dup in s.execute(
                    select(m.Entry.id, m.Entry.duplicate_of).where(m.Entry.id.in_(ids)))})
            shared = _having_duplicates(s, [i for i, d in duplicate_of.items() if d is None])
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
            touched, entries = _links.set_links(s, add=add, replace=replace, titles=tag_titles,
                                                capped=category_tags)
            _links.touch_tags(s, touched, datetime.now(UTC))
            return len(entries)

    # -- retention --------------------------------------------------------------------------

    def remove_old_entries(self, now: datetime, *, max_age: timedelta | None,
                           max_per_source: int | None, keep_last: int) -> int:
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
                removed += self._remove_from_source(source_id, now, max_age, max_per_source,
                                                    keep_last, duplicates)
        if removed:
            logger.info("retention removed entries=%d", removed)
        return removed

    def _remove_from_source(self, source_id: int, now: datetime, max_age: timedelta | None,
                            max_per_source: int | None, keep_last: int, duplicates: bool
                            ) -> int:
        removed = 0
        after_id = 0
        while True:  # one batch per transaction; ends when a batch comes back short
            # Most sources have nothing to remove: look first, without taking the write lock.
            with self._reading() as s:
                query = self._removable(s, source_id, now, max_age, max_per_source, keep_last,
                                        duplicates, after_id)
                if query is None or s.execute(query.limit(1)).first() is None:
                    return removed
            with self._writing() as s:
                query = self._removable(s, source_id, now, max_age, max_per_source, keep_last,
                                        duplicates, after_id)
                rows = s.execute(query).all() if query is not None else []
                if rows:
                    src = s.get(m.Source, source_id)
                    assert src is not None
                    removed += self._delete_entries(s, src, rows, now)
                    after_id = rows[-1].id
            if len(rows) < BATCH:
                return removed

    def _removable(self, s: Session, source_id: int, now: datetime, max_age: timedelta | None,
                   max_per_source: int | None, keep_last: int, duplicates: bool, after_id: int
                   ) -> Any:
        """The query of the next batch of the source's entries that retention removes (None:
        the source has none): old, and shown in no current document, and no longer listed."""
        src = s.execute(select(m.Source.id, m.Source.last_seq, m.Source.listed_at,
                               m.Source.entry_count).where(m.Source.id == source_id)).first()
        if src is None:
            return None
        old = []
        if max_age is not None:
            old.append(m.Entry.sort_date < now - max_age)
        if max_per_source is not None and src.entry_count > max_per_source:
            # The number of its max_per_source-th newest entry: an index range of that size.
            kth = s.scalar(select(m.Entry.source_seq).where(m.Entry.source_id == src.id)
                           .order_by(m.Entry.source_seq.desc())
                           .offset(max_per_source - 1).limit(1))
            if kth is not None:
                old.append(m.Entry.source_seq < kth)
        if not old:
            return None
        last_id = s.scalar(select(func.max(m.Entry.id))) or 0
        shown_in_tag = (select(m.EntryTag.entry_id).join(m.Tag)
                        .where(m.EntryTag.entry_id == m.Entry.id,
                               m.EntryTag.seq > m.Tag.last_seq - keep_last).exists())
        query = (select(m.Entry.id, m.Entry.dedupe_key)
                 .where(m.Entry.source_id == src.id, m.Entry.id > after_id, or_(*old),
                        m.Entry.source_seq <= src.last_seq - keep_last,
                        m.Entry.id <= last_id - keep_last, ~shown_in_tag,
                        m.Entry.duplicate_of.is_not(None) if duplicates
                        else m.Entry.duplicate_of.is_(None))
                 .order_by(m.Entry.id).limit(BATCH))
        if src.listed_at is not None:  # what the source still lists stays
            query = query.where(m.Entry.seen_at.is_(None)
                                | (m.Entry.seen_at < src.listed_at - SEEN_EVERY))
        return query

    def _delete_entries(self, s: Session, src: m.Source, rows: Sequence[Any],
                        now: datetime) -> int:
        # Ingest of the same articles elsewhere takes turns with this (see _upsert_entries).
        lock_keys(s, {r.dedupe_key for r in rows if r.dedupe_key})
        ids = [r.id for r in rows]
        links = s.execute(select(m.EntryTag.tag_id, m.EntryTag.entry_id, m.Entry.sort_date)
                          .join(m.Entry).where(m.EntryTag.entry_id.in_(ids))).all()
        dup = aliased(m.Entry)
        has_duplicates = select(dup.id).where(dup.duplicate_of == m.Entry.id).exists()
        deleted = set(s.scalars(delete(m.Entry).where(m.Entry.id.in_(ids), ~has_duplicates)
                                .returning(m.Entry.id)))
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

    def claim_periodic(self, key: str, now: datetime, every: timedelta) -> bool:
        """True when the periodic job ``key`` last ran ``every`` ago or more (or never), and
        records that it runs now: among several workers, one runs it per period."""
        with self._writing() as s:
            insert_missing(s, m.Setting, [{"key": key, "value": ""}])
            row = s.scalar(select(m.Setting).where(m.Setting.key == key).with_for_update())
            assert row is not None
            if row.value and datetime.fromisoformat(row.value) > now - every:
                return False
            row.value = now.isoformat()
            return True

    # -- reading feeds ----------------------------------------------------------------------

    def tag(self, slug: str) -> TagInfo:
        """Raises TagNotFoundError when no configured tag or stored entry has this slug."""
        with self._reading() as s:
            row = s.scalar(select(m.Tag).where(m.Tag.slug == slug))
            if row is None:
                raise TagNotFoundError(f"no tag {slug!r}")
            return TagInfo(slug=row.slug, title=row.title, entries=row.entry_count,
                           last_entry=row.last_entry, changed_at=row.changed_at)

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
            ids = s.scalars(select(number[1]).where(*where, number[0] >= low, number[0] <= high)
                            ).all()
            entries = self._entries_by_id(s, ids, own_only=kind == "source")
            entries.sort(key=lambda e: (e.sort_date, e.id), reverse=True)
            return FeedPage(entries=tuple(entries), page=page, archives=archives,
                            complete=complete)

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
            found = list(itertools.islice(
                self._matches(s, query, first=limit + 10, examine=SEARCH_EXAMINED), limit))
            entries = self._entries_by_id(s, found)
        entries.sort(key=lambda e: (e.sort_date, e.id), reverse=True)
        return FeedPage(entries=tuple(entries), page=None, archives=0)

    def matching_ids(self, query: Query) -> list[int]:
        """Every article (each once) that matches ``query``, last to arrive first, without
        bound: for ``tags --try``, not for requests."""
        with self._reading() as s:
            return list(self._matches(s, query, first=BATCH, examine=None))

    def _matches(self, s: Session, query: Query, *, first: int, examine: int | None
                 ) -> Iterator[int]:
        return _search.matches(s, query, first=first, examine=examine)

    def _sequence(self, s: Session, kind: str, key: str) -> tuple[int, list[Any], tuple[Any, Any]]:
        """(last number, filter, (number column, entry id column)) of a feed's sequence."""
        if kind == "tag":
            tag = s.execute(select(m.Tag.id, m.Tag.last_seq).where(m.Tag.slug == key)).first()
            if tag is None:
                raise TagNotFoundError(f"no tag {key!r}")
            return tag.last_seq, [m.EntryTag.tag_id == tag.id], (m.EntryTag.seq,
                                                                   m.EntryTag.entry_id)
        if kind == "source":
            src = s.execute(select(m.Source.id, m.Source.last_seq)
                            .where(m.Source.name == key)).first()
            if src is None:
                raise SourceNotFoundError(f"no source named {key!r}")
            return src.last_seq, [m.Entry.source_id == src.id], (m.Entry.source_seq, m.Entry.id)
        # all: every article once, numbered by id
        last = s.scalar(select(func.max(m.Entry.id))) or 0
        return last, [m.Entry.duplicate_of.is_(None)], (m.Entry.id, m.Entry.id)

    def _entries_by_id(self, s: Session, ids: Sequence[int], own_only: bool = False
                       ) -> list[Entry]:
        """Entries with their tags and, unless ``own_only``, the other sources that carried
        the same article."""
        if not ids:
            return []
        rows: dict[int, tuple[m.Entry, m.Source]] = {}
        tags: dict[int, list[str]] = {id_: [] for id_ in ids}
        also: dict[int, list[tuple[str, str | None, str | None]]] = {id_: [] for id_ in ids}
        for chunk in _chunks(list(ids)):
            rows.update({row.id: (row, src) for row, src in s.execute(
                select(m.Entry, m.Source).join(m.Source).where(m.Entry.id.in_(chunk)))})
            for entry_id, slug in s.execute(select(m.EntryTag.entry_id, m.Tag.slug).join(m.Tag)
                                            .where(m.EntryTag.entry_id.in_(chunk))
                                            .order_by(m.Tag.slug)):
                tags[entry_id].append(slug)
            if not own_only:
                for primary, name, title, url in s.execute(
                        select(m.Entry.duplicate_of, m.Source.name, m.Source.title, m.Source.url)
                        .join(m.Source).where(m.Entry.duplicate_of.in_(chunk))
                        .order_by(m.Entry.id)):
                    also[primary].append((name, title, url))
        params = self.secret_params
        return [_entry(*rows[id_], tags=tuple(tags[id_]),
                       also=tuple((n, t, _public(u, params)) for n, t, u in also[id_]),
                       params=params)
                for id_ in ids if id_ in rows]

    # -- listings ---------------------------------------------------------------------------

    def list_tags(self) -> list[TagInfo]:
        """Tags that are configured or carried by at least one entry, by slug."""
        with self._reading() as s:
            rows = s.scalars(select(m.Tag).where(m.Tag.configured | (m.Tag.entry_count > 0))
                             .order_by(m.Tag.slug))
            return [TagInfo(slug=r.slug, title=r.title, entries=r.entry_count,
                            last_entry=r.last_entry, changed_at=r.changed_at) for r in rows]

    def list_sources(self, *, active_only: bool = True) -> list[SourceInfo]:
        with self._reading() as s:
            query = select(m.Source).order_by(m.Source.name)
            if active_only:
                query = query.where(m.Source.active)
            return [_source_info(row, row.entry_count, self.secret_params)
                    for row in s.scalars(query)]

    def source_health(self) -> list[SourceHealth]:
        """Failures and last success of the sources being polled, by name."""
        with self._reading() as s:
            rows = s.execute(select(m.Source.name, m.Source.failures, m.Source.last_success_at,
                                    m.Source.created_at, m.Source.warning)
                             .where(m.Source.active, ~m.Source.disabled)
                             .order_by(m.Source.name)).all()
            return [SourceHealth(name=r.name, failures=r.failures, last_success=r.last_success_at,
                                 created=r.created_at, warned=r.warning is not None)
                    for r in rows]

    def tag_changes(self) -> dict[str, datetime]:
        """When each configured tag's feed last changed (entries added, edited or removed)."""
        with self._reading() as s:
            return {slug: changed for slug, changed in s.execute(
                select(m.Tag.slug, m.Tag.changed_at).where(m.Tag.configured)) if changed}

    def source(self, name: str) -> SourceInfo:
        with self._reading() as s:
            row = s.scalar(select(m.Source).where(m.Source.name == name))
            if row is None:
                raise SourceNotFoundError(f"no source named {name!r}")
            return _source_info(row, row.entry_count, self.secret_params)

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
                row = s.execute(select(m.Tag.changed_at, m.Tag.last_seq, m.Tag.title)
                                .where(m.Tag.slug == key)).first()
                if row is None:
                    raise TagNotFoundError(f"no tag {key!r}")
                return tuple(row)
            if kind == "source":
                row = s.execute(select(m.Source.changed_at, m.Source.last_seq, m.Source.url)
                                .where(m.Source.name == key)).first()
                if row is None:
                    raise SourceNotFoundError(f"no source named {key!r}")
                return tuple(row)
            return (s.scalar(select(func.max(m.Source.changed_at))),
                    s.scalar(select(func.max(m.Entry.id))))


def upgrade_database(url: str, revision: str = "head") -> tuple[str | None, str | None]:
    """Migrate the database at ``url`` to ``revision``; returns (before, after)."""
    try:
        engine = make_engine(url)
        try:
            return _migrate.upgrade(engine, revision)
        finally:
            engine.dispose()
    except SQLAlchemyError as e:
        raise StorageError(f"cannot migrate the database {_safe_url(url)}: {e}") from e


def database_revision(url: str) -> tuple[str | None, str]:
    """(the database's schema revision, the revision this code needs)."""
    try:
        engine = make_engine(url)
        try:
            return _migrate.current(engine), _migrate.head()
        finally:
            engine.dispose()
    except SQLAlchemyError as e:
        raise StorageError(f"cannot open the database {_safe_url(url)}: {e}") from e


# -- rows -> dataclasses ----------------------------------------------------------------------

def sort_date(data: EntryData, first_seen: datetime) -> datetime:
    """Published, else updated, else first seen; a date in the future is not trusted."""
    date = data.published or data.updated
    if date is None or date > first_seen + FUTURE_TOLERANCE:
        return first_seen
    return date


def _entry_values(data: EntryData, now: datetime, first_seen: datetime | None = None
                  ) -> dict[str, Any]:
    return {
        "url": data.url, "title": data.title, "summary": data.summary, "content": data.content,
        "author": data.author, "published": data.published, "updated": data.updated,
        "categories": list(data.categories),
        "enclosures": [[e.url, e.type, e.length] for e in data.enclosures],
        "content_hash": data.content_hash, "dedupe_key": data.dedupe_key, "changed_at": now,
        "sort_date": sort_date(data, first_seen or now),
    }


def _entry_data(row: m.Entry) -> EntryData:
    return EntryData(
        guid=row.guid, url=row.url, title=row.title, summary=row.summary, content=row.content,
        author=row.author, published=row.published, updated=row.updated,
        categories=tuple(row.categories or ()),
        enclosures=tuple(Enclosure(url=u, type=t, length=n) for u, t, n in row.enclosures or ()),
        content_hash=row.content_hash, dedupe_key=row.dedupe_key,
    )


def _entry(row: m.Entry, src: m.Source, tags: tuple[str, ...],
           also: tuple[tuple[str, str | None, str | None], ...] = (),
           params: frozenset[str] = DEFAULT_SECRET_PARAMS) -> Entry:
    return Entry(id=row.id, source=src.name, data=_entry_data(row), first_seen=row.first_seen,
                 changed_at=row.changed_at, sort_date=row.sort_date, tags=tags,
                 source_title=src.title, source_link=_public(src.link, params),
                 source_url=_public(src.url, params), also_from=also)


def _public(url: str | None, params: frozenset[str]) -> str | None:
    """A source URL as it may be shown: without userinfo and secret parameters."""
    return redact_url(url, params) if url else url


def _primaries(s: Session, keys: set[str], exclude_source: int) -> dict[str, int]:
    """For each canonical URL, the earliest-seen entry of another source that has it."""
    found: dict[str, int] = {}
    conn = s.connection()
    for chunk in _chunks(sorted(keys)):
        for key, id_ in conn.execute(_PRIMARIES, {"keys": chunk, "source": exclude_source}):
            found[key] = id_
    return found


def _having_duplicates(s: Session, ids: Sequence[int]) -> set[int]:
    """Which of these entries other sources' entries point at as their primary."""
    found: set[int] = set()
    for chunk in _chunks(list(ids)):
        found.update(s.scalars(select(m.Entry.duplicate_of).distinct()
                               .where(m.Entry.duplicate_of.in_(chunk))))
    return found


def _source_state(row: m.Source) -> SourceState:
    return SourceState(name=row.name, url=row.url, type=row.type, etag=row.etag,
                       last_modified=row.last_modified, failures=row.failures,
                       last_success=row.last_success_at, next_fetch=row.next_fetch_at,
                       via=row.via, created_at=row.created_at,
                       feed_ttl=timedelta(seconds=row.feed_ttl) if row.feed_ttl else None,
                       claimed_by=row.claimed_by, body_hash=row.body_hash)


def _source_info(row: m.Source, entries: int,
                 params: frozenset[str] = DEFAULT_SECRET_PARAMS) -> SourceInfo:
    return SourceInfo(
        name=row.name, url=redact_url(row.url, params), type=row.type, tags=(), entries=entries,
        error=redact_text(row.error, params) if row.error else row.error,
        failures=row.failures, last_fetch=row.last_fetch_at, last_success=row.last_success_at,
        next_fetch=row.next_fetch_at if row.active and not row.disabled else None,
        disabled=row.disabled, status=row.last_status, title=row.title,
        link=_public(row.link, params), via=_public(row.via, params),
        changed_at=row.changed_at, created_at=row.created_at, warning=row.warning)


def _chunks(items: Sequence[T], size: int = BATCH) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def claim_token() -> str:
    """A worker's identity in ``sources.claimed_by``: host, process id, and a random part
    (process ids are reused; a restarted worker must not pass for its predecessor)."""
    return f"{socket.gethostname()[:80]}:{os.getpid()}:{secrets.token_hex(4)}"


def claimer_is_dead(claimer: str) -> bool:
    """True when ``claimer`` (a ``claim_token()``) was a process of this machine that no
    longer exists: killed (SIGKILL, the OOM killer) or gone with a power cut, its claims
    would otherwise hold its sources until their lease ends. False when it may be alive,
    or is another machine's (only its lease tells then)."""
    host, _, rest = claimer.partition(":")
    pid_text, _, _ = rest.partition(":")
    if host != socket.gethostname()[:80] or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # PermissionError: it exists, as another user's
        return False
    # A process with that number exists: the claimer, or a newer process that reused its
    # number (then the lease decides). A zombie is dead: it runs no code any more.
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rpartition(b")")[2].split()[0] == b"Z"
    except (OSError, IndexError):
        return False


def sqlite_file(url: str) -> str | None:
    """The absolute path of a SQLite database file; None for other databases, in-memory
    ones and ``file:`` URIs."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    name = parsed.database
    if parsed.get_backend_name() != "sqlite" or not name or name == ":memory:" \
            or name.startswith("file:"):
        return None
    return os.path.abspath(name)


def _identity(path: str) -> tuple[int, int] | None:
    """(device, inode) of the regular file at ``path``; None when there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def _open_identities(path: str) -> set[tuple[int, int]]:
    """(device, inode) of the files this process holds open under ``path`` (Linux's
    /proc/self/fd; empty elsewhere)."""
    found = set()
    try:
        fds = os.listdir("/proc/self/fd")
    except OSError:
        return found
    for fd in fds:
        try:
            if os.readlink(f"/proc/self/fd/{fd}") != path:
                continue
            st = os.stat(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        found.add((st.st_dev, st.st_ino))
    return found


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "(unparseable URL)"

