"""fetch.py against real servers on 127.0.0.1: pytest-httpserver for ordinary answers, small
raw-socket servers (below) for the misbehaving ones."""

from __future__ import annotations

import contextlib
import email.utils
import gzip
import ipaddress
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import brotli
import pytest
from pytest_httpserver import HTTPServer

from aggregator import PROJECT_URL, __version__
from aggregator.config import FetchConfig
from aggregator.exceptions import FetchError
from aggregator.fetch import MAX_REDIRECTS, AddressPolicy, Fetcher, is_public, parse_retry_after
from aggregator.types import Fetched, NotModified

LOCAL = ("127.0.0.1",)
RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'

#: Upper bound for any test that waits on a deadline: generous, never a timing assertion.
SLOW = 10.0


# -- fixtures ---------------------------------------------------------------------------------

#: What a raw server does with one accepted connection.
Handler = Callable[[socket.socket, threading.Event], None]
MakeFetcher = Callable[..., Fetcher]
StartServer = Callable[[Handler], "RawServer"]


@pytest.fixture
def make_fetcher() -> Iterator[MakeFetcher]:
    """Build Fetchers from FetchConfig keywords (allow_private defaults to 127.0.0.1, and
    host_delay to 0: tests/test_politeness.py tests the spacing); every one is closed at
    teardown."""
    made: list[Fetcher] = []

    def make(**options: object) -> Fetcher:
        options.setdefault("allow_private", LOCAL)
        options.setdefault("host_delay", timedelta(0))
        fetcher = Fetcher(FetchConfig(**options))  # type: ignore[arg-type]
        made.append(fetcher)
        return fetcher

    yield make
    for fetcher in made:
        fetcher.close()


@pytest.fixture
def fetcher(make_fetcher: MakeFetcher) -> Fetcher:
    return make_fetcher()


class RawServer:
    """A TCP server on 127.0.0.1 that hands each connection to ``handler``, one at a time.

    Bounded: it stops after ``max_connections`` connections, after ``lifetime`` seconds, or
    when ``stop`` is set, whichever comes first.
    """

    def __init__(self, handler: Handler, *, max_connections: int = 5, lifetime: float = 30.0) -> None:
        self.handler = handler
        self.max_connections = max_connections
        self.lifetime = lifetime
        self.stop = threading.Event()
        self.connections = 0
        self.requests: list[bytes] = []
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, name="raw-server", daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/feed.rss"

    def _serve(self) -> None:
        deadline = time.monotonic() + self.lifetime
        while (
            not self.stop.is_set() and time.monotonic() < deadline and self.connections < self.max_connections
        ):
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            # OSError: the client gave up, which is what most tests want
            with conn, contextlib.suppress(OSError):
                conn.settimeout(5)
                self.handler(conn, self.stop)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture
def raw_server() -> Iterator[Callable[[Handler], RawServer]]:
    servers: list[RawServer] = []

    def start(handler: Handler) -> RawServer:
        server = RawServer(handler)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def read_request(conn: socket.socket) -> bytes:
    """Read one request head (bounded in size and in reads)."""
    data = b""
    for _ in range(256):
        if b"\r\n\r\n" in data or len(data) > 65536:
            break
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


def head(status: str = "200 OK", **headers: str | int) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Content-Type: application/rss+xml", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def fails(fetcher: Fetcher, url: str, **kwargs: str) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(url, **kwargs)
    return info.value


# -- conditional GET, headers -----------------------------------------------------------------


def test_conditional_get_sends_validators_and_gets_not_modified(
    fetcher: Fetcher, feed_server: HTTPServer, feed_url: Callable[[str], str]
) -> None:
    url = feed_url("lemonde.rss")
    first = fetcher.fetch(url)
    assert isinstance(first, Fetched)
    assert first.status == 200
    assert first.body.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<rss')
    assert first.etag and first.last_modified
    assert first.url == url
    assert first.permanent_url is None
    assert first.headers["content-type"].startswith("application/rss+xml")

    second = fetcher.fetch(url, etag=first.etag, last_modified=first.last_modified)
    assert isinstance(second, NotModified)
    assert second.etag == first.etag

    (request1, _), (request2, _) = feed_server.log
    assert "If-None-Match" not in request1.headers
    assert "If-Modified-Since" not in request1.headers
    assert request2.headers["If-None-Match"] == first.etag
    assert request2.headers["If-Modified-Since"] == first.last_modified


