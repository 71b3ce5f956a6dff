"""``aggregator preview``: what a page or feed would yield, without storing anything.

Fetches the URL as a source would be (the same fetcher, parsers and normalization), reads the
article pages of the first entries as ``enrich`` would, and says for each field where it came
from: "feed", "listing" (the listing page's card), "selectors", "json-ld", "opengraph",
"microdata", "article" (the article page's own markup), "htmldate", "trafilatura".
``preview_json`` is the contract of ``preview --json``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aggregator.config import SourceConfig
from aggregator.enrich import article_fields, merge
from aggregator.exceptions import SourceError
from aggregator.fetch import Fetcher
from aggregator.normalize import normalize_entry
from aggregator.parse import parse_document
from aggregator.types import EntryData, FeedInfo, Fetched, ParsedFeed, RawEntry

logger = logging.getLogger(__name__)

#: RawEntry / ArticleData field names -> the names ``preview --json`` uses.
_JSON_NAMES = {
    "link": "link",
    "title": "title",
    "published": "date",
    "updated": "updated",
    "author": "authors",
    "summary": "summary",
    "content": "content",
    "categories": "categories",
    "enclosures": "enclosures",
}


@dataclass(frozen=True, slots=True)
class PreviewEntry:
    data: EntryData
    #: JSON field name -> where its value came from.
    origin: Mapping[str, str]
    #: Why the article page could not be read (None when it was, or was not asked for).
    enrich_error: str | None = None
    #: The authors one by one, as the article page lists them (the stored entry holds
    #: them joined in one string); empty: the entry's ``author`` as it is.
    authors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Preview:
    #: The URL the document came from, after redirects.
    url: str
    parsed: ParsedFeed
    info: FeedInfo
    entries: tuple[PreviewEntry, ...]
    #: What was read from article pages: "none", "metadata" or "full".
    enrich: str


def preview_source(
    source: SourceConfig, fetcher: Fetcher, *, now: datetime, limit: int, enrich: str | None = None
) -> Preview:
    """Fetch and read ``source.url``; then the article pages of its first ``limit`` entries
    when ``enrich`` (default: the source's, by what the document is) asks for it.

    Raises:
        SourceError: the document could not be fetched or read (article pages that fail
            are reported on their entry instead).
    """
    response = fetcher.fetch(source.url)
    assert isinstance(response, Fetched)  # no validators sent: never a 304
    parsed = parse_document(
        response.body,
        url=response.url,
        headers=response.headers,
        source_type=source.type,
        select=source.select,
        timezone=source.timezone,
        now=now,
    )
    listed = "listing" if parsed.kind == "html" else "feed"
    if parsed.kind == "html" and source.select is not None:
        listed = "selectors"
    mode = enrich or source.enrich_for(parsed.kind)
    info = FeedInfo(title=parsed.feed.title, link=parsed.feed.link, subtitle=parsed.feed.subtitle)
    entries: dict[str, PreviewEntry] = {}
    for raw in parsed.entries:
        data = normalize_entry(raw, base_url=response.url)
        if data is None or data.guid in entries:
            continue
        entries[data.guid] = PreviewEntry(data=data, origin=_listing_origin(raw, data, listed))
        if len(entries) >= limit:
            break
    shown = tuple(entries.values())
    if mode != "none":
        shown = tuple(_enriched(e, fetcher, source.timezone, mode) for e in shown)
    return Preview(url=response.url, parsed=parsed, info=info, entries=shown, enrich=mode)


def _listing_origin(raw: RawEntry, data: EntryData, listed: str) -> dict[str, str]:
    origin: dict[str, str] = {}
    for name, json_name in _JSON_NAMES.items():
        value = data.url if name == "link" else getattr(data, name)
        if value:
            origin[json_name] = raw.origin.get(name, listed)
    return origin


def _enriched(entry: PreviewEntry, fetcher: Fetcher, timezone: str, mode: str) -> PreviewEntry:
    from aggregator.parse.article import read_article  # heavy libraries: see there

    url = entry.data.url
    if not url:
        return entry
    try:
        response = fetcher.fetch(url)
        assert isinstance(response, Fetched)
        article = read_article(
            response.body, url=response.url, headers=response.headers, timezone=timezone, full=mode == "full"
        )
    except SourceError as e:
        return PreviewEntry(data=entry.data, origin=entry.origin, enrich_error=str(e))
    fields = article_fields(article, url=response.url, listing=entry.data)
    origin = dict(entry.origin)
    for name, where in fields.get("origin", {}).items():
        origin[_JSON_NAMES[name]] = where
    return PreviewEntry(
        data=merge(entry.data, fields), origin=origin, authors=article.authors if "author" in fields else ()
    )


def preview_json(preview: Preview) -> dict[str, Any]:
    """The object ``preview --json`` prints: entries with every field and its origin, the
    detected selectors, the next page, the advertised feed, the document's kind."""
    parsed = preview.parsed
    return {
        "url": preview.url,
        "kind": parsed.kind,
        "title": preview.info.title,
        "enrich": preview.enrich,
        "entries": [_entry_json(e) for e in preview.entries],
        "selectors": {k: v for k, v in parsed.detected.items() if k != "method"},
        "method": parsed.detected.get("method"),
        "next": parsed.next_page,
        "feed": parsed.alternate_feed,
    }


def _entry_json(entry: PreviewEntry) -> dict[str, Any]:
    data = entry.data
    return {
        "id": data.guid,
        "title": data.title,
        "link": data.url,
        "date": _iso(data.published),
        "updated": _iso(data.updated),
        "summary": data.summary,
        "content": data.content,
        "authors": list(entry.authors) or ([data.author] if data.author else []),
        "categories": list(data.categories),
        "enclosures": [{"url": e.url, "type": e.type, "length": e.length} for e in data.enclosures],
        "origin": dict(entry.origin),
        "enrich_error": entry.enrich_error,
    }


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when else None
