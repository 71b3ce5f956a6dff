"""The ingest room: a fetch of a source and its entries recorded in one transaction.

What happens to each entry (new, changed, unchanged, moved) is decided by
``_decide.decide_upsert``, which touches no database; this module reads what the
decision needs and carries it out in SQL."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future
from datetime import datetime
from typing import Any

from sqlalchemy import Row, bindparam, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from aggregator.exceptions import ClaimLostError, SourceNotFoundError, StorageError
from aggregator.schedule import fetch_only_values
from aggregator.store import _enrichments, _links, _search
from aggregator.store import models as m
from aggregator.store._base import StoreBase
from aggregator.store._decide import decide_upsert, records_fetch_only
from aggregator.store._rows import ENTRIES, SOURCES, chunks, entry_data
from aggregator.store._upsert import (
    EXISTING,
    HOLD_SOURCE,
    TOUCH_TAGS_OF_SOURCE,
    UPDATE_ENTRY,
    HeldSource,
    having_duplicates,
    insert_entries,
    primaries,
    search_text_of,
    update_source,
)
from aggregator.store.engine import lock_keys
from aggregator.types import (
    EnrichmentOutcome,
    EnrichmentTask,
    SourceUpdate,
    StoreResult,
    TaggedEntry,
)

logger = logging.getLogger(__name__)


#: A source's row as ``HOLD_SOURCE`` reads it.
HeldRow = Row[*tuple[Any, ...]]


class _Redo(Exception):
    """A source of a batch written without savepoints failed after its first write: the
    batch is rolled back, and written again with a savepoint per source."""


# A fetch that brought nothing, recorded on the source row (``_record_fetches_only``): built
# once, run with executemany for every such source of a batch.
_FETCHED: dict[str, object] = dict(
    claimed_until=None,
    claimed_by=None,
    last_fetch_at=bindparam("b_at"),
    next_fetch_at=bindparam("b_next"),
    last_status=bindparam("b_status"),
    error=bindparam("b_error"),
    failures=bindparam("b_failures"),
)
_FETCHED_FAILED = update(SOURCES).where(SOURCES.c.name == bindparam("b_name")).values(**_FETCHED)
_FETCHED_OK = _FETCHED_FAILED.values(
    last_success_at=bindparam("b_at"), etag=bindparam("b_etag"), last_modified=bindparam("b_last_modified")
)


class IngestRooms(StoreBase):
    """Fetches recorded, entries upserted, article pages' results stored."""

    def apply_update(self, upd: SourceUpdate) -> StoreResult:
        """Record one fetch of one source and its entries, and release the source's claim;
        committed when this returns.

        Entries are matched on (source, guid): a new one is inserted, a changed one (other
        content hash) updated in place keeping its id and first-seen time, an unchanged one
        left alone. Entries missing from this fetch are never deleted.

        With ``group_commit`` (the default), the fetch goes to this process's one writer
        (store/_writer.py), which commits the fetches of every worker thread together, many
        sources per transaction; the caller waits for its commit. A source's validators,
        schedule and entries still commit together, all or nothing.
        """
        if self.group_commit:
            return self._group_writer().submit(upd)
        with self._writing() as s:
            return self._apply(s, upd)

    def apply_update_later(self, upd: SourceUpdate) -> Future[StoreResult]:
        """``apply_update`` that returns at once: the future is done when the fetch is
        committed. A pass over many sources records its 304s this way, so that a worker
        goes on to its next source rather than waiting for a commit, and the writer's
        batches fill up (without ``group_commit``, it is applied before this returns)."""
        if self.group_commit:
            return self._group_writer().submit_later(upd)
        done: Future[StoreResult] = Future()
        try:
            done.set_result(self.apply_update(upd))
        except Exception as e:
            done.set_exception(e)
        return done

    def apply_updates(self, updates: Sequence[SourceUpdate]) -> list[StoreResult | Exception]:
        """Record the fetches of several sources in one transaction: what the group writer
        does with a batch. Returns each one's result, or the exception it raised alone.

        Fetches that brought nothing (304s, most failures) are recorded by one executemany
        UPDATE; the other sources are written one after the other, with no savepoint of
        their own: a source whose claim was lost, or that is unknown, is found so before it
        writes anything, and the batch goes on without it. Should a source fail after it
        started writing (a write refused, a bug), the whole transaction is rolled back and
        the batch written again with each source inside a SAVEPOINT (``_apply_isolated``),
        so that the failing one is rolled back alone. A savepoint per source cost more than
        its statements: SQLite's full-text index writes out what it holds in memory at
        every savepoint, a segment per source where one per transaction will do."""
        try:
            return self._apply_optimistic(updates)
        except _Redo:
            return self._apply_isolated(updates)

    def _apply_optimistic(self, updates: Sequence[SourceUpdate]) -> list[StoreResult | Exception]:
        results: list[StoreResult | Exception | None] = [None] * len(updates)
        try:
            with self._writing() as s:
                for i, upd in self._after_fetches_only(s, updates, results):
                    try:
                        src = self._hold(s, upd)
                    except (ClaimLostError, SourceNotFoundError) as e:  # nothing written yet
                        results[i] = e
                        continue
                    except Exception as e:
                        raise _Redo from e
                    try:
                        results[i] = self._write_fetch(s, upd, src)
                    except Exception as e:
                        raise _Redo from e
        except StorageError:
            return self._apply_alone(updates, list(range(len(updates))), [None] * len(updates))
        return [r if r is not None else StoreResult() for r in results]

    def _apply_isolated(self, updates: Sequence[SourceUpdate]) -> list[StoreResult | Exception]:
        """``apply_updates`` with a SAVEPOINT per source: a source that fails is rolled back
        alone. When the transaction itself fails (a deadlock between PostgreSQL writers, a
        busy SQLite file), each source is tried again in a transaction of its own."""
        results: list[StoreResult | Exception | None] = [None] * len(updates)
        alone: list[int] = []
        try:
            with self._writing() as s:
                for i, upd in self._after_fetches_only(s, updates, results):
                    try:
                        with s.begin_nested():
                            results[i] = self._apply(s, upd, quick_tried=True)
                    except SQLAlchemyError:
                        alone.append(i)  # after this transaction, on its own
                    except Exception as e:  # a lost claim, an unknown source, a bug: its own
                        results[i] = e
        except StorageError:
            alone = list(range(len(updates)))
        return self._apply_alone(updates, alone, results)

    def _apply_alone(
        self,
        updates: Sequence[SourceUpdate],
        alone: Sequence[int],
        results: list[StoreResult | Exception | None],
    ) -> list[StoreResult | Exception]:
        """The sources ``alone`` of a batch, each in a transaction of its own."""
        refused: StorageError | None = None
        for i in alone:
            if refused is not None:  # the database refuses writes (full, locked, gone):
                results[i] = refused  # the others would wait for the same answer
                continue
            try:
                with self._writing() as s:
                    results[i] = self._apply(s, updates[i])
            except ClaimLostError as e:  # this source's own answer
                results[i] = e
            except StorageError as e:
                results[i] = refused = e
            except Exception as e:
                results[i] = e
        return [r if r is not None else StoreResult() for r in results]

    def _apply(self, s: Session, upd: SourceUpdate, quick_tried: bool = False) -> StoreResult:
        """One source's fetch, inside the caller's transaction."""
        if not quick_tried and self._record_fetch_only(s, upd):
            return StoreResult()
        return self._write_fetch(s, upd, self._hold(s, upd))

    @staticmethod
    def _hold(s: Session, upd: SourceUpdate) -> HeldRow:
        """The source's row, read under its lock; raises, having written nothing, when the
        source is unknown or claimed by another."""
        # The row lock orders this against a claim by another worker (PostgreSQL; on
        # SQLite the write transaction does): either the claim skips the row, or this
        # sees the new claim holder and refuses. Core, not the ORM: read once, written by
        # one UPDATE (the ORM's unit of work cost a millisecond a source in a cold pass).
        src = s.connection().execute(HOLD_SOURCE, {"name": upd.name}).first()
        if src is None:
            raise SourceNotFoundError(f"no source named {upd.name!r}")
        if upd.claimed_by is not None and src.claimed_by != upd.claimed_by:
            raise ClaimLostError(
                f"source {upd.name!r} is claimed by {src.claimed_by or 'no one'} now, not {upd.claimed_by}"
            )
        return src

    def _write_fetch(self, s: Session, upd: SourceUpdate, src: HeldRow) -> StoreResult:
        """Write one source's fetch, its row held (``_hold``)."""
        now = upd.fetched_at
        conn = s.connection()
        values: dict[str, Any] = {
            "claimed_until": None,
            "claimed_by": None,
            "last_fetch_at": now,
            "next_fetch_at": upd.next_fetch,
            "last_status": upd.status,
            "error": upd.error,
            "failures": upd.failures,
        }
        if upd.disable and not src.disabled:
            values["disabled"] = True
            logger.warning(
                "source disabled source=%s url=%s status=%s; re-enable it with "
                "`aggregator enable %s` or a new url in the configuration",
                src.name,
                src.url,
                upd.status,
                src.name,
            )
        if upd.feed is not None:
            values["feed_ttl"] = int(upd.feed_ttl.total_seconds()) if upd.feed_ttl else None
            values["warning"] = upd.warning
        if src.via != upd.via:
            logger.info("source reads %s source=%s", upd.via or "its own url", src.name)
            values["via"] = upd.via
        if upd.error is None:
            values.update(last_success_at=now, etag=upd.etag, last_modified=upd.last_modified)
        if upd.body_hash is not None:
            values["body_hash"] = upd.body_hash
        if upd.feed is not None:
            values["listed_at"] = now
        if upd.moved_to and upd.moved_to != src.url:
            logger.info("source moved permanently source=%s from=%s url=%s", src.name, src.url, upd.moved_to)
            values["url"] = upd.moved_to
        if upd.feed is not None and (src.title, src.link, src.subtitle) != (
            upd.feed.title,
            upd.feed.link,
            upd.feed.subtitle,
        ):
            values.update(
                title=upd.feed.title, link=upd.feed.link, subtitle=upd.feed.subtitle, changed_at=now
            )
            # Tag feeds name the source of each entry: they changed too (a source that never
            # had an entry, as on its first fetch, is in none).
            if src.last_seq:
                conn.execute(TOUCH_TAGS_OF_SOURCE, {"source": src.id, "now": now})
        result = StoreResult()
        if upd.entries:
            held = HeldSource(id=src.id, name=src.name, last_seq=src.last_seq, entry_count=src.entry_count)
            result = self._upsert_entries(
                s, held, upd.entries, upd.tag_titles, now, enrich=upd.enrich, category_tags=upd.category_tags
            )
            values.update(last_seq=held.last_seq, entry_count=held.entry_count)
            if result.new or result.updated:
                values["changed_at"] = now
        update_source(conn, src.id, values)
        return result

    def _after_fetches_only(
        self, s: Session, updates: Sequence[SourceUpdate], results: list[StoreResult | Exception | None]
    ) -> Iterator[tuple[int, SourceUpdate]]:
        """The batch's bare fetches (a 304, a failure) recorded at once and marked done in
        ``results``; the others, with their index, for the full path."""
        quick = self._record_fetches_only(s, [u for u in updates if records_fetch_only(u)])
        for i, upd in enumerate(updates):
            if upd.name in quick and records_fetch_only(upd):
                results[i] = StoreResult()
            else:
                yield i, upd

    def _record_fetches_only(self, s: Session, updates: Sequence[SourceUpdate]) -> set[str]:
        """``_record_fetch_only`` for many sources: one executemany UPDATE per kind (success,
        failure). Returns the names recorded; the others (a changed ``via``, a lost claim, an
        unknown name) take the full path, which says why."""
        if not updates:
            return set()
        c = SOURCES.c
        query = select(c.name, c.via, c.claimed_by).where(c.name.in_(bindparam("names", expanding=True)))
        if self.dialect == "postgresql":  # ordered against claims, as the full path is
            query = query.with_for_update()
        conn = s.connection()
        held = {}
        for names in chunks([u.name for u in updates]):
            held.update({r.name: r for r in conn.execute(query, {"names": list(names)})})
        ok, failed, recorded = [], [], set()
        for upd in updates:
            row = held.get(upd.name)
            if (
                row is None
                or row.via != upd.via
                or (upd.claimed_by is not None and row.claimed_by != upd.claimed_by)
            ):
                continue
            values = {
                "b_name": upd.name,
                "b_at": upd.fetched_at,
                "b_next": upd.next_fetch,
                "b_status": upd.status,
                "b_error": upd.error,
                "b_failures": upd.failures,
            }
            if upd.error is None:
                ok.append(values | {"b_etag": upd.etag, "b_last_modified": upd.last_modified})
            else:
                failed.append(values)
            recorded.add(upd.name)
        if ok:
            conn.execute(_FETCHED_OK, ok)
        if failed:
            conn.execute(_FETCHED_FAILED, failed)
        return recorded

    @staticmethod
    def _record_fetch_only(s: Session, upd: SourceUpdate) -> bool:
        """Record a fetch that brought nothing to store (a 304, most failures) with one
        UPDATE, the commonest write of a poller. False when the update needs the full path:
        a document, a move, a 410, a changed ``via``, or a claim that is not this one."""
        if not records_fetch_only(upd):
            return False
        src = SOURCES.c
        values = fetch_only_values(upd)
        query = update(SOURCES).where(src.name == upd.name, src.via.is_not_distinct_from(upd.via))
        if upd.claimed_by is not None:
            query = query.where(src.claimed_by == upd.claimed_by)
        return s.connection().execute(query.values(**values)).rowcount == 1

    def _upsert_entries(
        self,
        s: Session,
        src: m.Source | HeldSource,
        entries: Sequence[TaggedEntry],
        tag_titles: Mapping[str, str],
        now: datetime,
        enrich: str = "none",
        category_tags: frozenset[str] = frozenset(),
    ) -> StoreResult:
        # Core statements on this path: the ORM's bulk UPDATE re-evaluates the session after
        # each statement, and its INSERT path costs more than SQLite's work itself.
        e = ENTRIES.c
        conn = s.connection()
        existing: dict[str, Any] = {}
        # Entries are numbered from 1 by the source's last_seq: at 0 it never had one (a
        # first fetch), and there is nothing to look up.
        for guids in chunks([t.data.guid for t in entries] if src.last_seq else []):
            for stored in conn.execute(EXISTING, {"source": src.id, "guids": guids}):
                existing[stored.guid] = stored

        plan = decide_upsert(existing, entries, now)
        changed = [(c.stored.id, c.stored.duplicate_of, c.tags) for c in plan.changed]
        dates: dict[int, datetime] = {}  # sort dates of the entries whose links may move
        later: dict[int, datetime] = {}  # entries whose sort date moved up
        earlier: list[int] = []  # ... or down
        if plan.changed:
            conn.execute(
                UPDATE_ENTRY, [c.values | {"b_id": c.stored.id, "seen_at": now} for c in plan.changed]
            )
            _search.index_texts(conn, [(c.stored.id, search_text_of(c)) for c in plan.changed])
        for c in plan.changed:
            found, values = c.stored, c.values
            if found.duplicate_of is None:
                dates[found.id] = values["sort_date"]
            if c.moved == "later":
                later[found.duplicate_of or found.id] = values["sort_date"]
            elif c.moved == "earlier":
                earlier.append(found.duplicate_of or found.id)
        for ids in chunks(plan.seen):
            s.execute(update(ENTRIES).where(e.id.in_(ids)).values(seen_at=now))

        new_rows = [n.values | {"source_id": src.id} for n in plan.new]
        new_tags = [n.tags for n in plan.new]
        add: dict[int, set[str]] = {}
        replace: dict[int, frozenset[str]] = {}
        if new_rows:
            keys = {r["dedupe_key"] for r in new_rows if r["dedupe_key"]}
            # Two workers storing the same article at once would each find no primary and
            # both become one: the lock on the article's key makes the second see the first.
            lock_keys(s, keys)
            primary_of = primaries(s, keys, exclude_source=src.id)
            for row in new_rows:
                src.last_seq += 1
                row["source_seq"] = src.last_seq
                row["duplicate_of"] = primary_of.get(row["dedupe_key"])
            ids = insert_entries(conn, src.id, new_rows)
            # An entry without a link has no article page to read.
            _enrichments.add_pending(
                conn, src.id, [id_ for id_, row in zip(ids, new_rows, strict=True) if row["url"]], enrich, now
            )
            _search.index_texts(
                conn, [(id_, search_text_of(n)) for id_, n in zip(ids, plan.new, strict=True)]
            )
            for id_, row, tags in zip(ids, new_rows, new_tags, strict=True):
                # A duplicate lends its tags to the earliest-seen copy of the article.
                target = row["duplicate_of"] or id_
                add.setdefault(target, set()).update(tags)
                if target == id_:
                    dates[id_] = row["sort_date"]
            src.entry_count += len(new_rows)
        with_duplicates = having_duplicates(s, [c[0] for c in changed if c[1] is None])
        for id_, duplicate_of, tags in changed:
            if duplicate_of is not None or id_ in with_duplicates:
                add.setdefault(duplicate_of or id_, set()).update(tags)
            else:
                replace[id_] = tags
        fresh = [id_ for id_ in (ids if new_rows else ()) if id_ in dates]
        touched, _ = _links.set_links(
            s,
            add=add,
            replace=replace,
            titles=tag_titles,
            dates=dates,
            fresh=fresh,
            capped=category_tags,
            source=src.name,
        )
        _links.raise_last_entry(s, later)
        if earlier:
            _links.recount_tags(s, {t for tags in _links.links_of(s, earlier).values() for t in tags})
        # An edited entry changes every feed it is in, not only those it joined or left.
        edited = [duplicate_of or id_ for id_, duplicate_of, _ in changed]
        touched.update(t for tags in _links.links_of(s, edited).values() for t in tags)
        _links.touch_tags(s, touched, now)
        return StoreResult(new=len(new_rows), updated=len(changed), unchanged=plan.unchanged)

    def due_enrichments(self, name: str, now: datetime, limit: int) -> list[EnrichmentTask]:
        """Up to ``limit`` entries of the source whose article page is due to be read."""
        with self._reading() as s:
            source_id = s.scalar(select(m.Source.id).where(m.Source.name == name))
            if source_id is None:
                return []
            return [
                EnrichmentTask(entry_id=row.entry_id, mode=row.mode, tries=row.tries, data=entry_data(row))
                for row in _enrichments.due(s.connection(), source_id, now, limit)
            ]

    def record_enrichments(
        self, name: str, outcomes: Sequence[EnrichmentOutcome], tag_titles: Mapping[str, str], now: datetime
    ) -> StoreResult:
        """Store what article pages gave (each entry updated like an edit: its feeds change)
        and when to try the others again, in one transaction."""
        if not outcomes:
            return StoreResult()
        with self._writing() as s:
            src = s.scalar(select(m.Source).where(m.Source.name == name).with_for_update())
            if src is None:
                raise SourceNotFoundError(f"no source named {name!r}")
            read = [o.entry for o in outcomes if o.entry is not None]
            result = self._upsert_entries(s, src, read, tag_titles, now) if read else StoreResult()
            _enrichments.record(s.connection(), outcomes)
            if result.updated:
                src.changed_at = now
            return result

    def enrichment_fields(self, name: str, guids: Sequence[str]) -> dict[str, Mapping[str, Any]]:
        """For those of ``guids`` whose article page was read: what it gave."""
        with self._reading() as s:
            source_id = s.scalar(select(m.Source.id).where(m.Source.name == name))
            found: dict[str, Mapping[str, Any]] = {}
            if source_id is None:
                return found
            for chunk in chunks(list(guids)):
                found.update(_enrichments.fields_by_guid(s.connection(), source_id, chunk))
            return found

    def known_guids(self, name: str, guids: Sequence[str]) -> set[str]:
        """Which of ``guids`` the source already has."""
        with self._reading() as s:
            source_id = s.scalar(select(m.Source.id).where(m.Source.name == name))
            found: set[str] = set()
            for chunk in chunks(list(guids)):
                found.update(
                    s.scalars(
                        select(m.Entry.guid).where(m.Entry.source_id == source_id, m.Entry.guid.in_(chunk))
                    )
                )
            return found
