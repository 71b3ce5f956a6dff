"""RFC 5005 archives, cross-source dedupe, HTTP caching and the static export, end to end.

A real store (SQLite, or PostgreSQL in that pass), the real app (create_app + Flask's test
client), entries stored through Store.apply_update with ``output.entries = 3`` so that a few
entries make several archive pages; the export, through ``aggregator fetch`` and
``aggregator export`` against a feed served on 127.0.0.1.
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from _validate import validate
from flask import Flask
from flask.testing import FlaskClient
from lxml import etree
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response

from aggregator.cli import main
from aggregator.config import Config, DatabaseConfig, OutputConfig, ServerConfig, SourceConfig, TagConfig
from aggregator.normalize import normalize_entry
from aggregator.store import Store
from aggregator.tag import Tagger
from aggregator.types import FeedInfo, RawEntry, SourceUpdate, StoreResult, TaggedEntry
from aggregator.update import tag_titles
from aggregator.web import create_app

BASE = "http://feeds.test"
FORMATS = ("atom", "rss", "json")
#: output.entries: entries per document, small so that a few entries make archive pages.
SIZE = 3
T0 = datetime(2026, 1, 1, tzinfo=UTC)
HOUR = timedelta(hours=1)
A = "{http://www.w3.org/2005/Atom}"
FH_ARCHIVE = "{http://purl.org/syndication/history/1.0}archive"
IMMUTABLE = "public, max-age=31536000, immutable"
KREMLIN = TagConfig(slug="kremlin", title="Kremlin", keywords=("kremlin", "poutine"))


# -- building a site ------------------------------------------------------------------------


def make_config(tmp_path: Path, database_url: str, *sources: SourceConfig, entries: int = SIZE) -> Config:
    return Config(
        path=None,
        database=DatabaseConfig(database_url),
        server=ServerConfig(base_url=BASE),
        output=OutputConfig(dir=tmp_path / "public", entries=entries),
        tags=(KREMLIN,),
        sources=sources,
    )


def raw(n: int, title: str | None = None, link: str | None = None, **fields: Any) -> RawEntry:
    """Entry ``n``: its own link, published ``n`` hours after T0 unless told."""
    fields.setdefault("published", T0 + n * HOUR)
    fields.setdefault("summary", f"<p>Summary of story {n}: " + "words " * 40 + "</p>")
    return RawEntry(
        id=fields.pop("id", f"guid-{n}"),
        link=link or f"https://news.example/{n}",
        title=title or f"Story {n}",
        **fields,
    )


def ingest(
    store: Store, config: Config, source: str, raws: Sequence[RawEntry], when: datetime
) -> StoreResult:
    """One fetch of ``source`` that read ``raws`` (newest first, as documents list them),
    through normalize and tag as update.py does."""
    cfg = config.source(source)
    assert cfg is not None
    tagger = Tagger({t.slug: t.keywords for t in config.tags})
    entries = [e for e in (normalize_entry(r, base_url=cfg.url) for r in raws) if e]
    tagged = tuple(TaggedEntry(e, tagger.tags_for(e, cfg.tags)) for e in entries)
    return store.apply_update(
        SourceUpdate(
            name=source,
            fetched_at=when,
            next_fetch=when + HOUR,
            status=200,
            feed=FeedInfo(title=f"Source {source.upper()}", link=f"https://{source}.example/"),
            entries=tagged,
            tag_titles=tag_titles(config, entries),
        )
    )


@dataclass
class Site:
    config: Config
    store: Store
    app: Flask
    client: FlaskClient
    #: feed path (no suffix) -> links of the entries it must hold, over all its documents.
    expected: dict[str, set[str]] = field(default_factory=dict)


SOURCES = (
    SourceConfig(name="a", url="https://a.example/feed", type="feed", tags=("russie",)),
    SourceConfig(name="b", url="https://b.example/feed", type="feed", tags=("ukraine",)),
)


def kremlin_title(n: int) -> str:
    return f"Story {n} about the Kremlin" if n % 2 else f"Story {n}"


def fill(store: Store, config: Config, source: str, numbers: Sequence[int], when: datetime) -> None:
    ingest(store, config, source, [raw(n, kremlin_title(n)) for n in reversed(numbers)], when)


@pytest.fixture
def site(tmp_path: Path, database_url: str) -> Iterator[Site]:
    """Source a: 11 entries in four fetches; source b: 4 entries in two; every odd entry
    mentions the Kremlin."""
    config = make_config(tmp_path, database_url, *SOURCES)
    store = Store(config.database.url)
    store.sync_sources(config.sources, T0)
    fill(store, config, "a", [1, 2, 3, 4], T0 + 100 * HOUR)
    fill(store, config, "b", [101, 102], T0 + 101 * HOUR)
    fill(store, config, "a", [5, 6], T0 + 102 * HOUR)
    fill(store, config, "a", [7, 8, 9], T0 + 103 * HOUR)
    fill(store, config, "b", [103, 104], T0 + 104 * HOUR)
    fill(store, config, "a", [10, 11], T0 + 105 * HOUR)
    app = create_app(config, store)
    a = {f"https://news.example/{n}" for n in range(1, 12)}
    b = {f"https://news.example/{n}" for n in range(101, 105)}
    expected = {
        "/feeds/russie": a,
        "/feeds/ukraine": b,
        "/feeds/all": a | b,
        "/feeds/kremlin": {u for u in a | b if int(u.rsplit("/", 1)[1]) % 2},
        "/sources/a": a,
        "/sources/b": b,
    }
    yield Site(config, store, app, app.test_client(), expected)
    store.close()


def run_cli(*args: str) -> None:
    assert main([*args, "--log-level", "WARNING"]) == 0, args


# -- reading documents ----------------------------------------------------------------------


@dataclass
class Doc:
    """One feed document as a subscriber reads it."""

    path: str
    fmt: str
    status: int
    headers: Any
    body: bytes
    ids: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    #: RFC 5005 and self links of the document: rel -> href
    rels: dict[str, str] = field(default_factory=dict)
    #: fh:archive (Atom, RSS) or _archive.archive (JSON)
    archive: bool = False
    #: JSON Feed's next_url (older items)
    next_url: str | None = None


def path_of(url: str) -> str:
    assert url.startswith(BASE + "/"), url
    return url.removeprefix(BASE)


def read(client: FlaskClient, path: str, **headers: str) -> Doc:
    fmt = path.rsplit(".", 1)[1]
    r = client.get(path, headers=headers)
    doc = Doc(path, fmt, r.status_code, r.headers, r.data)
    if r.status_code != 200 or r.headers.get("Content-Encoding"):
        return doc
    if fmt == "json":
        data = json.loads(r.data)
        doc.ids = [item["id"] for item in data["items"]]
        doc.links = [item.get("url") for item in data["items"]]
        archive = data.get("_archive") or {}
        doc.archive = archive.get("archive") is True
        doc.rels = {
            k.replace("_", "-"): v
            for k, v in archive.items()
            if k in ("current", "prev_archive", "next_archive")
        }
        doc.next_url = data.get("next_url")
        return doc
    root = etree.fromstring(r.data)
    if fmt == "atom":
        entries = root.findall(f"{A}entry")
        doc.ids = [e.findtext(f"{A}id") for e in entries]
        doc.links = [
            next(
                (
                    link.get("href")
                    for link in e.findall(f"{A}link")
                    if link.get("rel", "alternate") == "alternate"
                ),
                None,
            )
            for e in entries
        ]
        doc.rels = {link.get("rel", "alternate"): link.get("href") for link in root.findall(f"{A}link")}
        doc.archive = root.find(FH_ARCHIVE) is not None
    else:
        channel = root.find("channel")
        items = channel.findall("item")
        doc.ids = [item.findtext("guid") for item in items]
        doc.links = [item.findtext("link") for item in items]
        doc.rels = {link.get("rel"): link.get("href") for link in channel.findall(f"{A}link")}
        doc.archive = channel.find(FH_ARCHIVE) is not None
    return doc


def walk(client: FlaskClient, feed: str, fmt: str) -> list[Doc]:
    """From the current document, through prev-archive (Atom, RSS) or next_url (JSON) links,
    to the oldest page; every document checked valid on the way."""
    docs = [read(client, f"{feed}.{fmt}")]
    for _ in range(100):
        doc = docs[-1]
        assert doc.status == 200, doc.path
        validate(fmt, doc.body)
        older = doc.next_url if fmt == "json" else doc.rels.get("prev-archive")
        if older is None:
            return docs
        docs.append(read(client, path_of(older)))
    raise AssertionError(f"no end to the archives of {feed}.{fmt}")


def archive_pages(client: FlaskClient, feed: str, fmt: str) -> list[Doc]:
    """The archive pages of a feed, oldest first."""
    return list(reversed(walk(client, feed, fmt)[1:]))


FEEDS = ("/feeds/russie", "/feeds/kremlin", "/feeds/all", "/sources/a", "/sources/b", "/feeds/ukraine")


# -- walking the archives -------------------------------------------------------------------


@pytest.mark.parametrize("feed", FEEDS)
def test_walking_the_archives_gets_every_entry_exactly_once(site: Site, feed: str) -> None:
    ids_by_format = {}
    for fmt in FORMATS:
        docs = walk(site.client, feed, fmt)
        ids = [i for doc in docs for i in doc.ids]
        links = [link for doc in docs for link in doc.links]
        assert len(ids) == len(set(ids)), f"{feed}.{fmt}: an entry met twice"
        assert sorted(links) == sorted(site.expected[feed]), f"{feed}.{fmt}"
        # current document: the newest SIZE entries; pages: SIZE each but the newest
        assert len(docs[0].ids) == min(SIZE, len(ids))
        if len(docs) > 1:
            assert docs[-1].path == f"{feed}/archive/1.{fmt}"
            assert all(len(d.ids) == SIZE for d in docs[2:]), [len(d.ids) for d in docs]
        ids_by_format[fmt] = set(ids)
    assert ids_by_format["atom"] == ids_by_format["rss"] == ids_by_format["json"]


def test_the_walk_reaches_entries_in_the_order_they_joined(site: Site) -> None:
    """Archive page n holds what joined the feed n-th; a later fetch's entries are newer."""
    pages = archive_pages(site.client, "/feeds/russie", "atom")
    assert [sorted(int(link.rsplit("/", 1)[1]) for link in p.links) for p in pages] == [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8],
    ]
    current = read(site.client, "/feeds/russie.atom")
    assert [int(link.rsplit("/", 1)[1]) for link in current.links] == [11, 10, 9]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("feed", FEEDS)
