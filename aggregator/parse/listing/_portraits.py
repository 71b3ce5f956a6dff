"""A byline shown beside the author's portrait: a card's short line that repeats, word for word,
the ``alt`` of a picture in the same card ("<img alt='Garrett Fidalgo'> Garrett Fidalgo
Infrastructure Technical Lead"). The picture names a person and the line shows the name: that
person is the card's author, whatever class the line has ("person-name", "jsx-2777104501").
A picture's caption is no such line: it says what the picture shows, and editors often caption
a picture with its own ``alt`` or file name (WordPress's "<dl class=wp-caption><dd
class=wp-caption-dd>Disfraces_medievales</dd>" under "<img alt=Disfraces_medievales>"). Nor is
a phrase of the card's prose (a whole post's text linking "Firefox OS App Days" beside a
picture of that name): it names what the picture shows, inside a sentence. Only a link inside a
sentence is such a phrase: a name that opens its paragraph is an author box's bio ("<img
alt='Jane Doe'><p><strong>Jane Doe</strong> is a senior engineer…</p>"), and names its author.
"""

from __future__ import annotations

import re
from typing import Any

from aggregator.parse.listing._byline_links import in_paragraph
from aggregator.parse.listing._text import shown_text, visible_text
from aggregator.parse.listing._vocabulary import MAX_AUTHOR_WORDS, looks_like_names

#: Class words of a picture's caption ("wp-caption-text", "wp-caption-dd", "image-caption").
_CAPTION_CLASS = re.compile(r"caption", re.I)


def is_caption(node: Any) -> bool:
    """A <figcaption>, or an element whose class names a caption."""
    return node.tag == "figcaption" or bool(_CAPTION_CLASS.search(node.get("class") or ""))


def _in_caption(node: Any, card: Any) -> bool:
    """True when ``node`` shows a picture's caption within ``card``: it is one, is inside one,
    or holds one (a <figure> whose only text is its caption's)."""
    if any(is_caption(d) for d in node.iterdescendants() if isinstance(d.tag, str)):
        return True
    while node is not None and node is not card:
        if is_caption(node):
            return True
        node = node.getparent()
    return False


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
        and "_" not in name  # a file's name ("Disfraces_medievales"), not a person's
    }
    if names:  # a picture named like the headline is its illustration, not a portrait
        names -= {shown_text(n) for n in skip if isinstance(n.tag, str)}
    if not names:
        return None, None
    for node in card.iter():
        if not isinstance(node.tag, str) or node in skip or node.tag == "img":
            continue
        if any(d in skip for d in node.iterdescendants()):
            continue  # a link around the headline
        if _in_caption(node, card):
            continue  # a caption says what the picture shows, not who wrote the card
        text = shown_text(node)
        if _links_in_prose(node, text):
            continue  # a phrase of the card's prose, not a line of its own
        if text in names:
            return text, node
    return None, None


def _links_in_prose(node: Any, text: str) -> bool:
    """True when ``node`` is a link that is a phrase within a sentence of the card's prose
    ("Zapraszamy na <a>Firefox OS App Days</a> – serię …"), not opening its paragraph."""
    if node.tag != "a" or not in_paragraph(node):
        return False
    line = next((b for b in node.iterancestors() if b.tag == "p"), None)
    return line is not None and not " ".join((visible_text(line) or "").split()).startswith(text)
