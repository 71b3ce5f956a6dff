"""The quick pass of ``aggregator fetch`` on SQLite: sources that answer 304 Not Modified
recorded with the standard library's sqlite3, without the store (SQLAlchemy, about half of
the process's start-up) and without a Python object per source beyond what a 304 needs.

    check     the schema at head, the store already matching the configuration (what
              ``update.apply_configuration`` would change: nothing), no live claim
    claim     the named sources, in one write transaction (BEGIN IMMEDIATE, as the store)
    fetch     conditional requests, host by host (politeness.HostLimiter)
    schedule  schedule.next_after_fetch, the updater's own decision
    record    every 304 in one transaction: types.fetch_only_values, the store's columns

Anything else is left to the normal pass, which the caller runs next for those sources:
a body, a failure, a redirect, a source read through a feed it advertises (``via``), one
with article pages still to read (enrich.py), a disabled one. Their responses (or errors) are handed
over in ``QuickPass.fetched``: nothing is requested twice. When a check fails (another
schema revision, a configuration not applied yet, a claim held, PostgreSQL, WebSub on),
``quick_pass`` returns None and the normal pass does everything, as before.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import time
from array import array
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aggregator.config import Config
from aggregator.exceptions import FetchError
from aggregator.fetch import Fetcher
from aggregator.politeness import HostLimiter, host_of, in_windows
from aggregator.schedule import (
    RHYTHM_ENTRIES,
    claim_token,
    fetch_only_values,
    freshness,
    lease_for,
    next_after_fetch,
)
from aggregator.tag import TAGGING_SETTING, tagging_fingerprint
from aggregator.types import Fetched, NotModified, SourceUpdate, UpdateResult

logger = logging.getLogger("aggregator.update")

#: The schema revision this pass reads and writes: store/_migrate.HEAD (a test keeps them
#: equal). A database at another revision takes the normal pass, which migrates or refuses.
SCHEMA_REVISION = "0008"
#: As the store's engine (store/engine.py): a writer waits for another rather than failing.
BUSY_TIMEOUT_MS = 30_000

_SOURCES = (
    "SELECT name, url, config_url, type, active, disabled, etag, last_modified, via,"
    " claimed_until, feed_ttl, id FROM sources"
)
# store/_sources.py's _RECENT_DATES_OF: the newest dated entries of each source, newest first.
_RECENT_DATES = (
    "SELECT s.name, coalesce(e.published, e.updated) FROM sources AS s JOIN entries AS e"
    " ON e.id IN (SELECT n.id FROM entries AS n WHERE n.source_id = s.id"
    " AND coalesce(n.published, n.updated) IS NOT NULL"
    " ORDER BY n.sort_date DESC, n.id DESC LIMIT ?)"
    " WHERE s.name IN ({names}) ORDER BY s.name, e.sort_date DESC, e.id DESC"
)
#: Names bound in one statement, under SQLite's default limit of variables.
_CHUNK = 500


@dataclass
class QuickPass:
    """What the quick pass did: the 304s it recorded, and the sources left to the normal
    pass with what their fetch already brought."""

    results: list[UpdateResult] = field(default_factory=list)
    #: Sources for the normal pass, in the order given.
    rest: list[str] = field(default_factory=list)
    #: Responses (or the fetch's error) of sources in ``rest`` fetched here, by name, with
    #: the URL and validators they were fetched with (update.Updater.prefetched).
    fetched: dict[str, tuple[str, str | None, str | None, Fetched | NotModified | FetchError]] = field(
        default_factory=dict
    )


@dataclass(frozen=True, slots=True)
class _Claimed:
    name: str
    url: str
    etag: str | None
    last_modified: str | None
    feed_ttl: timedelta | None
    #: The source's own ``interval`` (None: its rhythm, or the scheduler's default).
    interval: timedelta | None


def sqlite_path(url: str) -> str | None:
    """The file of a ``sqlite:///`` URL as the configuration renders it (absolute), None
    for anything else (PostgreSQL, memory, URI filenames, query options)."""
    if not url.startswith("sqlite:///") or any(c in url for c in "?#%@"):
        return None
    path = url[len("sqlite:///") :]
    return path if path.startswith("/") else None


def quick_pass(config: Config, names: Sequence[str], fetcher: Fetcher) -> QuickPass | None:
    """Fetch ``names`` and record their 304s, or None when the normal pass must do all."""
    path = sqlite_path(config.database.url)
    if path is None or config.websub.subscribe or not Path(path).is_file():
        return None
    # One thread per connection (sqlite3's check_same_thread stays on): a connection used by
    # two threads at once can crash the process, and did (SIGSEGV) when the rhythms were
    # still being read on it while the pass wrote and closed it.
    conn = _connect(path)
    try:
        return _run(conn, path, config, names, fetcher)
    except sqlite3.Error as e:  # the normal pass says what is wrong, in its own words
        logger.debug("quick pass not taken error=%s", e)
        return None
    finally:
        conn.close()


def _connect(path: str) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)


def _run(
    conn: sqlite3.Connection, path: str, config: Config, names: Sequence[str], fetcher: Fetcher
) -> QuickPass | None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA synchronous = NORMAL")
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        return None
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] != SCHEMA_REVISION:
        return None
    now = datetime.now(UTC)
    claimer = claim_token()
    lease = lease_for(config)
    conn.execute("BEGIN IMMEDIATE")
    try:
        claimed = _claim(conn, config, names, now, claimer, lease)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    if claimed is None:
        conn.execute("ROLLBACK")
        return None
    conn.execute("COMMIT")
    done = QuickPass(rest=[n for n in names if n not in claimed])
    # The rhythms are read while the first requests are out (sqlite3 lets go of the GIL), on
    # a connection of their own.
    reading = ThreadPoolExecutor(1, thread_name_prefix="rhythms")
    rhythmic = [c.name for c in claimed.values() if c.interval is None]  # else not used
    rhythms = reading.submit(_recent_dates, rhythmic, path)
    reading.shutdown(wait=False)
    rng = random.Random()
    updates: dict[str, tuple[SourceUpdate, UpdateResult]] = {}

    given_back: list[str] = []  # a surprise here: the normal pass does it all again

    def one(c: _Claimed) -> None:
        try:
            record(c)
        except Exception:
            logger.debug("quick pass left a source to the normal pass source=%s", c.name, exc_info=True)
            given_back.append(c.name)

    def record(c: _Claimed) -> None:
        started, fetched_at = time.monotonic(), datetime.now(UTC)  # as Updater.update_source
        try:
            response: Fetched | NotModified | FetchError = fetcher.fetch(
                c.url, etag=c.etag, last_modified=c.last_modified
            )
        except FetchError as e:
            response = e
        if not isinstance(response, NotModified) or response.permanent_url:
            done.fetched[c.name] = (c.url, c.etag, c.last_modified, response)
            return
        when, basis = next_after_fetch(
            fetched_at,
            c.interval,
            config.scheduler,
            [datetime.fromtimestamp(t, UTC) for t in rhythms.result().get(c.name, ())],
            (freshness(response.headers, fetched_at), c.feed_ttl),
            rng,
        )
        update = SourceUpdate(
            name=c.name,
            fetched_at=fetched_at,
            next_fetch=when,
            status=304,
            etag=response.etag or c.etag,
            last_modified=response.last_modified or c.last_modified,
            claimed_by=claimer,
        )
        result = UpdateResult(
            source=c.name,
            not_modified=True,
            status=304,
            next_fetch=when,
            basis=basis,
            seconds=time.monotonic() - started,
        )
        updates[c.name] = (update, result)

    with ThreadPoolExecutor(config.scheduler.workers, thread_name_prefix="fetch") as pool:
        limiter = HostLimiter(pool, config.fetch.max_per_host)
        in_windows(
            list(claimed.values()),
            lambda window: [limiter.submit(host_of(c.url), one, c) for c in window],
            limiter,
            config.scheduler.workers,
        )
    released = [*done.fetched, *given_back]
    try:
        done.results = _record(conn, claimer, [u for u, _ in updates.values()], released, updates)
    except sqlite3.Error:
        _release(conn, claimer)  # else this live process's claims would hold them back
        raise
    done.rest += [n for n in names if n in done.fetched or n in given_back]
    return done


def _release(conn: sqlite3.Connection, claimer: str) -> None:
    """Every claim of this pass given back, as far as the database lets us."""
    try:
        conn.execute(
            "UPDATE sources SET claimed_until = NULL, claimed_by = NULL WHERE claimed_by = ?", (claimer,)
        )
    except sqlite3.Error as e:
        logger.warning("claims not released claimer=%s error=%s", claimer, e)


def _claim(
    conn: sqlite3.Connection,
    config: Config,
    names: Sequence[str],
    now: datetime,
    claimer: str,
    lease: timedelta,
) -> dict[str, _Claimed] | None:
    """Claim those of ``names`` the quick pass can take; None when the store does not
    match the configuration yet, or a claim is held (the normal pass then sees to both)."""
    rows = {r[0]: r for r in conn.execute(_SOURCES)}
    stamp = _stamp(now)
    for name, _url, _curl, _type, active, _dis, _e, _lm, _via, claimed_until, _ttl, _id in rows.values():
        if claimed_until is not None and claimed_until > stamp:
            return None  # held by a live worker, or one that died: release_dead_claims
        if active and config.source(name) is None:
            return None  # sync_sources would make it inactive
    for cfg in config.sources:
        row = rows.get(cfg.name)
        if row is None or not row[4] or row[2] != cfg.url or row[3] != cfg.type:
            return None  # sync_sources would add, reactivate or change it
    tags = dict(conn.execute("SELECT slug, title FROM tags WHERE configured"))
    if tags != {t.slug: t.title for t in config.tags}:
        return None  # sync_tags would change them
    fingerprint = conn.execute("SELECT value FROM settings WHERE key = ?", (TAGGING_SETTING,)).fetchone()
    if fingerprint is None or fingerprint[0] != tagging_fingerprint(config):
        return None  # entries to retag first
    # Sources with article pages still to read (or read again): enrich.enrich_due's work.
    pending = {
        source_id
        for (source_id,) in conn.execute(
            "SELECT DISTINCT source_id FROM enrichments WHERE next_try_at IS NOT NULL"
        )
    }
    claimed: dict[str, _Claimed] = {}
    until = _stamp(now + lease)
    for name in names:
        source = config.source(name)
        row = rows[name]
        if source is None or row[5] or row[8] is not None or (source.may_enrich() and row[11] in pending):
            continue  # disabled, read through a feed it advertises, or article pages due
        claimed[name] = _Claimed(
            name=name,
            url=row[1],
            etag=row[6],
            last_modified=row[7],
            feed_ttl=timedelta(seconds=row[10]) if row[10] else None,
            interval=source.interval,
        )
    conn.executemany(
        "UPDATE sources SET claimed_until = ?, claimed_by = ? WHERE name = ?",
        [(until, claimer, name) for name in claimed],
    )
    return claimed


def _recent_dates(names: list[str], path: str) -> dict[str, array[float]]:
    """The rhythms' dates, by source, as POSIX timestamps: 8 bytes a date rather than a
    datetime's 48 and a list's slot, for as many as 20 dates of each of 10,000 sources."""
    found: dict[str, array[float]] = {}
    conn = _connect(path)
    try:
        for i in range(0, len(names), _CHUNK):
            chunk = names[i : i + _CHUNK]
            query = _RECENT_DATES.format(names=",".join("?" * len(chunk)))
            for name, date in conn.execute(query, (RHYTHM_ENTRIES, *chunk)):
                found.setdefault(name, array("d")).append(_parse_stamp(date).timestamp())
    finally:
        conn.close()
    return found


def _record(
    conn: sqlite3.Connection,
    claimer: str,
    updates: list[SourceUpdate],
    released: list[str],
    results: dict[str, tuple[SourceUpdate, UpdateResult]],
) -> list[UpdateResult]:
    """Every 304 in one transaction, each only while the claim is still this one and the
    row still reads no ``via`` (as the store's ``_record_fetch_only``); the claims of the
    sources left to the normal pass given back in the same transaction."""
    from aggregator.exceptions import ClaimLostError

    out = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        for upd in updates:
            values = fetch_only_values(upd)
            columns = ", ".join(f"{k} = ?" for k in values)
            cursor = conn.execute(
                f"UPDATE sources SET {columns} WHERE name = ? AND via IS NULL AND claimed_by = ?",
                [_column(v) for v in values.values()] + [upd.name, claimer],
            )
            result = results[upd.name][1]
            if cursor.rowcount != 1:
                error = ClaimLostError(f"the claim on {upd.name} is no longer this process's")
                logger.warning("claim lost, result dropped source=%s error=%s", upd.name, error)
                result = UpdateResult(source=upd.name, error=error)
            out.append(result)
        conn.executemany(
            "UPDATE sources SET claimed_until = NULL, claimed_by = NULL WHERE name = ? AND claimed_by = ?",
            [(name, claimer) for name in released],
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    for result in out:
        if result.error is None:
            _log(result)
    return out


def _log(result: UpdateResult) -> None:
    """The updater's line for a fetch (update/_updater.py ``Updater._log``)."""
    if not logger.isEnabledFor(logging.INFO):
        return
    assert result.next_fetch is not None
    logger.info(
        "source fetched source=%s outcome=%s status=%s new=%d updated=%d ms=%d next=%s basis=%s",
        result.source,
        "not-modified",
        result.status,
        0,
        0,
        result.seconds * 1000,
        result.next_fetch.isoformat(timespec="seconds"),
        result.basis,
    )


def _stamp(when: datetime) -> str:
    """A date as the store's UTCDateTime keeps it on SQLite: naive UTC text with
    microseconds (SQLAlchemy's SQLite DATETIME format), which sorts as the date does."""
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _parse_stamp(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _column(value: object) -> object:
    return _stamp(value) if isinstance(value, datetime) else value
