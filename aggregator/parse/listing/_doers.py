"""A byline written as a sentence whose subject is the author: "[pi0] released this Oct 21",
"[alice] posted 3 hours ago", "[Claire] a publié…". The name is the link right before the verb
(a link to the person's page), in a short metadata line, not in prose.
"""

from __future__ import annotations

import re
from typing import Any

from aggregator.parse.listing._text import shown_text, visible_text
from aggregator.parse.listing._vocabulary import MAX_AUTHOR_WORDS

#: A publishing verb right after the author's link, in the corpus's languages.
_VERB_AFTER = re.compile(
    r"^\s*(?:released|published|posted|wrote|shared|authored|committed|"
    r"a publié|a posté|veröffentlichte|hat veröffentlicht|publicó|ha publicado|"
    r"ha pubblicato|publicou|heeft gepubliceerd)\b",
    re.I,
)
#: Words of a metadata line at most ("pi0 released this Oct 21, 2019 · 36 commits to dev since
#: this release"); prose that names someone is longer.
_LINE_WORDS = 16


def doer_byline(card: Any, skip: set[Any]) -> tuple[str | None, Any]:
    """The name in the card's link right before a publishing verb, and the link."""
    for a in card.iter("a"):
        if a in skip or not a.get("href") or not _VERB_AFTER.match(a.tail or ""):
            continue
        name = shown_text(a)
        line = a.getparent()
        if (
            name
            and len(name.split()) <= MAX_AUTHOR_WORDS
            and len((visible_text(line) or "").split()) <= _LINE_WORDS
        ):
            return name, a
    return None, None
