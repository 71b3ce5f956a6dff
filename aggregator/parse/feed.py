"""RSS 0.9x/1.0/2.0 and Atom -> ParsedFeed, through feedparser.

feedparser is given the body as ``io.BytesIO``: given bytes or str, feedparser 6 treats them
as a possible file path or URL and opens it. Its sanitizer is off (sanitize_html=False):
normalize.py sanitizes the fields we keep with our own allow-list, which is faster and
stricter (feedparser's lets <form> through).
"""

from __future__ import annotations

import html
import io
import re
import time
import xml.sax
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import feedparser

from aggregator.exceptions import ParseError
from aggregator.parse._fastfeed import parse_fast
from aggregator.parse._hints import feed_ttl, non_negative_int
from aggregator.parse._html import html_to_text
from aggregator.types import Enclosure, FeedInfo, ParsedFeed, RawEntry

#: Entries read from one document; the rest are ignored (a feed is not an archive dump).
MAX_ENTRIES = 1000

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# RSS <author> is "email (Name)" by the spec; people want the name.
_EMAIL_NAME = re.compile(r"^\s*[^@\s()]+@[^@\s()]+\s*\((.+)\)\s*$")
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)
_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")


def parse_feed(
    body: bytes, *, url: str, headers: Mapping[str, str], fast: bool = True, limit: int = MAX_ENTRIES
) -> ParsedFeed:
    """Parse an RSS or Atom document: well-formed RSS 2.0, RSS 1.0 and Atom 1.0 with lxml
    (parse/_fastfeed.py), anything else (or everything, ``fast=False``) with feedparser.

    Only the first ``limit`` entries are read (``fetch.max_entries``): feedparser gets the
    document without the entries past them (first_entries()), so a broken 9.3 MB feed of
    270,000 items costs what its first thousand do, not 27 s and 650 MB.

    Raises:
        ParseError: not a feed, or a document that declares entities.
    """
    if declares_entities(body):
        # feedparser never fetches external entities, but when expat refuses a document its
        # loose parser expands internal ones itself: a 16 kB feed became a 20 MB title.
        raise ParseError(
            "the document declares XML entities (<!ENTITY>), which feeds never "
            "need; refused as a possible entity-expansion attack"
        )
    limit = min(limit, MAX_ENTRIES)
    quick = parse_fast(body, url=url, headers=headers, limit=limit) if fast else None
    if quick is not None:
        return replace(quick, entries=quick.entries[:limit])
    body = legal_char_refs(first_entries(body, limit))
    response_headers = {
        k: v for k, v in headers.items() if k in ("content-type", "content-language", "content-location")
    }
    response_headers.setdefault("content-location", url)
    parsed = feedparser.parse(
        io.BytesIO(body), response_headers=response_headers, sanitize_html=False, resolve_relative_uris=True
    )
    reason = parsed.get("bozo_exception")
    if not parsed.get("version") and not parsed.entries:
        detail = f" ({reason})" if reason else ""
        raise ParseError(f"not a feed: no RSS or Atom document found{detail}")
    version = parsed.get("version") or ""
    entries = tuple(_entry(e, rss=not version.startswith("atom")) for e in parsed.entries[:limit])
    if isinstance(reason, xml.sax.SAXParseException) and not any(
        e.id or e.link or e.title or e.summary or e.content for e in entries
    ):
        # feedparser's loose parser salvages what it can from broken XML; when that is no
        # entry at all (or only empty shells), "ok, 0 entries" would hide a broken feed.
        raise ParseError(f"malformed XML, no entry could be read: {reason}")
    feed = parsed.feed
    warning = None
    if isinstance(reason, xml.sax.SAXParseException):
        # Kept (what the liberal parser recovered is worth having), but said, with where.
        warning = (
            f"malformed XML at line {reason.getLineNumber()}, column "
            f"{reason.getColumnNumber()}: {reason.getMessage()}; entries were read "
            "as far as possible"
        )
    return ParsedFeed(
        kind=parsed.get("version") or "unknown",
        feed=FeedInfo(
            title=_text(feed.get("title"), feed.get("title_detail")),
            link=_link(feed),
            subtitle=_text(feed.get("subtitle"), feed.get("subtitle_detail")),
        ),
        entries=entries,
        ttl=feed_ttl(feed),
        warning=warning,
    )


#: The end of an RSS item or an Atom entry, prefixed or not (``</rss:item>``).
_ENTRY_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>", re.I)


def first_entries(body: bytes, limit: int) -> bytes:
    """``body`` without the entries past the first ``limit``: what precedes the end of
    entry number ``limit``, then what follows the end of the last one (the channel's
    closing tags), so a well-formed document stays well-formed. Unchanged when it has
    ``limit`` entries or fewer. A regular-expression scan: C speed, no tree."""
    ends = _ENTRY_END.finditer(body)
    cut = next((m.end() for i, m in enumerate(ends, 1) if i == limit), None)
    if cut is None:
        return body
    tail = max((m.end() for m in _ENTRY_END.finditer(body, cut)), default=None)
    return body if tail is None else body[:cut] + body[tail:]


