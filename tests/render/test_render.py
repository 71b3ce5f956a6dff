"""render(): Atom 1.0, RSS 2.0 and JSON Feed 1.1 documents, checked by parsing them back.

Entries are built by hand (``make_entry``) or read from tests/data/feed/* through the real
parse + normalize pipeline, so what reaches the renderers is what the store would hold.
"""

from __future__ import annotations

import html
import io
import json
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import feedparser
import lxml.html
import pytest
from _paths import ATOM_RNG
from _validate import atom_problems
from lxml import etree

from aggregator.normalize import normalize_entry, normalize_feed
from aggregator.parse import parse_document
from aggregator.render import CONTENT_TYPES, FORMATS, render
from aggregator.render.opml import render_opml
from aggregator.types import Enclosure, Entry, EntryData, FeedMeta, RawEntry, TagInfo

TESTS = Path(__file__).parents[1]
DATA = TESTS / "data"

ATOM = "{http://www.w3.org/2005/Atom}"
NS = {
    "a": "http://www.w3.org/2005/Atom",
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
}
BASE = "http://feeds.test"
NOW = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)
RFC822 = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} "
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
    r"\d{2}:\d{2}:\d{2} (\+0000|GMT|[+-]\d{4})$"
)

HOSTILE_TITLES = (
    "a < b && c > d \"quoted\" 'single'",
    "<b>not bold</b> <script>alert(1)</script> &amp; ]]> end",
    "emoji 🎉🇫🇷 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "עברית: שלום עולם — العربية: مرحبا",
    "mixed \u200f RTL mark \u202e override \u202c end",
)


def make_entry(
    n: int,
    *,
    title: str | None = "Title",
    url: str | None = "auto",
    summary: str | None = "<p>Summary</p>",
    content: str | None = None,
    author: str | None = None,
    tags: Sequence[str] = ("kremlin",),
    enclosures: Sequence[Enclosure] = (),
    source: str = "src",
    published: datetime | None = None,
    updated: datetime | None = None,
) -> Entry:
    """Entry number ``n``: published ``n`` hours before NOW unless given."""
    published = published or NOW - timedelta(hours=n)
    data = EntryData(
        guid=f"guid-{n}",
        url=f"https://news.example/{n}" if url == "auto" else url,
        title=f"{title} {n}" if title == "Title" else title,
        summary=summary,
        content=content,
        author=author,
        published=published,
        updated=updated,
        enclosures=tuple(enclosures),
        content_hash=f"hash-{n}",
    )
    return Entry(
        id=n + 1,
        source=source,
        data=data,
        first_seen=NOW,
        changed_at=NOW,
        sort_date=published,
        tags=tuple(tags),
        source_title="Source & Co",
        source_link="https://news.example/",
        source_url="https://news.example/feed",
    )


def make_meta(*, title: str = "Kremlin", base_url: str = BASE, key: str = "kremlin") -> FeedMeta:
    return FeedMeta(
        kind="tag", key=key, title=title, base_url=base_url, updated=NOW, subtitle=f"Entries tagged {title}"
    )


@pytest.fixture(scope="module")
def atom_schema() -> etree.RelaxNG:
    if not ATOM_RNG.is_file():
        pytest.skip(f"RFC 4287 schema not found at {ATOM_RNG}")
    return etree.RelaxNG(etree.parse(str(ATOM_RNG)))


def assert_valid_atom(schema: etree.RelaxNG, body: bytes) -> etree._Element:
    root = etree.fromstring(body)
    assert schema.validate(root), schema.error_log
    return root


def reparse_feedparser(body: bytes) -> list[tuple[str | None, str | None, str | None]]:
    """(title, link, id) of each entry, as feedparser reads the document."""
    parsed = feedparser.parse(io.BytesIO(body))
    assert not parsed.bozo, parsed.get("bozo_exception")
    return [(e.get("title"), _feedparser_link(e), e.get("id")) for e in parsed.entries]


