"""RawEntry -> EntryData: what every later stage may rely on.

- titles are plain text; summaries and content are HTML cleaned with our allow-list (no
  scripts, event handlers, styles, forms or frames; only http(s) and mailto URLs), relative
  URLs made absolute;
- entry links and enclosure URLs are absolute http(s) URLs, or dropped;
- characters XML 1.0 forbids are removed (feedparser returns \\x00 and \\x0b; feedgen raises
  on them, so one such entry would break a whole feed);
- every entry has a guid stable across fetches, and a hash of its content to detect edits.
Pure: no I/O, no clock.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from urllib.parse import quote, urlsplit

import nh3

from aggregator.parse import canonical_url, html_to_text, join_url, plain_absolute
from aggregator.types import Enclosure, EntryData, FeedInfo, ParsedFeed, RawEntry

#: Longest guid stored as is; longer ids are hashed (they are indexed).
MAX_GUID = 512
#: Longest title kept, in characters.
MAX_TITLE = 1000
#: Longest summary or content kept, in characters: a feed entry is not a book.
MAX_HTML = 512 * 1024
MAX_CATEGORIES = 50
MAX_ENCLOSURES = 20

#: Deepest element nesting sanitized as HTML; deeper markup is reduced to its text.
MAX_DEPTH = 256

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
_ANY_TAG = re.compile(r"<[^>]*>")
_VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
        "p",
        "li",
    }
)  # p and li: often left unclosed
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SPACE = re.compile(r"\s+")
_AS_MARKUP = re.compile("[<>&\r\u00a0\ufeff]")
_MIME = re.compile(r"^[\w.+-]+/[\w.+-]+(?:\s*;.*)?$")
#: Dates before this year are not believed (nor formattable as RFC 822 by feedgen).
MIN_YEAR = 1900

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "acronym",
        "address",
        "article",
        "aside",
        "audio",
        "b",
        "bdi",
        "bdo",
        "blockquote",
        "br",
        "caption",
        "center",
        "cite",
        "code",
        "col",
        "colgroup",
        "dd",
        "del",
        "details",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "picture",
        "pre",
        "q",
        "rp",
        "rt",
        "ruby",
        "s",
        "samp",
        "section",
        "small",
        "source",
        "span",
        "strike",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "time",
        "tr",
        "tt",
        "u",
        "ul",
        "var",
        "video",
        "wbr",
    }
)
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "abbr": {"title"},
    "acronym": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "audio": {"src", "controls"},
    "video": {"src", "controls", "poster", "width", "height"},
    "source": {"src", "type"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "del": {"cite", "datetime"},
    "ins": {"cite", "datetime"},
    "time": {"datetime"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start", "reversed"},
    "col": {"span"},
    "colgroup": {"span"},
    "*": {"lang", "dir"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})


def normalize_feed(parsed: ParsedFeed, *, base_url: str) -> tuple[FeedInfo, tuple[EntryData, ...]]:
    """Normalize a parsed document: its feed info and every usable entry (duplicates merged)."""
    info = FeedInfo(
        title=_clean_text(parsed.feed.title, 500),
        link=absolute_http_url(parsed.feed.link, base_url),
        subtitle=_clean_text(parsed.feed.subtitle, 2000),
    )
    entries: dict[str, EntryData] = {}
    for raw in parsed.entries:
        entry = normalize_entry(raw, base_url=base_url)
        # The first of two entries claiming one guid wins: feeds list the newest first.
        if entry is not None:
            entries.setdefault(entry.guid, entry)
    return info, tuple(entries.values())


def normalize_entry(raw: RawEntry, *, base_url: str) -> EntryData | None:
    """One entry, or None when it has nothing to show (no title, link, summary or content)."""
    url = absolute_http_url(raw.link, base_url)
    title = raw.title
    if title and raw.title_is_html:
        title = html_to_text(title)
    title = _clean_text(title, MAX_TITLE)
    summary = sanitize_html(raw.summary, base_url)
    content = sanitize_html(raw.content, base_url)
    if not (title or url or summary or content):
        return None
    entry = EntryData(
        guid="",
        url=url,
        title=title,
        summary=summary,
        content=content,
        author=_clean_text(raw.author, 200),
        published=_plausible(raw.published),
        updated=_plausible(raw.updated),
        categories=tuple(
            dict.fromkeys(c for c in (_clean_text(c, 200) for c in raw.categories[:MAX_CATEGORIES]) if c)
        ),
        enclosures=tuple(_enclosures(raw.enclosures, base_url)),
    )
    return replace(
        entry,
        guid=entry_guid(raw.id, entry),
        content_hash=content_hash(entry),
        dedupe_key=canonical_url(url) if url else None,
    )


def entry_guid(raw_id: str | None, entry: EntryData) -> str:
    """The entry's identity within its source: its id, else its link, else a hash of title and date."""
    ident = strip_illegal(raw_id or "").strip()
    if ident:
        return ident if len(ident) <= MAX_GUID else "sha256:" + _sha256(ident)
    if entry.url:
        return entry.url if len(entry.url) <= MAX_GUID else "sha256:" + _sha256(entry.url)
    date = entry.published or entry.updated
    basis = [entry.title or "", date.isoformat() if date else ""]
    if not entry.title and not date:  # nothing else identifies it: its text does
        basis += [entry.summary or "", entry.content or ""]
    return "hash:" + _sha256(json.dumps(basis, ensure_ascii=False))


