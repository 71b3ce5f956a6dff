"""The long-running commands (``run``, ``serve``, ``worker``): start, watch, reload, stop.

    start    open the store (synced to the configuration when this process fetches), the
             scheduler, the HTTP server (``[server] workers`` web processes when more than
             one: web/prefork.py; else a thread of this process); then READY=1 to systemd;
             the history is retagged after a rule change on the "retag" thread meanwhile
             (retag.py), as on SIGHUP
    watch    the main thread waits for signals; every half ``$WATCHDOG_USEC`` it checks that
             the scheduler tick keeps finishing and that the HTTP server answers, and only
             then sends WATCHDOG=1, so systemd restarts a hung process; STATUS= says how
             things stand
    SIGHUP   reload config.toml on the "reload" thread: validate first; on error keep the
             running configuration and log why; else swap the new one into the scheduler
             (next tick) and the web app (next request) and sync the store
    SIGTERM  (and SIGINT) stop listening, take no new fetches, let those in flight finish
             within GRACE_SECONDS, give back the claims of the rest, export, exit 0 within
             STOP_SECONDS

Signal handlers only wake the main thread (``signal.set_wakeup_fd``): no work runs inside
a handler, where it could interrupt a thread holding a lock. Does not fetch, render or
serve by itself: scheduler.py, web/ and notify.py do.
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import signal
import socket
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path
from types import FrameType, TracebackType
from typing import TYPE_CHECKING

from aggregator.config import Config, load_config
from aggregator.exceptions import ConfigError, StorageError
from aggregator.logconfig import set_level, set_secret_params
from aggregator.metrics import Metrics, share_metrics, unshare_metrics
from aggregator.notify import Notifier
from aggregator.retag import Retagger
from aggregator.store import Store
from aggregator.update import apply_configuration, reschedule_changed_intervals

if TYPE_CHECKING:
    from apscheduler.schedulers.base import BaseScheduler
    from flask import Flask

    from aggregator.scheduler import Poller
    from aggregator.web.prefork import WebProcesses
    from aggregator.web.server import WebServer

logger = logging.getLogger(__name__)

#: Seconds the web server reuses a feed's version read from the database (feeds.Documents).
FRESH_FOR = 1.0

#: Fetches in flight at SIGTERM get this long to finish and commit.
GRACE_SECONDS = 7.0
#: Everything done by then after SIGTERM: systemd's stop timeout (TimeoutStopSec=15s in the
#: unit) and the promise of an exit within 10 s leave a margin for the interpreter's exit.
STOP_SECONDS = 9.0
#: How long a retag under way gets to finish its batch at stop (the rest is redone at start).
RETAG_STOP_SECONDS = 1.0
#: How long the HTTP server gets to close its connections at stop.
HTTP_STOP_SECONDS = 1.5
#: How often STATUS= is refreshed (and liveness checked) when systemd asks for no watchdog.
STATUS_SECONDS = 30.0
#: Longest wait for the HTTP server to answer its own liveness request.
HTTP_PROBE_SECONDS = 5.0
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
#: Not a signal: what the "http" thread sends the main thread when its I/O loop died.
HTTP_DIED = 0
#: Exit status after the HTTP server died: a failure, so that systemd starts a new process
#: (Restart=on-failure).
HTTP_DIED_STATUS = 70  # EX_SOFTWARE
#: malloc arenas of a long-running process (limit_malloc_arenas); glibc's M_ARENA_MAX.
MALLOC_ARENAS, M_ARENA_MAX = 2, -8


def run_service(
    config: Config, *, http: bool, fetch: bool, fixed_log_level: bool, listen: tuple[str, int] | None = None
) -> int:
    """Run until SIGTERM or SIGINT; the exit status.

    ``listen``: where a ``worker`` serves /healthz and /metrics (None: no HTTP).

    When a fetch, the tick or the export is still stuck once the stop deadline has passed,
    the process leaves without waiting for it (``os._exit``): its transaction, never
    committed, is rolled back by the database, and its claim was given back.
    """
    limit_malloc_arenas()
    service = Service(config, http=http, fetch=fetch, fixed_log_level=fixed_log_level, listen=listen)
    status, clean = service.run()
    if not clean:
        logger.warning("leaving threads that are still busy behind")
        logging.shutdown()
        sys.stderr.flush()
        os._exit(status)
    return status


def limit_malloc_arenas(arenas: int = MALLOC_ARENAS) -> bool:
    """Cap glibc's malloc arenas for a process that runs for months: by default each
    thread that allocates may get an arena of its own (up to eight per core), and memory
    freed in one is seldom given back, so resident memory creeps up with every busy
    thread (bench/memory.py: 165 MB and rising after 90 s, flat at 117 MB with two).
    Does nothing when $MALLOC_ARENA_MAX is set (the administrator's choice) or off glibc;
    True when applied."""
    if os.environ.get("MALLOC_ARENA_MAX") or not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    return bool(mallopt(M_ARENA_MAX, arenas))


class Service:
    """One ``run``, ``serve`` or ``worker`` process."""

    def __init__(
        self,
        config: Config,
        *,
        http: bool,
        fetch: bool,
        fixed_log_level: bool,
        listen: tuple[str, int] | None = None,
    ) -> None:
        #: The configuration in force; replaced whole on reload.
        self.config = config
        self.http, self.fetch = http, fetch
        #: A worker's address for /healthz and /metrics; feeds are served by ``http``.
        self.listen = None if http else listen
        #: ``--log-level`` was given: a reload does not change the level.
        self.fixed_log_level = fixed_log_level
        self.notifier = Notifier.from_environ()
        #: Web processes of their own serve HTTP ([server] workers): metrics in shared mode.
        self.prefork = http and config.server.workers > 1
        self._metrics_dir = share_metrics() if self.prefork else None
        self.metrics = Metrics()
        self.mode = "run" if http and fetch else "serve" if http else "worker"
        self.store: Store | None = None
        self.poller: Poller | None = None
        self.server: WebServer | WebProcesses | None = None
        self._web_processes: WebProcesses | None = None
        self._scheduler: BaseScheduler | None = None
        self._app: Flask | None = None
        #: Retags the history after a rule change while the server answers (fetching only).
        self.retagger: Retagger | None = None
        self._reload_lock = threading.Lock()
        self._reload_thread: threading.Thread | None = None
        self._reload_again = False
        self._problems: list[str] = []
        self._signals: SignalWaiter | None = None

    def run(self) -> tuple[int, bool]:
        """Serve until a stop signal, or until the HTTP server dies (then stop as for a
        signal, with a failure status); (exit status, whether every thread finished)."""
        with SignalWaiter((*STOP_SIGNALS, signal.SIGHUP)) as signals:
            self._signals = signals
            try:
                self._start()
            except BaseException:
                if self.server is not None:
                    self.server.stop(HTTP_STOP_SECONDS)
                if self.store is not None:
                    self.store.close()
                self._remove_metrics()
                raise
            stop_signal = self._watch(signals)
            clean = self._stop(stop_signal)
            return (HTTP_DIED_STATUS if stop_signal == "HTTP_DIED" else 0), clean

    # -- start ------------------------------------------------------------------------------

    def _start(self) -> None:
        from aggregator.web import create_app
        from aggregator.web.server import THREADS, WebServer

        config = self.config
        self.store = Store(config.database.url, secret_params=config.fetch.secret_params)
        if self.fetch:
            apply_configuration(config, self.store, retag=False)
            self.retagger = Retagger(self.store)
        self.metrics.watch_store(self.store, lambda: self.config)
        if self.prefork:
            from aggregator.web.prefork import WebProcesses

            self.server = self._web_processes = WebProcesses(
                config,
                *self._address(),
                count=config.server.workers,
                threads=THREADS,
                log_level=logging.getLevelName(logging.getLogger("aggregator").level),
                fixed_log_level=self.fixed_log_level,
                fresh_for=FRESH_FOR,
                malloc_arenas=MALLOC_ARENAS,
                ticks=self.fetch,
                shared_dir=Path(self._metrics_dir) if self._metrics_dir else None,
                on_death=self._http_died,
            )
            self.server.start()
        scheduler: BaseScheduler | None = None
        if self.fetch:
            from aggregator.scheduler import build_scheduler, tick_seconds_for  # not for serve

            # Built once the web processes listen (seconds of imports each): its tick is
            # on time from the start, as /healthz and the watchdog judge it.
            scheduler, self.poller = build_scheduler(
                config,
                self.store,
                metrics=self.metrics,
                tick_seconds=tick_seconds_for(self.notifier.watchdog_interval),
            )
            if self._web_processes is not None:
                self._web_processes.watch_ticks(self.poller)
        if not self.prefork and (self.http or self.listen):
            # A feed's state is read from the database at most once a second (FRESH_FOR):
            # a burst of readers polling one feed costs one query.
            self._app = app = create_app(
                config,
                self.store,
                metrics=self.metrics,
                scheduler=self.poller,
                fresh_for=FRESH_FOR,
                feeds=self.http,
            )
            # A worker's server answers its scraper and the watchdog's probe: two threads.
            self.server = WebServer(
                app, *self._address(), threads=THREADS if self.http else 2, on_death=self._http_died
            )
            self.server.start()
        if scheduler is not None:
            scheduler.start()
        self._scheduler = scheduler
        if self.retagger is not None:
            self.retagger.request(config)  # after the server started: it answers meanwhile
        logger.info(
            "started mode=%s url=%s sources=%d workers=%s tick_s=%s watchdog_s=%s",
            self.mode,
            self._url() if self.server else "-",
            len(config.sources),
            config.scheduler.workers if self.fetch else "-",
            self.poller.tick_seconds if self.poller else "-",
            self.notifier.watchdog_interval or "-",
        )
        self.notifier.ready(self._status())

    # -- watch ------------------------------------------------------------------------------

    def _watch(self, signals: SignalWaiter) -> str:
        """Wait for signals, beating every watchdog interval; the stop signal's name."""
        interval = self.notifier.watchdog_interval or STATUS_SECONDS
        next_beat = time.monotonic()
        while True:
            for signum in signals.wait(next_beat - time.monotonic()):
                if signum == signal.SIGHUP:
                    self._request_reload()
                elif signum in STOP_SIGNALS:
                    return signal.Signals(signum).name
                elif signum == HTTP_DIED:
                    logger.critical("HTTP server died, stopping so that a new process starts")
                    return "HTTP_DIED"
            if time.monotonic() >= next_beat:
                self._beat(probe_timeout=min(HTTP_PROBE_SECONDS, interval / 2))
                next_beat = time.monotonic() + interval

    def _beat(self, probe_timeout: float) -> None:
        """WATCHDOG=1 when every part of the process is alive; STATUS= in any case."""
        problems = []
        if self.poller is not None and not self.poller.alive():
            problems.append(f"scheduler tick stale for {self.poller.stale_for():.0f}s")
        if self.server is not None and not self.server.alive(probe_timeout):
            problems.append("HTTP server not answering")
        status = self._status(problems)
        if problems and problems != self._problems:
            logger.warning(
                "not alive%s problems=%s",
                ", watchdog withheld" if self.notifier.watchdog_interval else "",
                "; ".join(problems),
            )
        elif not problems and self._problems:
            logger.info("alive again")
        self._problems = problems
        if self.notifier.watchdog_interval is not None and not problems:
            self.notifier.watchdog(status)
        else:
            self.notifier.status(status)

    def _http_died(self, error: BaseException) -> None:
        """On the "http" thread, its I/O loop gone: wake the main thread to stop."""
        if self._signals is not None:
            self._signals.wake(HTTP_DIED)

    def _status(self, problems: list[str] | None = None) -> str:
        parts = [f"NOT ALIVE: {'; '.join(problems)}"] if problems else []
        if self.poller is not None:
            stats = self.poller.stats
            parts.append(
                f"{len(self.config.sources)} sources, {self.poller.in_flight()} fetching; "
                f"since start {stats.fetched} fetches ({stats.failed} failed), "
                f"{stats.new} new entries"
            )
        if self.server is not None:
            parts.append(f"serving {self._url()}" if self.http else f"metrics at {self._url()}metrics")
        return "; ".join(parts)

    def _address(self) -> tuple[str, int]:
        return self.listen or (self.config.server.host, self.config.server.port)

    def _url(self) -> str:
        host, port = self._address()
        port = self.server.port if self.server else port  # port 0: the one the system chose
        return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"

    # -- reload -----------------------------------------------------------------------------

    def _request_reload(self) -> None:
        with self._reload_lock:
            if self._reload_thread is not None:  # one is running: it will run once more
                self._reload_again = True
                return
            self._reload_thread = threading.Thread(target=self._reload_loop, name="reload", daemon=True)
            self._reload_thread.start()

    def _reload_loop(self) -> None:
        while True:
            try:
                self.reload()
            except Exception:
                logger.error("configuration reload crashed", exc_info=True)
            with self._reload_lock:
                if not self._reload_again:
                    self._reload_thread = None
                    return
                self._reload_again = False

    def reload(self) -> None:
        """Read the configuration file again and apply it, or keep the running one."""
        from aggregator.web import set_config

        self.notifier.reloading()
        old = self.config
        logger.info("reloading configuration path=%s", old.path)
        try:
            new = _restart_only_kept(load_config(old.path), old)
        except ConfigError as e:
            logger.error("configuration not reloaded, keeping the running one error=%s", e)
            self.notifier.ready(self._status())
            return
        if self.poller is not None:
            self.poller.reconfigure(new)
        if self.fetch:
            assert self.store is not None
            try:
                apply_configuration(new, self.store, retag=False)
                reschedule_changed_intervals(old, new, self.store)
                if self.retagger is not None:
                    self.retagger.request(new)
            except StorageError as e:
                logger.error(
                    "configuration reload not stored, sources and tags are synced at "
                    "the next reload or start error=%s",
                    e,
                )
        self.config = new
        set_secret_params(new.fetch.secret_params)
        if self.store is not None:
            self.store.secret_params = new.fetch.secret_params
        if self._app is not None:
            set_config(self._app, new)
        if self._web_processes is not None:
            self._web_processes.reconfigure(new)
        if not self.fixed_log_level:
            set_level(new.log.level)
        logger.info("configuration reloaded %s", _changes(old, new))
        self.notifier.ready(self._status())

    # -- stop -------------------------------------------------------------------------------

    def _stop(self, signame: str) -> bool:
        started = time.monotonic()
        self.notifier.stopping()
        logger.info("stopping signal=%s", signame)
        if self.server is not None:
            self.server.stop(HTTP_STOP_SECONDS)
        clean = self.retagger is None or self.retagger.close(RETAG_STOP_SECONDS)
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
        if self.poller is not None:
            elapsed = time.monotonic() - started
            clean = self.poller.stop(grace=GRACE_SECONDS - elapsed, budget=STOP_SECONDS - elapsed) and clean
        if self.store is not None:
            self.store.close()
        self._remove_metrics()
        logger.info("stopped seconds=%.1f", time.monotonic() - started)
        self.notifier.close()
        return clean

    def _remove_metrics(self) -> None:
        if self._metrics_dir is not None:
            unshare_metrics(self._metrics_dir)


def _restart_only_kept(new: Config, old: Config) -> Config:
    """``new``, with the running values of the keys that only a restart can change (the
    listening socket, the database, the size of the worker pool), and a warning if they
    differ."""
    kept = [
        key
        for key, changed in (
            ("database.url", new.database != old.database),
            ("server.host", new.server.host != old.server.host),
            ("server.port", new.server.port != old.server.port),
            ("server.workers", new.server.workers != old.server.workers),
            ("scheduler.workers", new.scheduler.workers != old.scheduler.workers),
        )
        if changed
    ]
    if kept:
        logger.warning("configuration changes that need a restart, not applied keys=%s", ",".join(kept))
    return replace(
        new,
        database=old.database,
        server=replace(new.server, host=old.server.host, port=old.server.port, workers=old.server.workers),
        scheduler=replace(new.scheduler, workers=old.scheduler.workers),
    )


def _changes(old: Config, new: Config) -> str:
    """``sources_added=a,b sources_removed=- ...``: what a reload changed."""
    parts = []
    for kind, before, after in (
        ("sources", {s.name: s for s in old.sources}, {s.name: s for s in new.sources}),
        ("tags", {t.slug: t for t in old.tags}, {t.slug: t for t in new.tags}),
    ):
        added = sorted(after.keys() - before.keys())
        removed = sorted(before.keys() - after.keys())
        changed = sorted(k for k in after.keys() & before.keys() if after[k] != before[k])
        for what, names in (("added", added), ("removed", removed), ("changed", changed)):
            parts.append(f"{kind}_{what}={','.join(names) or '-'}")
    return " ".join(parts)


class SignalWaiter:
    """Signals delivered as data: the handlers do nothing, the wakeup fd carries their
    numbers to ``wait()``, called by the main thread between its other duties."""

    def __init__(self, signals: tuple[signal.Signals, ...]) -> None:
        self.signals = signals
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        self._previous: dict[signal.Signals, object] = {}
        self._previous_fd = -1

    def __enter__(self) -> SignalWaiter:
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        for signum in self.signals:
            self._previous[signum] = signal.signal(signum, _ignore)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
        signal.set_wakeup_fd(self._previous_fd)
        self._read.close()
        self._write.close()

    def wait(self, timeout: float) -> list[int]:
        """Signal numbers received, waiting up to ``timeout`` seconds for the first."""
        ready, _, _ = select.select([self._read], [], [], max(0.0, timeout))
        if not ready:
            return []
        try:
            data = self._read.recv(256)
        except BlockingIOError:
            return []
        return [n for n in data if n in self.signals or n == HTTP_DIED]

    def wake(self, code: int) -> None:
        """Hand ``code`` (not a signal number: HTTP_DIED) to ``wait()``, from any thread."""
        with contextlib.suppress(OSError):  # closed: the service is already stopping
            self._write.send(bytes([code]))


def _ignore(signum: int, frame: FrameType | None) -> None:
    """The Python-level handler: the wakeup fd already carries the signal."""
