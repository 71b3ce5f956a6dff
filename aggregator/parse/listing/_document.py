"""One listing page as a document: bytes decoded as a browser would, parsed by lxml; its base
URL and own title; the context (base, time zone, now, language) items are read in; the
visible-text helpers and the vocabulary of teasers (headings, "read more", metadata classes)
shared by the other modules. No decision about which elements are articles is taken here.
"""

from __future__ import annotations

import codecs
import itertools
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from aggregator.exceptions import ParseError
from aggregator.parse._dates import parse_date
from aggregator.parse._urls import canonical_url, join_url
from aggregator.parse.listing._clocks import read_date
from aggregator.parse.listing._periods import is_period
from aggregator.parse.listing._repair_articles import mend_runaways
from aggregator.parse.listing._text import FinalTree, visible_text
from aggregator.types import FeedInfo

# WHATWG Encoding: labels browsers treat as windows-1252 (iso-8859-1 and ascii included).
_WINDOWS_1252 = {
    "iso-8859-1",
    "iso8859-1",
    "latin1",
    "latin-1",
    "l1",
    "ascii",
    "us-ascii",
    "cp1252",
    "windows-1252",
    "x-cp1252",
    "cp819",
    "ibm819",
    "iso_8859-1",
    "iso-ir-100",
    "csisolatin1",
    "iso88591",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def decode_html(body: bytes, content_type: str = "") -> str:
    """Decode a page as a browser would: BOM, then the HTTP charset, then <meta charset>,
    then UTF-8; a page that claims UTF-8 but is not is read as windows-1252.

    Two departures, for pages saved or served with a charset their bytes do not have: a page
    whose bytes are plainly UTF-8 (valid, with many characters beyond ASCII) is read as UTF-8
    whatever it declares (a Chinese page re-saved as UTF-8 under its old gb2312 <meta>: read
    as gb2312 every character is wrong, and no GB text of any length is valid UTF-8 by
    chance), and a UTF-8 page with a stray invalid byte (a title cut mid-character) stays
    UTF-8, each invalid byte read as windows-1252 (a Latin-1 title pasted into a UTF-8
    template, "B\\xfcrgermeister", reads "Bürgermeister"), rather than mojibake throughout."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if body.startswith(bom):
            return body[len(bom) :].decode(encoding, "replace")
    label = None
    m = _HEADER_CHARSET.search(content_type or "")
    if m:
        label = m.group(1)
    else:
        m2 = _META_CHARSET.search(body[:4096])
        if m2:
            label = m2.group(1).decode("ascii", "ignore")
    encoding = _encoding_for(label) or "utf-8"
    if encoding != "utf-8" and (plain := _plainly_utf8(body)) is not None:
        return plain
    if encoding == "utf-8":
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            text = body.decode("utf-8", "replace")
            return (
                body.decode("utf-8", _AS_CP1252) if _mostly_valid(text) else body.decode("cp1252", "replace")
            )
    return body.decode(encoding, "replace")


#: Characters beyond ASCII a page's strictly valid UTF-8 must hold to outweigh its declared
#: charset: one or two valid sequences may be a windows-1252 accent before a symbol by chance.
_PLAIN_UTF8_CHARS = 20
#: Valid characters beyond ASCII per invalid byte above which a page claiming UTF-8 is UTF-8
#: with a stray byte, not windows-1252 mislabelled (whose every accent is an invalid byte).
_VALID_PER_INVALID = 10


def _bytes_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """A codec error handler: the bytes UTF-8 cannot read, read one by one as windows-1252."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", "replace"), error.end


_AS_CP1252 = "aggregator-utf8-cp1252"
codecs.register_error(_AS_CP1252, _bytes_as_cp1252)


def _plainly_utf8(body: bytes) -> str | None:
    """``body`` read as UTF-8 when it is strictly valid UTF-8 beyond ASCII (``_PLAIN_UTF8_CHARS``)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    beyond = (ch for ch in text if ord(ch) > 127)
    return text if sum(1 for _ in itertools.islice(beyond, _PLAIN_UTF8_CHARS)) >= _PLAIN_UTF8_CHARS else None


def _mostly_valid(text: str) -> bool:
    invalid = text.count("\ufffd")
    valid = sum(1 for ch in text if ord(ch) > 127) - invalid
    return valid > _VALID_PER_INVALID * invalid


def _encoding_for(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    if label in _WINDOWS_1252:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page cannot really be UTF-16 when its bytes declared it in ASCII: WHATWG says UTF-8.
    return "utf-8" if name.startswith("utf-16") or name == "utf-8" else name


# -- what items are read in and into ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Item:
    title: str | None
    link: str | None
    summary: str | None = None
    published: datetime | None = None
    image: str | None = None
    author: str | None = None
    #: Fields found another way than the item's method: (field, origin) pairs.
    origins: tuple[tuple[str, str], ...] = ()
    #: The date was read from a time of day alone ("14:05 Uhr"): today's at that time, unless
    #: a day heading above the item says which day.
    clock_only: bool = False
    #: The date was read from a line of plain text, no markup naming it a date
    #: (``_mentions``): on a few cards of a list, a date their texts mention.
    date_unmarked: bool = False


@dataclass(slots=True)
class Memo:
    """What one parse has read of its page's elements, kept for the rest of that parse: the
    heuristics read a teaser as a member of a scored group, then again as a part, section or
    kin of the list (a front page of 125 sections of eight teasers read each teaser 124
    times: 109 s of CPU). Only for a tree that no longer changes (``heuristic_items`` groups
    rows and headed runs first, which moves elements), and never beyond one parse: it lives
    on that parse's Context, not in the module."""

    #: Each element's teaser, by element (``_fields.heuristic_item``). The dict holds the
    #: elements, so lxml keeps one proxy per node and identity stands for the node.
    items: dict[Any, Item] = field(default_factory=dict)
    #: The elements' visible texts, kept while this memo lives (``_text.FinalTree``).
    final: FinalTree | None = None

    @classmethod
    def of(cls, doc: Any) -> Memo:
        """The memo of a parse whose tree ``doc`` is final from now on."""
        return cls(final=FinalTree(doc))


