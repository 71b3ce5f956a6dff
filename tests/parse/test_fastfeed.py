"""The fast reader (lxml) against feedparser's: the same entries from the same documents.

parse/_fastfeed.py reads well-formed RSS 2.0, RSS 1.0 and Atom 1.0 and leaves everything
else to feedparser. Both paths must give the same normalized entries: exactly on our own
fixtures and on a generated corpus of ordinary news feeds; on the shared conformance corpus,
whose validator and parser test cases are full of deliberate oddities (two titles in one
entry, Atom elements inside RSS items, e-mail addresses written every wrong way...), the
two may differ on a small share of entries, where feedparser makes a choice of its own
(the last of two titles, "John Smith (mailto:" for an author) — counted, and bounded here.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from _paths import CORPUS, DATA
from hypothesis import given, settings
from hypothesis import strategies as st

from aggregator.exceptions import ParseError
from aggregator.normalize import normalize_feed
from aggregator.parse import _feeddates
from aggregator.parse._fastfeed import parse_fast
from aggregator.parse._html import html_to_text
from aggregator.parse.feed import parse_feed
from aggregator.types import EntryData, FeedInfo

FIELDS = ("guid", "url", "title", "author", "published", "updated", "categories")


def both(
    body: bytes, url: str, headers: dict[str, str]
) -> tuple[tuple[FeedInfo, tuple[EntryData, ...]], tuple[FeedInfo, tuple[EntryData, ...]]] | None:
    """(fast, feedparser) normalized readings of a document; None when the fast reader
    leaves it to feedparser."""
    fast = parse_fast(body, url=url, headers=headers)
    if fast is None:
        return None
    slow = parse_feed(body, url=url, headers=headers, fast=False)
    return normalize_feed(fast, base_url=url), normalize_feed(slow, base_url=url)


def differences(
    fast: tuple[FeedInfo, tuple[EntryData, ...]], slow: tuple[FeedInfo, tuple[EntryData, ...]]
) -> list[str]:
    """Names of the fields that differ (entry fields once per differing entry)."""
    out = [f"feed.{f}" for f in ("title", "link") if getattr(fast[0], f) != getattr(slow[0], f)]
    if len(fast[1]) != len(slow[1]):
        return [*out, "entry count"]
    for a, b in zip(fast[1], slow[1], strict=True):
        out += [f for f in FIELDS if getattr(a, f) != getattr(b, f)]
        out += [
            f
            for f in ("summary", "content")
            if html_to_text(getattr(a, f) or "") != html_to_text(getattr(b, f) or "")
        ]
        if [e.url for e in a.enclosures] != [e.url for e in b.enclosures]:
            out.append("enclosures")
    return out


@pytest.mark.parametrize("name", ["lemonde.rss", "courrier.rdf", "quirks.rss", "cp1252.rss"])
def test_fixtures_read_the_same_both_ways(name: str) -> None:
    body = (DATA / "feed" / name).read_bytes()
    result = both(body, "https://feeds.example/" + name, {})
    assert result is not None, "a plain, well-formed fixture must take the fast path"
    assert differences(*result) == []


def test_xhtml_content_is_left_to_feedparser() -> None:
    body = (DATA / "feed" / "france24.atom").read_bytes()
    assert parse_fast(body, url="https://feeds.example/", headers={}) is None


@pytest.mark.slow
def test_generated_news_feeds_read_the_same_both_ways(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
    try:
        import corpus  # bench/corpus.py: RSS 2.0, Atom and RSS 1.0 news feeds
    finally:
        sys.path.pop(0)
    paths = corpus.generate(tmp_path, feeds=12, seed=7)
    for path in paths:
        result = both(path.read_bytes(), "https://feeds.example/" + path.name, {})
        assert result is not None, path.name
        assert differences(*result) == [], path.name


@pytest.mark.parametrize(
    "body",
    [
        b'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "x.dtd"><rss version="2.0"><channel/></rss>',
        b'<rss version="0.91"><channel><title>t</title></channel></rss>',
        b'<rss version="2.0"><channel><item><title>a &nbsp; b</title></item></channel></rss>',
        b'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://x/"><title>t</title></feed>',
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div '
        b'xmlns="http://www.w3.org/1999/xhtml">x</div></content></entry></feed>',
        b'<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><item>'
        b"<title>\x93quoted\x94</title></item></channel></rss>",
        b'<rss version="2.0"><channel><item><body>safe</body></item></channel></rss>',
        b'<rss version="2.0"><channel><item><title>x</title></channel></rss>',  # broken
    ],
)
def test_what_the_fast_reader_leaves_to_feedparser(body: bytes) -> None:
    assert parse_fast(body, url="https://t.example/feed", headers={}) is None


def test_a_charset_the_header_and_the_document_disagree_on_goes_to_feedparser() -> None:
    body = b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel/></rss>'
    assert (
        parse_fast(
            body,
            url="https://t.example/",
            headers={"content-type": "application/rss+xml; charset=windows-1252"},
        )
        is None
    )
    assert (
        parse_fast(
            body, url="https://t.example/", headers={"content-type": "application/rss+xml; charset=utf-8"}
        )
        is not None
    )


@pytest.mark.slow
@pytest.mark.skipif(CORPUS is None, reason="the shared conformance corpus is not on this machine")
def test_the_shared_corpus_reads_nearly_the_same_both_ways() -> None:
    import _corpus

    assert CORPUS is not None
    files = sorted(p for p in CORPUS.rglob("*.xml") if p.is_file())
    fast_files = compared = differing = 0
    by_field: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for path in files:
        body = path.read_bytes()
        url = _corpus.origin_url(CORPUS, path)
        try:
            result = both(body, url, _corpus.simulated_headers(body))
        except ParseError:
            continue
        if result is None:
            continue
        fast_files += 1
        compared += max(len(result[1][1]), 1)
        found = differences(*result)
        differing += bool(found)
        for field in found:
            by_field[field] += 1
            examples.setdefault(field, str(path.relative_to(CORPUS)))
    print(
        f"\nfast reader: {fast_files}/{len(files)} corpus files, {compared} entries compared, "
        f"{differing} files read differently; differences by field: {dict(by_field)}"
    )
    assert fast_files > len(files) / 2  # the fast path carries most of it
    assert differing <= 0.05 * fast_files, (by_field, examples)


_DIGITS = st.integers(0, 99).map(lambda n: f"{n:02d}")


@settings(max_examples=400)
@given(
    st.sampled_from(["2026", "1999", "0001", "9999", "0000"]),
    st.lists(_DIGITS, min_size=5, max_size=5),
    st.sampled_from(["", ".5", ".123456", ".999999999"]),
    st.one_of(
        st.just("Z"), st.tuples(st.sampled_from("+-"), _DIGITS, _DIGITS).map("{0[0]}{0[1]}:{0[2]}".format)
    ),
)
def test_the_quick_iso_dates_read_as_the_general_path_reads_them(
    year: str, fields: list[str], fraction: str, zone: str
) -> None:
    """The fast reader reads "2026-11-20T10:00:00+01:00" at once: what feedparser's W3C-DTF
    reader, the general path, gives for it (out-of-range fields included)."""
    month, day, hour, minute, second = fields
    text = f"{year}-{month}-{day}T{hour}:{minute}:{second}{fraction}{zone}"
    match = _feeddates._ISO_DATE.fullmatch(text)
    assert match is not None
    quick = _feeddates._iso_date(match)
    if quick is not None:
        general = _feeddates._ISO_DATE
        try:
            _feeddates._ISO_DATE = re.compile("(?!)")  # matches nothing: the general path
            assert _feeddates.feed_date(text) == quick
        finally:
            _feeddates._ISO_DATE = general