def test_not_modified_and_redirects_leave_the_connection_open_for_the_next_request(
    fetcher: Fetcher, raw_server: StartServer
) -> None:
    """A poller's commonest answers, 304 and redirects, hand their connection back to the
    pool: the next fetch from the host does not open (and, on HTTPS, handshake) a new one."""
    answers = [
        head("200 OK", ETag='"v1"', Content_Length=len(RSS)).replace(b"Connection: close\r\n", b"") + RSS,
        b'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\n\r\n',
        b"HTTP/1.1 302 Found\r\nLocation: /feed.rss\r\nContent-Length: 5\r\n\r\nmoved",
        b'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\n\r\n',
    ]

    def handler(conn: socket.socket, stop: threading.Event) -> None:
        for answer in answers:
            if not read_request(conn):
                return
            conn.sendall(answer)

    server = raw_server(handler)
    first = fetcher.fetch(server.url)
    assert isinstance(first, Fetched) and first.body == RSS
    assert isinstance(fetcher.fetch(server.url, etag='"v1"'), NotModified)
    assert isinstance(fetcher.fetch(server.url.replace("feed", "old"), etag='"v1"'), NotModified)
    assert server.connections == 1


def test_a_kept_alive_connection_closed_as_it_is_reused_is_replaced_once(
    fetcher: Fetcher, raw_server: StartServer
) -> None:
    """A server may close an idle connection just as the next request goes out on it: the
    request is sent again on a new connection (a GET, nothing of the answer had come)."""
    not_modified = b'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\n\r\n'
    answered = [0]

    def handler(conn: socket.socket, stop: threading.Event) -> None:
        if not read_request(conn):
            return
        conn.sendall(not_modified)
        answered[0] += 1
        if answered[0] == 1:
            read_request(conn)  # the second request on this connection: closed unanswered

    server = raw_server(handler)
    assert isinstance(fetcher.fetch(server.url, etag='"v1"'), NotModified)
    assert isinstance(fetcher.fetch(server.url, etag='"v1"'), NotModified)
    assert server.connections == 2


def test_stale_validators_get_the_body(fetcher: Fetcher, feed_url: Callable[[str], str]) -> None:
    result = fetcher.fetch(
        feed_url("france24.atom"), etag='"stale"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT"
    )
    assert isinstance(result, Fetched)
    assert b"<feed" in result.body


def test_user_agent_names_aggregator_version_and_url(
    fetcher: Fetcher, feed_server: HTTPServer, feed_url: Callable[[str], str]
) -> None:
    fetcher.fetch(feed_url("courrier.rdf"))
    ((request, _),) = feed_server.log
    agent = request.headers["User-Agent"]
    assert "aggregator" in agent
    assert __version__ in agent
    assert PROJECT_URL in agent
    assert "gzip" in request.headers["Accept-Encoding"]
    assert "application/atom+xml" in request.headers["Accept"]


