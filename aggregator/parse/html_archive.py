"""HTML listing pages ("tag archives") -> ParsedFeed, with or without CSS selectors.

The entries of a page are found by the first of these that yields any:
1. the source's ``[sources.select]`` CSS selectors;
2. structured data: a JSON-LD ``ItemList`` or several ``Article``/``NewsArticle`` objects;
3. microformats: ``h-entry`` elements;
4. heuristics: the group of repeated sibling blocks that best looks like a list of article
   teasers (see ``_score_group`` for the signals and why).
Besides the entries it reports the page's "next page" link (for backfill), a feed the page
advertises for this same listing (preferred over the page), and the selectors it detected
(shown by ``aggregator preview``). Pure: ``now`` is an argument.
"""

from __future__ import annotations

import codecs
import copy
import html
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector

from aggregator.config import SelectConfig
from aggregator.exceptions import ParseError
from aggregator.parse._dates import parse_date
from aggregator.parse._urls import canonical_url
from aggregator.tag import fold
from aggregator.types import FeedInfo, ParsedFeed, RawEntry

#: Most entries taken from one page.
MAX_ITEMS = 200
NO_LIST = "no list of articles found on the page; add [sources.select] selectors for it"

# -- decoding ---------------------------------------------------------------------------------

# WHATWG Encoding: labels browsers treat as windows-1252 (iso-8859-1 and ascii included).
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii",
                 "cp1252", "windows-1252", "x-cp1252", "cp819", "ibm819", "iso_8859-1",
                 "iso-ir-100", "csisolatin1", "iso88591"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def decode_html(body: bytes, content_type: str = "") -> str:
    """Decode a page as a browser would: BOM, then the HTTP charset, then <meta charset>,
    then UTF-8; a page that claims UTF-8 but is not is read as windows-1252."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if body.startswith(bom):
            return body[len(bom):].decode(encoding, "replace")
    label = None
    m = _HEADER_CHARSET.search(content_type or "")
    if m:
        label = m.group(1)
    else:
        m2 = _META_CHARSET.search(body[:4096])
        if m2:
            label = m2.group(1).decode("ascii", "ignore")
    encoding = _encoding_for(label) or "utf-8"
    if encoding == "utf-8":
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            return body.decode("cp1252", "replace")
    return body.decode(encoding, "replace")


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


# -- entry point ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Item:
    title: str | None
    link: str | None
    summary: str | None = None
    published: datetime | None = None
    image: str | None = None


def parse_archive(body: bytes, *, url: str, headers: Mapping[str, str] | None = None,
                  select: SelectConfig | None = None, timezone: str = "UTC",
                  now: datetime) -> ParsedFeed:
    """Read an HTML listing page.

    Raises:
        ParseError: no entries could be found (never a silent empty result).
    """
    text = decode_html(body, (headers or {}).get("content-type", ""))
    doc = _document(text)
    base = _base_url(doc, url)
    lang = (doc.get("lang") or "").lower()
    ctx = _Context(base=base, timezone=timezone, now=now, day_first=not lang.startswith("en-us"))
    info = _feed_info(doc, base)
    alternate = _same_listing_feed(doc, base)

    method, items, selectors = _find_items(doc, select, ctx)
    items = _dedupe(item for item in items if item.link)[:MAX_ITEMS]
    next_page = _next_page(doc, base, select.next if select else None)
    if not items:
        if method == "selectors":
            raise ParseError(f"the selectors of [sources.select] found no article "
                             f"(item = {select.item!r})" if select else NO_LIST)
        raise ParseError(NO_LIST)
    if next_page:
        selectors.setdefault("next", "(next page link found)")
    return ParsedFeed(
        kind="html",
        feed=info,
        entries=tuple(_raw_entry(item) for item in items),
        next_page=next_page,
        alternate_feed=alternate,
        detected={"method": method, **selectors},
    )


def _find_items(doc: Any, select: SelectConfig | None, ctx: _Context
                ) -> tuple[str, list[_Item], dict[str, str]]:
    """(method, items, selectors): the first way of finding entries that yields some."""
    if select and select.item:
        selectors = {k: v for k in ("item", "title", "link", "summary", "date")
                     if (v := getattr(select, k))}
        return "selectors", list(_select_items(doc, select, ctx)), selectors
    for method, finder in (("json-ld", _jsonld_items), ("h-entry", _hentry_items)):
        items = [i for i in finder(doc, ctx) if i.link]
        if len(items) >= 2:
            return method, items, {}
    items, selectors = _heuristic_items(doc, ctx)
    return "heuristic", items, selectors


@dataclass(frozen=True, slots=True)
class _Context:
    base: str
    timezone: str
    now: datetime
    day_first: bool

    def date(self, text: str | None) -> datetime | None:
        return parse_date(text, now=self.now, timezone=self.timezone, day_first=self.day_first)

    def url(self, href: str | None) -> str | None:
        if not href:
            return None
        href = href.strip()
        try:
            absolute = urljoin(self.base, href)
        except ValueError:
            return None
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return None
        return canonical_url(absolute)


def _document(text: str) -> Any:
    # lxml refuses str input that carries an XML encoding declaration.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    # Its HTML parser keeps control characters that its API then refuses to set as text
    # (ValueError when an excerpt is cut out of a page; found by fuzzing): drop them here.
    text = _XML_ILLEGAL.sub("", text)
    try:
        doc = lxml.html.document_fromstring(text or "<html></html>",
                                            parser=lxml.html.HTMLParser(remove_comments=True))
    except (etree.ParserError, ValueError) as e:
        raise ParseError(f"not a readable HTML page: {e}") from e
    return doc


#: What XML 1.0 does not allow, which lxml refuses in text: C0 controls other than tab, line
#: feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _base_url(doc: Any, url: str) -> str:
    for base in doc.iter("base"):
        href = base.get("href")
        if href:
            joined = urljoin(url, href.strip())
            if joined.startswith(("http://", "https://")):
                return joined
    return url


def _feed_info(doc: Any, base: str) -> FeedInfo:
    title = None
    for meta in doc.iter("meta"):
        if meta.get("property") == "og:site_name" and meta.get("content"):
            title = meta.get("content")
    page_title = _text(doc.find(".//title"))
    if page_title:
        title = page_title
    description = None
    for meta in doc.iter("meta"):
        if (meta.get("name") or "").lower() == "description" and meta.get("content"):
            description = meta.get("content")
            break
    return FeedInfo(title=title, link=base, subtitle=description)


# -- alternate feeds and pagination ------------------------------------------------------------

_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/feed+json",
               "application/rdf+xml"}


_PAGE_SUFFIX = re.compile(r"/page/\d+/?$")


def _listing_paths(doc: Any, base: str) -> set[str]:
    """Paths that name this listing: the page's own (without /page/N/), its canonical URL's,
    its shortlink's (Drupal's /taxonomy/term/42 behind a /tags/kremlin alias)."""
    urls = [base]
    for link in doc.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        if ("canonical" in rels or "shortlink" in rels) and link.get("href"):
            urls.append(urljoin(base, link.get("href").strip()))
    host = urlsplit(base).hostname
    paths = set()
    for url in urls:
        parts = urlsplit(url)
        if parts.hostname != host:
            continue
        path = _PAGE_SUFFIX.sub("/", parts.path)
        path = path if path.endswith("/") else path + "/"
        if path != "/":
            paths.add(path)
    return paths


def _same_listing_feed(doc: Any, base: str) -> str | None:
    """A feed the page advertises for this same listing: under one of the listing's paths (a
    WordPress tag or category feed, say). Site-wide and comment feeds do not qualify."""
    page = urlsplit(base)
    listing = _listing_paths(doc, base)
    for link in doc.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        if "alternate" not in rels or (link.get("type") or "").lower() not in _FEED_TYPES:
            continue
        href = link.get("href")
        if not href:
            continue
        feed = urlsplit(urljoin(base, href.strip()))
        if feed.scheme not in ("http", "https") or feed.hostname != page.hostname:
            continue
        if "comment" in feed.path.lower() or "comment" in (link.get("title") or "").lower():
            continue
        if any(feed.path.startswith(path) for path in listing) and feed.path != page.path:
            return feed.geturl()
    return None


_NEXT_TEXT = re.compile(r"^(?:page suivante|suivante?|suite des articles|articles (?:plus )?anciens|"
                        r"articles precedents|next(?: page)?|older(?: posts| entries| articles)?|"
                        r"more (?:posts|articles|stories)|»|›|>|→)\s*[»›>→]?$")


_NEXT_CLASS = re.compile(r"(?:^|[\s_-])(next|suivant|suivante)(?:$|[\s_-])")


def _next_page(doc: Any, base: str, selector: str | None) -> str | None:
    candidates: list[str | None] = []
    if selector:
        for el in CSSSelector(selector)(doc):
            candidates.append(el.get("href") if el.tag == "a" else _first_href(el))
    for link in doc.iter("link", "a"):
        if "next" in (link.get("rel") or "").lower().split():
            candidates.append(link.get("href"))
    for a in doc.iter("a"):
        classes = (a.get("class") or "").lower()
        if _NEXT_CLASS.search(classes) or _NEXT_TEXT.match(fold(_text(a) or "")):
            candidates.append(a.get("href"))
    page = canonical_url(base)
    host = urlsplit(base).hostname
    for href in candidates:
        if not href:
            continue
        url = urljoin(base, href.strip())
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.hostname == host \
                and canonical_url(url) != page:
            return url
    return None


def _first_href(el: Any) -> str | None:
    for a in el.iter("a"):
        if a.get("href"):
            return str(a.get("href"))
    return None


# -- explicit selectors -----------------------------------------------------------------------

def _select_items(doc: Any, select: SelectConfig, ctx: _Context) -> Iterator[_Item]:
    def first(el: Any, selector: str | None) -> Any:
        if not selector:
            return None
        found = CSSSelector(selector)(el)
        return found[0] if found else None

    for el in CSSSelector(select.item)(doc):  # type: ignore[arg-type]
        title_el = first(el, select.title)
        link_el = first(el, select.link) if select.link else title_el
        if link_el is None:
            link_el = _main_link(el)
        href = None
        if link_el is not None:
            href = link_el.get("href") if link_el.get("href") else _first_href(link_el)
            if href is None and link_el.tag != "a":
                href = _closest_href(link_el)
        title = _text(title_el) if title_el is not None else _text(link_el)
        summary_el = first(el, select.summary)
        date_el = first(el, select.date)
        if date_el is not None:
            published = ctx.date(date_el.get("datetime") or date_el.get("content")) \
                or ctx.date(_text(date_el))
        else:
            published, date_el = _item_date(el, ctx)
        yield _Item(
            title=title,
            link=ctx.url(href),
            summary=_paragraphs_html(summary_el, exclude=title) if summary_el is not None
            else _excerpt(el, title_el if title_el is not None else link_el, title, date_el),
            published=published,
            image=_image(el, ctx),
        )


def _closest_href(el: Any) -> str | None:
    for ancestor in el.iterancestors("a"):
        if ancestor.get("href"):
            return str(ancestor.get("href"))
    return None


# -- structured data --------------------------------------------------------------------------

_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle",
                  "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
                  "backgroundnewsarticle", "techarticle", "scholarlyarticle", "liveblogposting",
                  "socialmediaposting", "posting"}


def _jsonld_items(doc: Any, ctx: _Context) -> Iterator[_Item]:
    lists: list[list[Any]] = []
    articles: list[dict[str, Any]] = []
    for script in doc.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except ValueError:
            continue
        for node in _walk_jsonld(data):
            types = {str(t).lower() for t in _as_list(node.get("@type"))}
            if "itemlist" in types and isinstance(node.get("itemListElement"), list):
                lists.append(node["itemListElement"])
            elif types & _ARTICLE_TYPES:
                articles.append(node)
    links = {ctx.url(a.get("href")): a for a in doc.iter("a") if a.get("href")}
    lists = [lst for lst in lists if _article_count(lst)]
    if lists:
        # The page's article list, not its menu (an ItemList of SiteNavigationElement).
        best = max(lists, key=_article_count)
        ordered = sorted(best, key=lambda e: e.get("position", 0) if isinstance(e, dict)
                         and isinstance(e.get("position"), int) else 0)
        for element in ordered:
            if isinstance(element, str):
                element = {"url": element}
            if not isinstance(element, dict):
                continue
            node = element.get("item") if isinstance(element.get("item"), dict) else element
            yield _jsonld_item(node, element, ctx, links)
        return
    for node in articles:
        yield _jsonld_item(node, node, ctx, links)


def _article_count(elements: list[Any]) -> int:
    """How many elements of an ItemList look like articles (not menu or breadcrumb items)."""
    count = 0
    for element in elements:
        if isinstance(element, str):
            count += 1
            continue
        if not isinstance(element, dict):
            continue
        node = element.get("item") if isinstance(element.get("item"), dict) else element
        types = {str(t).lower() for t in _as_list(node.get("@type"))}
        if types & _ARTICLE_TYPES or (types <= {"listitem"} and (node.get("url") or
                                                               isinstance(element.get("item"), str))):
            count += 1
    return count


def _jsonld_item(node: dict[str, Any], outer: dict[str, Any], ctx: _Context,
                 links: Mapping[str | None, Any]) -> _Item:
    url = ctx.url(_str(node.get("url")) or _str(node.get("@id")) or _str(outer.get("url"))
                  or (_str(outer.get("item")) if isinstance(outer.get("item"), str) else None))
    title = _str(node.get("headline")) or _str(node.get("name")) or _str(outer.get("name"))
    anchor = links.get(url)
    if not title and anchor is not None:
        title = _text(anchor)
    description = _str(node.get("description")) or _str(node.get("abstract"))
    image = node.get("image")
    if isinstance(image, list):
        image = image[0] if image else None
    if isinstance(image, dict):
        image = image.get("url")
    return _Item(title=title, link=url,
                 summary=f"<p>{html.escape(description)}</p>" if description else None,
                 published=ctx.date(_str(node.get("datePublished")) or _str(node.get("dateCreated"))),
                 image=ctx.url(image) if isinstance(image, str) else None)


def _walk_jsonld(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 8:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_jsonld(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "hasPart"):
            if key in data:
                yield from _walk_jsonld(data[key], depth + 1)


def _hentry_items(doc: Any, ctx: _Context) -> Iterator[_Item]:
    for el in doc.iter():
        if not isinstance(el.tag, str) or "h-entry" not in (el.get("class") or "").split():
            continue
        name = _first_class(el, "p-name")
        url_el = _first_class(el, "u-url")
        link = url_el.get("href") if url_el is not None else None
        title_el = name if name is not None else _heading(el)
        if link is None:
            main = _main_link(el)
            link = main.get("href") if main is not None else None
        date_el = _first_class(el, "dt-published")
        published = None
        if date_el is not None:
            published = ctx.date(date_el.get("datetime") or date_el.get("title")
                                 or _text(date_el))
        if published is None:
            published, date_el = _item_date(el, ctx)
        summary_el = _first_class(el, "p-summary")
        if summary_el is None:
            summary_el = _first_class(el, "e-content")
        title = _text(title_el)
        yield _Item(title=title, link=ctx.url(link),
                    summary=_paragraphs_html(summary_el, exclude=title) if summary_el is not None
                    else _excerpt(el, title_el, title, date_el),
                    published=published, image=_image(el, ctx))


def _first_class(el: Any, cls: str) -> Any:
    for child in el.iter():
        if child is not el and isinstance(child.tag, str) and cls in (child.get("class") or "").split():
            return child
    return None


# -- heuristics -------------------------------------------------------------------------------
#
# A listing page is a repeated block ("teaser": a linked title, often an excerpt, a date, an
# image) among other repeated blocks that are not articles: menus, pagers, tag clouds,
# sidebar lists ("Articles récents", "Les plus lus"), footers. Candidates are groups of
# sibling elements with the same tag, each holding a link. Each group is scored on what
# distinguishes article teasers from those other lists:
# - titles are sentences (several words, tens of characters), menu items are one or two words;
# - teasers carry an excerpt and a date; sidebar lists usually carry only the title;
# - the title sits in a heading (h2/h3) or is the block's dominant link;
# - links lead to article-like URLs on the site (long slugs, dates, .html), not to
#   /tag/, /category/, /author/ or /page/ pages;
# - the list lives in the main content: groups inside <nav>, <header>, <footer>, <aside>, or
#   elements named like menu, sidebar, widget, footer, pagination, related, popular... are
#   penalized; groups under <main>, role=main, #content are favoured;
# - a block holding many article links is a container of lists, not a teaser.
# The score multiplies an average quality by log2(1 + number of items), so a long list wins
# over a short one of the same quality, but not over a clearly better one.

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_OFF_CONTENT = re.compile(
    r"(?:^|[\s_-])(nav|navbar|navigation|menu|menus|sidebar|side|widget|widgets|footer|header|"
    r"masthead|breadcrumbs?|pagination|pager|paging|page-numbers|related|popular|populaires?|"
    r"most-read|plus-lus|les-plus-lus|trending|share|sharing|social|comments?|tagcloud|"
    r"tag-cloud|tags|cloud|recent-posts|recent|newsletter|ad|ads|advert|promo|sponsor|"
    r"cookie|footer-links|skip-link|dropdown|submenu|toolbar|topbar|aside)(?:$|[\s_-])", re.I)
_MAIN_CONTENT = re.compile(r"(?:^|[\s_-])(main|content|primary|archive|posts|articles|"
                           r"river|list|listing|results|feed|stream|loop|view-content)(?:$|[\s_-])",
                           re.I)
_NON_ARTICLE_PATH = re.compile(r"/(tag|tags|category|categories|categorie|rubrique|author|auteur|"
                               r"page|search|recherche|login|account|abonnement|subscribe|"
                               r"newsletter|contact|about|a-propos|mentions-legales|cgu|"
                               r"privacy|feed|rss)(/|$)", re.I)
_READ_MORE = re.compile(r"^(?:\[?…\]?|\.\.\.|»|→|>|lire la suite|lire plus|la suite|suite|"
                        r"continuer la lecture|continuer a lire|lire l'article|voir l'article|"
                        r"en savoir plus|read more|read the rest|read full (?:story|article)|"
                        r"continue reading|keep reading|more|plus)\b", re.I)
_HIDDEN = re.compile(r"(?:^|\s)(screen-reader-text|sr-only|visually-hidden|visuallyhidden|"
                     r"element-invisible|hidden|hide|a11y-hidden|u-visually-hidden)(?:$|\s)", re.I)
_META_CLASS = re.compile(r"(?:^|[\s_-])(date|time|posted-on|published|byline|author|meta|"
                         r"entry-meta|post-meta|categories|category|cat-links|tags-links|"
                         r"tags|comments-link|share|kicker|surtitre|label|badge|flag|pill|"
                         r"premium|abonnes|subscriber|reading-time)(?:$|[\s_-])", re.I)
_DROP = ("script", "style", "noscript", "template", "svg", "button", "form", "iframe",
         "select", "input", "textarea", "figure", "picture", "img", "video", "audio", "nav")


def _heuristic_items(doc: Any, ctx: _Context) -> tuple[list[_Item], dict[str, str]]:
    body = doc.find("body")
    if body is None:
        return [], {}
    best: tuple[float, list[Any], list[_Item]] | None = None
    scored: list[tuple[float, list[Any], list[_Item]]] = []
    for members in _candidate_groups(body):
        items = [_heuristic_item(el, ctx) for el in members]
        score = _score_group(members, items, ctx)
        scored.append((score, members, items))
        if score > 0 and (best is None or score > best[0]):
            best = (score, members, items)
    if best is None:
        return [], {}
    _, members, items = best
    groups = [(members, items), *_sibling_groups(members, scored)]
    groups.sort(key=lambda group: _document_position(group[0][0]))
    found = [i for _, group_items in groups for i in group_items if i.link and i.title]
    return found, _describe(members)


def _sibling_groups(best: list[Any], scored: list[tuple[float, list[Any], list[_Item]]]
                    ) -> list[tuple[list[Any], list[_Item]]]:
    """Other groups of the same kind of teaser as the best one: "featured" cards in a
    carousel above the grid of the same cards. Same tag, a class shared with the best
    group's items, outside it, and scored as a listing too."""
    classes = {c for c in _classes(best[0]) if all(c in _classes(m) for m in best)}
    if not classes:
        return []
    # A set of the elements themselves: lxml keeps one proxy per node while it is referenced.
    inside = {el for member in best for el in member.iter()}
    found = []
    for score, members, items in scored:
        if members is best or score <= 0 or members[0].tag != best[0].tag:
            continue
        if any(el in inside for m in members for el in [m, *m.iterancestors()]):
            continue
        if all(classes & _classes(m) for m in members):
            found.append((members, items))
            inside.update(el for member in members for el in member.iter())
    return found


