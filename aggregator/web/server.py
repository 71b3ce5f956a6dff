"""The production WSGI server: waitress, on a thread of its own, started and stopped by the
service.

Why waitress (bench/wsgi_servers.py, README "WSGI server"): its I/O loop reads requests and
writes responses itself, so a slow or stalled client holds no worker thread; of the servers
measured that stay responsive behind stalled clients, it is the one that runs inside our
process, beside the scheduler and the signal handling. Throughput is the app's (rendering),
not the server's.
"""

from __future__ import annotations

import copy
import http.client
import logging
import re
import resource
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

from flask import Flask
from waitress import wasyncore
from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.server import create_server
from waitress.task import WSGITask
from waitress.trigger import trigger as Trigger

from aggregator import __version__
from aggregator.exceptions import AggregatorError
from aggregator.web.cores import on_cpu, web_cpu
from aggregator.websub.subscriber import MAX_PUSH

logger = logging.getLogger(__name__)

#: Threads running the app: requests rendering at once. The app is CPU-bound under the GIL,
#: so more threads add waiting, not throughput; 8 keeps a slow database query from
#: holding up every request.
THREADS = 8

# Limits on what one client may hold (README "Security"). A feed reader sends a GET of a
# few hundred bytes and reads the answer; anything much slower or bigger is not one.
#: Open connections at once, idle ones included. waitress stops accepting at its limit
#: (100 by default: 100 idle slow clients locked everyone out); the I/O loop uses poll(),
#: which unlike select() has no ceiling at descriptor 1023.
CONNECTION_LIMIT = 1000
#: Descriptors kept free beside the connections: the database, the fetches, the export.
SPARE_DESCRIPTORS = 256
#: Seconds a connection may stay silent (between requests, or a client that does not read
#: its answer) before it is closed.
IDLE_SECONDS = 30
#: Seconds a request may take to arrive whole, headers and body: a client sending a byte
#: now and then (slowloris) is closed at this deadline, however active it looks.
REQUEST_SECONDS = 10
#: How often idle and late connections are looked for, in seconds.
SWEEP_SECONDS = 1
#: Largest request body, in bytes: feeds are GETs; the bodies that come are WebSub
#: subscription requests (a few hundred bytes). A larger Content-Length is answered 413
#: before any of it is read; a chunked body is cut off at this size (held in memory, never
#: spooled to disk).
MAX_BODY_BYTES = 64 * 1024
#: Content pushed by a hub to a subscriber callback (``/websub/callback/<token>``) is a
#: whole feed document: up to websub's MAX_PUSH (10 MB) there, spooled past 512 KiB.
_PUSH_PATH = re.compile(r"/websub/callback/[^/]+$")
#: Bytes a second a request's body must arrive at, on top of REQUEST_SECONDS: a pushed
#: feed of 10 MB gets two and a half minutes more.
MIN_BODY_RATE = 64 * 1024
#: Largest request head (request line and headers), in bytes.
MAX_HEADER_BYTES = 16 * 1024