def _feedparser_link(entry: Any) -> str | None:
    # feedparser falls back to the id for an entry without a link; we want real links only.
    links = [link["href"] for link in entry.get("links", ()) if link.get("rel", "alternate") == "alternate"]
    return links[0] if links else None


def reparse_own(fmt: str, body: bytes) -> list[tuple[str | None, str | None]]:
    """(title, url) of each entry, read back with our own parser and normalizer."""
    parsed = parse_document(
        body, url=f"{BASE}/feeds/kremlin.{fmt}", headers={"content-type": CONTENT_TYPES[fmt]}
    )
    _, entries = normalize_feed(parsed, base_url=f"{BASE}/feeds/kremlin.{fmt}")
    return [(e.title, e.url) for e in entries]


def entry_ids(fmt: str, body: bytes) -> list[str]:
    if fmt == "json":
        return [item["id"] for item in json.loads(body)["items"]]
    root = etree.fromstring(body)
    if fmt == "atom":
        return [e.findtext(f"{ATOM}id") for e in root.iter(f"{ATOM}entry")]
    return [item.findtext("guid") for item in root.iter("item")]


def entry_titles(fmt: str, body: bytes) -> list[str | None]:
    if fmt == "json":
        return [item.get("title") for item in json.loads(body)["items"]]
    root = etree.fromstring(body)
    if fmt == "atom":
        return [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]
    # RSS titles are read as HTML by most readers (feedparser among them): as they read it.
    return [html.unescape(item.findtext("title") or "") for item in root.iter("item")]


def as_read(detail: Any) -> str:
    """The text a reader shows for a feedparser title: HTML is decoded, plain text is not."""
    return html.unescape(detail.value) if detail.type == "text/html" else detail.value


def html_payloads(fmt: str, body: bytes) -> list[str]:
    """Every HTML fragment a reader would display from the document."""
    if fmt == "json":
        return [
            v
            for item in json.loads(body)["items"]
            for k, v in item.items()
            if k in ("content_html", "summary") and v
        ]
    root = etree.fromstring(body)
    if fmt == "atom":
        return [
            e.text or "" for e in root.iter(f"{ATOM}summary", f"{ATOM}content") if e.get("type") == "html"
        ]
    return [e.text or "" for e in root.iter("description", f"{{{NS['content']}}}encoded")]


def assert_no_active_content(fmt: str, body: bytes) -> None:
    """No script, event handler, javascript: URL, frame or form, raw or inside the HTML."""
    raw = body.decode("utf-8").lower()
    for needle in ("<script", "onerror=", "onclick=", "javascript:"):
        assert needle not in raw, f"{needle!r} in the {fmt} document"
    for payload in html_payloads(fmt, body):
        if not payload.strip():
            continue
        for el in lxml.html.fragments_fromstring(payload):
            if isinstance(el, str):
                continue
            for node in el.iter():
                assert node.tag not in ("script", "iframe", "form", "object", "embed", "style")
                for name, value in node.attrib.items():
                    assert not name.lower().startswith("on"), (name, payload)
                    assert not value.strip().lower().startswith("javascript:"), (name, payload)


def fixture_entries(name: str) -> list[Entry]:
    """The entries of tests/data/feed/<name>, through parse + normalize, newest first."""
    url = f"https://origin.example/feed/{name}"
    parsed = parse_document((DATA / "feed" / name).read_bytes(), url=url)
    info, data = normalize_feed(parsed, base_url=url)
    entries = [
        Entry(
            id=i + 1,
            source=name.split(".")[0],
            data=d,
            first_seen=NOW,
            changed_at=NOW,
            sort_date=d.published or d.updated or NOW,
            tags=("kremlin",),
            source_title=info.title,
            source_link=info.link,
            source_url=url,
        )
        for i, d in enumerate(data)
    ]
    return sorted(entries, key=lambda e: e.sort_date, reverse=True)


# -- Atom -------------------------------------------------------------------------------------


