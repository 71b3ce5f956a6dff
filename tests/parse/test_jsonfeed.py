"""parse/jsonfeed.py: JSON Feed 1.0 and 1.1 documents, and JSON that is not a feed."""

from __future__ import annotations

import functools
import json
import runpy
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from aggregator.exceptions import ParseError
from aggregator.parse import parse_document
from aggregator.parse.jsonfeed import parse_jsonfeed
from aggregator.types import ParsedFeed, RawEntry

DATA = Path(__file__).parents[1] / "data"
FEEDS = ("jsonfeed11.json", "jsonfeed10.json")
V11 = "https://jsonfeed.org/version/1.1"


def expected(name: str) -> dict[str, Any]:
    """The expected-data module beside a fixture: jsonfeed11.json -> jsonfeed11_json.py."""
    return runpy.run_path(str(DATA / "feed" / (name.replace(".", "_") + ".py")))


@functools.cache
def parse_fixture(name: str) -> ParsedFeed:
    return parse_document((DATA / "feed" / name).read_bytes(), url=expected(name)["url"])


def jsonfeed(items: list[Any], **top: Any) -> bytes:
    return json.dumps({"version": V11, "title": "t", **top, "items": items}).encode()


def one_entry(item: dict[str, Any], **top: Any) -> RawEntry:
    (entry,) = parse_jsonfeed(jsonfeed([item], **top), url="https://j.example/feed.json").entries
    return entry


@pytest.mark.parametrize("name", FEEDS)
def test_fixture_feed_info(name: str) -> None:
    want = expected(name)
    parsed = parse_fixture(name)
    assert parsed.kind == want["kind"]
    assert parsed.feed == want["feed"]
    assert len(parsed.entries) == len(want["entries"])


ENTRY_CASES = [(name, i) for name in FEEDS for i in range(len(expected(name)["entries"]))]


@pytest.mark.parametrize(("name", "index"), ENTRY_CASES, ids=[f"{n}[{i}]" for n, i in ENTRY_CASES])
def test_fixture_entry(name: str, index: int) -> None:
    assert parse_fixture(name).entries[index] == expected(name)["entries"][index]


@pytest.mark.parametrize("source_type", ["auto", "feed"])
def test_json_feed_with_any_content_type(source_type: str) -> None:
    body = (DATA / "feed" / "jsonfeed10.json").read_bytes()
    parsed = parse_document(
        body,
        url="https://json10.example/feed.json",
        source_type=source_type,
        headers={"content-type": "text/html; charset=utf-8"},
    )
    assert parsed.kind == "json1"
    assert [e.id for e in parsed.entries] == ["1", "2"]


def test_utf8_bom() -> None:
    parsed = parse_document(
        b"\xef\xbb\xbf" + jsonfeed([{"id": "a", "title": "Été"}]), url="https://j.example/feed.json"
    )
    assert [(e.id, e.title) for e in parsed.entries] == [("a", "Été")]


def test_content_html_is_preferred_to_content_text() -> None:
    entry = one_entry({"id": "a", "content_html": "<p>html</p>", "content_text": "text"})
    assert entry.content == "<p>html</p>"


def test_url_is_preferred_to_external_url() -> None:
    entry = one_entry({"id": "a", "url": "https://j.example/a", "external_url": "https://x.example/"})
    assert entry.link == "https://j.example/a"


@pytest.mark.parametrize(
    ("value", "when"),
    [
        ("2026-01-20T10:00:00Z", datetime(2026, 1, 20, 10, 0, tzinfo=UTC)),
        ("2026-01-20T10:00:00z", datetime(2026, 1, 20, 10, 0, tzinfo=UTC)),
        ("2026-01-20T10:00:00.250+05:30", datetime(2026, 1, 20, 4, 30, 0, 250000, tzinfo=UTC)),
        ("2026-01-20T10:00:00", datetime(2026, 1, 20, 10, 0, tzinfo=UTC)),
        (" 2026-01-20T10:00:00-01:00 ", datetime(2026, 1, 20, 11, 0, tzinfo=UTC)),
        ("20 janvier", None),
        (1768903200, None),
    ],
)
def test_dates(value: object, when: datetime | None) -> None:
    entry = one_entry({"id": "a", "title": "t", "date_published": value, "date_modified": value})
    assert entry.published == when
    assert entry.updated == when
    assert entry.published is None or entry.published.tzinfo is UTC


def test_items_without_authors_inherit_the_feed_authors() -> None:
    # JSON Feed 1.1, items.authors: "If not specified in an item, then the top-level authors,
    # if present, are the authors of the item." (1.0 says the same of "author".)
    entry = one_entry({"id": "a", "title": "t"}, authors=[{"name": "La Rédaction"}])
    assert entry.author == "La Rédaction"
    entry = one_entry(
        {"id": "a", "title": "t"}, version="https://jsonfeed.org/version/1", author={"name": "Jean Dupont"}
    )
    assert entry.author == "Jean Dupont"


def test_item_authors_override_the_feed_authors() -> None:
    entry = one_entry(
        {"id": "a", "title": "t", "authors": [{"name": "Anna"}]}, authors=[{"name": "La Rédaction"}]
    )
    assert entry.author == "Anna"


def test_tags_that_are_not_a_list_give_no_single_letter_categories() -> None:
    # "tags" must be an array of strings; a bare string is not a list of its letters.
    entry = one_entry({"id": "a", "title": "t", "tags": "politique"})
    assert entry.categories in ((), ("politique",))


@pytest.mark.parametrize(
    "body",
    [
        b"{",
        b"[]",
        b'["https://jsonfeed.org/version/1.1"]',
        b'{"items": []}',
        b'{"version": "https://example.org/version/1.1", "items": []}',
        b'{"version": "https://jsonfeed.org/version/1.1", "items": {}}',
        b'{"version": "https://jsonfeed.org/version/1.1"}',
        b'{"version": "https://jsonfeed.org/version/1.1", "items": []',
        b"\xff\xfe{\x00}\x00",
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "\xe9", "items": []}',
    ],
)
def test_not_a_json_feed(body: bytes) -> None:
    with pytest.raises(ParseError, match="not a feed"):
        parse_document(body, url="https://j.example/feed.json", source_type="feed")


@pytest.mark.parametrize(
    "item",
    [
        {"id": "a", "tags": 5},
        {"id": "a", "attachments": 5},
        {"id": "a", "authors": 5},
        {"id": "a", "authors": "Anna"},
        {"id": "a", "attachments": [{"url": "https://j.example/a.mp3", "size_in_bytes": "12"}]},
        {"id": {"nested": True}, "title": ["list"], "url": 7, "content_html": {}, "date_published": []},
    ],
)
def test_ill_typed_fields_give_a_parse_error_or_an_entry(item: dict[str, Any]) -> None:
    try:
        parsed = parse_document(jsonfeed([item]), url="https://j.example/feed.json")
    except ParseError:
        return
    for entry in parsed.entries:
        assert all(isinstance(v, str) for v in (entry.id, entry.link, entry.title) if v is not None)
        assert all(isinstance(e.length, int | None) for e in entry.enclosures)
