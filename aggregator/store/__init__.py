"""The store: the only storage API. Takes and returns dataclasses, never rows.

One source update is one short write transaction, so readers never wait long. Claiming due
sources goes through the database (``claim_due_sources``) so that several worker processes
can share a PostgreSQL database without fetching a source twice.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from aggregator.config import SourceConfig, TagConfig
from aggregator.exceptions import SourceNotFoundError, StorageError, TagNotFoundError
from aggregator.store import models as m
from aggregator.store.engine import make_engine, writer
from aggregator.types import (
    Enclosure,
    Entry,
    EntryData,
    SourceInfo,
    SourceState,
    SourceUpdate,
    StoreResult,
    TaggedEntry,
    TagInfo,
)

logger = logging.getLogger(__name__)

#: Rows per IN (...) list: below SQLite's and PostgreSQL's bound-parameter limits.
BATCH = 500
#: Dates further ahead than this are not trusted for ordering (a feed dated 2099 would
#: otherwise stay on top forever): such entries sort by when we first saw them.
FUTURE_TOLERANCE = timedelta(days=1)

T = TypeVar("T")


class Store:
    """Entries, sources and tags in a SQL database (SQLite or PostgreSQL)."""

    def __init__(self, url: str, **engine_options: Any) -> None:
        try:
            self.engine = make_engine(url, **engine_options)
            m.Base.metadata.create_all(self.engine)
        except SQLAlchemyError as e:
            raise StorageError(f"cannot open the database {_safe_url(url)}: {e}") from e
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer(self.engine), expire_on_commit=False)
        self.dialect = self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    # -- sessions ---------------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[Session]:
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
            with self._write() as session, session.begin():
                try:
                    yield session
                except BaseException:
                    self._discard(session)
                    raise
        except SQLAlchemyError as e:
            raise StorageError(f"database write failed: {e}") from e

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
                    row.etag = row.last_modified = row.via = None
                    row.disabled = False
                    row.next_fetch_at = now
                if row.type != cfg.type:
                    row.type = cfg.type
                    row.etag = row.last_modified = row.via = None
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
            rows = {row.slug: row for row in s.scalars(select(m.Tag))}
            for row in rows.values():
                row.configured = False
            for tag in tags:
                row = rows.get(tag.slug)
                if row is None:
                    s.add(m.Tag(slug=tag.slug, title=tag.title, configured=True, changed_at=now))
                else:
                    if row.title != tag.title:
                        row.title, row.changed_at = tag.title, now
                    row.configured = True

    def get_setting(self, key: str) -> str | None:
        with self._reading() as s:
            return s.scalar(select(m.Setting.value).where(m.Setting.key == key))

    def set_setting(self, key: str, value: str) -> None:
        with self._writing() as s:
            row = s.get(m.Setting, key)
            if row is None:
                s.add(m.Setting(key=key, value=value))
            else:
                row.value = value

    # -- scheduling -------------------------------------------------------------------------

    def claim_due_sources(self, now: datetime, *, limit: int, lease: timedelta,
                          names: Iterable[str] | None = None,
                          due_only: bool = True) -> list[SourceState]:
        """Claim up to ``limit`` sources for fetching, for ``lease``, and return them.

        A claimed source is not handed out again until ``apply_update`` releases it or the
        lease expires (its worker died). ``names`` restricts the claim to those sources;
        ``due_only=False`` claims them whatever their next fetch time (``aggregator fetch``).
        """
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
            return [_source_state(row) for row in rows]

    def requeue(self, names: Iterable[str], until: datetime) -> None:
        """Release claims taken but not started (their host is busy), due again ``until``:
        behind the sources due now, so that others get their turn."""
        names = list(names)
        if not names:
            return
        with self._writing() as s:
            for chunk in _chunks(names):
                s.execute(update(m.Source).where(m.Source.name.in_(chunk))
                          .values(claimed_until=None, next_fetch_at=until))

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
            source_id = s.scalar(select(m.Source.id).where(m.Source.name == name))
            date = func.coalesce(m.Entry.published, m.Entry.updated)
            return list(s.scalars(
                select(date).where(m.Entry.source_id == source_id, date.is_not(None))
                .order_by(m.Entry.sort_date.desc(), m.Entry.id.desc()).limit(limit)))

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
            src = s.scalar(select(m.Source).where(m.Source.name == upd.name))
            if src is None:
                raise SourceNotFoundError(f"no source named {upd.name!r}")
            src.claimed_until = None
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
            if src.via != upd.via:
                logger.info("source reads %s source=%s", upd.via or "its own url", src.name)
                src.via = upd.via
            if upd.error is None:
                src.last_success_at = now
                src.etag, src.last_modified = upd.etag, upd.last_modified
            if upd.moved_to and upd.moved_to != src.url:
                logger.info("source moved permanently source=%s from=%s url=%s",
                            src.name, src.url, upd.moved_to)
                src.url = upd.moved_to
            if upd.feed is not None and (src.title, src.link, src.subtitle) != (
                    upd.feed.title, upd.feed.link, upd.feed.subtitle):
                src.title, src.link, src.subtitle = upd.feed.title, upd.feed.link, upd.feed.subtitle
                src.changed_at = now
            if not upd.entries:
                return StoreResult()
            result = self._upsert_entries(s, src.id, upd.entries, upd.tag_titles, now)
            if result.new or result.updated:
                src.changed_at = now
            return result

    def _upsert_entries(self, s: Session, source_id: int, entries: Sequence[TaggedEntry],
                        tag_titles: Mapping[str, str], now: datetime) -> StoreResult:
        existing: dict[str, tuple[int, str, datetime]] = {}
        for guids in _chunks([e.data.guid for e in entries]):
            for row in s.execute(select(m.Entry.guid, m.Entry.id, m.Entry.content_hash,
                                        m.Entry.first_seen)
                                 .where(m.Entry.source_id == source_id, m.Entry.guid.in_(guids))):
                existing[row.guid] = (row.id, row.content_hash, row.first_seen)

        new_rows: list[dict[str, Any]] = []
        new_tags: list[frozenset[str]] = []
        changed: list[tuple[int, datetime, frozenset[str]]] = []
        unchanged = 0
        # Documents list the newest first. New entries go in oldest first, so that among
        # entries with the same sort date (undated ones: first seen now) ids follow the
        # document's order, and feeds (ordered by date, then id) keep it.
        for tagged in reversed(entries):
            data = tagged.data
            found = existing.get(data.guid)
            if found is None:
                new_rows.append(_entry_values(data, now) | {
                    "source_id": source_id, "guid": data.guid, "first_seen": now})
                new_tags.append(tagged.tags)
            elif found[1] != data.content_hash:
                values = _entry_values(data, now, first_seen=found[2])
                s.execute(update(m.Entry).where(m.Entry.id == found[0]).values(**values))
                changed.append((found[0], values["sort_date"], tagged.tags))
            else:
                unchanged += 1

        links: list[tuple[int, datetime, frozenset[str]]] = list(changed)
        if new_rows:
            ids = s.execute(insert(m.Entry).returning(m.Entry.id, sort_by_parameter_order=True),
                            new_rows).scalars().all()
            links += [(id_, row["sort_date"], tags)
                      for id_, row, tags in zip(ids, new_rows, new_tags, strict=True)]
        touched = self._unlink_tags(s, [c[0] for c in changed])
        touched |= self._link_tags(s, links, tag_titles)
        _touch_tags(s, touched, now)
        return StoreResult(new=len(new_rows), updated=len(changed), unchanged=unchanged)

    def _unlink_tags(self, s: Session, entry_ids: Sequence[int]) -> set[int]:
        """Remove the entries' tags; returns the ids of the tags that lost entries."""
        tag_ids: set[int] = set()
        for ids in _chunks(entry_ids):
            tag_ids.update(s.scalars(select(m.EntryTag.tag_id).distinct()
                                     .where(m.EntryTag.entry_id.in_(ids))))
            s.execute(delete(m.EntryTag).where(m.EntryTag.entry_id.in_(ids)))
        return tag_ids

    def _link_tags(self, s: Session, links: Sequence[tuple[int, datetime, frozenset[str]]],
                   tag_titles: Mapping[str, str]) -> set[int]:
        """Tag entries (id, sort date, slugs); returns the ids of the tags that got entries."""
        slugs = sorted({slug for *_, tags in links for slug in tags})
        if not slugs:
            return set()
        tag_ids = self._tag_ids(s, slugs, tag_titles)
        rows = [{"tag_id": tag_ids[slug], "entry_id": entry_id, "sort_date": sort_date}
                for entry_id, sort_date, tags in links for slug in tags]
        s.execute(insert(m.EntryTag), rows)
        return {row["tag_id"] for row in rows}

    def _tag_ids(self, s: Session, slugs: Sequence[str], titles: Mapping[str, str]) -> dict[str, int]:
        ids: dict[str, int] = {}
        for chunk in _chunks(slugs):
            ids.update({slug: id_ for slug, id_ in s.execute(
                select(m.Tag.slug, m.Tag.id).where(m.Tag.slug.in_(chunk)))})
        missing = [slug for slug in slugs if slug not in ids]
        if missing:
            s.execute(insert(m.Tag), [{"slug": slug, "title": titles.get(slug) or slug,
                                       "configured": False} for slug in missing])
            for chunk in _chunks(missing):
                ids.update({slug: id_ for slug, id_ in s.execute(
                    select(m.Tag.slug, m.Tag.id).where(m.Tag.slug.in_(chunk)))})
        return ids

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

    def replace_tags(self, tags_by_entry: dict[int, frozenset[str]],
                     tag_titles: Mapping[str, str]) -> int:
        """Set the tags of the given entries; returns how many entries changed tags."""
        with self._writing() as s:
            current: dict[int, set[str]] = {id_: set() for id_ in tags_by_entry}
            for ids in _chunks(list(tags_by_entry)):
                for entry_id, slug in s.execute(
                        select(m.EntryTag.entry_id, m.Tag.slug).join(m.Tag)
                        .where(m.EntryTag.entry_id.in_(ids))):
                    current[entry_id].add(slug)
            stale = [id_ for id_, tags in tags_by_entry.items() if current[id_] != tags]
            if not stale:
                return 0
            dates = {}
            for ids in _chunks(stale):
                dates.update({id_: date for id_, date in s.execute(
                    select(m.Entry.id, m.Entry.sort_date).where(m.Entry.id.in_(ids)))})
            touched = self._unlink_tags(s, stale)
            touched |= self._link_tags(
                s, [(id_, dates[id_], tags_by_entry[id_]) for id_ in stale], tag_titles)
            _touch_tags(s, touched, datetime.now(UTC))
            return len(stale)

    # -- reading feeds ----------------------------------------------------------------------

    def tag(self, slug: str) -> TagInfo:
        """Raises TagNotFoundError when no configured tag or stored entry has this slug."""
        with self._reading() as s:
            row = s.scalar(select(m.Tag).where(m.Tag.slug == slug))
            if row is None:
                raise TagNotFoundError(f"no tag {slug!r}")
            count, last = s.execute(select(func.count(), func.max(m.EntryTag.sort_date))
                                    .where(m.EntryTag.tag_id == row.id)).one()
            return TagInfo(slug=row.slug, title=row.title, entries=count, last_entry=last,
                           changed_at=row.changed_at)

    def tag_entries(self, slug: str, limit: int) -> list[Entry]:
        """The newest ``limit`` entries carrying the tag (raises TagNotFoundError)."""
        with self._reading() as s:
            tag_id = s.scalar(select(m.Tag.id).where(m.Tag.slug == slug))
            if tag_id is None:
                raise TagNotFoundError(f"no tag {slug!r}")
            ids = s.scalars(select(m.EntryTag.entry_id).where(m.EntryTag.tag_id == tag_id)
                            .order_by(m.EntryTag.sort_date.desc(), m.EntryTag.entry_id.desc())
                            .limit(limit)).all()
            return self._entries_by_id(s, ids)

    def all_entries(self, limit: int) -> list[Entry]:
        with self._reading() as s:
            ids = s.scalars(select(m.Entry.id)
                            .order_by(m.Entry.sort_date.desc(), m.Entry.id.desc())
                            .limit(limit)).all()
            return self._entries_by_id(s, ids)

    def source_entries(self, name: str, limit: int) -> list[Entry]:
        with self._reading() as s:
            source_id = s.scalar(select(m.Source.id).where(m.Source.name == name))
            if source_id is None:
                raise SourceNotFoundError(f"no source named {name!r}")
            ids = s.scalars(select(m.Entry.id).where(m.Entry.source_id == source_id)
                            .order_by(m.Entry.sort_date.desc(), m.Entry.id.desc())
                            .limit(limit)).all()
            return self._entries_by_id(s, ids)

    def _entries_by_id(self, s: Session, ids: Sequence[int]) -> list[Entry]:
        if not ids:
            return []
        rows = {row.id: (row, src) for row, src in s.execute(
            select(m.Entry, m.Source).join(m.Source).where(m.Entry.id.in_(ids)))}
        tags: dict[int, list[str]] = {id_: [] for id_ in ids}
        for entry_id, slug in s.execute(select(m.EntryTag.entry_id, m.Tag.slug).join(m.Tag)
                                        .where(m.EntryTag.entry_id.in_(ids))
                                        .order_by(m.Tag.slug)):
            tags[entry_id].append(slug)
        return [_entry(*rows[id_], tags=tuple(tags[id_])) for id_ in ids if id_ in rows]

    # -- listings ---------------------------------------------------------------------------

    def list_tags(self) -> list[TagInfo]:
        """Tags that are configured or carried by at least one entry, by slug."""
        with self._reading() as s:
            counts = (select(m.EntryTag.tag_id, func.count().label("n"),
                             func.max(m.EntryTag.sort_date).label("last"))
                      .group_by(m.EntryTag.tag_id).subquery())
            rows = s.execute(select(m.Tag.slug, m.Tag.title, m.Tag.configured, m.Tag.changed_at,
                                    counts.c.n, counts.c.last)
                             .outerjoin(counts, counts.c.tag_id == m.Tag.id)
                             .order_by(m.Tag.slug)).all()
            return [TagInfo(slug=r.slug, title=r.title, entries=r.n or 0, last_entry=r.last,
                            changed_at=r.changed_at)
                    for r in rows if r.configured or r.n]

    def list_sources(self, *, active_only: bool = True) -> list[SourceInfo]:
        with self._reading() as s:
            counts = (select(m.Entry.source_id, func.count().label("n"))
                      .group_by(m.Entry.source_id).subquery())
            query = (select(m.Source, counts.c.n)
                     .outerjoin(counts, counts.c.source_id == m.Source.id)
                     .order_by(m.Source.name))
            if active_only:
                query = query.where(m.Source.active)
            return [_source_info(row, n or 0) for row, n in s.execute(query)]

    def source(self, name: str) -> SourceInfo:
        with self._reading() as s:
            row = s.scalar(select(m.Source).where(m.Source.name == name))
            if row is None:
                raise SourceNotFoundError(f"no source named {name!r}")
            n = s.scalar(select(func.count()).where(m.Entry.source_id == row.id)) or 0
            return _source_info(row, n)

    def entry_count(self) -> int:
        with self._reading() as s:
            return s.scalar(select(func.count()).select_from(m.Entry)) or 0

    def last_change(self) -> datetime | None:
        """When any stored entry last changed."""
        with self._reading() as s:
            return s.scalar(select(func.max(m.Entry.changed_at)))


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
        "content_hash": data.content_hash, "changed_at": now,
        "sort_date": sort_date(data, first_seen or now),
    }


