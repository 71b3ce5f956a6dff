"""A thumbnail's photo credit ("Reuters", "AP", "Getty Images", "© dpa"): a word or a few
that a card prints with its picture, which never beats a heading of the same card for its
headline. An archive of untitled posts whose only text is such a word (a thumbnail's
``title="Reuters"``, no heading) keeps it as the headline: enrich replaces it with the
article's own.

A credit is short (``CREDIT_WORDS`` words at most, "©" and "Photo:" aside) and bound to the
picture: in a ``<figure>`` (its ``<figcaption>``), classed as a credit, caption or copyright,
or written right after an ``<img>``/``<picture>`` in the same element ("<div
class=thumb><img><span>Reuters</span></div>", "<a><img> AP</a>").
"""

from __future__ import annotations

import re
from typing import Any

from aggregator.parse.listing._text import is_hidden, visible_text

#: The longest credit: "AFP via Getty", "Getty Images".
CREDIT_WORDS = 3
#: What a credit may open with: "©", "(c)", "Photo:", "Foto:", "Bild:", "Image:".
_CREDIT_LABEL = re.compile(r"^(?:©|\(c\)|(?:photo|foto|bild|image|imagen|immagine)\s*:)\s*", re.I)
#: Class words of a credit: "credit", "photo-credit", "caption", "copyright", "bildnachweis".
_CREDIT_CLASS = re.compile(r"(?:^|[\s_-])(?:credits?|caption|copyright|bildnachweis)(?:$|[\s_-])", re.I)
_PICTURES = ("img", "picture", "svg")


def is_photo_credit(node: Any) -> bool:
    """``node`` holds a photo credit (see the module's docstring)."""
    text = _CREDIT_LABEL.sub("", " ".join((visible_text(node) or "").split()))
    if not text or len(text.split()) > CREDIT_WORDS:
        return False
    return (
        node.tag == "figcaption"
        or any(a.tag in ("figure", "figcaption") for a in node.iterancestors())
        or bool(_CREDIT_CLASS.search(node.get("class") or ""))
        or _after_picture(node)
    )


def credit_only(link: Any) -> bool:
    """``link`` is a thumbnail's: it shows a picture, and all its text is a credit ("<a><img>
    <span>Reuters</span></a>", "<a><img>AP</a>")."""
    pictures = [p for p in link.iter(*_PICTURES) if not is_hidden(p)]
    text = _CREDIT_LABEL.sub("", " ".join((visible_text(link) or "").split()))
    if not pictures or not text or len(text.split()) > CREDIT_WORDS:
        return False
    if (link.text or "").strip():
        return False  # text before the picture: no credit
    for node in link.iter():
        if node is link or not isinstance(node.tag, str):
            continue
        if (node.tail or "").strip() and node.tag not in _PICTURES:
            return False  # loose text after something else than the picture
        if (node.text or "").strip() and not any(is_photo_credit(n) for n in _up_to(node, link)):
            return False
    return True


def _after_picture(node: Any) -> bool:
    """``node`` comes right after a picture in its element (a sibling before it is one)."""
    before = node.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before is not None and before.tag in _PICTURES


def _up_to(node: Any, top: Any) -> list[Any]:
    """``node`` and its ancestors below ``top``."""
    chain = [node]
    for a in node.iterancestors():
        if a is top:
            break
        chain.append(a)
    return chain
