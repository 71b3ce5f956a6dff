"""Tags: slugs, and which tags an entry carries.

An entry's tags are the union of its source's tags, every tag whose keyword rule matches its
title, summary or content, and, for a source with ``category_tags = true``, its own
categories (slugified). Pure: no I/O.

Categories are chosen by the remote site, so they make tags only where the configuration
says so, and within limits: at most ``MAX_CATEGORY_TAGS_PER_FETCH`` distinct ones from one
fetch of a source (here), and ``MAX_CATEGORY_TAGS`` in the whole database (store/_links.py).
One feed of 1.9 MB once made 50,000 tags, 150,000 export files and a 36 MB index page.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from aggregator.types import EntryData

#: Slugs with a meaning of their own in URLs: /feeds/all.atom is every entry.
RESERVED_TAGS = frozenset({"all"})

#: Longest slug kept; longer categories are cut at a word boundary.
MAX_SLUG_LENGTH = 64
#: Distinct category tags one fetch of a source may bring (the first met, newest entries
#: first): a busy news site uses a few dozen categories a day.
MAX_CATEGORY_TAGS_PER_FETCH = 100
#: Tags made from categories in the whole database, every source together (store/_links.py):
#: each is three feeds and their archive pages in the export.
MAX_CATEGORY_TAGS = 2000

# Letters that NFKD does not decompose into a base letter plus accents.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o",
                            "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "þ": "th",
                            "ı": "i", "’": "'"})
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
    body = fold(" ".join((plain_text(entry.summary or ""), plain_text(entry.content or ""))
                         ).strip())
    return Document(title=title, body=body, text=f"{title} {body}".strip(),
                    author=fold(entry.author or ""), source=fold(source),
                    categories=tuple(fold(c) for c in entry.categories))


class Matcher(Protocol):
    """A tag's query (aggregator.query.Query), as the tagger uses it."""

    def matches(self, doc: Document) -> bool: ...


@dataclass(frozen=True, slots=True)
class _Rule:
    slug: str
    pattern: re.Pattern[str] | None
    query: Matcher | None = None

    def matches(self, doc: Document) -> bool:
        return bool((self.pattern and self.pattern.search(doc.text))
                    or (self.query and self.query.matches(doc)))


class Tagger:
    """Decides the tags of entries from keyword rules and queries; built once per
    configuration. A tag with both matches an entry when either does."""

    def __init__(self, rules: Mapping[str, Iterable[str]],
                 queries: Mapping[str, Matcher] | None = None) -> None:
        queries = queries or {}
        patterns = {slug: _keyword_pattern(keywords) for slug, keywords in rules.items()}
        self._rules = tuple(_Rule(slug, patterns.get(slug), queries.get(slug))
                            for slug in dict.fromkeys([*patterns, *queries])
                            if patterns.get(slug) or slug in queries)

    def tags_for(self, entry: EntryData, source_tags: Iterable[str] = (),
                 categories: Container[str] = (), source: str = "") -> frozenset[str]:
        """Source tags, rule tags, and those of the entry's categories found in
        ``categories`` (the category tags allowed for this source: see category_tags()).
        ``source``: the source's name, for ``source:`` in queries."""
        tags = set(source_tags)
        if categories:
            tags.update(slug for slug in category_titles(entry.categories) if slug in categories)
        if self._rules:
            doc = document_of(entry, source)
            tags.update(rule.slug for rule in self._rules if rule.matches(doc))
        return frozenset(tags)


def category_tags(entries: Iterable[EntryData], enabled: bool,
                  limit: int | None = MAX_CATEGORY_TAGS_PER_FETCH) -> frozenset[str]:
    """The category slugs that may become tags for these entries of one source: none unless
    ``enabled`` (``[[sources]] category_tags``), else the first ``limit`` distinct ones in
    document order (newest entries first); ``limit=None`` for no limit."""
    if not enabled:
        return frozenset()
    allowed: dict[str, None] = {}
    for entry in entries:
        for slug in category_titles(entry.categories):
            if limit is not None and len(allowed) >= limit:
                return frozenset(allowed)
            allowed.setdefault(slug)
    return frozenset(allowed)


def matching_keywords(keywords: Iterable[str], doc: Document) -> tuple[str, ...]:
    """The keywords of a rule that ``doc`` mentions (to explain a match)."""
    return tuple(k for k in keywords
                 if (pattern := _keyword_pattern([k])) and pattern.search(doc.text))


def category_titles(categories: Iterable[str]) -> dict[str, str]:
    """Slug -> display title for an entry's categories (hostile ones become harmless slugs)."""
    out: dict[str, str] = {}
    for category in categories:
        slug = slugify(category)
        if slug and slug not in RESERVED_TAGS:
            out.setdefault(slug, " ".join(category.split())[:200])
    return out


def _keyword_pattern(keywords: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for a rule's keywords; None when no keyword has a word in it."""
    # Whole words on folded text: "kremlin" matches "Au Kremlin," but not "kremlinologue".
    # Words of a multi-word keyword may be separated by any run of spaces or punctuation.
    alternatives = sorted({phrase_pattern(words(k)) for k in keywords} - {""},
                          key=len, reverse=True)
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
