"""HTTP GET of a source: conditional, bounded in time and size, refusing private networks.

The only module that talks HTTP. What it guarantees, whatever the remote site does:
- a *total* deadline for the whole exchange (connect, TLS, headers, body), not a per-read one:
  a server trickling a byte every two seconds is cut off at ``fetch.timeout``;
- at most ``fetch.max_bytes`` read, compressed or not: decompression (gzip, deflate, brotli)
  is bounded step by step, so a bomb never inflates past the limit in memory;
- addresses that are not public (loopback, private, link-local, CGNAT, multicast, reserved,
  IPv4-mapped...) are refused at connect time, on the address actually connected to, on every
  redirect hop, unless ``fetch.allow_private`` lets them through;
- at most ``MAX_REDIRECTS`` redirects, and no loops;
- fetches from one host start ``fetch.host_delay`` apart (politeness.py).
It does not parse, decide schedules or retry: update.py does.
"""

from __future__ import annotations

import contextvars
import email.utils
import ipaddress
import logging
import socket
import ssl
import time
from collections.abc import Iterable, Iterator
from datetime import UTC
from typing import Any

import certifi
import httpcore
import httpx

from aggregator import USER_AGENT
from aggregator.config import FetchConfig
from aggregator.exceptions import FetchError
from aggregator.inflate import BROTLI, CHUNK, Inflater, Unbrotli
from aggregator.politeness import HostSpacing, host_of
from aggregator.types import Fetched, NotModified

logger = logging.getLogger(__name__)

#: Redirects followed before giving up (browsers allow 20; feeds rarely need more than 2).
MAX_REDIRECTS = 5
#: Longest single wait for one network read or connect, inside the total deadline.
MAX_IO_WAIT = 20.0

ACCEPT = (
    "application/atom+xml, application/rss+xml, application/rdf+xml, "
    "application/feed+json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, "
    "text/html;q=0.8, */*;q=0.5"
)

_REDIRECTS = {301, 302, 303, 307, 308}
_PERMANENT = {301, 308}

#: Monotonic time by which the current request must be over (per thread, per request).
_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("deadline", default=None)


class BlockedAddressError(httpcore.ConnectError):
    """The host resolves only to addresses we may not connect to."""


class AddressPolicy:
    """Which addresses a fetch may connect to: public ones, plus ``allow_private``."""

    def __init__(self, allow: Iterable[str] = ()) -> None:
        self._hosts: set[str] = set()
        self._networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        for item in allow:
            try:
                self._networks.append(ipaddress.ip_network(item, strict=False))
            except ValueError:
                self._hosts.add(item.lower().rstrip("."))

    def allows(self, host: str, address: str) -> bool:
        if host.lower().rstrip(".") in self._hosts:
            return True
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if any(ip in net for net in self._networks):
            return True
        return is_public(ip)


