"""A fast reader for the common case: well-formed RSS 2.0, RSS 1.0 and Atom 1.0.

feedparser reads everything, broken documents included, but slowly (its SAX handlers and
HTML post-processing run in Python: about 1.7 MB/s). Most feeds are well-formed XML in one
of three formats; lxml parses those in C, at a few hundred MB/s. This module reads them
into the same RawEntry values feedparser's path gives, and answers None whenever the
document is anything else (not well-formed, a DTD, xml:base, XHTML content, another format
or version, a charset the HTTP header and the document disagree on), so feedparser stays
the reader of last resort and of every oddity.

tests/parse/test_fastfeed.py compares both readers on the shared conformance corpus.
"""

from __future__ import annotations

import contextvars
import html
import html.entities
import re
from collections.abc import Mapping
from datetime import timedelta
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from aggregator.parse._feeddates import feed_date as _date
from aggregator.parse._hints import feed_ttl, non_negative_int
from aggregator.parse._urls import plain_absolute
from aggregator.types import Enclosure, FeedInfo, ParsedFeed, RawEntry

ATOM = "http://www.w3.org/2005/Atom"
RSS1 = "http://purl.org/rss/1.0/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
SY = "http://purl.org/rss/1.0/modules/syndication/"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def _xml_parser() -> etree.XMLParser:
    """A parser that reads no DTD, resolves no entity and fetches nothing (XXE, billion laughs)."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=False,
    )


_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
# RSS <author> is "email (Name)" by the spec; people want the name.
_EMAIL_NAME = re.compile(r"^\s*[^@\s()]+@[^@\s()]+\s*\((.+)\)\s*$")

# feedparser's test for "this RSS text is HTML": a closing tag or an entity reference, and
# only tags and entities HTML knows (feedparser/mixin.py, lookslikehtml).
_HTML_ELEMENTS = frozenset(
    (  # noqa: SIM905 - a list literal is formatted one name per line: 100 lines
        "a abbr acronym address area article aside audio b big blockquote br button canvas "
        "caption center cite code col colgroup command datagrid datalist dd del details dfn "
        "dialog dir div dl dt em event-source fieldset figcaption figure font footer form h1 h2 "
        "h3 h4 h5 h6 header hr i img input ins keygen kbd label legend li m map menu meter "
        "multicol nav nextid noscript ol optgroup option output p pre progress q s samp section "
        "select small sound source spacer span strike strong sub sup table tbody td textarea "
        "tfoot th thead time tr tt u ul var video"
    ).split()
)


def parse_fast(body: bytes, *, url: str, headers: Mapping[str, str], limit: int = 1000) -> ParsedFeed | None:
    """The document read by lxml, or None when it is not a plain, well-formed RSS 2.0,
    RSS 1.0 or Atom 1.0 document (feedparser then reads it). Only its first ``limit``
    entries are read: the others cost nothing past lxml's tree."""
    if b"<!DOCTYPE" in body[:4096] or b"xml:base" in body:
        return None
    declared = _XML_DECL.match(body[:200])
    header = _CHARSET.search(headers.get("content-type", ""))
    if header and declared and header.group(1).lower() != declared.group(1).decode().lower():
        return None  # which one is right is feedparser's call (RFC 3023 and its heuristics)
    if header and not declared and header.group(1).lower() not in ("utf-8", "utf8"):
        return None
    label = declared.group(1).decode().lower() if declared else "utf-8"
    if (
        label not in ("utf-8", "utf8")
        and not body.isascii()
        and (_is_utf8(body) or (label in _LATIN1 and re.search(rb"[\x80-\x9f]", body)))
    ):
        # Declared single-byte but written in UTF-8, or "ISO-8859-1" with windows-1252's
        # quotes and dashes: feedparser's heuristics decode those right.
        return None
    try:
        root = etree.fromstring(body, _xml_parser())
    except (etree.XMLSyntaxError, ValueError):
        return None
    token = _BASE.set(url)
    try:
        if root.tag == "rss" and (root.get("version") or "").strip() == "2.0":
            return _rss20(root, limit)
        if root.tag == f"{{{RDF}}}RDF" and root.find(f"{{{RSS1}}}channel") is not None:
            return _rss10(root, limit)
        if root.tag == f"{{{ATOM}}}feed":
            return _atom(root, limit)
    except _Unsupported:
        return None
    finally:
        _BASE.reset(token)
    return None


