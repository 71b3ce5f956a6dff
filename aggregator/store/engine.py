"""Engine and sessions: SQLite pragmas, BEGIN IMMEDIATE for writes, PostgreSQL as is.

Where the two backends differ, the difference lives here (and in the claim query's
``FOR UPDATE SKIP LOCKED``, Store.claim_due_sources): SQLite has one writer at a time, so
what PostgreSQL needs locks for is already serialized there.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypedDict, Unpack

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool, StaticPool

from aggregator.exceptions import StorageError
from aggregator.store.models import Base

#: First half of the two-part advisory lock keys taken by ``lock_keys`` ("dedu").
KEY_LOCK_SPACE = 0x64656475
#: How long a SQLite writer waits for another writer's lock before failing, in ms.
SQLITE_BUSY_TIMEOUT_MS = 30_000


#: The pip extra that installs each backend's driver (README, "Configuration").
DRIVER_EXTRAS = {"postgresql": "postgres"}


def missing_driver(url: str) -> str | None:
    """What to install when the database driver of ``url`` is not importable, else None."""
    parsed = make_url(url)
    try:
        parsed.get_dialect().import_dbapi()
    except ImportError as e:
        backend = parsed.get_backend_name()
        extra = DRIVER_EXTRAS.get(backend)
        fix = (
            f"install aggregator[{extra}] (pip install 'aggregator[{extra}]')"
            if extra
            else f"install the Python package {e.name or parsed.get_driver_name()!r}"
        )
        return (
            f"the {backend} driver {parsed.get_driver_name()!r} is not installed "
            f"({e.name or 'module'} not found): {fix}"
        )
    return None


class EngineOptions(TypedDict, total=False):
    """What callers may set of ``create_engine``'s options (tests: a pool, driver arguments)."""

    poolclass: type[Pool]
    connect_args: dict[str, object]


def make_engine(url: str, **kwargs: Unpack[EngineOptions]) -> Engine:
    """An engine for ``url``, with the pragmas and transaction handling we rely on.

    Raises:
        StorageError: the backend's driver is not installed (saying which extra installs it).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        problem = missing_driver(url)
        if problem:
            raise StorageError(problem)
        return create_engine(url, pool_pre_ping=True, **kwargs)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    else:  # one in-memory database shared by every session
        kwargs.setdefault("poolclass", StaticPool)
        kwargs.setdefault("connect_args", {"check_same_thread": False})
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def writer(engine: Engine) -> Engine:
    """The engine to open write transactions with.

    On SQLite, a deferred transaction that reads then writes fails at once with "database is
    locked" when another connection wrote in between, whatever the busy timeout: writes take
    the lock up front with BEGIN IMMEDIATE and wait for it instead.
    """
    if engine.dialect.name == "sqlite":
        return engine.execution_options(sqlite_begin="IMMEDIATE")
    return engine


def lock_keys(session: Any, keys: Iterable[str]) -> None:
    """Lock these keys until the end of the session's transaction, so that two writers
    working on the same keys take turns: PostgreSQL transaction-level advisory locks, taken
    in sorted order (no deadlock between two lockers); nothing to do on SQLite, whose write
    transactions already take turns."""
    if session.get_bind().dialect.name != "postgresql":
        return
    ordered = sorted(set(keys))
    if ordered:  # one round trip; WITH ORDINALITY keeps the order the locks are taken in
        session.execute(
            text(
                "SELECT pg_advisory_xact_lock(:space, hashtext(k.key))"
                " FROM unnest(CAST(:keys AS text[])) WITH ORDINALITY AS k(key, n)"
                " ORDER BY k.n"
            ),
            {"space": KEY_LOCK_SPACE, "keys": ordered},
        )


def insert_missing(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """INSERT ... ON CONFLICT DO NOTHING: rows another writer inserted first (PostgreSQL's
    concurrent writers; a plain INSERT would fail on the unique key) are left as they are."""
    # Two statements, not one name bound to either insert(): each dialect's Insert is its own type.
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        session.execute(postgresql.insert(model).on_conflict_do_nothing(), rows)
    else:
        from sqlalchemy.dialects import sqlite

        session.execute(sqlite.insert(model).on_conflict_do_nothing(), rows)


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let the "begin" event issue BEGIN itself (pysqlite's own is always deferred).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    # Under WAL, NORMAL loses no committed data on a process crash, only on power loss
    # before a checkpoint, and saves an fsync per commit.
    cursor.execute("PRAGMA synchronous = NORMAL")
    # Each source of a group commit is written in a SAVEPOINT, whose statement journal is a
    # temporary file by default: in memory (a batch's changed pages at most), a cold pass
    # spent about 40 % less time in SQLite's inserts and savepoint releases (2026-12-04,
    # docs/performance.md). cache_size was measured too (16 and 32 MiB): no clear change.
    cursor.execute("PRAGMA temp_store = MEMORY")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")