def _classes(el: Any) -> set[str]:
    return {c for c in (el.get("class") or "").split() if not re.search(r"\d", c)}


def _document_position(el: Any) -> int:
    """Rank of ``el`` in document order."""
    for i, node in enumerate(el.getroottree().getroot().iter()):
        if node is el:
            return i
    return 0


def _candidate_groups(body: Any) -> Iterator[list[Any]]:
    for parent in body.iter():
        if not isinstance(parent.tag, str) or parent.tag in _DROP:
            continue
        by_tag: dict[str, list[Any]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag not in _DROP:
                by_tag.setdefault(child.tag, []).append(child)
        for tag, members in by_tag.items():
            linked = [m for m in members if (m.tag == "a" and m.get("href")) or
                      any(a.get("href") for a in m.iter("a"))]
            if len(linked) >= 2 or (len(linked) == 1 and tag == "article"):
                yield linked


def _heuristic_item(el: Any, ctx: _Context) -> _Item:
    link_el = _title_link(el)
    if link_el is None:
        return _Item(title=None, link=None)
    heading = _heading(el)
    in_heading = heading is not None and (link_el in heading.iter() or heading in link_el.iter())
    title_el = heading if in_heading else link_el
    title = _text(title_el)
    # A title outside any heading must not sit inside a sentence: a paragraph with a link in
    # it is prose, not a teaser. A lone <article> (one post's page) needs a linked heading.
    if not in_heading and (el.tag == "article" or _inline_in_text(link_el)):
        return _Item(title=None, link=None)
    published, date_el = _item_date(el, ctx)
    return _Item(title=title, link=ctx.url(link_el.get("href")),
                 summary=_excerpt(el, title_el, title, date_el), published=published,
                 image=_image(el, ctx))


def _inline_in_text(link: Any) -> bool:
    """True for a link inside running text: words right before or after it."""
    previous = link.getprevious()
    before = (previous.tail if previous is not None else link.getparent().text) or ""
    after = link.tail or ""
    return bool(re.search(r"\w[\s,;:«»\"'’(]*$", before) or re.match(r"^[\s,;:»\"’)]*\w", after))


def _title_link(el: Any) -> Any:
    """The link that carries an item's title: in (or around) its first heading, else its
    longest-texted link that is not a "read more"."""
    if el.tag == "a" and el.get("href"):
        return el
    heading = _heading(el)
    if heading is not None:
        for a in heading.iter("a"):
            if a.get("href"):
                return a
        for a in heading.iterancestors("a"):
            if a.get("href"):
                return a
    return _main_link(el)


def _main_link(el: Any) -> Any:
    best, best_len = None, 0
    for a in el.iter("a"):
        text = _text(a) or ""
        if not a.get("href") or _READ_MORE.match(fold(text)) or _is_hidden(a):
            continue
        if len(text) > best_len:
            best, best_len = a, len(text)
    return best


def _heading(el: Any) -> Any:
    for child in el.iter(*_HEADINGS):
        if (_text(child) or "").strip():
            return child
    return None


def _score_group(members: list[Any], items: list[_Item], ctx: _Context) -> float:
    usable = [i for i in items if i.link and i.title]
    if not usable or (len(usable) < 2 and members[0].tag != "article"):
        return 0.0
    n = len(usable)
    distinct = len({i.link for i in usable})
    words = sorted(len((i.title or "").split()) for i in usable)
    median_words = words[len(words) // 2]
    if median_words < 3 and not any(el.tag == "article" for el in members):
        return 0.0  # menus, tag clouds, pagers: one- or two-word links
    excerpts = sum(bool(i.summary) for i in usable) / n
    dates = sum(bool(i.published) for i in usable) / n
    headings = sum(_heading(m) is not None for m in members) / len(members)
    article_links = sum(_article_like(i.link, ctx.base) for i in usable) / n
    placement = _placement(members[0].getparent())
    # A bare list of links is an article listing only in the main content, with sentence-long
    # titles leading to articles; elsewhere (footers, sidebars) it is navigation.
    if max(excerpts, dates, headings) < 0.5 and not (
            placement >= 1.0 and article_links >= 0.8 and median_words >= 5):
        return 0.0
    quality = min(median_words, 12) / 12 * 2.0
    quality += 3.0 * excerpts + 2.0 * dates + 2.0 * headings + 2.0 * article_links
    quality += 0.5 * sum(bool(i.image) for i in usable) / n
    if members[0].tag in ("article", "li", "tr"):
        quality += 0.5
    quality *= distinct / n
    links_per_item = sum(len({a.get("href") for a in m.iter("a") if a.get("href")})
                         for m in members) / len(members)
    if links_per_item > 6:
        quality *= 0.3
    return quality * placement * math.log2(1 + n)


def _placement(el: Any) -> float:
    """< 1 for lists in navigation, sidebars and footers; > 1 for lists in the main content."""
    factor = 1.0
    for node in [el, *el.iterancestors()]:
        if not isinstance(node.tag, str):
            continue
        if node.tag in ("nav", "footer", "aside", "header"):
            factor *= 0.2
        elif node.tag == "main" or (node.get("role") or "") == "main":
            factor *= 1.5
        names = f"{node.get('id') or ''} {node.get('class') or ''}"
        if node.get("role") in ("navigation", "complementary", "contentinfo", "banner"):
            factor *= 0.2
        elif _OFF_CONTENT.search(names):
            factor *= 0.3
        elif _MAIN_CONTENT.search(names):
            factor *= 1.2
    return factor


def _article_like(url: str | None, base: str) -> bool:
    if not url:
        return False
    parts, page = urlsplit(url), urlsplit(base)
    if parts.hostname != page.hostname and not (parts.hostname or "").endswith(
            "." + ".".join((page.hostname or "").split(".")[-2:])):
        return False
    path = parts.path
    if _NON_ARTICLE_PATH.search(path):
        return False
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return bool(re.search(r"\d{3,}|\.s?html?$|\w+-\w+-\w+", last) or path.count("/") >= 3)


def _describe(members: list[Any]) -> dict[str, str]:
    """CSS selectors for what the heuristics chose, to copy into [sources.select]."""
    first = members[0]
    shared = _shared_class(members)
    item = f"{_css_path(first.getparent())} > {_css_step(first, with_class=shared, item=True)}"
    out = {"item": item}
    link = _title_link(first)
    if link is not None:
        out["title"] = _relative_path(first, link) or "a"
    for el in first.iter():
        if el.tag == "time":
            out["date"] = "time"
            break
    return out


def _shared_class(members: list[Any]) -> str | None:
    counts = Counter(c for m in members for c in set((m.get("class") or "").split()))
    shared = [c for c, n in counts.items() if n == len(members) and not re.search(r"\d", c)]
    return shared[0] if shared else None


def _css_step(el: Any, with_class: str | None = None, item: bool = False) -> str:
    """A CSS step for ``el``: tag#id for a container, tag.class shared by all for an item
    (items' ids differ from one to the next: post-4821, post-4820...)."""
    if not item and el.get("id") and re.match(r"^[A-Za-z][\w-]*$", el.get("id")):
        return f"{el.tag}#{el.get('id')}"
    cls = with_class
    if cls is None:
        classes = [c for c in (el.get("class") or "").split() if re.match(r"^[A-Za-z][\w-]*$", c)
                   and not re.search(r"\d", c)]
        cls = classes[0] if classes else None
    return f"{el.tag}.{cls}" if cls else str(el.tag)


def _css_path(el: Any) -> str:
    steps = []
    node = el
    while node is not None and isinstance(node.tag, str) and node.tag not in ("html",):
        steps.append(_css_step(node))
        if "#" in steps[-1] or node.tag == "body":
            break
        node = node.getparent()
    return " > ".join(reversed(steps))


def _relative_path(root: Any, el: Any) -> str:
    steps = []
    node = el
    while node is not None and node is not root:
        steps.append(str(node.tag))
        node = node.getparent()
    return " ".join(reversed(steps)) if node is root else ""


# -- inside one item --------------------------------------------------------------------------

#: A block of at most this many words may be a date line ("Par Anna Reyes · 5 janv. 2026");
#: longer text is prose, whose dates are those of events, not of the article.
DATE_LINE_WORDS = 10


def _item_date(el: Any, ctx: _Context) -> tuple[datetime | None, Any]:
    """The item's date and the element it was read from: <time datetime>, then date
    metadata, then date-like classes, then a short line of text outside the excerpt."""
    for t in el.iter("time"):
        found = ctx.date(t.get("datetime")) or ctx.date(_text(t))
        if found:
            return found, t
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        if node.get("itemprop") in ("datePublished", "dateCreated") or node.get("property") in (
                "article:published_time", "datePublished"):
            found = ctx.date(node.get("content") or node.get("datetime") or _text(node))
            if found:
                return found, node
    for node in el.iter():
        if isinstance(node.tag, str) and node.tag not in ("a", *_HEADINGS) and \
                _META_CLASS.search(node.get("class") or "") and \
                len((_text(node) or "").split()) <= 3 * DATE_LINE_WORDS:
            found = ctx.date(_text(node))
            if found:
                return found, node
    for node in el.iter():  # short text blocks: "Publié le 21 janvier 2026"
        if not isinstance(node.tag, str) or node.tag in ("a", *_HEADINGS):
            continue
        text = _own_text(node)
        if text and len(text.split()) <= DATE_LINE_WORDS:
            found = ctx.date(text)
            if found:
                return found, node
    return None, None


def _excerpt(el: Any, title_el: Any, title: str | None, date_el: Any = None) -> str | None:
    """The teaser text of an item, as HTML paragraphs: without its title, its date line,
    bylines, images, "read more" links and the hidden text screen readers get."""
    clone = copy.deepcopy(el)
    removals = []
    for original in (title_el, date_el):
        path = _path_to(el, original) if original is not None else None
        target = _follow(clone, path) if path else None
        if target is None:
            continue
        heading = next((h for h in [target, *target.iterancestors()] if h.tag in _HEADINGS), None)
        removals.append(heading if heading is not None and heading is not clone else target)
    for node in clone.iter():
        if not isinstance(node.tag, str) or node is clone:
            continue
        if _is_excerpt_noise(node):
            removals.append(node)
    for node in removals:
        _remove(node)
    if clone.tag == "a":
        return None
    return _paragraphs_html(clone, exclude=title)


def _is_excerpt_noise(node: Any) -> bool:
    """Parts of a teaser that are not its excerpt."""
    classes = node.get("class") or ""
    if node.tag in _DROP or node.tag in _HEADINGS or node.tag == "time":
        return True
    if _HIDDEN.search(classes) or node.get("aria-hidden") == "true" or node.get("hidden") is not None:
        return True
    if node.tag == "a":
        text = _text(node) or ""
        if _READ_MORE.match(fold(text)) or re.search(r"more|suite", classes, re.I):
            return True
        # A short link standing alone (a section "kicker", a category) is not excerpt text.
        if len(text.split()) <= 3 and not _inline_in_text(node):
            return True
    # Metadata blocks (date lines, bylines, badges); a paragraph only when it is a label.
    words = len((_text(node) or "").split())
    return bool(_META_CLASS.search(classes)) and words <= (4 if node.tag == "p" else 20)


def _paragraphs_html(el: Any, exclude: str | None) -> str | None:
    if el is None:
        return None
    paragraphs = [t for t in (_clean_excerpt(_text(p)) for p in el.iter("p")) if t]
    if not paragraphs:
        text = _clean_excerpt(_text(el))
        paragraphs = [text] if text else []
    paragraphs = [p for p in paragraphs if p != exclude and len(p) >= 2]
    if not paragraphs or sum(len(p) for p in paragraphs) < 15:
        return None
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


_TRAILING_MORE = re.compile(r"\s*(?:\[\s*(?:…|\.\.\.)\s*\]|(?:lire la suite|read more|continuer la "
                            r"lecture|continue reading)\b.*)$", re.I)


def _clean_excerpt(text: str | None) -> str | None:
    if not text:
        return None
    text = _TRAILING_MORE.sub("", text).strip()
    return text or None


def _image(el: Any, ctx: _Context) -> str | None:
    """The teaser's picture: its first image that is not an avatar, an icon or a spacer."""
    for img in el.iter("img"):
        names = " ".join(f"{n.get('class') or ''} {n.get('alt') or ''}"
                         for n in [img, *img.iterancestors()][:4])
        if _SMALL_IMAGE.search(names) or any(
                (img.get(dim) or "").isdigit() and int(img.get(dim)) < 100
                for dim in ("width", "height")):
            continue
        for attr in ("src", "data-src", "data-lazy-src", "data-original"):
            value = img.get(attr)
            if value and not value.startswith("data:"):
                return ctx.url(value)
        srcset = img.get("srcset") or img.get("data-srcset")
        if srcset:
            return ctx.url(srcset.split(",")[0].split()[0])
    return None


_SMALL_IMAGE = re.compile(r"avatar|author|byline|icon|logo|emoji|gravatar|spacer|pixel", re.I)


# -- small helpers ----------------------------------------------------------------------------

_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
                     "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
                     "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
                     "td", "th", "tr", "ul"})


