"""Entries -> feed documents: Atom 1.0, RSS 2.0, JSON Feed 1.1, and OPML.

Pure: ``render(fmt, meta, entries)`` returns the bytes served over HTTP and written by the
static export, so both are byte-for-byte the same.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from aggregator.types import Entry, FeedMeta

#: format suffix -> Content-Type (every document is UTF-8)
CONTENT_TYPES = {
    "atom": "application/atom+xml; charset=utf-8",
    "rss": "application/rss+xml; charset=utf-8",
    "json": "application/feed+json; charset=utf-8",
}
FORMATS = tuple(CONTENT_TYPES)


def render(fmt: str, meta: FeedMeta, entries: Sequence[Entry]) -> bytes:
    """Render entries (newest first) as a feed document in format ``fmt``."""
    return _renderer(fmt)(meta, entries)


def _renderer(fmt: str) -> Callable[[FeedMeta, Sequence[Entry]], bytes]:
    if fmt == "atom":
        from aggregator.render.atom import render_atom

        return render_atom
    if fmt == "rss":
        from aggregator.render.rss import render_rss

        return render_rss
    if fmt == "json":
        from aggregator.render.jsonfeed import render_jsonfeed

        return render_jsonfeed
    raise ValueError(f"unknown feed format {fmt!r}; expected one of {', '.join(FORMATS)}")
