"""Atom and RSS documents carry an ``<?xml-stylesheet?>`` pointing at /feed.css, so a browser
shows a readable page; feed readers must read them exactly as without it."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest
from pytest_httpserver import HTTPServer

from aggregator.parse import parse_document

from ._cdp import CHROMIUM, Browser
from .conftest import Site

PI = re.compile(rb'<\?xml-stylesheet type="text/css" href="([^"]+)"\?>\n')


@pytest.mark.parametrize(
    "path", ["/feeds/kremlin.atom", "/feeds/kremlin.rss", "/sources/lemonde.atom", "/feeds/all.rss"]
)
def test_readers_read_the_styled_documents_identically(site: Site, path: str) -> None:
    body = site.client.get(path).data
    match = PI.search(body)
    assert match and match.group(1) == b"http://feeds.test/feed.css"
    assert body.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<?xml-stylesheet")
    bare = PI.sub(b"", body)
    styled_fp, bare_fp = (feedparser.parse(io.BytesIO(b)) for b in (body, bare))
    assert not styled_fp.bozo, styled_fp.get("bozo_exception")
    assert styled_fp.version == bare_fp.version
    assert styled_fp.feed == bare_fp.feed
    assert styled_fp.entries == bare_fp.entries and len(styled_fp.entries) > 1
    now = datetime.now(UTC)
    ours = [parse_document(b, url="http://feeds.test" + path, now=now) for b in (body, bare)]
    assert ours[0] == ours[1]


def test_the_stylesheet_is_served(site: Site) -> None:
    r = site.client.get("/feed.css")
    assert r.status_code == 200 and r.content_type == "text/css; charset=utf-8"
    assert b"@namespace atom url(http://www.w3.org/2005/Atom);" in r.data
    assert site.client.get("/feeds/kremlin.json").data.lstrip().startswith(b"{")  # JSON: as is


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_a_browser_applies_it(site: Site, tmp_path: Path) -> None:
    """Chromium shows application/atom+xml as text, whatever it says; a saved copy (.xml,
    which it reads as XML) shows what the stylesheet does: entries as blocks, ids hidden."""
    css = tmp_path / "feed.css"
    css.write_bytes(site.client.get("/feed.css").data)
    saved = tmp_path / "kremlin.xml"
    saved.write_bytes(
        PI.sub(
            f'<?xml-stylesheet type="text/css" href="{css.as_uri()}"?>\n'.encode(),
            site.client.get("/feeds/kremlin.atom").data,
        )
    )
    ns = "http://www.w3.org/2005/Atom"
    with Browser(tmp_path) as browser:
        browser.open(saved.as_uri(), 1280, 900)
        shown = browser.evaluate(
            f"[...['entry', 'title', 'id', 'content']].map(n => getComputedStyle("
            f"document.getElementsByTagNameNS('{ns}', n)[1] || document.documentElement).display)"
        )
    assert shown == ["block", "block", "none", "none"]


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("newsboat") is None, reason="newsboat is not installed (apt-get install newsboat)"
)
@pytest.mark.parametrize("path", ["/feeds/kremlin.atom", "/feeds/kremlin.rss"])
def test_newsboat_reads_the_styled_documents_identically(
    site: Site, httpserver: HTTPServer, tmp_path: Path, path: str
) -> None:
    """newsboat fetches the document with and without its stylesheet line over loopback and
    stores the same items (its cache is SQLite: rss_item)."""
    body = site.client.get(path).data
    assert PI.search(body)
    kind = "application/atom+xml" if path.endswith(".atom") else "application/rss+xml"
    httpserver.expect_request("/styled").respond_with_data(body, content_type=kind)
    httpserver.expect_request("/bare").respond_with_data(PI.sub(b"", body), content_type=kind)
    (tmp_path / "config").write_text("")
    env = {"HOME": str(tmp_path), "PATH": os.environ["PATH"], "TERM": "dumb", "LANG": "C.UTF-8"}
    items = {}
    for url in ("/styled", "/bare"):  # a cache each: newsboat keeps one copy of a guid
        urls, cache = tmp_path / f"urls{url[1:]}", tmp_path / f"cache{url[1:]}.db"
        urls.write_text(httpserver.url_for(url) + "\n")
        done = subprocess.run(
            ["newsboat", "-u", str(urls), "-c", str(cache), "-C", str(tmp_path / "config"), "-x", "reload"],
            env=env,
            capture_output=True,
            timeout=120,
            check=False,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 0, done.stderr
        with contextlib.closing(sqlite3.connect(cache)) as db:
            items[url] = sorted(
                db.execute("SELECT guid, title, url, author, pubDate, content FROM rss_item").fetchall()
            )
    assert len(items["/styled"]) > 1
    assert items["/styled"] == items["/bare"]
