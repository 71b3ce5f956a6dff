"""The article page's own markup, for what its embedded metadata does not declare: the
element that holds the article, the byline's names, a publication date in a plain ``<meta>``.

Kept apart from parse/article.py (which reads the embedded metadata first and these last).
Pure: no network, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

#: Longest byline taken as an author's name: longer text is a sentence, not a name.
MAX_BYLINE = 80
_SPACE = re.compile(r"\s+")
_BYLINE_PREFIX = re.compile(r"^(?:by|par|von|por|di|door|de|av|af)\b\s*:?\s*", re.I)
#: Where a byline's text stops being the name: a separator before the date or the role.
_BYLINE_END = re.compile(r"\s+(?:[•|·/–—-]|on)\s+.*$|\s*\d.*$")
#: Classes of the element that holds just an author's name inside a byline
#: ("author-name", "author__name", "byline__author", "byauthor", "authorname-txt"…).
_NAME_CLASS = re.compile(r"(?:author|byline)[-_]*(?:name|link)|byline[-_]+author|^by-?author$", re.I)
#: Classes of a byline as a whole ("byline", "pb-byline", "ArticleHeader__byline", "author").
_BYLINE_CLASS = re.compile(r"(?:^|[-_])(?:byline|author)$", re.I)
#: Author names in <meta> where OpenGraph readers do not look (name= instead of property=).
META_AUTHOR = "//meta[@name='article:author' or @property='article:author']/@content"
#: <meta> names (lower case) that carry the publication date, most specific first: the
#: pages that give neither JSON-LD nor OpenGraph dates often keep Dublin Core or a CMS's own.
META_DATE_NAMES = (
    "article:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date.created",
    "parsely-pub-date",
    "sailthru.date",
    "date",
    "dc.date",
    "dcterms.date",
)


def article_root(doc: Any) -> Any:
    """The ``<article>`` (else ``main``) element, else the whole document."""
    found = doc.xpath("//article | //*[@role='main'] | //main")
    return found[0] if found else doc


def byline(doc: Any) -> list[str]:
    """The names of the article's byline: the elements that hold just a name (``rel=author``,
    an "author-name" class), all of them in the first one's byline, else the text of the
    first byline without its "By" and what follows the name (the date, the role)."""
    for candidates in _byline_places(doc):
        names = _byline_in(candidates)
        if names:
            return names
    return []


def _byline_places(doc: Any) -> Iterator[list[Any]]:
    """Where a byline is looked for: the article's element, else what follows the page's
    headline (a byline outside the ``<article>``, which holds only the text, sits under
    the headline), never the comments."""
    root = article_root(doc)
    yield [el for el in root.iter() if isinstance(el.tag, str) and not _in_comments(el)]
    headline = next((h for h in doc.iter("h1") if h.text_content().strip()), None)
    if headline is not None:
        elements = [el for el in doc.iter() if isinstance(el.tag, str)]
        start = elements.index(headline)
        yield [el for el in elements[start:] if not _in_comments(el)]


def _byline_in(candidates: list[Any]) -> list[str]:
    """The names of the first byline among ``candidates`` (elements in document order)."""
    for match in (_is_author_link, _has_name_class):
        found = [el for el in candidates if match(el)]
        if found:
            # Several authors: the elements like the first one within its byline.
            first = found[0]
            parent = first.getparent()
            box = parent.getparent() if parent is not None else None
            same = [
                el
                for el in found
                if el.get("class") == first.get("class") and (box is None or _within(el, box))
            ]
            names = _plausible([_clean_byline(el.text_content()) for el in same or [first]])
            if names:
                return names
    for el in candidates:
        if any(_BYLINE_CLASS.search(c) for c in (el.get("class") or "").split()):
            names = _plausible([_clean_byline(el.text_content())])
            if names:
                return names
    return []


def _is_author_link(el: Any) -> bool:
    return bool(el.get("rel") == "author")


def _has_name_class(el: Any) -> bool:
    return any(_NAME_CLASS.search(c) for c in (el.get("class") or "").split())


def _within(el: Any, box: Any) -> bool:
    return any(parent is box for parent in el.iterancestors())


def _in_comments(el: Any) -> bool:
    return any("comment" in (parent.get("class") or "").lower() for parent in el.iterancestors())


def _clean_byline(text: str) -> str:
    """ "By: Jane Doe • 8h" -> "Jane Doe"."""
    name = _BYLINE_PREFIX.sub("", _SPACE.sub(" ", text).strip())
    return _BYLINE_END.sub("", name).strip(" ,;:")


def meta_date(doc: Any) -> str | None:
    """The first publication date a ``<meta>`` gives by one of META_DATE_NAMES."""
    found: dict[str, str] = {}
    for meta in doc.xpath("//meta[@content]"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").strip().lower()
        if key in META_DATE_NAMES:
            found.setdefault(key, meta.get("content", "").strip())
    return next((found[k] for k in META_DATE_NAMES if found.get(k)), None)


def _plausible(texts: list[str]) -> list[str]:
    """The texts that can be names: not empty, not a sentence, each once."""
    names: list[str] = []
    for text in texts:
        if text and len(text) <= MAX_BYLINE and text not in names:
            names.append(text)
    return names
