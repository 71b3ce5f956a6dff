"""Politeness towards each host: how many requests at once, and how far apart.

Two mechanisms, at two levels, both inside the one global worker pool:

- ``HostLimiter`` (used by ``update_due_sources``): at most ``fetch.max_per_host`` updates of
  sources on one host run at once. A source whose host is busy is *not* handed to a worker
  thread, so no worker ever sits waiting for a host while others' sources are due. Either it
  waits in an in-memory queue and starts when one of its host's updates ends (one pass of
  ``aggregator fetch``: every named source is fetched once), or it is given back to the store,
  due again a few seconds later (the scheduler's tick: it goes behind the sources due now, so a
  host with a hundred due sources does not crowd out the others, and another worker process may
  take it).
- ``HostSpacing`` (used by ``Fetcher.fetch``): two fetches from one host start at least
  ``fetch.host_delay`` apart, including the follow-up requests of one update (next archive
  pages, an advertised feed). Only a worker that already holds one of its host's slots waits
  here, for at most ``max_per_host`` × ``host_delay``; redirect hops inside one fetch are not
  spaced (they are one logical request, and the total timeout covers them).

``in_windows`` (used by ``aggregator fetch``) starts a pass's updates through the
``HostLimiter`` a window of sources at a time, so that what the pass holds in memory is for
the sources in flight, not for all of them.

Hosts are URL host names, as written (``www.example.org`` and ``example.org`` are two hosts).
Both limits hold per process: N worker processes sharing a database may send N times as much.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, Future
from typing import Any, TypeVar
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: How many tasks ``in_windows`` starts at a time; it starts more when half as many are left
#: in flight (or a worker thread has nothing to do).
WINDOW = 256

#: Hosts remembered by HostSpacing before it forgets those whose turn has passed.
MAX_REMEMBERED_HOSTS = 4096


def host_of(url: str) -> str:
    """The politeness key of a URL: its host name, lowercased ("" when it has none)."""
    try:
        return (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""


class HostLimiter:
    """Runs tasks on an executor, at most ``max_per_host`` at a time for one host.

    Thread-safe. Tasks waiting for their host wait in a queue here, not in a worker thread.
    """

    def __init__(self, executor: Executor, max_per_host: int) -> None:
        if max_per_host < 1:
            raise ValueError("max_per_host must be at least 1")
        self.executor = executor
        self.max_per_host = max_per_host
        self._lock = threading.Lock()
        self._running: dict[str, int] = {}
        self._waiting: dict[str, deque[tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]]] = {}

    def running(self, host: str) -> int:
        with self._lock:
            return self._running.get(host, 0)

    def running_total(self) -> int:
        """Tasks started and not ended, all hosts together (those waiting for their host
        are not counted)."""
        with self._lock:
            return sum(self._running.values())

    def try_submit(self, host: str, fn: Callable[..., T], *args: Any) -> Future[T] | None:
        """Start ``fn(*args)`` now if ``host`` has a free slot; None when it has none."""
        with self._lock:
            if self._running.get(host, 0) >= self.max_per_host:
                return None
            self._running[host] = self._running.get(host, 0) + 1
        return self._start(host, fn, args, None)

    def submit(self, host: str, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Start ``fn(*args)`` when ``host`` has a free slot: now, or after one of the
        host's running tasks ends. Returns at once."""
        with self._lock:
            if self._running.get(host, 0) >= self.max_per_host:
                waiting: Future[T] = Future()
                self._waiting.setdefault(host, deque()).append((waiting, fn, args))
                return waiting
            self._running[host] = self._running.get(host, 0) + 1
        return self._start(host, fn, args, None)

    def _start(
        self, host: str, fn: Callable[..., T], args: tuple[Any, ...], outer: Future[T] | None
    ) -> Future[T]:
        try:
            inner = self.executor.submit(fn, *args)
        except RuntimeError as e:  # the executor is shutting down
            self._finished(host)
            if outer is None:
                raise
            outer.set_exception(e)
            return outer
        inner.add_done_callback(lambda _: self._finished(host))
        if outer is None:
            return inner
        inner.add_done_callback(lambda done: _copy_outcome(done, outer))
        return outer

    def _finished(self, host: str) -> None:
        """A task of ``host`` ended: hand its slot to the next one waiting, if any."""
        while True:
            with self._lock:
                queue = self._waiting.get(host)
                if not queue:
                    self._waiting.pop(host, None)
                    left = self._running.get(host, 1) - 1
                    if left > 0:
                        self._running[host] = left
                    else:
                        self._running.pop(host, None)
                    return
                outer, fn, args = queue.popleft()
            # The slot passes on as is; a task cancelled while it waited gives it to the next.
            if outer.set_running_or_notify_cancel():
                self._start(host, fn, args, outer)
                return


def _copy_outcome(done: Future[T], outer: Future[T]) -> None:
    if done.cancelled():
        outer.cancel()
    elif (error := done.exception()) is not None:
        outer.set_exception(error)
    else:
        outer.set_result(done.result())


class HostSpacing:
    """Keeps the starts of two fetches from one host at least ``delay`` seconds apart.

    Thread-safe: each caller reserves the next free start time of its host, then sleeps until
    it (outside the lock), so callers for other hosts never wait.
    """

    def __init__(
        self,
        delay: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay = max(0.0, delay)
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}

    def wait_turn(self, host: str) -> float:
        """Wait until ``host`` may be sent a request; returns the seconds waited."""
        if self.delay <= 0:
            return 0.0
        with self._lock:
            now = self._clock()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self.delay
            if len(self._next) > MAX_REMEMBERED_HOSTS:
                self._next = {h: t for h, t in self._next.items() if t > now}
        wait = start - now
        if wait > 0:
            logger.debug("waiting for host host=%s ms=%d", host, wait * 1000)
            self._sleep(wait)
        return wait


def in_windows(
    items: Sequence[T],
    start: Callable[[Sequence[T]], Iterable[Future[Any]]],
    limiter: HostLimiter,
    workers: int,
) -> list[Any]:
    """The results of ``start`` called on ``items`` a ``WINDOW`` at a time, in their order:
    each call starts its window's tasks through ``limiter`` and returns their futures.

    A pass over every source (``aggregator fetch``) holds a future, a place in its host's
    queue and what its task carries for the tasks in flight only, not for all the sources:
    its memory stays the same for 300 sources or 10,000. A window whose tasks wait for a busy
    host does not hold the others back: the next one starts as soon as a worker thread of
    the ``workers`` is idle. A task's exception is raised here."""
    done: queue.SimpleQueue[Future[Any]] = queue.SimpleQueue()
    results: list[Any] = []
    in_flight = begun = 0
    # Bounded by items: each round starts at least one more window or takes one result.
    while True:
        while begun < len(items) and (in_flight <= WINDOW // 2 or limiter.running_total() < workers):
            window = items[begun : begun + WINDOW]
            begun += len(window)
            for future in start(window):
                future.add_done_callback(done.put)
                in_flight += 1
        if not in_flight:
            return results
        results.append(done.get().result())
        in_flight -= 1