def test_repeated_headers_are_joined_and_names_lowercased(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    from werkzeug.datastructures import Headers

    headers = Headers([("X-Thing", "a"), ("X-Thing", "b")])
    httpserver.expect_request("/h").respond_with_data(RSS, headers=headers)
    result = fetcher.fetch(httpserver.url_for("/h"))
    assert isinstance(result, Fetched)
    assert result.headers["x-thing"] == "a, b"


# -- redirects --------------------------------------------------------------------------------


def redirect(server: HTTPServer, path: str, status: int, location: str) -> None:
    server.expect_request(path).respond_with_data("", status=status, headers={"Location": location})


def test_permanent_redirect_chain_sets_permanent_url(
    fetcher: Fetcher, feed_server: HTTPServer, feed_url: Callable[[str], str]
) -> None:
    redirect(feed_server, "/old", 301, "/older")
    redirect(feed_server, "/older", 308, "/feed/lemonde.rss")
    result = fetcher.fetch(feed_server.url_for("/old"))
    assert isinstance(result, Fetched)
    assert result.url == feed_url("lemonde.rss")
    assert result.permanent_url == feed_url("lemonde.rss")


def test_permanent_redirect_to_not_modified_keeps_permanent_url(
    fetcher: Fetcher, feed_server: HTTPServer, feed_url: Callable[[str], str]
) -> None:
    first = fetcher.fetch(feed_url("lemonde.rss"))
    assert isinstance(first, Fetched)
    redirect(feed_server, "/moved", 301, "/feed/lemonde.rss")
    result = fetcher.fetch(feed_server.url_for("/moved"), etag=first.etag)
    assert isinstance(result, NotModified)
    assert result.permanent_url == feed_url("lemonde.rss")


@pytest.mark.parametrize("status", [302, 303, 307])
def test_temporary_redirect_has_no_permanent_url(
    status: int, fetcher: Fetcher, feed_server: HTTPServer, feed_url: Callable[[str], str]
) -> None:
    redirect(feed_server, "/tmp", status, feed_url("france24.atom"))
    result = fetcher.fetch(feed_server.url_for("/tmp"))
    assert isinstance(result, Fetched)
    assert result.url == feed_url("france24.atom")
    assert result.permanent_url is None


def test_permanent_then_temporary_redirect_has_no_permanent_url(
    fetcher: Fetcher, feed_server: HTTPServer
) -> None:
    redirect(feed_server, "/a", 301, "/b")
    redirect(feed_server, "/b", 302, "/feed/lemonde.rss")
    result = fetcher.fetch(feed_server.url_for("/a"))
    assert isinstance(result, Fetched)
    assert result.permanent_url is None


def test_temporary_then_permanent_redirect_has_no_permanent_url(
    fetcher: Fetcher, feed_server: HTTPServer
) -> None:
    redirect(feed_server, "/a", 302, "/b")
    redirect(feed_server, "/b", 301, "/feed/lemonde.rss")
    result = fetcher.fetch(feed_server.url_for("/a"))
    assert isinstance(result, Fetched)
    assert result.permanent_url is None


def test_redirect_loop_is_an_error(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    redirect(httpserver, "/loop1", 301, "/loop2")
    redirect(httpserver, "/loop2", 302, "/loop1")
    error = fails(fetcher, httpserver.url_for("/loop1"))
    assert "loop" in str(error)
    assert len(httpserver.log) == 2


def test_redirect_to_itself_is_a_loop(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    redirect(httpserver, "/self", 301, "/self")
    assert "loop" in str(fails(fetcher, httpserver.url_for("/self")))


def chain(server: HTTPServer, hops: int) -> str:
    for i in range(hops):
        redirect(server, f"/hop/{i}", 302, f"/hop/{i + 1}")
    server.expect_request(f"/hop/{hops}").respond_with_data(RSS, content_type="application/rss+xml")
    return server.url_for("/hop/0")


def test_max_redirects_are_followed(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    result = fetcher.fetch(chain(httpserver, MAX_REDIRECTS))
    assert isinstance(result, Fetched)
    assert result.body == RSS


def test_too_many_redirects_is_an_error(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    assert MAX_REDIRECTS == 5
    error = fails(fetcher, chain(httpserver, 6))
    assert "redirects" in str(error)
    assert len(httpserver.log) == MAX_REDIRECTS + 1


@pytest.mark.parametrize(
    "location", ["ftp://example.com/feed.rss", "file:///etc/passwd", "gopher://example.com/1"]
)
def test_redirect_to_non_http_scheme_is_an_error(
    location: str, fetcher: Fetcher, httpserver: HTTPServer
) -> None:
    redirect(httpserver, "/r", 301, location)
    error = fails(fetcher, httpserver.url_for("/r"))
    assert "non-HTTP" in str(error)
    assert len(httpserver.log) == 1


@pytest.mark.parametrize(
    "location", ["javascript:alert(1)", "mailto:someone@example.com", "http://[::1/feed", "//[zz]/feed"]
)
def test_redirect_to_an_unusable_location_is_a_fetch_error(
    location: str, fetcher: Fetcher, raw_server: StartServer
) -> None:
    """Whatever a server puts in Location, fetch() raises FetchError and nothing else."""

    def handler(conn: socket.socket, stop: threading.Event) -> None:
        read_request(conn)
        conn.sendall(
            f"HTTP/1.1 302 Found\r\nLocation: {location}\r\n"
            "Content-Length: 0\r\nConnection: close\r\n\r\n".encode()
        )

    server = raw_server(handler)
    error = fails(fetcher, server.url)
    assert error.url == server.url
    assert server.connections == 1


@pytest.mark.parametrize(
    ("url", "etag"),
    [
        ("http://a\x00b/feed", None),  # a NUL in the host
        ("http://127.0.0.1:9/feed", 'W/"a\nb"'),  # a stored validator that cannot be sent
        ("ftp://example.org/feed", None),
    ],
)
def test_an_unsendable_request_is_a_fetch_error(url: str, etag: str | None, fetcher: Fetcher) -> None:
    error = fails(fetcher, url, **({"etag": etag} if etag else {}))
    assert error.url == url


def test_redirect_without_location_is_an_http_error(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/r").respond_with_data("", status=302)
    assert fails(fetcher, httpserver.url_for("/r")).status == 302


# -- status errors ----------------------------------------------------------------------------


@pytest.mark.parametrize("status", [404, 410, 500, 403])
def test_error_status_is_a_fetch_error_with_status(
    status: int, fetcher: Fetcher, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/x").respond_with_data("nope", status=status)
    url = httpserver.url_for("/x")
    error = fails(fetcher, url)
    assert error.status == status
    assert error.url == url
    assert str(status) in str(error)
    assert error.retry_after is None


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_seconds(status: int, fetcher: Fetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_data(
        "slow down", status=status, headers={"Retry-After": "120"}
    )
    error = fails(fetcher, httpserver.url_for("/x"))
    assert error.status == status
    assert error.retry_after == 120.0


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_http_date(status: int, fetcher: Fetcher, httpserver: HTTPServer) -> None:
    when = datetime.now(UTC) + timedelta(seconds=600)
    httpserver.expect_request("/x").respond_with_data(
        "", status=status, headers={"Retry-After": email.utils.format_datetime(when, usegmt=True)}
    )
    error = fails(fetcher, httpserver.url_for("/x"))
    assert error.retry_after is not None
    assert 500 < error.retry_after <= 601


def test_unusable_retry_after_header_is_still_a_fetch_error(
    fetcher: Fetcher, raw_server: StartServer
) -> None:
    # "²" is a digit to str.isdigit() but not to float(): a header a server may well send
    # (httpx decodes the byte 0xB2 as latin-1).
    def handler(conn: socket.socket, stop: threading.Event) -> None:
        read_request(conn)
        conn.sendall(
            b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: \xb2\r\n"
            b"Content-Length: 0\r\nConnection: close\r\n\r\n"
        )

    error = fails(fetcher, raw_server(handler).url)
    assert error.status == 503
    assert error.retry_after is None


NOW_TS = datetime(2026, 1, 21, 12, 0, tzinfo=UTC).timestamp()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("120", 120.0),
        (" 30 ", 30.0),
        ("0", 0.0),
        ("Wed, 21 Jan 2026 12:05:00 GMT", 300.0),
        ("Wednesday, 21-Jan-26 12:05:00 GMT", 300.0),  # RFC 850, obsolete but allowed
        ("Wed Jan 21 12:05:00 2026", 300.0),  # asctime
        ("Wed, 21 Jan 2026 13:05:00 +0100", 300.0),
        ("Tue, 20 Jan 2026 12:00:00 GMT", 0.0),  # in the past: no wait
        ("soon", None),
        ("-5", None),
        ("1.5", None),
        ("²", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW_TS) == expected


# -- size -------------------------------------------------------------------------------------


def test_body_at_the_limit_is_accepted(make_fetcher: MakeFetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_data(b"x" * 1000)
    result = make_fetcher(max_bytes=1000).fetch(httpserver.url_for("/x"))
    assert isinstance(result, Fetched)
    assert len(result.body) == 1000


def test_body_over_the_limit_is_refused(make_fetcher: MakeFetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_data(b"x" * 1001)
    error = fails(make_fetcher(max_bytes=1000), httpserver.url_for("/x"))
    assert "fetch.max_bytes" in str(error)
    assert error.url == httpserver.url_for("/x")


def test_endless_chunked_body_is_cut_at_the_limit(make_fetcher: MakeFetcher, raw_server: StartServer) -> None:
    piece = b"x" * 65536
    sent: list[int] = []

    def handler(conn: socket.socket, stop: threading.Event) -> None:
        read_request(conn)
        conn.sendall(head(Transfer_Encoding="chunked"))
        for _ in range(500):  # 32 MB at most
            if stop.is_set():
                break
            conn.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
            sent.append(len(piece))

    server = raw_server(handler)
    error = fails(make_fetcher(max_bytes=200_000), server.url)
    assert "fetch.max_bytes" in str(error)
    server.close()
    assert sum(sent) < 20 * 2**20


def gzip_bomb() -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(2**20)
    return b"".join([*(compressor.compress(zeros) for _ in range(5)), compressor.flush()])


@pytest.mark.parametrize("encoding", ["gzip", "x-gzip"])
def test_gzip_bomb_is_refused(encoding: str, make_fetcher: MakeFetcher, httpserver: HTTPServer) -> None:
    bomb = gzip_bomb()
    assert len(bomb) < 10_000
    httpserver.expect_request("/x").respond_with_data(bomb, headers={"Content-Encoding": encoding})
    error = fails(make_fetcher(max_bytes=2**20), httpserver.url_for("/x"))
    assert "fetch.max_bytes" in str(error)


def test_deflate_bomb_is_refused(make_fetcher: MakeFetcher, httpserver: HTTPServer) -> None:
    bomb = zlib.compress(bytes(5 * 2**20), 9)
    httpserver.expect_request("/x").respond_with_data(bomb, headers={"Content-Encoding": "deflate"})
    error = fails(make_fetcher(max_bytes=2**20), httpserver.url_for("/x"))
    assert "fetch.max_bytes" in str(error)


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


#: A body bigger than one decompression step, compressible, and not all alike.
BIG = b"".join(b"<item><title>entry %d</title></item>\n" % i for i in range(20_000))


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [("gzip", gzip.compress), ("GZip", gzip.compress), ("deflate", zlib.compress), ("deflate", raw_deflate)],
    ids=["gzip", "gzip-case", "deflate-zlib", "deflate-raw"],
)
@pytest.mark.parametrize("body", [RSS, BIG], ids=["small", "big"])
def test_compressed_body_within_the_limit_is_decoded(
    encoding: str,
    encode: Callable[[bytes], bytes],
    body: bytes,
    make_fetcher: MakeFetcher,
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/x").respond_with_data(encode(body), headers={"Content-Encoding": encoding})
    result = make_fetcher(max_bytes=len(body)).fetch(httpserver.url_for("/x"))
    assert isinstance(result, Fetched)
    assert result.body == body


def test_decompressed_size_is_what_counts(make_fetcher: MakeFetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_data(
        gzip.compress(BIG), headers={"Content-Encoding": "gzip"}
    )
    error = fails(make_fetcher(max_bytes=len(BIG) - 1), httpserver.url_for("/x"))
    assert "fetch.max_bytes" in str(error)


def test_truncated_gzip_body_is_refused(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_data(
        gzip.compress(BIG)[:-100], headers={"Content-Encoding": "gzip"}
    )
    assert "truncated" in str(fails(fetcher, httpserver.url_for("/x")))


def test_truncated_deflate_body_is_refused(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    # As for gzip: half a body must not be parsed as if it were the whole feed.
    httpserver.expect_request("/x").respond_with_data(
        zlib.compress(BIG)[:-100], headers={"Content-Encoding": "deflate"}
    )
    fails(fetcher, httpserver.url_for("/x"))


def test_corrupt_gzip_body_is_refused(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_data(
        b"\x1f\x8b\x08\x00garbage" * 10, headers={"Content-Encoding": "gzip"}
    )
    assert "corrupt" in str(fails(fetcher, httpserver.url_for("/x")))


@pytest.mark.parametrize("encoding", ["zstd", "compress", "gzip, br"])
def test_unsupported_content_encoding_is_refused(
    encoding: str, fetcher: Fetcher, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/x").respond_with_data(b"...", headers={"Content-Encoding": encoding})
    assert "Content-Encoding" in str(fails(fetcher, httpserver.url_for("/x")))


# -- brotli -----------------------------------------------------------------------------------


def brotli_bomb(megabytes: int = 64) -> bytes:
    compressor = brotli.Compressor(quality=5)
    zeros = bytes(2**20)
    return b"".join([*(compressor.process(zeros) for _ in range(megabytes)), compressor.finish()])


def test_brotli_is_offered(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_data(RSS)
    fetcher.fetch(httpserver.url_for("/x"))
    ((request, _),) = httpserver.log
    assert request.headers["Accept-Encoding"] == "gzip, deflate, br"


@pytest.mark.parametrize("body", [RSS, BIG], ids=["small", "big"])
def test_brotli_body_within_the_limit_is_decoded(
    body: bytes, make_fetcher: MakeFetcher, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/x").respond_with_data(
        brotli.compress(body), headers={"Content-Encoding": "br"}
    )
    result = make_fetcher(max_bytes=len(body)).fetch(httpserver.url_for("/x"))
    assert isinstance(result, Fetched)
    assert result.body == body


def test_brotli_bomb_is_refused(make_fetcher: MakeFetcher, httpserver: HTTPServer) -> None:
    bomb = brotli_bomb()
    assert len(bomb) < 2000  # 64 MB of zeros
    httpserver.expect_request("/x").respond_with_data(bomb, headers={"Content-Encoding": "br"})
    error = fails(make_fetcher(max_bytes=2**20), httpserver.url_for("/x"))
    assert "fetch.max_bytes" in str(error)


@pytest.mark.slow
def test_brotli_decompressed_size_is_what_counts(make_fetcher: MakeFetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_data(
        brotli.compress(BIG), headers={"Content-Encoding": "br"}
    )
    assert "fetch.max_bytes" in str(fails(make_fetcher(max_bytes=len(BIG) - 1), httpserver.url_for("/x")))


@pytest.mark.slow
def test_truncated_brotli_body_is_refused(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_data(
        brotli.compress(BIG)[:-50], headers={"Content-Encoding": "br"}
    )
    assert "truncated" in str(fails(fetcher, httpserver.url_for("/x")))


def test_corrupt_brotli_body_is_refused(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_data(
        b"\xff" * 100 + b"not brotli", headers={"Content-Encoding": "br"}
    )
    assert "corrupt" in str(fails(fetcher, httpserver.url_for("/x")))


# -- time -------------------------------------------------------------------------------------


def trickle_body(conn: socket.socket, stop: threading.Event) -> None:
    read_request(conn)
    conn.sendall(head(Content_Length=100))
    for _ in range(100):
        if stop.wait(0.5):
            return
        conn.sendall(b"x")


def trickle_head(conn: socket.socket, stop: threading.Event) -> None:
    read_request(conn)
    for byte in head(Content_Length=1) + b"x":
        if stop.wait(0.5):
            return
        conn.sendall(bytes([byte]))


def never_answer(conn: socket.socket, stop: threading.Event) -> None:
    read_request(conn)
    stop.wait(SLOW + 5)


@pytest.mark.slow
@pytest.mark.parametrize("handler", [trickle_body, trickle_head, never_answer])
def test_total_timeout(handler: Handler, make_fetcher: MakeFetcher, raw_server: StartServer) -> None:
    server = raw_server(handler)
    fetcher = make_fetcher(timeout=timedelta(seconds=2))
    started = time.monotonic()
    error = fails(fetcher, server.url)
    assert time.monotonic() - started < SLOW
    assert "timed out" in str(error)
    assert "fetch.timeout" in str(error)


@pytest.fixture
def unanswered_port() -> Iterator[int]:
    """A port whose connections never complete: a listener that never accepts, its backlog
    already full, so the kernel drops further SYNs and connect() waits."""
    with socket.create_server(("127.0.0.1", 0), backlog=0) as listener:
        port = listener.getsockname()[1]
        fillers = []
        for _ in range(4):
            filler = socket.socket()
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(("127.0.0.1", port))
            fillers.append(filler)
        try:
            yield port
        finally:
            for filler in fillers:
                filler.close()


@pytest.mark.slow
def test_connect_that_never_completes_is_cut_at_the_deadline(
    make_fetcher: MakeFetcher, unanswered_port: int
) -> None:
    probe = socket.socket()
    probe.settimeout(0.5)
    with probe, pytest.raises(TimeoutError):  # the premise: connecting hangs
        probe.connect(("127.0.0.1", unanswered_port))
    fetcher = make_fetcher(timeout=timedelta(seconds=2))
    started = time.monotonic()
    error = fails(fetcher, f"http://127.0.0.1:{unanswered_port}/feed.rss")
    assert time.monotonic() - started < SLOW
    assert "timed out" in str(error) and "fetch.timeout" in str(error)


def test_the_deadline_is_per_request(
    make_fetcher: MakeFetcher, raw_server: StartServer, httpserver: HTTPServer
) -> None:
    """A timed-out request leaves the fetcher usable for the next one."""
    fetcher = make_fetcher(timeout=timedelta(seconds=1))
    fails(fetcher, raw_server(never_answer).url)
    httpserver.expect_request("/x").respond_with_data(RSS)
    assert isinstance(fetcher.fetch(httpserver.url_for("/x")), Fetched)


@pytest.mark.slow
def test_concurrent_fetches_have_their_own_deadlines(
    make_fetcher: MakeFetcher, raw_server: StartServer, feed_url: Callable[[str], str]
) -> None:
    """One Fetcher shared by worker threads: a hung server fails only its own request."""
    fetcher = make_fetcher(timeout=timedelta(seconds=2))
    slow = raw_server(never_answer).url
    urls = [slow, *(feed_url(name) for name in ("lemonde.rss", "france24.atom", "courrier.rdf"))]

    def attempt(url: str) -> Fetched | NotModified | FetchError:
        try:
            return fetcher.fetch(url)
        except FetchError as e:
            return e

    with ThreadPoolExecutor(len(urls)) as pool:
        outcomes = list(pool.map(attempt, urls, timeout=SLOW))
    assert isinstance(outcomes[0], FetchError)
    assert all(isinstance(o, Fetched) for o in outcomes[1:])


# -- broken connections -----------------------------------------------------------------------


def reset_mid_body(conn: socket.socket, stop: threading.Event) -> None:
    read_request(conn)
    conn.sendall(head(Content_Length=100_000) + b"<rss>" + b"x" * 1000)
    # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def close_mid_body(conn: socket.socket, stop: threading.Event) -> None:
    read_request(conn)
    conn.sendall(head(Content_Length=100_000) + b"<rss>" + b"x" * 1000)


def garbage(conn: socket.socket, stop: threading.Event) -> None:
    read_request(conn)
    conn.sendall(b"this is not HTTP at all\r\n\r\n")


def close_at_once(conn: socket.socket, stop: threading.Event) -> None:
    read_request(conn)


@pytest.mark.parametrize("handler", [reset_mid_body, close_mid_body, garbage, close_at_once])
def test_broken_connection_is_a_fetch_error(
    handler: Handler, fetcher: Fetcher, raw_server: StartServer
) -> None:
    error = fails(fetcher, raw_server(handler).url)
    assert error.url is not None


def test_connection_refused_is_a_fetch_error(fetcher: Fetcher) -> None:
    with socket.create_server(("127.0.0.1", 0)) as s:
        port = s.getsockname()[1]
    error = fails(fetcher, f"http://127.0.0.1:{port}/feed.rss")
    assert "could not connect" in str(error)


# -- network safety ---------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_private_addresses_are_refused_by_default(
    host: str, make_fetcher: MakeFetcher, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/feed.rss").respond_with_data(RSS)
    url = f"http://{host}:{httpserver.port}/feed.rss"
    error = fails(make_fetcher(allow_private=()), url)
    assert "allow_private" in str(error)
    assert error.url == url
    assert httpserver.log == []


def test_private_address_is_refused_on_a_redirect_hop(
    make_fetcher: MakeFetcher, httpserver: HTTPServer
) -> None:
    """The first hop's host name is allowed; the redirect target's address is not."""
    redirect(httpserver, "/hop", 302, f"http://127.0.0.1:{httpserver.port}/feed.rss")
    httpserver.expect_request("/feed.rss").respond_with_data(RSS)
    fetcher = make_fetcher(allow_private=("localhost",))
    error = fails(fetcher, f"http://localhost:{httpserver.port}/hop")
    assert "allow_private" in str(error)
    assert [request.path for request, _ in httpserver.log] == ["/hop"]


@pytest.mark.parametrize("allow", [("127.0.0.1",), ("127.0.0.0/8",), ("localhost",)])
def test_allow_private_lets_through(
    allow: tuple[str, ...], make_fetcher: MakeFetcher, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/feed.rss").respond_with_data(RSS)
    host = "localhost" if allow == ("localhost",) else "127.0.0.1"
    result = make_fetcher(allow_private=allow).fetch(f"http://{host}:{httpserver.port}/feed.rss")
    assert isinstance(result, Fetched)


def test_an_allowed_address_is_not_an_allowed_network(
    make_fetcher: MakeFetcher, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/feed.rss").respond_with_data(RSS)
    fetcher = make_fetcher(allow_private=("127.0.0.2", "10.0.0.0/8"))
    assert "allow_private" in str(fails(fetcher, f"http://127.0.0.1:{httpserver.port}/feed.rss"))
    assert httpserver.log == []


NOT_PUBLIC = [
    "127.0.0.1",
    "127.8.9.10",
    "10.0.0.1",
    "10.255.255.254",
    "172.16.0.1",
    "172.31.255.254",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "224.0.0.1",
    "239.255.255.250",
    "0.0.0.0",
    "255.255.255.255",
    "240.0.0.1",
    "198.18.0.1",
    "::",
    "::1",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "2001:db8::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "2002:7f00:1::1",  # 6to4 of 127.0.0.1
    "2002:a00:1::1",  # 6to4 of 10.0.0.1
    "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
    "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
    "::127.0.0.1",  # IPv4-compatible (deprecated)
    "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo, client 127.0.0.1
]
PUBLIC = [
    "8.8.8.8",
    "1.1.1.1",
    "172.32.0.1",
    "93.184.216.34",
    "2001:4860:4860::8888",
    "2a00:1450:4007:80e::200e",
    "::ffff:8.8.8.8",
    "2002:808:808::1",
    "64:ff9b::808:808",
]


@pytest.mark.parametrize("address", NOT_PUBLIC)
def test_not_public(address: str) -> None:
    assert not is_public(ipaddress.ip_address(address))
    assert not AddressPolicy().allows("example.com", address)


@pytest.mark.parametrize("address", PUBLIC)
def test_public(address: str) -> None:
    assert is_public(ipaddress.ip_address(address))
    assert AddressPolicy().allows("example.com", address)


def test_policy_allowed_networks_and_addresses() -> None:
    policy = AddressPolicy(["10.0.0.0/8", "192.168.1.5", "fd00::/8"])
    assert policy.allows("a.example", "10.1.2.3")
    assert policy.allows("a.example", "192.168.1.5")
    assert policy.allows("a.example", "fd00::1234")
    assert not policy.allows("a.example", "192.168.1.6")
    assert not policy.allows("a.example", "127.0.0.1")
    assert not policy.allows("a.example", "172.16.0.1")
    assert policy.allows("a.example", "8.8.8.8")


def test_policy_allowed_host_names() -> None:
    policy = AddressPolicy(["intranet.example", "Wiki.Example."])
    assert policy.allows("intranet.example", "10.0.0.5")
    assert policy.allows("INTRANET.example.", "10.0.0.5")
    assert policy.allows("wiki.example", "192.168.0.1")
    assert not policy.allows("other.example", "10.0.0.5")
    assert not policy.allows("sub.intranet.example", "10.0.0.5")


def test_policy_ignores_ipv6_zone() -> None:
    assert not AddressPolicy().allows("h", "fe80::1%eth0")
    assert AddressPolicy(["fe80::/10"]).allows("h", "fe80::1%eth0")
