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
_LIGATURE_PAIRS = tuple((chr(code), str(ascii_)) for code, ascii_ in _LIGATURES.items())
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
#: Combining marks (accents) below U+0800, found once: what NFKD leaves of accented letters
#: of the scripts written there, dropped in one pass.
_MARK_CLASS = "".join(c for c in map(chr, range(0x300, 0x800)) if unicodedata.combining(c))
_COMMON_MARKS = re.compile(f"[{_MARK_CLASS}]+")
_NOT_A_MARK = re.compile(f"[^\x00-\x7f{_MARK_CLASS}]")
#: ASCII characters that are not word characters (``\W``), as spaces: a table
#: ``str.translate`` applies at C speed to ASCII text.
_ASCII_NON_WORD = str.maketrans({c: " " for c in map(chr, range(128)) if not (c.isalnum() or c == "_")})
_WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"\W+")
_SPACES = re.compile(" {2,}")


def _strip_marks(run: re.Match[str]) -> str:
    return run.group().translate(_MARKS)


def fold(text: str) -> str:
    """Lowercase and strip accents, so "Élysée" and "elysee" compare equal.

    The search index folds every entry's text, so this is on the ingest's hot path: ASCII
    text returns at once; otherwise the ligature table is applied only when one is there,
    the combining marks of the common scripts (Latin, Greek, Cyrillic, Hebrew, Arabic) go
    in one regular-expression pass, and marks are looked for one by one only in what is
    still not ASCII after that (an em dash, a guillemet, another script): 3 to 5 times
    faster than a translate, or a generator, over the whole text."""
    if text.isascii():
        return text.lower()
    if _LIGATURE.search(text):
        # str.replace per letter present: translate() with a table that maps a letter to
        # two is a slow path of CPython's, 10 times the rest of fold over a French text.
        for letter, ascii_ in _LIGATURE_PAIRS:
            if letter in text:
                text = text.replace(letter, ascii_)
    text = unicodedata.normalize("NFKD", text)
    if _NOT_A_MARK.search(text) is None:  # what is not ASCII is accents: they go at C speed
        return text.encode("ascii", "ignore").decode("ascii").lower()
    text = _COMMON_MARKS.sub("", text)
    if not text.isascii():
        text = _NON_ASCII.sub(_strip_marks, text)
    return text.casefold()


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
    return tuple(_WORD.findall(fold(text)))


#: Runs of the scripts written without spaces between words: Han (CJK ideographs), kana.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
#: Characters counted as a word in those scripts: a Japanese or Chinese word averages two or
#: three; the higher figure keeps short interface labels ("ヘルプを見る", "Show help") short.
CHARS_PER_UNSPACED_WORD = 3


def word_count(text: str) -> int:
    """How many words a reader sees in ``text``: the tokens between spaces, and in scripts
    written without spaces (Chinese, Japanese) a word per ``CHARS_PER_UNSPACED_WORD``
    characters, so that a Japanese headline is as long as its English translation and not one
    word: "転生したらスライムだった件" counts 5, "Page 2" counts 2."""
    count = 0
    for token in text.split():
        runs = _UNSPACED.findall(token)
        if not runs:
            count += 1
            continue
        rest = _UNSPACED.sub(" ", token).split()
        count += len(rest) + sum(-(-len(run) // CHARS_PER_UNSPACED_WORD) for run in runs)
    return count


def search_text(title: str | None, summary: str | None, content: str | None) -> str:
    """An entry's words as the tag matcher sees them (``document_of``'s ``text``), folded
    and joined by single spaces: what the search index holds (store/_search.py).

    Computed where the entry is parsed (digest.py, in a parser process during a pass), so
    that the process that writes does not fold every entry's text again. Every run of
    non-word characters becomes one space, which is ``" ".join(words(...))`` without
    building the list of words."""
    text = fold(" ".join((title or "", plain_text(summary or ""), plain_text(content or ""))))
    if text.isascii():  # the common case, 6 times faster than the regular expression
        # Only spaces and word characters are left: runs of spaces become one, at C speed
        # (splitting into words and joining them back took twice as long).
        return _SPACES.sub(" ", text.translate(_ASCII_NON_WORD)).strip(" ")
    return _NON_WORD.sub(" ", text).strip()


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
