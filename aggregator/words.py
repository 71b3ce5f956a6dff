"""How names and words are spelled: accent folding, tag slugs, the words of a text, whole-word
phrase patterns, and an entry's text as rules read it (``Document``).

The vocabulary below the stages: config (tag names), the query language, the parsers (dates
in prose) and the tagging stage (tag.py) all read text the same way through it. Pure: no I/O.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from aggregator.types import EntryData

#: Slugs with a meaning of their own in URLs: /feeds/all.atom is every entry.
RESERVED_TAGS = frozenset({"all"})

#: Longest slug kept; longer categories are cut at a word boundary.
MAX_SLUG_LENGTH = 64
# Letters that NFKD does not decompose into a base letter plus accents.
_LIGATURES = str.maketrans(
    {
        "œ": "oe",
        "Œ": "oe",
        "æ": "ae",
        "Æ": "ae",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "’": "'",
    }
)
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_TAGS = re.compile(r"<[^>]*>")


class _Marks(dict[int, int | None]):
    """str.translate table dropping combining marks (accents), filled as characters are met."""

    def __missing__(self, code: int) -> int | None:
        self[code] = value = None if unicodedata.combining(chr(code)) else code
        return value


_MARKS = _Marks()
_LIGATURE = re.compile("[" + "".join(map(chr, _LIGATURES)) + "]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _strip_marks(run: re.Match[str]) -> str:
    return run.group().translate(_MARKS)


def fold(text: str) -> str:
    """Lowercase and strip accents, so "Élysée" and "elysee" compare equal.

    The search index folds every entry's text, so this is on the ingest's hot path: ASCII
    text returns at once; otherwise the ligature table is applied only when one is there,
    and marks are looked for only in the non-ASCII runs (an accent every few words), which
    is 3 to 5 times faster than a translate, or a generator, over the whole text."""
    if text.isascii():
        return text.lower()
    if _LIGATURE.search(text):
        text = text.translate(_LIGATURES)
    return _NON_ASCII.sub(_strip_marks, unicodedata.normalize("NFKD", text)).casefold()


def slugify(text: str) -> str:
    """Lowercase ASCII letters, digits and '-': "Guerre en Ukraine" -> "guerre-en-ukraine".

    Returns "" when nothing usable remains (e.g. a category written only in Cyrillic).
    """
    slug = _NON_SLUG.sub("-", fold(text).encode("ascii", "ignore").decode()).strip("-")
    if len(slug) > MAX_SLUG_LENGTH:
        cut = slug[:MAX_SLUG_LENGTH]
        if slug[MAX_SLUG_LENGTH] != "-" and "-" in cut:  # do not end on half a word
            cut = cut.rsplit("-", 1)[0]
        slug = cut
    return slug


def plain_text(markup: str) -> str:
    """Text of an HTML fragment, for keyword matching (not for display)."""
    return html.unescape(_TAGS.sub(" ", markup))


def words(text: str) -> tuple[str, ...]:
    """The folded words of a text: what keywords, queries and the search index compare."""
    return tuple(re.findall(r"\w+", fold(text)))


def phrase_pattern(phrase: tuple[str, ...]) -> str:
    """Regular expression (on folded text) for folded words as whole words, in order,
    separated by any run of spaces or punctuation: "kremlin" matches "Au Kremlin," but not
    "kremlinologue"."""
    return r"[\W_]+".join(map(re.escape, phrase))


@dataclass(frozen=True, slots=True)
class Document:
    """An entry as rules read it: each field folded (lowercase, accents stripped), markup
    removed. Built once per entry, whatever the number of rules."""

    title: str
    #: Summary and content.
    body: str
    #: Title, summary and content: what keywords and unprefixed query words look at.
    text: str
    author: str
    #: The source's name (its slug in config.toml).
    source: str
    categories: tuple[str, ...]


def document_of(entry: EntryData, source: str = "") -> Document:
    title = fold(entry.title or "")
    body = fold(" ".join((plain_text(entry.summary or ""), plain_text(entry.content or ""))).strip())
    return Document(
        title=title,
        body=body,
        text=f"{title} {body}".strip(),
        author=fold(entry.author or ""),
        source=fold(source),
        categories=tuple(fold(c) for c in entry.categories),
    )
