"""JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/); feedgen has no writer for it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from aggregator.parse import html_to_text
from aggregator.render._common import entry_id, entry_title, source_title
from aggregator.render._legal import legal_text
from aggregator.types import Entry, FeedMeta

VERSION = "https://jsonfeed.org/version/1.1"


def render_jsonfeed(meta: FeedMeta, entries: Sequence[Entry]) -> bytes:
    doc: dict[str, Any] = {
        "version": VERSION,
        "title": meta.title,
        "home_page_url": meta.home_url or f"{meta.base_url}/",
        "feed_url": meta.url("json"),
    }
    if meta.subtitle:
        doc["description"] = meta.subtitle
    if meta.hubs:
        doc["hubs"] = [{"type": "WebSub", "url": hub} for hub in meta.hubs]
    links = meta.archive_links("json")
    if "prev-archive" in links:
        # JSON Feed's pagination: next_url leads to older items.
        doc["next_url"] = links["prev-archive"]
    if meta.page is not None or links:
        # RFC 5005 paging, as an extension object (JSON Feed 1.1: keys start with "_").
        # Only what a complete page can keep unchanged: its own number, its links.
        doc["_archive"] = {
            "archive": meta.page is not None,
            "page": meta.page,
            "complete": meta.complete,
            **{rel.replace("-", "_"): href for rel, href in links.items()},
        }
    doc["items"] = [_item(entry) for entry in entries]
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _item(entry: Entry) -> dict[str, Any]:
    data = entry.data
    item: dict[str, Any] = {"id": entry_id(entry)}
    if data.url:
        item["url"] = data.url
    item["title"] = entry_title(entry)
    item["content_html"] = data.content or data.summary or ""
    if data.summary and data.content:
        # Plain text, per JSON Feed 1.1; unescaping may bring back what the legality pass removed.
        item["summary"] = legal_text(html_to_text(data.summary))
    item["date_published"] = (data.published or entry.sort_date).isoformat()
    if data.updated:
        item["date_modified"] = data.updated.isoformat()
    if data.author:
        item["authors"] = [{"name": data.author}]
    if entry.tags:
        item["tags"] = list(entry.tags)
    if data.enclosures:
        item["attachments"] = [
            {"url": e.url, "mime_type": e.type or "application/octet-stream"}
            | ({"size_in_bytes": e.length} if e.length else {})
            for e in data.enclosures
        ]
    item["_source"] = {
        "name": entry.source,
        "title": source_title(entry),
        "feed_url": entry.source_url,
        "home_page_url": entry.source_link,
    }
    if entry.also_from:
        item["_source"]["also"] = [
            {"name": name, "title": title or name, "feed_url": url} for name, title, url in entry.also_from
        ]
    return item
