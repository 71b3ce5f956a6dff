"""The validators of _validate.py: they accept valid documents and catch each rule they claim.

A validator that accepts everything would make every conformance test pass; these documents,
each breaking one rule, keep them honest.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from _validate import (
    InvalidFeed,
    atom_problems,
    jsonfeed_problems,
    rss_problems,
    validate_atom,
    validate_jsonfeed,
    validate_rss,
)

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>{feed_id}</id><title>T</title><updated>{feed_updated}</updated>
  {feed_author}
  <link rel="self" href="http://feeds.test/feeds/x.atom"/>
  <entry>
    <id>{entry_id}</id><title>E</title><updated>2026-01-21T12:00:00Z</updated>
    {entry_link}{entry_content}
  </entry>
</feed>"""
ATOM_OK = {
    "feed_id": "http://feeds.test/feeds/x.atom",
    "feed_updated": "2026-01-21T12:00:00+01:00",
    "feed_author": "<author><name>A</name></author>",
    "entry_id": "urn:uuid:1",
    "entry_link": '<link href="https://news.example/1"/>',
    "entry_content": "",
}

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="{version}" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
  <title>T</title><link>https://news.example/</link><description>D</description>
  {self_link}
  <item><title>One</title><guid{permalink}>{guid}</guid><pubDate>{date}</pubDate>{enclosure}</item>
  <item>{second}<guid isPermaLink="false">{second_guid}</guid></item>
</channel></rss>"""
RSS_OK = {
    "version": "2.0",
    "self_link": '<atom:link rel="self" href="http://feeds.test/x.rss" type="application/rss+xml"/>',
    "permalink": ' isPermaLink="false"',
    "guid": "urn:uuid:1",
    "date": "Wed, 21 Jan 2026 12:00:00 +0000",
    "enclosure": '<enclosure url="https://cdn.example/a.mp3" length="12" type="audio/mpeg"/>',
    "second": "<description>only a description</description>",
    "second_guid": "urn:uuid:2",
}


def jsonfeed(**changes: Any) -> dict[str, Any]:
    item = {
        "id": "urn:uuid:1",
        "url": "https://news.example/1",
        "title": "E",
        "content_html": "<p>x</p>",
        "date_published": "2026-01-21T12:00:00+00:00",
        "tags": ["kremlin"],
        "authors": [{"name": "Jane"}],
        "_source": {"name": "a"},
        "attachments": [{"url": "https://cdn.example/a.mp3", "mime_type": "audio/mpeg"}],
    }
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "T",
        "home_page_url": "http://feeds.test/",
        "feed_url": "http://feeds.test/feeds/x.json",
        "_archive": {"archive": False},
        "items": [item],
    }
    for key, value in changes.items():
        target = item if key.startswith("item_") else doc
        key = key.removeprefix("item_")
        if value is None:
            target.pop(key, None)
        else:
            target[key] = value
    return doc


def test_valid_documents_pass() -> None:
    validate_atom(ATOM.format(**ATOM_OK).encode())
    validate_rss(RSS.format(**RSS_OK).encode())
    validate_jsonfeed(json.dumps(jsonfeed()).encode())


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"feed_author": ""}, "no atom:author"),
        ({"entry_link": ""}, "neither atom:content nor a rel=alternate link"),
        ({"entry_link": "", "entry_content": '<content type="html">x</content>'}, None),
        ({"entry_content": '<content src="https://x.example/a" type="audio/mpeg"/>'}, "without atom:summary"),
        ({"entry_id": "1234"}, "not an absolute IRI"),
        ({"entry_id": " urn:uuid:1"}, "white space"),
        ({"feed_updated": "2026-01-21T12:00:00"}, "with a time zone"),
        ({"entry_link": '<link href="https://a.example/x y"/>'}, "not an absolute IRI"),
        (
            {"entry_link": '<link href="https://a.example/1"/><link href="https://a.example/2"/>'},
            "two rel=alternate links",
        ),
        ({"entry_content": "<updated>2026-01-21T12:00:00Z</updated>"}, "RELAX NG"),
    ],
)
def test_atom_rules(change: dict[str, str], problem: str | None) -> None:
    problems = atom_problems(ATOM.format(**ATOM_OK | change).encode())
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"version": "0.91"}, "rss version"),
        ({"self_link": ""}, "atom:link rel=self"),
        ({"permalink": ""}, 'not isPermaLink="false"'),
        ({"permalink": "", "guid": "https://news.example/1"}, None),
        ({"second_guid": "urn:uuid:1"}, "the same guid"),
        ({"second": ""}, "neither a title nor a description"),
        ({"date": "Wed, 21 Jan 2026 12:00:00 -0000"}, "without a time zone"),
        ({"date": "Wed, 21 Jan 26 12:00:00 +0000"}, "four-digit year"),
        ({"date": "2026-01-21T12:00:00Z"}, "not an RFC 822 date"),
        ({"enclosure": '<enclosure url="https://cdn.example/a.mp3" type="audio/mpeg"/>'}, "without length"),
        (
            {"enclosure": '<enclosure url="https://cdn.example/a.mp3" length="1" type="mp3"/>'},
            "not a MIME type",
        ),
        ({"enclosure": '<enclosure url="a.mp3" length="1" type="audio/mpeg"/>'}, "absolute http(s) URL"),
    ],
)
def test_rss_rules(change: dict[str, str], problem: str | None) -> None:
    problems = rss_problems(RSS.format(**RSS_OK | change).encode())
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"version": "https://jsonfeed.org/version/1"}, "version is"),
        ({"title": None}, "title missing"),
        ({"home_page_url": None}, "home_page_url missing"),
        ({"feed_url": "/feeds/x.json"}, "absolute http(s) URL"),
        ({"item_id": 1}, "id missing, empty or not a string"),
        ({"item_content_html": None}, "neither content_html nor content_text"),
        ({"item_content_html": None, "item_content_text": "x"}, None),
        ({"item_date_published": "2026-01-21T12:00:00"}, "with a time zone"),
        ({"item_tags": ["a", 3]}, "tags is not a list of strings"),
        ({"item_authors": [{"url": "https://a.example/"}]}, "not an object with a name"),
        ({"item_author": {"name": "x"}}, "deprecated"),
        ({"item_source": {"name": "a"}}, "unknown key 'source'"),
        ({"_archive": True}, "is not an object"),
        ({"item_attachments": [{"url": "https://cdn.example/a.mp3"}]}, "mime_type missing"),
    ],
)
def test_jsonfeed_rules(change: dict[str, Any], problem: str | None) -> None:
    problems = jsonfeed_problems(json.dumps(jsonfeed(**change)).encode())
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


def test_jsonfeed_duplicate_ids() -> None:
    doc = jsonfeed()
    doc["items"].append(dict(doc["items"][0]))
    assert any("the same id" in p for p in jsonfeed_problems(json.dumps(doc).encode()))


def test_invalid_feed_lists_every_problem() -> None:
    with pytest.raises(InvalidFeed) as caught:
        validate_rss(RSS.format(**RSS_OK | {"version": "0.91", "self_link": ""}).encode())
    assert caught.value.fmt == "rss"
    assert len(caught.value.problems) == 2
    assert isinstance(caught.value, AssertionError)
    with pytest.raises(InvalidFeed):
        validate_atom(b"<feed")
