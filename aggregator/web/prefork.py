"""Serving HTTP on every core: ``[server] workers`` web processes on one listening socket.

The app is CPU-bound under the GIL, so one process serves on one core whatever its threads.
The service's own process binds host:port once and starts that many web processes
(``python -m aggregator.web.prefork``), each handed the listening socket (inherited, so
the kernel gives each new connection to whichever process accepts it first, and no
connection is lost when one process ends) and a control socket:

    service process (systemd's main)          web process, one per worker
    binds the socket, talks to systemd,       the app, its own database connections and
    runs the scheduler (``run``), reloads     render cache, waitress (web/server.py: the
    on SIGHUP, stops on SIGTERM               same limits) on the inherited socket
              ── setup, probe, config, stop ──►
              ◄── ready, alive ──

What one process gave, kept: SIGHUP validates config.toml in the service process, which
hands the result to every web process (each drops its rendered documents, as set_config
does); the watchdog's probe is asked of every web process, each answering through its own
I/O loop, an app thread and /healthz; SIGTERM and SIGINT reach the web processes only
through the service, which stops them within its stop deadline. A web process that ends
is started again (a crash loop ends the service with a failure instead, as the death of
the single server did). Render caches stay consistent as between web nodes: a document is
cached under its feed's version in the database, read at most once a second (FRESH_FOR).
/metrics adds up every process's counters (metrics.py, shared mode). The scheduler of
``run`` stays in the service process; /healthz of a web process reads its health from a
small file the service rewrites twice a second (SharedTickHealth).
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import select
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from waitress.adjustments import Adjustments

from aggregator.config import Config
from aggregator.exceptions import AggregatorError
from aggregator.web.tickshare import SharedTickHealth

if TYPE_CHECKING:
    from collections.abc import Callable

    from aggregator.web import TickHealth

logger = logging.getLogger(__name__)

#: Longest wait for a web process to import, open the database and listen.
START_SECONDS = 60.0
#: A web process that ends is started again, unless this many ended within RESPAWN_WINDOW
#: seconds: then something is wrong beyond one process, and the service stops with a
#: failure for systemd to restart it (Restart=on-failure).
RESPAWN_LIMIT, RESPAWN_WINDOW = 5, 60.0
#: How often the service rewrites the scheduler's health for the web processes, in seconds.
PUBLISH_SECONDS = 0.5
#: Exit status of a web process whose I/O loop died (service.HTTP_DIED_STATUS: EX_SOFTWARE).
DIED_STATUS = 70
_HEADER = struct.Struct("!I")


def send(sock: socket.socket, message: tuple[Any, ...]) -> None:
    """One message on a control socket: its length, then its pickle (between our own
    processes only)."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    sock.sendall(_HEADER.pack(len(data)) + data)


def receive(sock: socket.socket) -> tuple[Any, ...] | None:
    """The next message on a control socket; None at its end (the other process is gone)."""
    head = _read_exactly(sock, _HEADER.size)
    if head is None:
        return None
    body = _read_exactly(sock, _HEADER.unpack(head)[0])
    return None if body is None else pickle.loads(body)  # from our own processes only


