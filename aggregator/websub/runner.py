"""The WebSub work of a scheduler's process, on a thread of its own so that it never slows
the tick or the fetches: the hub's verifications and deliveries, pings to external hubs, and
our own subscriptions. Woken at once when a pass changed a feed, and at every tick."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

from aggregator.config import Config
from aggregator.fetch import guarded_client
from aggregator.metrics import Metrics
from aggregator.store import Store
from aggregator.websub.hub import Hub
from aggregator.websub.publisher import Publisher
from aggregator.websub.subscriber import Subscriber

logger = logging.getLogger(__name__)

#: Seconds between two looks at our own subscriptions (each look reads every lease).
SUBSCRIBE_EVERY = 60.0


class WebSubRunner:
    def __init__(self, config: Config, store: Store, metrics: Metrics | None = None) -> None:
        self.config = config
        self.store = store
        self.client = guarded_client(config.fetch)
        ws = config.websub
        self.hub = Hub(config, store, self.client, metrics) if ws.hub else None
        self.publisher = Publisher(config, store, self.client) if ws.hubs else None
        self.subscriber = Subscriber(config, store, self.client) if ws.subscribe else None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="websub")
        self._future: Future[None] | None = None
        self._lock = threading.Lock()
        #: A feed changed since the last run (so it is announced and delivered).
        self._changed = True
        self._subscribed_at = float("-inf")
        #: A change came during a run: run once more right after it.
        self._again = False
        #: The store's last change seen: another process's ingest (``aggregator fetch``,
        #: another worker) moves it, and this process announces and delivers then.
        self._last_change: datetime | None = None

    def changed(self) -> None:
        """A pass stored something: announce and deliver now rather than at the next tick
        (right after the run under way, if any)."""
        with self._lock:
            self._changed = True
            if self._future is not None and not self._future.done():
                self._again = True
                return
        self.kick()

    def kick(self) -> None:
        """Start a run unless one is under way (it will be followed by another if needed)."""
        with self._lock:
            if self._future is not None and not self._future.done():
                return
            with contextlib.suppress(RuntimeError):  # shut down: nothing more to run
                self._future = self._executor.submit(self._run)

    def _run(self) -> None:
        now = datetime.now(UTC)
        with self._lock:
            changed, self._changed = self._changed, False
        try:
            last = self.store.last_change()
            changed |= last != self._last_change
            self._last_change = last
            if changed and self.hub is not None:
                self.store.hub_wake(now)
            if changed and self.publisher is not None:
                self.publisher.run_once()
            if self.hub is not None:
                self.hub.run_once(now)
            if self.subscriber is not None and time.monotonic() - self._subscribed_at >= SUBSCRIBE_EVERY:
                self._subscribed_at = time.monotonic()
                # Among several workers, one looks after the subscriptions per period.
                if self.store.claim_periodic(
                    "websub-subscriber", now, timedelta(seconds=SUBSCRIBE_EVERY - 1)
                ):
                    self.subscriber.run_once(now)
        except Exception:  # never the end of WebSub: the next tick tries again
            logger.exception("websub run failed, will retry at the next tick")
            with self._lock:
                self._changed |= changed
        with self._lock:
            if self._again:
                self._again = False
                # Queued behind this run on the one thread: it starts as soon as this ends.
                with contextlib.suppress(RuntimeError):
                    self._future = self._executor.submit(self._run)

    def close(self, timeout: float = 5.0) -> None:
        future = self._future
        if future is not None:
            # Logged by _run, or still running: the process is ending either way.
            with contextlib.suppress(Exception):
                future.result(timeout=timeout)
        self._executor.shutdown(wait=False, cancel_futures=True)
        self.client.close()
