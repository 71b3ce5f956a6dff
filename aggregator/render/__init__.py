"""Entries -> feed documents: Atom 1.0, RSS 2.0, JSON Feed 1.1, and OPML.

Pure: ``render(fmt, meta, entries)`` returns the bytes served over HTTP and written by the
static export, so both are byte for byte the same. Rendering cannot fail because of one
entry: every string passes a last XML-legality check, and an entry the writer still refuses
is left out of the document (and reported) while the others are served.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# Public names of the private modules, for the rest of the package (ids in `tags --explain`
# and rules, the stylesheet route).
from aggregator.kinds import FeedFormat
from aggregator.render._common import FEED_STYLESHEET as FEED_STYLESHEET
from aggregator.render._common import entry_id as entry_id
from aggregator.render._common import entry_id_of as entry_id_of
from aggregator.render._legal import legal
from aggregator.types import Entry, FeedMeta

logger = logging.getLogger(__name__)

#: format suffix -> Content-Type (every document is UTF-8)
CONTENT_TYPES: dict[FeedFormat, str] = {
    "atom": "application/atom+xml; charset=utf-8",
    "rss": "application/rss+xml; charset=utf-8",
    "json": "application/feed+json; charset=utf-8",
}
FORMATS: tuple[FeedFormat, ...] = tuple(CONTENT_TYPES)


@dataclass(frozen=True, slots=True)
class Rendered:
    """A rendered document, and the entries left out of it because they could not be."""

    body: bytes
    #: (entry, what the writer raised) for each entry left out.
    dropped: tuple[tuple[Entry, Exception], ...] = ()


def render(fmt: str, meta: FeedMeta, entries: Sequence[Entry]) -> bytes:
    """Render entries (newest first) as a feed document in format ``fmt``."""
    return render_document(fmt, meta, entries).body


def render_document(fmt: str, meta: FeedMeta, entries: Sequence[Entry]) -> Rendered:
    """Render entries (newest first) as a feed document in format ``fmt``, leaving out any
    entry the writer refuses; each one left out is logged with its source."""
    write = _renderer(fmt)
    meta = legal(meta)
    entries = [legal(e) for e in entries]
    try:
        return Rendered(write(meta, entries))
    except Exception:  # one entry the writer refuses must not take the document down
        pass
    kept: list[Entry] = []
    dropped: list[tuple[Entry, Exception]] = []
    for entry in entries:
        try:
            write(meta, [entry])
        except Exception as e:
            dropped.append((entry, e))
            logger.error(
                "entry left out of a feed document source=%s entry=%s feed=%s format=%s error=%s: %s",
                entry.source,
                entry.data.guid[:200],
                meta.path,
                fmt,
                type(e).__name__,
                str(e)[:300],
            )
        else:
            kept.append(entry)
    # Raises only when the document fails without any entry: a bug, not an entry's fault.
    return Rendered(write(meta, kept), tuple(dropped))


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