def _read_exactly(sock: socket.socket, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def bind(host: str, port: int) -> list[socket.socket]:
    """Listening sockets on host:port (one per address ``host`` resolves to), as waitress
    binds them; raises AggregatorError when the address is taken or not ours."""
    adj = Adjustments(host=host, port=port)
    sockets: list[socket.socket] = []
    try:
        # types-waitress: the "host:port" given; waitress makes them getaddrinfo's tuples.
        resolved: list[tuple[int, int, int, tuple[Any, ...]]] = adj.listen  # type: ignore[assignment]
        for family, socktype, proto, address in resolved:
            sock = socket.socket(family, socktype, proto)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            sock.bind(address)
            sock.listen(adj.backlog)
            if port == 0:  # the other addresses of host on the port the system chose
                port = sock.getsockname()[1]
                adj = Adjustments(host=host, port=port)
    except OSError as e:
        for sock in sockets:
            sock.close()
        raise AggregatorError(
            f"cannot listen on {host}:{port}: {e.strerror}; choose "
            "another port ([server] port) or stop the other process"
        ) from e
    return sockets


class _Starting:
    """The scheduler's health while the service starts it, after its web processes."""

    last_tick = None
    consecutive_failures = 0

    def alive(self) -> bool:
        return True


@dataclass
class _Process:
    """One web process, as the service sees it."""

    slot: int
    proc: subprocess.Popen[bytes]
    control: socket.socket
    started: float = field(default_factory=time.monotonic)
    ready: bool = False
    #: Answers to probes: probe number -> alive.
    answers: dict[int, bool] = field(default_factory=dict)
    #: Held while a message is written: the main, reload and watch threads all send.
    sending: threading.Lock = field(default_factory=threading.Lock)

    def send(self, message: tuple[Any, ...]) -> bool:
        """False when the process is gone."""
        with self.sending:
            try:
                send(self.control, message)
            except OSError:
                return False
            return True


class WebProcesses:
    """``count`` web processes serving ``config`` on host:port; for the service, the same
    face as one WebServer: start, alive, stop, port, plus reconfigure."""

    def __init__(
        self,
        config: Config,
        host: str,
        port: int,
        *,
        count: int,
        threads: int,
        log_level: str,
        fixed_log_level: bool,
        fresh_for: float,
        malloc_arenas: int | None = None,
        ticks: bool = False,
        shared_dir: Path | None = None,
        on_death: Callable[[BaseException], None] | None = None,
    ) -> None:
        """``fresh_for``: feeds.Documents'. ``malloc_arenas``: $MALLOC_ARENA_MAX of the web
        processes unless the administrator set it (service.limit_malloc_arenas). ``ticks``:
        this service runs the scheduler (``run``), whose health the web processes report
        (watch_ticks); its file goes in ``shared_dir``."""
        self.config = config
        self.count = count
        self.threads = threads
        self.log_level, self.fixed_log_level = log_level, fixed_log_level
        self.fresh_for = fresh_for
        self.environ = dict(os.environ)
        if malloc_arenas is not None and not self.environ.get("MALLOC_ARENA_MAX"):
            self.environ["MALLOC_ARENA_MAX"] = str(malloc_arenas)
        self.sockets = bind(host, port)
        self.port = int(self.sockets[0].getsockname()[1])
        self._scheduler: TickHealth = _Starting()
        self._health = (
            SharedTickHealth(shared_dir / "scheduler-health", create=True)
            if ticks and shared_dir is not None
            else None
        )
        self._on_death = on_death
        self._processes: dict[int, _Process] = {}
        self._changed = threading.Condition()
        self._deaths: deque[float] = deque(maxlen=RESPAWN_LIMIT)
        self._probes = 0
        self._started = False
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="web-processes", daemon=True)

    # -- start ------------------------------------------------------------------------------

    def start(self) -> None:
        """Start every web process and wait until each listens; raises AggregatorError when
        one ends or stays silent instead."""
        if self._health is not None:
            self._health.publish(self._scheduler)
        for slot in range(self.count):
            self._spawn(slot)
        self._thread.start()
        deadline = time.monotonic() + START_SECONDS
        with self._changed:
            while len(self._processes) == self.count and not all(p.ready for p in self._processes.values()):
                if self._stopping.is_set() or not self._changed.wait(max(0.0, deadline - time.monotonic())):
                    break
            ready = sum(p.ready for p in self._processes.values())
            self._started = ready == self.count
        if not self._started:
            self.stop(1.0)
            raise AggregatorError(
                f"{self.count - ready} of {self.count} web processes did not "
                "start (their error is logged above)"
            )
        logger.info(
            "web processes started processes=%d pids=%s",
            self.count,
            ",".join(str(p.proc.pid) for p in self._processes.values()),
        )

    def watch_ticks(self, scheduler: TickHealth) -> None:
        """Publish ``scheduler``'s health (the service's Poller) from now on."""
        self._scheduler = scheduler
        if self._health is not None:
            self._health.publish(scheduler)

    def _spawn(self, slot: int) -> None:
        ours, theirs = socket.socketpair()
        fds = [theirs.fileno(), *(s.fileno() for s in self.sockets)]
        proc = subprocess.Popen(
            [sys.executable, "-m", "aggregator.web.prefork", *map(str, fds)],
            pass_fds=fds,
            stdin=subprocess.DEVNULL,
            env=self.environ,
        )
        theirs.close()
        process = _Process(slot, proc, ours)
        process.send(
            (
                "setup",
                {
                    "config": self.config,
                    "threads": self.threads,
                    "log_level": self.log_level,
                    "fixed_log_level": self.fixed_log_level,
                    "fresh_for": self.fresh_for,
                    "health": self._health.path if self._health else None,
                    "slot": slot,
                },
            )
        )
        with self._changed:
            self._processes[slot] = process

    # -- watch ------------------------------------------------------------------------------

    def _watch(self) -> None:
        """On the "web-processes" thread: read what the web processes say, notice those that
        end and start them again, publish the scheduler's health."""
        while not self._stopping.is_set():
            with self._changed:
                by_fd = {p.control.fileno(): p for p in self._processes.values()}
            try:
                readable, _, _ = select.select(list(by_fd), [], [], PUBLISH_SECONDS)
            except (OSError, ValueError):  # a socket closed meanwhile (stop)
                continue
            for fd in readable:
                process = by_fd[fd]
                try:
                    message = receive(process.control)
                except OSError:
                    message = None
                if message is None:
                    self._ended(process)
                    continue
                with self._changed:
                    if message[0] == "ready":
                        process.ready = True
                        if self._started:
                            logger.info("web process started pid=%d", process.proc.pid)
                    elif message[0] == "alive" and message[1] == self._probes:
                        process.answers[message[1]] = message[2]
                    self._changed.notify_all()
            if self._health is not None:
                self._health.publish(self._scheduler)

    def _ended(self, process: _Process) -> None:
        """A web process's control socket closed: it ended (or is ending)."""
        process.control.close()
        try:
            status = process.proc.wait(5.0)
        except subprocess.TimeoutExpired:
            process.proc.kill()
            status = process.proc.wait(5.0)
        if self._stopping.is_set():
            return
        now = time.monotonic()
        self._deaths.append(now)
        if not process.ready or (
            len(self._deaths) == RESPAWN_LIMIT and now - self._deaths[0] < RESPAWN_WINDOW
        ):
            with self._changed:
                self._processes.pop(process.slot, None)
                self._changed.notify_all()
            if self._started and self._on_death is not None:
                why = (
                    "before it listened"
                    if not process.ready
                    else f"the {RESPAWN_LIMIT}th within {RESPAWN_WINDOW:.0f}s"
                )
                logger.critical(
                    "web process ended, not starting another pid=%d status=%d why=%s",
                    process.proc.pid,
                    status,
                    why,
                )
                self._stopping.set()
                self._on_death(
                    AggregatorError(f"web process {process.proc.pid} ended with status {status}, {why}")
                )
            return
        logger.error("web process ended, starting another pid=%d status=%d", process.proc.pid, status)
        self._spawn(process.slot)

    def running(self) -> bool:
        return self._thread.is_alive()

    def alive(self, timeout: float) -> bool:
        """True when every web process answers its own probe in time (web/server.py,
        WebServer.alive_inside); one that is still starting counts as alive for
        START_SECONDS."""
        deadline = time.monotonic() + timeout
        with self._changed:
            self._probes += 1
            probe = self._probes
            asked = list(self._processes.values())
        if len(asked) < self.count:
            return False
        # One still starting is not asked (it reads its control socket once it listens).
        asked = [p for p in asked if p.ready or time.monotonic() - p.started >= START_SECONDS]
        late = [p.proc.pid for p in asked if not p.send(("probe", probe, timeout))]
        with self._changed:
            for process in asked:
                while probe not in process.answers and time.monotonic() < deadline:
                    self._changed.wait(max(0.0, deadline - time.monotonic()))
                if not process.answers.pop(probe, False) and process.proc.pid not in late:
                    late.append(process.proc.pid)
        if late:
            logger.warning("web processes not answering pids=%s", ",".join(map(str, late)))
        return not late

    # -- reload, stop -----------------------------------------------------------------------

    def reconfigure(self, config: Config) -> None:
        """Serve ``config`` in every web process from their next request on (and in those
        started from now on)."""
        self.config = config
        with self._changed:
            processes = list(self._processes.values())
        for process in processes:
            process.send(("config", config))

    def stop(self, timeout: float) -> None:
        """Stop every web process: each closes its connections (within ``timeout``
        seconds), then ends; the listening sockets are closed first, so the kernel refuses
        new connections at once."""
        end = time.monotonic() + timeout
        self._stopping.set()
        for sock in self.sockets:
            sock.close()
        with self._changed:
            processes = list(self._processes.values())
        for process in processes:
            process.send(("stop", max(0.0, end - time.monotonic() - 0.2)))
        for process in processes:
            try:
                process.proc.wait(max(0.1, end - time.monotonic()))
            except subprocess.TimeoutExpired:
                logger.warning("web process did not stop in time, killed pid=%d", process.proc.pid)
                process.proc.kill()
                process.proc.wait()
            process.control.close()
        if self._thread.is_alive():
            self._thread.join(PUBLISH_SECONDS * 2)
        if self._health is not None:
            self._health.close()


