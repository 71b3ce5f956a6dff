"""Tags: which tags an entry carries (the spelling of slugs and words is words.py).

An entry's tags are the union of its source's tags, every tag whose keyword rule matches its
title, summary or content, and, for a source with ``category_tags = true``, its own
categories (slugified). Pure: no I/O.

Categories are chosen by the remote site, so they make tags only where the configuration
says so, and within limits: at most ``MAX_CATEGORY_TAGS_PER_FETCH`` distinct ones from one
fetch of a source (here), and ``MAX_CATEGORY_TAGS`` in the whole database (store/_links.py).
One feed of 1.9 MB once made 50,000 tags, 150,000 export files and a 36 MB index page.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from aggregator.types import EntryData

if TYPE_CHECKING:
    from aggregator.config import Config

# The spelling of names and words (words.py) is shared with config, query and parse, which
# must not import this stage for it; its names stay importable from here too.
from aggregator.words import MAX_SLUG_LENGTH as MAX_SLUG_LENGTH
from aggregator.words import RESERVED_TAGS as RESERVED_TAGS
from aggregator.words import Document as Document
from aggregator.words import document_of as document_of
from aggregator.words import fold as fold
from aggregator.words import phrase_pattern as phrase_pattern
from aggregator.words import plain_text as plain_text
from aggregator.words import slugify as slugify
from aggregator.words import words as words

#: Distinct category tags one fetch of a source may bring (the first met, newest entries
#: first): a busy news site uses a few dozen categories a day.
MAX_CATEGORY_TAGS_PER_FETCH = 100
#: Tags made from categories in the whole database, every source together (store/_links.py):
#: each is three feeds and their archive pages in the export.
MAX_CATEGORY_TAGS = 2000

#: Setting under which the store remembers which tag rules its entry tags were computed with.
TAGGING_SETTING = "tagging_fingerprint"


def tagging_fingerprint(config: Config) -> str:
    """Identifies the tag rules and source tags that stored entry tags were computed with."""
    rules: dict[str, object] = {
        "tags": {t.slug: sorted(t.keywords) for t in config.tags},
        "sources": {s.name: sorted(s.tags) for s in config.sources},
        "category_tags": sorted(s.name for s in config.sources if s.category_tags),
    }
    if queries := {t.slug: t.query.text for t in config.tags if t.query}:
        rules["queries"] = queries  # only when some: no retag on upgrade without queries
    return hashlib.sha256(json.dumps(rules, sort_keys=True).encode()).hexdigest()


class Matcher(Protocol):
    """A tag's query (aggregator.query.Query), as the tagger uses it."""

    def matches(self, doc: Document) -> bool: ...


@dataclass(frozen=True, slots=True)
class _Rule:
    slug: str
    pattern: re.Pattern[str] | None
    query: Matcher | None = None

    def matches(self, doc: Document) -> bool:
        return bool(
            (self.pattern and self.pattern.search(doc.text)) or (self.query and self.query.matches(doc))
        )


class Tagger:
    """Decides the tags of entries from keyword rules and queries; built once per
    configuration. A tag with both matches an entry when either does."""

    def __init__(
        self, rules: Mapping[str, Iterable[str]], queries: Mapping[str, Matcher] | None = None
    ) -> None:
        queries = queries or {}
        patterns = {slug: _keyword_pattern(keywords) for slug, keywords in rules.items()}
        self._rules = tuple(
            _Rule(slug, patterns.get(slug), queries.get(slug))
            for slug in dict.fromkeys([*patterns, *queries])
            if patterns.get(slug) or slug in queries
        )

    def tags_for(
        self,
        entry: EntryData,
        source_tags: Iterable[str] = (),
        categories: Container[str] = (),
        source: str = "",
    ) -> frozenset[str]:
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


def category_tags(
    entries: Iterable[EntryData], enabled: bool, limit: int | None = MAX_CATEGORY_TAGS_PER_FETCH
) -> frozenset[str]:
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
    return tuple(k for k in keywords if (pattern := _keyword_pattern([k])) and pattern.search(doc.text))


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
    alternatives = sorted({phrase_pattern(words(k)) for k in keywords} - {""}, key=len, reverse=True)
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
