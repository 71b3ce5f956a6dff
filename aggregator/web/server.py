"""The production WSGI server: waitress, on a thread of its own, started and stopped by the
service.

Why waitress (bench/wsgi_servers.py, README "WSGI server"): its I/O loop reads requests and
writes responses itself, so a slow or stalled client holds no worker thread; of the servers
measured that stay responsive behind stalled clients, it is the one that runs inside our
process, beside the scheduler and the signal handling. Throughput is the app's (rendering),
not the server's.
"""

from __future__ import annotations

import http.client
import logging
import threading
import time

import waitress
from flask import Flask
from waitress import wasyncore
from waitress.trigger import trigger as Trigger

from aggregator import __version__
from aggregator.exceptions import AggregatorError

logger = logging.getLogger(__name__)

#: Threads running the app: requests rendering at once. The app is CPU-bound under the GIL,
#: so more threads add waiting, not throughput; 8 keeps a slow database query from
#: holding up every request.
THREADS = 8


class WebServer:
    """waitress serving ``app`` on host:port, on the thread "http"."""

    def __init__(self, app: Flask, host: str, port: int, *, threads: int = THREADS) -> None:
        try:
            self._server = waitress.create_server(app, host=host, port=port, threads=threads,
                                                  ident=f"aggregator/{__version__}")
        except OSError as e:
            raise AggregatorError(f"cannot listen on {host}:{port}: {e.strerror}; choose "
                                  "another port ([server] port, or worker --listen) or stop "
                                  "the other process") from e
        self._thread = threading.Thread(target=self._server.run, name="http", daemon=True)
        # Where to reach ourselves: a wildcard address is reached through loopback.
        listen = getattr(self._server, "effective_listen", None) or [
            (self._server.effective_host, self._server.effective_port)]
        own_host, self.port = str(listen[0][0]), int(listen[0][1])
        self._probe_host = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(own_host, own_host)

    def start(self) -> None:
        self._thread.start()

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

    def stop(self, timeout: float) -> None:
        """Stop listening and close every connection, within ``timeout`` seconds."""
        end = time.monotonic() + timeout
        sockets = self._socket_map()
        trigger = next((d for d in sockets.values() if isinstance(d, Trigger)), None)
        if trigger is not None and self._thread.is_alive():
            # Closed from the I/O loop's own thread: waitress's trigger runs it there.
            trigger.pull_trigger(lambda: wasyncore.close_all(sockets, ignore_all=True))
            self._thread.join(max(0.0, end - time.monotonic()))
        else:
            wasyncore.close_all(sockets, ignore_all=True)
        self._server.task_dispatcher.shutdown(timeout=max(0.0, end - time.monotonic()))

    def _socket_map(self) -> dict[int, wasyncore.dispatcher]:
        # One listening socket: the server is the dispatcher; several: it holds their map.
        sockets: dict[int, wasyncore.dispatcher] = getattr(self._server, "map", None) \
            or self._server._map
        return sockets