# -- the web process ------------------------------------------------------------------------


def serve(control: socket.socket, listening: list[socket.socket]) -> int:
    """Run one web process until the service says stop (or is gone); its exit status."""
    from aggregator.logconfig import configure_logging, set_level, set_secret_params
    from aggregator.metrics import Metrics
    from aggregator.store import Store
    from aggregator.web import create_app, get_state, set_config
    from aggregator.web.server import WebServer

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        # systemd signals every process of the unit at stop: the service decides when we
        # stop, so that the connections close in order.
        signal.signal(signum, signal.SIG_IGN)
    message = receive(control)
    if message is None or message[0] != "setup":
        return 1
    setup: dict[str, Any] = message[1]
    config: Config = setup["config"]
    configure_logging(setup["log_level"])
    set_secret_params(config.fetch.secret_params)
    health = SharedTickHealth(setup["health"]) if setup["health"] else None
    store = Store(config.database.url, migrate=False, secret_params=config.fetch.secret_params)
    metrics = Metrics()
    app = create_app(config, store, metrics=metrics, scheduler=health, fresh_for=setup["fresh_for"])
    metrics.watch_store(
        store, lambda: get_state(app).config, health.service_writes if health is not None else None
    )
    died = threading.Event()

    def on_death(error: BaseException) -> None:
        died.set()
        with contextlib.suppress(OSError):
            control.shutdown(socket.SHUT_RD)  # wakes the main thread's receive()

    server = WebServer(
        app, sockets=listening, threads=setup["threads"], on_death=on_death, slot=setup["slot"]
    )
    server.start()
    send(control, ("ready", os.getpid()))
    try:
        while True:
            message = receive(control)
            if message is None or message[0] == "stop":
                server.stop(message[1] if message else 1.0)
                return DIED_STATUS if died.is_set() else 0
            if message[0] == "probe":
                send(control, ("alive", message[1], server.alive_inside(message[2])))
            elif message[0] == "config":
                config = message[1]
                set_config(app, config)
                set_secret_params(config.fetch.secret_params)
                if not setup["fixed_log_level"]:
                    set_level(config.log.level)
    finally:
        store.close()


def main(argv: list[str]) -> int:
    """``python -m aggregator.web.prefork CONTROL_FD LISTEN_FD...``: started by WebProcesses."""
    control = socket.socket(fileno=int(argv[0]))
    listening = [socket.socket(fileno=int(fd)) for fd in argv[1:]]
    try:
        return serve(control, listening)
    except BrokenPipeError:
        return 0  # the service is gone
    except Exception:
        logger.critical("web process failed pid=%d", os.getpid(), exc_info=True)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
