"""Bytes -> ParsedFeed: detect what a body is and hand it to the right parser.

``type = "feed"`` reads the body as a feed (RSS, Atom, JSON Feed); ``type = "html"`` as an
archive listing page; ``type = "auto"`` decides from the body itself. Pure: no network,
no database; ``parse_document`` raises ParseError and nothing else.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from datetime import datetime

from aggregator.config import SelectConfig
from aggregator.exceptions import AggregatorError, ParseError
from aggregator.parse._budget import CPU_SECONDS, OverBudget, within_budget
from aggregator.parse._html import html_to_text as html_to_text  # public: normalize, render, pages
from aggregator.parse._urls import canonical_url as canonical_url  # public: normalize, update
from aggregator.parse._urls import join_url as join_url  # public: normalize
from aggregator.parse._urls import plain_absolute as plain_absolute  # public: normalize
from aggregator.types import ParsedFeed

logger = logging.getLogger(__name__)

#: How far into a body we look to tell a feed from a web page.
SNIFF_BYTES = 4096

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|RDF)[\s>/]", re.I)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]", re.I)


#: Signatures of what servers send instead of a feed (first bytes -> what it is), so that an
#: image says "a PNG image" rather than the XML parser's "not well-formed (invalid token)".
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"BM", "a BMP image"),
    (b"\x7fELF", "a program"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg file"),
)


def describe_binary(body: bytes, content_type: str = "") -> str | None:
    """What a body is when it is not text (an image, an archive...), in words, with its
    content type and first bytes; None for text."""
    head = body[:16]
    what = next((name for magic, name in _MAGIC if head.startswith(magic)), None)
    if what is None and head[:4] == b"RIFF" and body[8:12] == b"WEBP":
        what = "a WebP image"
    if what is None:
        sample = body[:512]
        # UTF-16 and UTF-32 text without a BOM: "<" beside NUL bytes.
        text_like = sample.startswith((*_BOMS, b"<\x00", b"\x00<", b"\x00\x00\x00<"))
        controls = sum(b < 9 or 13 < b < 32 for b in sample)
        if not sample or text_like or controls <= len(sample) // 20:
            return None
        what = "binary data"
    ctype = content_type.split(";")[0].strip() or "no Content-Type"
    magic = " ".join(f"{b:02X}" for b in head[:8])
    return f"{what} ({ctype}; first bytes {magic}), not a feed or a web page"


def detect_kind(body: bytes, content_type: str = "") -> str:
    """ "feed", "json" or "html": what a body looks like, whatever its Content-Type claims."""
    head = body[:SNIFF_BYTES]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    if b"\x00" in head[:64]:  # UTF-16/32: feeds only, nobody serves HTML listings that way
        head = head.replace(b"\x00", b"")
    stripped = head.lstrip()
    if stripped.startswith((b"{", b"[")):
        return "json"
    if _FEED_ROOT.search(head) and not _HTML_ROOT.match(stripped):
        return "feed"
    if _HTML_ROOT.search(head):
        return "html"
    ctype = content_type.split(";")[0].strip().lower()
    if "json" in ctype:
        return "json"
    if ctype.endswith(("html",)):
        return "html"
    return "feed"


def parse_document(
    body: bytes,
    *,
    url: str,
    headers: Mapping[str, str] | None = None,
    source_type: str = "auto",
    source: str | None = None,
    select: SelectConfig | None = None,
    timezone: str = "UTC",
    now: datetime | None = None,
    limit: int = 1000,
) -> ParsedFeed:
    """Parse a fetched body.

    Args:
        url: where the body came from: the base for relative URLs.
        headers: response headers (lowercase names), for the charset and Content-Location.
        source_type: the source's configured ``type``.
        select, timezone: the source's HTML selectors and time zone (HTML pages only).
        now: the current time, for dates such as "il y a 3 heures" (HTML pages only).
        limit: entries to read at most (``fetch.max_entries``): feeds stop there.

    Raises:
        ParseError: the body is not something we can read, or reading it took more than
            ``CPU_SECONDS`` of CPU; every other exception of the underlying parsers is
            converted to it, so a hostile document stays a per-source error.
    """
    headers = headers or {}
    try:
        return within_budget(
            CPU_SECONDS,
            lambda: _parse(
                body,
                url=url,
                headers=headers,
                source_type=source_type,
                source=source,
                select=select,
                timezone=timezone,
                now=now,
                limit=limit,
            ),
        )
    except OverBudget:
        raise ParseError(
            f"reading this document took more than {CPU_SECONDS:g} s of CPU, "
            "so it was given up; if it is a listing page, point [sources.select] "
            "at its list of articles",
            source=source,
            url=url,
        ) from None


def _parse(
    body: bytes,
    *,
    url: str,
    headers: Mapping[str, str],
    source_type: str,
    source: str | None,
    select: SelectConfig | None,
    timezone: str,
    now: datetime | None,
    limit: int,
) -> ParsedFeed:
    kind = detect_kind(body, headers.get("content-type", ""))
    as_html = source_type == "html" or (source_type == "auto" and kind == "html")
    if as_html and now is None:
        raise TypeError("parse_document needs `now` to read an HTML page")
    try:
        # Only a body with no feed element in sight: garbage before a feed is the feed's.
        sniffed = kind == "feed" and not _FEED_ROOT.search(body[:SNIFF_BYTES].replace(b"\x00", b""))
        binary = describe_binary(body, headers.get("content-type", "")) if sniffed else None
        if binary:
            raise ParseError(f"the server sent {binary}")
        if as_html:
            from aggregator.parse.listing import parse_archive

            assert now is not None  # checked above, outside the try: a caller's mistake

            return parse_archive(body, url=url, headers=headers, select=select, timezone=timezone, now=now)
        if kind == "html":
            raise ParseError(
                'expected a feed but got an HTML page; set type = "auto" to '
                "read it as an archive page, or point the source at a feed"
            )
        if kind == "json":
            from aggregator.parse.jsonfeed import parse_jsonfeed

            return parse_jsonfeed(body, url=url, limit=limit)
        from aggregator.parse.feed import parse_feed

        return parse_feed(body, url=url, headers=headers, limit=limit)
    except ParseError as e:
        e.source, e.url = e.source or source, e.url or url
        raise
    except AggregatorError:
        raise
    except Exception as e:  # a parser bug or a hostile document: per-source error
        logger.debug("parser raised source=%s url=%s", source, url, exc_info=True)
        raise ParseError(
            f"the parser failed on this document: {type(e).__name__}: {e}", source=source, url=url
        ) from e
