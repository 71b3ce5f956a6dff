"""A post without a title in a list of titled ones: its "read more" link is its link.

Blogs print short posts without a headline (WordPress's status and aside formats, a
microblog's notes): the card holds the post's text, its date and a "Continue reading" link to
the post, and its other links, if any, lead to the site's category and tag pages. Such a card is
an entry like its titled neighbours; its title is the start of its text, as feed readers show an
untitled item.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aggregator.parse.listing._text import is_hidden, visible_text
from aggregator.parse.listing._title import is_read_more
from aggregator.parse.listing._title_link import is_taxonomy_link
from aggregator.parse.listing._vocabulary import HEADINGS

#: An untitled post's title: its first words, as many as a headline holds.
UNTITLED_TITLE_WORDS = 12


def untitled_post_link(card: Any, main: Any) -> Any:
    """The "read more" link of a card with no headline whose other links (``main``, the best
    of them, or None) all lead to taxonomy pages; None when the card has a link of its own."""
    if main is not None and not is_taxonomy_link(main):
        return None
    for a in card.iter("a"):
        text = visible_text(a) or ""
        if a.get("href") and not is_hidden(a) and not is_taxonomy_link(a) and text and is_read_more(text):
            return a
    return None


def untitled_title(card: Any, more: Any, is_date: Callable[[str], Any]) -> str | None:
    """The start of an untitled post's text: the first innermost block of the card (a block
    holding no other) with words that are not a date, outside the "read more" link's block, cut
    to ``UNTITLED_TITLE_WORDS`` words."""
    return untitled_line(card, more, is_date)[0]


def untitled_line(card: Any, more: Any, is_date: Callable[[str], Any]) -> tuple[str | None, Any]:
    """``untitled_title`` and the block it is read from (None when there is none): the
    post's first line stands for its headline, so it is no byline either."""
    for block in card.iter(*_BLOCKS):
        if more in block.iter() or any(b is not block for b in block.iter(*_BLOCKS)) or is_hidden(block):
            continue
        text = visible_text(block) or ""
        words = text.split()
        if len(words) >= 2 and not is_date(text):
            cut = words[:UNTITLED_TITLE_WORDS]
            title = " ".join(cut)
            return (title.rstrip(".,;:") + "…" if len(words) > len(cut) else title), block
    return None, None


_BLOCKS = ("p", "div", "blockquote", "li", "td")


def linked_time(link: Any) -> bool:
    """Whether ``link`` shows one <time> and nothing else (a note's permalink written as its
    date and time: "<a href=/2018/02/09/17/><time datetime=…>Fri, Feb 9, 2018 4:56pm</time></a>").
    Such a link is the post's date, not its headline, whatever the page's names say."""
    times = list(link.iter("time"))
    if len(times) != 1:
        return False
    text = (visible_text(link) or "").strip()
    return bool(text) and text == (visible_text(times[0]) or "").strip()


def time_permalink(card: Any) -> Any:
    """The card's link that shows one <time> only (``linked_time``), or None."""
    return next((a for a in card.iter("a") if a.get("href") and linked_time(a)), None)


def time_linked_title(
    card: Any, link: Any, title: str | None, is_date: Callable[[str], Any]
) -> tuple[str | None, Any]:
    """The title of a note linked by its <time> and the block it is read from: an unlinked
    heading of the card before its text ("<h2>Title</h2><a href=…><time>…</time></a><p>…"), a
    headline the link does not carry; else its text's start (``untitled_line``), so that the
    <time> dates it; else ``title`` (the link's text, or None) read from no block."""
    for el in card.iter(*_BLOCKS, *HEADINGS):
        if el.tag in HEADINGS and not is_hidden(el) and not any(a.get("href") for a in el.iter("a")):
            text = " ".join((visible_text(el) or "").split())
            if len(text.split()) >= 2 and not is_date(text):
                return text, el
        elif len((visible_text(el) or "").split()) >= 2 and not any(b.tag in HEADINGS for b in el.iter()):
            break  # the text starts before any heading: the note is untitled
    line = untitled_line(card, link, is_date)
    return line if line[0] else (title, None)


def time_note(
    card: Any, link: Any, title: str | None, is_date: Callable[[str], Any]
) -> tuple[Any, str | None, Any] | None:
    """A note linked by its <time>: its permalink (``link``, the card's title link showing
    ``title``; or, with ``link`` None, the card's link showing one <time> only when the link
    chosen was refused, a venue named in its text), its title and the block that is read from
    (``time_linked_title``); None when the link is no such permalink or the card has none."""
    if link is None:
        link = time_permalink(card)
    if link is None or not linked_time(link):
        return None
    return (link, *time_linked_title(card, link, title, is_date))
