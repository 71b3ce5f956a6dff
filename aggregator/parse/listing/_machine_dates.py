"""Machine-readable dates of a teaser, which a reader does not see but the page states
exactly: a ``datetime`` attribute on any element (``<time>``, ``<relative-time>``,
``<time-ago>``), a ``data-*`` attribute named for a date ("data-timestamp", "data-date",
"data-published", "data-utime") holding an ISO date or a Unix time, and the ``title`` of a
date element whose text is approximate ("3 hours ago" with the full date in its tooltip), or
a ``<time>`` showing only a compact age ("2h", "15m", "3d").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from lxml import etree

from aggregator.parse._date_words import YEAR
from aggregator.parse._now_words import just_now
from aggregator.parse.listing._clocks import clock_on_day
from aggregator.parse.listing._document import Context
from aggregator.parse.listing._text import searched, shown_text, text_outside, visible_text
from aggregator.parse.listing._vocabulary import CLOSING_WORDS, UPDATE_WORDS

#: Elements whose ``datetime`` attribute is an edit's, not a publication's.
_EDIT_ELEMENTS = frozenset({"ins", "del"})
#: data-* attribute names that hold a date ("data-timestamp", "data-publish-date", "data-utime")
_DATE_ATTRIBUTE = re.compile(
    r"^data-[\w-]*?(?:date|time|timestamp|published|pubdate|created|epoch|posted)", re.I
)
#: ... unless they name something else: an update, a zone, a format, a duration or an end.
_NOT_PUBLICATION = re.compile(
    r"updat|modif|edit|zone|format|expir|until|end|duration|read|length|ttl|delay", re.I
)
#: A whole attribute value that is an ISO 8601 date, maybe with a time and an offset.
_ISO_VALUE = re.compile(
    r"^\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$", re.I
)
#: A Unix time in seconds (10 digits) or milliseconds (13).
_EPOCH_VALUE = re.compile(r"^\s*(\d{10}|\d{13})\s*$")
#: How far back a Unix time may be and still be an article's: older numbers are ids.
_EPOCH_PAST = timedelta(days=366 * 30)
#: A future time beyond this is not a publication's.
_EPOCH_FUTURE = timedelta(days=2)
#: A compact age as a <time> may show it: "2h", "15m", "3d", "1w", "2mo", "1y".
_COMPACT_AGE = re.compile(r"^\s*(\d{1,3})\s*(s|m|min|h|d|w|mo|y)\s*$", re.I)
_COMPACT_SECONDS = {
    "s": 1,
    "m": 60,
    "min": 60,
    "h": 3600,
    "d": 86400,
    "w": 604800,
    "mo": 2592000,
    "y": 31536000,
}


def machine_date(value: str | None, ctx: Context) -> datetime | None:
    """An attribute value that is wholly a machine date: ISO 8601, or a plausible Unix time."""
    if not value:
        return None
    if _ISO_VALUE.match(value):
        return ctx.date(value)
    m = _EPOCH_VALUE.match(value)
    if not m:
        return None
    seconds = int(m.group(1)) / (1000 if len(m.group(1)) == 13 else 1)
    when = datetime.fromtimestamp(seconds, UTC)
    return when if ctx.now - _EPOCH_PAST <= when <= ctx.now + _EPOCH_FUTURE else None


def has_datetime(node: Any) -> bool:
    """A <time>, or another element stating a date in its ``datetime`` attribute
    (``<relative-time>``, ``<time-ago>``), edits (<ins>, <del>) aside."""
    return node.tag == "time" or (node.get("datetime") is not None and node.tag not in _EDIT_ELEMENTS)


#: How far a date element's text and its attribute may part and still name the same day:
#: a day shown is noon in the source's zone, the attribute any instant of it in any zone.
_SAME_DAY_SLACK = timedelta(hours=40)
#: A machine date at midnight: how generators write a day that has no time ("…T00:00:00Z").
_MIDNIGHT = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$", re.I)


#: An ISO date and time without an offset: its zone is whatever the page's software meant.
_NAIVE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*$")
#: A time of day in a date element's text ("17:33", "18h05", "15時35分"; not "05.11", a day).
_SHOWN_CLOCK = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])\s*(?::|h|時)\s*[0-5]?\d(?!\d)")


def time_element_date(node: Any, ctx: Context) -> datetime | None:
    """What a date element states: its ``datetime``, else its ``title`` (the exact date behind
    "3 days ago"), else its text, else a compact age ("2h"). A ``datetime`` at midnight whose
    element shows that same day and no time is a day, not an instant: the day as shown
    (midnight UTC is the evening before in the Americas). A ``datetime`` without an offset
    leaves its zone unsaid (Joomla writes UTC, "2014-11-05 14:33:01" in an element showing
    "Создано 05.11.2014 17:33"; other software the site's time): when the element shows a
    day of a year and a time of day, the shown time, the site's as a reader sees it, wins."""
    text = visible_text(node)
    stated = node.get("datetime")
    midnight = _MIDNIGHT.match(stated or "")
    if midnight:
        shown = ctx.date(text)
        if shown is not None and shown == ctx.date(midnight.group(1)):
            return shown
    machine = ctx.date(stated) or machine_date(stated, ctx)
    if (
        machine is not None
        and _NAIVE.match(stated or "")
        and YEAR.search(text or "")
        and _SHOWN_CLOCK.search(text or "")
    ):
        shown = ctx.date(text)
        if shown is not None:
            return shown
    if machine is not None and YEAR.search(text or "") and re.search(r"\d", YEAR.sub("", text or "")):
        # The text names a day of a year, and the attribute another day: the page's script
        # wrote the attribute wrong ("2021-8-30" for 30 September, a month counted from 0),
        # and the reader sees the text. A month and its year ("May 2015") name no day: the
        # attribute says which.
        shown = ctx.date(text)
        if shown is not None and abs(shown - machine) > _SAME_DAY_SLACK:
            return shown
    return (
        machine
        or ctx.date(node.get("title"))
        or ctx.date(text)
        or compact_age(text, ctx)
        or (ctx.now.astimezone(UTC) if just_now(text, ctx.lang) else None)
    )


#: A class naming a date element ("date", "post-time", "timestamp", "fecha", "datum"); not
#: a reading time's ("reading-time").
_DATE_SLOT_CLASS = re.compile(
    r"(?:^|[\s_-])(?:date|time|timestamp|fecha|datum|published|pubdate|posted-on|ago)(?:$|[\s_-])", re.I
)

#: A class naming a reading time ("reading-time", "read_time"); not a board's "thread-date".
_READING_CLASS = re.compile(r"(?:^|[\s_-])read", re.I)


def now_in_slot(node: Any, text: str | None, ctx: Context) -> datetime | None:
    """``ctx.now`` when ``text``, all the text of the date slot ``node`` (its class names a
    date, or microdata its publication), says "just now" ("только что", "방금 전"): the
    post is a minute old. None elsewhere: "Buy now" in a teaser is no date."""
    classes = node.get("class") or ""
    slot = node.get("itemprop") == "datePublished" or (
        bool(_DATE_SLOT_CLASS.search(classes)) and not _READING_CLASS.search(classes)
    )
    return ctx.now.astimezone(UTC) if slot and just_now(text, ctx.lang) else None


def attribute_date(node: Any, ctx: Context) -> datetime | None:
    """The date a ``data-*`` attribute of ``node`` states, else None."""
    for name, value in node.attrib.items():
        if _DATE_ATTRIBUTE.match(name) and not _NOT_PUBLICATION.search(name[5:]):
            found = machine_date(value, ctx)
            if found:
                return found
    return None


def titled_date(node: Any, text: str | None, ctx: Context) -> datetime | None:
    """The date in ``node``'s ``title`` when its text is a date too, a rounder one ("3 hours
    ago", "Nov 26"): the tooltip states it exactly. An <abbr>'s title is its machine date
    (microformats 1) whatever its text."""
    title = node.get("title")
    if not title:
        return None
    if node.tag != "abbr" and not (text and (ctx.date(text) or compact_age(text, ctx))):
        return None
    # A time of day alone over a day: that day's time ("13. Januar 2014" under title="16:01").
    return (text and clock_on_day(text, title, ctx.date, ctx.timezone)) or ctx.date(title)


def compact_age(text: str | None, ctx: Context) -> datetime | None:
    """ "2h", "15m", "3d": the age of the article, as a <time> shows it on social sites."""
    m = _COMPACT_AGE.match(text or "")
    if not m:
        return None
    seconds = _COMPACT_SECONDS[m.group(2).lower()]
    return (ctx.now - timedelta(seconds=int(m.group(1)) * seconds)).astimezone(UTC)


#: Class words (and itemprop) naming an update's date, in the languages of the sites we read:
#: "updated", "modified", "updatetime", "fig-date-maj" (mise à jour), "aktualisiert", "actualizado".
UPDATE_CLASS = re.compile(
    r"(?:^|[\s_-])((?:updated?|modified)(?:-?(?:time|date|at|on))?|date-?modified|maj|mise-a-jour|aktualisiert|"
    r"actualizad[oa]|aggiornat[oa]|atualizad[oa])(?:$|[\s_-])",
    re.I,
)


def marked_update(node: Any) -> bool:
    """True for a date element marked as the update's (its class, its parent's, or
    itemprop=dateModified), not the publication's."""
    if node.get("itemprop") == "dateModified":
        return True
    parent = node.getparent()
    return any(searched(UPDATE_CLASS, n.get("class") or "") for n in (node, parent) if n is not None)


_UPDATE_MARKED = etree.XPath(
    "descendant-or-self::*[contains(translate(@class, 'UPDATEMOIFÉ', 'updatemoifé'), 'upd')"
    " or contains(translate(@class, 'MODIF', 'modif'), 'modif')]"
)


def update_lines(el: Any) -> Iterator[Any]:
    """The elements of ``el`` showing an update's time, by their class ("<span
    class=updatetime>14:01</span>", "modified-date"), and all inside them: not the
    publication's date, whatever their text says."""
    for node in _UPDATE_MARKED(el):
        if UPDATE_CLASS.search(node.get("class") or ""):
            yield from node.iter()


#: The labels of a date that is not the publication's: an update's, a deadline's.
_NOT_PUBLISHED = "|".join(map(re.escape, (*UPDATE_WORDS, *CLOSING_WORDS)))
#: A part of a date line that tells the update: "Updated: Nov 25, 2026", "Mis à jour le …",
#: "Aktualisiert am …" (accents as written), or a deadline ("마감일 : 2026-04-01").
_UPDATE_LABEL = re.compile(r"^\s*(?:last\s+)?(?:" + _NOT_PUBLISHED + r")\b", re.I)
_LINE_PARTS = re.compile(r"\s*(?:[|·•—–]|\s-\s)\s*")


def labelled_update(text: str) -> bool:
    """A line that says it tells an update: "Updated 25 November 2026", "Mis à jour le …"."""
    return any(_UPDATE_LABEL.match(p) for p in _LINE_PARTS.split(text))


def without_updates(text: str) -> str:
    """A date line without its update's part, when it shows the publication's too
    ("Updated: Nov 25, 2026 · Published: Nov 20, 2026" -> "Published: Nov 20, 2026")."""
    parts = _LINE_PARTS.split(text)
    kept = [p for p in parts if not _UPDATE_LABEL.match(p)]
    return " · ".join(kept) if kept and len(kept) < len(parts) else text


#: An update's label anywhere in a line (``_UPDATE_LABEL`` at a part's start).
_UPDATE_WORD = re.compile(_NOT_PUBLISHED, re.I)
#: An update's line in an element of its own has at most this many words ("Updated 1 hour ago").
_UPDATE_LINE_WORDS = 8


def fenced_updates(node: Any, text: str | None, skip: set[Any]) -> str | None:
    """``text``, the date line ``node`` shows (outside ``skip``), with each element inside it
    that shows an update's line ("<span>Updated 1 hour ago</span>") set apart as a part of its
    own ("Updated 1 hour ago · Published 3 hours ago"), so that ``without_updates`` leaves it
    out though the page writes no separator between the two; ``text`` when it names no update."""
    if not text or not _UPDATE_WORD.search(text):
        return text
    fenced = (text_outside(node, skip, _update_line) or "").strip(" ·")
    return fenced or text


def _update_line(el: Any) -> str | None:
    """An update's line alone in ``el``, set apart by separators; ``None`` when ``el`` holds more."""
    shown = shown_text(el)
    # A wrapper of two runs or more is walked into: one of them may be the update.
    runs = sum(1 for c in el if isinstance(c.tag, str) and shown_text(c))
    if _UPDATE_LABEL.match(shown) and len(shown.split()) <= _UPDATE_LINE_WORDS and runs < 2:
        return f" · {shown} · "
    return None
