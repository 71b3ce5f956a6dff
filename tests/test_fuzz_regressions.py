"""Bugs the fuzz tests (test_fuzz.py) found, each kept as a plain test of its own."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from aggregator.normalize import absolute_http_url, normalize_feed
from aggregator.parse import parse_document
from aggregator.parse._urls import canonical_url

NOW = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)


def test_a_link_with_a_port_out_of_range_is_dropped_not_a_crash() -> None:
    """An entry linking to http://host:99999/ made normalize raise ValueError (urllib's
    port check), failing the whole source with an internal error."""
    body = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        b"<entry><id>urn:x:1</id><title>one</title>"
        b'<link href="http://127.0.0.1:99999/"/></entry>'
        b"<entry><id>urn:x:2</id><title>two</title>"
        b'<link href="http://example.com/two"/></entry></feed>'
    )
    parsed = parse_document(body, url="https://fuzz.test/", source_type="feed")
    _, entries = normalize_feed(parsed, base_url="https://fuzz.test/")
    assert [(e.title, e.url) for e in entries] == [("one", None), ("two", "http://example.com/two")]
    assert absolute_http_url("http://example.com:70000/x", "https://fuzz.test/") is None
    assert absolute_http_url("http://example.com:8080/x", "https://fuzz.test/") == "http://example.com:8080/x"
    assert canonical_url("http://example.com:99999/x#y") == "http://example.com:99999/x"


def test_control_characters_in_an_archive_page_do_not_fail_it() -> None:
    """lxml's HTML parser keeps control characters that its API then refuses as text: an
    excerpt cut out of such a page raised ValueError ("All strings must be XML
    compatible"), and the whole page was refused as unreadable."""
    items = "".join(
        f'<article><h2><a href="/2026/01/article-number-{i}">Un article assez long numéro {i}'
        f"</a></h2><p>Début <span>coupé</span>\x07 du texte\x0b numéro {i}, avec assez de mots "
        f'pour un extrait.</p><time datetime="2026-01-{i + 10}T10:00:00Z">x</time></article>'
        for i in range(4)
    )
    body = f"<!DOCTYPE html><html><body><main>{items}</main></body></html>".encode()
    parsed = parse_document(body, url="https://fuzz.test/tag/x/", source_type="html", now=NOW)
    assert len(parsed.entries) == 4
    assert all("\x07" not in (e.summary or "") for e in parsed.entries)


def test_a_json_feed_attachment_size_of_true_is_no_size() -> None:
    """JSON's ``true`` is a Python int: ``"size_in_bytes": true`` went through as a size,
    and our JSON Feed then said ``"size_in_bytes": true`` (invalid); a negative size too."""
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "t",
            "items": [
                {
                    "id": "1",
                    "url": "https://fuzz.test/1",
                    "content_text": "x",
                    "attachments": [
                        {"url": "https://fuzz.test/a.mp3", "mime_type": "audio/mpeg", "size_in_bytes": True},
                        {"url": "https://fuzz.test/b.mp3", "mime_type": "audio/mpeg", "size_in_bytes": -5},
                        {"url": "https://fuzz.test/c.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 12},
                    ],
                }
            ],
        }
    ).encode()
    parsed = parse_document(body, url="https://fuzz.test/", source_type="feed")
    _, (entry,) = normalize_feed(parsed, base_url="https://fuzz.test/")
    assert [e.length for e in entry.enclosures] == [None, None, 12]
