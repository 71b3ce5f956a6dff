"""The production server's limits, on a real waitress on 127.0.0.1 serving the site: a crowd of
slow clients does not lock anyone out, a huge body is refused before it is read, a client
dribbling its request is cut off, and the I/O loop's death is reported to its owner."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from aggregator.service import HTTP_DIED_STATUS, Service
from aggregator.web.server import WebServer
from aggregator.websub.subscriber import MAX_PUSH

from .conftest import Site

#: Bound on every wait of these tests, in seconds: what passes takes a fraction of it, but
#: a service's start ran past 15 s on a 2-core machine at a load of 11.
WAIT = 45.0
#: The slow crowd: more than waitress's default connection limit (100).
CROWD = 150
SLOW_REQUEST = b"GET /feeds/all.atom HTTP/1.1\r\nHost: feeds.test\r\nUser-Agent: slow\r\n"


@pytest.fixture
def server(site: Site) -> Iterator[WebServer]:
    web = WebServer(site.app, "127.0.0.1", 0, threads=2, request_seconds=2.0)
    web.start()
    yield web
    web.stop(5.0)


def _get(server: WebServer, path: str) -> httpx.Response:
    with httpx.Client(base_url=f"http://127.0.0.1:{server.port}", trust_env=False, timeout=WAIT) as client:
        return client.get(path)


def _connect(server: WebServer) -> socket.socket:
    return socket.create_connection(("127.0.0.1", server.port), timeout=WAIT)


def _read_head(sock: socket.socket) -> bytes:
    """What the server answers, up to the end of its head (or until it closes)."""
    data = b""
    while b"\r\n\r\n" not in data and len(data) < 65536:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


def _spooled_files() -> list[str]:
    """Regular files this process holds open in the temporary directory, unlinked ones
    included: where waitress spools a body too big for memory."""
    found = []
    tmp = os.path.realpath(tempfile.gettempdir())
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(tmp + "/") and target.endswith(" (deleted)"):
            found.append(target)
    return found


def test_a_crowd_of_slow_clients_does_not_lock_out_a_reader(server: WebServer) -> None:
    crowd: list[socket.socket] = []
    stop = threading.Event()

    def dribble() -> None:
        # One more byte of the request line each round, to every member of the crowd.
        for index in range(len(SLOW_REQUEST)):
            if stop.wait(0.2):
                return
            for sock in crowd:
                with contextlib.suppress(OSError):  # one the server closed
                    sock.send(SLOW_REQUEST[index : index + 1])

    try:
        for _ in range(CROWD):
            sock = _connect(server)
            sock.send(SLOW_REQUEST[:1])
            crowd.append(sock)
        dribbler = threading.Thread(target=dribble, daemon=True)
        dribbler.start()
        response = _get(server, "/feeds/all.atom")
        assert response.status_code == 200
        assert b"<feed" in response.content
    finally:
        stop.set()
        for sock in crowd:
            sock.close()
    assert server.connection_limit > CROWD


@pytest.mark.slow
def test_a_request_dribbled_past_the_deadline_is_cut_off(server: WebServer) -> None:
    sock = _connect(server)
    try:
        deadline = time.monotonic() + WAIT
        closed = False
        for index in range(len(SLOW_REQUEST)):  # a byte every 0.2 s: never idle
            try:
                sock.send(SLOW_REQUEST[index : index + 1])
            except OSError:
                closed = True
                break
            time.sleep(0.2)
            if time.monotonic() > deadline:
                break
        if not closed:  # the request is still incomplete: the server must have let go
            sock.settimeout(WAIT)
            try:
                closed = sock.recv(1) == b""
            except OSError:
                closed = True
        assert closed, "a request dribbled for ~10 s was still being read"
    finally:
        sock.close()
    assert _get(server, "/feeds/all.atom").status_code == 200


@pytest.mark.parametrize("length", [1 << 30, 1 << 20])
def test_a_big_content_length_is_refused_before_the_body(server: WebServer, length: int) -> None:
    sock = _connect(server)
    try:
        sock.sendall(
            b"POST /feeds/all.atom HTTP/1.1\r\nHost: feeds.test\r\n"
            b"Content-Type: application/octet-stream\r\n"
            b"Content-Length: %d\r\n\r\n" % length
        )
        head = _read_head(sock)  # no byte of the body sent
        assert head.startswith(b"HTTP/1.1 413"), head[:200]
    finally:
        sock.close()
    assert _get(server, "/feeds/all.atom").status_code == 200


def test_a_chunked_stream_is_cut_off_at_the_limit_without_spooling(server: WebServer) -> None:
    before = set(_spooled_files())  # pytest's own capture files among them
    sock = _connect(server)
    chunk = b"x" * 16384
    framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    try:
        sock.sendall(
            b"POST /feeds/all.atom HTTP/1.1\r\nHost: feeds.test\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        sent = 0
        head = b""
        sock.settimeout(0.05)
        # A 1 GiB stream in intent; bounded at 64 MiB, far more than the limit and than
        # the socket buffers can hold.
        while sent < 64 * 1024 * 1024:
            try:
                sock.sendall(framed)
                sent += len(chunk)
            except TimeoutError:
                pass
            except OSError:
                break  # the server closed: its answer is in our receive buffer
            try:
                head = sock.recv(4096)
            except TimeoutError:
                continue
            break
        assert set(_spooled_files()) <= before
        sock.settimeout(WAIT)
        head += _read_head(sock) if b"\r\n\r\n" not in head else b""
        assert head.startswith(b"HTTP/1.1 413"), (sent, head[:200])
    finally:
        sock.close()
    assert sent < 64 * 1024 * 1024
    assert _get(server, "/feeds/all.atom").status_code == 200


def test_a_small_body_still_reaches_the_app(server: WebServer) -> None:
    with httpx.Client(trust_env=False, timeout=WAIT) as client:
        response = client.post(f"http://127.0.0.1:{server.port}/feeds/all.atom", content=b"x" * 1000)
    assert response.status_code == 405  # the app's answer, not the server's 413


def test_the_death_of_the_io_loop_is_reported(site: Site, tmp_path: Path) -> None:
    died: list[BaseException] = []
    reported = threading.Event()

    def on_death(error: BaseException) -> None:
        died.append(error)
        reported.set()

    web = WebServer(site.app, "127.0.0.1", 0, threads=1, on_death=on_death)
    web.start()
    try:
        assert _get(web, "/healthz").status_code == 200
        pair = _break_the_loop(web)
        assert reported.wait(WAIT), "the I/O loop died without a word"
        assert isinstance(died[0], RuntimeError)
        deadline = time.monotonic() + WAIT
        while web.running() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not web.running()
    finally:
        web.stop(2.0)
    for sock in pair:
        sock.close()


def _break_the_loop(web: WebServer) -> tuple[socket.socket, socket.socket]:
    """Make the I/O loop raise, as it did when select() met descriptor 1024: a dispatcher
    whose readable() raises (the loop calls it outside any handler), added on the loop's
    own thread."""
    from waitress import wasyncore

    class Broken(wasyncore.dispatcher):  # type: ignore[misc]
        def readable(self) -> bool:
            raise RuntimeError("broken dispatcher")

    sockets = web._socket_map()
    pair = socket.socketpair()

    def add() -> None:
        Broken(pair[0], map=sockets)

    trigger = next(d for d in sockets.values() if hasattr(d, "pull_trigger"))
    trigger.pull_trigger(add)
    return pair


def test_a_service_whose_http_server_dies_stops_with_a_failure(site: Site) -> None:
    """``serve`` in this process: the I/O loop breaks; the service stops and returns a failure
    status (systemd's Restart=on-failure starts a new one) instead of living on deaf."""
    config = replace(site.config, server=replace(site.config.server, host="127.0.0.1", port=0, workers=1))
    service = Service(config, http=True, fetch=False, fixed_log_level=True)
    gave_up = threading.Event()

    def break_it() -> None:
        deadline = time.monotonic() + WAIT
        while service.server is None or not service.server.running():
            if time.monotonic() > deadline:
                break
            time.sleep(0.05)
        if service.server is not None:
            assert _get(service.server, "/healthz").status_code == 200
            pairs.append(_break_the_loop(service.server))
        # Bound: if the death went unnoticed, stop the service as an administrator would.
        if not stopped.wait(WAIT):
            gave_up.set()
            os.kill(os.getpid(), signal.SIGTERM)

    pairs: list[tuple[socket.socket, socket.socket]] = []
    stopped = threading.Event()
    helper = threading.Thread(target=break_it, daemon=True)
    helper.start()
    try:
        status, clean = service.run()
    finally:
        stopped.set()
        helper.join(WAIT)
        for pair in pairs:
            for sock in pair:
                sock.close()
    assert not gave_up.is_set(), "the HTTP server died and the service lived on"
    assert status == HTTP_DIED_STATUS and status != 0
    assert clean


def test_a_push_to_a_websub_callback_may_be_a_whole_feed(server: WebServer) -> None:
    """A hub pushes a whole feed document (websub's MAX_PUSH) to a subscriber callback;
    anywhere else, the same body is refused by the server."""
    body = b"<feed/>" + b" " * 300_000
    with httpx.Client(base_url=f"http://127.0.0.1:{server.port}", trust_env=False, timeout=WAIT) as client:
        pushed = client.post("/websub/callback/some-token", content=body)
        elsewhere = client.post("/feeds/all.atom", content=body)
    assert pushed.status_code != 413  # the app's answer: this site subscribes to nothing
    assert elsewhere.status_code == 413
    sock = _connect(server)
    try:
        sock.sendall(
            b"POST /websub/callback/some-token HTTP/1.1\r\nHost: feeds.test\r\n"
            b"Content-Length: %d\r\n\r\n" % (MAX_PUSH + 1)
        )
        assert _read_head(sock).startswith(b"HTTP/1.1 413")
    finally:
        sock.close()


def test_a_304_keeps_the_connection_open(server: WebServer) -> None:
    """waitress closed the connection after every 304 (no Content-Length there): a feed
    reader polling with its ETag paid a new TCP connection each time."""
    first = _get(server, "/feeds/all.atom")
    etag = first.headers["ETag"]
    sock = _connect(server)
    try:
        request = (
            b"GET /feeds/all.atom HTTP/1.1\r\nHost: feeds.test\r\n"
            b"If-None-Match: " + etag.encode() + b"\r\n\r\n"
        )
        for _ in range(2):  # the second one on the same connection
            sock.sendall(request)
            head = _read_head(sock)
            assert head.startswith(b"HTTP/1.1 304"), head
            assert b"connection: close" not in head.lower(), head
    finally:
        sock.close()
