"""The scheduler: an APScheduler tick that claims due sources and feeds a bounded pool.

Each source carries its own next fetch time in the store; the tick (every few seconds) only
asks the store which sources are due and claims as many as there are free workers. Claiming
through the database, not through in-memory jobs, is what lets several processes share one
PostgreSQL database. Built by ``build_scheduler(config, store)``; no module globals.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler

from aggregator.config import Config
from aggregator.exceptions import StorageError
from aggregator.export import Exporter
from aggregator.fetch import Fetcher
from aggregator.retention import CHECK_EVERY, retention_job
from aggregator.store import Store
from aggregator.types import UpdateResult
from aggregator.update import Updater, update_due_sources

logger = logging.getLogger(__name__)

#: Seconds between ticks: how late a due source may start, at worst.
TICK_SECONDS = 5
#: How often the tick records that it is alive (read by /healthz).
HEARTBEAT = timedelta(seconds=30)
HEARTBEAT_SETTING = "scheduler_last_tick"


class Poller:
    """The tick's state: the worker pool and what is in flight."""

    def __init__(self, updater: Updater, *, export: bool = True) -> None:
        self.updater = updater
        self.workers = updater.config.scheduler.workers
        self.pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="fetch")
        self.exporter = Exporter(updater.store, updater.config) if export else None
        self._lock = threading.Lock()
        self._in_flight = 0
        #: A claim is under way (from the tick or from a finished fetch).
        self._filling = False
        #: The last claim filled every free fetcher: more sources may be due.
        self._backlog = False
        self._changed = False
        self._stopping = False
        self._last_heartbeat: datetime | None = None
        #: When the tick last ran to completion (for health checks in this process).
        self.last_tick: datetime | None = None

    def tick(self) -> None:
        now = datetime.now(UTC)
        try:
            self._heartbeat(now)
            self._fill(now)
            self._export_if_changed()
        except StorageError as e:
            logger.error("tick failed, will retry error=%s", e)
        self.last_tick = now

    def _fill(self, now: datetime | None = None) -> None:
        """Claim as many due sources as there are free fetchers, and start them."""
        with self._lock:
            free = self.workers - self._in_flight
            if self._stopping or self._filling or free <= 0:
                return
            self._filling = True
            self._in_flight += free  # reserved, so a fetch finishing meanwhile sees no room
        claimed = 0
        try:
            futures = update_due_sources(self.updater, self.pool, limit=free,
                                         now=now or datetime.now(UTC))
            claimed = len(futures)
            with self._lock:
                self._backlog = claimed == free
            # Still "filling": a fetch already done calls _done here, which must not
            # claim again from inside this claim.
            for future in futures:
                future.add_done_callback(self._done)
        finally:
            with self._lock:
                self._in_flight -= free - claimed
                self._filling = False

    def _done(self, future: Future[UpdateResult]) -> None:
        with self._lock:
            self._in_flight -= 1
            if not future.cancelled() and future.exception() is None:
                result = future.result()
                self._changed |= bool(result.new or result.updated)
            backlog = self._backlog and not self._stopping
        # More sources were due than fetchers were free: claim the next at once rather
        # than at the next tick, so throughput is bounded by the fetchers, not the tick.
        if backlog:
            try:
                self._fill()
            except StorageError as e:
                logger.error("claim failed, the tick will retry error=%s", e)

    def _heartbeat(self, now: datetime) -> None:
        if self._last_heartbeat is None or now - self._last_heartbeat >= HEARTBEAT:
            self.updater.store.set_setting(HEARTBEAT_SETTING, now.isoformat())
            self._last_heartbeat = now

    def _export_if_changed(self) -> None:
        with self._lock:
            changed, self._changed = self._changed, False
        if changed and self.exporter is not None:
            try:
                self.exporter.export()
            except OSError as e:
                logger.error("static export failed dir=%s error=%s",
                             self.updater.config.output.dir, e)

    def stop(self) -> None:
        """Take no new fetches; wait for those in flight."""
        with self._lock:
            self._stopping = True
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.updater.fetcher.close()
        # Sources claimed for fetches that were cancelled: due again now, for other workers.
        try:
            released = self.updater.store.release_claims(self.updater.claimer)
        except StorageError as e:
            logger.error("claims not released, they expire with their lease error=%s", e)
        else:
            if released:
                logger.info("claims released sources=%d", released)


def build_scheduler(config: Config, store: Store, *, blocking: bool = False
                    ) -> tuple[BaseScheduler, Poller]:
    """An APScheduler (Blocking for ``worker``, Background for ``run``) with the tick job."""
    fetcher = Fetcher(config.fetch, max_connections=max(10, config.scheduler.workers * 2))
    poller = Poller(Updater(config=config, store=store, fetcher=fetcher),
                    export=config.output.export)
    scheduler: BaseScheduler = BlockingScheduler(timezone=UTC) if blocking \
        else BackgroundScheduler(timezone=UTC)
    scheduler.add_job(poller.tick, "interval", seconds=TICK_SECONDS, id="tick",
                      coalesce=True, max_instances=1, next_run_time=datetime.now(UTC),
                      misfire_grace_time=None)
    if config.retention.enabled:
        scheduler.add_job(retention_job, "interval", args=(config, store), id="retention",
                          seconds=CHECK_EVERY.total_seconds(), coalesce=True, max_instances=1,
                          next_run_time=datetime.now(UTC) + timedelta(minutes=1),
                          misfire_grace_time=None)
    return scheduler, poller
