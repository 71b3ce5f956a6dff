"""The label a post's metadata line puts before its date ("Posted on", "Publiziert am",
"Publié le"), which a theme may mark with an author class: WordPress's Twenty Ten family writes
``<span class="meta-prep meta-prep-author">Posted on</span>`` in every language, the author
following in its own ``<span class="author vcard">``. A label, never a name.
"""

from __future__ import annotations

import re
from typing import Any

#: A publishing verb alone, maybe with the preposition that leads to the date, in the corpus's
#: languages: "Posted on", "Publiziert am", "Publié le", "Publicado el", "Pubblicato il".
_POSTED_LABEL = re.compile(
    r"^\s*(?:posted|published|written|publiziert|veröffentlicht|geschrieben|verfasst|"
    r"publié|posté|écrit|publicado|publicada|escrito|postado|pubblicato|scritto|"
    r"gepubliceerd|geplaatst|geschreven|opublikowano|dodano|napisano)"
    r"(?:\s+(?:on|at|in|am|um|le|el|em|il|op|w|dnia))?\s*:?\s*$",
    re.I,
)


def is_posted_label(text: str) -> bool:
    """True for a publishing verb alone ("Publiziert am"), which names nobody."""
    return bool(_POSTED_LABEL.match(text))


#: Class words of a kicker, the label over a headline ("<span class=kicker>By Design</span>",
#: a column's name): a rubric, never a byline, whatever by-word its words open with. The word
#: ends its class ("card__kicker", "kicker--red", "kicker-text"), not opens a card's or a
#: meta line's ("ressort-teaser", "rubric-list__item", "topline-meta": a byline may sit there).
_KICKER_CLASS = re.compile(
    r"(?:^|[\s_-])(?:kicker|eyebrow|overline|surtitre|dachzeile|spitzmarke|topline|roofline|"
    r"antetitulo|volanta|rubric|rubrik|rubrique|ressort)(?:[-_](?:text|label|link|title))?(?:--[\w-]*)?(?:$|\s)",
    re.I,
)


def is_kicker(node: Any) -> bool:
    """True for an element its class (or its parent's) marks as a headline's kicker."""
    parent = node.getparent()
    return any(_KICKER_CLASS.search(n.get("class") or "") for n in (node, parent) if n is not None)
