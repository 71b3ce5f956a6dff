"""A farm of feeds whose content changes, on 127.0.0.1: for crash, load and soak tests.

``/feed/<n>.xml`` is an RSS 2.0 feed for sources 0 .. ``sources``-1. What it says depends on
the farm's ``generation``, which the test moves on: generation g lists items 0 .. entries+g-1
(newest first; with ``window``, only the newest ``window`` of them; with ``grow=False``,
always items 0 .. entries-1), each with two categories
and a description that names the revision ``g // REVISE_EVERY`` (so every few generations
every listed item is edited: updates, not only inserts). Every response carries an ETag
naming the source and the generation (``"<n>-<g>"``) and a conditional request for the
current one gets a 304. The first item of every feed links to one of ``shared`` articles
that several feeds carry, so cross-source dedupe takes part.

A test can thus tell from a source's stored ETag which generation its last stored fetch saw,
and which entries (and revisions) must be there with it: exactly ``guids(n, g)``.
"""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from _farm import LoopbackServer

#: Dates of the generated items: fixed per item, so a feed is the same at each generation.
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
#: Every this many generations, the description of every item changes.
REVISE_EVERY = 3
#: Longest a response is held back by a closed gate.
GATE_TIMEOUT = 30.0
CATEGORIES = ("politique", "économie", "Culture", "sport", "monde")


class LiveFarm(LoopbackServer):
    def __init__(
        self,
        sources: int,
        *,
        entries: int = 3,
        window: int | None = None,
        shared: int = 10,
        grow: bool = True,
    ) -> None:
        self.sources = sources
        self.entries = entries
        #: False: every generation lists the same items (only their revisions change), so
        #: the database stops growing (a steady state for soak tests).
        self.grow = grow
        self.window = window
        self.shared = shared
        self.generation = 0
        self.counts: Counter[str] = Counter()
        self.not_modified = 0
        #: Responses wait until this is set (a test holds fetches in flight by clearing it).
        self.gate = threading.Event()
        self.gate.set()
        self._lock = threading.Lock()
        farm = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                n = farm.source_of(self.path)
                with farm._lock:
                    farm.counts[self.path] += 1
                    g = farm.generation
                if n is None:
                    self._send(404, b"not found", "text/plain")
                    return
                farm.gate.wait(GATE_TIMEOUT)
                etag = farm.etag(n, g)
                if self.headers.get("If-None-Match") == etag:
                    with farm._lock:
                        farm.not_modified += 1
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self._send(200, farm.body(n, g), "application/rss+xml; charset=utf-8", etag=etag)

            def _send(self, status: int, body: bytes, content_type: str, etag: str | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        super().__init__(Handler, _QuietServer)

    # -- what each source says at each generation -------------------------------------------

    def source_of(self, path: str) -> int | None:
        name = path.rsplit("/", 1)[-1]
        if not (path.startswith("/feed/") and name.endswith(".xml") and name[:-4].isdigit()):
            return None
        n = int(name[:-4])
        return n if n < self.sources else None

    def etag(self, n: int, g: int) -> str:
        return f'"{n}-{g}"'

    def generation_of(self, etag: str | None) -> int | None:
        """The generation a stored ETag names (None for none)."""
        if not etag:
            return None
        return int(etag.strip('"').split("-")[1])

    def items(self, g: int) -> range:
        """Item numbers listed at generation ``g``, oldest first."""
        last = self.entries + (g if self.grow else 0)
        first = max(0, last - self.window) if self.window else 0
        return range(first, last)

    def guid(self, n: int, k: int) -> str:
        return f"live{n}-item{k}"

    def guids(self, n: int, g: int) -> set[str]:
        return {self.guid(n, k) for k in self.items(g)}

    def revision(self, g: int) -> str:
        return f"revision {g // REVISE_EVERY}"

    def body(self, n: int, g: int) -> bytes:
        items = []
        for k in reversed(self.items(g)):
            link = f"http://news.test/shared/{n % self.shared}" if k == 0 else f"http://news.test/{n}/{k}"
            date = format_datetime(EPOCH + timedelta(hours=k, minutes=n % 60), usegmt=True)
            cats = "".join(
                f"<category>{CATEGORIES[(k + i) % len(CATEGORIES)]}</category>" for i in (0, n % 2 + 1)
            )
            items.append(
                f"<item><title>Article {k} of feed {n}</title><link>{link}</link>"
                f'<guid isPermaLink="false">{self.guid(n, k)}</guid>'
                f"<pubDate>{date}</pubDate>{cats}"
                f"<description>Text {k} of feed {n}, {self.revision(g)}.</description>"
                f"</item>"
            )
        return (
            f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Feed {n}</title><link>http://news.test/{n}/</link>"
            f"<description>Feed number {n}</description>{''.join(items)}</channel></rss>"
        ).encode()

    # -- lifecycle --------------------------------------------------------------------------

    def advance(self) -> int:
        """Move every feed on to the next generation; returns it."""
        with self._lock:
            self.generation += 1
            return self.generation


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client killed mid-request (what these tests do) is no error of the farm's."""


def live_config(
    farm: LiveFarm,
    database_url: str,
    *,
    workers: int = 4,
    interval: str = "1h",
    min_interval: str = "1m",
    max_interval: str = "1d",
    output_dir: str = "public",
    export: bool = True,
    port: int = 8080,
    extra: str = "",
) -> str:
    """config.toml text polling every source of the farm, tagged ``news`` (a configured tag,
    so its feed exists before any entry), with a keyword rule tag ``revision``."""
    head = f"""[database]
url = "{database_url}"

[server]
host = "127.0.0.1"
port = {port}
base_url = "http://127.0.0.1:{port}"

[scheduler]
interval = "{interval}"
min_interval = "{min_interval}"
max_interval = "{max_interval}"
workers = {workers}

[fetch]
timeout = "10s"
allow_private = ["127.0.0.1"]
# The farm's sources stand for as many sites, all served from 127.0.0.1: no per-host limit.
max_per_host = {workers}
host_delay = "0s"

[output]
dir = "{output_dir}"
export = {"true" if export else "false"}
entries = 20

[tags.news]
title = "News"

[tags.revision]
title = "Revisions"
keywords = ["revision"]
{extra}"""
    sources = "".join(
        f'\n[[sources]]\nname = "s{n:04d}"\nurl = "{farm.url(n)}"\ntype = "feed"\n'
        f'tags = ["news"]\ncategory_tags = true\n'
        for n in range(farm.sources)
    )
    return head + sources
