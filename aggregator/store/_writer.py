"""Group commit: one writer thread per process records every worker's fetches, many
sources per transaction.

Fetching and parsing stay concurrent (worker threads, parser processes); what they bring
to store goes into one queue. The writer takes what is queued, up to ``MAX_BATCH`` sources,
and records it in one transaction (``Store.apply_updates``: the 304s by one executemany,
each other source in a SAVEPOINT of its own); then it wakes each submitter with its result.
A submitter waits for its commit, so durability is what it was with a transaction per
source: when ``apply_update`` returns, the source's validators, schedule and entries are
committed together; a crash loses only a batch not yet committed, whose submitters never
returned and whose claims were never released (the sources are fetched again).

There is no waiting for company: a batch is what arrived while the previous one was being
written, so a lone fetch is written at once, and under load the batches grow by themselves
(PostgreSQL's commit grouping does the same). A source waits for at most one batch before
its own, and no batch is gathered for longer than ``MAX_WAIT``.

On PostgreSQL each process has its own writer, so several workers still write side by side;
claims are checked inside the batch's transaction as before (row locks).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future

from aggregator.exceptions import StorageError
from aggregator.types import SourceUpdate, StoreResult

logger = logging.getLogger(__name__)

#: Most sources in one transaction: SQLite takes a few thousand rows in one commit without
#: keeping readers of the write-ahead log waiting long, and a source's entries are ~50.
MAX_BATCH = 50
#: Longest a batch is gathered, in seconds, from its first source: a bound on what a source
#: waits behind others' fetches arriving.
MAX_WAIT = 0.1

_STOP = object()


class GroupWriter:
    """The writer thread of one store. ``submit`` from any thread; ``close`` to stop it."""

    def __init__(
        self,
        apply_batch: Callable[[Sequence[SourceUpdate]], list[StoreResult | Exception]],
        *,
        max_batch: int = MAX_BATCH,
        max_wait: float = MAX_WAIT,
    ) -> None:
        self._apply_batch = apply_batch
        self.max_batch = max_batch
        self.max_wait = max_wait
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="store-writer", daemon=True)
        self._closed = False
        #: Transactions written, and sources in them (for tests and benchmarks).
        self.batches = 0
        self.sources = 0
        self._thread.start()

    def submit(self, upd: SourceUpdate) -> StoreResult:
        """Record ``upd`` in the next batch and return once it is committed; raises what
        applying it alone would have raised (ClaimLostError, StorageError...)."""
        return self.submit_later(upd).result()

    def submit_later(self, upd: SourceUpdate) -> Future[StoreResult]:
        """Queue ``upd`` for the next batch; the future is done once it is committed (its
        result or exception what ``submit`` returns or raises)."""
        if self._closed:
            raise StorageError("database write failed: the store is closed")
        future: Future[StoreResult] = Future()
        self._queue.put((upd, future))
        return future

    def close(self, timeout: float = 30.0) -> None:
        """Write what is queued, then stop the thread."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(_STOP)
        self._thread.join(timeout)

    def _run(self) -> None:
        stop = False
        while not stop:
            item = self._queue.get()
            if item is _STOP:
                return
            batch = [item]
            deadline = time.monotonic() + self.max_wait
            while len(batch) < self.max_batch and time.monotonic() < deadline:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    stop = True
                    break
                batch.append(item)
            self._write(batch)  # type: ignore[arg-type]

    def _write(self, batch: list[tuple[SourceUpdate, Future[StoreResult]]]) -> None:
        updates = [upd for upd, _ in batch]
        try:
            results = self._apply_batch(updates)
        except BaseException as e:  # never lose the thread: every submitter hears of it
            logger.error("batch write failed sources=%d", len(batch), exc_info=True)
            results = [e if isinstance(e, Exception) else StorageError(repr(e))] * len(batch)
        self.batches += 1
        self.sources += len(batch)
        for (_, future), result in zip(batch, results, strict=True):
            if isinstance(result, Exception):
                future.set_exception(result)
            else:
                future.set_result(result)
