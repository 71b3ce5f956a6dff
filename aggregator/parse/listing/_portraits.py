"""A byline shown beside the author's portrait: a card's short line that repeats, word for word,
the ``alt`` of a picture in the same card ("<img alt='Garrett Fidalgo'> Garrett Fidalgo
Infrastructure Technical Lead"). The picture names a person and the line shows the name: that
person is the card's author, whatever class the line has ("person-name", "jsx-2777104501").
"""

from __future__ import annotations

from typing import Any

from aggregator.parse.listing._document import MAX_AUTHOR_WORDS, looks_like_names, visible_text


def portrait_byline(card: Any, skip: set[Any]) -> tuple[str | None, Any]:
    """The name a line of the card shows under the same name as a picture's ``alt``, and the
    line; (None, None) when none. Lines in ``skip`` (the title and headings), or around them, are
    not bylines, and a thumbnail's ``alt`` that repeats the headline names nobody."""
    names = {
        name
        for img in card.iter("img")
        if (name := " ".join((img.get("alt") or "").split()))
        and len(name.split()) <= MAX_AUTHOR_WORDS
        and looks_like_names(name)
    }
    if names:  # a picture named like the headline is its illustration, not a portrait
        names -= {" ".join((visible_text(n) or "").split()) for n in skip if isinstance(n.tag, str)}
    if not names:
        return None, None
    for node in card.iter():
        if not isinstance(node.tag, str) or node in skip or node.tag == "img":
            continue
        if any(d in skip for d in node.iterdescendants()):
            continue  # a link around the headline
        text = " ".join((visible_text(node) or "").split())
        if text in names:
            return text, node
    return None, None