@dataclass(frozen=True, slots=True)
class Context:
    base: str
    timezone: str
    now: datetime
    day_first: bool
    #: The page's language, lowercase ("de", "en-us"), "" when it does not say.
    lang: str = ""
    #: The address the page was read from ("…?start=80"), which ``base`` may not be (a
    #: <base href> naming the listing's first page); "" when not told (then ``base`` is used).
    page: str = ""
    #: What this parse has read of a tree that no longer changes; None before (Memo).
    memo: Memo | None = field(default=None, compare=False, repr=False)

    def date(self, text: str | None) -> datetime | None:
        # ``now``'s zone is part of the key: equal instants in two zones are equal datetimes.
        return _read_date(text or "", self.now, self.now.tzinfo, self.timezone, self.day_first, self.lang)

    def url(self, href: str | None) -> str | None:
        if not href:
            return None
        return _absolute_url(self.base, href)


# The heuristics ask the same few strings again and again (a card's date line as a member of
# each candidate group, as each of its ancestors' text; every card's links): a blog page of
# 1,300 candidate items asked 12,700 dates and resolved 9,000 links. Both reads depend on
# their arguments alone, and return immutable values, so they are kept by argument, bounded.


@lru_cache(maxsize=8192)
def _read_date(
    text: str, now: datetime, zone: object, timezone: str, day_first: bool, lang: str
) -> datetime | None:
    """``Context.date``: ``zone`` is ``now``'s, in the key only."""
    if text and is_period(text, lang or None):
        return None  # "13. bis 19. Oktober": an event's days, not a publication's
    return read_date(
        text,
        lambda t: parse_date(t, now=now, timezone=timezone, day_first=day_first, lang=lang or None),
        timezone,
    )


@lru_cache(maxsize=8192)
def _absolute_url(base: str, href: str) -> str | None:
    """``Context.url``: an http(s) address, canonical, or None."""
    href = href.strip()
    try:
        absolute = join_url(base, href)
    except ValueError:
        return None
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return canonical_url(absolute)


def read_document(text: str) -> Any:
    # lxml refuses str input that carries an XML encoding declaration.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    # Its HTML parser keeps control characters that its API then refuses to set as text
    # (ValueError when an excerpt is cut out of a page; found by fuzzing): drop them here.
    text = _XML_ILLEGAL.sub("", text)
    try:
        doc = lxml.html.document_fromstring(
            text or "<html></html>", parser=lxml.html.HTMLParser(remove_comments=True)
        )
    except (etree.ParserError, ValueError) as e:
        raise ParseError(f"not a readable HTML page: {e}") from e
    mend_runaways(doc, text)
    _group_definitions(doc)
    return doc


def _group_definitions(doc: Any) -> None:
    """Wrap each term of a definition list with its descriptions in a <div>, as HTML allows
    (``<dl><div><dt>…</dt><dd>…</dd></div></dl>``): a list of entries written as terms (the
    linked title) and descriptions (the excerpt, the byline) then reads as one block per
    entry, like any other list. Lists already grouped are left alone."""
    for dl in list(doc.iter("dl")):
        children = [c for c in dl if isinstance(c.tag, str)]
        if not any(c.tag == "dt" for c in children) or any(c.tag == "div" for c in children):
            continue
        groups: list[list[Any]] = []
        current: list[Any] | None = None
        for child in children:
            if child.tag == "dt" and not (current and all(g.tag == "dt" for g in current)):
                current = []
                groups.append(current)
            if child.tag not in ("dt", "dd"):
                current = None  # a heading between entries (a day's) belongs to none of them
            elif current is not None:
                current.append(child)
        for group in groups:
            wrapper = etree.Element("div")
            group[0].addprevious(wrapper)
            wrapper.extend(group)  # moves the elements, with their tails


#: What XML 1.0 does not allow, which lxml refuses in text: C0 controls other than tab, line
#: feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def page_language(doc: Any) -> str:
    """The page's language, lowercase with a hyphen ("en-us"): <html lang>, else og:locale,
    else Content-Language; "" when none says."""
    lang = doc.get("lang") or doc.get("xml:lang") or ""
    if not lang.strip():
        for meta in doc.iter("meta"):
            if (
                meta.get("property") == "og:locale"
                or (meta.get("http-equiv") or "").lower() == "content-language"
            ):
                lang = meta.get("content") or ""
                if lang.strip():
                    break
    return lang.strip().lower().replace("_", "-")


def base_url(doc: Any, url: str) -> str:
    for base in doc.iter("base"):
        href: str | None = base.get("href")
        if href:
            joined = urljoin(url, href.strip())
            if joined.startswith(("http://", "https://")):
                return joined
    return url


def feed_info(doc: Any, base: str) -> FeedInfo:
    title = None
    for meta in doc.iter("meta"):
        if meta.get("property") == "og:site_name" and meta.get("content"):
            title = meta.get("content")
    page_title = visible_text(doc.find(".//title"))
    if page_title:
        title = page_title
    description = None
    for meta in doc.iter("meta"):
        if (meta.get("name") or "").lower() == "description" and meta.get("content"):
            description = meta.get("content")
            break
    return FeedInfo(title=title, link=base, subtitle=description)
