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

import email.utils
import ipaddress
import logging
import threading
import time
from collections.abc import Iterable, Iterator
from datetime import UTC
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from aggregator import USER_AGENT
from aggregator.config import FetchConfig
from aggregator.exceptions import FetchError
from aggregator.fetch._http1 import MAX_IO_WAIT, Pool, Response, target_of
from aggregator.inflate import BROTLI, CHUNK, Inflater, Unbrotli
from aggregator.politeness import HostSpacing, host_of
from aggregator.types import Fetched, NotModified

if TYPE_CHECKING:
    import ssl

    import httpx

__all__ = ["MAX_IO_WAIT", "MAX_REDIRECTS", "AddressPolicy", "Fetcher", "guarded_client", "is_public"]

logger = logging.getLogger(__name__)

#: Redirects followed before giving up (browsers allow 20; feeds rarely need more than 2).
MAX_REDIRECTS = 5

ACCEPT = (
    "application/atom+xml, application/rss+xml, application/rdf+xml, "
    "application/feed+json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, "
    "text/html;q=0.8, */*;q=0.5"
)

_REDIRECTS = {301, 302, 303, 307, 308}
_PERMANENT = {301, 308}


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


class Fetcher:
    """Kept-alive connections for fetching sources; thread-safe, one per process."""

    def __init__(
        self, config: FetchConfig, *, max_connections: int = 20, spacing: HostSpacing | None = None
    ) -> None:
        self.config = config
        self.timeout = config.timeout.total_seconds()
        #: Keeps fetches from one host ``fetch.host_delay`` apart (politeness.py).
        self.spacing = spacing or HostSpacing(config.host_delay.total_seconds())
        self._policy = AddressPolicy(config.allow_private)
        self._pool = Pool(self._policy, max_connections, self._ssl_context)
        self._context: ssl.SSLContext | None = None
        self._context_lock = threading.Lock()
        self._headers = [
            (b"User-Agent", USER_AGENT.encode()),
            (b"Accept", ACCEPT.encode()),
            (b"Accept-Encoding", b"gzip, deflate, br" if BROTLI else b"gzip, deflate"),
        ]

    def _ssl_context(self) -> ssl.SSLContext:
        """The TLS context, made at the first https:// URL: loading the CA bundle is a tenth
        of a pass's start-up, and a pass over http:// sources (or all 304s on kept-alive
        connections) needs none."""
        with self._context_lock:
            if self._context is None:
                import ssl

                import certifi

                self._context = ssl.create_default_context(cafile=certifi.where())
                self._context.set_alpn_protocols(["http/1.1"])
            return self._context

    def close(self) -> None:
        self._pool.close()

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
        deadline = time.monotonic() + self.timeout
        try:
            return self._fetch(url, etag, last_modified, deadline)
        except TimeoutError as e:
            raise FetchError(f"timed out after {self.timeout:g}s (fetch.timeout)", url=url) from e
        except FetchError as e:
            e.url = e.url or url
            raise

    def _fetch(
        self, url: str, etag: str | None, last_modified: str | None, deadline: float
    ) -> Fetched | NotModified:
        headers = list(self._headers)
        if etag:
            headers.append((b"If-None-Match", etag.encode("utf-8")))
        if last_modified:
            headers.append((b"If-Modified-Since", last_modified.encode("utf-8")))
        seen = {url}
        permanent: str | None = None
        still_permanent = True
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            try:
                target = target_of(current)
            except ValueError as e:
                if current is url:
                    raise FetchError(
                        f"not a URL that can be fetched (expected http:// or https://): {e}", url=url
                    ) from e
                raise FetchError(f"invalid URL on the way: {e}", url=url) from e
            response = self._pool.request(target, headers, deadline)
            try:
                location = _header(response, "location")
                if response.status in _REDIRECTS and location is not None:
                    try:
                        following = urljoin(current, location.strip())
                    except ValueError as e:  # e.g. "http://[::1/feed"
                        raise FetchError(f"invalid URL on the way: {e}", url=url) from e
                    if not following.startswith(("http://", "https://")):
                        raise FetchError(
                            f"redirected to a non-HTTP URL {following!r}", url=url, status=response.status
                        )
                    if following in seen:
                        raise FetchError(f"redirect loop at {following}", url=url, status=response.status)
                    seen.add(following)
                    _drain(response)
                    if still_permanent and response.status in _PERMANENT:
                        permanent = following
                    else:
                        still_permanent, permanent = False, None
                    current = following
                    continue
                return self._finish(response, current, url, permanent)
            finally:
                response.close()
        raise FetchError(f"more than {MAX_REDIRECTS} redirects", url=url)

    def _finish(
        self, response: Response, current: str, url: str, permanent: str | None
    ) -> Fetched | NotModified:
        headers = _headers(response)
        etag, last_modified = headers.get("etag"), headers.get("last-modified")
        if response.status == 304:
            _drain(response)
            return NotModified(
                url=current,
                headers=headers,
                etag=etag,
                last_modified=last_modified,
                permanent_url=permanent,
            )
        if response.status != 200:
            raise FetchError(
                f"HTTP {response.status} {response.reason}".rstrip(),
                url=url,
                status=response.status,
                retry_after=parse_retry_after(headers.get("retry-after")),
            )
        body = b"".join(_read_body(response, headers, current, self.config.max_bytes))
        return Fetched(
            url=current,
            status=200,
            headers=headers,
            body=body,
            etag=etag,
            last_modified=last_modified,
            permanent_url=permanent,
        )


