"""The scheduler: an APScheduler tick that claims due sources and feeds a bounded pool.

Each source carries its own next fetch time in the store; the tick (every few seconds) only
asks the store which sources are due and claims as many as there are free workers. Claiming
through the database, not through in-memory jobs, is what lets several processes share one
PostgreSQL database. Built by ``build_scheduler(config, store)``; no module globals.

The tick is also what the systemd watchdog and ``/healthz`` watch: it counts as alive while
it keeps finishing on time (``Poller.alive``). It only claims and hands out work, so it is
quick when healthy; the static export runs on a thread of its own, so a long export never
looks like a hung scheduler. Stopping (``Poller.stop``) lets fetches in flight finish
within a grace period and gives back the claims of those that cannot.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from apscheduler.schedulers.background import BackgroundScheduler

from aggregator.config import Config
from aggregator.exceptions import StorageError
from aggregator.export import Exporter
from aggregator.fetch import Fetcher
from aggregator.metrics import Metrics
from aggregator.politeness import HostLimiter
from aggregator.retention import CHECK_EVERY, retention_job
from aggregator.store import Store
from aggregator.types import UpdateResult
from aggregator.update import Updater, update_due_sources

if TYPE_CHECKING:
    from aggregator.websub.runner import WebSubRunner

logger = logging.getLogger(__name__)

#: Seconds between ticks: how late a due source may start, at worst.
TICK_SECONDS = 5.0
#: Shortest tick period, when a short watchdog asks for more frequent proof of life.
MIN_TICK_SECONDS = 1.0
#: The tick is stale when none finished for this many periods: one late tick is a slow
#: database answer, three in a row are a scheduler that no longer runs.
STALE_TICKS = 3
#: Claims per tick when sources are given back because their host is busy.
MAX_CLAIM_ROUNDS = 4
#: How often the tick records that it is alive in the database (read by /healthz of other
#: processes: ``serve`` beside workers).
HEARTBEAT = timedelta(seconds=30)
#: A static export that failed (disk full, directory read-only) is tried again this long
#: after, not at every tick.
EXPORT_RETRY = 10.0


@dataclass
class PollerStats:
    """What this process fetched since it started (for systemd's STATUS= line)."""

    fetched: int = 0
    failed: int = 0
    new: int = 0


class Poller:
    """The tick's state: the worker pool, what is in flight, and whether the tick is alive."""

    def __init__(
        self,
        updater: Updater,
        *,
        tick_seconds: float = TICK_SECONDS,
        metrics: Metrics | None = None,
        export: bool = True,
    ) -> None:
        #: Replaced whole on reload; a tick and each fetch use the one they started with.
        self.updater = updater
        self.workers = updater.config.scheduler.workers
        self.pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="fetch")
        self.tick_seconds = tick_seconds
        self.stale_after = STALE_TICKS * tick_seconds
        self.metrics = metrics
        self.limiter = HostLimiter(self.pool, updater.config.fetch.max_per_host)
        self.export = export
        #: Remembers which feed versions it wrote: an export renders only what changed.
        self.exporter = Exporter(updater.store, updater.config, metrics)
        self.stats = PollerStats()
        #: When the tick last finished (reported by /healthz).
        self.last_tick: datetime | None = None
        #: Ticks failed since the last that succeeded (reported by /healthz).
        self.consecutive_failures = 0
        self._exporter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="export")
        self._export_future: Future[None] | None = None
        self._lock = threading.Lock()
        self._in_flight: dict[Future[UpdateResult], str] = {}
        # Export once at start: the previous run may have stopped before its last export.
        self._changed = export
        self._stopping = False
        self._tick_running = False
        #: A claim is under way (from the tick, or from a fetch that finished).
        self._filling = False
        #: The last claim filled every free worker: more sources may be due now.
        self._backlog = False
        # Starting counts as a tick: stale only when none finishes for stale_after.
        self._last_done = time.monotonic()
        self._last_heartbeat: datetime | None = None
        self._retired: list[Fetcher] = []
        #: Sources whose result could not be stored (database down, disk full): their
        #: claims are given back once the database answers, so they are fetched again then
        #: rather than when the lease ends.
        self._unstored: set[str] = set()
        #: When the last export failed (monotonic), None when it succeeded.
        self._export_failed: float | None = None
        #: Hub deliveries, pings and our subscriptions ([websub]); None when off.
        self.websub = _websub_runner(updater.config, updater.store, metrics)

    # -- the tick ---------------------------------------------------------------------------

    def tick(self) -> None:
        now = datetime.now(UTC)
        with self._lock:
            if self._stopping:
                return
            self._tick_running = True
        finished = False
        try:
            self._heartbeat(now)
            self._release_unstored()
            self._fill(now)
            self._export_if_changed()
            if self.websub is not None:
                self.websub.kick()
            finished = True
            if self.consecutive_failures:
                logger.info("tick succeeded again after_failures=%d", self.consecutive_failures)
            self.consecutive_failures = 0
        except StorageError as e:
            # The database is down, locked or refuses writes: the tick itself ran (the
            # watchdog is fed), and will retry; /healthz and /metrics count the failures.
            self.consecutive_failures += 1
            logger.error(
                "tick failed, will retry failures_in_a_row=%d error=%s", self.consecutive_failures, e
            )
            if self.metrics is not None:
                self.metrics.tick_failures.inc()
            finished = True
        finally:
            if self.metrics is not None:
                self.metrics.tick_failures_in_a_row.set(self.consecutive_failures)
            # A tick that raised anything else is a bug: it does not count as alive.
            with self._lock:
                self._tick_running = False
                if finished:
                    self._last_done = time.monotonic()
                    self.last_tick = now
            if finished and self.metrics is not None:
                self.metrics.last_tick.set(now.timestamp())

    def _fill(self, now: datetime | None = None) -> None:
        """Claim as many due sources as there are free workers, and start them. Sources of a
        busy host are given back, due a little later: claim again for the workers they left
        free (the requeued ones are no longer due now)."""
        with self._lock:
            if self._stopping or self._filling:
                return
            self._filling = True
        try:
            now = now or datetime.now(UTC)
            for _ in range(MAX_CLAIM_ROUNDS):
                updater = self.updater
                with self._lock:
                    free = self.workers - len(self._in_flight)
                if free <= 0:
                    break
                dispatch = update_due_sources(updater, self.limiter, limit=free, now=now, busy="requeue")
                claimed = len(dispatch.futures) + len(dispatch.requeued)
                with self._lock:
                    self._in_flight.update((f, name) for name, f in dispatch.futures.items())
                    self._backlog = claimed == free
                for future in dispatch.futures.values():
                    future.add_done_callback(self._done)
                if not dispatch.requeued:
                    break
        finally:
            with self._lock:
                self._filling = False

    def service_writes(self) -> tuple[bool, int]:
        """Whether this process's last database write failed, and how many did (for the
        /healthz and /metrics of its web processes, web/tickshare.py)."""
        store = self.updater.store
        return store.write_error is not None, store.write_failures

    def alive(self) -> bool:
        """True while ticks keep finishing: the last one no more than ``stale_after`` ago."""
        with self._lock:
            last = self._last_done
        return time.monotonic() - last <= self.stale_after

    def stale_for(self) -> float:
        """Seconds since the last tick finished."""
        with self._lock:
            return time.monotonic() - self._last_done

    def in_flight(self) -> int:
        with self._lock:
            return len(self._in_flight)

    def _done(self, future: Future[UpdateResult]) -> None:
        with self._lock:
            self._in_flight.pop(future, None)
            backlog = self._backlog and not self._stopping
        # More sources were due than workers were free: claim the next at once rather than
        # at the next tick, so throughput is bounded by the workers, not by the tick.
        if backlog:
            try:
                self._fill()
            except StorageError as e:
                logger.error("claim failed, the tick will retry error=%s", e)
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:  # update_source() never raises; a bug if it did
            logger.error("source update raised", exc_info=error)
            return
        result = future.result()
        with self._lock:
            if isinstance(result.error, StorageError):
                self._unstored.add(result.source)
            self.stats.fetched += 1
            self.stats.failed += not result.ok
            self.stats.new += result.new
            self._changed |= bool(result.new or result.updated or result.enriched)
        if self.metrics is not None:
            self.metrics.observe_update(result)
        if self.websub is not None and (result.new or result.updated or result.enriched):
            self.websub.changed()

    def _release_unstored(self) -> None:
        """Give back the claims of sources whose result the store refused, now that it
        answers again (the heartbeat just wrote): they are fetched again at once."""
        with self._lock:
            names, self._unstored = sorted(self._unstored), set()
        if not names:
            return
        try:
            released = self.updater.store.release_claims(names, claimer=self.updater.claimer)
        except StorageError:
            with self._lock:
                self._unstored.update(names)
            raise
        logger.info(
            "database writable again, sources whose result was not stored are due "
            "again sources=%d released=%d",
            len(names),
            released,
        )

    def _heartbeat(self, now: datetime) -> None:
        if self._last_heartbeat is None or now - self._last_heartbeat >= HEARTBEAT:
            self.updater.store.record_heartbeat(now)
            self._last_heartbeat = now

    # -- static export ----------------------------------------------------------------------

    def _export_if_changed(self) -> Future[None] | None:
        """Start an export when something changed and none is running; its future."""
        with self._lock:
            if not (self.export and self._changed):
                return None
            if self._export_future is not None and not self._export_future.done():
                return self._export_future  # the next tick will see _changed still set
            if self._export_failed is not None and time.monotonic() - self._export_failed < EXPORT_RETRY:
                return None  # a later tick tries again
            self._changed = False
            self._export_future = self._exporter.submit(self._export, self.exporter)
            return self._export_future

    def _export(self, exporter: Exporter) -> None:
        try:
            result = exporter.export()
        except (OSError, StorageError) as e:
            # Disk full, directory read-only, database down: the files already there stay
            # whole (each is replaced atomically); everything is tried again later.
            logger.error(
                "static export failed, will retry in %ds dir=%s error=%s",
                EXPORT_RETRY,
                exporter.config.output.dir,
                e,
            )
            self._export_did_fail()
            return
        except Exception:
            # Anything else is a bug, but the export must not stop for good because of it.
            logger.exception(
                "static export failed, will retry in %ds dir=%s", EXPORT_RETRY, exporter.config.output.dir
            )
            self._export_did_fail()
            return
        if result.failed:
            logger.error(
                "static export left feeds out, will retry in %ds dir=%s failed=%d",
                EXPORT_RETRY,
                exporter.config.output.dir,
                result.failed,
            )
            self._export_did_fail()
            return
        with self._lock:
            recovered, self._export_failed = self._export_failed is not None, None
        if recovered:
            logger.info("static export recovered dir=%s", exporter.config.output.dir)

    def _export_did_fail(self) -> None:
        if self.metrics is not None:
            self.metrics.export_failures.inc()
        with self._lock:
            self._changed = True
            self._export_failed = time.monotonic()

    # -- reload and stop --------------------------------------------------------------------

    def reconfigure(self, config: Config) -> None:
        """Claim and fetch with ``config`` from the next tick on; fetches in flight finish with
        the configuration they started with. ``scheduler.workers`` keeps its value (the pool
        is sized once). Feeds are exported again: tags and sources may have changed."""
        old = self.updater
        fetcher = old.fetcher
        if config.fetch != old.config.fetch:
            fetcher = Fetcher(config.fetch, max_connections=max(10, self.workers * 2))
            self._retired.append(old.fetcher)  # closed at stop: fetches may still use it
        self.updater = Updater(config=config, store=old.store, fetcher=fetcher, stopping=old.stopping)
        self.exporter = Exporter(old.store, config, self.metrics)
        if self.websub is not None:
            self.websub.close()
        self.websub = _websub_runner(config, old.store, self.metrics)
        with self._lock:
            self._changed = self.export

    def stop(self, *, grace: float, budget: float) -> bool:
        """Take no new fetches; let those in flight finish for up to ``grace`` seconds; give
        back the claims of those that did not, so they are fetched at the next start; export
        what changed if time is left within ``budget`` seconds.

        Returns:
            True when nothing is left running; False when a fetch, the tick or the export is
            still stuck, and only leaving the process ends it.
        """
        started = time.monotonic()
        grace_end, end = started + grace, started + budget
        with self._lock:
            self._stopping = True
        self.updater.stopping.set()  # article pages (enrich.py): none started from now on
        # A tick that was running when the stop began may still be handing out work.
        while self._tick_busy() and time.monotonic() < grace_end:
            time.sleep(0.05)
        with self._lock:
            flight = dict(self._in_flight)
        if flight:
            logger.info(
                "waiting for fetches in flight fetches=%d grace_s=%.0f",
                len(flight),
                max(0.0, grace_end - time.monotonic()),
            )
            wait(flight, timeout=max(0.0, grace_end - time.monotonic()))
        for future in flight:
            future.cancel()  # one not started yet never will be
        unfinished = sorted(
            name for future, name in flight.items() if future.cancelled() or not future.done()
        )
        clean = not self._tick_busy()
        if unfinished:
            logger.warning(
                "stopping before fetches finished, they will be fetched at the next start sources=%s",
                ",".join(unfinished),
            )
            clean = False
            if not _within(end, self.updater.store.release_claims, unfinished):
                logger.warning(
                    "claims not released in time, they expire with their lease sources=%s",
                    ",".join(unfinished),
                )
        # Claims of this process still held (fetches cancelled, sources requeued meanwhile):
        # due again now, for other workers, rather than after the lease.
        _within(end, partial(self.updater.store.release_claims, claimer=self.updater.claimer))
        export = self._export_if_changed() or self._export_future
        if export is not None:
            wait([export], timeout=max(0.0, end - time.monotonic()))
            if not export.done():
                logger.warning("static export not finished in time, it runs again at start")
                clean = False
        self.pool.shutdown(wait=False, cancel_futures=True)
        self._exporter.shutdown(wait=False, cancel_futures=True)
        if self.websub is not None:
            self.websub.close(timeout=max(0.0, end - time.monotonic()))
        if clean:
            for fetcher in [self.updater.fetcher, *self._retired]:
                fetcher.close()
        return clean

    def _tick_busy(self) -> bool:
        with self._lock:
            return self._tick_running


