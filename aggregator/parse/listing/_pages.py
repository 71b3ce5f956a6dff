"""Links about the listing rather than in it: a feed it advertises for the same listing,
and its next page (for backfill)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.cssselect import CSSSelector

from aggregator.parse._urls import canonical_url
from aggregator.parse.listing._text import visible_text
from aggregator.words import fold

_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml"}


PAGE_SUFFIX = re.compile(r"/page/\d+/?$")


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
        path = PAGE_SUFFIX.sub("/", parts.path)
        path = path if path.endswith("/") else path + "/"
        if path != "/":
            paths.add(path)
    return paths


def same_listing_feed(doc: Any, base: str) -> str | None:
    """A feed the page advertises for this same listing: under one of the listing's paths (a
    WordPress tag or category feed, say). Site-wide and comment feeds do not qualify."""
    page = urlsplit(base)
    listing = _listing_paths(doc, base)
    for link in doc.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        if "alternate" not in rels or (link.get("type") or "").lower() not in _FEED_TYPES:
            continue
        href: str | None = link.get("href")
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


#: "Next page" links in the languages of the sites we read (matched on fold()ed text).
_NEXT_TEXT = re.compile(
    r"^(?:page suivante|suivante?|suite des articles|articles (?:plus )?anciens|"
    r"articles precedents|next(?: page)?|older(?: posts| entries| articles)?|"
    r"more (?:posts|articles|stories)|siguiente|pagina siguiente|"
    r"entradas (?:mas )?antiguas|anteriores|weiter|nachste seite|"
    r"altere (?:beitrage|artikel|eintrage)|successiv[ao]|pagina successiva|"
    r"articoli precedenti|proxima(?: pagina)?|postagens mais antigas|"
    r"volgende(?: pagina)?|oudere berichten|»|›|>|→)\s*[»›>→]?$"
)


_NEXT_CLASS = re.compile(r"(?:^|[\s_-])(next|suivant|suivante)(?:$|[\s_-])")


def next_page_url(doc: Any, base: str, selector: str | None) -> str | None:
    candidates: list[str | None] = []
    if selector:
        for el in CSSSelector(selector)(doc):
            candidates.append(el.get("href") if el.tag == "a" else first_href(el))
    for link in doc.iter("link", "a"):
        if "next" in (link.get("rel") or "").lower().split():
            candidates.append(link.get("href"))
    for a in doc.iter("a"):
        classes = (a.get("class") or "").lower()
        if _NEXT_CLASS.search(classes) or _NEXT_TEXT.match(fold(visible_text(a) or "")):
            candidates.append(a.get("href"))
    page = canonical_url(base)
    host = urlsplit(base).hostname
    for href in candidates:
        if not href:
            continue
        url = urljoin(base, href.strip())
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.hostname == host and canonical_url(url) != page:
            return url
    return None


def first_href(el: Any) -> str | None:
    for a in el.iter("a"):
        if a.get("href"):
            return str(a.get("href"))
    return None