def test_atom_validates_against_the_rfc4287_schema(atom_schema: etree.RelaxNG) -> None:
    entries = [
        make_entry(
            0, author="Jane & John", content="<p>Full <em>text</em></p>", updated=NOW - timedelta(minutes=5)
        ),
        make_entry(1, title=HOSTILE_TITLES[0], tags=("kremlin", "guerre-en-ukraine")),
        make_entry(2, enclosures=[Enclosure("https://cdn.example/a.mp3", "audio/mpeg", 1234)]),
        make_entry(3, title=None, url=None, summary="Only a summary"),
        make_entry(4, tags=()),
    ]
    root = assert_valid_atom(atom_schema, render("atom", make_meta(), entries))
    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}title") == "Kremlin"
    assert root.findtext(f"{ATOM}id") == f"{BASE}/feeds/kremlin.atom"
    self_links = root.findall(f"{ATOM}link[@rel='self']")
    assert [link.get("href") for link in self_links] == [f"{BASE}/feeds/kremlin.atom"]
    assert len(root.findall(f"{ATOM}entry")) == 5


def test_atom_of_an_empty_feed_is_valid(atom_schema: etree.RelaxNG) -> None:
    root = assert_valid_atom(atom_schema, render("atom", make_meta(), []))
    assert root.findall(f"{ATOM}entry") == []


def test_atom_entry_without_title_or_link_is_valid(atom_schema: etree.RelaxNG) -> None:
    entry = make_entry(0, title=None, url=None, summary="<p>Au Kremlin, rien de nouveau.</p>")
    root = assert_valid_atom(atom_schema, render("atom", make_meta(), [entry]))
    (el,) = root.findall(f"{ATOM}entry")
    assert (el.findtext(f"{ATOM}title") or "").strip()
    assert el.findall(f"{ATOM}link") == []
    # RFC 4287 4.1.2: an entry without an alternate link must have content.
    content = el.find(f"{ATOM}content")
    assert content is not None and "Kremlin" in (content.text or "")


def test_atom_entry_without_title_uses_its_link(atom_schema: etree.RelaxNG) -> None:
    entry = make_entry(0, title=None, url="https://news.example/untitled")
    root = assert_valid_atom(atom_schema, render("atom", make_meta(), [entry]))
    assert root.findtext(f"{ATOM}entry/{ATOM}title") == "https://news.example/untitled"


def test_atom_entry_has_one_alternate_link_and_its_enclosure(atom_schema: etree.RelaxNG) -> None:
    """RFC 4287 4.1.1: at most one rel="alternate" link per type/hreflang; an enclosure is
    rel="enclosure" (with its type and length), not a second alternate link."""
    entry = make_entry(
        0,
        url="https://news.example/article",
        enclosures=[Enclosure("https://cdn.example/a.mp3", "audio/mpeg", 1234)],
    )
    root = assert_valid_atom(atom_schema, render("atom", make_meta(), [entry]))
    links = root.findall(f"{ATOM}entry/{ATOM}link")
    alternates = [link.get("href") for link in links if link.get("rel", "alternate") == "alternate"]
    assert alternates == ["https://news.example/article"]
    enclosures = [dict(link.attrib) for link in links if link.get("rel") == "enclosure"]
    assert enclosures == [
        {"href": "https://cdn.example/a.mp3", "rel": "enclosure", "type": "audio/mpeg", "length": "1234"}
    ]


def test_atom_entries_have_an_author_as_rfc4287_requires() -> None:
    """RFC 4287 4.1.1/4.1.2: an entry without atom:author needs one in its atom:source or in
    the feed; a feed reader or validator otherwise reports the document as invalid."""
    entries = [make_entry(0, author="Jane"), make_entry(1, author=None)]
    root = etree.fromstring(render("atom", make_meta(), entries))
    feed_has_author = root.find(f"{ATOM}author") is not None
    for entry in root.iter(f"{ATOM}entry"):
        has_author = (
            entry.find(f"{ATOM}author") is not None or entry.find(f"{ATOM}source/{ATOM}author") is not None
        )
        assert has_author or feed_has_author, entry.findtext(f"{ATOM}title")