#: The document's URL, against which links are made absolute (as feedparser does).
_BASE: contextvars.ContextVar[str] = contextvars.ContextVar("base")


def _absolute(url: str | None) -> str | None:
    if not url:
        return None
    url = url.strip()
    if plain_absolute(url):
        return url
    try:
        return urljoin(_BASE.get(), url)
    except ValueError:
        return url.strip()


_LATIN1 = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii"})


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class _Unsupported(Exception):
    """Something feedparser should read instead (XHTML content, an odd date...)."""


# -- RSS ----------------------------------------------------------------------------------------


def _rss20(root: Any, limit: int) -> ParsedFeed:
    channel = root.find("channel")
    if channel is None:
        raise _Unsupported
    info = FeedInfo(
        title=_plain(_text(channel.find("title"))),
        link=_absolute(_text(channel.find("link"))),
        subtitle=_plain(_text(channel.find("description")), True),
    )
    items = channel.findall("item")[:limit]
    return ParsedFeed(kind="rss20", feed=info, entries=tuple(_rss_item(i) for i in items), ttl=_ttl(channel))


def _rss10(root: Any, limit: int) -> ParsedFeed:
    channel = root.find(f"{{{RSS1}}}channel")
    info = FeedInfo(
        title=_plain(_text(channel.find(f"{{{RSS1}}}title"))),
        link=_absolute(_text(channel.find(f"{{{RSS1}}}link"))),
        subtitle=_plain(_text(channel.find(f"{{{RSS1}}}description")), True),
    )
    items = root.findall(f"{{{RSS1}}}item")[:limit]
    return ParsedFeed(
        kind="rss10", feed=info, entries=tuple(_rss_item(i, RSS1) for i in items), ttl=_ttl(channel)
    )


#: Item children that carry an item's body in old or mixed dialects, which feedparser reads.
_FOREIGN_BODY = frozenset(
    {"body", "fullitem", "{http://www.w3.org/1999/xhtml}body", "{http://www.w3.org/1999/xhtml}div"}
)
MEDIA = "http://search.yahoo.com/mrss/"
ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"


#: Namespaced names of item children, formatted once.
_ATOM_PREFIX = f"{{{ATOM}}}"
_RSS1_NAMES = {name: f"{{{RSS1}}}{name}" for name in ("title", "link", "description")}
_RSS2_NAMES = {name: name for name in _RSS1_NAMES}
_MEDIA_TITLE = f"{{{MEDIA}}}title"
_MEDIA_DESCRIPTION = f"{{{MEDIA}}}description"
_CONTENT_ENCODED = f"{{{CONTENT}}}encoded"
_ITUNES_SUMMARY = f"{{{ITUNES}}}summary"
_ITUNES_AUTHOR = f"{{{ITUNES}}}author"
_DC_DATE = f"{{{DC}}}date"
_DC_CREATOR = f"{{{DC}}}creator"
_DC_SUBJECT = f"{{{DC}}}subject"
_DCTERMS_MODIFIED = f"{{{DCTERMS}}}modified"
_RDF_ABOUT = f"{{{RDF}}}about"


def _children(node: Any) -> dict[str, list[Any]]:
    """A node's child elements by name, in document order: one pass over them, where a
    ``find`` per field walked them again for each (and parsed its path)."""
    kids: dict[str, list[Any]] = {}
    for child in node:
        tag = child.tag
        if isinstance(tag, str):
            found = kids.get(tag)
            if found is None:
                kids[tag] = [child]
            else:
                found.append(child)
    return kids


def _first(kids: dict[str, list[Any]], name: str) -> Any:
    """``node.find(name)`` for a plain or namespaced child name."""
    found = kids.get(name)
    return found[0] if found else None


