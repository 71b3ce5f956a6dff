"""An article page -> ArticleData: the title, date and authors it declares, and its main text.

News sites and blogs describe each article for search engines and social networks: JSON-LD
(schema.org ``NewsArticle``, ``BlogPosting``…, often inside an ``@graph``), OpenGraph
(``og:title``, ``article:published_time``) and microdata. That is a more reliable witness
than the card of a listing page, so ``enrich`` (update.py, enrich.py) prefers it.

The date and the authors are taken from the first place that has them:

- title: the headline most of the page's places agree on (parse/article_title.py): JSON-LD
  ``headline`` (else ``name``), ``og:title``, microdata, ``twitter:title``, the displayed
  ``<h1>`` (else the ``<h2>`` that agrees with them), with the ``<title>`` and the address as
  witnesses; each without the site's name (``og:site_name``, the publisher, the host);
- date: JSON-LD ``datePublished`` (not a placeholder such as year 1), ``article:published_time``,
  microdata ``datePublished``, a plain ``<meta>`` date (Dublin Core…), a ``<time datetime>``
  in the article's header, JSON-LD ``dateCreated``, the visible dateline when it writes
  its year, else htmldate's reading of the page; the dateline also gives the time of day
  to a day-only date, and corrects a time off by whole hours when it names its zone, or
  any time a ``<time datetime>`` gives; when the places that declare a date disagree (a
  draft's date in the JSON-LD, the publication's in OpenGraph), the one the dateline shows
  wins, the modification's too when the page shows it as its date (no "updated" beside it);
  a declared time without an offset gives way to a timed line of its day
  (parse/article_dateline.py);
- authors: JSON-LD ``author`` (a string, a Person or Organization, a reference by
  ``@id``, or a list of them), ``article:author`` (when it is a name, not an address),
  ``<meta name="author">``, Dublin Core's ``dc.creator``, ``citation_author``, ``byl``,
  microdata ``author``, a byline's names; the site's own name (or its first words) and an
  Organization give way to another place's person, and a declared name the byline writes
  whole ("Todd": "By Todd Bates") is taken whole (parse/article_authors.py).

The embedded metadata is read by extruct, the main text by trafilatura, and the last-resort
date by htmldate: maintained libraries that follow the sites' many variants. They are
imported at the first article read, not with the package: together they cost about 0.35 s
of import (bench/enrich.py), which every command would otherwise pay.

Pure: no network, no database, no clock. Raises ParseError and nothing else.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, time
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import lxml.html

from aggregator.exceptions import ParseError
from aggregator.parse.article_authors import as_list as _as_list
from aggregator.parse.article_authors import authors
from aggregator.parse.article_authors import resolve as _resolve
from aggregator.parse.article_authors import text as _text
from aggregator.parse.article_dateline import dateline_date, from_dateline, is_update, shown_of
from aggregator.parse.article_markup import article_root, meta_date, meta_dates, site_label
from aggregator.parse.article_title import choose_title
from aggregator.parse.listing import decode_html
from aggregator.types import ArticleData

logger = logging.getLogger(__name__)

#: schema.org types that describe an article (subtypes of CreativeWork a site uses for one
#: page of text); any type ending in "Article" counts too (NewsArticle, ReportageNewsArticle,
#: AnalysisNewsArticle, OpinionNewsArticle, TechArticle, ScholarlyArticle…).
ARTICLE_TYPES = frozenset(
    {
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "Posting",
        "Report",
        "Review",
        "CreativeWork",
        "WebPage",
    }
)
#: Preference among the matching nodes: an article type beats the generic page types.
_GENERIC = frozenset({"CreativeWork", "WebPage"})
#: Deepest JSON-LD nesting walked (a hostile page may nest without end).
MAX_DEPTH = 12
#: Dates before this year are a CMS's placeholders, not publications.
FIRST_YEAR = 1990
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ZONELESS = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_SPACE = re.compile(r"\s+")
_LEADING_H1 = re.compile(r"^\s*<h1\b[^>]*>.*?</h1>", re.S | re.I)
#: What XHTML habits wrap around a script's JSON: a CDATA section, an HTML comment, either
#: behind a JavaScript comment.
_WRAPPER = re.compile(r"^\s*(?://|/\*)?\s*(?:<!\[CDATA\[|<!--)|(?://|/\*)?\s*(?:\]\]>|-->)\s*(?:\*/)?\s*$")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_article(
    body: bytes,
    *,
    url: str,
    headers: Mapping[str, str] | None = None,
    timezone: str = "UTC",
    full: bool = False,
) -> ArticleData:
    """What the article page ``body`` says about itself.

    Args:
        url: the page's URL (after redirects), for relative links in its text.
        timezone: IANA zone for dates written without an offset.
        full: also extract the main text (``enrich = "full"``).

    Raises:
        ParseError: the body is not an HTML page.
    """
    content_type = (headers or {}).get("content-type", "")
    if content_type and content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        raise ParseError(f"the article page is not HTML (Content-Type: {content_type})", url=url)
    text = decode_html(body, content_type)
    try:
        doc = lxml.html.document_fromstring(text or "<html></html>")
    except (ValueError, lxml.etree.ParserError) as e:
        raise ParseError(f"the article page is not readable HTML: {e}", url=url) from e
    import extruct  # see the module docstring: heavy, imported at the first article

    try:
        data = extruct.extract(
            doc, base_url=url, syntaxes=["json-ld", "microdata", "opengraph"], uniform=True, errors="ignore"
        )
    except Exception as e:  # extruct raises what its parsers raise: the page is the cause
        logger.debug("embedded metadata unreadable url=%s error=%s", url, e)
        data = {}
    if "json-ld" not in data:
        # extruct drops all of a page's JSON-LD when one block is not JSON (a stray comma,
        # a template left unfilled): the others still describe the article.
        data["json-ld"] = _jsonld_blocks(doc)
    jsonld = _first_article(_walk(data.get("json-ld") or []))
    # Yoast and others name the author in a node of its own, referred to by "@id".
    by_id = {
        node["@id"]: node
        for node in _walk(data.get("json-ld") or [])
        if isinstance(node.get("@id"), str) and len(node) > 1
    }
    micro = _first_article(_walk(data.get("microdata") or []))
    og: dict[str, Any] = {}
    for item in data.get("opengraph") or []:
        for key, value in item.items():
            og.setdefault(key, value)
    tz = ZoneInfo(timezone)
    origin: dict[str, str] = {}

    site = _text(og.get("og:site_name")) or _site_name(data.get("json-ld") or [], jsonld, by_id)
    # The site also goes by its address: "… - Vegolosi.it" on the site "Vegolosi".
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    label = site_label(host)  # "… - Gala" on gala.fr
    sites = [name for name in (site, host, label) if name]
    title, where = choose_title(doc, jsonld, og, micro, sites, url)
    if where:
        origin["title"] = where
    dated = _first(
        origin,
        "published",
        [
            ("json-ld", lambda: _date(jsonld.get("datePublished"), tz)),
            ("opengraph", lambda: _date(og.get("article:published_time"), tz)),
            ("microdata", lambda: _date(micro.get("datePublished"), tz)),
            ("article", lambda: _date(meta_date(doc), tz)),
            ("article", lambda: _date(_header_time(doc), tz)),
            # The work's creation: some sites set it when the record is regenerated, later
            # than the publication every other place gives.
            ("json-ld", lambda: _date(jsonld.get("dateCreated"), tz)),
            # The page's own dateline (a line that writes its year) before a date finder's guess.
            ("article", lambda: dateline_date(doc, tz)),
            ("htmldate", lambda: _date(_htmldate(doc, url), tz)),
        ],
    )
    found = authors(doc, jsonld, og, micro, by_id, sites, origin)
    content = None
    if full:
        content = _main_text(text, url)
        if content:
            origin["content"] = "trafilatura"
    published, day_only = dated if dated else (None, False)
    if published is not None and not day_only:
        # Declared dates that disagree: the one the dateline shows.
        agreed = shown_of(doc, _declared_dates(doc, jsonld, og, micro, tz), tz)
        if agreed is not None and agreed != published:
            published, origin["published"] = agreed, "article"
    # A time declared without an offset ("2019-11-20T06:37:00") is a clock in no known zone:
    # a dateline of that day gives the time.
    declared_as = {"json-ld": jsonld.get("datePublished"), "opengraph": og.get("article:published_time")}
    zoneless = _zoneless(declared_as.get(origin.get("published", "")))
    markup = origin.get("published") == "article"
    line = from_dateline(doc, published, day_only, tz, markup=markup, zoneless=zoneless)
    if line is not None:
        published, day_only = line.when, not line.timed
        origin["published"] = "article"
    return ArticleData(
        title=title,
        published=published,
        day_only=day_only,
        authors=tuple(found),
        content=content,
        origin=origin,
    )


def _first(origin: dict[str, str], name: str, ways: list[tuple[str, Any]]) -> Any:
    """The first non-empty value of ``ways`` (each tried in turn), recording where it came from."""
    for where, way in ways:
        value = way()
        if value:
            origin[name] = where
            return value
    return None


# -- JSON-LD and microdata ---------------------------------------------------------------------


def _walk(items: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every node of a JSON-LD or microdata document: lists, ``@graph``, nested values
    (``mainEntity``, ``mainEntityOfPage``…), breadth of each level first."""
    if depth > MAX_DEPTH:
        return
    if isinstance(items, list):
        for item in items:
            yield from _walk(item, depth + 1)
    elif isinstance(items, dict):
        yield items
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "hasPart", "itemListElement"):
            if key in items:
                yield from _walk(items[key], depth + 1)


