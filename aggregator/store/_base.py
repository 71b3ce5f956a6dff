"""The store's foundation: the engine, the sessions, and the database file under them.

Every room of the store (the mixins of store/__init__.py) reads and writes through
``_reading`` and ``_writing`` here: one short transaction each, the errors of SQLAlchemy
turned into StorageError, a SQLite file deleted or replaced under the process noticed.
Holds no query of its own but ``ping``."""

from __future__ import annotations

import logging
import os
import stat
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from aggregator.exceptions import NotFoundError, StorageError
from aggregator.redact import DEFAULT_SECRET_PARAMS
from aggregator.store import _migrate
from aggregator.store._writer import GroupWriter
from aggregator.store.engine import SQLITE_BUSY_TIMEOUT_MS, make_engine, writer
from aggregator.types import SourceUpdate, StoreResult

logger = logging.getLogger(__name__)


class StoreBase:
    """The engine and the sessions every room of the store works through."""

    def __init__(
        self,
        url: str,
        *,
        migrate: bool = True,
        secret_params: frozenset[str] = DEFAULT_SECRET_PARAMS,
        group_commit: bool = True,
        **engine_options: Any,
    ) -> None:
        """Open the database at ``url``, migrating its schema to the current revision unless
        ``migrate`` is False (then a database not at that revision is refused).

        ``secret_params``: query parameters cut, with userinfo, from every source URL and
        error the store hands out for display (``Entry``, ``SourceInfo``; redact.py). Only
        ``SourceState``, what the fetcher reads, keeps the whole URL.

        ``group_commit``: fetches are recorded by one writer thread, many sources per
        transaction (store/_writer.py); False: each in its own transaction, in the
        caller's thread."""
        self.group_commit = group_commit
        self._writer: GroupWriter | None = None
        self._writer_lock = threading.Lock()
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
        """Write what the group writer holds, then close the connections."""
        with self._writer_lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None  # a store used again after close starts another
        self.engine.dispose()

    def _group_writer(self) -> GroupWriter:
        """This store's writer thread, started at the first fetch to record."""
        writer = self._writer
        if writer is None:
            with self._writer_lock:
                if self._writer is None:
                    self._writer = GroupWriter(self.apply_updates)
                writer = self._writer
        return writer

    def apply_updates(self, updates: Sequence[SourceUpdate]) -> list[StoreResult | Exception]:
        raise NotImplementedError  # the ingest room's (store/_ingest.py)

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
                    logger.error(
                        "database file gone, refusing to work on the copy still open path=%s", self.file
                    )
                    self.file_problem = "gone"
                raise StorageError(
                    f"the database file {self.file} is gone (deleted or moved "
                    "away): put it back, or restart to begin a new one"
                )
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
                logger.warning(
                    "write-ahead file of the old database moved aside path=%s", f"{path}.stale-{stamp}"
                )

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
                "[database] migrate = true)"
            )

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        self._check_file()
        try:
            with self._read() as session:
                try:
                    yield session
                except NotFoundError:
                    # A lookup that found nothing read its one row to the end: the
                    # connection is sound, and dropping it made every 404 open a new one.
                    raise
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
            raise StorageError(
                "database write failed: another thread of this process held "
                "the database for too long; is a pass stuck?"
            )
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


def sqlite_file(url: str) -> str | None:
    """The absolute path of a SQLite database file; None for other databases, in-memory
    ones and ``file:`` URIs."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    name = parsed.database
    if parsed.get_backend_name() != "sqlite" or not name or name == ":memory:" or name.startswith("file:"):
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
    found: set[tuple[int, int]] = set()
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
