"""A card's header and the title it holds.

A card written with a header (a <header>, or an element whose class names it one:
"release-header", "card__header") keeps its title there: an unlinked heading further down,
after that header, is a heading of the card's body (a release's notes: "🐛 Bug Fixes"), not
the card's title. The title is then the header's first link standing alone on its line (the
whole text of its block), other than a byline, a date or a link to a tag or author page.
A card written without one (a blog's whole posts: "<h3><a>Title</a></h3><p>…</p><h2>Agenda</h2>")
is read the same way when running text parts them: an unlinked heading after a paragraph that
follows a heading standing alone as a link is the body's, and the linked heading the title.
A link to a place in a page (a topic's last reply, its text an age) gives way to the card's
link to that page.
"""

from __future__ import annotations

import re
from typing import Any

from aggregator.parse.listing._placement import listing_path
from aggregator.parse.listing._text import visible_text
from aggregator.parse.listing._vocabulary import HEADINGS, is_byline

_WORDS = re.compile(r"[\s_-]+")
#: Class words of a link's block that say it is not the title: the card's metadata.
_METADATA = frozenset(
    {"byline", "author", "date", "time", "meta", "tag", "tags", "category", "label", "badge", "kicker"}
)
#: Most words of a link to a place in a page that shows when or which reply it is ("2 weeks,
#: 5 days ago", "November 28, 2026 at 10:45 pm", "#12"): a pointer into the page, not the
#: headline of a comment of its own ("Comment 3 by a reader on why the cache misses").
_POINTER_WORDS = 6
#: Fewest words of a paragraph that is running text (a post's body), not a kicker, a date
#: line or a one-line teaser label.
_RUNNING_WORDS = 12
#: A heading's link this short ("Podcast", "Jane Doe") is a kicker's label or a name, no title.
_LABEL_WORDS = 2


def header_link(card: Any, heading: Any) -> Any:
    """The link of the card's header that ``heading`` (unlinked, below the header) comes
    after, or None when ``heading`` is linked or no header holds a title link before it."""
    if any(a.get("href") for a in heading.iter("a")) or any(
        a.get("href") for a in heading.iterancestors("a")
    ):
        return None
    for node in card.iter():
        if node is heading:
            dated = _dated_header_link(card, heading)
            return dated if dated is not None else _body_heading_link(card, heading)
        if not isinstance(node.tag, str) or not _is_header(node) or node in heading.iterancestors():
            continue
        for a in node.iter("a"):
            if _stands_alone(a, node):
                return a
    return None


def _dated_header_link(card: Any, heading: Any) -> Any:
    """The title link of a header told by its date rather than its name: the card's first
    machine date (an element with a ``datetime``) before ``heading`` ends the header, and the
    header is the date's nearest enclosing block that holds a link standing alone before the
    date ("<div><div><a>v2.10.1</a></div><p>pi0 released this <time datetime=…></p></div>
    <h3>Bug Fixes</h3>"). None when no date comes before the heading."""
    stamp = next((n for n in card.iter() if isinstance(n.tag, str) and n.get("datetime")), None)
    if stamp is None or not _before(stamp, heading, card):
        return None
    for block in stamp.iterancestors():
        if block is card or heading in block.iterdescendants():
            return None
        for a in block.iter("a"):
            if not _before(a, stamp, block):
                break
            if _stands_alone(a, block):
                return a
    return None


def _body_heading_link(card: Any, heading: Any) -> Any:
    """The link of the card's linked heading nearest the running text, when it stands alone
    there and a paragraph of running text comes between it and ``heading``: ``heading`` is then
    one of the body's ("<h3><a>Firefox OS App Day</a></h3><p>12.01.2013</p><div><p>Biorąc
    udział …</p><h2>Agenda</h2>"), not the title. None otherwise: a kicker heading right above
    the headline has no running text between them; a link to a site's home or listing page (a
    planet's blog home over the post's linked title, a kicker's category) or of a kicker's few
    words is no title."""
    linked, running = None, False
    for node in card.iter():
        if node is heading:
            return linked if running and linked is not None and _titles_a_post(linked) else None
        if not isinstance(node.tag, str):
            continue
        if not running and node.tag in HEADINGS:
            linked = next((a for a in node.iter("a") if _stands_alone(a, node)), None)
            if linked is None:
                return None  # an unlinked heading before the running text: it may be the title
        elif (
            linked is not None
            and node.tag == "p"
            and len((visible_text(node) or "").split()) >= _RUNNING_WORDS
        ):
            running = True
    return None


def _titles_a_post(a: Any) -> bool:
    """A link that may be a post's title: longer than a kicker's label and not to a site's
    home or listing page."""
    return len((visible_text(a) or "").split()) > _LABEL_WORDS and not listing_path(a.get("href") or "")


def _before(first: Any, second: Any, root: Any) -> bool:
    """True when ``first`` comes before ``second`` in ``root``'s document order."""
    for node in root.iter():
        if node is first:
            return True
        if node is second:
            return False
    return False


def _is_header(el: Any) -> bool:
    if el.tag == "header":
        return True
    for name in (el.get("class") or "").split():
        element = name.rsplit("__", 1)[-1].split("--", 1)[0]
        if "header" in {w.lower() for w in _WORDS.split(element)}:
            return True
    return False


def _stands_alone(a: Any, header: Any) -> bool:
    """A link that is the whole text of its block, not a byline, a date or metadata."""
    text = (visible_text(a) or "").strip()
    parent = a.getparent()
    if not text or not a.get("href") or parent is None or (visible_text(parent) or "").strip() != text:
        return False
    if any(True for _ in a.iter("time")) or is_byline(a):
        return False
    node = a
    while node is not None and node is not header:
        words = {
            w.lower()
            for name in (node.get("class") or "").split()
            for w in _WORDS.split(name.rsplit("__", 1)[-1].split("--", 1)[0])
        }
        if words & _METADATA:
            return False
        node = node.getparent()
    return True


def whole_page_link(link: Any, card: Any) -> Any:
    """The card's link to the page ``link`` leads to a place in, when the card has one that
    shows text: a topic's last reply ("…/topic/slug/#post-21575", its text an age, its title
    "Reply To: …") stands for the topic, whose title link leads to the page whole. A link
    worded as a headline of its own (a comment's on a page of recent comments) stays."""
    href = (link.get("href") or "") if link is not None else ""
    if "#" not in href or href.startswith("#") or not _pointer(visible_text(link) or ""):
        return link
    page = href.split("#", 1)[0]
    return next(
        (a for a in card.iter("a") if a.get("href") == page and (visible_text(a) or "").strip()), link
    )


def _pointer(text: str) -> bool:
    """A link's text that says when or which (a digit, a few words), not what."""
    return any(c.isdigit() for c in text) and len(text.split()) <= _POINTER_WORDS