def _jsonld_blocks(doc: Any) -> list[Any]:
    """Each ``<script type="application/ld+json">`` that parses, the others skipped; a block
    wrapped in ``<![CDATA[ … ]]>`` or ``<!-- … -->`` (XHTML habits) is read inside it."""
    blocks: list[Any] = []
    for script in doc.xpath("//script[@type='application/ld+json']"):
        try:
            value = json.loads(_WRAPPER.sub("", script.text or ""), strict=False)
        except ValueError:
            continue
        blocks.extend(value if isinstance(value, list) else [value])
    return blocks


def _types(node: Mapping[str, Any]) -> set[str]:
    return {str(t).rsplit("/", 1)[-1] for t in _as_list(node.get("@type"))}


def _is_article(node: Mapping[str, Any]) -> bool:
    return any(t.endswith("Article") or t in ARTICLE_TYPES for t in _types(node))


def _first_article(nodes: Iterator[dict[str, Any]]) -> dict[str, Any]:
    """The node that describes the article: the first of an article type, else the first
    generic page node; {} when there is none."""
    generic: dict[str, Any] = {}
    for node in nodes:
        if _is_article(node):
            if not _types(node) <= _GENERIC:
                return node
            generic = generic or node
    return generic


def _site_name(
    documents: list[Any], article: Mapping[str, Any], by_id: Mapping[str, Mapping[str, Any]]
) -> str | None:
    publisher = _resolve(article.get("publisher"), by_id)
    if isinstance(publisher, dict) and _text(publisher.get("name")):
        return _text(publisher.get("name"))
    for node in _walk(documents):
        if "WebSite" in _types(node) and _text(node.get("name")):
            return _text(node.get("name"))
    return None