def _rss_item(item: Any, ns: str = "") -> RawEntry:
    kids = _children(item)
    for tag in kids:
        if tag in _FOREIGN_BODY or tag.startswith(_ATOM_PREFIX):
            raise _Unsupported
    q = _RSS1_NAMES if ns else _RSS2_NAMES
    title, title_is_html = _rss_title(_first(kids, q["title"]))
    link = _absolute(_text(_first(kids, q["link"])))
    guid = _first(kids, "guid") if not ns else None
    ident = _text(guid)
    if ns:
        ident = item.get(_RDF_ABOUT) or None
    elif (
        link is None
        and ident
        and guid is not None
        and (guid.get("isPermaLink") or "true").strip().lower() != "false"
        and ident.lower().startswith(("http://", "https://"))
    ):
        link = ident  # RSS 2.0: a permalink guid is the item's link
    if title is None:  # Media RSS and podcasts title what they carry
        title = _text(_first(kids, _MEDIA_TITLE))
        title_is_html = bool(title and _looks_like_html(title))
    content = _text(_first(kids, _CONTENT_ENCODED))
    description = _text(_first(kids, q["description"]))
    summary = None if description == content else _rss_html(description)
    if summary is None and content is None:
        extra = _text(_first(kids, _ITUNES_SUMMARY)) or _text(_first(kids, _MEDIA_DESCRIPTION))
        summary = _escape(extra) if extra else None
    published = _date(_text(_first(kids, "pubDate"))) if not ns else None
    updated = _date(_text(_first(kids, _DC_DATE)))
    if updated is None:
        updated = _date(_text(_first(kids, _DCTERMS_MODIFIED)))
    author = _text(_first(kids, "author")) if not ns else None
    if author:
        m = _EMAIL_NAME.match(author)
        author = m.group(1).strip() if m else author
    author = author or _text(_first(kids, _DC_CREATOR)) or _text(_first(kids, _ITUNES_AUTHOR))
    categories = [_text(c) for c in kids.get("category", ())] if not ns else []
    categories += [_text(c) for c in kids.get(_DC_SUBJECT, ())]
    enclosures = (
        tuple(
            # As written: feedparser's path does not resolve these either (normalize does).
            Enclosure(url=url.strip(), type=_attr(e, "type"), length=non_negative_int(e.get("length")))
            for e in kids.get("enclosure", ())
            if (url := e.get("url")) and url.strip()
        )
        if not ns
        else ()
    )
    return RawEntry(
        id=ident,
        link=link,
        title=title,
        title_is_html=title_is_html,
        summary=summary,
        content=content,
        author=author,
        published=published,
        updated=updated,
        categories=tuple(dict.fromkeys(c for c in categories if c)),
        enclosures=enclosures,
    )


def _rss_title(element: Any) -> tuple[str | None, bool]:
    text = _text(element)
    return text, bool(text and _looks_like_html(text))


def _rss_html(text: str | None) -> str | None:
    """An RSS description is HTML (feedparser's path keeps it so, whatever it looks like)."""
    return text


def _ttl(channel: Any) -> timedelta | None:
    return feed_ttl(
        {
            "ttl": _text(channel.find("ttl")),
            "sy_updateperiod": _text(channel.find(f"{{{SY}}}updatePeriod")),
            "sy_updatefrequency": _text(channel.find(f"{{{SY}}}updateFrequency")),
        }
    )


# -- Atom ---------------------------------------------------------------------------------------


def _atom(root: Any, limit: int) -> ParsedFeed:
    a = _atom_name
    title, title_type = _atom_text(root.find(a("title")))
    subtitle, subtitle_type = _atom_text(root.find(a("subtitle")))
    info = FeedInfo(
        title=_plain(title, title_type == "html"),
        link=_atom_link(root),
        subtitle=_plain(subtitle, subtitle_type == "html"),
    )
    entries = tuple(_atom_entry(e) for e in root.findall(a("entry"))[:limit])
    return ParsedFeed(kind="atom10", feed=info, entries=entries, ttl=None)


_A = {
    name: f"{{{ATOM}}}{name}"
    for name in (
        "title",
        "summary",
        "content",
        "author",
        "name",
        "email",
        "id",
        "published",
        "updated",
        "category",
        "link",
    )
}


