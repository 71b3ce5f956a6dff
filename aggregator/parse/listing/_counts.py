"""Lines of counts in an entry's summary: a forum row's "Replies: 91 Views: 18,350" or "2
Replies 495 Views" (vBulletin's and SMF's topic lists), read into the excerpt as list items or
paragraphs, or opening its first one ("Views 1 Comments 10 I purchased…", a row's stat boxes
before its teaser). They tell the row's activity, not the topic: the summary goes without them.
So does a teaser cut short beside the same teaser in full (a row's short excerpt and the long
one its toggle shows): one text, not two. Applied to the summary given out, after the list was
found (the lines are part of what makes the rows look like a list's items).
"""

from __future__ import annotations

import re
from typing import Any

from lxml import html

#: What a forum row counts, in the languages of the corpus's forums.
_UNITS = (
    r"(?:replies|reply|views|comments|antworten|hits|zugriffe|kommentare|réponses|vus|commentaires"
    r"|respuestas|visitas|comentarios|risposte|visite|commenti)"
)
_COUNT = re.compile(rf"\d[\d.,]*\s*{_UNITS}\b|\b{_UNITS}\s*:?\s*\d[\d.,]*", re.I)
#: What may stand beside the counts in such a line: a last post's day ("25-10-2013,").
_REST = re.compile(r"^[\s,.:;|·•/-]*(?:\d{1,4}[-./]\d{1,2}[-./]\d{2,4}[\s,]*)?$")
#: Two counts or more opening a block's text: one alone may be prose ("10 views on the matter").
_LEADING = re.compile(rf"^\s*(?:(?:{_COUNT.pattern})[\s,.:;|·•/-]*){{2,}}", re.I)
#: How a teaser cut short ends.
_CUT = re.compile(r"(?:…|\.\.\.|\[…\]|<…)\s*$")
#: Shortest cut teaser read as the start of a longer one: a few words may open many texts.
_MIN_CUT = 40
#: A count written as a labelled field, the unit, a colon, the number ("Views: 596"), as prose
#: never writes it ("drew 91 replies").
_LABELLED = re.compile(rf"\b{_UNITS}\s*:\s*\d", re.I)
#: Most words of a row's line of stats: its counts, a rating, the last post's author and day
#: ("Replies: 3 Views: 596 Rating0 / 5 Last Post By 04-11-2005, 07:50 PM").
_STATS_WORDS = 16


def without_counts(summary: str | None) -> str | None:
    """``summary`` without its paragraphs and list items made only of counts, the counts
    opening one, and a teaser cut short that a sibling block gives in full (and lists left
    empty by it); None when nothing is left."""
    if not summary or not (_COUNT.search(summary) or "…" in summary or "..." in summary):
        return summary
    root = html.fragment_fromstring(summary, create_parent="div")
    _drop_cut_repeats(root)
    for node in list(root.iter("p", "li")):
        text = node.text_content()
        if (_COUNT.search(text) and _REST.match(_COUNT.sub(" ", text))) or _stats_line(text):
            node.drop_tree()
        elif node.text and (m := _LEADING.match(node.text)) and node.text[m.end() :].strip():
            node.text = node.text[m.end() :]
    for node in list(root.iter("ul", "ol")):
        if not len(node) and not (node.text or "").strip():
            node.drop_tree()
    out = "".join(html.tostring(c, encoding="unicode") for c in root) if len(root) else ""
    out = (root.text or "") + out
    return out.strip() or None


def _stats_line(text: str) -> bool:
    """A short line holding two labelled counts or more: a row's stats, whatever it shows
    beside them (a rating, the last post)."""
    return len(_LABELLED.findall(text)) >= 2 and len(text.split()) <= _STATS_WORDS


def _drop_cut_repeats(root: Any) -> None:
    """Drop each paragraph or list item whose text, cut short, opens a sibling's longer text
    (of two alike, the first goes)."""
    for parent in list(root.iter()):
        blocks = [c for c in parent if c.tag in ("p", "li")]
        if len(blocks) < 2:
            continue
        texts = [" ".join(b.text_content().split()) for b in blocks]
        kept = set(range(len(blocks)))
        for i, text in enumerate(texts):
            if not _CUT.search(text):
                continue
            start = _CUT.sub("", text).rstrip()
            # the start may follow counts the block opens with ("Views 1 Comments 10 I bought…")
            start = start[m.end() :] if (m := _LEADING.match(start)) else start
            if len(start) >= _MIN_CUT and any(
                j != i and texts[j].startswith(start) and len(texts[j]) > len(start) for j in kept
            ):
                blocks[i].drop_tree()
                kept.discard(i)
