"""Tag rules against the stored history: ``aggregator tags --try`` and ``--explain``.

``try_query`` tells how many stored articles a query would tag, before it is saved in
config.toml (through the full-text index, as search does, without its bound);
``explain_entry`` tells, for one published entry, which part of which tag's rule gave it
each tag (it reads the stored entries in batches until it meets the id: an administrator's
question, not a request path). Decisions are the tagger's and the query's
own (tag.py, query.py); this module only walks the store.
"""

from __future__ import annotations

from dataclasses import dataclass

from aggregator.config import Config
from aggregator.exceptions import NotFoundError
from aggregator.query import Query
from aggregator.render import entry_id_of
from aggregator.store import Store
from aggregator.tag import category_tags, document_of, matching_keywords
from aggregator.types import Entry


@dataclass(frozen=True, slots=True)
class Trial:
    """What a query would match among the stored entries."""

    #: How many stored articles match (each once, as in the all feed).
    count: int
    #: The newest of them, newest first.
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why one entry carries (or would carry) each of its tags."""

    entry: Entry
    #: Tag slug -> the reasons, e.g. ("keyword 'poutine'", "query: intitle:poutine -football").
    reasons: dict[str, tuple[str, ...]]


def try_query(store: Store, query: Query, limit: int) -> Trial:
    """Through the full-text index, as /search does, but over the whole history."""
    matched = store.matching_ids(query)
    return Trial(count=len(matched), entries=tuple(store.newest_entries(matched, limit)))


def explain_entry(config: Config, store: Store, published_id: str) -> Explanation:
    """Raises NotFoundError when no stored entry has this published id (``urn:uuid:…``)."""
    for batch in store.iter_entries_for_tagging():
        for entry_id, source, data in batch:
            if entry_id_of(source, data.guid) == published_id:
                [entry] = store.newest_entries([entry_id], 1)
                return Explanation(entry=entry, reasons=_reasons(config, entry))
    raise NotFoundError(
        f"no stored entry has the id {published_id!r} (the <id> of Atom, "
        "the guid of RSS, the id of JSON Feed)"
    )


def _reasons(config: Config, entry: Entry) -> dict[str, tuple[str, ...]]:
    reasons: dict[str, list[str]] = {}
    source = config.source(entry.source)
    for slug in source.tags if source else ():
        reasons.setdefault(slug, []).append(f"source {entry.source} carries it")
    for slug in category_tags([entry.data], bool(source and source.category_tags), limit=None):
        reasons.setdefault(slug, []).append("a category of the entry (category_tags = true)")
    doc = document_of(entry.data, entry.source)
    for tag in config.tags:
        for keyword in matching_keywords(tag.keywords, doc):
            reasons.setdefault(tag.slug, []).append(f"keyword {keyword!r}")
        if tag.query and (parts := tag.query.explain(doc)) is not None:
            reasons.setdefault(tag.slug, []).append("query: " + " ".join(parts))
    return {slug: tuple(why) for slug, why in sorted(reasons.items())}
