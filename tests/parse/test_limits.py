"""Parse work bounded by ``fetch.max_entries`` (issue 13): a broken 9.3 MB feed of 270,000
items took 27 s and 650 MB, every item read and then all but a thousand thrown away. Both
parsers now stop at the limit; the tests count what they read, never how long it took."""

from __future__ import annotations

import pytest

import aggregator.parse._fastfeed as fastfeed
import aggregator.parse.feed as feed_module
from aggregator.parse import parse_document
from aggregator.parse.feed import first_entries

ITEMS = 20_000
LIMIT = 25


def rss(items: int, *, broken: bool = False) -> bytes:
    body = "".join(
        f"<item><title>t{i}</title><link>https://x.example/{i}</link>"
        f"<guid>g{i}</guid>{'<b>' if broken else ''}</item>"
        for i in range(items)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>big</title><link>https://x.example/</link><description>d</description>"
        f"{body}<ttl>60</ttl></channel></rss>"
    ).encode()


def atom(items: int) -> bytes:
    body = "".join(
        f"<entry><title>t{i}</title><id>urn:x:{i}</id><updated>2026-01-01T00:00:00Z</updated></entry>"
        for i in range(items)
    )
    return (
        f'<feed xmlns="http://www.w3.org/2005/Atom"><title>big</title><id>urn:x</id>'
        f"<updated>2026-01-01T00:00:00Z</updated>{body}</feed>"
    ).encode()


def test_broken_feed_reaches_feedparser_cut_at_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    body = rss(ITEMS, broken=True)  # not well-formed: the lxml reader declines, feedparser reads
    seen: list[int] = []
    real = feed_module.feedparser.parse

    def spy(stream, **kwargs):  # type: ignore[no-untyped-def]
        data = stream.read()
        seen.append(len(data))
        import io

        return real(io.BytesIO(data), **kwargs)

    monkeypatch.setattr(feed_module.feedparser, "parse", spy)
    parsed = parse_document(body, url="https://x.example/feed", source_type="feed", limit=LIMIT)
    assert [e.title for e in parsed.entries] == [f"t{i}" for i in range(LIMIT)]
    assert seen and seen[0] < len(body) * 2 * LIMIT / ITEMS  # read up to the limit, no further


@pytest.mark.parametrize("make", [rss, atom])
def test_the_lxml_reader_converts_no_entry_past_the_limit(monkeypatch: pytest.MonkeyPatch, make) -> None:  # type: ignore[no-untyped-def]
    converted = 0
    for name in ("_rss_item", "_atom_entry"):
        real = getattr(fastfeed, name)

        def counting(*args, _real=real, **kwargs):  # type: ignore[no-untyped-def]
            nonlocal converted
            converted += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(fastfeed, name, counting)
    parsed = parse_document(make(ITEMS), url="https://x.example/feed", source_type="feed", limit=LIMIT)
    assert len(parsed.entries) == LIMIT
    assert converted == LIMIT


def test_first_entries_keeps_the_document_whole() -> None:
    body = rss(10)
    cut = first_entries(body, 3)
    assert cut.count(b"<item>") == 3 and cut.endswith(b"<ttl>60</ttl></channel></rss>")
    assert first_entries(body, 10) == body and first_entries(body, 50) == body
    from lxml import etree

    etree.fromstring(cut)  # still well-formed