# -- the page's own markup ----------------------------------------------------------------------


def _header_time(doc: Any) -> str | None:
    """The ``datetime`` of the first ``<time>`` in the article's header (else the article)
    that is not an update's ("Updated: <time>", a class that says so)."""
    root = article_root(doc)
    for path in (".//header//time[@datetime]", ".//time[@datetime]"):
        for el in root.xpath(path):
            value: str = el.get("datetime", "").strip()
            if value and not is_update(el):
                return value
    return None


def _declared_dates(
    doc: Any, jsonld: Mapping[str, Any], og: Mapping[str, Any], micro: Mapping[str, Any], tz: ZoneInfo
) -> list[datetime]:
    """The publication dates with a time of day the page declares, in every place, and last
    its modification's: a page that shows that as its date (no "updated" beside it) presents
    the article as of then."""
    values = [jsonld.get("datePublished"), og.get("article:published_time"), micro.get("datePublished")]
    values += [jsonld.get("dateModified"), og.get("article:modified_time")]
    dated = [_date(value, tz) for value in [*values, *meta_dates(doc)]]
    return [when for when, day_only in (d for d in dated if d) if not day_only]


def _zoneless(value: Any) -> bool:
    """An ISO 8601 date-time written without its offset ("2019-11-20T06:37:00")."""
    text = _text(value)
    return bool(text) and bool(_ZONELESS.match(text or ""))


def _htmldate(doc: Any, url: str) -> str | None:
    import htmldate  # heavy, see the module docstring

    try:
        # A day only (htmldate rarely finds a time; its "T00:00" would move the day).
        return htmldate.find_date(
            lxml.html.tostring(doc, encoding="unicode"),
            original_date=True,
            extensive_search=True,
            outputformat="%Y-%m-%d",
        )
    except Exception as e:  # htmldate raises what its many parsers raise
        logger.debug("htmldate failed url=%s error=%s", url, e)
        return None


def _main_text(text: str, url: str) -> str | None:
    """The article's main text as HTML: paragraphs, subheadings, lists, quotes, images,
    without navigation, share bars, related articles, comments or newsletter boxes."""
    import trafilatura  # heavy, see the module docstring

    try:
        extracted = trafilatura.extract(
            text,
            url=url,
            output_format="html",
            include_comments=False,
            include_tables=True,
            include_images=True,
            include_formatting=True,
            include_links=True,
            favor_precision=True,
            deduplicate=False,
        )
    except Exception as e:  # trafilatura raises what its parsers raise
        logger.debug("main text not extracted url=%s error=%s", url, e)
        return None
    if not extracted:
        return None
    # trafilatura returns a whole document: its <body>'s children are the text; a leading
    # <h1> is the headline, which the entry's title already shows.
    body = re.search(r"<body[^>]*>(.*)</body>", extracted, re.S)
    main = _LEADING_H1.sub("", body.group(1) if body else extracted, count=1)
    return main.strip() or None


# -- values ---------------------------------------------------------------------------------------


def _date(value: Any, tz: ZoneInfo) -> tuple[datetime, bool] | None:
    """An ISO 8601 date or date-time as aware UTC, and whether it was a day only (then noon
    in ``tz``: the day is the same for every reader on either side of UTC)."""
    text = _text(value)
    if not text:
        return None
    if _DATE_ONLY.match(text):
        try:
            day = datetime.fromisoformat(text).date()
        except ValueError:
            return None
        if day.year < FIRST_YEAR:
            return None
        return datetime.combine(day, time(12), tz).astimezone(UTC), True
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        return None
    if when.year < FIRST_YEAR:
        return None  # a CMS's placeholder ("0001-01-01T00:00:00Z"), not a date
    if when.tzinfo is None:
        when = when.replace(tzinfo=tz)
    return when.astimezone(UTC), False
