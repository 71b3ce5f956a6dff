"""Which entries make a feed document, with its title and validators.

Shared by the web views and the static export, so both send the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from aggregator.config import Config
from aggregator.render import CONTENT_TYPES, render
from aggregator.store import Store
from aggregator.types import FeedMeta

#: "updated" of a feed that has no entry yet: fixed, so its ETag does not change per request.
EMPTY_FEED_DATE = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Document:
    body: bytes
    content_type: str
    last_modified: datetime


def feed_meta(store: Store, config: Config, kind: str, key: str) -> FeedMeta:
    """Title and links of the feed ``kind`` ("tag", "all", "source") named ``key``.

    Raises TagNotFoundError / SourceNotFoundError for an unknown tag or source.
    """
    base = dict(kind=kind, key=key, base_url=config.server.base_url)
    if kind == "all":
        return FeedMeta(title="All entries", subtitle="Every entry from every source",
                        updated=store.last_change() or EMPTY_FEED_DATE, **base)
    if kind == "source":
        info = store.source(key)
        return FeedMeta(title=info.title or key, subtitle=f"Entries of {info.url}",
                        home_url=info.link, updated=info.changed_at or EMPTY_FEED_DATE, **base)
    tag = store.tag(key)
    return FeedMeta(title=tag.title, subtitle=f"Entries tagged “{tag.title}”",
                    updated=tag.changed_at or EMPTY_FEED_DATE, **base)


def feed_document(store: Store, config: Config, kind: str, key: str, fmt: str) -> Document:
    """The current document of a feed, in format ``fmt``."""
    meta = feed_meta(store, config, kind, key)
    limit = config.output.entries
    if kind == "all":
        entries = store.all_entries(limit)
    elif kind == "source":
        entries = store.source_entries(key, limit)
    else:
        entries = store.tag_entries(key, limit)
    # The feed changed when an entry in it changed, or when the set of its entries did.
    updated = max([meta.updated, *(e.changed_at for e in entries)])
    meta = replace(meta, updated=updated)
    return Document(body=render(fmt, meta, entries), content_type=CONTENT_TYPES[fmt],
                    last_modified=updated)

