"""The article page's own markup, for what its embedded metadata does not declare: the
element that holds the article, the byline's names, a publication date in a plain ``<meta>``,
the time of day a visible dateline shows.

Kept apart from parse/article.py (which reads the embedded metadata first and these last).
Pure: no network, no clock.

"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

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


# -- a dateline's time of day ---------------------------------------------------------------------

#: Classes of the elements that show when the article was published ("date", "dateline",
#: "timestamp", "post-date", "publish-time"…).
_DATE_CLASS = re.compile(r"date|time|publish|posted", re.I)
#: A time of day in a dateline ("11:00 PM", "9:00PM", "15h01", "3:51 pm").
_CLOCK = re.compile(r"\d\s*[:h]\s*\d\d|\d\s*[ap]\.?m\b", re.I)
#: A time of day written with a dot ("klo 14.00", "6.55pm"), not a part of a date
#: ("26.02.2020"): read as "14:00".
_DOTTED_CLOCK = re.compile(r"(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])")
#: A short word between a date and its time of day ("19.2.2020 klo 14:00", "… um 14:05"),
#: which the date reader does not expect in every language: dropped.
_WORD_BEFORE_CLOCK = re.compile(r"(\d)\s+[^\W\d]{1,5}\.?\s+(\d{1,2}:\d\d)")
#: Longest text read as a dateline (a byline's block holds the name, the date, the role).
MAX_DATELINE = 200
#: Words of an update, in the corpus's languages: its time is not the publication's.
_UPDATE = re.compile(r"updat|modifi|mis à jour|actualiz|aktualisiert|aggiornat|atualizad", re.I)
#: Time zones datelines name by abbreviation, where the source's time zone may differ.
ZONE_NAMES = {
    "utc": "UTC",
    "gmt": "UTC",
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "ct": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "mt": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "bst": "Europe/London",
    "cet": "Europe/Paris",
    "cest": "Europe/Paris",
    "sast": "Africa/Johannesburg",
    "jst": "Asia/Tokyo",
    "kst": "Asia/Seoul",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
}
_ZONE = re.compile(r"\b(" + "|".join(ZONE_NAMES) + r")\b", re.I)
#: Elements looked at for a dateline, at most: the first ones of the article or after its
#: headline.
MAX_DATELINES = 12


def dateline_time(doc: Any, day: date, timezone: str) -> datetime | None:
    """The publication time on ``day`` that the article's visible dateline shows
    ("January 18, 2017 11:00 PM PST", "8 January 2020, 3:51 pm"), as aware UTC; None when
    no dateline of that day shows a time.

    For pages whose metadata gives a day only: the dateline is written for readers in the
    page's language, read by parse._dates in the zone it names, else in ``timezone``.
    Lines that announce an update are skipped.
    """
    from aggregator.parse._dates import parse_date  # dateparser: imported where it is used

    lang = doc.get("lang") or None
    for text in _datelines(doc):
        zone = _ZONE.search(text)
        where = ZONE_NAMES[zone.group(1).lower()] if zone else timezone
        # "the day after" as now: a year left out is this one, nothing is in the future.
        now = datetime.combine(day + timedelta(days=1), time(23, 59), ZoneInfo(where))
        when = parse_date(text, now=now, timezone=where, lang=lang, day_first=not _month_first(lang))
        if when is None:
            continue
        local = when.astimezone(ZoneInfo(where))
        if local.date() == day and local.time() != time(12, 0):
            return when
    return None


def _month_first(lang: str | None) -> bool:
    return (lang or "").lower() in ("en-us", "en_us")


def _datelines(doc: Any) -> Iterator[str]:
    """Short texts of the first date-like elements of the article, else of what follows
    its headline, that show a time of day: ``<time>``, a "date" class, and the block that
    holds the byline ("By Jane Doe on December 27, 2014 at 12:06 PM"). An update's part
    is cut off; a clock written "14.00" reads "14:00"."""
    for candidates in _byline_places(doc):
        dated = [el for el in candidates if el.tag == "time" or _has_date_class(el)]
        # The byline's block after the date elements: a sidebar's byline can come first.
        blocks = {el.getparent() for el in candidates if _is_byline(el) and el.getparent() is not None}
        yield from _dateline_texts(dated)
        yield from _dateline_texts([el for el in candidates if el in blocks])


def _has_date_class(el: Any) -> bool:
    return any(_DATE_CLASS.search(c) for c in (el.get("class") or "").split())


def _dateline_texts(elements: list[Any]) -> Iterator[str]:
    """The texts of ``elements`` that show a time of day, the first MAX_DATELINES looked at."""
    seen = 0
    for el in elements:
        text = _SPACE.sub(" ", el.text_content()).strip()
        if len(text) > MAX_DATELINE or _UPDATE.search(el.get("class") or ""):
            continue
        update = _UPDATE.search(text)  # "12:06 PM, updated … 12:10 PM": the first part
        text = _DOTTED_CLOCK.sub(r"\1:\2", text[: update.start()] if update else text)
        text = _WORD_BEFORE_CLOCK.sub(r"\1 \2", text).strip(" ,;|/(")
        if not text:
            continue
        seen += 1
        if _CLOCK.search(text):
            yield text
        if seen >= MAX_DATELINES:
            return


def _is_byline(el: Any) -> bool:
    classes = (el.get("class") or "").split()
    return _is_author_link(el) or any(_NAME_CLASS.search(c) or _BYLINE_CLASS.search(c) for c in classes)