def test_archive_pages_are_marked_and_linked(site: Site, feed: str, fmt: str) -> None:
    current = read(site.client, f"{feed}.{fmt}")
    pages = archive_pages(site.client, feed, fmt)
    total = len(site.expected[feed])
    assert len(pages) == -(-max(total - SIZE, 0) // SIZE)
    assert not current.archive
    assert "immutable" not in current.headers["Cache-Control"]
    if pages:
        assert current.rels["prev-archive"] == f"{BASE}{feed}/archive/{len(pages)}.{fmt}"
    else:
        assert "prev-archive" not in current.rels
    for n, page in enumerate(pages, 1):
        where = page.path
        assert page.archive, f"{where}: no fh:archive"
        assert page.rels.get("current") == f"{BASE}{feed}.{fmt}", where
        if fmt != "json":
            assert page.rels.get("self") == f"{BASE}{feed}/archive/{n}.{fmt}", where
        if n > 1:
            assert page.rels.get("prev-archive") == f"{BASE}{feed}/archive/{n - 1}.{fmt}", where
        else:
            assert "prev-archive" not in page.rels, where
        if n < len(pages):
            assert page.rels.get("next-archive") == f"{BASE}{feed}/archive/{n + 1}.{fmt}", where
        assert page.headers.get("ETag") and page.headers.get("Last-Modified"), where
        assert page.headers["Vary"] == "Accept-Encoding"


@pytest.mark.parametrize("fmt", FORMATS)
def test_complete_pages_are_immutable_and_the_newest_incomplete_one_is_not(site: Site, fmt: str) -> None:
    # russie: 11 entries -> pages 1 (1-3) and 2 (4-6) complete, page 3 (7-8) incomplete
    pages = archive_pages(site.client, "/feeds/russie", fmt)
    assert [len(p.ids) for p in pages] == [3, 3, 2]
    assert [p.headers["Cache-Control"] for p in pages[:2]] == [IMMUTABLE] * 2
    newest = pages[2].headers["Cache-Control"]
    assert "immutable" not in newest
    assert newest.startswith("public, max-age=")
    assert 60 <= int(newest.rsplit("=", 1)[1]) <= 900
    current = read(site.client, f"/feeds/russie.{fmt}").headers["Cache-Control"]
    assert current == newest


@pytest.mark.parametrize("feed", FEEDS)
def test_adding_entries_never_changes_a_complete_page(site: Site, feed: str) -> None:
    complete = {
        p.path: p
        for fmt in FORMATS
        for p in archive_pages(site.client, feed, fmt)
        if p.headers["Cache-Control"] == IMMUTABLE
    }
    assert complete or feed in ("/sources/b", "/feeds/ukraine", "/feeds/kremlin")
    fill(site.store, site.config, "a", [12, 13, 14, 15, 16, 17, 18], T0 + 200 * HOUR)
    fill(site.store, site.config, "b", [105, 106, 107, 108], T0 + 201 * HOUR)
    changed = []
    for path, before in complete.items():
        after = read(site.client, path)
        if (after.status, after.body, after.headers.get("ETag")) != (
            200,
            before.body,
            before.headers.get("ETag"),
        ):
            changed.append(f"{path}: {_first_difference(before.body, after.body)}")
    assert changed == [], "complete archive pages changed:\n" + "\n".join(changed)


def _first_difference(a: bytes, b: bytes) -> str:
    i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return f"at byte {i}: {a[max(0, i - 40) : i + 40]!r} -> {b[max(0, i - 40) : i + 40]!r}"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("feed", FEEDS)
def test_archive_pages_out_of_range_are_404(site: Site, feed: str, fmt: str) -> None:
    pages = len(archive_pages(site.client, feed, fmt))
    for n in (0, pages + 1, 999):
        assert site.client.get(f"{feed}/archive/{n}.{fmt}").status_code == 404, (feed, n)
    assert site.client.get(f"{feed}/archive/-1.{fmt}").status_code == 404
    assert site.client.get(f"/feeds/nope/archive/1.{fmt}").status_code == 404
    assert site.client.get(f"/sources/nope/archive/1.{fmt}").status_code == 404


# -- cross-source dedupe --------------------------------------------------------------------

STORY_A = "https://News.example:443/world/story?id=7&utm_source=a-feed&utm_medium=rss#top"
STORY_B = "https://news.example/world/story?utm_campaign=wire&id=7&fbclid=xyz#comments"


@pytest.fixture
def dedupe(tmp_path: Path, database_url: str) -> Iterator[Site]:
    """The same article from source a (tag alpha) then source b (tag beta), with other
    tracking parameters and fragment; both mention the Kremlin."""
    sources = (
        SourceConfig(name="a", url="https://a.example/feed", type="feed", tags=("alpha",)),
        SourceConfig(name="b", url="https://b.example/feed", type="feed", tags=("beta",)),
    )
    config = make_config(tmp_path, database_url, *sources, entries=10)
    store = Store(config.database.url)
    store.sync_sources(sources, T0)
    ingest(
        store,
        config,
        "a",
        [raw(2, "Other A story"), raw(1, "The Kremlin says yes", STORY_A, id="a-story")],
        T0 + HOUR,
    )
    ingest(
        store,
        config,
        "b",
        [raw(3, "Kremlin: yes (wire)", STORY_B, id="b-story"), raw(4, "Other B story")],
        T0 + 2 * HOUR,
    )
    app = create_app(config, store)
    yield Site(config, store, app, app.test_client())
    store.close()


def _story(doc: Doc) -> list[int]:
    """Positions of the shared article in a document."""
    return [i for i, link in enumerate(doc.links) if link and "/world/story" in link]


def _entry_details(fmt: str, body: bytes, index: int) -> tuple[set[str], list[tuple[str, str]]]:
    """(categories, (name or title, feed URL) of the other sources noted) of entry ``index``."""
    if fmt == "json":
        item = json.loads(body)["items"][index]
        also = item["_source"].get("also", [])
        return set(item.get("tags", ())), [(a["name"], a["feed_url"]) for a in also]
    root = etree.fromstring(body)
    if fmt == "atom":
        entry = root.findall(f"{A}entry")[index]
        return (
            {c.get("term") for c in entry.findall(f"{A}category")},
            [
                (link.get("title"), link.get("href"))
                for link in entry.findall(f"{A}link")
                if link.get("rel") == "via"
            ],
        )
    item = root.find("channel").findall("item")[index]
    return (
        {c.text for c in item.findall("category")},
        [
            (link.get("title"), link.get("href"))
            for link in item.findall(f"{A}link")
            if link.get("rel") == "via"
        ],
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_article_from_two_sources_appears_once_as_the_earliest(dedupe: Site, fmt: str) -> None:
    client = dedupe.client
    own_a = read(client, f"/sources/a.{fmt}")
    own_b = read(client, f"/sources/b.{fmt}")
    # each source's own feed still lists its copy, under its own id and link
    [ia], [ib] = _story(own_a), _story(own_b)
    a_id, b_id = own_a.ids[ia], own_b.ids[ib]
    assert a_id != b_id
    assert own_b.links[ib] == STORY_B
    for feed in ("/feeds/kremlin", "/feeds/all", "/feeds/alpha", "/feeds/beta"):
        doc = read(client, f"{feed}.{fmt}")
        validate(fmt, doc.body)
        positions = _story(doc)
        assert len(positions) == 1, f"{feed}.{fmt}: {doc.links}"
        assert doc.ids[positions[0]] == a_id, f"{feed}.{fmt}: not a's entry"
        assert doc.links[positions[0]] == own_a.links[ia]
        assert b_id not in doc.ids
        tags, also = _entry_details(fmt, doc.body, positions[0])
        assert {"alpha", "beta", "kremlin"} <= tags, f"{feed}.{fmt}: {tags}"
        names = {name for name, _ in also}
        assert [url for _, url in also] == ["https://b.example/feed"], f"{feed}.{fmt}: {also}"
        assert names <= {"b", "Source B"}
    # the other entries are untouched
    all_links = read(client, f"/feeds/all.{fmt}").links
    assert sorted(all_links) == sorted([own_a.links[ia], "https://news.example/2", "https://news.example/4"])


def test_dedupe_holds_whatever_the_order_of_later_fetches(dedupe: Site) -> None:
    """b fetched again, and a again: still one article, still a's."""
    ingest(
        dedupe.store,
        dedupe.config,
        "b",
        [raw(3, "Kremlin: yes (wire)", STORY_B, id="b-story")],
        T0 + 3 * HOUR,
    )
    ingest(
        dedupe.store,
        dedupe.config,
        "a",
        [raw(1, "The Kremlin says yes", STORY_A, id="a-story")],
        T0 + 4 * HOUR,
    )
    doc = read(dedupe.client, "/feeds/kremlin.atom")
    assert len(_story(doc)) == 1
    assert read(dedupe.client, "/sources/b.atom").links.count(STORY_B) == 1


def test_dedupe_through_fetch(write_config: Callable[..., Config], httpserver: HTTPServer) -> None:
    """The same story in two real feeds, fetched one after the other by ``aggregator fetch``."""

    def rss(title: str, items: list[tuple[str, str, str]]) -> bytes:
        body = "".join(
            f"<item><title>{t}</title><link>{link.replace('&', '&amp;')}</link>"
            f"<guid isPermaLink='false'>{guid}</guid>"
            f"<pubDate>{format_datetime(T0, usegmt=True)}</pubDate></item>"
            for t, link, guid in items
        )
        return (
            f"<rss version='2.0'><channel><title>{title}</title><link>https://x.example/</link>"
            f"<description>d</description>{body}</channel></rss>"
        ).encode()

    httpserver.expect_request("/a.rss").respond_with_data(
        rss(
            "Wire A",
            [("The Kremlin says yes", STORY_A, "a-1"), ("Only in A", "https://news.example/only-a", "a-2")],
        ),
        content_type="application/rss+xml",
    )
    httpserver.expect_request("/b.rss").respond_with_data(
        rss("Wire B", [("Kremlin: yes (wire)", STORY_B, "b-1")]), content_type="application/rss+xml"
    )
    config = write_config(f"""
        [database]
        url = "sqlite:///aggregator.db"
        [server]
        base_url = "{BASE}"
        [tags.kremlin]
        title = "Kremlin"
        keywords = ["kremlin"]
        [[sources]]
        name = "wire-a"
        url = "{httpserver.url_for("/a.rss")}"
        tags = ["alpha"]
        [[sources]]
        name = "wire-b"
        url = "{httpserver.url_for("/b.rss")}"
        tags = ["beta"]
        """)
    run_cli("fetch", "--config", str(config.path), "wire-a")
    run_cli("fetch", "--config", str(config.path), "wire-b")
    store = Store(config.database.url)
    try:
        client = create_app(config, store).test_client()
        for feed in ("/feeds/kremlin.json", "/feeds/all.json", "/feeds/beta.json"):
            items = [
                i for i in json.loads(client.get(feed).data)["items"] if "/world/story" in i.get("url", "")
            ]
            assert len(items) == 1, feed
            [item] = items
            assert item["_source"]["name"] == "wire-a", feed
            assert [a["name"] for a in item["_source"].get("also", [])] == ["wire-b"], feed
            assert {"alpha", "beta", "kremlin"} <= set(item["tags"]), feed
        own = json.loads(client.get("/sources/wire-b.json").data)["items"]
        assert [i["url"] for i in own] == [STORY_B]
    finally:
        store.close()


# -- validators over restarts, gzip, 304 ----------------------------------------------------

PATHS = (
    "/feeds/russie.atom",
    "/feeds/russie.rss",
    "/feeds/russie.json",
    "/feeds/russie/archive/1.atom",
    "/feeds/russie/archive/3.json",
    "/feeds/all.rss",
    "/feeds/all/archive/2.atom",
    "/sources/b.json",
    "/sources/a/archive/2.rss",
    "/feeds/kremlin.atom",
)


@pytest.mark.slow
def test_etags_and_bytes_survive_a_restart(site: Site) -> None:
    def snapshot(client: FlaskClient) -> dict[str, tuple[Any, ...]]:
        out = {}
        for path in PATHS:
            r = client.get(path)
            assert r.status_code == 200, path
            out[path] = (r.headers["ETag"], r.headers["Last-Modified"], r.data)
            gz = client.get(path, headers={"Accept-Encoding": "gzip"})
            out[path + " gzip"] = (gz.headers["ETag"], gz.headers.get("Content-Encoding"), gz.data)
        return out

    first = snapshot(site.client)
    database = site.config.database.url
    site.store.close()
    for _ in range(2):  # two more processes' worth: a new store, a new app, a new cache
        store = Store(database)
        try:
            assert snapshot(create_app(site.config, store).test_client()) == first
        finally:
            store.close()


@pytest.mark.parametrize("path", PATHS)
def test_gzip_is_the_same_bytes_with_its_own_etag(site: Site, path: str) -> None:
    plain = site.client.get(path)
    gz = site.client.get(path, headers={"Accept-Encoding": "gzip, deflate"})
    assert len(plain.data) >= 1024, "too small to be compressed: make the entries longer"
    assert gz.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(gz.data) == plain.data
    assert gz.headers["Content-Type"] == plain.headers["Content-Type"]
    etag = plain.headers["ETag"]
    assert etag.startswith('"') and etag.endswith('"')
    assert gz.headers["ETag"] == etag[:-1] + '-gz"'
    for r in (plain, gz):
        assert "Accept-Encoding" in r.headers["Vary"]
    # identity when the client does not take gzip
    assert site.client.get(path, headers={"Accept-Encoding": "identity"}).data == plain.data
    # either validator shows the client is current, whichever representation it asks for
    for accept in ("gzip", "identity"):
        for tag in (etag, gz.headers["ETag"]):
            r = site.client.get(path, headers={"Accept-Encoding": accept, "If-None-Match": tag})
            assert r.status_code == 304, (accept, tag)
            assert r.data == b""
            assert r.headers["ETag"] == (gz.headers["ETag"] if accept == "gzip" else etag)


@pytest.mark.parametrize("fmt", FORMATS)
def test_304_is_answered_without_rendering(site: Site, fmt: str) -> None:
    documents = site.app.extensions["aggregator"].documents
    path = f"/feeds/russie.{fmt}"
    first = site.client.get(path)
    assert first.status_code == 200
    misses, hits = documents.misses, documents.hits
    for _ in range(3):
        r = site.client.get(path, headers={"If-None-Match": first.headers["ETag"]})
        assert r.status_code == 304
    r = site.client.get(path, headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert r.status_code == 304
    assert documents.misses == misses
    assert documents.hits == hits + 4

    # Entry 11 (in the current document) is edited at the next fetch.
    ingest(site.store, site.config, "a", [raw(11, "Story 11 about the Kremlin, corrected")], T0 + 300 * HOUR)
    r = site.client.get(path, headers={"If-None-Match": first.headers["ETag"]})
    assert r.status_code == 200
    assert documents.misses == misses + 1
    assert r.headers["ETag"] != first.headers["ETag"]
    assert b"corrected" in r.data
    again = site.client.get(path, headers={"If-None-Match": r.headers["ETag"]})
    assert again.status_code == 304
    assert documents.misses == misses + 1


def test_an_edit_invalidates_every_feed_of_the_entry_and_only_those(site: Site) -> None:
    paths = [
        "/feeds/russie.atom",
        "/feeds/kremlin.atom",
        "/feeds/all.atom",
        "/sources/a.atom",
        "/feeds/ukraine.atom",
        "/sources/b.atom",
    ]
    before = {p: site.client.get(p).headers["ETag"] for p in paths}
    ingest(site.store, site.config, "a", [raw(11, "Story 11 about the Kremlin, corrected")], T0 + 300 * HOUR)
    after = {p: site.client.get(p).headers["ETag"] for p in paths}
    assert [p for p in paths if after[p] != before[p]] == paths[:4]


# -- static export --------------------------------------------------------------------------


@dataclass
class LiveFeed:
    """An RSS feed on the local server whose items the test adds to."""

    numbers: list[int] = field(default_factory=list)

    def body(self) -> bytes:
        items = "".join(
            f"<item><title>Live story {n}{' Kremlin' if n % 2 else ''}</title>"
            f"<link>https://live.example/{n}</link><guid>https://live.example/{n}</guid>"
            f"<description>Story {n}: {'text ' * 60}</description>"
            f"<pubDate>{format_datetime(T0 + n * HOUR, usegmt=True)}</pubDate></item>"
            for n in sorted(self.numbers, reverse=True)
        )
        return (
            f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Live</title><link>https://live.example/</link>"
            f"<description>A feed that grows</description>{items}</channel></rss>"
        ).encode()

    def handler(self, request: Request) -> Response:
        return Response(self.body(), content_type="application/rss+xml")


def exported(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*")) if p.is_file()}


def url_of(relative: str) -> str:
    return {"opml.xml": "/opml", "index.html": "/"}.get(relative, "/" + relative)


@pytest.fixture
def live_site(write_config: Callable[..., Config], httpserver: HTTPServer) -> tuple[Config, LiveFeed]:
    feed = LiveFeed(list(range(1, 11)))
    httpserver.expect_request("/live.rss").respond_with_handler(feed.handler)
    config = write_config(f"""
        [database]
        url = "sqlite:///aggregator.db"
        [server]
        base_url = "{BASE}"
        [output]
        dir = "public"
        entries = {SIZE}
        [tags.kremlin]
        title = "Kremlin"
        keywords = ["kremlin"]
        [[sources]]
        name = "live"
        url = "{httpserver.url_for("/live.rss")}"
        type = "feed"
        tags = ["russie"]
        """)
    run_cli("fetch", "--config", str(config.path))
    return config, feed


@pytest.mark.slow
def test_exported_files_are_what_is_served_archives_included(live_site: tuple[Config, LiveFeed]) -> None:
    config, _ = live_site
    run_cli("export", "--config", str(config.path))
    files = exported(config.output.dir)
    archives = [f for f in files if "/archive/" in f]
    # live: 10 entries, 3 per document -> 3 archive pages per feed and format
    for feed in ("feeds/russie", "feeds/all", "sources/live"):
        assert {f"{feed}/archive/{n}.{fmt}" for n in (1, 2, 3) for fmt in FORMATS} <= set(archives)
    store = Store(config.database.url)
    try:
        client = create_app(config, store).test_client()
        for relative, path in files.items():
            r = client.get(url_of(relative))
            assert r.status_code == 200, relative
            assert r.data == path.read_bytes(), relative
            if relative.endswith(FORMATS):
                validate(relative.rsplit(".", 1)[1], r.data)
    finally:
        store.close()


@pytest.mark.slow
def test_complete_archive_pages_are_not_rewritten_by_a_later_export(
    live_site: tuple[Config, LiveFeed],
) -> None:
    config, feed = live_site
    run_cli("export", "--config", str(config.path))
    store = Store(config.database.url)
    try:
        client = create_app(config, store).test_client()
        complete = {
            rel: (p.stat().st_mtime_ns, p.stat().st_ino, p.read_bytes())
            for rel, p in exported(config.output.dir).items()
            if "/archive/" in rel and client.get(url_of(rel)).headers["Cache-Control"] == IMMUTABLE
        }
    finally:
        store.close()
    # 10 entries: pages 1-2 complete (1-6), page 3 (7) not, in 3 feeds and 3 formats
    assert len(complete) == 3 * 3 * 2
    time.sleep(0.01)  # a rewrite would show in st_mtime_ns
    feed.numbers += list(range(11, 18))
    run_cli("fetch", "--config", str(config.path))
    run_cli("export", "--config", str(config.path))
    files = exported(config.output.dir)
    rewritten = [
        rel
        for rel, (mtime, ino, body) in complete.items()
        if (files[rel].stat().st_mtime_ns, files[rel].stat().st_ino, files[rel].read_bytes())
        != (mtime, ino, body)
    ]
    assert rewritten == []
    # the new pages are there, and still what the server sends
    assert "feeds/russie/archive/4.atom" in files
    store = Store(config.database.url)
    try:
        client = create_app(config, store).test_client()
        for relative, path in files.items():
            assert client.get(url_of(relative)).data == path.read_bytes(), relative
    finally:
        store.close()
