"""A byline known by its place alone: the name shown beside a card's date.

Cards put their metadata on one line, the date and, beside it, who wrote the piece
("<span>Ana Reyes</span><time>5 Dec 2026</time>"). Sites name that span in their own words
("blog-author", "c-teaser__author", "jsx-2777104501") or not at all (utility classes), so its
name cannot be relied on; its place can: an element next to the date element, holding no
link and nothing but a short run of capitalized words ("Ana Reyes", "Claire Dubois et Luc
Martin"), or a user's name set apart in a ``<bdi>`` in any script, no digit, no date and no
card chrome; not in a table, whose other cells are its
other columns (a product's name beside a release's date). Two words at least: one capitalized word
beside a date is as often a section ("Politik", "Sport") as a name. A linked name is left to
the rules on links (a profile page, a by-word before it).
"""

from __future__ import annotations

from typing import Any

from aggregator.parse.listing._document import Context
from aggregator.parse.listing._text import is_hidden, shown_text, visible_text
from aggregator.parse.listing._vocabulary import CHROME, MAX_AUTHOR_WORDS, looks_like_names

#: Longest text of an element read as a date beside a byline ("Mittwoch, 26. November 2026,
#: 18:24 Uhr"): a date line, not a paragraph.
DATE_WORDS = 8


def dated_name_byline(card: Any, skip: set[Any], ctx: Context) -> tuple[str | None, Any]:
    """The name an element beside one of the card's date elements shows, and the element;
    (None, None) when there is none. Elements in ``skip`` (the title, headings) are neither."""
    for date_el in _date_elements(card, skip, ctx):
        holder = date_el  # the date's own wrapper ("<li class=date><time>") stands for it
        while (parent := holder.getparent()) is not None and parent is not card and len(parent) == 1:
            holder = parent
        if holder.tag in ("td", "th"):
            continue  # a table's cells beside the date are its other columns, named by its head
        places = [holder]
        line = holder.getparent()
        if holder.tag == "li" and line is not None and line is not card and line.tag in ("ul", "ol"):
            # A date line written as a list of its parts ("<ul><li>Nov 28, 2026</li><li>5 min
            # read</li></ul>"): the list is the line, and the name stands beside it.
            places.append(line)
        for place in places:
            for sibling in (place.getprevious(), place.getnext()):
                name = _shown_name(sibling, skip, ctx)
                if name:
                    return name, sibling
    return None, None


def _date_elements(card: Any, skip: set[Any], ctx: Context) -> list[Any]:
    """The card's elements that show a date and nothing else: <time>, or a leaf whose text
    reads as one."""
    found = []
    for node in card.iter():
        if not isinstance(node.tag, str) or node in skip or is_hidden(node):
            continue
        if node.tag == "time" or (len(node) == 0 and _is_date(visible_text(node), ctx)):
            found.append(node)
    return found


def _is_date(text: str | None, ctx: Context) -> bool:
    return text is not None and 0 < len(text.split()) <= DATE_WORDS and ctx.date(text) is not None


def _shown_name(node: Any, skip: set[Any], ctx: Context) -> str | None:
    if node is None or not isinstance(node.tag, str) or node in skip or is_hidden(node):
        return None
    if node.tag == "a" or node.find(".//a") is not None or any(d in skip for d in node.iterdescendants()):
        return None
    text = shown_text(node)
    if reads_as_name(text, ctx, MAX_AUTHOR_WORDS):
        return text
    return text if _isolated_name(node, text, ctx) else None


def _isolated_name(node: Any, text: str, ctx: Context) -> bool:
    """``text`` is all a ``<bdi>`` of ``node`` shows: HTML's element for text of unknown
    direction written into a page, a user's name first ("<li><i class=fa-user></i>
    <bdi>حسن ا.</bdi></li>"). Its name needs no capitals, which Arabic, Hebrew or Persian
    letters do not have: a few words with a letter, no digit, no date, no card chrome; and
    none of a cased script, whose names ``reads_as_name`` reads by their capitals (a section,
    "<bdi>Gardening</bdi>", or a place, "<bdi>Berlin</bdi>", is no author)."""
    isolates = [b for b in node.iter("bdi") if not is_hidden(b)]
    if len(isolates) != 1 or shown_text(isolates[0]) != text:
        return False
    words = text.split()
    return (
        0 < len(words) <= MAX_AUTHOR_WORDS
        and any(c.isalpha() for c in text)
        and not any(c.isupper() or c.islower() for c in text)
        and not any(c.isdigit() for c in text)
        and not CHROME.search(text)
        and ctx.date(text) is None
    )


def reads_as_name(text: str, ctx: Context, most_words: int) -> bool:
    """``text`` reads as people's names standing alone: two to ``most_words`` capitalized
    words, no digit, no date and no card chrome (one word is as often a section's name)."""
    if not 2 <= len(text.split()) <= most_words or any(c.isdigit() for c in text):
        return False
    return looks_like_names(text) and not CHROME.search(text) and ctx.date(text) is None