def test_atom_entry_without_an_author_names_the_source_not_its_page_title() -> None:
    """An HTML source's title is its listing page's title, nobody's name: an entry without a
    byline gets the source's configured name, and JSON Feed and RSS give no author at all."""
    entries = [make_entry(0, author=None, source="kremlin-site"), make_entry(1, author="Jane")]
    root = etree.fromstring(render("atom", make_meta(), entries))
    names = [e.findtext(f"{ATOM}author/{ATOM}name") for e in root.iter(f"{ATOM}entry")]
    assert names == ["kremlin-site", "Jane"]
    items = json.loads(render("json", make_meta(), entries))["items"]
    assert "authors" not in items[0] and items[1]["authors"] == [{"name": "Jane"}]
    assert b"Source &amp; Co</dc:creator>" not in render("rss", make_meta(), entries)


# -- RSS 2.0 ----------------------------------------------------------------------------------


def test_rss_channel_and_items() -> None:
    entries = [make_entry(0, author="Jane"), make_entry(1, url=None, title=None)]
    root = etree.fromstring(render("rss", make_meta(), entries))
    assert root.tag == "rss" and root.get("version") == "2.0"
    (channel,) = root.findall("channel")
    assert channel.findtext("title") == "Kremlin"
    assert channel.findtext("link") == f"{BASE}/"
    assert channel.findtext("description")
    self_links = channel.findall("atom:link[@rel='self']", NS)
    assert [(link.get("href"), link.get("type")) for link in self_links] == [
        (f"{BASE}/feeds/kremlin.rss", "application/rss+xml")
    ]
    items = channel.findall("item")
    assert len(items) == 2
    for item, entry in zip(items, entries, strict=True):
        (guid,) = item.findall("guid")
        assert guid.get("isPermaLink") == "false"
        assert guid.text and guid.text.startswith("urn:uuid:")
        pub = item.findtext("pubDate") or ""
        assert RFC822.match(pub), pub
        assert parsedate_to_datetime(pub) == entry.data.published
        assert item.findtext("title")
    assert items[0].findtext("link") == "https://news.example/0"
    assert items[1].find("link") is None


#: The W3C feed validator's checks of RSS plain-text elements (feedvalidator's `nonhtml`):
#: an HTML end tag in the decoded value, or a character reference in it unless the raw
#: document spells "&" data as "&#x…;".
_END_TAG = re.compile(r"</(\w+)>")
_REFERENCE = re.compile(r"&(#?\w+)")


@pytest.mark.parametrize(
    "title", ["Why <b> is not </b> bold", "Escaping &amp; in HTML", "<!-- a comment -->", "&#233;tude"]
)
def test_rss_titles_with_markup_read_as_the_same_text(title: str) -> None:
    meta = make_meta(title=title)
    body = render("rss", meta, [make_entry(0, title=title)])
    root = etree.fromstring(body)
    for element in (
        root.find("channel/title"),
        root.find("channel/item/title"),
        root.find("channel/item/source"),
    ):
        assert element is not None
        value = element.text or ""
        assert not _END_TAG.search(value), value
        assert not _REFERENCE.search(value) or b"&#x26;" in body, value
        assert html.unescape(value) == (title if element.tag == "title" else "Source & Co")
    parsed = feedparser.parse(io.BytesIO(body))
    assert as_read(parsed.entries[0].title_detail) == title
    assert as_read(parsed.feed.title_detail) == title


@pytest.mark.parametrize("title", ["AT&T", "1 < 2 && 3 > 2", "plain"])
def test_rss_titles_without_markup_stay_as_they_are(title: str) -> None:
    root = etree.fromstring(render("rss", make_meta(), [make_entry(0, title=title)]))
    assert root.findtext("channel/item/title") == title


# -- JSON Feed 1.1 ----------------------------------------------------------------------------


