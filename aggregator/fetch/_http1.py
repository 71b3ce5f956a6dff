"""The HTTP/1.1 exchange of a fetch, on sockets of our own, kept alive per host.

A poll is one small conditional GET per source, nearly always answered 304 Not Modified:
what it costs is the client's Python around a few hundred bytes. httpx and httpcore spent
about 0.3 ms a request there (URL and header models, cookies, auth and redirect hooks, a
pool that polls every idle connection under one lock) and 0.1 s of imports; this module
does what a fetch needs and no more: h11 frames the messages (its parser, its limits on a
response head), and everything else stays ours, as before:

- a *total* deadline: every connect, TLS handshake, send and receive waits at most what is
  left of it (and at most ``MAX_IO_WAIT`` at once), so a trickling server is cut off;
- every address a host name resolves to is checked by the ``AddressPolicy`` before
  connecting (the caller checks each redirect hop the same way, as it is a new request);
- bodies come out raw, in pieces of at most ``CHUNK`` bytes, for the caller to decode and
  cap (inflate.py, ``fetch.max_bytes``);
- a connection goes back to its host's idle list only after a complete exchange, and one
  idle longer than ``KEEPALIVE`` or closed by the server is not used again.
"""

from __future__ import annotations

import base64
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit

import h11

from aggregator.exceptions import FetchError
from aggregator.inflate import CHUNK

if TYPE_CHECKING:
    from aggregator.fetch import AddressPolicy

#: Longest single wait for one network read, write or connect, inside the total deadline.
MAX_IO_WAIT = 20.0
#: An idle connection older than this is closed rather than used again (servers drop theirs).
KEEPALIVE = 30.0
#: Characters left as they are in a request target: RFC 3986's reserved and unreserved ones
#: and "%" (a URL already percent-encoded stays so); the rest (spaces, non-ASCII) is encoded.
_SAFE = "!#$%&'()*+,/:;=?@[]~"

Key = tuple[str, str, int]


@dataclass(frozen=True, slots=True)
class Target:
    """Where a URL's request goes, and what it says there."""

    scheme: str
    host: str  # as resolved: IDNA-encoded, no brackets
    port: int
    #: The Host header and the request target, on the wire.
    authority: bytes
    path: bytes
    #: Basic credentials from the URL's userinfo (``https://user:password@host/``), if any.
    authorization: bytes | None = None

    @property
    def key(self) -> Key:
        return (self.scheme, self.host, self.port)