class WebServer:
    """waitress serving ``app`` on host:port (or on listening ``sockets`` handed over by the
    process that bound them: web/prefork.py), on the thread "http"."""

    def __init__(
        self,
        app: Flask,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        sockets: list[socket.socket] | None = None,
        threads: int = THREADS,
        connection_limit: int = CONNECTION_LIMIT,
        request_seconds: float = REQUEST_SECONDS,
        on_death: Callable[[BaseException], None] | None = None,
        slot: int | None = 0,
    ) -> None:
        """``on_death``: called (on the "http" thread) if the I/O loop ever raises; the
        service ends the process then, so that systemd starts a new one. ``slot``: which of
        the web servers of the service this is (0 for its own), for the core its threads
        run on (web/cores.py); None: any core."""
        limit = connection_limit_for(connection_limit)
        where: dict[str, Any] = {"sockets": sockets} if sockets else {"host": host, "port": port}
        self._cpu = web_cpu(slot) if slot is not None else None
        try:
            with on_cpu(self._cpu):  # waitress starts its worker threads here: they inherit the core
                self._server = create_server(
                    app,
                    **where,
                    threads=threads,
                    ident=f"aggregator/{__version__}",
                    connection_limit=limit,
                    channel_timeout=IDLE_SECONDS,
                    cleanup_interval=SWEEP_SECONDS,
                    max_request_body_size=MAX_BODY_BYTES,
                    max_request_header_size=MAX_HEADER_BYTES,
                    asyncore_use_poll=True,
                )
        except OSError as e:
            raise AggregatorError(
                f"cannot listen on {host}:{port}: {e.strerror}; choose "
                "another port ([server] port, or worker --listen) or stop "
                "the other process"
            ) from e
        self.connection_limit = limit
        self.request_seconds = request_seconds
        for server in self._servers():
            server.channel_class = _TimedChannel
            server.maintenance = _Sweep(server, request_seconds)
        self._on_death = on_death
        self._thread = threading.Thread(target=self._run, name="http", daemon=True)
        # Where to reach ourselves: a wildcard address is reached through loopback. (A
        # single server's effective_host and effective_port are missing from types-waitress.)
        listen = getattr(self._server, "effective_listen", None)
        if not listen:
            listen = [(self._server.effective_host, self._server.effective_port)]  # type: ignore[union-attr]
        own_host, self.port = str(listen[0][0]), int(listen[0][1])
        self._probe_host = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(own_host, own_host)

    def start(self) -> None:
        with on_cpu(self._cpu):
            self._thread.start()

    def _run(self) -> None:
        try:
            self._server.run()
        except BaseException as e:
            # The loop is gone: nobody is served any more. Say so and let the owner end
            # the process rather than live on deaf.
            logger.critical("HTTP server stopped on an error error=%r", e, exc_info=True)
            # Nothing will serve its sockets any more: close them now (the listening one
            # and every connection) rather than leave them to the garbage collector.
            _close_all(self._socket_map())
            if self._on_death is not None:
                self._on_death(e)

    def running(self) -> bool:
        """True while the I/O loop runs."""
        return self._thread.is_alive()

    def alive(self, timeout: float) -> bool:
        """True when the server answers an HTTP request of ours (any status) in time: the
        I/O loop and at least one app thread are working."""
        conn = http.client.HTTPConnection(self._probe_host, self.port, timeout=timeout)
        try:
            conn.request("GET", "/healthz", headers={"User-Agent": "aggregator-watchdog"})
            conn.getresponse().read()
            return True
        except (OSError, http.client.HTTPException):
            return False
        finally:
            conn.close()

    def alive_inside(self, timeout: float) -> bool:
        """``alive()`` for a server sharing its listening socket with other processes, where
        a connection to the port may reach any of them: the request comes through a socket
        pair handed to this I/O loop as if accepted, so it is this process's loop, one of
        its app threads and its app that must answer."""
        ours, theirs = socket.socketpair()
        try:
            ours.settimeout(timeout)
            server = self._servers()[0]
            trigger = next(d for d in self._socket_map().values() if isinstance(d, Trigger))
            # Made on the I/O loop's thread, as waitress makes a channel for each accept().
            _on_loop(
                trigger,
                lambda: server.channel_class(
                    server, theirs, ("watchdog", 0), server.adj, map=self._socket_map()
                ),
            )
            ours.sendall(b"GET /healthz HTTP/1.0\r\nUser-Agent: aggregator-watchdog\r\n\r\n")
            head = b""
            while b"\r\n" not in head and len(head) < 4096:
                chunk = ours.recv(4096)
                if not chunk:
                    break
                head += chunk
            return head.startswith(b"HTTP/1.")
        except (OSError, StopIteration):
            theirs.close()
            return False
        finally:
            ours.close()

    def stop(self, timeout: float) -> None:
        """Stop listening and close every connection, within ``timeout`` seconds."""
        end = time.monotonic() + timeout
        sockets = self._socket_map()
        trigger = next((d for d in sockets.values() if isinstance(d, Trigger)), None)
        pulled = False
        if trigger is not None and self._thread.is_alive():
            # Closed from the I/O loop's own thread: waitress's trigger runs it there.
            try:
                _on_loop(trigger, lambda: _close_all(sockets))
                pulled = True
            except OSError:  # the trigger's pipe is gone: the loop will not turn again
                pass
            self._thread.join(max(0.0, end - time.monotonic()))
        if not pulled:
            _close_all(sockets)
        # types-waitress says an int; waitress takes any number of seconds.
        self._server.task_dispatcher.shutdown(timeout=max(0.0, end - time.monotonic()))  # type: ignore[arg-type]

    def _servers(self) -> list[Any]:
        """The listening dispatchers (one per address)."""
        listening = [d for d in self._socket_map().values() if hasattr(d, "active_channels")]
        return listening or [self._server]

    def _socket_map(self) -> dict[int, wasyncore.dispatcher]:
        # One listening socket: the server is the dispatcher (its map is missing from
        # types-waitress); several: it holds their map.
        sockets: dict[int, wasyncore.dispatcher] = getattr(self._server, "map", None) or self._server._map  # type: ignore[union-attr]
        return sockets


def _close_all(sockets: dict[int, wasyncore.dispatcher]) -> None:
    """Close every dispatcher of an I/O loop: the listening sockets and the connections."""
    # types-waitress types the map's values as sockets; waitress keeps dispatchers there.
    wasyncore.close_all(sockets, ignore_all=True)  # type: ignore[arg-type]