def test_jsonfeed_document() -> None:
    entries = [
        make_entry(0, content="<p>Full</p>", author="Jane", tags=("kremlin", "russie"), updated=NOW),
        make_entry(1, title=None, url=None, summary="<p>Only summary</p>"),
    ]
    doc = json.loads(render("json", make_meta(), entries))
    assert doc["version"] == "https://jsonfeed.org/version/1.1"
    assert doc["title"] == "Kremlin"
    assert doc["home_page_url"] == f"{BASE}/"
    assert doc["feed_url"] == f"{BASE}/feeds/kremlin.json"
    first, second = doc["items"]
    assert first["id"].startswith("urn:uuid:")
    assert first["url"] == "https://news.example/0"
    assert first["title"] == "Title 0"
    assert first["content_html"] == "<p>Full</p>"
    assert first["tags"] == ["kremlin", "russie"]
    assert first["authors"] == [{"name": "Jane"}]
    for item, entry in zip(doc["items"], entries, strict=True):
        published = datetime.fromisoformat(item["date_published"])
        assert published.utcoffset() is not None
        assert published == entry.data.published
        assert isinstance(item["id"], str) and item["id"]
    assert "url" not in second
    assert second["title"]
    assert second["content_html"] == "<p>Only summary</p>"


def test_jsonfeed_summary_is_plain_text() -> None:
    """JSON Feed 1.1: "summary ... is a plain text sentence or two describing the item";
    the HTML belongs in content_html."""
    entry = make_entry(
        0, summary="<p>Le <strong>Kremlin</strong> &amp; l’Europe</p>", content="<p>Full text</p>"
    )
    (item,) = json.loads(render("json", make_meta(), [entry]))["items"]
    assert item["content_html"] == "<p>Full text</p>"
    if "summary" in item:
        assert item["summary"] == "Le Kremlin & l’Europe"


# -- every format -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["atom", "rss"])
def test_feedparser_reads_back_titles_and_links(fmt: str) -> None:
    entries = [make_entry(n) for n in range(4)] + [make_entry(4, url=None, title="No link")]
    got = reparse_feedparser(render(fmt, make_meta(), entries))
    assert [(t, link) for t, link, _ in got] == [(e.data.title, e.data.url) for e in entries]


@pytest.mark.parametrize("fmt", FORMATS)
def test_our_parser_reads_back_titles_and_links(fmt: str) -> None:
    entries = [make_entry(n) for n in range(4)]
    got = reparse_own(fmt, render(fmt, make_meta(), entries))
    assert got == [(e.data.title, e.data.url) for e in entries]


