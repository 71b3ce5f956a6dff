"""JSON Feed 1.0 / 1.1 (https://www.jsonfeed.org/version/1.1/) -> ParsedFeed.

feedparser 6 does not read JSON Feed. URLs are left as the feed wrote them; normalize.py
makes them absolute against the feed's URL.
"""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime
from typing import Any

from aggregator.exceptions import ParseError
from aggregator.parse.feed import MAX_ENTRIES
from aggregator.types import Enclosure, FeedInfo, ParsedFeed, RawEntry

VERSION_PREFIX = "https://jsonfeed.org/version/"


def parse_jsonfeed(body: bytes, *, url: str, limit: int = MAX_ENTRIES) -> ParsedFeed:
    """Raises ParseError when the body is not JSON, or JSON that is not a JSON Feed."""
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as e:
        raise ParseError(f"not a feed: invalid JSON ({e})") from e
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith(VERSION_PREFIX):
        raise ParseError('not a feed: JSON without a JSON Feed "version"')
    items = doc.get("items")
    if not isinstance(items, list):
        raise ParseError('not a feed: JSON Feed without an "items" list')
    version = str(doc["version"]).removeprefix(VERSION_PREFIX)
    return ParsedFeed(
        kind=f"json{version.replace('.', '')}",
        feed=FeedInfo(
            title=_str(doc.get("title")),
            link=_str(doc.get("home_page_url")),
            subtitle=_str(doc.get("description")),
        ),
        entries=tuple(
            _entry(item, _authors(doc)) for item in items[: min(limit, MAX_ENTRIES)] if isinstance(item, dict)
        ),
    )


def _authors(node: dict[str, Any]) -> list[str]:
    """Names from "authors" (1.1) or "author" (1.0)."""
    authors = node.get("authors")
    if not isinstance(authors, list):
        authors = [node["author"]] if isinstance(node.get("author"), dict) else []
    return [a["name"].strip() for a in authors if isinstance(a, dict) and _str(a.get("name"))]


def _entry(item: dict[str, Any], feed_authors: list[str]) -> RawEntry:
    content = _str(item.get("content_html"))
    if content is None and _str(item.get("content_text")):
        content = html.escape(item["content_text"], quote=False)
    summary = _str(item.get("summary"))
    # Items without authors have the feed's (JSON Feed 1.1, "authors").
    names = _authors(item) or feed_authors
    tags = item.get("tags")
    ident = item.get("id")
    return RawEntry(
        id=str(ident) if isinstance(ident, (str, int)) and str(ident).strip() else None,
        link=_str(item.get("url")) or _str(item.get("external_url")),
        title=_str(item.get("title")),
        summary=html.escape(summary, quote=False) if summary else None,
        content=content,
        author=", ".join(names) or None,
        published=_date(item.get("date_published")),
        updated=_date(item.get("date_modified")),
        categories=tuple(t for t in tags if isinstance(t, str) and t.strip())
        if isinstance(tags, list)
        else (),
        enclosures=tuple(
            Enclosure(
                url=a["url"],
                type=_str(a.get("mime_type")),
                length=a["size_in_bytes"] if isinstance(a.get("size_in_bytes"), int) else None,
            )
            for a in item.get("attachments") or ()
            if isinstance(a, dict) and _str(a.get("url"))
        ),
    )


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _date(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