def _entry_data(row: m.Entry) -> EntryData:
    return EntryData(
        guid=row.guid, url=row.url, title=row.title, summary=row.summary, content=row.content,
        author=row.author, published=row.published, updated=row.updated,
        categories=tuple(row.categories or ()),
        enclosures=tuple(Enclosure(url=u, type=t, length=n) for u, t, n in row.enclosures or ()),
        content_hash=row.content_hash,
    )


def _entry(row: m.Entry, src: m.Source, tags: tuple[str, ...]) -> Entry:
    return Entry(id=row.id, source=src.name, data=_entry_data(row), first_seen=row.first_seen,
                 changed_at=row.changed_at, sort_date=row.sort_date, tags=tags,
                 source_title=src.title, source_link=src.link, source_url=src.url)


def _source_state(row: m.Source) -> SourceState:
    return SourceState(name=row.name, url=row.url, type=row.type, etag=row.etag,
                       last_modified=row.last_modified, failures=row.failures,
                       last_success=row.last_success_at, next_fetch=row.next_fetch_at,
                       via=row.via, created_at=row.created_at,
                       feed_ttl=timedelta(seconds=row.feed_ttl) if row.feed_ttl else None)


def _source_info(row: m.Source, entries: int) -> SourceInfo:
    return SourceInfo(
        name=row.name, url=row.url, type=row.type, tags=(), entries=entries, error=row.error,
        failures=row.failures, last_fetch=row.last_fetch_at, last_success=row.last_success_at,
        next_fetch=row.next_fetch_at if row.active and not row.disabled else None,
        disabled=row.disabled, status=row.last_status, title=row.title, link=row.link,
        via=row.via, changed_at=row.changed_at, created_at=row.created_at)


def _touch_tags(s: Session, tag_ids: set[int], now: datetime) -> None:
    for ids in _chunks(sorted(tag_ids)):
        s.execute(update(m.Tag).where(m.Tag.id.in_(ids)).values(changed_at=now))


def _chunks(items: Sequence[T], size: int = BATCH) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "(unparseable URL)"