def test_entry_ids_are_stable_and_the_same_in_every_format() -> None:
    entries = [make_entry(n) for n in range(3)]
    ids = {fmt: entry_ids(fmt, render(fmt, make_meta(), entries)) for fmt in FORMATS}
    again = {fmt: entry_ids(fmt, render(fmt, make_meta(), list(entries))) for fmt in FORMATS}
    assert ids == again
    assert ids["atom"] == ids["rss"] == ids["json"]
    assert len(set(ids["atom"])) == 3
    assert all(i.startswith("urn:uuid:") for i in ids["atom"])
    # Independent of the public URL and of the database id; unique per (source, guid).
    moved = [replace(e, id=e.id + 100) for e in entries]
    assert (
        entry_ids("atom", render("atom", make_meta(base_url="https://elsewhere.example"), moved))
        == ids["atom"]
    )
    other_source = [make_entry(n, source="other") for n in range(3)]
    assert set(entry_ids("atom", render("atom", make_meta(), other_source))).isdisjoint(ids["atom"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_entries_keep_the_given_order(fmt: str) -> None:
    entries = [make_entry(n) for n in range(6)]  # newest first
    assert entry_titles(fmt, render(fmt, make_meta(), entries)) == [f"Title {n}" for n in range(6)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_rendering_is_deterministic(fmt: str) -> None:
    entries = [make_entry(n, author="A") for n in range(3)]
    assert render(fmt, make_meta(), entries) == render(fmt, make_meta(), entries)


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_text_round_trips(fmt: str) -> None:
    entries = [make_entry(n, title=t, author=t) for n, t in enumerate(HOSTILE_TITLES)]
    meta = make_meta(title="Kremlin & <Co> “quoted” 🎉")
    body = render(fmt, meta, entries)
    assert entry_titles(fmt, body) == list(HOSTILE_TITLES)
    if fmt == "json":
        assert json.loads(body)["title"] == meta.title
    else:
        parsed = feedparser.parse(io.BytesIO(body))
        assert not parsed.bozo, parsed.get("bozo_exception")
        assert as_read(parsed.feed.title_detail) == meta.title
        assert [as_read(e.title_detail) for e in parsed.entries] == list(HOSTILE_TITLES)
    assert [t for t, _ in reparse_own(fmt, body)] == [" ".join(t.split()) for t in HOSTILE_TITLES]


@pytest.mark.parametrize("fmt", FORMATS)
def test_characters_xml_forbids_are_stripped_before_render(fmt: str, atom_schema: etree.RelaxNG) -> None:
    raw = RawEntry(
        id="id\x00-1",
        link="https://news.example/\x0bx",
        title="Bad\x00 \x0bchars\x1f",
        summary="<p>nul\x00 vt\x0b ff\x0c</p>",
        content="<p>\ud800 lone</p>",
    )
    data = normalize_entry(raw, base_url="https://news.example/")
    assert data is not None
    entry = Entry(
        id=1,
        source="src",
        data=data,
        first_seen=NOW,
        changed_at=NOW,
        sort_date=NOW,
        source_url="https://news.example/feed",
    )
    body = render(fmt, make_meta(), [entry])
    if fmt == "atom":
        assert_valid_atom(atom_schema, body)
    assert entry_titles(fmt, body) == ["Bad chars"]


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown feed format"):
        render("xml", make_meta(), [])


# -- real documents: the fixtures through parse + normalize + render --------------------------


@pytest.mark.parametrize("name", ["lemonde.rss", "france24.atom", "courrier.rdf"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_fixture_feeds_render_clean(name: str, fmt: str, atom_schema: etree.RelaxNG) -> None:
    entries = fixture_entries(name)
    assert entries
    body = render(fmt, make_meta(), entries)
    if fmt == "atom":
        assert_valid_atom(atom_schema, body)
    assert_no_active_content(fmt, body)
    assert reparse_own(fmt, body) == [
        (e.data.title or e.data.url or "(untitled)", e.data.url) for e in entries
    ]
    if fmt != "json":
        assert [(t, link) for t, link, _ in reparse_feedparser(body)] == [
            (e.data.title or e.data.url or "(untitled)", e.data.url) for e in entries
        ]


# -- OPML -------------------------------------------------------------------------------------


def test_opml_has_an_outline_per_tag() -> None:
    tags = [TagInfo("kremlin", "Kremlin", 6, NOW), TagInfo("tmp-x", "../../../tmp/x & <y>", 1)]
    root = etree.fromstring(render_opml(tags, base_url=BASE, title="tag feeds", now=NOW))
    assert root.tag == "opml" and root.get("version") == "2.0"
    outlines = root.findall("body/outline")
    assert [(o.get("text"), o.get("xmlUrl")) for o in outlines] == [
        ("Kremlin", f"{BASE}/feeds/kremlin.atom"),
        ("../../../tmp/x & <y>", f"{BASE}/feeds/tmp-x.atom"),
    ]
    assert parsedate_to_datetime(root.findtext("head/dateCreated") or "") == NOW


def test_atom_source_carries_updated() -> None:
    # RFC 4287 4.2.11; the W3C validator warned on every entry without it (issue 13).
    entry = replace(make_entry(0), changed_at=NOW - timedelta(minutes=3))
    root = etree.fromstring(render("atom", make_meta(), [entry]))
    updated = root.findtext(f"{ATOM}entry/{ATOM}source/{ATOM}updated")
    assert updated == (NOW - timedelta(minutes=3)).isoformat()
    assert atom_problems(render("atom", make_meta(), [entry])) == []
