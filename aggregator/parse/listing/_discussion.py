"""What a card says of something other than its entry's publication: the discussion under the
entry ("kommentiert vor 1 m von Domsoy", "commented 3 hours ago by alice", "last reply 2h ago",
"respondido hace 5 minutos") and, on a deal's or a coupon's card, when the offer ends ("Läuft
bis 24.12.2019", "Valid until Dec 24", "Endet heute"). A comment's time is when someone last
wrote under the entry and its name who did; an offer's end is a day to come: none of them is
the entry's date nor its author, wherever the line stands in the card (deal communities and
Q&A sites put the comment's line above the title, before the poster's name).

A site shows such a line in two widths, a short twin for small screens beside it ("vor 1 m"
beside "kommentiert vor 1 m von Domsoy", "24.12.2019" beside "Läuft bis 24.12.2019"): the
twin, a sibling whose text the labelled line holds, is the same line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from aggregator.parse.listing._page_order import marked_within
from aggregator.parse.listing._text import shown_text

#: A comment's or a reply's label at a line's start, in the languages of the sites we read.
_COMMENT_LABEL = re.compile(
    r"^\s*(?:(?:last|latest|newest)\s+(?:comment|reply|answer)|commented|replied|answered|"
    r"letzter\s+kommentar|letzte\s+antwort|kommentiert|beantwortet|geantwortet|"
    r"dernier\s+commentaire|dernière\s+réponse|commenté|répondu|"
    r"último\s+comentário|último\s+comentario|última\s+respuesta|última\s+resposta|"
    r"comentado|comentó|comentou|respondido|respondió|respondeu|"
    r"ultimo\s+commento|ultima\s+risposta|commentato|risposto|"
    r"laatste\s+reactie|gereageerd|ostatni\s+komentarz|skomentowano|"
    r"последний\s+(?:комментарий|ответ)|прокомментировал[аи]?)(?!\w)",
    re.I,
)
#: An offer's end or validity at a line's start: a deal's or a coupon's, a day to come.
_ENDS_LABEL = re.compile(
    r"^\s*(?:läuft\s+bis|gültig\s+bis|endet|valid\s+(?:until|till|through)|offer\s+ends|ends|"
    r"válid[oa]\s+(?:hasta|até)|valable\s+jusqu|valido\s+fino|geldig\s+tot|ważne\s+do|действует\s+до)"
    r"(?!\w)",
    re.I,
)
#: A comment's line has at most this many words ("kommentiert vor 1 m von InternetExplorer.exe").
_LINE_WORDS = 10


def side_label(text: str | None) -> bool:
    """True for a line that starts with a comment's or a reply's label, or an offer's end."""
    return bool(text and (_COMMENT_LABEL.match(text) or _ENDS_LABEL.match(text)))


def _labelled(node: Any) -> bool:
    return side_label(node.text)


def discussion_lines(card: Any) -> Iterator[Any]:
    """The elements of ``card`` showing its discussion's line (and all inside them), with the
    short twins beside them: not the entry's date nor its author. A wrapper of the line and its
    twins alone is the line too (a <time> around the long and the short form)."""
    # Cheap test first: the label starts the element's own text (each element tested once
    # per parse, whatever the cards around it).
    for node in marked_within(card, "side labels", _labelled):
        text = shown_text(node)
        if len(text.split()) > _LINE_WORDS:
            continue
        while (parent := node.getparent()) is not None and node is not card and parent is not card:
            wrapped = shown_text(parent)
            if not side_label(wrapped) or len(wrapped.split()) > 2 * _LINE_WORDS:
                break
            # A wrapper of the line and its twins only: a block that also holds a date line or
            # a byline is the card's ("<h2>Ends of the empire</h2><time>…</time>" in a <div>).
            if any(shown_text(c) not in text for c in parent if isinstance(c.tag, str) and c is not node):
                break
            node, text = parent, wrapped
        yield from node.iter()
        parent = node.getparent()
        if parent is None or node is card:
            continue
        for sibling in parent:
            twin = shown_text(sibling) if isinstance(sibling.tag, str) and sibling is not node else ""
            if twin and twin in text:
                yield from sibling.iter()