def _text(el: Any) -> str | None:
    """The visible text of an element, in document order, whitespace collapsed; hidden
    (screen-reader) text, scripts and styles left out."""
    if el is None:
        return None
    parts: list[str] = []
    _collect_text(el, parts)
    text = " ".join("".join(parts).split())
    return text or None


def _collect_text(node: Any, parts: list[str]) -> None:
    if node.text:
        parts.append(node.text)
    for child in node:
        if isinstance(child.tag, str) and child.tag not in ("script", "style", "template") \
                and not _is_hidden(child):
            block = child.tag in _BLOCKS
            if block:
                parts.append(" ")
            _collect_text(child, parts)
            if block:
                parts.append(" ")
        if child.tail:
            parts.append(child.tail)


def _own_text(el: Any) -> str | None:
    text = " ".join(" ".join(t for t in el.itertext() if t).split())
    return text or None


def _is_hidden(el: Any) -> bool:
    return bool(_HIDDEN.search(el.get("class") or "")) or el.get("aria-hidden") == "true"


def _path_to(root: Any, el: Any) -> list[int] | None:
    path = []
    node = el
    while node is not root:
        parent = node.getparent()
        if parent is None:
            return None
        path.append(parent.index(node))
        node = parent
    return list(reversed(path))


def _follow(root: Any, path: list[int]) -> Any:
    node = root
    for index in path:
        node = node[index]
    return node


def _remove(node: Any) -> None:
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + " " + node.tail
        else:
            parent.text = (parent.text or "") + " " + node.tail
    parent.remove(node)


def _dedupe(items: Iterable[_Item]) -> list[_Item]:
    seen: dict[str, _Item] = {}
    for item in items:
        if item.link and item.link not in seen:
            seen[item.link] = item
    return list(seen.values())


def _raw_entry(item: _Item) -> RawEntry:
    summary = item.summary
    if item.image:
        image = f'<p><img src="{html.escape(item.image)}" alt=""></p>'
        summary = image + (summary or "")
    return RawEntry(id=item.link, link=item.link, title=item.title, summary=summary,
                    published=item.published)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _str(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
