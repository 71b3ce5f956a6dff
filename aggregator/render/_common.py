"""What every format says the same way: entry ids, titles, dates."""

from __future__ import annotations

import html
import re
import uuid
from datetime import datetime

from aggregator.types import Entry

# Entry ids are UUIDs derived from (source name, guid): stable across restarts and database
# rebuilds, unique across sources, and independent of server.base_url.
_ID_NAMESPACE = uuid.UUID("6f1c5a0e-2b7d-4c8e-9a3f-5d2e8b7c4a10")


def entry_id(entry: Entry) -> str:
    return entry_id_of(entry.source, entry.data.guid)


def entry_id_of(source: str, guid: str) -> str:
    """The published id of the entry ``guid`` of the source named ``source``."""
    return f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, source + chr(0) + guid)}"


def entry_title(entry: Entry) -> str:
    return entry.data.title or entry.data.url or "(untitled)"


def entry_updated(entry: Entry) -> datetime:
    """Atom's required <updated>: the source's, else the date we sort by."""
    return entry.data.updated or entry.data.published or entry.sort_date


def source_title(entry: Entry) -> str:
    return entry.source_title or entry.source


#: Text an HTML reader would take for markup or a character reference: "</b>", "<img",
#: "<!--", "&amp;", "&#38;".
_LOOKS_LIKE_MARKUP = re.compile(r"<[A-Za-z/!?]|&#?\w+;")


def rss_text(text: str) -> str:
    """A plain-text title as RSS 2.0 must carry it so that it reads as the same text.

    RSS never said whether a title is text or HTML, and most readers (feedparser among
    them) decode it as HTML: "Use <b>" written once-escaped shows as bold "Use", and the
    W3C validator flags it. Text that would read as markup or as a reference is escaped once
    more; other text is left as it is, so that readers taking titles as plain text still
    show "AT&T" and "1 < 2" unchanged.
    """
    return html.escape(text, quote=False) if _LOOKS_LIKE_MARKUP.search(text) else text


#: Where the server serves the stylesheet its Atom and RSS documents point at (web/views.py).
FEED_STYLESHEET = "/feed.css"


def with_stylesheet(document: bytes, base_url: str) -> bytes:
    """An XML feed document with an ``<?xml-stylesheet?>`` after its declaration, so that a
    browser shows a readable page rather than raw XML; feed readers ignore it.

    CSS rather than XSLT: Chromium no longer runs XSLT, every browser still applies CSS.
    """
    declaration, sep, rest = document.partition(b"?>")
    href = (base_url + FEED_STYLESHEET).replace("&", "&amp;").replace('"', "&quot;")
    return (
        declaration
        + sep
        + f'\n<?xml-stylesheet type="text/css" href="{href}"?>\n'.encode()
        + rest.lstrip(b"\n")
    )
