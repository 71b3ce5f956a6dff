"""parse/__init__.py: detect_kind() tells feeds, JSON and HTML apart from the body itself, and
parse_document() dispatches and raises ParseError and nothing else."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from _paths import ADVERSARIAL

from aggregator.exceptions import ParseError
from aggregator.parse import SNIFF_BYTES, detect_kind, parse_document

DATA = Path(__file__).parents[1] / "data"

RSS = (
    '<?xml version="1.0" encoding="{enc}"?>\n<rss version="2.0"><channel><title>Été à Moscou</title>'
    "<link>https://u.example/</link><description>d</description>"
    "<item><title>Kremlin</title><guid>https://u.example/1</guid></item></channel></rss>"
)
HTML = '<!DOCTYPE html>\n<html lang="fr"><head><title>Tag Kremlin</title></head><body><p>x</p></body></html>'


@pytest.mark.parametrize(
    ("body", "content_type", "kind"),
    [
        # Feeds, whatever the Content-Type claims.
        ((DATA / "feed" / "lemonde.rss").read_bytes(), "text/html", "feed"),
        ((DATA / "feed" / "france24.atom").read_bytes(), "", "feed"),
        ((DATA / "feed" / "courrier.rdf").read_bytes(), "application/json", "feed"),
        (
            b'<?xml version="1.0"?>\n<!-- generator -->\n<feed xmlns="http://www.w3.org/2005/Atom">',
            "",
            "feed",
        ),
        (b'<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">', "", "feed"),
        (
            b'<rss version="2.0"><channel><description><![CDATA[<html><body>x</body></html>]]>',
            "text/html",
            "feed",
        ),
        # JSON
        ((DATA / "feed" / "jsonfeed11.json").read_bytes(), "text/html", "json"),
        (b'\n  {"version": "https://jsonfeed.org/version/1.1"}', "", "json"),
        (b"[1, 2]", "", "json"),
        # HTML
        (HTML.encode(), "application/rss+xml", "html"),
        (b"<html><body><p>x</p></body></html>", "", "html"),
        (b"  <HEAD><TITLE>t</TITLE></HEAD>", "", "html"),
        (
            b'<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/feed/">'
            b'</head><body><pre>&lt;rss version="2.0"&gt;</pre><rss></rss></body></html>',
            "",
            "html",
        ),
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            b'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml">',
            "",
            "html",
        ),
        # Nothing recognizable: the Content-Type decides, and a feed is the default.
        (b"hello", "application/json", "json"),
        (b"hello", "application/feed+json; charset=utf-8", "json"),
        (b"hello", "text/html; charset=utf-8", "html"),
        (b"hello", "text/plain", "feed"),
        (b"", "", "feed"),
    ],
    ids=lambda v: v[:40].decode("latin-1") if isinstance(v, bytes) else str(v),
)
def test_detect_kind(body: bytes, content_type: str, kind: str) -> None:
    assert detect_kind(body, content_type) == kind


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
    ],
)
def test_detect_kind_with_bom_and_utf16(encoding: str, bom: bytes) -> None:
    declared = "utf-16" if encoding.startswith("utf-16") else encoding
    assert detect_kind(bom + RSS.format(enc=declared).encode(encoding)) == "feed"
    assert detect_kind(bom + b'{"items": []}'.decode().encode(encoding)) == "json"
    if encoding == "utf-8":
        assert detect_kind(bom + HTML.encode(encoding)) == "html"


def test_detect_kind_looks_only_at_the_start() -> None:
    body = b"<!-- " + b"x" * SNIFF_BYTES + b' --><rss version="2.0">'
    assert detect_kind(body, "text/html") == "html"
    assert detect_kind(body, "application/rss+xml") == "feed"


@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")]
)
def test_parse_bom_and_utf16_feeds(encoding: str, bom: bytes) -> None:
    declared = "utf-16" if encoding.startswith("utf-16") else encoding
    parsed = parse_document(bom + RSS.format(enc=declared).encode(encoding), url="https://u.example/f")
    assert parsed.kind == "rss20"
    assert parsed.feed.title == "Été à Moscou"
    assert [(e.id, e.title) for e in parsed.entries] == [("https://u.example/1", "Kremlin")]


def test_html_for_a_feed_source_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="HTML") as info:
        parse_document(
            HTML.encode(), url="https://h.example/tag/kremlin/", source_type="feed", source="exemple"
        )
    assert info.value.source == "exemple"
    assert info.value.url == "https://h.example/tag/kremlin/"


def test_corpus_html_for_a_feed_source_is_a_parse_error() -> None:
    body = (ADVERSARIAL / "html-not-a-feed.html").read_bytes()
    with pytest.raises(ParseError, match="HTML"):
        parse_document(body, url="https://h.example/", source_type="feed")


@pytest.mark.parametrize("source_type", ["auto", "feed"])
def test_empty_body_is_a_parse_error(source_type: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_document(b"", url="https://e.example/feed", source_type=source_type, source="vide")
    assert (info.value.source, info.value.url) == ("vide", "https://e.example/feed")


def test_feed_with_a_misleading_content_type_is_parsed_as_a_feed() -> None:
    parsed = parse_document(
        (DATA / "feed" / "lemonde.rss").read_bytes(),
        url="https://www.lemonde.example/international/rss_full.xml",
        headers={"content-type": "text/html; charset=iso-8859-1"},
        source_type="auto",
    )
    assert parsed.kind == "rss20"
    assert len(parsed.entries) == 4
    # The header's charset does not override the document's own (utf-8) declaration here.
    assert parsed.entries[1].title == "Élections municipales : les premiers résultats à Lyon"


@pytest.mark.parametrize(
    "body",
    [
        b"\x00" * 100,
        b"\xff\xfe",
        b"\xfe\xff\x00<",
        b"<rss",
        b'<rss version="2.0"><channel><item><title>&#xD800;</title></item></channel></rss>',
        b'<rss version="2.0"><channel><title>&#99999999999;</title></channel></rss>',
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="xhtml">',
        b"{",
        b'{"version": 1.1, "items": null}',
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00",  # the start of a gzip stream
    ],
)
def test_parse_document_raises_only_parse_error(body: bytes) -> None:
    with contextlib.suppress(ParseError):
        parse_document(body, url="https://g.example/feed", source_type="feed")