def content_hash(entry: EntryData) -> str:
    """A hash of everything the source said about the entry, but its guid."""
    fields = [
        entry.url,
        entry.title,
        entry.summary,
        entry.content,
        entry.author,
        _iso(entry.published),
        _iso(entry.updated),
        list(entry.categories),
        [[e.url, e.type, e.length] for e in entry.enclosures],
    ]
    return _sha256(json.dumps(fields, ensure_ascii=False, separators=(",", ":")))


def sanitize_html(markup: str | None, base_url: str) -> str | None:
    """Our allow-list applied to an HTML fragment; None when nothing visible is left."""
    if not markup:
        return None
    markup = strip_illegal(markup[:MAX_HTML])
    if _AS_MARKUP.search(markup) is None:
        # Text with no tag, no character reference and nothing the HTML parser rewrites (a
        # carriage return, a no-break space it writes as &nbsp;, a leading BOM): the
        # sanitizer would give it back as it is, so it is not run (most feeds' summaries).
        return markup.strip() or None
    if _too_deep(markup):
        # The sanitizer's time grows with the square of the nesting depth (50,000 nested
        # <div> took 7 s): such markup is not an article, keep its text only.
        text = _SPACE.sub(" ", html.unescape(_ANY_TAG.sub(" ", markup))).strip()
        return f"<p>{html.escape(text, quote=False)}</p>" if text else None
    cleaner = _cleaner(_base_of(base_url))
    cleaned = cleaner.clean(markup).strip()
    if len(cleaned) > MAX_HTML:  # sanitizing can lengthen (entities, rel attributes)
        cleaned = cleaner.clean(cleaned[:MAX_HTML]).strip()
    # Again after cleaning where the markup has numeric references: the sanitizer decodes
    # them, and "&#1;" (from a feed's "&amp;#1;") comes out as the control character itself.
    # Named references decode to no character XML forbids.
    return (strip_illegal(cleaned) if "&#" in markup else cleaned) or None


def _too_deep(markup: str) -> bool:
    if markup.count("<") <= MAX_DEPTH:
        return False
    depth = 0
    for m in _TAG.finditer(markup):
        if m.group(1):
            depth = max(depth - 1, 0)
        elif not m.group(3) and m.group(2).lower() not in _VOID:
            depth += 1
            if depth > MAX_DEPTH:
                return True
    return False


def absolute_http_url(url: str | None, base_url: str) -> str | None:
    """``url`` made absolute against ``base_url``; None unless it is http(s) with a host."""
    if not url:
        return None
    url = strip_illegal(url).strip()
    if plain_absolute(url):  # what urljoin and quote would give back
        return url
    try:
        absolute = join_url(base_url, url)
        parts = urlsplit(absolute)
        parts.port  # noqa: B018 -- raises ValueError for a port outside 0-65535 (found by fuzzing)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    # Spaces and other characters an IRI may not hold are percent-encoded (existing escapes
    # and the delimiters RFC 3986 reserves are kept).
    return quote(absolute, safe=_URL_SAFE)


_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"


def strip_illegal(text: str) -> str:
    """Remove the characters XML 1.0 does not allow (NUL, most C0 controls, lone surrogates)."""
    return _XML_ILLEGAL.sub("", text)


def _plausible(when: datetime | None) -> datetime | None:
    return when if when is not None and when.year >= MIN_YEAR else None


def _clean_text(text: str | None, limit: int) -> str | None:
    if not text:
        return None
    text = _SPACE.sub(" ", strip_illegal(text)).strip()
    return text[:limit] or None


def _enclosures(enclosures: Iterable[Enclosure], base_url: str) -> Iterable[Enclosure]:
    seen: set[str] = set()
    for e in enclosures:
        url = absolute_http_url(e.url, base_url)
        if url and url not in seen and len(seen) < MAX_ENCLOSURES:
            seen.add(url)
            kind = _clean_text(e.type, 100)
            # A size is a count of bytes: JSON's true (a Python int) or -1 is none.
            length = e.length if type(e.length) is int and e.length >= 0 else None
            yield Enclosure(url=url, type=kind if kind and _MIME.match(kind) else None, length=length)


def _base_of(url: str) -> str:
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.hostname else "http://invalid/"


@functools.lru_cache(maxsize=256)
def _cleaner(base_url: str) -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        url_relative=("rewrite_with_base", base_url),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when else None