def target_of(url: str) -> Target:
    """The request for an http(s) URL. Raises ValueError for anything else, or a URL that
    cannot be sent (no host, a bad port, an IPv6 literal that is not one)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ValueError(f"expected http:// or https://, got {url!r}")
    host = parts.hostname
    if not host:
        raise ValueError(f"no host in {url!r}")
    port = parts.port or (443 if scheme == "https" else 80)
    if not host.isascii():
        import idna  # only for a host name that is not ASCII

        host = idna.encode(host, uts46=True).decode("ascii")
    bracketed = f"[{host}]" if ":" in host else host
    authority = (
        bracketed
        if parts.port is None or port == (443 if scheme == "https" else 80)
        else f"{bracketed}:{port}"
    )
    path = quote(parts.path or "/", safe=_SAFE) + (
        f"?{quote(parts.query, safe=_SAFE)}" if parts.query else ""
    )
    credentials = None
    if parts.username is not None:
        userinfo = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        credentials = b"Basic " + base64.b64encode(userinfo.encode("utf-8"))
    return Target(scheme, host, port, authority.encode("ascii"), path.encode("ascii"), credentials)


def _wait(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("total timeout exceeded")
    return min(left, MAX_IO_WAIT)


class _Connection:
    """One socket and its h11 state; used by one thread at a time."""

    __slots__ = ("h11", "key", "sock", "used")

    def __init__(self, key: Key, sock: socket.socket) -> None:
        self.key = key
        self.sock = sock
        self.h11 = h11.Connection(h11.CLIENT)
        self.used = time.monotonic()

    def send(self, data: bytes, deadline: float) -> None:
        self.sock.settimeout(_wait(deadline))
        self.sock.sendall(data)

    def receive(self, deadline: float) -> h11.Event | type[h11.PAUSED]:
        """The next event of the response, reading from the socket as h11 needs."""
        while True:
            event = self.h11.next_event()
            if event is not h11.NEED_DATA:
                return event  # type: ignore[return-value]
            self.sock.settimeout(_wait(deadline))
            self.h11.receive_data(self.sock.recv(CHUNK))

    def reusable(self) -> bool:
        """Idle, recent and not closed or written to by the server since."""
        if time.monotonic() - self.used > KEEPALIVE:
            return False
        try:
            poller = select.poll()
            poller.register(self.sock, select.POLLIN)
            return not poller.poll(0)  # readable while idle: closed, or garbage
        except (OSError, ValueError):
            return False

    def close(self) -> None:
        self.sock.close()


class Response:
    """A response whose head is read; its body is read with ``iter_raw`` (as sent: still
    compressed), and ``close`` gives the connection back to the pool when it was read whole."""

    def __init__(self, pool: Pool, conn: _Connection, head: h11.Response, deadline: float) -> None:
        self._pool = pool
        self._conn: _Connection | None = conn
        self._deadline = deadline
        self.status = head.status_code
        self.reason = head.reason.decode("latin-1")
        self.headers = [(name.decode("latin-1"), _text(value)) for name, value in head.headers]

    def iter_raw(self) -> Iterator[bytes]:
        """The body in pieces of at most ``CHUNK`` bytes, as they arrive."""
        conn = self._conn
        if conn is None:
            return
        while True:
            try:
                event = conn.receive(self._deadline)
            except h11.RemoteProtocolError as e:
                raise FetchError(f"the server broke the HTTP exchange: {e}") from e
            except TimeoutError:
                raise
            except OSError as e:
                raise FetchError(f"connection lost while reading: {e}") from e
            if isinstance(event, h11.Data):
                yield bytes(event.data)
            elif isinstance(event, h11.EndOfMessage):
                return
            else:  # a ConnectionClosed before the end: h11 raises for a short body first
                raise FetchError("connection lost while reading: the server closed it")

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        if conn.h11.our_state is h11.DONE and conn.h11.their_state is h11.DONE:
            try:
                conn.h11.start_next_cycle()
            except h11.LocalProtocolError:
                conn.close()
                return
            conn.used = time.monotonic()
            self._pool.put(conn)
        else:
            conn.close()


def _text(value: bytes) -> str:
    """A header value as text: ASCII or UTF-8 when it is, else Latin-1 (what it was on the wire)."""
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


class Pool:
    """Kept-alive connections by (scheme, host, port), thread-safe; at most ``max_idle``
    idle ones in all. Connections in use are their thread's, not counted here."""

    def __init__(
        self, policy: AddressPolicy, max_idle: int, ssl_context: Callable[[], ssl.SSLContext]
    ) -> None:
        self._policy = policy
        self._max_idle = max_idle
        self._ssl_context = ssl_context
        self._lock = threading.Lock()
        self._idle: dict[Key, list[_Connection]] = {}
        self._count = 0
        self._closed = False

    def request(self, target: Target, headers: list[tuple[bytes, bytes]], deadline: float) -> Response:
        """Send a GET and read the response head. A kept-alive connection that the server
        closed just as it was reused (a race every client meets) is replaced by a new one
        once: nothing of the response had arrived, and a GET may be sent again."""
        head = [(b"Host", target.authority), *headers]
        if target.authorization is not None:
            head.append((b"Authorization", target.authorization))
        try:
            request = h11.Request(method=b"GET", target=target.path, headers=head)
        except h11.LocalProtocolError as e:  # a stored validator or a host h11 will not send
            raise FetchError(f"cannot send this request: {e}") from e
        conn = self._take(target.key)
        if conn is not None:
            response = self._exchange(conn, request, deadline, fresh=False)
            if response is not None:
                return response
        response = self._exchange(self._connect(target, deadline), request, deadline, fresh=True)
        assert response is not None  # a new connection's failures raise
        return response

    def _exchange(
        self, conn: _Connection, request: h11.Request, deadline: float, *, fresh: bool
    ) -> Response | None:
        """The response head; None when a reused connection (not ``fresh``) failed before
        any of it arrived."""
        started = False
        try:
            conn.send(conn.h11.send(request) + conn.h11.send(h11.EndOfMessage()), deadline)
            while True:
                event = conn.receive(deadline)
                started = True
                if isinstance(event, h11.InformationalResponse):
                    continue  # 100 Continue and the like: the answer follows
                if isinstance(event, h11.Response):
                    return Response(self, conn, event, deadline)
                raise h11.RemoteProtocolError("the server closed the connection without answering")
        except h11.RemoteProtocolError as e:
            conn.close()
            if not fresh and not started:
                return None
            raise FetchError(f"the server broke the HTTP exchange: {e}") from e
        except h11.LocalProtocolError as e:
            conn.close()
            raise FetchError(f"cannot send this request: {e}") from e
        except TimeoutError:
            conn.close()
            raise
        except OSError as e:
            conn.close()
            if not fresh and not started:
                return None
            raise FetchError(f"connection lost while reading: {e}") from e
        except BaseException:
            conn.close()
            raise

    def _take(self, key: Key) -> _Connection | None:
        while True:
            with self._lock:
                idle = self._idle.get(key)
                if not idle:
                    return None
                conn = idle.pop()
                self._count -= 1
            if conn.reusable():
                return conn
            conn.close()

    def put(self, conn: _Connection) -> None:
        with self._lock:
            if not self._closed and self._count < self._max_idle:
                self._idle.setdefault(conn.key, []).append(conn)
                self._count += 1
                return
        conn.close()

    def _connect(self, target: Target, deadline: float) -> _Connection:
        try:
            # Bytes: the host is ASCII already (target_of), and a str would load the idna
            # codec in the first worker thread to connect.
            infos = socket.getaddrinfo(target.host.encode("ascii"), target.port, type=socket.SOCK_STREAM)
        except socket.gaierror as e:
            raise FetchError(f"could not connect: cannot resolve {target.host}: {e.strerror}") from e
        except (UnicodeError, ValueError) as e:  # a NUL byte, a label too long for IDNA
            raise FetchError(f"could not connect: cannot resolve {target.host!r}: {e}") from e
        refused: list[str] = []
        error: OSError | None = None
        for family, kind, proto, _, sockaddr in infos:
            address = str(sockaddr[0])
            if not self._policy.allows(target.host, address):
                refused.append(address)
                continue
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(_wait(deadline))
                sock.connect(sockaddr)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                if target.scheme == "https":
                    sock.settimeout(_wait(deadline))
                    sock = self._ssl_context().wrap_socket(sock, server_hostname=target.host)
            except TimeoutError:
                sock.close()
                raise
            except OSError as e:  # refused, unreachable, a TLS failure: the next address
                sock.close()
                error = e
                continue
            return _Connection(target.key, sock)
        if error is not None:
            raise FetchError(f"could not connect: {error}") from error
        raise FetchError(
            f"refused to connect to {target.host} ({', '.join(dict.fromkeys(refused))}): not a "
            "public address; add it to [fetch] allow_private if this is intended"
        )

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle, self._count = self._idle, {}, 0
        for conns in idle.values():
            for conn in conns:
                conn.close()
