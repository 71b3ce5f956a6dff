"""A hostile web server on loopback addresses, and a fetch pass over it in a subprocess that
measures its own peak memory (VmHWM; see PEAK_RSS for why not getrusage alone). Used by
tests/test_hostile.py and bench/hostile.py.

Each scenario listens on its own address (127.0.0.10, .11, ...; all of 127.0.0.0/8 is loopback
on Linux), so each is its own host for the per-host politeness limits and a pass fetches them
all in parallel. The good feeds share 127.0.0.2; 127.0.0.3 is a canary that must never be
asked anything (external DTDs and entities point at it).

Bounded everywhere: a listener accepts at most ``MAX_CONNECTIONS`` connections and lives at
most ``lifetime`` seconds; every sending loop is bounded in count and stops on ``stop`` or when
the client goes away; request heads are read with a size and count limit.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import random
import socket
import struct
import subprocess
import sys
import textwrap
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import brotli

DATA = Path(__file__).parent / "data"
ADVERSARIAL = DATA / "adversarial"
GOOD_FEEDS = {
    "good-lemonde": ("lemonde.rss", 4),
    "good-france24": ("france24.atom", 3),
    "good-courrier": ("courrier.rdf", 2),
}
#: Inflated size of the bombs: past what any body limit allows, and past the memory bound.
BOMB_BYTES = 512 * 2**20
MAX_CONNECTIONS = 64
PIECE = 64 * 1024

#: What a scenario does with one connection: (connection, request path, the server).
Handler = Callable[[socket.socket, str, "HostileServer"], None]


# -- building blocks ----------------------------------------------------------------------------


def read_request(conn: socket.socket) -> str:
    """Read one request head (at most 64 KiB, 64 reads); return its path."""
    data = b""
    for _ in range(64):
        if b"\r\n\r\n" in data or len(data) > 65536:
            break
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    parts = data.split(b"\r\n", 1)[0].split()
    return parts[1].decode("latin-1") if len(parts) >= 2 else "/"


def head(status: str = "200 OK", content_type: str = "application/rss+xml", **headers: str | int) -> bytes:
    lines = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def respond(
    conn: socket.socket,
    body: bytes,
    status: str = "200 OK",
    content_type: str = "application/rss+xml",
    **headers: str | int,
) -> None:
    conn.sendall(head(status, content_type, Content_Length=len(body), **headers) + body)


@cache
def bomb(encoding: str) -> bytes:
    """``BOMB_BYTES`` of zeros, compressed, made in 1 MiB steps (bounded memory), once."""
    zeros = bytes(2**20)
    if encoding == "br":
        compressor = brotli.Compressor(quality=5)
        return b"".join(
            [*(compressor.process(zeros) for _ in range(BOMB_BYTES // 2**20)), compressor.finish()]
        )
    wbits = {"gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}[encoding]
    deflater = zlib.compressobj(9, zlib.DEFLATED, wbits)
    return b"".join([*(deflater.compress(zeros) for _ in range(BOMB_BYTES // 2**20)), deflater.flush()])


def entity_document(doctype: str) -> bytes:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss {doctype}>\n<rss version="2.0"><channel>'
        f"<title>t &xxe;</title><link>https://example.org/</link><description>d</description>"
        f"<item><title>i &xxe;</title><guid>urn:x:1</guid></item></channel></rss>"
    ).encode()


# -- scenarios --------------------------------------------------------------------------------


def malformed(conn: socket.socket, path: str, server: HostileServer) -> None:
    respond(
        conn,
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>broken</title>'
        b"<item><title>cut <<< &&& </chanel>",
    )


def file_body(name: str) -> Handler:
    def handler(conn: socket.socket, path: str, server: HostileServer) -> None:
        respond(conn, (ADVERSARIAL / name).read_bytes())

    return handler


def xxe_file(conn: socket.socket, path: str, server: HostileServer) -> None:
    respond(conn, entity_document(f'[<!ENTITY xxe SYSTEM "file://{server.secret_file}">]'))


def xxe_http(conn: socket.socket, path: str, server: HostileServer) -> None:
    respond(conn, entity_document(f'[<!ENTITY xxe SYSTEM "{server.canary_url}/entity">]'))


def xxe_parameter(conn: socket.socket, path: str, server: HostileServer) -> None:
    respond(conn, entity_document(f'[<!ENTITY % p SYSTEM "{server.canary_url}/param"> %p;]'))


def external_dtd(conn: socket.socket, path: str, server: HostileServer) -> None:
    # No entity declared, so not refused: parsed, and the DTD must never be fetched.
    respond(
        conn,
        (
            f'<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "{server.canary_url}/never.dtd">\n'
            '<rss version="2.0"><channel><title>x&nbsp;y</title><link>https://example.org/'
            "</link><description>d</description><item><title>i</title><guid>urn:x:1</guid>"
            "</item></channel></rss>"
        ).encode(),
    )


def status(code: int, reason: str, **headers: str) -> Handler:
    def handler(conn: socket.socket, path: str, server: HostileServer) -> None:
        respond(conn, f"{code} {reason}".encode(), f"{code} {reason}", "text/plain", **headers)

    return handler


def retry_at(conn: socket.socket, path: str, server: HostileServer) -> None:
    when = email.utils.format_datetime(server.retry_at, usegmt=True)
    respond(conn, b"busy", "503 Service Unavailable", "text/plain", Retry_After=when)


def redirect_loop(conn: socket.socket, path: str, server: HostileServer) -> None:
    target = "/b" if path == "/feed" else "/feed"
    respond(conn, b"", "301 Moved Permanently" if path == "/feed" else "302 Found", Location=target)


def moved(conn: socket.socket, path: str, server: HostileServer) -> None:
    if path == "/feed":
        respond(conn, b"", "301 Moved Permanently", Location="/new/feed.rss")
    else:
        respond(conn, (DATA / "feed" / "lemonde.rss").read_bytes())


def html_page(conn: socket.socket, path: str, server: HostileServer) -> None:
    respond(conn, (ADVERSARIAL / "html-not-a-feed.html").read_bytes(), content_type="text/html")


def binary(conn: socket.socket, path: str, server: HostileServer) -> None:
    respond(conn, random.Random(4).randbytes(256 * 1024), content_type="application/octet-stream")


def endless(conn: socket.socket, path: str, server: HostileServer) -> None:
    conn.sendall(head(Transfer_Encoding="chunked") + b"5\r\n<rss>\r\n")
    piece = b"%x\r\n%s\r\n" % (PIECE, b"x" * PIECE)
    for _ in range(2**16):  # 4 GiB at most; the client hangs up at fetch.max_bytes
        if server.stop.is_set():
            return
        conn.sendall(piece)


def compressed_bomb(encoding: str) -> Handler:
    def handler(conn: socket.socket, path: str, server: HostileServer) -> None:
        body = bomb(encoding)
        conn.sendall(head(Content_Encoding=encoding, Content_Length=len(body)))
        for start in range(0, len(body), PIECE):
            if server.stop.is_set():
                return
            conn.sendall(body[start : start + PIECE])

    return handler


def trickle(conn: socket.socket, path: str, server: HostileServer) -> None:
    """One byte every two seconds: each read succeeds, only a total deadline stops it."""
    conn.sendall(head(Content_Length=1000))
    for byte in b"<rss>" + b" " * 995:
        if server.stop.wait(2):
            return
        conn.sendall(bytes([byte]))


def reset_mid_body(conn: socket.socket, path: str, server: HostileServer) -> None:
    body = (DATA / "feed" / "lemonde.rss").read_bytes()
    conn.sendall(head(Content_Length=len(body)) + body[: len(body) // 2])
    # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def wrong_charset(conn: socket.socket, path: str, server: HostileServer) -> None:
    respond(
        conn,
        (ADVERSARIAL / "wrong-charset-cp1252-declared-utf8.xml").read_bytes(),
        content_type="application/rss+xml; charset=utf-8",
    )


def good(conn: socket.socket, path: str, server: HostileServer) -> None:
    file = DATA / "feed" / path.rsplit("/", 1)[-1]
    if path.startswith("/feed/") and file.is_file():
        respond(conn, file.read_bytes())
    else:
        respond(conn, b"not found", "404 Not Found", "text/plain")


def canary(conn: socket.socket, path: str, server: HostileServer) -> None:
    with server.lock:
        server.canary_requests.append(path)
    respond(conn, b'<!ENTITY leaked "CANARY">', content_type="application/xml-dtd")


#: name -> handler, in the order of their addresses (127.0.0.10 onwards).
SCENARIOS: dict[str, Handler] = {
    "malformed": malformed,
    "billion-laughs": file_body("billion-laughs.xml"),
    "quadratic-blowup": file_body("quadratic-blowup-malformed.xml"),
    "xxe-file": xxe_file,
    "xxe-http": xxe_http,
    "xxe-parameter": xxe_parameter,
    "external-dtd": external_dtd,
    "status-500": status(500, "Internal Server Error"),
    "status-404": status(404, "Not Found"),
    "status-410": status(410, "Gone"),
    "status-429": status(429, "Too Many Requests", Retry_After="3600"),
    "status-503-date": retry_at,
    "redirect-loop": redirect_loop,
    "moved-301": moved,
    "html-for-feed": html_page,
    "random-binary": binary,
    "endless-body": endless,
    "gzip-bomb": compressed_bomb("gzip"),
    "deflate-bomb": compressed_bomb("deflate"),
    "brotli-bomb": compressed_bomb("br"),
    "trickle": trickle,
    "reset-mid-body": reset_mid_body,
    "wrong-charset": wrong_charset,
}


# -- the server -------------------------------------------------------------------------------


@dataclass
class _Listener:
    name: str
    sock: socket.socket
    handler: Handler
    connections: int = 0


@dataclass
class HostileServer:
    """Every scenario on its own loopback address, the good feeds on 127.0.0.2, the canary on
    127.0.0.3. Start with ``start()``, stop with ``close()`` (or use it as a context manager)."""

    #: A local file that the XXE scenario's entity points at.
    secret_file: Path
    lifetime: float = 300.0
    #: When the 503 scenario asks to be retried (an HTTP date in its Retry-After).
    retry_at: datetime = field(
        default_factory=lambda: (datetime.now(UTC) + timedelta(hours=2)).replace(microsecond=0)
    )
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    canary_requests: list[str] = field(default_factory=list)
    _listeners: dict[str, _Listener] = field(default_factory=dict)
    _threads: list[threading.Thread] = field(default_factory=list)

    def start(self) -> HostileServer:
        self._listen("good", "127.0.0.2", good)
        self._listen("canary", "127.0.0.3", canary)
        for i, (name, handler) in enumerate(SCENARIOS.items()):
            self._listen(name, f"127.0.0.{10 + i}", handler)
        for encoding in ("gzip", "deflate", "br"):
            bomb(encoding)  # made before any client waits on it
        return self

    def _listen(self, name: str, address: str, handler: Handler) -> None:
        sock = socket.create_server((address, 0))
        sock.settimeout(0.1)
        listener = _Listener(name, sock, handler)
        self._listeners[name] = listener
        thread = threading.Thread(target=self._accept, args=(listener,), daemon=True, name=f"hostile-{name}")
        thread.start()
        self._threads.append(thread)

    def _accept(self, listener: _Listener) -> None:
        deadline = time.monotonic() + self.lifetime
        while (
            not self.stop.is_set() and time.monotonic() < deadline and listener.connections < MAX_CONNECTIONS
        ):
            try:
                conn, _ = listener.sock.accept()
            except (TimeoutError, OSError):
                continue
            listener.connections += 1
            threading.Thread(target=self._serve, args=(listener, conn), daemon=True).start()

    def _serve(self, listener: _Listener, conn: socket.socket) -> None:
        # OSError: the client hung up (at its size limit or deadline), as intended.
        with conn, contextlib.suppress(OSError):
            conn.settimeout(10)
            listener.handler(conn, read_request(conn), self)

    def url(self, name: str) -> str:
        host, port = self._listeners[name].sock.getsockname()[:2]
        return f"http://{host}:{port}/feed"

    @property
    def canary_url(self) -> str:
        return self.url("canary").removesuffix("/feed")

    def good_url(self, file: str) -> str:
        return f"{self.url('good')}/{file}"

    def connections(self, name: str) -> int:
        return self._listeners[name].connections

    def close(self) -> None:
        self.stop.set()
        for thread in self._threads:
            thread.join(timeout=5)
        for listener in self._listeners.values():
            listener.sock.close()

    def __enter__(self) -> HostileServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.close()


# -- the pass ---------------------------------------------------------------------------------

#: The fetch timeout of the pass: the trickling server holds its source this long.
TIMEOUT = timedelta(seconds=5)


def config_text(server: HostileServer, database: Path, timeout: timedelta = TIMEOUT) -> str:
    """Every hostile scenario and the good feeds, with the default limits and politeness."""
    sources = [(name, server.url(name), "feed") for name in SCENARIOS]
    sources += [(name, server.good_url(file), "auto") for name, (file, _) in GOOD_FEEDS.items()]
    text = textwrap.dedent(f"""\
        [database]
        url = "sqlite:///{database}"

        [scheduler]
        interval = "1h"
        min_interval = "5m"
        max_interval = "1d"
        workers = 32

        [fetch]
        timeout = "{timeout.total_seconds():g}s"
        max_bytes = "10MB"
        allow_private = ["127.0.0.0/8"]

        """)
    for name, url, type_ in sources:
        text += f'[[sources]]\nname = "{name}"\nurl = "{url}"\ntype = "{type_}"\n\n'
    return text


#: Peak resident memory of the process running it, in MiB. getrusage's ru_maxrss is not
#: enough on Linux: exec() records the *parent's* high-water mark in it (the address space
#: being replaced is the parent's under vfork, or its copy under fork), so a child of a 160 MiB
#: pytest process reports 160 MiB whatever it does. /proc/self/status's VmHWM is the peak of
#: this process's own address space, since exec. Both are reported; bounds use the first.
PEAK_RSS = """
import resource
def peak_rss() -> dict:
    figures = {"ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    figures["peak_rss_mb"] = int(line.split()[1]) / 1024
    except OSError:
        pass
    figures.setdefault("peak_rss_mb", figures["ru_maxrss_mb"])
    return figures
"""

PASS_SCRIPT = (
    PEAK_RSS
    + """
import json, sys, time
from aggregator.cli import main
imported = time.monotonic()
status = main(["fetch", "--config", sys.argv[1]])
done = time.monotonic()
print(json.dumps({"status": status, "pass_seconds": done - imported, **peak_rss()}))
"""
)


@dataclass(frozen=True)
class PassResult:
    status: int
    #: ``aggregator fetch`` itself, from the configuration read to the last source stored.
    pass_seconds: float
    #: The whole subprocess, interpreter start and imports included.
    wall_seconds: float
    #: Peak resident memory of the subprocess since it started (VmHWM), in MiB.
    peak_rss_mb: float
    #: getrusage's ru_maxrss of the subprocess, in MiB: includes its parent's peak (PEAK_RSS).
    ru_maxrss_mb: float
    stdout: str
    stderr: str


def run_pass(config: Path, *, limit: float = 120.0) -> PassResult:
    """``aggregator fetch`` over ``config`` in a fresh Python process that reports its own
    peak resident memory; ``limit`` only guards against a hang."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", PASS_SCRIPT, str(config)],
        capture_output=True,
        text=True,
        timeout=limit,
        stdin=subprocess.DEVNULL,
    )
    wall = time.monotonic() - started
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the pass failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    figures = json.loads(lines[-1])
    return PassResult(
        status=figures["status"],
        pass_seconds=figures["pass_seconds"],
        wall_seconds=wall,
        peak_rss_mb=figures["peak_rss_mb"],
        ru_maxrss_mb=figures["ru_maxrss_mb"],
        stdout="\n".join(lines[:-1]),
        stderr=done.stderr,
    )


BOMB_SCRIPT = (
    PEAK_RSS
    + """
import json, sys
from datetime import timedelta
from aggregator.config import FetchConfig
from aggregator.exceptions import FetchError
from aggregator.fetch import Fetcher
config = FetchConfig(max_bytes=int(sys.argv[2]), allow_private=("127.0.0.0/8",),
                     timeout=timedelta(seconds=60))
with Fetcher(config) as fetcher:
    try:
        fetcher.fetch(sys.argv[1])
        error = None
    except FetchError as e:
        error = str(e)
print(json.dumps({"error": error, **peak_rss()}))
"""
)


def fetch_in_subprocess(url: str, max_bytes: int, *, limit: float = 120.0) -> dict[str, object]:
    """Fetch ``url`` in a fresh Python process: its error (or None), ``peak_rss_mb`` and
    ``ru_maxrss_mb`` (see PEAK_RSS)."""
    done = subprocess.run(
        [sys.executable, "-c", BOMB_SCRIPT, url, str(max_bytes)],
        capture_output=True,
        text=True,
        timeout=limit,
        stdin=subprocess.DEVNULL,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the fetch crashed ({done.returncode}):\n{done.stderr}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result
