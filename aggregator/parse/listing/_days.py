"""Day headings: a list of a blog's or a chronicle's entries written in parts under the day
they were published ("Monday, October 20, 2025", Blogger's "date-header"), each entry then
showing no date, or only its time of day, of its own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from aggregator.parse.listing._document import Context
from aggregator.parse.listing._machine_dates import time_element_date
from aggregator.parse.listing._text import visible_text
from aggregator.parse.listing._vocabulary import HEADINGS

#: A dateline is a short line: at most this many words ("Thursday, 26 November 2026").
DATELINE_WORDS = 5
#: Letters of a lower-case word at most that joins a date's parts ("de", "of"), not counted.
_JOINER_LETTERS = 2
#: How many levels above an item a day heading is looked for: the item's own siblings, its
#: list's, and the list's container's (a day heading, then that day's list).
DAY_HEADING_LEVELS = 3
#: How many elements before an item (or its list) are looked at for its day heading; the
#: day's other items, of the item's own tag and class, are passed over without counting (a
#: hundred bare rows under craigslist's "<h4>Fri May 15</h4>").
DAY_HEADING_SIBLINGS = 30


def _joiner(word: str) -> bool:
    """A short lower-case word that joins a date's parts ("de", "of")."""
    return len(word) <= _JOINER_LETTERS and word.isalpha() and word.islower()


def dateline(node: Any, ctx: Context) -> datetime | None:
    """The date a short heading is made of ("Wednesday, 15 October 2025", "Thu, 26 Nov 2026
    (12 entries)": a count in brackets aside), else None."""
    text = re.sub(r"\([^)]*\)", " ", visible_text(node) or "").strip()
    # Short lower-case words join a date's parts and are not counted: "miércoles, 12 de junio
    # de 2024", "quarta-feira, 12 de junho de 2024"; only between a date's numbers: a sentence
    # ("What to read today on the web") keeps its words.
    numbered = bool(re.search(r"\d", text))
    words = [w for w in text.split() if not (numbered and _joiner(w))]
    shown = ctx.date(text) if text and len(words) <= DATELINE_WORDS else None
    if shown is None:
        return None
    # A <time> in it states the instant the heading shows as a day ("<h6><time
    # datetime=1342797581>Friday 20th of July, 2012</time></h6>"): the post's own time.
    return next((found for t in node.iter("time") if (found := time_element_date(t, ctx))), shown)


#: Elements a day line is written with when it is not a heading; not a paragraph, which after
#: a post is that post's date line ("<h2>Title</h2><p>24 November 2026</p>").
_DAY_LINE_TAGS = frozenset({"div", "li", "dt", "header", "span", "strong", "b"})


def is_day_block(node: Any, ctx: Context) -> bool:
    """A block that is only a date, written as a line of its own rather than a heading, and
    opening its part of the page ("<div class=dayTitle><a href=/2025/10/20.html>Monday,
    October 20, 2025</a></div>" first in that day's block): a day with its year, at most one
    link, and no picture nor list."""
    if node.tag not in _DAY_LINE_TAGS:
        return False
    parent = node.getparent()
    opening = next((c for c in parent if isinstance(c.tag, str)), None) if parent is not None else None
    if opening is None or opening != node:
        return False
    return _day_line(node, ctx)


def _day_line(node: Any, ctx: Context) -> bool:
    """``node`` is only a day with its year: at most one link, the day's own, no picture nor
    list, no time of day."""
    links = [a for a in node.iter("a") if a.get("href")]
    if len(links) > 1:
        return False
    # Its one link is the day's own ("Monday, October 20, 2025"), not a title beside the day
    # (an archive's "<dt>30 novembre 2012</dt><dd><a>Second article</a></dd>").
    if links and ctx.date(visible_text(links[0])) is None:
        return False
    if any(n.tag in ("img", "ul", "ol", "p", "table") for n in node.iter() if n is not node):
        return False
    # A day with its year, not a time of day ("14:05 Uhr" before a story is that story's
    # time) nor an age ("Added 10 months ago").
    text = re.sub(r"\([^)]*\)", " ", visible_text(node) or "")
    words = [w for w in text.split() if w.isalpha()]
    return (
        bool(_YEAR.search(text))
        and not _CLOCK.search(text)
        and len(words) <= DAY_LINE_WORDS
        and not _ADDRESS.search(text)
        and dateline(node, ctx) is not None
    )


