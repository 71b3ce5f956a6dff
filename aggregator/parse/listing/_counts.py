"""Lines of counts in an entry's summary: a forum row's "Replies: 91 Views: 18,350" or "2
Replies 495 Views" (vBulletin's and SMF's topic lists), read into the excerpt as list items or
paragraphs. They tell the row's activity, not the topic: the summary goes without them. Applied
to the summary given out, after the list was found (the lines are part of what makes the rows
look like a list's items).
"""

from __future__ import annotations

import re

from lxml import html

#: What a forum row counts, in the languages of the corpus's forums.
_UNITS = r"(?:replies|reply|views|antworten|hits|zugriffe|réponses|vus|respuestas|visitas|risposte|visite)"
_COUNT = re.compile(rf"\d[\d.,]*\s*{_UNITS}\b|\b{_UNITS}\s*:?\s*\d[\d.,]*", re.I)
#: What may stand beside the counts in such a line: a last post's day ("25-10-2013,").
_REST = re.compile(r"^[\s,.:;|·•/-]*(?:\d{1,4}[-./]\d{1,2}[-./]\d{2,4}[\s,]*)?$")


def without_counts(summary: str | None) -> str | None:
    """``summary`` without its paragraphs and list items made only of counts (and lists left
    empty by it); None when nothing is left."""
    if not summary or not _COUNT.search(summary):
        return summary
    root = html.fragment_fromstring(summary, create_parent="div")
    for node in list(root.iter("p", "li")):
        text = node.text_content()
        if _COUNT.search(text) and _REST.match(_COUNT.sub(" ", text)):
            node.drop_tree()
    for node in list(root.iter("ul", "ol")):
        if not len(node) and not (node.text or "").strip():
            node.drop_tree()
    out = "".join(html.tostring(c, encoding="unicode") for c in root) if len(root) else ""
    out = (root.text or "") + out
    return out.strip() or None