def _on_loop(trigger: Trigger, thunk: Callable[[], object]) -> None:
    """Run ``thunk`` on the I/O loop's own thread, at its next turn."""
    # types-waitress declares a thunk of one argument; waitress calls it with none.
    trigger.pull_trigger(thunk)  # type: ignore[arg-type]


def connection_limit_for(wanted: int) -> int:
    """``wanted`` connections, or fewer if the descriptors this process may open do not leave
    SPARE_DESCRIPTORS beside them; raises the soft descriptor limit towards the hard one
    first (systemd's default soft limit is 1024, its hard one much higher)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    needed = wanted + SPARE_DESCRIPTORS
    if soft != resource.RLIM_INFINITY and soft < needed:
        target = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            pass
    if soft == resource.RLIM_INFINITY:
        return wanted
    limit = max(16, min(wanted, soft - SPARE_DESCRIPTORS))
    if limit < wanted:
        logger.warning(
            "fewer connections than wanted, too few file descriptors connections=%d wanted=%d nofile=%d",
            limit,
            wanted,
            soft,
        )
    return limit


class _Request(HTTPRequestParser):
    """waitress's request parser, with MAX_PUSH instead of MAX_BODY_BYTES for the body of a
    push to a WebSub subscriber callback (the limit is read once the head is parsed)."""

    #: The request's method: waitress decodes it (latin-1), types-waitress says bytes.
    command: str  # type: ignore[assignment]
    #: Its path, set with it (missing from types-waitress).
    path: str

    def parse_header(self, header_plus: bytes) -> None:
        super().parse_header(header_plus)
        if self.command == "POST" and _PUSH_PATH.search(self.path or ""):
            adj = copy.copy(self.adj)
            adj.max_request_body_size = MAX_PUSH + 1  # waitress refuses at >=
            self.adj = adj


class _Task(WSGITask):
    """waitress's task, keeping the connection open after a response that has no body.

    waitress 3.0 closes the connection after every 1xx, 204 and 304 answer to HTTP/1.1,
    for want of a Content-Length header, which RFC 9110 (8.6) forbids there anyway: each
    304 cost a new TCP connection, and made a 304 slower to serve than a 200 (bench/serve.py:
    3,041 against 4,901 requests a second). Such a response is complete at its head."""

    #: The request answered: types-waitress says a waitress Error, which only an ErrorTask has.
    request: HTTPRequestParser  # type: ignore[assignment]

    def build_response_header(self) -> bytes:
        if (
            self.has_body
            or self.version != "1.1"
            or self.close_on_finish
            or self.request.headers.get("CONNECTION", "").lower() == "close"
        ):
            return super().build_response_header()
        # Seen as already closing, waitress adds no "Connection: close" for the missing
        # length; the task's real decision (keep open) is restored once the head is built.
        self.close_on_finish = True
        try:
            return super().build_response_header()
        finally:
            self.close_on_finish = False


class _TimedChannel(HTTPChannel):
    """A waitress channel that remembers when the request it is reading began."""

    parser_class = _Request
    task_class = _Task

    #: time.monotonic() when the first byte of the request being read arrived; None
    #: between requests.
    request_began: float | None = None

    def received(self, data: bytes) -> bool:
        reading = self.request
        result: bool = super().received(data)
        if self.request is None:
            self.request_began = None
        elif self.request is not reading or self.request_began is None:
            self.request_began = time.monotonic()  # a new request (pipelined ones too)
        return result


class _Sweep:
    """waitress's maintenance (closing channels idle past ``channel_timeout``), plus the
    closing of channels still reading a request begun more than ``request_seconds`` ago."""

    def __init__(self, server: Any, request_seconds: float) -> None:
        self.server = server
        self.idle = server.maintenance
        self.request_seconds = request_seconds

    def __call__(self, now: float) -> None:
        self.idle(now)
        clock = time.monotonic()
        late = [
            channel
            for channel in list(self.server.active_channels.values())
            if getattr(channel, "request_began", None) is not None
            and not channel.requests
            and clock - channel.request_began > self._allowed(channel.request)
        ]
        for channel in late:
            channel.will_close = True
        if late:
            logger.info(
                "slow clients closed connections=%d request_seconds=%s", len(late), self.request_seconds
            )

    def _allowed(self, request: Any) -> float:
        """Seconds the request being read may take: its head within request_seconds, its
        body (declared or received so far) at MIN_BODY_RATE at least."""
        if request is None:
            return self.request_seconds
        body = max(
            getattr(request, "content_length", 0) or 0, getattr(request, "body_bytes_received", 0) or 0
        )
        return self.request_seconds + body / MIN_BODY_RATE