def _header(response: Response, name: str) -> str | None:
    for key, value in response.headers:
        if key.lower() == name:
            return value
    return None


def _headers(response: Response) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in response.headers:
        name = name.lower()
        out[name] = f"{out[name]}, {value}" if name in out else value
    return out


def _drain(response: Response) -> None:
    """Read a body that should be empty (a 304, a redirect) to its end, so that the
    connection goes back to the pool: closed midway, it is closed for good, and the next
    request to the host pays a new connection (and TLS handshake). A body over a chunk is
    not worth it: the connection is dropped."""
    read = 0
    for chunk in response.iter_raw():
        read += len(chunk)
        if read > CHUNK:
            return


def _read_body(response: Response, headers: dict[str, str], url: str, max_bytes: int) -> Iterator[bytes]:
    """The decoded body in pieces, never holding more than ``max_bytes`` of it."""
    encoding = headers.get("content-encoding", "identity").strip().lower()
    decoder: Inflater | Unbrotli | None = None
    if encoding in ("gzip", "x-gzip", "deflate"):
        decoder = Inflater(encoding)
    elif encoding == "br" and BROTLI:
        decoder = Unbrotli()
    elif encoding not in ("identity", ""):
        raise FetchError(f"unsupported Content-Encoding {encoding!r}", url=url, status=response.status)
    raw_total = total = 0
    too_big = FetchError(
        f"body larger than {max_bytes:,} bytes (fetch.max_bytes)", url=url, status=response.status
    )
    for chunk in response.iter_raw():
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


def guarded_client(config: FetchConfig, *, max_connections: int = 4) -> httpx.Client:
    """An HTTP client under the same address rules as fetches (non-public addresses refused
    at connect time unless ``allow_private`` lets them through), following no redirect: for
    WebSub's requests to hubs and to subscribers' callbacks (httpx, imported here only)."""
    import ssl

    import certifi
    import httpx

    from aggregator.fetch._httpx import GuardedTransport

    context = ssl.create_default_context(cafile=certifi.where())
    return httpx.Client(
        transport=GuardedTransport(AddressPolicy(config.allow_private), max_connections, context),
        timeout=httpx.Timeout(min(config.timeout.total_seconds(), MAX_IO_WAIT)),
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": USER_AGENT},
    )