def _websub_runner(config: Config, store: Store, metrics: Metrics | None) -> WebSubRunner | None:
    if not config.websub.enabled:
        return None
    from aggregator.websub.runner import WebSubRunner

    return WebSubRunner(config, store, metrics)


def tick_seconds_for(watchdog_interval: float | None) -> float:
    """The tick period: TICK_SECONDS, or shorter when the watchdog wants a proof of life
    more often than that."""
    if watchdog_interval is None:
        return TICK_SECONDS
    return max(MIN_TICK_SECONDS, min(TICK_SECONDS, watchdog_interval))


def build_scheduler(
    config: Config, store: Store, *, tick_seconds: float = TICK_SECONDS, metrics: Metrics | None = None
) -> tuple[BackgroundScheduler, Poller]:
    """A BackgroundScheduler with the tick job, and the Poller it runs. The main thread is
    left to the service's control loop (signals, watchdog), for ``run`` and ``worker``."""
    fetcher = Fetcher(config.fetch, max_connections=max(10, config.scheduler.workers * 2))
    poller = Poller(
        Updater(config=config, store=store, fetcher=fetcher),
        tick_seconds=tick_seconds,
        metrics=metrics,
        export=config.output.export,
    )
    scheduler = BackgroundScheduler(timezone=UTC)
    scheduler.add_job(
        poller.tick,
        "interval",
        seconds=tick_seconds,
        id="tick",
        coalesce=True,
        max_instances=1,
        next_run_time=datetime.now(UTC),
        misfire_grace_time=None,
    )
    # Always there: a reload may turn retention on; the job reads the config in force.
    scheduler.add_job(
        _retention,
        "interval",
        args=(poller,),
        id="retention",
        seconds=CHECK_EVERY.total_seconds(),
        coalesce=True,
        max_instances=1,
        next_run_time=datetime.now(UTC) + timedelta(minutes=1),
        misfire_grace_time=None,
    )
    return scheduler, poller


def _retention(poller: Poller) -> None:
    updater = poller.updater
    if updater.config.retention.enabled:
        retention_job(updater.config, updater.store)


def _within(deadline: float, function: Callable[..., object], *args: object) -> bool:
    """Run ``function(*args)`` on a daemon thread; True when it returned before ``deadline``
    (monotonic). A database write at shutdown may wait on a lock: we do not wait past the
    stop deadline for it."""
    finished = threading.Event()

    def run() -> None:
        try:
            function(*args)
            finished.set()
        except Exception:
            logger.error("shutdown step failed", exc_info=True)

    threading.Thread(target=run, name="stop-step", daemon=True).start()
    return finished.wait(max(0.0, deadline - time.monotonic()))