def legal_char_refs(body: bytes) -> bytes:
    """``body`` with every numeric character reference XML 1.0 forbids made harmless.

    A surrogate (``&#xD800;``) or a code point past U+10FFFF made feedparser raise and lose
    the whole feed; control characters (``&#1;``) are dropped, the others become U+FFFD as
    an HTML parser would read them. ASCII-compatible encodings only: UTF-16/32 bodies are
    left as they are.
    """
    if b"&#" not in body or body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return body
    return _CHAR_REF.sub(_legal_char_ref, body)


def _legal_char_ref(match: re.Match[bytes]) -> bytes:
    hexa, decimal = match.group(1), match.group(2)
    digits = (hexa or decimal).lstrip(b"0") or b"0"
    if len(digits) > 8:  # past U+10FFFF whatever the digits (and int() of them stays cheap)
        return b"&#xFFFD;"
    code = int(digits, 16) if hexa else int(digits)
    if (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    ):
        return match.group(0)
    return b"" if code < 0x20 or 0x7F <= code <= 0x9F else b"&#xFFFD;"


def declares_entities(body: bytes) -> bool:
    """True when the document declares entities: a DOCTYPE followed, anywhere after it, by
    ``<!ENTITY``.

    The whole body is searched: a DOCTYPE can hold a comment of any length before its first
    declaration (a 1.1 MB one hid an entity from a check of the first MiB).
    """
    if body.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(body) > 1 and 0 in body[:4]):
        body = body.replace(b"\x00", b"")  # UTF-16/32: the ASCII markup without its zero bytes
    doctype = _DOCTYPE.search(body)
    return bool(doctype and _ENTITY_DECL.search(body, doctype.end()))


def _entry(e: Any, rss: bool = True) -> RawEntry:
    title_detail = e.get("title_detail") or {}
    content = None
    raw_contents = set()
    for c in e.get("content") or ():
        raw_contents.add((c.get("value") or "").strip())
        value = _html(c.get("value"), c)
        if value:
            content = value
            if c.get("type") in _HTML_TYPES:
                break
    # feedparser copies an entry's content into its summary when there is no summary.
    raw_summary = e.get("summary")
    summary = (
        None if (raw_summary or "").strip() in raw_contents else _html(raw_summary, e.get("summary_detail"))
    )
    return RawEntry(
        id=_str(e.get("id")),
        link=_link(e, rss),
        title=_str(e.get("title")),
        title_is_html=title_detail.get("type") in _HTML_TYPES,
        summary=summary,
        content=content,
        author=_author(e),
        published=_datetime(e.get("published_parsed")),
        # dict.get: FeedParserDict.get("updated_parsed") falls back to published, with a warning.
        updated=_datetime(dict.get(e, "updated_parsed")),
        categories=tuple(
            dict.fromkeys(
                t
                for t in (_str(tag.get("term")) or _str(tag.get("label")) for tag in e.get("tags") or ())
                if t
            )
        ),
        enclosures=tuple(
            Enclosure(
                url=link["href"], type=_str(link.get("type")), length=non_negative_int(link.get("length"))
            )
            for link in e.get("links") or ()
            if link.get("rel") == "enclosure" and link.get("href")
        ),
    )


def _link(node: Any, rss: bool = True) -> str | None:
    """The entry's (or feed's) link as the document gave it.

    feedparser fills ``link`` from the id when there is no link element: an RSS guid that is
    a permalink is a link (RSS 2.0 says so), any other id is not (an Atom id is a name,
    even when it looks like a URL).
    """
    link = _str(node.get("link"))
    if link is None:
        return None
    if any(item.get("href") == link for item in node.get("links") or ()):
        return link
    if rss and node.get("guidislink") and link.strip().lower().startswith(("http://", "https://")):
        return link
    return None


def _author(e: Any) -> str | None:
    # feedparser splits "email (Name)" itself, but garbles it when the e-mail's top-level
    # domain is longer than four letters: read the raw string first.
    raw = _str(e.get("author"))
    m = _EMAIL_NAME.match(raw) if raw else None
    if m:
        return m.group(1).strip()
    detail = e.get("author_detail") or {}
    return _str(detail.get("name")) or raw or _str(detail.get("email"))


def _html(value: Any, detail: Any) -> str | None:
    """A text construct as HTML: plain text is escaped, so it cannot become markup."""
    text = _str(value)
    if text is None:
        return None
    if (detail or {}).get("type") in _HTML_TYPES:
        return text
    return html.escape(text, quote=False).replace("\n\n", "<br><br>")


def _text(value: Any, detail: Any) -> str | None:
    text = _str(value)
    if text and (detail or {}).get("type") in _HTML_TYPES:
        return html_to_text(text)
    return text


def _str(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value
    return None


def _datetime(value: time.struct_time | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):
        return None