def _atom_entry(entry: Any) -> RawEntry:
    a = _A
    kids = _children(entry)
    title, title_type = _atom_text(_first(kids, a["title"]))
    summary, summary_type = _atom_text(_first(kids, a["summary"]))
    content_element = _first(kids, a["content"])
    content, content_type = _atom_text(content_element)
    if content is not None and content_element.get("src"):
        content = None
    summary_html = _atom_html(summary, summary_type)
    content_html = _atom_html(content, content_type)
    if summary is not None and content is not None and summary.strip() == content.strip():
        summary_html = None
    author = None
    for person in kids.get(a["author"], ()):
        author = _text(person.find(a["name"])) or _text(person.find(a["email"]))
        if author:
            break
    links = kids.get(a["link"], ())
    return RawEntry(
        id=_text(_first(kids, a["id"])),
        link=_alternate(links),
        title=title,
        title_is_html=title_type == "html",
        summary=summary_html,
        content=content_html,
        author=author,
        published=_date(_text(_first(kids, a["published"]))),
        updated=_date(_text(_first(kids, a["updated"]))),
        categories=tuple(
            dict.fromkeys(
                c
                for c in ((_attr(cat, "term") or _attr(cat, "label")) for cat in kids.get(a["category"], ()))
                if c
            )
        ),
        enclosures=tuple(
            Enclosure(
                url=_absolute(href) or "",
                type=_attr(link, "type"),
                length=non_negative_int(link.get("length")),
            )
            for link in links
            if link.get("rel") == "enclosure" and (href := link.get("href")) and href.strip()
        ),
    )


def _atom_name(name: str) -> str:
    return f"{{{ATOM}}}{name}"


def _atom_text(element: Any) -> tuple[str | None, str]:
    """(text, type) of an Atom text construct; XHTML is feedparser's to read."""
    if element is None:
        return None, "text"
    kind = (element.get("type") or "text").strip().lower()
    if kind in ("xhtml", "application/xhtml+xml") or len(element):
        raise _Unsupported
    if kind in ("text/html",):
        kind = "html"
    elif kind in ("text/plain",):
        kind = "text"
    elif kind not in ("text", "html"):
        raise _Unsupported  # base64 or another media type
    return _text(element), kind


def _atom_html(text: str | None, kind: str) -> str | None:
    if text is None:
        return None
    return text if kind == "html" else _escape(text)


def _atom_link(node: Any) -> str | None:
    return _alternate(node.findall(f"{{{ATOM}}}link"))


def _alternate(links: Any) -> str | None:
    """The first alternate link of these Atom ``<link>`` elements, made absolute."""
    for link in links:
        if (link.get("rel") or "alternate").strip() == "alternate" and (link.get("href") or "").strip():
            return _absolute(link.get("href"))
    return None


# -- values -------------------------------------------------------------------------------------


def _text(element: Any) -> str | None:
    """The element's text, stripped; None when empty. Child elements mean markup that
    feedparser serializes: not this reader's job."""
    if element is None:
        return None
    if len(element):
        raise _Unsupported
    text = (element.text or "").strip()
    return text or None


def _attr(element: Any, name: str) -> str | None:
    value = (element.get(name) or "").strip()
    return value or None


def _plain(text: str | None, is_html: bool | None = None) -> str | None:
    """Feed-level titles and subtitles are plain text (HTML in them is reduced to text);
    ``is_html`` None: guessed, as feedparser does for RSS text."""
    if text and (_looks_like_html(text) if is_html is None else is_html):
        from aggregator.parse._html import html_to_text

        return html_to_text(text) or None
    return text


def _escape(text: str) -> str:
    """Plain text as HTML (as feedparser's path does it: paragraphs kept)."""
    return html.escape(text, quote=False).replace("\n\n", "<br><br>")


def _looks_like_html(text: str) -> bool:
    if not (re.search(r"</(\w+)>", text) or re.search(r"&#?\w+;", text)):
        return False
    if any(t.lower() not in _HTML_ELEMENTS for t in re.findall(r"</?(\w+)", text)):
        return False
    return all(e in html.entities.entitydefs for e in re.findall(r"&(\w+);", text))
