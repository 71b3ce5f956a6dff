"""A farm of small feeds on 127.0.0.1, for tests and benchmarks of many workers.

A threaded HTTP server generating ``/feed/<n>.xml`` (RSS 2.0, ``entries`` items each) for
sources 0 .. ``sources``-1, counting the requests per path. The first item of every feed is
one of ``shared`` articles that several feeds carry (the same link), so that workers storing
them at once exercise cross-source dedupe. ``delay`` seconds are added to every response,
to stand for the network.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self

#: Dates of the generated items: fixed, so feeds are the same on every request.
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
#: Longest a response may be held back, whatever ``delay`` says.
MAX_DELAY = 30.0


class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1 answering with ``handler``, serving in a thread of
    its own between ``start`` and ``close`` (or as a context manager), at ``/feed/<n>.xml``
    for source n."""

    def __init__(
        self,
        handler: type[BaseHTTPRequestHandler],
        server_class: type[ThreadingHTTPServer] = ThreadingHTTPServer,
    ) -> None:
        self.server = server_class(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )

    def url(self, n: int) -> str:
        return f"http://127.0.0.1:{self.port}/feed/{n}.xml"

    def start(self) -> Self:
        self._thread.start()
        return self

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=10)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class FeedFarm(LoopbackServer):
    def __init__(self, sources: int, *, entries: int = 3, shared: int = 30, delay: float = 0.0) -> None:
        self.sources = sources
        self.entries = entries
        self.shared = shared
        self.delay = min(delay, MAX_DELAY)
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        farm = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                with farm._lock:
                    farm.counts[self.path] += 1
                body = farm.body(self.path)
                if farm.delay:
                    time.sleep(farm.delay)
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        super().__init__(Handler)

    def path(self, n: int) -> str:
        return f"/feed/{n}.xml"

    def guids(self, n: int) -> list[str]:
        return [f"feed{n}-item{k}" for k in range(self.entries)]

    def shared_link(self, n: int) -> str:
        return f"http://news.test/shared/{n % self.shared}"

    def body(self, path: str) -> bytes:
        name = path.rsplit("/", 1)[-1]
        if not (path.startswith("/feed/") and name.endswith(".xml") and name[:-4].isdigit()):
            return b""
        n = int(name[:-4])
        if n >= self.sources:
            return b""
        items = []
        for k, guid in enumerate(self.guids(n)):
            link = self.shared_link(n) if k == 0 else f"http://news.test/{n}/{k}"
            date = format_datetime(EPOCH + timedelta(hours=n, minutes=k), usegmt=True)
            items.append(
                f"<item><title>Article {k} of feed {n}</title><link>{link}</link>"
                f'<guid isPermaLink="false">{guid}</guid><pubDate>{date}</pubDate>'
                f"<description>Text {k} of feed {n}.</description></item>"
            )
        return (
            f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Feed {n}</title><link>http://news.test/{n}/</link>"
            f"<description>Feed number {n}</description>{''.join(items)}</channel></rss>"
        ).encode()


def farm_config(
    farm: FeedFarm,
    database_url: str,
    *,
    workers: int = 8,
    timeout: str = "5s",
    min_lease: str = "5m",
    tags: tuple[str, ...] = ("news",),
    export: bool = True,
) -> str:
    """config.toml text polling every source of the farm once an hour."""
    tag_list = ", ".join(f'"{t}"' for t in tags)
    head = f"""[database]
url = "{database_url}"

[scheduler]
interval = "1h"
min_interval = "1m"
workers = {workers}
min_lease = "{min_lease}"

[fetch]
timeout = "{timeout}"
allow_private = ["127.0.0.1"]
# The farm's sources stand for as many sites, all served from 127.0.0.1: no per-host limit.
max_per_host = {workers}
host_delay = "0s"

[output]
dir = "public"
export = {"true" if export else "false"}
"""
    sources = "".join(
        f'\n[[sources]]\nname = "s{n:04d}"\nurl = "{farm.url(n)}"\ntype = "feed"\ntags = [{tag_list}]\n'
        for n in range(farm.sources)
    )
    return head + sources
