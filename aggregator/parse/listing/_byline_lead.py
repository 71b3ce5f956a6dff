"""What a byline says before its by-word: the kind of piece ("Ein Kommentar von Kim Steinke",
"Eine Analyse von Rieke Havertz", "Analysis by Ana Ruiz", "Una columna de Luis Gil"), which is
no part of the name; and a by-word written alone in an element ("<span>Von </span><span>Nils
Kögler</span>"), which opens the line its next elements complete.

Only the kind of piece is taken off, never a name's particle: before "von", "de", "da", "di"
(words inside names: "Gabriele von Arnim", "María de Castro") only two words starting with an
indefinite article ("Ein Kommentar", "Una columna"), the second in lower case unless the article
is German ("Ein Kommentar von"): "Una", "Uma", "An", "A" open names too ("Uma Maria da Silva",
"An Nguyen de Vries"); one word alone only before "by", "par" or "por", which no name holds
("Analysis by", "Critique par")."""

from __future__ import annotations

import re
from typing import Any

from aggregator.parse.listing._text import visible_text
from aggregator.parse.listing._vocabulary import NAME_PARTICLES

#: Indefinite articles that open the name of a kind of piece ("Ein Kommentar", "A review").
_ARTICLES = r"ein|eine|a|an|un|une|una|uno|um|uma|een"
#: By-words a byline's names follow.
_BY_WORDS = r"von|by|par|de|por|di|da|door|av"
#: The kind of piece before the by-word, kept apart from it: an article and a noun ("Ein
#: Kommentar von"); ``_WORD_BY``: one word before "by", "par", "por" ("Analysis by").
_PIECE = re.compile(rf"^({_ARTICLES})\s+([^\W\d_])[\w-]*\s+(?=({_BY_WORDS})\b)", re.I)
_WORD_BY = re.compile(r"^[^\W\d_][\w-]*\s+(?=(?:by|par|por)\b)", re.I)
#: By-words that are also particles inside names ("Gabriele von Arnim", "Uma Maria da Silva").
_PARTICLES = frozenset({"von", "de", "da", "di"})
#: Articles of a language whose nouns are capitalized ("Ein Kommentar von"), and that open no name.
_CAPITALIZED_NOUNS = frozenset({"ein", "eine"})
#: An element's whole text being a by-word, after a kind of piece or not: "Von", "By:",
#: "Ein Kommentar von".
_LEAD_ONLY = re.compile(rf"^(?:(?:{_ARTICLES})\s+[^\W\d_][\w-]*\s+)?(?:{_BY_WORDS})\s*:?$", re.I)


def without_piece_kind(text: str, *, one_word: bool = True) -> str:
    """``text`` from its by-word on when a kind of piece stands before it ("Ein Kommentar von
    Kim Steinke" -> "von Kim Steinke", "Analysis by Ana Ruiz" -> "by Ana Ruiz"); with
    ``one_word`` False, a word alone before "by" stays (a poster's verb: "Started by kostas",
    which the poster's own rules read)."""
    text = text.strip()
    piece = _PIECE.match(text)
    if piece is not None and not (
        piece.group(3).lower() in _PARTICLES
        and piece.group(1).lower() not in _CAPITALIZED_NOUNS
        and piece.group(2).isupper()
    ):
        text = text[piece.end() :]
    return _WORD_BY.sub("", text, count=1) if one_word else text


def opened_line(node: Any) -> str | None:
    """The byline ``node`` holds, from its by-word on: the line of its parent when the node
    holds the by-word alone and the parent's text starts with it."""
    text = visible_text(node)
    parent = node.getparent()
    if text and parent is not None and _LEAD_ONLY.match(" ".join(text.split())):
        line = " ".join((visible_text(parent) or "").split())
        if line.startswith(" ".join(text.split())):
            text = line
    return without_piece_kind(text, one_word=False) if text else text


#: What joins the names of a byline of several: a comma, "und", "and", "et", "y", "e", "&".
_JOINERS = re.compile(r"\s*,\s*|\s+(?:und|and|et|y|e|&)\s+")
#: A byline lists at most this many names, each of at most this many words ("María de la Cruz").
_LISTED_NAMES = 5
_NAME_WORDS = 4


def names_listed(text: str) -> bool:
    """Three names or more after a by-word, too many words for one name's line ("Anna Berger,
    Paul Schmidt und Lena Wolf"): each of one to four words, every word capitalized or a name's
    particle."""
    names = [part.split() for part in _JOINERS.split(text.strip())]
    return 3 <= len(names) <= _LISTED_NAMES and all(
        1 <= len(words) <= _NAME_WORDS and all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in words)
        for words in names
    )
