"""A TCP proxy on 127.0.0.1 that a test can cut and restore: the database "goes away" for
the processes that reach it through the proxy (every connection dropped, new ones closed at
once), while the real server, shared with other tests, stays up."""

from __future__ import annotations

import contextlib
import select
import socket
import threading
from types import TracebackType

#: Seconds between checks of the stop flag in every loop.
POLL = 0.1


class CuttableProxy:
    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(POLL)
        self.port = self._listener.getsockname()[1]
        self._cut = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._accept_thread = threading.Thread(target=self._accept, name="proxy", daemon=True)

    def cut(self) -> None:
        """Drop every connection; refuse new ones until ``restore``."""
        self._cut.set()
        with self._lock:
            sockets, self._open = list(self._open), set()
        for s in sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def restore(self) -> None:
        self._cut.clear()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self._cut.is_set():
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open.update((client, upstream))
            thread = threading.Thread(target=self._pump, args=(client, upstream), daemon=True)
            thread.start()
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        peers = {a: b, b: a}
        try:
            while not self._stop.is_set() and not self._cut.is_set():
                readable, _, _ = select.select(list(peers), [], [], POLL)
                for s in readable:
                    data = s.recv(65536)
                    if not data:
                        return
                    peers[s].sendall(data)
        except (OSError, ValueError):  # closed under us by cut()
            return
        finally:
            with self._lock:
                self._open.discard(a)
                self._open.discard(b)
            a.close()
            b.close()

    def start(self) -> CuttableProxy:
        self._accept_thread.start()
        return self

    def close(self) -> None:
        self._stop.set()
        self.cut()
        self._listener.close()
        self._accept_thread.join(timeout=5)
        for t in self._threads:
            t.join(timeout=5)

    def __enter__(self) -> CuttableProxy:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