#: A time of day: "14:05", "9.30", "18 h 05".
_CLOCK = re.compile(r"\b\d{1,2}\s*[:.h]\s*\d{2}\b")
#: Words of letters alone a day line holds at most: a weekday, a month, an article ("le").
DAY_LINE_WORDS = 3
#: An address in a line ("www.php.net/archive/2019.php#2019-11-28"): a link's text, not a day.
_ADDRESS = re.compile(r"/|www\.|https?:", re.I)
#: A year: a day line names the day in full ("Monday, October 20, 2025").
#: Word bounded, unlike _date_words.YEAR: no year inside a word ("v2019", "2019a") either.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def day_heading_date(el: Any, ctx: Context) -> datetime | None:
    """The date of the day heading the item sits under ("<h2 class=dateline>Sunday, 19
    October 2025</h2>" before that day's list; Blogger's "date-header"; a line of its own
    made of a date, linked or not, before that day's posts): the nearest heading before the
    item, its list or the list's container, when it is made of a date. Another heading met
    first (a topic) means the item has no day heading."""
    node = el
    for level in range(DAY_HEADING_LEVELS):
        for sibling in itertools.islice(_other_siblings(node), DAY_HEADING_SIBLINGS):
            if sibling.tag in HEADINGS:
                return dateline(sibling, ctx)
            if is_day_block(sibling, ctx) or (level == 0 and _day_line_between(sibling, node, ctx)):
                return dateline(sibling, ctx)
        node = node.getparent()
        if node is None or node.tag in ("body", "main"):
            return None
    return None


def _day_line_between(line: Any, item: Any, ctx: Context) -> bool:
    """A paragraph or line of a day standing between the list's items, the first of its kind
    before the list's first item ("<p class=daymarker><b>2023-03-09</b></p>" before each day's
    posts on a wiki-built weblog): the day those posts were written. A paragraph of a date after
    each headline of a flat list ("<h2>Title</h2><p>24 November 2026</p>") is that post's date
    line, and the list does not open with one; nor does a list of posts each followed by its
    date line after a first line of the same kind (the site's "today"), whose last post is
    followed by its date line where days between posts are followed by a post."""
    if line.tag not in _DAY_LINE_TAGS | {"p"} or not _day_line(line, ctx):
        return False
    parent = item.getparent()
    if parent is None:
        return False
    kind, day_kind = (item.tag, item.get("class")), (line.tag, line.get("class"))
    own = [c for c in parent if isinstance(c.tag, str) and (c.tag, c.get("class")) == kind]
    if not own:
        return False
    opens = _has_day_line(own[0].itersiblings(preceding=True), day_kind, ctx)
    return opens and not _has_day_line(own[-1].itersiblings(), day_kind, ctx)


def _has_day_line(siblings: Iterator[Any], kind: tuple[str, str | None], ctx: Context) -> bool:
    """Whether a day line of this tag and class is among ``siblings``."""
    return any(
        isinstance(s.tag, str) and (s.tag, s.get("class")) == kind and _day_line(s, ctx) for s in siblings
    )


def _other_siblings(node: Any) -> Iterator[Any]:
    """The elements before ``node``, nearest first, less those of its own tag and class (the
    same day's other items: they stand between an item and its day heading however many
    there are)."""
    kind = (node.tag, node.get("class"))
    for sibling in node.itersiblings(preceding=True):
        if isinstance(sibling.tag, str) and (sibling.tag, sibling.get("class")) != kind:
            yield sibling


#: Words of a line around its link that can all be its date ("Mon, 30 Nov 2012 at 14:05 –").
DATED_LINE_WORDS = 7


def dated_line(link: Any, ctx: Context) -> bool:
    """True when the words around ``link`` on its line are only a date: an archive's line
    "30 novembre 2012 <a>Second article</a>", "2012-11-30: <a>…</a>" is a dated title, not a
    link inside a sentence."""
    parent = link.getparent()
    if parent is None:
        return False
    rest = (visible_text(parent) or "").replace(visible_text(link) or "", " ", 1)
    rest = rest.strip(" \t\n-–—:|·•»›")
    return bool(rest) and len(rest.split()) <= DATED_LINE_WORDS and ctx.date(rest) is not None
