"""A card's headline among elements named a title: the one linked to the card's own address.

A deal's or a product's card may name more than its headline a title: a "heading" row above
it holding the temperature and the merchant's link ("<div class=thread-heading>297° <a
href=/angebote/gearbest>Gearbest Angebote</a></div>") before "<strong class=thread-title><a
href=/deals/…>[Gearbest] Xiaomi Redmi 4X …</a></strong>". The card's own address is the one
most of its links lead to (the picture, the price, the headline, "read more", the comments):
a named title linked elsewhere gives way to a named title linked there.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from aggregator.parse.listing._text import is_hidden, visible_text
from aggregator.parse.listing._title import is_heading, title_words
from aggregator.parse.listing._title_link import headline_link

#: The card's own address is linked at least this many times (a picture and the headline, then
#: a "read more", a price or the comments).
_OWN_LINKS = 3


def _address(href: str | None) -> str:
    # Split by hand: urldefrag parses the whole address and raises ValueError on an odd one
    # ("http://[broken/…", a bracketed host), which would fail the page for one link.
    return (href or "").strip().partition("#")[0]


def own_address_title(card: Any, title_el: Any) -> Any:
    """``title_el``, or the element named a title that links to the card's own address when
    ``title_el`` (named a title, not a heading) links elsewhere."""
    if title_el is None or is_heading(title_el):
        return title_el
    link = headline_link(title_el)
    if link is None:
        return title_el
    counts = Counter(_address(a.get("href")) for a in card.iter("a") if a.get("href"))
    if not counts:
        return title_el
    own, n = counts.most_common(1)[0]
    if n < _OWN_LINKS or not own or _address(link.get("href")) == own:
        return title_el
    inside = set(title_el.iter())
    for node in card.iter():
        if (
            not isinstance(node.tag, str)
            or node in inside
            or node.tag in ("a", "img", "time")
            or title_words(node) != (True, False)
            or is_hidden(node)
        ):
            continue
        found = headline_link(node)
        if found is not None and _address(found.get("href")) == own and visible_text(found):
            return node
    return title_el
