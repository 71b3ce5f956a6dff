"""A front page's section module named by a label that is no heading element: portals write a
module's name as ``<div class="title">Sport</div>``, ``<span>``, ``<strong>`` or ``<b>``, often in a
header ``<div>`` beside a link to the section's page ("More ›", "更多>", "Mehr", "Plus", "もっと見る").
Such a label names its module as an h1-h6 would (``_fronts.section_heading``) when it is a short
line of its own (no block inside it) that either a class calls a title or heading
(``title``, ``tit``, ``hd``, ``head``, ``caption``) or that stands beside a "more" link in its
header, outside the page's side parts (a forum's sidebar of widgets, each under its <span
class="blocktitle">, is no front's sections). A teaser's own parts (a kicker, a category badge)
are neither: they are inside the teaser, after the block's opening, which ``section_heading``
does not read.
"""

from __future__ import annotations

import re
from typing import Any

from aggregator.parse.listing._placement import placement
from aggregator.parse.listing._text import shown_text

#: Elements a module's label is written with when it is no heading element.
LABEL_TAGS = frozenset({"div", "span", "strong", "b", "p", "em", "dt", "header"})
#: What a label may hold: its text, maybe linked to the section, maybe an icon.
_INLINE = frozenset({"a", "span", "strong", "b", "em", "i", "img", "font", "br"})
#: A class that calls an element a title or heading: "title", "mod-title", "news_tit", "tab-hd",
#: "box-head", "caption" (not "subtitle" alone: a teaser's standfirst, nor "header-nav").
_TITLE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:[a-z]*title|tit|hd|head|heading|caption|label)(?:$|[\s_\d-])", re.I
)
_NOT_TITLE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:sub-?title|entry-title|post-title|article-title)(?:$|[\s_-])", re.I
)
#: A link to a module's section page, the whole link: "More", "More ›", "更多>>", "Mehr", "Plus",
#: "Alle anzeigen", "もっと見る", "一覧へ", "더보기", "Ещё", "Ver más", "Altro".
MORE_LINK = re.compile(
    r"^\s*(?:[+»›>]\s*)?(?:more|more\s+\w+|see all|view all|see more|all|mehr|alle(?:\s+anzeigen)?|"
    r"weitere|plus|voir (?:tout|plus)|tous|toutes|m[aá]s|ver (?:m[aá]s|todo|todos|mais)|altro|altri|"
    r"tutti|tutte|meer|alle berichten|mais|veja mais|ещё|еще|все|больше|more news|"
    r"更多|查看更多|更多新闻|もっと見る|一覧|一覧へ|すべて見る|더보기|전체보기)"
    r"\s*(?:[>»›→.…]|&gt;)*\s*$",
    re.I,
)


def module_label(el: Any) -> bool:
    """True when ``el`` is written as a module's label: a short line of its own (no block
    inside it) that a class calls a title, or that stands beside a "more" link in its header
    (its parent). The caller checks its words (a short line, not a date)."""
    if el.tag not in LABEL_TAGS or any(
        isinstance(c.tag, str) and c.tag not in _INLINE for c in el.iterdescendants()
    ):
        return False
    text = shown_text(el).strip()
    if not text or MORE_LINK.match(text) or placement(el, featured=False) < 1.0:
        return False  # a sidebar's widgets ("New Forum Posts" in a <span class="blocktitle">)
    classes = el.get("class") or ""
    if _TITLE_CLASS.search(classes) and not _NOT_TITLE_CLASS.search(classes):
        return True
    parent = el.getparent()
    own = set(el.iter("a"))
    return parent is not None and any(
        a not in own and MORE_LINK.match(shown_text(a)) for a in parent.iter("a")
    )
