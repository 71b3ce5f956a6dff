"""A thumbnail's photo credit ("Reuters", "AP", "Getty Images", "© dpa"): a word or a few
that a card prints with its picture, which never beats a heading of the same card for its
headline. An archive of untitled posts whose only text is such a word (a thumbnail's
``title="Reuters"``, no heading) keeps it as the headline: enrich replaces it with the
article's own.

A credit is short (``CREDIT_WORDS`` words at most, "©" and "Photo:" aside) and says it is one:
classed as a credit or copyright ("<span class=credit>", "photo-credit"), opening with "©" or
"Photo:", "Foto:", "Bild:", "Image:", or naming a wire or photo agency
(``_agencies.AGENCIES``: "<div class=thumb><img><span>Reuters</span></div>", "<a><img>
AP</a>"). A few words after a picture or in a ``<figcaption>`` are no credit by that alone:
cards set their headline there ("<figure><img><figcaption>Snow in Rome</figcaption>
</figure>"). A heading (h1-h6, ``role=heading``), or what holds one or is in one, is never a
credit: it is the card's headline, however short.
"""

from __future__ import annotations

import re
from typing import Any

from aggregator.parse.listing._agencies import is_agency
from aggregator.parse.listing._text import is_hidden, shown_text
from aggregator.parse.listing._vocabulary import HEADINGS

#: The longest credit: "AFP via Getty", "Getty Images".
CREDIT_WORDS = 3
#: What a credit may open with: "©", "(c)", "Photo:", "Foto:", "Bild:", "Image:".
_CREDIT_LABEL = re.compile(r"^(?:©|\(c\)|(?:photo|foto|bild|image|imagen|immagine)\s*:)\s*", re.I)
#: Class words of a credit: "credit", "photo-credit", "caption-credit", "copyright",
#: "bildnachweis" (not "caption" alone: a card's caption is often its headline).
_CREDIT_CLASS = re.compile(r"(?:^|[\s_-])(?:credits?|copyright|bildnachweis)(?:$|[\s_-])", re.I)
_PICTURES = ("img", "picture", "svg")


def is_photo_credit(node: Any) -> bool:
    """``node`` holds a photo credit (see the module's docstring)."""
    if _heading_near(node):
        return False
    text = shown_text(node)
    if not text:
        return False
    if credit_text(text):
        return True
    return len(text.split()) <= CREDIT_WORDS and bool(_CREDIT_CLASS.search(node.get("class") or ""))


def credit_text(text: str) -> bool:
    """``text`` says it is a credit: "© Jane Doe", "Photo: AP", "Reuters", "AFP via Getty"."""
    text = " ".join(text.split())
    rest = _CREDIT_LABEL.sub("", text)
    if rest != text:
        return bool(rest) and len(rest.split()) <= CREDIT_WORDS
    return is_agency(text)


def credit_only(link: Any) -> bool:
    """``link`` is a thumbnail's: it shows a picture, and all its text is a credit ("<a><img>
    <span>Reuters</span></a>", "<a><img>AP</a>", "<a><img><span class=credit>Jane Doe
    </span></a>")."""
    pictures = [p for p in link.iter(*_PICTURES) if not is_hidden(p)]
    text = shown_text(link)
    if not pictures or not text:
        return False
    if (link.text or "").strip() or any(_is_heading(n) for n in link.iter()):
        return False  # text before the picture, or a heading: no credit
    if credit_text(text):
        return True
    if len(text.split()) > CREDIT_WORDS:
        return False
    for node in link.iter():
        if node is link or not isinstance(node.tag, str):
            continue
        if (node.tail or "").strip():
            return False  # loose text, in no element classed as a credit
        if (node.text or "").strip() and not any(is_photo_credit(n) for n in _up_to(node, link)):
            return False
    return True


def _heading_near(node: Any) -> bool:
    """``node`` is a heading, holds one or is in one."""
    return any(_is_heading(n) for n in node.iter()) or any(_is_heading(a) for a in node.iterancestors())


def _is_heading(node: Any) -> bool:
    # Not _title.is_heading, which takes a definition list's linked term (a <dt>) for one too.
    return isinstance(node.tag, str) and (
        node.tag in HEADINGS or (node.get("role") or "").lower() == "heading"
    )


def _up_to(node: Any, top: Any) -> list[Any]:
    """``node`` and its ancestors below ``top``."""
    # Not _title._ancestors_within, which leaves ``node`` out and takes ``top`` in.
    chain = [node]
    for a in node.iterancestors():
        if a is top:
            break
        chain.append(a)
    return chain