def is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for an address on the public internet.

    ``is_global`` alone is not enough: it is True for multicast, and an IPv6 address can
    carry an IPv4 one (mapped ::ffff:a.b.c.d, 6to4 2002::/16, Teredo, NAT64 64:ff9b::/96).
    """
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return is_public(embedded)
    return ip.is_global and not (
        ip.is_multicast
        or ip.is_reserved
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_unspecified
        or ip.is_private
    )


_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _remaining(timeout: float | None) -> float:
    """The wait allowed for one I/O step: the caller's, cut to what is left of the deadline."""
    deadline = _deadline.get()
    wait = MAX_IO_WAIT if timeout is None else min(timeout, MAX_IO_WAIT)
    if deadline is None:
        return wait
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("total timeout exceeded")
    return min(wait, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _remaining(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _remaining(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _remaining(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolves the host itself and connects only to addresses the policy allows."""

    def __init__(self, policy: AddressPolicy) -> None:
        self._policy = policy
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as e:
            raise httpcore.ConnectError(f"cannot resolve {host}: {e.strerror}") from e
        refused: list[str] = []
        error: Exception | None = None
        for *_, sockaddr in infos:
            address = str(sockaddr[0])
            if not self._policy.allows(host, address):
                refused.append(address)
                continue
            try:
                stream = self._inner.connect_tcp(
                    address, port, _remaining(timeout), local_address, socket_options
                )
            except httpcore.ConnectError as e:
                error = e
                continue
            return _DeadlineStream(stream)
        if error is not None:
            raise error
        raise BlockedAddressError(
            f"refused to connect to {host} ({', '.join(dict.fromkeys(refused))}): not a public "
            "address; add it to [fetch] allow_private if this is intended"
        )

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise BlockedAddressError("unix sockets are not allowed")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class _GuardedTransport(httpx.HTTPTransport):
    def __init__(self, policy: AddressPolicy, max_connections: int) -> None:
        # One TLS context for httpx's pool and ours: loading the CA bundle is a tenth of
        # `aggregator fetch`'s start-up, twice when each pool loads its own.
        context = ssl.create_default_context(cafile=certifi.where())
        super().__init__(verify=context, trust_env=False)
        # httpx has no public hook for the network backend; swap its pool for one that uses
        # ours (tests/test_fetch.py checks that private addresses are refused).
        self._pool = httpcore.ConnectionPool(
            ssl_context=context,
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            keepalive_expiry=30.0,
            network_backend=_GuardedBackend(policy),
        )


class Fetcher:
    """A connection pool for fetching sources; thread-safe, one per process."""

    def __init__(
        self, config: FetchConfig, *, max_connections: int = 20, spacing: HostSpacing | None = None
    ) -> None:
        self.config = config
        self.timeout = config.timeout.total_seconds()
        #: Keeps fetches from one host ``fetch.host_delay`` apart (politeness.py).
        self.spacing = spacing or HostSpacing(config.host_delay.total_seconds())
        self._client = httpx.Client(
            transport=_GuardedTransport(AddressPolicy(config.allow_private), max_connections),
            timeout=httpx.Timeout(min(self.timeout, MAX_IO_WAIT)),
            follow_redirects=False,
            trust_env=False,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": ACCEPT,
                "Accept-Encoding": "gzip, deflate, br" if BROTLI else "gzip, deflate",
            },
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched | NotModified:
        """GET ``url``, sending the validators of the last response.

        Raises:
            FetchError: connection failure, timeout, too many redirects, a body over the size
                limit, or an HTTP error status (``status`` and ``retry_after`` set).
        """
        # Before the deadline starts: waiting for our turn at the host is not the server's time.
        self.spacing.wait_turn(host_of(url))
        token = _deadline.set(time.monotonic() + self.timeout)
        try:
            return self._fetch(url, etag, last_modified)
        except httpx.TimeoutException as e:
            raise FetchError(f"timed out after {self.timeout:g}s (fetch.timeout)", url=url) from e
        except BlockedAddressError as e:
            raise FetchError(str(e), url=url) from e
        except httpcore.ReadTimeout as e:
            raise FetchError(f"timed out after {self.timeout:g}s (fetch.timeout)", url=url) from e
        except httpx.HTTPError as e:
            raise FetchError(_describe_http_error(e), url=url) from e
        except httpx.InvalidURL as e:  # e.g. a redirect to "javascript:..."
            raise FetchError(f"invalid URL on the way: {e}", url=url) from e
        except FetchError as e:
            e.url = e.url or url
            raise
        finally:
            _deadline.reset(token)

    def _fetch(self, url: str, etag: str | None, last_modified: str | None) -> Fetched | NotModified:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen = {url}
        permanent: str | None = None
        still_permanent = True
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            request = self._client.build_request("GET", current, headers=headers)
            response = self._client.send(request, stream=True)
            try:
                if response.status_code in _REDIRECTS and "location" in response.headers:
                    target = str(response.url.join(response.headers["location"]))
                    if not target.startswith(("http://", "https://")):
                        raise FetchError(
                            f"redirected to a non-HTTP URL {target!r}", url=url, status=response.status_code
                        )
                    if target in seen:
                        raise FetchError(f"redirect loop at {target}", url=url, status=response.status_code)
                    seen.add(target)
                    _drain(response)
                    if still_permanent and response.status_code in _PERMANENT:
                        permanent = target
                    else:
                        still_permanent, permanent = False, None
                    current = target
                    continue
                return self._finish(response, url, permanent)
            finally:
                response.close()
        raise FetchError(f"more than {MAX_REDIRECTS} redirects", url=url)

    def _finish(self, response: httpx.Response, url: str, permanent: str | None) -> Fetched | NotModified:
        headers = _headers(response)
        etag, last_modified = headers.get("etag"), headers.get("last-modified")
        if response.status_code == 304:
            _drain(response)
            return NotModified(
                url=str(response.url),
                headers=headers,
                etag=etag,
                last_modified=last_modified,
                permanent_url=permanent,
            )
        if response.status_code != 200:
            raise FetchError(
                f"HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                url=url,
                status=response.status_code,
                retry_after=parse_retry_after(headers.get("retry-after")),
            )
        body = b"".join(_read_body(response, self.config.max_bytes))
        return Fetched(
            url=str(response.url),
            status=200,
            headers=headers,
            body=body,
            etag=etag,
            last_modified=last_modified,
            permanent_url=permanent,
        )


def _headers(response: httpx.Response) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in response.headers.multi_items():
        name = name.lower()
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out


def _drain(response: httpx.Response) -> None:
    """Read a body that should be empty (a 304, a redirect) to its end, so that the
    connection goes back to the pool: closed midway, it is closed for good, and the next
    request to the host pays a new connection (and TLS handshake). A body over a chunk is
    not worth it: the connection is dropped."""
    read = 0
    for chunk in response.iter_raw(CHUNK):
        read += len(chunk)
        if read > CHUNK:
            return


def _read_body(response: httpx.Response, max_bytes: int) -> Iterator[bytes]:
    """The decoded body in pieces, never holding more than ``max_bytes`` of it."""
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    decoder: Inflater | Unbrotli | None = None
    if encoding in ("gzip", "x-gzip", "deflate"):
        decoder = Inflater(encoding)
    elif encoding == "br" and BROTLI:
        decoder = Unbrotli()
    elif encoding not in ("identity", ""):
        raise FetchError(
            f"unsupported Content-Encoding {encoding!r}", url=str(response.url), status=response.status_code
        )
    raw_total = total = 0
    too_big = FetchError(
        f"body larger than {max_bytes:,} bytes (fetch.max_bytes)",
        url=str(response.url),
        status=response.status_code,
    )
    for chunk in response.iter_raw(CHUNK):
        raw_total += len(chunk)
        if raw_total > max_bytes:
            raise too_big
        for piece in decoder.feed(chunk, max_bytes - total + 1) if decoder else (chunk,):
            total += len(piece)
            if total > max_bytes:
                raise too_big
            yield piece
    if decoder:
        for piece in decoder.drain(max_bytes - total + 1):
            total += len(piece)
            if total > max_bytes:
                raise too_big
            yield piece
        decoder.finish()


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delay-seconds or an HTTP-date (RFC 9110)."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


def _describe_http_error(error: httpx.HTTPError) -> str:
    cause = error.__cause__ or error.__context__
    if isinstance(error, httpx.ConnectError):
        return f"could not connect: {error or cause}"
    if isinstance(error, httpx.RemoteProtocolError):
        return f"the server broke the HTTP exchange: {error}"
    if isinstance(error, httpx.ReadError):
        return f"connection lost while reading: {error or cause}"
    if isinstance(error, httpx.UnsupportedProtocol):
        return f"not a URL that can be fetched (expected http:// or https://): {error}"
    return f"{type(error).__name__}: {error}"


def guarded_client(config: FetchConfig, *, max_connections: int = 4) -> httpx.Client:
    """An HTTP client under the same address rules as fetches (non-public addresses refused
    at connect time unless ``allow_private`` lets them through), following no redirect: for
    WebSub's requests to hubs and to subscribers' callbacks."""
    return httpx.Client(
        transport=_GuardedTransport(AddressPolicy(config.allow_private), max_connections),
        timeout=httpx.Timeout(min(config.timeout.total_seconds(), MAX_IO_WAIT)),
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": USER_AGENT},
    )
